#pragma once

#include "core/common/UserText.h"

#include <initializer_list>
#include <string>
#include <string_view>

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
//
// An error is data that goes to logs, --json and the wire in English
// (message, context, toString()), and to a person in their language
// (toUserString()). Errors made from a TextKey (SN_TEXT) carry both: the
// reader's text is translated when the error is made, through the translator
// core/common/UserText installs (the desktop's; the CLI has none, so for it
// both are the same English).
struct Error
{
    Error() = default;
    Error(ErrorCode code_, std::string message_, std::string context_ = {}, std::string field_ = {})
        : code(code_), message(std::move(message_)), context(std::move(context_)), field(std::move(field_))
    {
    }
    Error(ErrorCode code_, TextKey text, std::initializer_list<std::string_view> args,
          std::string context_ = {}, std::string field_ = {});

    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string context;
    // The input field at fault when there is one ("quantity"), so a form or a
    // grid can show the message at that field; the message names it too.
    std::string field;
    // The message and context as the user reads them; empty: as in English.
    std::string userMessage;
    std::string userContext;

    // "context: message" or just the message, in English (logs, --json).
    std::string toString() const;
    // The same in the reader's language where the error was made from a TextKey.
    std::string toUserString() const;

    // Returns a copy with an outer context prepended ("import: file.csv:3").
    Error withContext(const std::string &outer) const;
    // The same with an outer context that reads differently for people.
    Error withContext(TextKey outer, std::initializer_list<std::string_view> args) const;
    // Sets the context, English and translated ("transaction %1").
    Error &at(TextKey where, std::initializer_list<std::string_view> args);
};

} // namespace sn
