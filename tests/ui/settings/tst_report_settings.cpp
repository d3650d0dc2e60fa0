#include "core/report/ReportSettings.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/CliRunner.h"
#include "ui/reportexport/ReportActions.h"
#include "ui/settings/ReportSettingsPage.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

// Preferences > Reports: the company name and logo are stored through
// SettingsService (and announced), a logo that is not a readable PNG or JPEG
// is refused naming the file, the desktop's export takes both as its
// defaults, and the CLI's reports carry them in their headers.
class TestReportSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    QString m_dbUrl;
    QString m_logo;

    QString setting(const char *key) const
    {
        auto v = SettingsService(*m_ws).value(QLatin1String(key), QStringLiteral("<unset>"));
        return v ? *v : QStringLiteral("<error>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("settings.sqlite"));
        auto db = Database::open(m_dbUrl);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(QColor(20, 90, 160));
        m_logo = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(m_logo));
    }

    void savesBothAndAnnouncesThem()
    {
        JobTracker jobs;
        QStringList announced;
        QObject owner;
        new ChangeWatcher(*m_ws, {Change::Entity::Setting}, &owner, [&](const ChangeSet &changes) {
            for (const Change &c : changes)
                announced << c.key;
        });
        ReportSettingsPage page(*m_ws, jobs);
        QSignalSpy loaded(&page, &ReportSettingsPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.companyEdit()->text(), QString());
        page.companyEdit()->setText(QStringLiteral("  Acme Research "));
        page.logoEdit()->setText(m_logo);
        QVERIFY2(page.save(), qPrintable(page.status()));
        QCOMPARE(setting(report::kCompanySetting), QStringLiteral("Acme Research"));
        QCOMPARE(setting(report::kLogoSetting), m_logo);
        QTRY_VERIFY_WITH_TIMEOUT(announced.contains(QLatin1String(report::kCompanySetting)) &&
                                     announced.contains(QLatin1String(report::kLogoSetting)),
                                 10000);

        // A new page shows what is stored.
        ReportSettingsPage again(*m_ws, jobs);
        QSignalSpy loadedAgain(&again, &ReportSettingsPage::loaded);
        QVERIFY(loadedAgain.wait(10000));
        QCOMPARE(again.companyEdit()->text(), QStringLiteral("Acme Research"));
        QCOMPARE(again.logoEdit()->text(), m_logo);
        jobs.waitForAll();
    }

    void refusesALogoThatIsNoImage()
    {
        JobTracker jobs;
        ReportSettingsPage page(*m_ws, jobs);
        QSignalSpy loaded(&page, &ReportSettingsPage::loaded);
        QVERIFY(loaded.wait(10000));
        const QString text = m_dir.filePath(QStringLiteral("logo.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        page.companyEdit()->setText(QStringLiteral("Other"));
        page.logoEdit()->setText(text);
        QVERIFY(!page.save());
        QVERIFY2(page.status().contains(text) && page.status().contains(QStringLiteral("not a PNG or JPEG")),
                 qPrintable(page.status()));
        const QString missing = m_dir.filePath(QStringLiteral("gone.png"));
        page.logoEdit()->setText(missing);
        QVERIFY(!page.save());
        QVERIFY2(page.status().contains(missing) && page.status().contains(QStringLiteral("cannot be read")),
                 qPrintable(page.status()));
        // Nothing was stored by the refused saves.
        QCOMPARE(setting(report::kCompanySetting), QStringLiteral("Acme Research"));
        QCOMPARE(setting(report::kLogoSetting), m_logo);
        jobs.waitForAll();
    }

    void desktopExportTakesThemAsDefaults()
    {
        QString warning;
        const report::RenderOptions o = ReportActions::loadDefaults(*m_ws, &warning);
        QCOMPARE(o.company, QStringLiteral("Acme Research"));
        QFile logo(m_logo);
        QVERIFY(logo.open(QIODevice::ReadOnly));
        QCOMPARE(o.logoPng, logo.readAll());
        QVERIFY(warning.isEmpty());
    }

    void cliReportsCarryThem()
    {
        const QString html = m_dir.filePath(QStringLiteral("bt.html"));
        const test::CliRun r = test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY),
                                            {QStringLiteral("--db"), m_dbUrl, QStringLiteral("report"),
                                             QStringLiteral("backtest"), QStringLiteral("--symbol"),
                                             QStringLiteral("AAPL"), QStringLiteral("--strategy"),
                                             QStringLiteral("sma_cross"), QStringLiteral("-o"), html},
                                            m_dir.filePath(QStringLiteral("home")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("<span>Acme Research</span>"));
        QFile logo(m_logo);
        QVERIFY(logo.open(QIODevice::ReadOnly));
        const QByteArray inlined = QByteArray("data:image/png;base64,").append(logo.readAll().toBase64());
        QVERIFY(bytes.contains(inlined));

        // The PDF's header repeats the company on every page (poppler reads it back).
        const QString pdf = m_dir.filePath(QStringLiteral("bt.pdf"));
        const test::CliRun p = test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY),
                                            {QStringLiteral("--db"), m_dbUrl, QStringLiteral("report"),
                                             QStringLiteral("backtest"), QStringLiteral("--symbol"),
                                             QStringLiteral("AAPL"), QStringLiteral("--strategy"),
                                             QStringLiteral("sma_cross"), QStringLiteral("-o"), pdf},
                                            m_dir.filePath(QStringLiteral("home")));
        QVERIFY2(p.code == 0, qPrintable(p.err));
        const test::CliRun text =
            test::runCli(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, m_dir.path());
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const int pages = int(text.out.count(QLatin1Char('\f')));
        QVERIFY(pages >= 2);
        QCOMPARE(int(text.out.count(QStringLiteral("Acme Research"))), pages);
    }

    void emptyFieldsRemoveTheSettings()
    {
        JobTracker jobs;
        ReportSettingsPage page(*m_ws, jobs);
        QSignalSpy loaded(&page, &ReportSettingsPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.companyEdit()->clear();
        page.logoEdit()->clear();
        QVERIFY(page.save());
        QCOMPARE(setting(report::kCompanySetting), QStringLiteral("<unset>"));
        QCOMPARE(setting(report::kLogoSetting), QStringLiteral("<unset>"));
        const report::RenderOptions o = ReportActions::loadDefaults(*m_ws);
        QVERIFY(o.company.isEmpty() && o.logoPng.isEmpty());
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestReportSettings)
#include "tst_report_settings.moc"
