// No secret on disk or in a log (issue 16). Every key the app knows
// (knownSecrets()) and a sync token are set to distinctive random values in
// the real keychain; then the real supernova-cli runs end to end at log level
// trace (sample data, the advisor against the loopback LLM stand-in with the
// keychain's keys, sync login/share/push against a team server in this
// process over wss, report exports) and the desktop app starts offscreen on
// the same folders. Afterwards every file under the app's config, data,
// cache and state folders and everything the processes printed is scanned
// for each secret's bytes, UTF-16, base64 (both alphabets) and
// percent-encoded forms: none may appear.
// Label keychain: runs inside dbus-run-session with gnome-keyring.
#include "core/secrets/KnownSecrets.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/SyncClient.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/session/VendorStreams.h"
#include "tests/sync/SyncTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace sn;
using namespace sn::test;

namespace {

constexpr int kWait = 120000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A value no file could hold by chance, with characters that percent-encoding
// and base64 both change.
QString distinctive(const char *tag)
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("sn-%1-%2+%3/%4")
        .arg(QString::fromLatin1(tag))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace

class TstSecretScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;       // the app's folders: scanned
    QTemporaryDir m_serverDir; // the team server's: not the app's, not scanned
    QString m_cli;
    QString m_desktop;
    // key name -> value, for every secret set or obtained.
    QMap<QString, QString> m_secrets;
    // Everything the processes printed, scanned like a log file.
    QByteArray m_printed;

