#include "core/sync/ProblemText.h"

#include "core/sync/Protocol.h"

#include <cstring>

namespace sn::sync {

namespace {

// SN_TRANSLATE_NOOP so lupdate collects them; translated where they are shown.
struct CodeReason
{
    const char *code;
    const char *source;
};

constexpr CodeReason kReasons[] = {
    {code::AuthFailed,
     SN_TRANSLATE_NOOP("sn::Sync", "wrong user name or password, or the account is disabled")},
    {code::TokenInvalid,
     SN_TRANSLATE_NOOP("sn::Sync", "the saved sign-in is no longer valid: sign in again")},
    {code::TokenExpired, SN_TRANSLATE_NOOP("sn::Sync", "the saved sign-in has expired: sign in again")},
    {code::Forbidden, SN_TRANSLATE_NOOP("sn::Sync", "your role in this workspace does not allow it")},
    {code::NotFound, SN_TRANSLATE_NOOP("sn::Sync", "the server does not have it (it may have been deleted)")},
    {code::RateLimited, SN_TRANSLATE_NOOP("sn::Sync", "too many requests in a short time: wait a moment")},
    {code::Unavailable,
     SN_TRANSLATE_NOOP("sn::Sync", "the server cannot reach its database right now: it is retried later")},
    {code::TooLarge, SN_TRANSLATE_NOOP("sn::Sync", "the item is larger than the server accepts")},
    {code::BadField, SN_TRANSLATE_NOOP("sn::Sync", "the server could not read the item")},
    {code::Internal, SN_TRANSLATE_NOOP("sn::Sync", "the server had an internal error: it is retried later")},
};

} // namespace

QString reasonForCode(const QString &code, const QString &serverMessage)
{
    for (const CodeReason &r : kReasons) {
        if (code != QLatin1String(r.code))
            continue;
        const std::string shown = userText("sn::Sync", r.source);
        // No translation (the CLI, an English desktop): the server's words,
        // which say more than a generic sentence.
        if (shown == r.source)
            break;
        return QString::fromStdString(shown);
    }
    return serverMessage;
}

} // namespace sn::sync
