#include "core/market/BarSeries.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/imports/ImportWizard.h"
#include "ui/shell/JobTracker.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

// The import wizard end to end on a real database: preview and detection,
// the check listing bad lines by line and field, "good rows only", a column
// map for an unknown header, transactions into a portfolio, and a cancelled
// big import that leaves nothing behind.
class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    qint64 barCount(const QString &symbol)
    {
        auto bars = MarketData(*m_db).bars(symbol, QStringLiteral("1d"));
        return bars ? static_cast<qint64>(bars->size()) : -1;
    }

    // Walks the wizard to the check page and waits for the check.
    bool toCheck(ImportWizard &w)
    {
        if (!w.currentPage()->isComplete())
            return false;
        w.next(); // preview
        w.next(); // check
        QSignalSpy checked(&w, &ImportWizard::checkFinished);
        return checked.count() > 0 || checked.wait(10000);
    }

    bool importNow(ImportWizard &w)
    {
        if (!w.currentPage()->isComplete())
            return false;
        QSignalSpy done(&w, &ImportWizard::importFinished);
        w.next();
        return done.wait(20000) && w.currentPage()->isComplete();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("wizard.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
    }

    void importsAYahooFileAfterPreviewAndCheck()
    {
        const QString path = write(QStringLiteral("WIZ.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                                              "2021-01-04,10,11,9.5,10.5,10.5,1000\n"
                                                              "2021-01-05,10.5,12,10,11.5,11.5,1200\n"
                                                              "2021-01-06,11.5,12,11,11.8,11.8,900\n");
        JobTracker jobs;
        ImportWizard w(*m_ws, jobs);
        w.show();
        w.setFile(path);
        QVERIFY(toCheck(w));
        QCOMPARE(w.previewHeader().size(), 7);
        QCOMPARE(w.previewRows(), 3);
        QVERIFY2(w.detectedLayout().contains(QStringLiteral("yahoo")), qPrintable(w.detectedLayout()));
        QVERIFY(w.checkPassed());
        QVERIFY(w.problems().isEmpty());
        QVERIFY(importNow(w));
        QVERIFY(w.importSucceeded());
        QVERIFY2(w.summary().contains(QStringLiteral("WIZ (1d): 3 bars")), qPrintable(w.summary()));
        QCOMPARE(barCount(QStringLiteral("WIZ")), 3);
        QVERIFY(
            w.grab().save(test::outputDir(QStringLiteral("ui")) + QStringLiteral("/import-wizard-done.png")));
        jobs.waitForAll();
    }

    void listsBadLinesAndImportsOnlyGoodRowsWhenAsked()
    {
        const QString path = write(QStringLiteral("BAD.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                                              "2021-01-04,10,11,9.5,10.5,10.5,1000\n"
                                                              "2021-01-05,10.5,12,10,abc,11.5,1200\n"
                                                              "2021-01-06,11.5,12,11,-3,11.8,900\n"
                                                              "2021-01-07,11.5,12,11,11.7,11.7,900\n");
        JobTracker jobs;
        ImportWizard w(*m_ws, jobs);
        w.show();
        w.setFile(path);
        QVERIFY(toCheck(w));
        QVERIFY(!w.checkPassed());
        QVERIFY(!w.currentPage()->isComplete()); // nothing goes in as it is
        const QStringList problems = w.problems();
        QVERIFY2(problems.size() >= 2, qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems[0].startsWith(QStringLiteral("line 3: field 'close'")), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(QStringLiteral("line 4:")), qPrintable(problems[1]));
        QCOMPARE(barCount(QStringLiteral("BAD")), -1);
        QVERIFY(w.grab().save(test::outputDir(QStringLiteral("ui")) +
                              QStringLiteral("/import-wizard-problems.png")));

        w.setSkipBadRows(true);
        QVERIFY(w.currentPage()->isComplete());
        QVERIFY(importNow(w));
        QVERIFY2(w.summary().contains(QStringLiteral("2 bad row(s) left out")), qPrintable(w.summary()));
        QCOMPARE(barCount(QStringLiteral("BAD")), 2);
        jobs.waitForAll();
    }

    void mapsColumnsOfAnUnknownHeader()
    {
        const QString path = write(QStringLiteral("odd.csv"), "When;Last;Turnover\n"
                                                              "2021-02-01;5,5;100\n"
                                                              "2021-02-02;5,75;120\n");
        JobTracker jobs;
        ImportWizard w(*m_ws, jobs);
        w.show();
        w.setFile(path);
        w.setTarget(QStringLiteral("ODD"));
        QVERIFY(w.currentPage()->isComplete());
        w.next();
        QCOMPARE(w.previewHeader(),
                 (QStringList{QStringLiteral("When"), QStringLiteral("Last"), QStringLiteral("Turnover")}));
        w.setMapping(QStringLiteral("date"), QStringLiteral("When"));
        w.setMapping(QStringLiteral("close"), QStringLiteral("Last"));
        w.setMapping(QStringLiteral("volume"), QStringLiteral("Turnover"));
        QCOMPARE(w.mapping(), (QStringList{QStringLiteral("date=When"), QStringLiteral("close=Last"),
                                           QStringLiteral("volume=Turnover")}));
        QSignalSpy checked(&w, &ImportWizard::checkFinished);
        w.next();
        QVERIFY(checked.wait(10000));
        QVERIFY2(w.checkPassed(), qPrintable(w.problems().join(QLatin1Char('\n'))));
        QVERIFY(importNow(w));
        auto bars = MarketData(*m_db).bars(QStringLiteral("ODD"), QStringLiteral("1d"));
        QVERIFY(bars.ok());
        QCOMPARE(bars->size(), std::size_t(2));
        QCOMPARE(bars->close[1], 5.75); // decimal comma read
        jobs.waitForAll();
    }

    void importsTransactionsAndNamesBadLines()
    {
        const QString portfolio = QString::fromLatin1(SampleData::kPortfolioName);
        const QString bad = write(QStringLiteral("tx-bad.csv"), "date,type,symbol,quantity,price\n"
                                                                "2018-01-02,buy,AAPL,10,170\n"
                                                                "2018-01-03,buy,AAPL,ten,170\n");
        JobTracker jobs;
        {
            ImportWizard w(*m_ws, jobs);
            w.show();
            w.setKind(ImportWizard::Kind::Transactions);
            w.setFile(bad);
            w.setTarget(portfolio);
            QCOMPARE(w.target(), portfolio);
            QVERIFY(toCheck(w));
            QVERIFY(!w.checkPassed());
            QVERIFY(!w.currentPage()->isComplete());
            QVERIFY2(!w.problems().isEmpty() &&
                         w.problems().front().startsWith(QStringLiteral("line 3: field 'quantity'")),
                     qPrintable(w.problems().join(QLatin1Char('\n'))));
        }
        auto p = PortfolioRepository(*m_db).findByName(portfolio);
        QVERIFY(p.ok());
        const auto before = PortfolioRepository(*m_db).transactions(p->id)->size();
        const QString good = write(QStringLiteral("tx-good.csv"), "date,type,symbol,quantity,price,fee\n"
                                                                  "2018-01-02,buy,AAPL,10,170,1\n");
        ImportWizard w(*m_ws, jobs);
        w.show();
        w.setKind(ImportWizard::Kind::Transactions);
        w.setFile(good);
        w.setTarget(portfolio);
        QVERIFY(toCheck(w));
        QVERIFY(w.checkPassed());
        QVERIFY(importNow(w));
        QVERIFY2(w.summary().contains(QStringLiteral("Imported 1 transaction")), qPrintable(w.summary()));
        QCOMPARE(PortfolioRepository(*m_db).transactions(p->id)->size(), before + 1);
        jobs.waitForAll();
    }

    void cancelledImportLeavesNothing()
    {
        QByteArray big = "Date,Open,High,Low,Close,Adj Close,Volume\n";
        qint64 day = 0;
        for (int i = 0; i < 400'000; ++i, ++day) {
            const CivilDate d = toCivil((3'650 + day) * 86'400'000LL);
            big += QByteArray::number(d.year) + '-' + QByteArray::number(d.month).rightJustified(2, '0') +
                   '-' + QByteArray::number(d.day).rightJustified(2, '0') + ",10,11,9,10.5,10.5,100\n";
        }
        const QString path = write(QStringLiteral("HUGE.csv"), big);
        JobTracker jobs;
        ImportWizard w(*m_ws, jobs);
        w.show();
        w.setFile(path);
        QVERIFY(toCheck(w));
        QVERIFY(w.checkPassed());
        QSignalSpy done(&w, &ImportWizard::importFinished);
        w.next();
        w.cancelImport();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(w.summary().startsWith(QStringLiteral("Cancelled")), qPrintable(w.summary()));
        QCOMPARE(barCount(QStringLiteral("HUGE")), -1);
        QVERIFY(!InstrumentRepository(*m_db).find(QStringLiteral("HUGE")).ok());
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
