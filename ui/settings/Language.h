#pragma once

#include <QString>
#include <QStringList>

namespace sn::ui {

// The interface language: English (the source strings), German or Spanish
// from translations/ (compiled into the app), or the system's when it is one
// of those. Installing a language sends QEvent::LanguageChange to every
// widget; the main window rebuilds its areas on it.
class Language
{
public:
    static QStringList codes(); // "system", "en", "de", "es"
    static QString displayName(const QString &code);
    // The language `code` resolves to ("system" -> the locale's if supported, else "en").
    static QString resolve(const QString &code);
    // Installs the translators for `code`; false (and English) when its
    // translation is not available.
    static bool apply(const QString &code);
    static QString current(); // resolved code in use

    static constexpr const char *kSettingsKey = "ui/language";
};

} // namespace sn::ui
