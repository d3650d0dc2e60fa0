// libFuzzer entry point for protocol v1 frames and tokens (outside input from
// any client). Built only with clang and -DSUPERNOVA_FUZZ=ON; see
// tests/sync/CMakeLists.txt.
#include "core/sync/Jwt.h"
#include "core/sync/Protocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const sn::sync::DecodeResult r = sn::sync::decode(text);
    if (r.ok()) {
        // What validated must encode and validate again to the same object.
        const sn::sync::DecodeResult again = sn::sync::decode(r.frame->encode());
        if (!again.ok() || !(*again.frame == *r.frame))
            __builtin_trap();
    } else if (r.error.code.isEmpty() || r.error.message.isEmpty()) {
        __builtin_trap(); // every refusal says why
    }
    const sn::sync::Jwt::Check c = sn::sync::Jwt::verify(text, QByteArray(32, 'k'), 0);
    if (c.valid() && c.claims.isEmpty())
        __builtin_trap();
    return 0;
}
