#pragma once

#include "core/common/Error.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

namespace sn {

namespace detail {

// Reading the value of a failed Result, or the error of a successful one, is
// a programming error. It stops the process with a message on stderr in every
// build type: an assert compiled out under NDEBUG would turn it into undefined
// behaviour that corrupts data quietly instead.
[[noreturn]] inline void resultMisuse(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fatal: sn::Result misuse: %s%s%s\n", what, detail.empty() ? "" : ": ",
                 detail.c_str());
    std::fflush(stderr);
    std::abort();
}

} // namespace detail

// Value-or-Error at I/O, storage and network boundaries. Exceptions never
// cross a module; a function that can fail for reasons outside the caller's
// control returns Result<T>.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        requireValue();
        return *std::get_if<0>(&m_data);
    }
    const T &value() const &
    {
        requireValue();
        return *std::get_if<0>(&m_data);
    }
    T &&value() &&
    {
        requireValue();
        return std::move(*std::get_if<0>(&m_data));
    }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    const Error &error() const
    {
        if (ok())
            detail::resultMisuse("error() called on a successful Result", {});
        return *std::get_if<1>(&m_data);
    }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    void requireValue() const
    {
        if (!ok()) [[unlikely]]
            detail::resultMisuse("value of a failed Result read", std::get_if<1>(&m_data)->toString());
    }

    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const
    {
        if (m_ok)
            detail::resultMisuse("error() called on a successful Result<void>", {});
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, std::string message, std::string context = {})
{
    return Error{code, std::move(message), std::move(context)};
}

// An error people read in their language (see Error): makeError(code, SN_TEXT(...), {args}, where).
inline Error makeError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                       std::string context = {})
{
    return Error{code, text, args, std::move(context)};
}

} // namespace sn
