#include "core/common/Log.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace sn::log {

namespace {

constexpr std::size_t kMinSecretLength = 4;
constexpr std::string_view kMask = "********";

// RFC 3986 percent-encoding (unreserved characters kept): how a key looks in
// a query string or a form body.
std::string percentEncoded(std::string_view s)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    return out;
}

// Base64 with the standard or the URL alphabet, without padding: how a key
// looks inside a Basic auth header, a JWT or an encoded blob (the padded form
// contains the unpadded one, so masking this masks both).
std::string base64(std::string_view s, bool urlAlphabet)
{
    const char *alphabet = urlAlphabet ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                                       : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < s.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(s[i]) << 16) |
                           (static_cast<unsigned char>(s[i + 1]) << 8) | static_cast<unsigned char>(s[i + 2]);
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    if (i < s.size()) {
        unsigned v = static_cast<unsigned char>(s[i]) << 16;
        if (i + 1 < s.size())
            v |= static_cast<unsigned char>(s[i + 1]) << 8;
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        if (i + 1 < s.size())
            out += alphabet[(v >> 6) & 63];
    }
    return out;
}

// A secret and the encoded forms it can take on its way into a message: a
// registered secret is masked raw, percent-encoded and in base64 (both
// alphabets), before any sink sees the message.
std::set<std::string> formsOf(const std::string &s)
{
    return {s, percentEncoded(s), base64(s, false), base64(s, true)};
}

class SecretRegistry
{
public:
    void add(const std::string &s)
    {
        if (s.size() < kMinSecretLength)
            return;
        std::unique_lock lock(m_mutex);
        for (const std::string &form : formsOf(s))
            m_secrets.insert(form);
    }
    void remove(const std::string &s)
    {
        std::unique_lock lock(m_mutex);
        for (const std::string &form : formsOf(s))
            m_secrets.erase(form);
    }
    std::string redact(std::string_view text) const
    {
        std::string out(text);
        std::shared_lock lock(m_mutex);
        // Longest first, so a secret that contains another is masked whole.
        std::vector<const std::string *> ordered;
        for (const auto &s : m_secrets)
            ordered.push_back(&s);
        std::sort(ordered.begin(), ordered.end(),
                  [](const std::string *a, const std::string *b) { return a->size() > b->size(); });
        for (const std::string *s : ordered) {
            std::size_t pos = 0;
            while ((pos = out.find(*s, pos)) != std::string::npos) {
                out.replace(pos, s->size(), kMask);
                pos += kMask.size();
            }
        }
        return out;
    }

private:
    mutable std::shared_mutex m_mutex;
    std::set<std::string> m_secrets;
};

SecretRegistry &secrets()
{
    static SecretRegistry registry;
    return registry;
}

// The only sink every logger has: it masks secrets, then forwards the
// message to the sinks that the executable attached.
class RedactingSink final : public spdlog::sinks::dist_sink_mt
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        std::string_view payload(msg.payload.data(), msg.payload.size());
        std::string clean = secrets().redact(payload);
        spdlog::details::log_msg copy(msg.time, msg.source, msg.logger_name, msg.level,
                                      spdlog::string_view_t(clean.data(), clean.size()));
        copy.thread_id = msg.thread_id;
        spdlog::sinks::dist_sink_mt::sink_it_(copy);
    }
};

struct Root
{
    std::shared_ptr<RedactingSink> sink = std::make_shared<RedactingSink>();
    std::atomic<int> level{static_cast<int>(Level::Info)};
};

Root &root()
{
    static Root r;
    return r;
}

spdlog::level::level_enum toSpd(Level l)
{
    switch (l) {
    case Level::Trace:
        return spdlog::level::trace;
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warn:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Off:
        return spdlog::level::off;
    }
    return spdlog::level::info;
}

} // namespace

Category::Category(const char *name)
    : m_name(name), m_logger(std::make_shared<spdlog::logger>(name, root().sink))
{
    m_logger->set_level(spdlog::level::trace); // filtering happens in enabled()
}

bool Category::enabled(Level level) const
{
    return static_cast<int>(level) >= root().level.load(std::memory_order_relaxed) && level != Level::Off;
}

void Category::write(Level level, std::string_view message) const
{
    m_logger->log(toSpd(level), message);
}

void addSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%-5l%$ [%n] %v");
    root().sink->add_sink(std::move(sink));
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink)
{
    root().sink->remove_sink(sink);
}

void addStderrSink(Level level)
{
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_level(toSpd(level));
    addSink(sink);
}

bool addRotatingFileSink(const std::string &path, std::size_t maxBytes, std::size_t maxFiles)
{
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    try {
        addSink(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, maxBytes, maxFiles));
        return true;
    } catch (const spdlog::spdlog_ex &) {
        // A log file we cannot open must not stop the app; the caller reports it.
        return false;
    }
}

void setLevel(Level level)
{
    root().level.store(static_cast<int>(level), std::memory_order_relaxed);
}

Level parseLevel(std::string_view name, Level fallback)
{
    if (name == "trace")
        return Level::Trace;
    if (name == "debug")
        return Level::Debug;
    if (name == "info")
        return Level::Info;
    if (name == "warn" || name == "warning")
        return Level::Warn;
    if (name == "error")
        return Level::Error;
    if (name == "off")
        return Level::Off;
    return fallback;
}

void flush()
{
    root().sink->flush();
}

void registerSecret(const std::string &secret)
{
    secrets().add(secret);
}

void unregisterSecret(const std::string &secret)
{
    secrets().remove(secret);
}

std::string redact(std::string_view text)
{
    return secrets().redact(text);
}

} // namespace sn::log
