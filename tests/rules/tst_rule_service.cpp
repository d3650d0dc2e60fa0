// Rules kept in the workspace (RuleService over RuleRepository): versions
// numbered under the rule's lock, a rule that does not compile refused with
// its diagnostics and nothing written, unchanged text adding nothing, every
// committed change announced once, export/import as text files. Runs on
// SQLite and, as tst_rule_service_postgres, on the `postgres` fixture.
#include "core/storage/Database.h"
#include "core/workspace/RuleService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace sn;

namespace {

const QString kCross = QStringLiteral("# SMA crossover\n"
                                      "param fast: int = 10 in 2..200\nparam slow: int = 30 in 5..400\n"
                                      "entry = cross_above(sma(close, fast), sma(close, slow))\n"
                                      "exit = cross_below(sma(close, fast), sma(close, slow))\n");

QString withStop(double k)
{
    return kCross + QStringLiteral("stop = %1 * atr(14)\n").arg(k);
}

} // namespace

class TestRuleService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QString url;
        if (qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql")) {
            url = test::postgresUrl();
            auto db = Database::open(url);
            QVERIFY2(db.ok(), db ? "" : db.error().toString().c_str());
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
        } else {
            url = QStringLiteral("sqlite://") + m_dir->path() + QStringLiteral("/rules.sqlite");
        }
        auto ws = Workspace::open(url);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    void cleanupTestCase()
    {
        // Leave the shared PostgreSQL schema empty for the tests after us.
        if (qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") != QLatin1String("postgresql"))
            return;
        m_ws.reset();
        auto db = Database::open(test::postgresUrl());
        QVERIFY(db.ok());
        QSqlQuery q(*(*db)->connection());
        QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
    }

    void versionsAreNumberedAndAnnounced()
    {
        RuleService rules(*m_ws);
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        auto v1 = rules.save(QStringLiteral("cross"), kCross, QStringLiteral("first"));
        QVERIFY2(v1.ok(), v1 ? "" : v1.error().toString().c_str());
        QVERIFY(v1->created);
        QCOMPARE(v1->version.version, 1);
        QCOMPARE(spy.count(), 1);
        const Change c = spy.takeFirst().at(0).value<ChangeSet>().at(0);
        QCOMPARE(c.entity, Change::Entity::Rule);
        QCOMPARE(c.kind, Change::Kind::Created);
        QCOMPARE(c.key, QStringLiteral("cross"));
        QCOMPARE(c.detail, QStringLiteral("1"));

        // The same text again (CRLF line ends too) adds nothing.
        QString crlf = kCross;
        crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        auto same = rules.save(QStringLiteral("cross"), crlf);
        QVERIFY(same.ok());
        QVERIFY(!same->created);
        QCOMPARE(same->version.version, 1);
        QCOMPARE(spy.count(), 0);

        auto v2 = rules.save(QStringLiteral("cross"), withStop(2), QStringLiteral("ATR stop"));
        QVERIFY(v2.ok());
        QCOMPARE(v2->version.version, 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<ChangeSet>().at(0).kind, Change::Kind::Updated);

        auto list = rules.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->at(0).name, QStringLiteral("cross"));
        QCOMPARE(list->at(0).latestVersion, 2);
        QCOMPARE(list->at(0).description, QStringLiteral("SMA crossover"));

        auto history = rules.history(QStringLiteral("cross"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->at(0).source, kCross);
        QCOMPARE(history->at(0).note, QStringLiteral("first"));
        QCOMPARE(history->at(1).source, withStop(2));
        QCOMPARE(rules.version(QStringLiteral("cross"), 1)->source, kCross);
        QCOMPARE(rules.version(QStringLiteral("cross"))->version, 2);

        auto missing = rules.version(QStringLiteral("cross"), 5);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().toString(), std::string("rule 'cross': no version 5 (versions 1 to 2)"));
        auto unknown = rules.history(QStringLiteral("nope"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void aRuleThatDoesNotCompileIsRefusedWithNothingWritten()
    {
        RuleService rules(*m_ws);
        QVERIFY(rules.save(QStringLiteral("cross"), kCross).ok());
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        auto bad = rules.save(QStringLiteral("cross"), kCross + QStringLiteral("stop = close > open\n"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(bad.error().field, std::string("source"));
        const std::string text = bad.error().toString();
        QVERIFY2(text.find("cross:6:8: error: 'stop' must be a number (a distance in price)") !=
                     std::string::npos,
                 text.c_str());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(rules.history(QStringLiteral("cross"))->size(), std::size_t(1));
        // A new rule that does not compile leaves no empty rule behind.
        QVERIFY(!rules.save(QStringLiteral("broken"), QStringLiteral("entry = smaa(close, 3) > 1\n")).ok());
        QCOMPARE(rules.list()->size(), std::size_t(1));
    }

    void namesAreChecked()
    {
        RuleService rules(*m_ws);
        for (const char *bad : {"", "two words", "-dash", "semi;colon", "a/b"}) {
            auto r = rules.save(QString::fromLatin1(bad), kCross);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().field, std::string("name"));
        }
        QCOMPARE(rules.save(QStringLiteral("two words"), kCross).error().toString(),
                 std::string(
                     "rule: 'two words' is not a rule name: character 4 (' ') is not allowed; use letters, "
                     "digits, '_', '-' and '.', starting with a letter or digit"));
        QVERIFY(rules.save(QString(RuleService::kMaxNameLength, QLatin1Char('x')), kCross).ok());
        QVERIFY(!rules.save(QString(RuleService::kMaxNameLength + 1, QLatin1Char('x')), kCross).ok());
        QVERIFY(rules.save(QStringLiteral("Trend_2.v-1"), kCross).ok());
    }

    void exportAndImportAsTextFiles()
    {
        RuleService rules(*m_ws);
        QVERIFY(rules.save(QStringLiteral("cross"), kCross).ok());
        QVERIFY(rules.save(QStringLiteral("cross"), withStop(3)).ok());
        const QString path = m_dir->filePath(QStringLiteral("exported.rule"));
        auto exported = rules.exportTo(QStringLiteral("cross"), 1, path);
        QVERIFY(exported.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), kCross);
        f.close();

        auto imported = rules.importFrom(path);
        QVERIFY2(imported.ok(), imported ? "" : imported.error().toString().c_str());
        QCOMPARE(imported->version.name, QStringLiteral("exported"));
        QCOMPARE(imported->version.version, 1);
        QCOMPARE(imported->version.source, kCross);
        QCOMPARE(imported->version.note, QStringLiteral("imported from exported.rule"));
        // Importing into an existing rule adds a version.
        auto again = rules.importFrom(path, QStringLiteral("cross"));
        QVERIFY(again.ok());
        QCOMPARE(again->version.version, 3);

        QVERIFY(!rules.exportTo(QStringLiteral("cross"), 9, path).ok());
        auto unreadable = rules.importFrom(m_dir->filePath(QStringLiteral("none.rule")));
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().code, ErrorCode::NotFound);
        QFile spaced(m_dir->filePath(QStringLiteral("my rule.rule")));
        QVERIFY(spaced.open(QIODevice::WriteOnly));
        spaced.write(kCross.toUtf8());
        spaced.close();
        auto badName = rules.importFrom(spaced.fileName());
        QVERIFY(!badName.ok());
        QVERIFY(badName.error().toString().find("give the rule a name with --name") != std::string::npos);
    }

    void removeTakesTheHistory()
    {
        RuleService rules(*m_ws);
        QVERIFY(rules.save(QStringLiteral("cross"), kCross).ok());
        QVERIFY(rules.save(QStringLiteral("cross"), withStop(2)).ok());
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        QVERIFY(rules.remove(QStringLiteral("cross")).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<ChangeSet>().at(0).kind, Change::Kind::Removed);
        QVERIFY(rules.list()->empty());
        QCOMPARE(rules.remove(QStringLiteral("cross")).error().code, ErrorCode::NotFound);
        // The name can be used again from version 1.
        QCOMPARE(rules.save(QStringLiteral("cross"), kCross)->version.version, 1);
    }

    void concurrentWritersNeverShareAVersion()
    {
        // Two threads (two connections) saving different texts to one rule:
        // every save succeeds and the versions are exactly 1..2n.
        constexpr int kEach = 8;
        RuleService rules(*m_ws);
        std::vector<std::string> failures[2];
        auto writer = [&](int who) {
            for (int i = 0; i < kEach; ++i) {
                auto r = rules.save(QStringLiteral("shared"), withStop(1 + who * 100 + i));
                if (!r || !r->created)
                    failures[who].push_back(r ? "not created" : r.error().toString());
            }
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 0)), b(QThread::create(writer, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(120000) && b->wait(120000));
        QVERIFY2(failures[0].empty(), failures[0].empty() ? "" : failures[0].front().c_str());
        QVERIFY2(failures[1].empty(), failures[1].empty() ? "" : failures[1].front().c_str());
        auto history = rules.history(QStringLiteral("shared"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2 * kEach));
        for (std::size_t i = 0; i < history->size(); ++i)
            QCOMPARE(history->at(i).version, int(i + 1));
    }
};

QTEST_GUILESS_MAIN(TestRuleService)
#include "tst_rule_service.moc"
