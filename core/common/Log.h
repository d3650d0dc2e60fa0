#pragma once

#include <fmt/format.h>
#include <memory>
#include <string>
#include <string_view>

namespace spdlog {
class logger;
namespace sinks {
class sink;
}
} // namespace spdlog

namespace sn::log {

enum class Level
{
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    Off
};

// A dotted category per module ("supernova.storage"), declared once per .cpp:
//   static const sn::log::Category lc("supernova.storage");
//   lc.info("opened {}", url);
// The core only emits; each executable decides where messages go by
// attaching sinks. Every message passes the redaction filter before any sink.
class Category
{
public:
    explicit Category(const char *name);

    template <typename... Args> void debug(fmt::format_string<Args...> f, Args &&...args) const
    {
        if (enabled(Level::Debug))
            write(Level::Debug, fmt::format(f, std::forward<Args>(args)...));
    }
    template <typename... Args> void info(fmt::format_string<Args...> f, Args &&...args) const
    {
        if (enabled(Level::Info))
            write(Level::Info, fmt::format(f, std::forward<Args>(args)...));
    }
    template <typename... Args> void warn(fmt::format_string<Args...> f, Args &&...args) const
    {
        if (enabled(Level::Warn))
            write(Level::Warn, fmt::format(f, std::forward<Args>(args)...));
    }
    template <typename... Args> void error(fmt::format_string<Args...> f, Args &&...args) const
    {
        if (enabled(Level::Error))
            write(Level::Error, fmt::format(f, std::forward<Args>(args)...));
    }

    bool enabled(Level level) const;
    void write(Level level, std::string_view message) const;
    const std::string &name() const { return m_name; }

private:
    std::string m_name;
    std::shared_ptr<spdlog::logger> m_logger;
};

// Sinks and levels (called by executables, not by the core).
void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
void removeSink(const std::shared_ptr<spdlog::sinks::sink> &sink);
void addStderrSink(Level level);
// Rotating file (5 MiB x 3 files) at `path`; creates the parent directory.
bool addRotatingFileSink(const std::string &path, std::size_t maxBytes = 5 * 1024 * 1024,
                         std::size_t maxFiles = 3);
void setLevel(Level level);
Level parseLevel(std::string_view name, Level fallback);
void flush();

// Secrets registered here are replaced by "********" in every message before
// any sink sees it. Registering an empty or very short string is ignored
// (it would redact ordinary text).
void registerSecret(const std::string &secret);
void unregisterSecret(const std::string &secret);
std::string redact(std::string_view text);

} // namespace sn::log
