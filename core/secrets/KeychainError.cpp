#include "core/secrets/KeychainError.h"

#include "core/common/Result.h"

namespace sn {

namespace {

bool mentionsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// `text` in English and in the reader's language, with what the keychain
// itself said (its own words, untranslated) after it.
Error keychainText(ErrorCode code, TextKey text, const QString &detail, const std::string &context)
{
    Error e{code, text, {}, context};
    if (detail.isEmpty())
        return e;
    const auto withDetail = SN_TEXT("sn::Keychain", "%1 (keychain said: %2)");
    const std::string said = detail.toStdString();
    const std::string user =
        translatedText(withDetail, {e.userMessage.empty() ? e.message : e.userMessage, said});
    e.message = englishText(withDetail, {e.message, said});
    e.userMessage = user == e.message ? std::string() : user;
    return e;
}

Error unavailable(const QString &detail, const std::string &context)
{
    return keychainText(ErrorCode::Unavailable,
                        SN_TEXT("sn::Keychain",
                                "no Secret Service: start gnome-keyring or KWallet in your desktop "
                                "session (a D-Bus session bus with org.freedesktop.secrets is needed)"),
                        detail, context);
}

Error denied(const QString &detail, const std::string &context)
{
    return keychainText(ErrorCode::AccessDenied,
                        SN_TEXT("sn::Keychain",
                                "the keyring is locked or access was denied: unlock it (for "
                                "example by logging in to the desktop session) and try again"),
                        detail, context);
}

} // namespace

Error keychainError(QKeychain::Error code, const QString &detail, const std::string &context)
{
    switch (code) {
    case QKeychain::NoError:
        return makeError(ErrorCode::Internal, "keychainError() called for a successful job", context);
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Keychain", "no secret is stored under this key"),
                         {}, context);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return denied(detail, context);
    case QKeychain::NoBackendAvailable:
        return unavailable(detail, context);
    case QKeychain::NotImplemented:
        return keychainText(ErrorCode::Unsupported,
                            SN_TEXT("sn::Keychain", "the OS keychain does not support this operation"),
                            detail, context);
    case QKeychain::CouldNotDeleteEntry:
        return keychainText(ErrorCode::IoError,
                            SN_TEXT("sn::Keychain", "the keychain could not delete the secret"), detail,
                            context);
    case QKeychain::OtherError:
        break;
    }

    // GDBus: "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: ...";
    // bus errors: "org.freedesktop.DBus.Error.ServiceUnknown", "...NoReply", "...Spawn...".
    if (mentionsAny(detail, {"autolaunch", "could not connect", "d-bus", "dbus", "no such interface",
                             "not provided by any .service", "timeout was reached"}))
        return unavailable(detail, context);
    // gnome-keyring without a default collection (creating one needs a prompt
    // that a headless session cannot show): "Object does not exist at path
    // /org/freedesktop/secrets/collection/login".
    if (mentionsAny(detail, {"object does not exist", "no such object"}))
        return keychainText(ErrorCode::Unavailable,
                            SN_TEXT("sn::Keychain",
                                    "the Secret Service has no default keyring to store into: "
                                    "create or unlock the 'login' keyring (gnome-keyring or KWallet)"),
                            detail, context);
    if (mentionsAny(detail, {"locked", "dismissed", "denied", "not authorized"}))
        return denied(detail, context);
    return keychainText(ErrorCode::IoError, SN_TEXT("sn::Keychain", "the OS keychain failed"), detail,
                        context);
}

} // namespace sn
