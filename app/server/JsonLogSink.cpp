#include "app/server/JsonLogSink.h"

#include "core/server/RequestContext.h"

#include <chrono>
#include <string>

namespace sn::server::cli {

namespace {

void appendEscaped(std::string &out, std::string_view text)
{
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
}

} // namespace

void JsonLogSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&secs, &utc);
    char ts[96];
    std::snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(ms % 1000));
    std::string line = "{\"ts\":\"";
    line += ts;
    line += "\",\"level\":\"";
    const auto level = spdlog::level::to_string_view(msg.level);
    line.append(level.data(), level.size());
    line += "\",\"logger\":\"";
    appendEscaped(line, std::string_view(msg.logger_name.data(), msg.logger_name.size()));
    line += "\",\"msg\":\"";
    appendEscaped(line, std::string_view(msg.payload.data(), msg.payload.size()));
    line += '"';
    // Lines written while a request is handled carry its correlation id, so
    // one grep finds everything that request caused.
    if (const RequestScope::Context *request = RequestScope::current()) {
        line += ",\"cid\":\"";
        appendEscaped(line, request->correlationId);
        line += "\",\"conn\":\"";
        appendEscaped(line, request->connection);
        line += '"';
        if (!request->ref.empty()) {
            line += ",\"ref\":\"";
            appendEscaped(line, request->ref);
            line += '"';
        }
    }
    line += "}\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout); // a log shipper or a test reads it line by line
}

void JsonLogSink::flush_()
{
    std::fflush(stdout);
}

} // namespace sn::server::cli
