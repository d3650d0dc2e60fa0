#pragma once

#include <span>
#include <string_view>

namespace sn {

// A secret the app knows by name. QtKeychain cannot enumerate the entries of
// a service, so the list of names lives here, in code, instead of in a file
// next to the keyring (a file would leak which providers a user has keys for
// and could drift from the keyring).
struct KnownSecret
{
    std::string_view key;   // "llm/openai/api-key": provider-area/provider/what
    std::string_view label; // for settings dialogs and `supernova-cli secrets`
};

// Every secret name the app uses; a module adding a provider adds its row.
std::span<const KnownSecret> knownSecrets();

// The row for `key`, or nullptr when the app does not know that name.
const KnownSecret *findKnownSecret(std::string_view key);

// Key names are lowercase ASCII path segments ([a-z0-9._-]) separated by
// single '/', 1..200 characters, so they read the same in every keychain UI.
bool isValidSecretKey(std::string_view key);

} // namespace sn
