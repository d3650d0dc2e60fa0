#include "core/storage/Database.h"
#include "core/storage/WatchlistRepository.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/shell/JobTracker.h"
#include "ui/watchlists/WatchlistsView.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

// Watchlists on the real sample database: every gesture is stored, and what
// the view shows afterwards is read back from the database.
class TestWatchlists : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

    QStringList stored(const QString &name)
    {
        auto lists = WatchlistRepository(*m_db).list();
        if (lists)
            for (const auto &w : *lists)
                if (w.name == name)
                    return w.symbols;
        return {QStringLiteral("<missing>")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
    }

    void createsFillsReordersRenamesAndDeletes()
    {
        JobTracker jobs;
        WatchlistsView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &WatchlistsView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(5000));
        const int before = view.watchlistNames().size();

        loaded.clear();
        view.createWatchlist(QStringLiteral("Tech"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(view.watchlistNames().contains(QStringLiteral("Tech")));
        QCOMPARE(view.watchlistNames().size(), before + 1);
        QVERIFY(view.currentSymbols().isEmpty());

        for (const char *s : {"aapl", "MSFT", "IBM"}) {
            loaded.clear();
            view.addSymbol(QString::fromLatin1(s));
            QVERIFY(loaded.wait(5000));
        }
        QCOMPARE(stored(QStringLiteral("Tech")),
                 (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("IBM")}));
        QCOMPARE(view.currentSymbols(), stored(QStringLiteral("Tech")));

        loaded.clear();
        view.moveSymbol(2, 0);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(stored(QStringLiteral("Tech")),
                 (QStringList{QStringLiteral("IBM"), QStringLiteral("AAPL"), QStringLiteral("MSFT")}));

        loaded.clear();
        view.removeSymbol(QStringLiteral("AAPL"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(stored(QStringLiteral("Tech")),
                 (QStringList{QStringLiteral("IBM"), QStringLiteral("MSFT")}));

        // Refused changes name the reason and leave the list as stored.
        QSignalSpy failed(&view, &WatchlistsView::changeFailed);
        loaded.clear();
        view.addSymbol(QStringLiteral("NOPE"));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("NOPE")),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.currentSymbols(), (QStringList{QStringLiteral("IBM"), QStringLiteral("MSFT")}));
        failed.clear();
        loaded.clear();
        view.addSymbol(QStringLiteral("IBM"));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("IBM")));
        QVERIFY(loaded.count() > 0 || loaded.wait(5000)); // read back after the refusal

        loaded.clear();
        view.renameCurrent(QStringLiteral("Old tech"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(view.watchlistNames().contains(QStringLiteral("Old tech")));
        QCOMPARE(stored(QStringLiteral("Old tech")),
                 (QStringList{QStringLiteral("IBM"), QStringLiteral("MSFT")}));

        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) + QStringLiteral("/watchlists.png")));

        loaded.clear();
        view.deleteCurrent();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.watchlistNames().size(), before);
        QCOMPARE(stored(QStringLiteral("Old tech")), QStringList{QStringLiteral("<missing>")});

        failed.clear();
        view.createWatchlist(QStringLiteral("   "));
        QCOMPARE(failed.size(), 1);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestWatchlists)
#include "tst_watchlists.moc"
