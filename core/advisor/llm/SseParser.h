#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace sn::advisor {

// One dispatched Server-Sent Event. `data` keeps the UTF-8 bytes: a chunk
// boundary may fall inside a multi-byte sequence, so text is decoded only
// once the whole event is known.
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message"); // `event:` or the default
    QByteArray data;                                // `data:` lines joined by '\n'
    QByteArray lastEventId;                         // the stream's last `id:` so far
    int retryMs = -1;                               // the last valid `retry:`, -1 if none
};

// Incremental parser for the text/event-stream format (WHATWG HTML, "Server-
// sent events", parsing an event stream). Bytes may arrive in any chunking;
// a CR at the end of one chunk followed by an LF at the start of the next is
// one line end. A UTF-8 BOM at the very start is skipped.
//
// Limits keep a misbehaving server from growing memory without bound: a line
// longer than maxLineBytes or an event whose data exceeds maxEventBytes is an
// error, after which the parser refuses further input until reset().
class SseParser
{
public:
    struct Limits
    {
        qsizetype maxLineBytes = 1 << 20;  // 1 MiB
        qsizetype maxEventBytes = 4 << 20; // 4 MiB of data per event
    };

    SseParser() = default;
    explicit SseParser(Limits limits) : m_limits(limits) {}

    // Consumes `bytes`; complete events are queued for takeEvents().
    Result<void> feed(QByteArrayView bytes);
    // Events dispatched so far and not yet taken, in order.
    std::vector<SseEvent> takeEvents();
    bool hasEvents() const { return !m_events.empty(); }

    // Bytes of an unfinished line or event are pending (the stream ended
    // early if this is true at end of input; the spec discards them).
    bool hasPendingInput() const { return !m_line.isEmpty() || m_haveData || !m_eventType.isEmpty(); }

    void reset();

private:
    Result<void> processLine(QByteArrayView line);
    void dispatch();

    Limits m_limits;
    QByteArray m_line; // an incomplete line carried over from the previous chunk
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastEventId;
    int m_retryMs = -1;
    bool m_haveData = false;
    bool m_atStart = true;   // a BOM may still come
    qsizetype m_bomSeen = 0; // BOM bytes matched so far at the start
    bool m_lastWasCr = false;
    bool m_failed = false;
    std::vector<SseEvent> m_events;
};

} // namespace sn::advisor
