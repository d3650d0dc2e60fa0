#include "core/common/Log.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <set>

using sn::Result;
using sn::SecretStore;

// Stores a distinctive secret in the real keyring, logs it through sn::log to
// a rotating file under the app data dir, writes QSettings, then reads every
// file the app (or the keyring) could have written and asserts the secret's
// bytes are in none of them, in UTF-8, UTF-16 or base64.
class TestSecretLeak : public QObject
{
    Q_OBJECT

    QString m_secret;
    QList<QByteArray> m_needles;

    static QStringList scanRoots()
    {
        QStringList roots;
        roots << QDir::homePath();
        for (const char *var :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = qEnvironmentVariable(var);
            if (!dir.isEmpty())
                roots << dir;
        }
        for (auto loc : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                         QStandardPaths::AppConfigLocation, QStandardPaths::ConfigLocation,
                         QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                         QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
                         QStandardPaths::RuntimeLocation})
            roots << QStandardPaths::writableLocation(loc);
        roots.removeAll(QString());
        return roots;
    }

    // Every regular file under the roots (each read once), and the files that
    // hold any of the needles.
    static QStringList filesContaining(const QList<QByteArray> &needles, std::set<QString> *scanned)
    {
        QStringList hits;
        for (const QString &root : scanRoots()) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = QFileInfo(it.next()).canonicalFilePath();
                if (path.isEmpty() || !scanned->insert(path).second)
                    continue;
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue; // unreadable: nothing the app wrote
                const QByteArray bytes = f.readAll();
                for (const QByteArray &n : needles) {
                    if (bytes.contains(n)) {
                        hits << path;
                        break;
                    }
                }
            }
        }
        return hits;
    }

    static bool anyEndsWith(const std::set<QString> &files, const QString &suffix)
    {
        for (const QString &f : files) {
            if (f.endsWith(suffix))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SuperNova"));
        QCoreApplication::setApplicationName(QStringLiteral("SuperNova"));
        // The scan reads every file under HOME: only ever a throwaway one.
        const QString home = QDir(QDir::homePath()).canonicalPath();
        const QString tmp = QDir(QDir::tempPath()).canonicalPath();
        QVERIFY2(home.startsWith(tmp + QLatin1Char('/')),
                 qPrintable(
                     QStringLiteral("HOME (%1) must be a throwaway directory under %2, as installer/test.sh "
                                    "sets it, with a private D-Bus session and an unlocked gnome-keyring")
                         .arg(home, tmp)));

        m_secret = QStringLiteral("sn-leak-canary-%1-%2")
                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        const QByteArray utf8 = m_secret.toUtf8();
        m_needles = {utf8, QByteArray(reinterpret_cast<const char *>(m_secret.utf16()), m_secret.size() * 2),
                     utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding)};
    }

    void secretAppearsInNoFile()
    {
        SecretStore store(QStringLiteral("SuperNova-leaktest-%1").arg(QCoreApplication::applicationPid()));
        const QString key = QStringLiteral("llm/openai/api-key");
        const Result<void> set = store.setBlocking(key, m_secret);
        QVERIFY2(set.ok(), set.ok() ? "" : set.error().toString().c_str());

        // Log it the ways careless code would, right after storing it, into a
        // small rotating file so rotated files are checked too.
        const QString logPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/logs/supernova-leaktest.log");
        QVERIFY(sn::log::addRotatingFileSink(logPath.toStdString(), 4096, 3));
        sn::log::setLevel(sn::log::Level::Debug);
        static const sn::log::Category lc("supernova.test.leak");
        const std::string s = m_secret.toStdString();
        for (int i = 0; i < 40; ++i) {
            lc.info("request {} with Authorization: Bearer {}", i, s);
            lc.debug("body {{\"api_key\":\"{}\",\"n\":{}}}", s, i);
        }
        lc.error("provider rejected key {}", s);
        sn::log::flush();

        // Reading it back (a fresh start of the app) and logging again.
        const Result<QString> got = store.getBlocking(key);
        QVERIFY2(got.ok(), got.ok() ? "" : got.error().toString().c_str());
        QCOMPARE(*got, m_secret);
        lc.warn("retrying with key {}", got->toStdString());
        sn::log::flush();

        // Settings the app writes next to a key: the key's name, never its value.
        {
            QSettings settings;
            settings.setValue(QStringLiteral("llm/provider"), QStringLiteral("openai"));
            settings.setValue(QStringLiteral("llm/secretKey"), key);
            settings.setValue(QStringLiteral("llm/model"), QStringLiteral("gpt-4o-mini"));
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
        }

        // The log really was written, and redacted.
        QFile log(logPath);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logPath));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("provider rejected key ********"));
        QVERIFY2(QFile::exists(logPath.left(logPath.size() - 4) + QStringLiteral(".1.log")),
                 "the log did not rotate: the rotated-file case went unchecked");

        std::set<QString> scanned;
        const QStringList hits = filesContaining(m_needles, &scanned);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("secret found in: ") + hits.join(QStringLiteral(", "))));

        // The scan covered what it had to: the logs, the settings file and the
        // keyring's own (encrypted) file.
        QVERIFY(anyEndsWith(scanned, QStringLiteral("/supernova-leaktest.log")));
        QVERIFY(anyEndsWith(scanned, QStringLiteral("/supernova-leaktest.1.log")));
        QVERIFY(anyEndsWith(scanned, QFileInfo(QSettings().fileName()).fileName()));
        QVERIFY2(anyEndsWith(scanned, QStringLiteral(".keyring")),
                 "no gnome-keyring file (keyrings/*.keyring) under the scanned dirs: the keyring under test "
                 "is not the throwaway one this test expects");

        QVERIFY(store.removeBlocking(key).ok());
    }

    // The scanner itself finds a needle it was meant to find (so a green scan
    // above means something).
    void scannerFindsAPlantedNeedle()
    {
        const QByteArray marker = QByteArrayLiteral("planted-marker-") +
                                  QByteArray::number(QRandomGenerator::global()->generate64());
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/deep/er");
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QStringLiteral("/planted.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x') + marker + QByteArray(10, '\0'));
        f.close();
        std::set<QString> scanned;
        const QStringList hits = filesContaining({marker}, &scanned);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().endsWith(QStringLiteral("/planted.bin")));
        QVERIFY(QFile::remove(dir + QStringLiteral("/planted.bin")));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
