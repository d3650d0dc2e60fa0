#include "core/advisor/session/AdvisorConfig.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/Workspace.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Theme.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/JobTracker.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPalette>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sn;
using namespace sn::ui;

// The settings dialog with a real keychain and a real database: keys go to
// the Secret Service and nowhere else, analytics defaults reach the services,
// the database choice is tested and remembered without its password, and
// themes switch the application's palette.
class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    // A service of our own in the keyring, so the user's SuperNova entries are never touched.
    const QString m_service =
        QStringLiteral("SuperNova-test-settings-%1").arg(QCoreApplication::applicationPid());

    static QString waitForStatus(QSignalSpy &spy, const QString &key, const QString &prefix)
    {
        for (int round = 0; round < 40; ++round) {
            for (const auto &args : std::as_const(spy))
                if (args.at(0).toString() == key && args.at(1).toString().startsWith(prefix))
                    return args.at(1).toString();
            spy.wait(500);
        }
        QStringList seen;
        for (const auto &args : std::as_const(spy))
            seen << args.at(0).toString() + QStringLiteral(": ") + args.at(1).toString();
        return QStringLiteral("(none; seen: %1)").arg(seen.join(QStringLiteral(" | ")));
    }

    template <typename W> static W *named(QWidget &parent, const QString &accessibleName)
    {
        for (W *w : parent.findChildren<W *>())
            if (w->accessibleName() == accessibleName)
                return w;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("settings.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
    }

    void storesChecksAndDeletesKeysOnlyInTheKeychain()
    {
        JobTracker jobs;
        SettingsDialog dialog(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy status(&dialog, &SettingsDialog::keyStatusChanged);
        const QString key = QStringLiteral("llm/openai/api-key");
        // Nothing stored for this service yet.
        QCOMPARE(waitForStatus(status, key, QStringLiteral("Not stored")), QStringLiteral("Not stored."));

        const QString secret =
            QStringLiteral("sk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        status.clear();
        dialog.storeKey(key, secret);
        QCOMPARE(waitForStatus(status, key, QStringLiteral("Stored in")),
                 QStringLiteral("Stored in the keychain."));
        status.clear();
        dialog.checkKey(key);
        const QString checked = waitForStatus(status, key, QStringLiteral("Stored ("));
        QVERIFY2(checked.startsWith(QStringLiteral("Stored (%1 character").arg(secret.size())),
                 qPrintable(checked));

        // The key is in no file the app wrote: settings, database, logs.
        QSettings().sync();
        QStringList roots{m_dir.path(), QFileInfo(QSettings().fileName()).absolutePath(),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }

        status.clear();
        dialog.storeKey(key, QStringLiteral("   "));
        QCOMPARE(waitForStatus(status, key, QStringLiteral("Not saved")),
                 QStringLiteral("Not saved: the key is empty."));

        status.clear();
        dialog.deleteKey(key);
        QCOMPARE(waitForStatus(status, key, QStringLiteral("Deleted")),
                 QStringLiteral("Deleted from the keychain."));
        status.clear();
        dialog.checkKey(key);
        QCOMPARE(waitForStatus(status, key, QStringLiteral("Not stored")), QStringLiteral("Not stored."));
        jobs.waitForAll();
    }

    void analyticsDefaultsReachTheServices()
    {
        JobTracker jobs;
        SettingsDialog dialog(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy loaded(&dialog, &SettingsDialog::analyticsLoaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        auto *convention = named<QComboBox>(dialog, QStringLiteral("Default statistics convention"));
        QVERIFY(convention);
        const int vectorbt = convention->findData(QStringLiteral("vectorbt"));
        QCOMPARE(convention->itemText(vectorbt), DisplayNames::convention("vectorbt"));
        QVERIFY(vectorbt >= 0);
        convention->setCurrentIndex(vectorbt);
        auto *rate = named<QDoubleSpinBox>(dialog, QStringLiteral("Risk-free rate"));
        QVERIFY(rate);
        rate->setValue(2.5);
        QVERIFY(dialog.saveAnalytics());
        QCOMPARE(
            SettingsRepository(*m_db).get(QString::fromLatin1(SettingsDialog::kConventionSetting)).value(),
            QStringLiteral("vectorbt"));
        auto rf = PortfolioService(*m_db).riskFreeFromSettings();
        QVERIFY(rf.ok());
        QCOMPARE(*rf, 0.025);
        jobs.waitForAll();
    }

    void testsAndRemembersTheDatabaseWithoutItsPassword()
    {
        JobTracker jobs;
        SettingsDialog dialog(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        auto *path = named<QLineEdit>(dialog, QStringLiteral("SQLite file"));
        QVERIFY(path);
        path->setText(m_dir.filePath(QStringLiteral("other.sqlite")));
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(dialog.connectionStatus().contains(QStringLiteral("schema version 0")));
        QVERIFY(dialog.saveDatabase());
        QCOMPARE(QSettings().value(QString::fromLatin1(SettingsDialog::kDatabaseUrlKey)).toString(),
                 QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("other.sqlite")));

        // A server that is not there: the error says so, nothing crashes.
        for (auto *radio : dialog.findChildren<QRadioButton *>())
            if (radio->text().contains(QStringLiteral("Postgre")))
                radio->setChecked(true);
        QLineEdit *url = nullptr;
        QLineEdit *password = nullptr;
        for (auto *e : dialog.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QStringLiteral("PostgreSQL URL"))
                url = e;
            if (e->accessibleName() == QStringLiteral("PostgreSQL password"))
                password = e;
        }
        QVERIFY(url && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        url->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing"));
        password->setText(QStringLiteral("hunter2-secret"));
        tested.clear();
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().at(0).toBool());
        QVERIFY2(dialog.connectionStatus().startsWith(QStringLiteral("Cannot connect")),
                 qPrintable(dialog.connectionStatus()));
        QVERIFY(!dialog.connectionStatus().contains(QStringLiteral("hunter2")));
        QSignalSpy status(&dialog, &SettingsDialog::keyStatusChanged);
        QVERIFY(dialog.saveDatabase());
        const QString stored =
            QSettings().value(QString::fromLatin1(SettingsDialog::kDatabaseUrlKey)).toString();
        QCOMPARE(stored, QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing"));
        QCOMPARE(waitForStatus(status, QString::fromLatin1(SettingsDialog::kDatabasePasswordSecret),
                               QStringLiteral("Stored")),
                 QStringLiteral("Stored in the keychain."));
        QSettings().remove(QString::fromLatin1(SettingsDialog::kDatabaseUrlKey));
        dialog.deleteKey(QString::fromLatin1(SettingsDialog::kDatabasePasswordSecret));
        QVERIFY(waitForStatus(status, QString::fromLatin1(SettingsDialog::kDatabasePasswordSecret),
                              QStringLiteral("Deleted"))
                    .startsWith(QStringLiteral("Deleted")));
        jobs.waitForAll();
    }

    void advisorLimitPricesAndRiskProfileAreStored()
    {
        JobTracker jobs;
        SettingsDialog dialog(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy loaded(&dialog, &SettingsDialog::advisorLoaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        auto *table = named<QTableWidget>(dialog, QStringLiteral("Model prices"));
        QVERIFY(table);
        QVERIFY(table->rowCount() > 0); // the editable defaults
        named<QDoubleSpinBox>(dialog, QStringLiteral("Daily cost limit"))->setValue(2.5);
        named<QSpinBox>(dialog, QStringLiteral("Risk score"))->setValue(3);
        named<QLineEdit>(dialog, QStringLiteral("Objectives"))
            ->setText(QStringLiteral("retirement income, low drawdown"));
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(QStringLiteral("my-model")));
        table->setItem(r, 1, new QTableWidgetItem(QStringLiteral("1.5")));
        table->setItem(r, 2, new QTableWidgetItem(QStringLiteral("abc")));
        QVERIFY(!dialog.saveAdvisor());
        QVERIFY2(dialog.advisorStatus().contains(QStringLiteral("line %1").arg(r + 1)),
                 qPrintable(dialog.advisorStatus()));
        table->item(r, 2)->setText(QStringLiteral("3"));
        QVERIFY2(dialog.saveAdvisor(), qPrintable(dialog.advisorStatus()));
        auto config = advisor::AdvisorConfig::load(*m_db);
        QVERIFY(config.ok());
        QCOMPARE(config->dailyLimitUsd, 2.5);
        QCOMPARE(config->risk.riskScore, 3);
        QCOMPARE(config->risk.objectives,
                 (QStringList{QStringLiteral("retirement income"), QStringLiteral("low drawdown")}));
        QVERIFY(config->prices.count(QStringLiteral("my-model")) == 1);
        QCOMPARE(config->prices.at(QStringLiteral("my-model")).inputPerMTok, 1.5);
        QCOMPARE(config->prices.at(QStringLiteral("my-model")).outputPerMTok, 3.0);
        jobs.waitForAll();
    }

    void themesSwitchThePalette()
    {
        JobTracker jobs;
        SettingsDialog dialog(*m_ws, jobs, SecretStore(m_service));
        dialog.setTheme(QStringLiteral("dark"));
        QCOMPARE(Theme::current(), Theme::Mode::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QCOMPARE(QSettings().value(QString::fromLatin1(Theme::kSettingsKey)).toString(),
                 QStringLiteral("dark"));
        dialog.setTheme(QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        dialog.setTheme(QStringLiteral("system"));
        QCOMPARE(Theme::current(), Theme::Mode::System);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