    QString root() const { return m_dir.path(); }
    QStringList base() const
    {
        return {QStringLiteral("--db"),
                QStringLiteral("sqlite://") + root() + QStringLiteral("/data/supernova.sqlite"),
                QStringLiteral("--log-level"), QStringLiteral("trace")};
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(var),
                       root() + QLatin1Char('/') + QString::fromLatin1(var).toLower());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("SUPERNOVA_DB"));
        return env;
    }

    // Runs without blocking this thread (the LLM stand-in and the team
    // server answer from its event loop).
    Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(kWait))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, kWait);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        m_printed += out + err;
        r.out = QString::fromUtf8(out);
        r.err = QString::fromUtf8(err);
        return r;
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return run(m_cli, base() + args, input);
    }

    static QList<QByteArray> formsOf(const QString &secret)
    {
        const QByteArray utf8 = secret.toUtf8();
        QList<QByteArray> forms{
            utf8, QUrl::toPercentEncoding(secret), utf8.toBase64(QByteArray::OmitTrailingEquals),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
        return forms;
    }

    // "file: key (form)" for every secret form found.
    QStringList leaks() const
    {
        QStringList found;
        auto scan = [&](const QString &where, const QByteArray &bytes) {
            for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
                const QList<QByteArray> forms = formsOf(it.value());
                static const char *names[] = {"raw", "percent-encoded", "base64", "base64url", "utf-16"};
                for (int i = 0; i < forms.size(); ++i)
                    if (bytes.contains(forms[i]))
                        found << QStringLiteral("%1: %2 (%3)")
                                     .arg(where, it.key(), QString::fromLatin1(names[i]));
            }
        };
        int files = 0;
        QDirIterator it(root(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            scan(path, f.readAll());
        }
        scan(QStringLiteral("<what the processes printed>"), m_printed);
        qInfo("scanned %d files and %lld bytes of output for %lld secrets", files,
              static_cast<long long>(m_printed.size()), static_cast<long long>(m_secrets.size()));
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("SUPERNOVA_CLI_BIN");
        m_desktop = qEnvironmentVariable("SUPERNOVA_DESKTOP_BIN");
        QVERIFY2(QFileInfo(m_cli).isExecutable() && QFileInfo(m_desktop).isExecutable(),
                 "SUPERNOVA_CLI_BIN / SUPERNOVA_DESKTOP_BIN are not set: run through ctest");
        QDir().mkpath(root() + QStringLiteral("/data"));
        SecretStore store;
        for (const KnownSecret &s : knownSecrets()) {
            const QString key = QString::fromUtf8(s.key.data(), static_cast<qsizetype>(s.key.size()));
            const QString value = distinctive("key");
            auto set = store.setBlocking(key, value);
            QVERIFY2(set.ok(), set.ok() ? "" : set.error().toString().c_str());
            m_secrets.insert(key, value);
        }
        m_secrets.insert(QStringLiteral("team password"), kTeamPassword);
    }

    void cleanupTestCase()
    {
        SecretStore store;
        for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
            store.removeBlocking(it.key()).ok();
    }

    void cliEndToEndAtTrace()
    {
        Run sample = cli({QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));

        // The advisor with the keychain's keys against the loopback stand-in.
        LoopbackHttpServer llm;
        QVERIFY(llm.listen());
        llm.enqueue(
            LoopbackHttpServer::Response::sseInPieces(vendor::oaText({QStringLiteral("Hello.")}), 17));
        Run compatible =
            cli({QStringLiteral("ask"), QStringLiteral("Say hello"), QStringLiteral("--provider"),
                 QStringLiteral("openai-compatible"), QStringLiteral("--base-url"),
                 llm.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"), QStringLiteral("m1"),
                 QStringLiteral("--paid-endpoint")});
        QVERIFY2(compatible.exitCode == 0, qPrintable(compatible.err));
        llm.enqueue(LoopbackHttpServer::Response::sseInPieces(vendor::anText(QStringLiteral("Hello.")), 29));
        Run anthropic =
            cli({QStringLiteral("ask"), QStringLiteral("Say hello"), QStringLiteral("--provider"),
                 QStringLiteral("anthropic"), QStringLiteral("--base-url"), llm.url().toString()});
        QVERIFY2(anthropic.exitCode == 0, qPrintable(anthropic.err));
        llm.enqueue(
            LoopbackHttpServer::Response::sseInPieces(vendor::oaText({QStringLiteral("Hello.")}), 17));
        Run openai = cli({QStringLiteral("ask"), QStringLiteral("Say hello"), QStringLiteral("--provider"),
                          QStringLiteral("openai"), QStringLiteral("--base-url"),
                          llm.url(QStringLiteral("/v1")).toString()});
        QVERIFY2(openai.exitCode == 0, qPrintable(openai.err));
        // The keys really went out (so they were read from the keychain).
        QCOMPARE(llm.requests().size(), 3);
        QCOMPARE(llm.requests()[0].headers.value("authorization"),
                 "Bearer " + m_secrets.value(QStringLiteral("llm/openai-compatible/api-key")).toUtf8());
        QCOMPARE(llm.requests()[1].headers.value("x-api-key"),
                 m_secrets.value(QStringLiteral("llm/anthropic/api-key")).toUtf8());
        QCOMPARE(llm.requests()[2].headers.value("authorization"),
                 "Bearer " + m_secrets.value(QStringLiteral("llm/openai/api-key")).toUtf8());

        // Sync: first with a stored token the server refuses, then a real login.
        TeamServer server;
        QString why;
        QVERIFY2(server.setUp(m_serverDir.path(), &why), qPrintable(why));
        QVERIFY(server.start());
        const QString tokenKey = sync::SyncClient::tokenKey(server.url(), QStringLiteral("alice"));
        const QString fakeToken = distinctive("token");
        QVERIFY(SecretStore().setBlocking(tokenKey, fakeToken).ok());
        m_secrets.insert(tokenKey + QStringLiteral(" (refused)"), fakeToken);
        Run login = cli({QStringLiteral("sync"), QStringLiteral("login"), QStringLiteral("--server"),
                         server.url().toString(), QStringLiteral("--user"), QStringLiteral("alice"),
                         QStringLiteral("--workspace"), kTeam, QStringLiteral("--fingerprint"),
                         server.fingerprint(), QStringLiteral("--password-stdin")},
                        kTeamPassword.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        auto token = SecretStore().getBlocking(tokenKey);
        QVERIFY(token.ok() && !token.value().isEmpty());
        QVERIFY(token.value() != fakeToken);
        m_secrets.insert(tokenKey, token.value());
        Run share = cli({QStringLiteral("sync"), QStringLiteral("share"), QStringLiteral("portfolio"),
                         QStringLiteral("Sample portfolio")});
        QVERIFY2(share.exitCode == 0, qPrintable(share.err));
        Run push = cli({QStringLiteral("sync"), QStringLiteral("push")});
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        Run status = cli({QStringLiteral("sync"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        // A token the server no longer accepts (the server restarted with
        // another signing key is not needed: a garbled one will do).
        QVERIFY(SecretStore().setBlocking(tokenKey, fakeToken).ok());
        Run refused = cli({QStringLiteral("sync"), QStringLiteral("push")});
        QVERIFY2(refused.exitCode != 0 || !refused.err.isEmpty() || !refused.out.isEmpty(),
                 "push said nothing");
        server.stop();

        // Reports (the company name and logo come from settings; the files
        // land in the scanned data folder).
        for (const QString &ext : {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json")}) {
            Run report =
                cli({QStringLiteral("report"), QStringLiteral("backtest"), QStringLiteral("--symbol"),
                     QStringLiteral("AAPL"), QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                     QStringLiteral("--param"), QStringLiteral("fast=10"), QStringLiteral("--param"),
                     QStringLiteral("slow=30"), QStringLiteral("-o"),
                     root() + QStringLiteral("/data/report.") + ext});
            QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        }
        Run risk = cli({QStringLiteral("report"), QStringLiteral("risk"), QStringLiteral("Sample portfolio"),
                        QStringLiteral("-o"), root() + QStringLiteral("/data/risk.pdf")});
        QVERIFY2(risk.exitCode == 0, qPrintable(risk.err));
    }

    void desktopStartsOnTheSameFolders()
    {
        // The desktop logs to <data>/SuperNova/SuperNova/logs, here at trace.
        Run desktop =
            run(m_desktop, {QStringLiteral("--db"),
                            QStringLiteral("sqlite://") + root() + QStringLiteral("/data/supernova.sqlite"),
                            QStringLiteral("--log-level"), QStringLiteral("trace"),
                            QStringLiteral("--exit-after-show")});
        QVERIFY2(desktop.exitCode == 0, qPrintable(desktop.err));
        QVERIFY2(desktop.out.contains(QLatin1String("main window shown")), qPrintable(desktop.out));
    }

    void noSecretInAnyFileOrLog()
    {
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // The scan itself can find: a planted file with one key's base64 is caught.
        const QString planted = root() + QStringLiteral("/cache/planted");
        QDir().mkpath(root() + QStringLiteral("/cache"));
        QFile f(planted);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x" + m_secrets.first().toUtf8().toBase64() + "y");
        f.close();
        const QStringList caught = leaks(); // base64 and base64url agree when the value has no + or /
        QVERIFY(!caught.isEmpty());
        for (const QString &c : caught)
            QVERIFY2(c.startsWith(planted + QStringLiteral(": ") + m_secrets.firstKey()), qPrintable(c));
        QFile::remove(planted);
    }
};

QTEST_GUILESS_MAIN(TstSecretScan)
#include "tst_secret_scan.moc"
