// Issue 17: what the Team area shows when sync goes wrong reads in the
// desktop's language: a refused sign-in (the real team server on loopback,
// with a wrong password), a server that is not encrypted, sharing under a bad
// workspace name, resolving a conflict that is gone. The English (logs, the
// CLI, --json) stays word for word, and without a translation the server's
// own words are kept.
#include "core/common/Log.h"
#include "core/workspace/SyncService.h"
#include "tests/sync/SyncTestSupport.h"
#include "ui/settings/Language.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using sn::sync::SyncClient;
using sn::ui::Language;

namespace {

constexpr int kWait = 30000;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestErrorLanguageTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamServer m_server;
    QString m_service;
    Analyst m_bob;

    // The problem a sign-in with `password` ends in, as the Team area shows it.
    QString signInProblem(const QString &password)
    {
        SyncClient client(*m_bob.workspace, m_bob.options(m_server, m_service));
        QSignalSpy problems(&client, &SyncClient::problem);
        client.login(password);
        if (!problems.wait(kWait))
            return QStringLiteral("(no problem signalled)");
        client.stop();
        return problems.first().at(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_service = QStringLiteral("SuperNova-teamwords-%1").arg(QCoreApplication::applicationPid());
        QString why;
        QVERIFY2(m_server.setUp(m_dir.path(), &why), qPrintable(why));
        QVERIFY(m_server.start());
        m_bob.user = QStringLiteral("bob");
        m_bob.dir = m_dir.filePath(QStringLiteral("bob"));
        QVERIFY(QDir().mkpath(m_bob.dir));
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + m_bob.dir + QStringLiteral("/supernova.sqlite"));
        QVERIFY(ws.ok());
        m_bob.workspace = std::move(ws).value();
    }

    void cleanupTestCase() { m_server.stop(); }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void refusedSignInInGermanAndSpanish()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        const QString german = signInProblem(QStringLiteral("not-the-password"));
        QVERIFY2(
            german.startsWith(QStringLiteral("Anmeldung bei ")) &&
                german.contains(QStringLiteral("abgelehnt: falscher Benutzername oder falsches Passwort")),
            qPrintable(german));
        QVERIFY2(german.contains(m_server.url().toDisplayString()), qPrintable(german));

        QVERIFY(Language::apply(QStringLiteral("es")));
        const QString spanish = signInProblem(QStringLiteral("not-the-password"));
        QVERIFY2(spanish.contains(QStringLiteral("usuario o contraseña incorrectos")), qPrintable(spanish));
    }

    void englishKeepsTheServersWords()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        const QString english = signInProblem(QStringLiteral("not-the-password"));
        // The server's own words (core/server/AuthService), as the CLI prints them.
        QCOMPARE(english,
                 QStringLiteral("sign-in to ") + m_server.url().toDisplayString() +
                     QStringLiteral(" refused: wrong user name or password, or the account is disabled"));
    }

    void unencryptedServerInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto plain = m_bob.options(m_server, m_service);
        plain.url = QUrl(QStringLiteral("ws://192.0.2.1:%1").arg(m_server.port()));
        SyncClient insecure(*m_bob.workspace, plain);
        QSignalSpy refused(&insecure, &SyncClient::problem);
        insecure.start();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kWait);
        const QString german = refused.first().at(1).toString();
        QVERIFY2(german.contains(QStringLiteral("ist nicht verschlüsselt")), qPrintable(german));
        insecure.stop();
    }

    void shareAndResolveRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        SyncService sync(*m_bob.workspace);
        auto shared = sync.sharePortfolio(1, QString(65, QLatin1Char('w')));
        QVERIFY(!shared.ok());
        QCOMPARE(qs(shared.error().toString()),
                 QStringLiteral("sync share: a workspace name is 1-64 characters"));
        const QString german = qs(shared.error().toUserString());
        QVERIFY2(german.contains(QStringLiteral("1 bis 64 Zeichen")), qPrintable(german));

        auto resolved = sync.resolve(987654, SyncService::Resolution::KeepMine);
        QVERIFY(!resolved.ok());
        QCOMPARE(qs(resolved.error().toString()), QStringLiteral("sync resolve: no sync conflict 987654"));
        const QString gone = qs(resolved.error().toUserString());
        QVERIFY2(gone.contains(QStringLiteral("Synchronisationskonflikt 987654")), qPrintable(gone));
    }
};

QTEST_MAIN(TestErrorLanguageTeam)
#include "tst_error_language_team.moc"
