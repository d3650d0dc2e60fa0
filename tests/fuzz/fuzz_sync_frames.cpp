// libFuzzer target: protocol v1 frames of the team server (text from any
// client on the network, and from the server to every desktop). Byte 0 bit 0
// picks tight limits, so the size and count checks are reached too.
// What validates must encode and validate again to the same frame; a
// refusal must carry a code and a sentence; the events of an `event` or
// `sync.batch` frame are read the way the client reads them.
#include "core/sync/Messages.h"
#include "core/sync/Protocol.h"

#include <QJsonArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    sn::sync::Limits limits;
    if (data[0] & 1) {
        limits.maxFrameBytes = 256;
        limits.maxSyncBatch = 2;
        limits.maxTextLength = 16;
    }
    const QByteArray text(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const sn::sync::DecodeResult r = sn::sync::decode(text, limits);
    if (!r.ok()) {
        if (r.error.code.isEmpty() || r.error.message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    // Re-encoding may grow a frame past the limit it arrived under (a raw
    // control character comes back as a six-byte \u escape), so the copy is
    // read under the generous limits the desktop client applies to server
    // frames; what must hold is that it reads back to the same frame.
    sn::sync::Limits generous = limits;
    generous.maxFrameBytes = 64 * 1024 * 1024;
    const sn::sync::DecodeResult again = sn::sync::decode(r.frame->encode(), generous);
    if (!again.ok() || !(*again.frame == *r.frame))
        __builtin_trap();
    const sn::sync::Frame &f = *r.frame;
    if (f.type() == QLatin1String("event")) {
        const auto e = sn::sync::msg::Event::fromJson(f.str(QStringLiteral("workspace")), f.object());
        (void)e.toJson();
    } else if (f.type() == QLatin1String("sync.batch")) {
        for (const auto &v : f.arr(QStringLiteral("events")))
            (void)sn::sync::msg::Event::fromJson(f.str(QStringLiteral("workspace")), v.toObject()).toJson();
    }
    return 0;
}
