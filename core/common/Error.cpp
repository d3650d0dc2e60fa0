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

std::string Error::toString() const
{
    return context.empty() ? message : context + ": " + message;
}

Error Error::withContext(const std::string &outer) const
{
    Error e = *this;
    e.context = context.empty() ? outer : outer + ": " + context;
    return e;
}

} // namespace sn
