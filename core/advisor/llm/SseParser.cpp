#include "core/advisor/llm/SseParser.h"

#include <cstring>
#include <string>

namespace sn::advisor {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

qsizetype findLineEnd(const char *p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '\n' || p[i] == '\r')
            return i;
    }
    return -1;
}

Error overLimit(const char *what, qsizetype limit)
{
    std::string message(what);
    message.append(std::to_string(limit)).append(" bytes");
    return makeError(ErrorCode::ParseError, std::move(message), "SSE");
}

Error lineTooLong(qsizetype limit)
{
    return overLimit("a line is longer than the limit of ", limit);
}

} // namespace

Result<void> SseParser::feed(QByteArrayView bytes)
{
    if (m_failed)
        return makeError(ErrorCode::ParseError, "the event stream already failed; reset the parser first",
                         "SSE");
    const char *p = bytes.data();
    qsizetype n = bytes.size();

    // The BOM may itself be split across chunks.
    while (m_atStart && n > 0) {
        if (p[0] == kBom[m_bomSeen]) {
            ++m_bomSeen;
            ++p;
            --n;
            if (m_bomSeen == 3)
                m_atStart = false;
            continue;
        }
        if (m_bomSeen > 0) {
            // Not a BOM after all: the bytes we swallowed are line content.
            m_line.append(kBom, m_bomSeen);
        }
        m_atStart = false;
    }

    if (m_lastWasCr && n > 0) {
        m_lastWasCr = false;
        if (p[0] == '\n') {
            ++p;
            --n;
        }
    }

    while (n > 0) {
        const qsizetype end = findLineEnd(p, n);
        if (end < 0) {
            if (m_line.size() + n > m_limits.maxLineBytes) {
                m_failed = true;
                return lineTooLong(m_limits.maxLineBytes);
            }
            m_line.append(p, n);
            return {};
        }
        Result<void> r;
        if (m_line.isEmpty()) {
            if (end > m_limits.maxLineBytes) {
                m_failed = true;
                return lineTooLong(m_limits.maxLineBytes);
            }
            r = processLine(QByteArrayView(p, end));
        } else {
            if (m_line.size() + end > m_limits.maxLineBytes) {
                m_failed = true;
                return lineTooLong(m_limits.maxLineBytes);
            }
            m_line.append(p, end);
            r = processLine(m_line);
            m_line.clear();
        }
        if (!r.ok()) {
            m_failed = true;
            return r;
        }
        const bool cr = p[end] == '\r';
        p += end + 1;
        n -= end + 1;
        if (cr) {
            if (n == 0)
                m_lastWasCr = true; // an LF may open the next chunk
            else if (p[0] == '\n') {
                ++p;
                --n;
            }
        }
    }
    return {};
}

Result<void> SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return {};
    }
    if (line.front() == ':')
        return {}; // a comment (servers send these as keep-alives)

    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }

    if (field == "data") {
        const qsizetype grown = m_data.size() + value.size() + 1;
        if (grown > m_limits.maxEventBytes + 1) {
            return overLimit("an event's data is larger than the limit of ", m_limits.maxEventBytes);
        }
        m_data.append(value.data(), value.size());
        m_data.append('\n');
        m_haveData = true;
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (value.indexOf('\0') < 0)
            m_lastEventId = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty() && value.size() <= 9;
        for (const char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits)
            m_retryMs = value.toByteArray().toInt();
    }
    // Any other field is ignored, as the format requires.
    return {};
}

void SseParser::dispatch()
{
    if (!m_haveData) {
        m_eventType.clear();
        return;
    }
    SseEvent ev;
    m_data.chop(1); // the '\n' after the last data line
    ev.data = std::move(m_data);
    if (!m_eventType.isEmpty())
        ev.type = std::move(m_eventType);
    ev.lastEventId = m_lastEventId;
    ev.retryMs = m_retryMs;
    m_events.push_back(std::move(ev));
    m_data = QByteArray();
    m_eventType = QByteArray();
    m_haveData = false;
}

std::vector<SseEvent> SseParser::takeEvents()
{
    std::vector<SseEvent> out;
    out.swap(m_events);
    return out;
}

void SseParser::reset()
{
    *this = SseParser(m_limits);
}

} // namespace sn::advisor
