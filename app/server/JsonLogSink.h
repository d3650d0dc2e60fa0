#pragma once

#include <cstdio>
#include <mutex>
#include <spdlog/details/null_mutex.h>
#include <spdlog/sinks/base_sink.h>

namespace sn::server::cli {

// One JSON object per line on stdout: {"ts","level","logger","msg"} plus
// "cid", "conn" (and "ref") while a request is handled, for log shippers.
// The message is already redacted by the core's logging facade.
class JsonLogSink final : public spdlog::sinks::base_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;
};

} // namespace sn::server::cli
