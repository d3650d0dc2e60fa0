#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace sn::ui {

// Light and dark palettes on the Fusion style, or the platform's own look
// ("system"), which is what a fresh install uses. Qt 6.4 has no colour-scheme
// query (QStyleHints::colorScheme is 6.5), so "system" keeps the palette the
// platform gave the application at start-up instead of guessing.
class Theme
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    static Mode fromName(const QString &name); // unknown names: System
    static QString name(Mode mode);            // "system", "light", "dark"
    static QStringList names();

    // Applies `mode` to the running application; call once at start-up with
    // the stored choice, and again when the user changes it.
    static void apply(Mode mode);
    static Mode current();

    // The QSettings key of the stored choice.
    static constexpr const char *kSettingsKey = "ui/theme";
};

} // namespace sn::ui
