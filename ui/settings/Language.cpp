#include "ui/settings/Language.h"

#include "core/common/UserText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace sn::ui {

namespace {

QString g_current = QStringLiteral("en");
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;

// Core's user texts (explanations, the advisor's fixed sentences) through the
// same translators as the views'.
std::string translateCoreText(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source).toStdString();
}

} // namespace

QStringList Language::codes()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString Language::displayName(const QString &code)
{
    // Each language by its own name, so a user who picked the wrong one can find theirs.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QCoreApplication::translate("sn::ui::Language", "System (%1)").arg(displayName(resolve(code)));
}

QString Language::resolve(const QString &code)
{
    if (code == QLatin1String("en") || code == QLatin1String("de") || code == QLatin1String("es"))
        return code;
    const QString system = QLocale::system().name().left(2);
    return system == QLatin1String("de") || system == QLatin1String("es") ? system : QStringLiteral("en");
}

QString Language::current()
{
    return g_current;
}

bool Language::apply(const QString &code)
{
    const QString lang = resolve(code);
    if (g_app) {
        QCoreApplication::removeTranslator(g_app.get());
        g_app.reset();
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt.get());
        g_qt.reset();
    }
    g_current = QStringLiteral("en");
    setTextTranslator(nullptr);
    if (lang == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/supernova_%1.qm").arg(lang)))
        return false;
    QCoreApplication::installTranslator(app.get());
    g_app = std::move(app);
    // Qt's own strings (dialog buttons) when the system ships them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    QLocale::setDefault(QLocale(lang));
    setTextTranslator(&translateCoreText);
    g_current = lang;
    return true;
}

} // namespace sn::ui
