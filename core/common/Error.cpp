#include "core/common/Error.h"

namespace sn {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid_argument";
    case ErrorCode::ParseError:
        return "parse_error";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::AlreadyExists:
        return "already_exists";
    case ErrorCode::IoError:
        return "io_error";
    case ErrorCode::DatabaseError:
        return "database_error";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::AccessDenied:
        return "access_denied";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Internal:
        return "internal";
    }
    return "unknown";
}

namespace {

std::string joined(const std::string &outer, const std::string &inner)
{
    if (outer.empty())
        return inner;
    return inner.empty() ? outer : outer + ": " + inner;
}

} // namespace

Error::Error(ErrorCode code_, TextKey text, std::initializer_list<std::string_view> args,
             std::string context_, std::string field_)
    : code(code_), message(englishText(text, args)), context(std::move(context_)), field(std::move(field_))
{
    std::string translated = translatedText(text, args);
    if (translated != message)
        userMessage = std::move(translated);
}

std::string Error::toString() const
{
    return joined(context, message);
}

std::string Error::toUserString() const
{
    return joined(userContext.empty() ? context : userContext, userMessage.empty() ? message : userMessage);
}

Error Error::withContext(const std::string &outer) const
{
    Error e = *this;
    e.context = joined(outer, context);
    if (!userContext.empty())
        e.userContext = joined(outer, userContext);
    return e;
}

Error Error::withContext(TextKey outer, std::initializer_list<std::string_view> args) const
{
    Error e = *this;
    const std::string english = englishText(outer, args);
    const std::string translated = translatedText(outer, args);
    e.userContext = joined(translated, userContext.empty() ? context : userContext);
    e.context = joined(english, context);
    if (e.userContext == e.context)
        e.userContext.clear();
    return e;
}

Error &Error::at(TextKey where, std::initializer_list<std::string_view> args)
{
    context = englishText(where, args);
    userContext = translatedText(where, args);
    if (userContext == context)
        userContext.clear();
    return *this;
}

} // namespace sn
