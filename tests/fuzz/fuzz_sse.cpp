// libFuzzer target: the Server-Sent Events parser (a model vendor's response
// stream). The same bytes are fed whole and in pieces whose sizes come from
// the input: both must give the same events or the same refusal, since the
// network may cut a stream anywhere. Byte 0 picks the piece size (1..32) and
// whether the small limits are on.
#include "core/advisor/llm/SseParser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace {

struct Outcome
{
    std::vector<sn::advisor::SseEvent> events;
    bool failed = false;
    bool pending = false;
};

Outcome run(const sn::advisor::SseParser::Limits &limits, QByteArrayView bytes, qsizetype piece)
{
    sn::advisor::SseParser parser(limits);
    Outcome out;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        if (!parser.feed(bytes.sliced(at, std::min(piece, bytes.size() - at))).ok()) {
            out.failed = true;
            break;
        }
        for (auto &e : parser.takeEvents())
            out.events.push_back(std::move(e));
    }
    if (!out.failed) {
        out.pending = parser.hasPendingInput();
        // After a failure the parser refuses everything until reset().
    } else if (parser.feed("data: x\n\n").ok()) {
        __builtin_trap();
    }
    return out;
}

bool sameEvents(const Outcome &a, const Outcome &b)
{
    if (a.events.size() != b.events.size())
        return false;
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        const auto &x = a.events[i];
        const auto &y = b.events[i];
        if (x.type != y.type || x.data != y.data || x.lastEventId != y.lastEventId || x.retryMs != y.retryMs)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + (data[0] & 31);
    sn::advisor::SseParser::Limits limits;
    if (data[0] & 32) {
        limits.maxLineBytes = 16;
        limits.maxEventBytes = 40;
    }
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome whole = run(limits, bytes, std::max<qsizetype>(1, bytes.size()));
    const Outcome split = run(limits, bytes, piece);
    if (whole.failed != split.failed)
        __builtin_trap();
    if (!whole.failed && (!sameEvents(whole, split) || whole.pending != split.pending))
        __builtin_trap();
    for (const auto &e : whole.events)
        if (e.data.size() > limits.maxEventBytes)
            __builtin_trap();
    return 0;
}
