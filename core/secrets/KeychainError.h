#pragma once

#include "core/common/Error.h"

#include <QString>
#include <qt6keychain/keychain.h>
#include <string>

namespace sn {

// Turns a QtKeychain failure into an sn::Error a user can act on. Internal to
// core/secrets (it exposes QtKeychain); callers see only sn::Error.
//
// QtKeychain's libsecret backend reports every D-Bus failure as OtherError and
// drops the GLib error domain, so "no session bus" and "no Secret Service" can
// only be told apart from the message text it forwards; those texts come from
// GIO/GDBus and gnome-keyring and are matched here in one place.
Error keychainError(QKeychain::Error code, const QString &detail, const std::string &context);

} // namespace sn
