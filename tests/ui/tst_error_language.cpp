#include "core/common/Time.h"
#include "core/market/CsvBarReader.h"
#include "core/model/PortfolioTransaction.h"
#include "core/storage/Database.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "ui/imports/ImportWizard.h"
#include "ui/settings/Language.h"
#include "ui/shell/JobTracker.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const char kBadBars[] = "Date,Open,High,Low,Close,Volume\n"
                        "2021-01-04,10,11,9.5,10.5,1000\n"
                        "2021-01-05,10.5,12,10,abc,1200\n"
                        "2021-01-06,11.5,12,11,-3,900\n";

} // namespace

// Issue 17: errors from core reach the German desktop in German (an import
// error by line and field, a ledger refusal naming the transaction), while
// their English text, which logs, the CLI and --json use, stays as it was.
class TestErrorLanguage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("words.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void importErrorsByLineAndFieldInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        CsvReadOptions strict;
        strict.symbol = "BAD";
        auto read = readBarCsvText(kBadBars, "bad.csv", strict);
        QVERIFY(!read.ok());
        const QString german = qs(read.error().toUserString());
        QVERIFY2(german.contains(
                     QStringLiteral("2 von 3 Zeilen sind ungültig; die Datei wurde nicht importiert:")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("bad.csv:3: Feld 'close': keine Zahl: 'abc'")),
                 qPrintable(german));
        QVERIFY2(
            german.contains(QStringLiteral("bad.csv:4: Feld 'close': Preis muss > 0 sein, gefunden: '-3'")),
            qPrintable(german));
        // The log's and the CLI's text: English, word for word as before.
        QCOMPARE(qs(read.error().toString()),
                 QStringLiteral("bad.csv: 2 of 3 rows are invalid; the file was not imported:\n"
                                "bad.csv:3: field 'close': not a number: 'abc'\n"
                                "bad.csv:4: field 'close': price must be > 0, got '-3'"));
    }

    void importWizardListsProblemsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        QFile f(m_dir.filePath(QStringLiteral("BAD.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kBadBars);
        f.close();
        JobTracker jobs;
        ImportWizard w(*m_ws, jobs);
        w.show();
        w.setFile(f.fileName());
        QVERIFY(w.currentPage()->isComplete());
        QSignalSpy checked(&w, &ImportWizard::checkFinished);
        w.next(); // preview
        w.next(); // check
        QVERIFY(checked.count() > 0 || checked.wait(10000));
        const QStringList problems = w.problems();
        QVERIFY2(problems.size() == 2, qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(problems[0], QStringLiteral("Zeile 3: Feld 'close': keine Zahl: 'abc'"));
        QCOMPARE(problems[1], QStringLiteral("Zeile 4: Feld 'close': Preis muss > 0 sein, gefunden: '-3'"));
        jobs.waitForAll();
    }

    void ledgerRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        LedgerService ledger(*m_ws);
        auto id = ledger.createPortfolio(QStringLiteral("Rente"), QStringLiteral("USD"));
        QVERIFY(id.ok());
        PortfolioTransaction withdrawal;
        withdrawal.time = toTimestamp(CivilDate{2024, 1, 2});
        withdrawal.type = QStringLiteral("withdrawal");
        withdrawal.amount = Decimal::fromInt(100);
        withdrawal.currency = QStringLiteral("USD");
        auto refused = ledger.add(*id, {withdrawal});
        QVERIFY(!refused.ok());
        QCOMPARE(
            qs(refused.error().toUserString()),
            QStringLiteral("Transaktion 2024-01-02 Auszahlung: Feld 'amount': braucht 100.00 USD Bargeld, "
                           "das Depot hält 0.00"));
        QCOMPARE(
            qs(refused.error().toString()),
            QStringLiteral("transaction 2024-01-02 withdrawal: field 'amount': needs 100.00 USD cash, the "
                           "portfolio holds 0.00"));
        QCOMPARE(qs(refused.error().field), QStringLiteral("amount"));

        // A refusal about the portfolio itself, and one of a watchlist.
        auto twice = ledger.createPortfolio(QStringLiteral("Rente"), QStringLiteral("USD"));
        QVERIFY(!twice.ok());
        QCOMPARE(qs(twice.error().toUserString()),
                 QStringLiteral("Depot: Ein Depot namens 'Rente' gibt es schon"));
        QCOMPARE(qs(twice.error().toString()),
                 QStringLiteral("portfolio: a portfolio named 'Rente' already exists"));
        auto unnamed = WatchlistService(*m_ws).create(QStringLiteral("  "));
        QVERIFY(!unnamed.ok());
        QCOMPARE(qs(unnamed.error().toUserString()),
                 QStringLiteral("Beobachtungsliste: Eine Beobachtungsliste braucht einen Namen"));
        QCOMPARE(qs(unnamed.error().toString()), QStringLiteral("watchlist: a watchlist needs a name"));
    }

    void englishDesktopReadsTheEnglishText()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        CsvReadOptions strict;
        strict.symbol = "BAD";
        auto read = readBarCsvText(kBadBars, "bad.csv", strict);
        QVERIFY(!read.ok());
        QCOMPARE(qs(read.error().toUserString()), qs(read.error().toString()));
        QVERIFY(read.error().userMessage.empty());
    }

    void spanishToo()
    {
        QVERIFY(Language::apply(QStringLiteral("es")));
        auto unnamed = LedgerService(*m_ws).createPortfolio(QString(), QStringLiteral("USD"));
        QVERIFY(!unnamed.ok());
        QCOMPARE(qs(unnamed.error().toUserString()),
                 QStringLiteral("cartera: Una cartera necesita un nombre"));
    }
};

QTEST_MAIN(TestErrorLanguage)
#include "tst_error_language.moc"
