#pragma once

#include <string>

namespace sn {

// What kind of failure; callers branch on this, users read the message.
enum class ErrorCode
{
    InvalidArgument, // bad input from the user or a caller (names the field)
    ParseError,      // outside input that cannot be read (names file:line:field)
    NotFound,
    AlreadyExists,
    IoError,
    DatabaseError,
    Unavailable,  // a service that is not there (no Secret Service, no server)
    AccessDenied, // locked keyring, wrong password
    Conflict,
    Cancelled,
    Unsupported,
    Internal,
};

const char *errorCodeName(ErrorCode code);

// An error that says what went wrong and where. `context` locates it
// ("prices.csv:12: field 'close'", "portfolio 'Retirement'"), so the message
// stays readable on its own.
struct Error
{
    Error() = default;
    Error(ErrorCode code_, std::string message_, std::string context_ = {}, std::string field_ = {})
        : code(code_), message(std::move(message_)), context(std::move(context_)), field(std::move(field_))
    {
    }

    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string context;
    // The input field at fault when there is one ("quantity"), so a form or a
    // grid can show the message at that field; the message names it too.
    std::string field;

    // "context: message" or just the message.
    std::string toString() const;

    // Returns a copy with an outer context prepended ("import: file.csv:3").
    Error withContext(const std::string &outer) const;
};

} // namespace sn
