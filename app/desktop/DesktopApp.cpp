#include "app/desktop/DesktopApp.h"

#include "core/common/Log.h"
#include "core/model/DatabaseUrl.h"
#include "core/secrets/SecretStore.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/market/ScheduledRefresh.h"
#include "ui/settings/Language.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Theme.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace sn::desktop {

namespace {

bool hasPlatformArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    return false;
}

bool hasDisplay(int argc, char **argv)
{
    auto set = [](const char *name) {
        const char *v = std::getenv(name);
        return v && *v;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM") ||
           hasPlatformArgument(argc, argv);
}

// The PostgreSQL URL from Settings holds no password; the keychain does. No
// window is open yet, so waiting here for the Secret Service freezes nothing.
QString withStoredPassword(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed || parsed->engine() != DatabaseUrl::Engine::PostgreSql || !parsed->password().isEmpty())
        return url;
    QEventLoop loop;
    QString password;
    SecretStore store;
    store.setTimeout(std::chrono::seconds(10));
    store.get(QString::fromLatin1(ui::SettingsDialog::kDatabasePasswordSecret), &loop,
              [&](const Result<QString> &secret) {
                  if (secret)
                      password = *secret;
                  loop.quit();
              });
    loop.exec();
    if (password.isEmpty())
        return url;
    QUrl u(url);
    u.setPassword(password);
    return u.toString(QUrl::FullyEncoded);
}

struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("Database URL (sqlite:///file or postgresql://...). "
                                         "Default: the app data folder's SQLite file."),
                          QStringLiteral("URL")};
    QCommandLineOption startupProbe{QStringLiteral("exit-after-show"),
                                    QStringLiteral("Print the time to the shown window and quit "
                                                   "(for the start-up benchmark).")};
    QCommandLineOption logLevel{
        QStringLiteral("log-level"),
        QStringLiteral("trace, debug, info (default), warn, error or off: what the log file "
                       "in the app data folder records (secrets are always redacted)."),
        QStringLiteral("LEVEL"), QStringLiteral("info")};
};

Options addOptions(QCommandLineParser &parser)
{
    Options options;
    parser.setApplicationDescription(QStringLiteral("SuperNova desktop workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.db);
    parser.addOption(options.startupProbe);
    parser.addOption(options.logLevel);
    return options;
}

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPERNOVA_VERSION));
}

// --help and --version print and exit, so they must not need the display the
// window does (help2man runs them on build machines without one).
bool asksOnlyForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

} // namespace

int run(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameTheApplication();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    if (!hasDisplay(argc, argv)) {
        // Qt would abort with a plugin error; say what to do instead.
        std::fprintf(
            stderr,
            "supernova: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
            "cannot open.\n"
            "Run it from a desktop session, or under a virtual display:\n"
            "    xvfb-run -a -s \"-screen 0 1280x800x24\" %s\n"
            "The command-line interface needs no display: supernova-cli --help\n",
            argv[0]);
        return 1;
    }

    QApplication app(argc, argv);
    nameTheApplication();

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    log::addRotatingFileSink(QString(dataDir + QStringLiteral("/logs/supernova.log")).toStdString());
    const log::Level level = log::parseLevel(parser.value(options.logLevel).toStdString(), log::Level(-1));
    if (static_cast<int>(level) < 0) {
        std::fprintf(stderr, "supernova: unknown log level '%s' (trace, debug, info, warn, error or off)\n",
                     qPrintable(parser.value(options.logLevel)));
        return 2;
    }
    log::setLevel(level);

    QSettings settings;
    ui::Theme::apply(
        ui::Theme::fromName(settings.value(QString::fromLatin1(ui::Theme::kSettingsKey)).toString()));
    ui::Language::apply(
        settings.value(QString::fromLatin1(ui::Language::kSettingsKey), QStringLiteral("system")).toString());

    // --db, else the database chosen in Settings, else the embedded default
    // (the only one the sample data is loaded into on first start).
    const bool explicitDb = parser.isSet(options.db);
    const QString configured =
        settings.value(QString::fromLatin1(ui::SettingsDialog::kDatabaseUrlKey)).toString();
    const bool embeddedDefault = !explicitDb && configured.isEmpty();
    QString url = explicitDb        ? parser.value(options.db)
                  : embeddedDefault ? Workspace::defaultUrl()
                                    : configured;
    if (!explicitDb && !configured.isEmpty())
        url = withStoredPassword(url);
    auto workspace = Workspace::open(url);
    if (!workspace) {
        // The terminal gets the English the log has; the dialog the reader's language.
        std::fprintf(stderr, "supernova: cannot open the database: %s\n",
                     workspace.error().toString().c_str());
        const QString message = QString::fromStdString(workspace.error().toUserString());
        QMessageBox::critical(nullptr, QStringLiteral("SuperNova"),
                              QObject::tr("The database could not be opened:\n%1").arg(message));
        return 1;
    }

    ui::JobTracker jobs;
    ui::MainWindow window(*workspace.value(), jobs);
    window.show();
    // First start of the embedded default, decided from what the database
    // holds so that a first start killed before the load committed seeds on
    // the next one (docs/hardening.md).
    const bool seeding = embeddedDefault && SampleData(*workspace.value()).needsFirstLoad().valueOr(false);
    if (seeding)
        window.loadSampleData();

    // The scheduled refresh of watchlist symbols (off until Preferences > Data
    // providers turns it on); the status bar says when it last ran and what happened.
    ui::ScheduledRefresh refresh(*workspace.value(), jobs);
    auto *refreshStatus = new QLabel(refresh.statusText(), &window);
    refreshStatus->setObjectName(QStringLiteral("scheduledRefreshStatus"));
    refreshStatus->setAccessibleName(QObject::tr("Scheduled market data refresh"));
    window.statusBar()->addPermanentWidget(refreshStatus);
    QObject::connect(&refresh, &ui::ScheduledRefresh::statusChanged, refreshStatus, &QLabel::setText);

    // Used by the start-up probe's callbacks, so they live as long as the event loop.
    bool probeFinished = false;
    const std::function<void(const char *)> finish = [&](const char *what) {
        if (probeFinished)
            return;
        probeFinished = true;
        std::printf("%s after %lld ms\n", what, static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        jobs.waitForAll();
        QApplication::quit();
    };
    if (parser.isSet(options.startupProbe)) {
        QTimer::singleShot(0, &window, [&]() {
            std::printf("main window shown after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
        });
        // Start-up ends when the dashboard shows the portfolio's figures (on a
        // first start, once the sample data is in).
        ui::DashboardView *dashboard = nullptr;
        for (ui::Area *area : window.areas())
            if (auto *d = qobject_cast<ui::DashboardView *>(area))
                dashboard = d;
        if (dashboard)
            QObject::connect(dashboard, &ui::DashboardView::loaded, &window, [&, dashboard]() {
                if (dashboard->snapshot().value || (!seeding && dashboard->snapshot().portfolios.isEmpty()))
                    finish("dashboard populated");
            });
        else
            QTimer::singleShot(0, &window, [&]() { finish("no dashboard"); });
        QTimer::singleShot(20000, &window, [&]() { finish("gave up waiting for the dashboard"); });
    }
    const int code = QApplication::exec();
    jobs.waitForAll();
    log::flush();
    return code;
}

} // namespace sn::desktop
