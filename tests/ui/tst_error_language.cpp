#include "core/backtest/Backtester.h"
#include "core/backtest/MomentumRotation.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "core/common/Time.h"
#include "core/market/CsvBarReader.h"
#include "core/model/PortfolioTransaction.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/TransactionCsv.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/RuleEditor.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/imports/ImportWizard.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/settings/Language.h"
#include "ui/shell/JobTracker.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

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

const char kBadTransactions[] = "date,type,symbol,quantity,price\n"
                                "2024-01-02,buy,AAPL,10,100\n"
                                "2024-13-40,buy,AAPL,10,100\n"
                                "2024-01-04,purchase,AAPL,10,100\n"
                                "2024-01-05,sell,AAPL,-5,100\n";

// Every day and month up to 12: day/month order cannot be told.
const char kAmbiguousDates[] = "Date,Close\n"
                               "01/02/2020,10\n"
                               "02/03/2020,11\n"
                               "03/04/2020,12\n";

// `n` daily bars of a gently rising price, from 2024-01-01.
BarSeries risingBars(const std::string &symbol, std::size_t n)
{
    BarSeries s;
    s.symbol = symbol;
    for (std::size_t i = 0; i < n; ++i) {
        const double price = 100.0 + double(i);
        s.time.push_back(1'704'067'200'000 + TimestampMs(i) * kMsPerDay);
        s.open.push_back(price);
        s.high.push_back(price + 1);
        s.low.push_back(price - 1);
        s.close.push_back(price + 0.5);
        s.volume.push_back(1000);
    }
    return s;
}

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
        // The table splits the German lines into line, field and problem, as it does the English.
        QTableWidget *table = nullptr;
        for (QTableWidget *t : w.findChildren<QTableWidget *>())
            if (t->columnCount() == 3 && t->rowCount() == 2)
                table = t;
        QVERIFY(table);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("close"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("keine Zahl: 'abc'"));
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

    // The transaction CSV's line problems: German for the desktop, the
    // English of the CLI and --json word for word as before.
    void transactionCsvProblemsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto rows = TransactionCsv::parse(QByteArray(kBadTransactions), "tx.csv");
        QVERIFY(!rows.ok());
        QCOMPARE(
            qs(rows.error().toUserString()),
            QStringLiteral("tx.csv: 3 fehlerhafte Zeile(n), nichts importiert:\n"
                           "  tx.csv:3: Feld 'date': kein Datum: '2024-13-40'\n"
                           "  tx.csv:4: Feld 'type': unbekannter Typ 'purchase' (buy, sell, dividend, "
                           "interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)\n"
                           "  tx.csv:5: Feld 'quantity': quantity negativ: -5 (Beträge sind positiv; der "
                           "Typ gibt die Richtung an)"));
        QCOMPARE(
            qs(rows.error().toString()),
            QStringLiteral("tx.csv: 3 bad line(s), nothing imported:\n"
                           "  tx.csv:3: field 'date': not a date '2024-13-40'\n"
                           "  tx.csv:4: field 'type': unknown type 'purchase' (buy, sell, dividend, "
                           "interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out)\n"
                           "  tx.csv:5: field 'quantity': negative quantity -5 (amounts are positive; the "
                           "type gives the direction)"));
        auto lines = TransactionCsv::parseLines(QByteArray(kBadTransactions), "tx.csv");
        QVERIFY(lines.ok());
        QCOMPARE(lines->problems.size(), std::size_t(3));
        QCOMPARE(qs(lines->problems[0].message),
                 QStringLiteral("tx.csv:3: field 'date': not a date '2024-13-40'"));
        QCOMPARE(qs(lines->problems[0].forReader()),
                 QStringLiteral("tx.csv:3: Feld 'date': kein Datum: '2024-13-40'"));
    }

    void transactionImportInGermanAndSpanish()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        QVERIFY(LedgerService(*m_ws).createPortfolio(QStringLiteral("Import"), QStringLiteral("USD")).ok());
        const QByteArray text("date,type,symbol,quantity,price\n2024-01-02,buy,NOPE,1,10\n");
        auto imported = TransactionImporter(*m_ws).importText(QStringLiteral("Import"), text, "tx.csv");
        QVERIFY(!imported.ok());
        QCOMPARE(
            qs(imported.error().toUserString()),
            QStringLiteral("tx.csv: 1 fehlerhafte Zeile(n), nichts importiert:\n"
                           "  tx.csv:2: Feld 'symbol': unbekanntes Symbol 'NOPE' (importieren Sie zuerst "
                           "seine Kurse)"));
        QCOMPARE(
            qs(imported.error().toString()),
            QStringLiteral("tx.csv: 1 bad line(s), nothing imported:\n"
                           "  tx.csv:2: field 'symbol': unknown symbol 'NOPE' (import its prices first)"));
        auto unknown = TransactionImporter(*m_ws).importText(QStringLiteral("Nowhere"), text, "tx.csv");
        QVERIFY(!unknown.ok());
        QCOMPARE(qs(unknown.error().toUserString()),
                 QStringLiteral("portfolio: unbekanntes Depot 'Nowhere'"));

        QVERIFY(Language::apply(QStringLiteral("es")));
        auto spanish = TransactionImporter(*m_ws).importText(QStringLiteral("Import"), text, "tx.csv");
        QVERIFY(!spanish.ok());
        QCOMPARE(qs(spanish.error().toUserString()),
                 QStringLiteral("tx.csv: 1 línea(s) errónea(s), no se importó nada:\n"
                                "  tx.csv:2: campo 'symbol': símbolo desconocido 'NOPE' (importe antes sus "
                                "precios)"));
    }

    void columnMapErrorsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto tx = TransactionCsv::parseColumnMap({"colour=Farbe"});
        QVERIFY(!tx.ok());
        QCOMPARE(
            qs(tx.error().toUserString()),
            QStringLiteral(
                "Spaltenzuordnung: unbekanntes Feld 'colour' (Felder: date, type, symbol, quantity, price, "
                "fee, tax, amount, currency, note)"));
        QCOMPARE(
            qs(tx.error().toString()),
            QStringLiteral("--map: unknown field 'colour' (fields: date, type, symbol, quantity, price, fee, "
                           "tax, amount, currency, note)"));
        auto bars = parseColumnMap("date=Datum,open=Eröffnung");
        QVERIFY(!bars.ok());
        QCOMPARE(qs(bars.error().toUserString()),
                 QStringLiteral("Spaltenzuordnung: keine Spalte für 'close' angegeben"));
        QCOMPARE(qs(bars.error().toString()), QStringLiteral("--map: no 'close' column given"));
        auto missing = TransactionCsv::parse(QByteArray("when,type\n2024-01-02,deposit\n"), "tx.csv");
        QVERIFY(!missing.ok());
        QCOMPARE(qs(missing.error().toUserString()),
                 QStringLiteral("tx.csv:1: keine Spalte 'date' in der Kopfzeile (ordnen Sie eine zu: "
                                "date=SPALTE)"));
    }

    void ambiguousDatesInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        CsvReadOptions options;
        options.symbol = "AMB";
        auto read = readBarCsvText(kAmbiguousDates, "amb.csv", options);
        QVERIFY(!read.ok());
        QVERIFY2(
            qs(read.error().toUserString())
                .contains(QStringLiteral("mehrdeutige Datumsangaben: '01/02/2020' und jedes andere Datum")),
            qPrintable(qs(read.error().toUserString())));
        QVERIFY2(
            qs(read.error().toString())
                .contains(QStringLiteral("ambiguous dates: '01/02/2020' and every other date can be read "
                                         "as day/month/year or as month/day/year; give --date-format dmy "
                                         "or --date-format mdy")),
            qPrintable(qs(read.error().toString())));
    }

    void foreignDatabaseInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        auto opened = Database::open(QStringLiteral("sqlite://") + path);
        QVERIFY(!opened.ok());
        const QString german = qs(opened.error().toUserString());
        QVERIFY2(
            german.contains(QStringLiteral("ist keine SuperNova-Datenbank: sie enthält die Tabelle "
                                           "accounts (von einer anderen Anwendung?) und keine Tabelle "
                                           "schema_version; wählen Sie eine andere Datei oder eine leere")),
            qPrintable(german));
        QVERIFY2(qs(opened.error().toString())
                     .contains(QStringLiteral("is not a SuperNova database: it holds table accounts (another "
                                              "application's?) and no schema_version table; choose another "
                                              "file or an empty one")),
                 qPrintable(qs(opened.error().toString())));
    }

    // The ledger grid's own checks of an edited cell.
    void transactionGridInGermanAndSpanish()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        TransactionTableModel model;
        PortfolioTransaction withdrawal;
        withdrawal.id = 7;
        withdrawal.time = toTimestamp(CivilDate{2024, 1, 2});
        withdrawal.type = QStringLiteral("withdrawal");
        withdrawal.amount = Decimal::fromInt(100);
        withdrawal.currency = QStringLiteral("USD");
        model.setTransactions({withdrawal});
        using M = TransactionTableModel;
        QVERIFY(!model.setData(model.index(0, M::Date), QStringLiteral("2024-02-30")));
        QCOMPARE(model.cellError(0, M::Date),
                 QStringLiteral("Feld 'Datum': '2024-02-30' ist kein Datum (JJJJ-MM-TT)"));
        QVERIFY(!model.setData(model.index(0, M::Amount), QStringLiteral("-3")));
        QCOMPARE(model.cellError(0, M::Amount), QStringLiteral("Feld 'Betrag': darf nicht negativ sein"));
        QVERIFY(!model.setData(model.index(0, M::Type), QStringLiteral("Kauf")));
        QCOMPARE(model.cellError(0, M::Type),
                 QStringLiteral("Feld 'Typ': Kauf braucht ein Symbol: tragen Sie zuerst das Symbol ein"));
        QVERIFY(!model.setData(model.index(0, M::Currency), QStringLiteral("Euro")));
        QCOMPARE(model.cellError(0, M::Currency),
                 QStringLiteral("Feld 'Währung': 'Euro' ist kein dreibuchstabiger Währungscode"));

        QVERIFY(Language::apply(QStringLiteral("es")));
        QVERIFY(!model.setData(model.index(0, M::Symbol), QStringLiteral("ZZZ")));
        QCOMPARE(
            model.cellError(0, M::Symbol),
            QStringLiteral("campo 'Símbolo': no hay ningún instrumento 'ZZZ' guardado (importe antes sus "
                           "precios)"));
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

    // PortfolioService's explanations (holdings, valuation, performance) and
    // its refusals read in the desktop's language; the CLI keeps the English.
    void portfolioExplanationsInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->migrate().ok());
        QVERIFY(SampleData(**db).load().ok());
        Workspace ws(**db);
        const QString sample = QString::fromLatin1(SampleData::kPortfolioName);
        PortfolioService service(ws);
        auto textOf = [](const Explanations &all, const std::string &key) {
            for (const auto &[name, text] : all)
                if (name == key)
                    return qs(text);
            return QString();
        };

        auto english = service.holdings(sample);
        QVERIFY(english.ok());
        QVERIFY(textOf(english->explanations, "cost_basis")
                    .startsWith(QStringLiteral("Sum of the open lots' cost")));

        QVERIFY(Language::apply(QStringLiteral("de")));
        auto holdings = service.holdings(sample);
        QVERIFY(holdings.ok());
        const QString costBasis = textOf(holdings->explanations, "cost_basis");
        QVERIFY2(costBasis.startsWith(QStringLiteral("Summe der Kosten der offenen Lots")),
                 qPrintable(costBasis));
        QVERIFY2(textOf(holdings->explanations, "weight").startsWith(QStringLiteral("Marktwert")),
                 qPrintable(textOf(holdings->explanations, "weight")));
        auto valuation = service.valuation(sample, {});
        QVERIFY(valuation.ok());
        QVERIFY2(textOf(valuation->explanations, "value").startsWith(QStringLiteral("MVE: Positionen")),
                 qPrintable(textOf(valuation->explanations, "value")));
        auto performance = service.performance(sample, {});
        QVERIFY(performance.ok());
        QVERIFY2(
            textOf(performance->explanations, "ttwror").startsWith(QStringLiteral("Echte zeitgewichtete")),
            qPrintable(textOf(performance->explanations, "ttwror")));
        QVERIFY2(textOf(performance->explanations, "monthly/yearly")
                     .startsWith(QStringLiteral("Tägliche Renditen")),
                 qPrintable(textOf(performance->explanations, "monthly/yearly")));

        // Refusals: German for the view, English in message and toString().
        auto empty = LedgerService(ws).createPortfolio(QStringLiteral("Leer"), QStringLiteral("USD"));
        QVERIFY(empty.ok());
        auto none = service.holdings(QStringLiteral("Leer"));
        QVERIFY(!none.ok());
        QCOMPARE(qs(none.error().toUserString()), QStringLiteral("Depot 'Leer': keine Transaktionen"));
        QCOMPARE(qs(none.error().toString()), QStringLiteral("portfolio 'Leer': no transactions"));
        auto unknown = service.performance(QStringLiteral("Nirgends"), {});
        QVERIFY(!unknown.ok());
        QCOMPARE(qs(unknown.error().toUserString()), QStringLiteral("Depot: unbekanntes Depot 'Nirgends'"));
        QCOMPARE(qs(unknown.error().toString()), QStringLiteral("portfolio: unknown portfolio 'Nirgends'"));

        QVERIFY(Language::apply(QStringLiteral("es")));
        auto spanish = service.holdings(sample);
        QVERIFY(spanish.ok());
        QVERIFY2(textOf(spanish->explanations, "cost_basis").startsWith(QStringLiteral("Suma del coste")),
                 qPrintable(textOf(spanish->explanations, "cost_basis")));
        QCOMPARE(qs(service.holdings(QStringLiteral("Leer")).error().toUserString()),
                 QStringLiteral("cartera 'Leer': no hay transacciones"));
    }

    // The lab's strategy form shows a parameter refusal from core in German,
    // under the parameter; the CLI's English stays word for word.
    void backtestValidationInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        StrategyForm form;
        form.setStrategy(QStringLiteral("sma_cross"));
        QVERIFY(form.setParam(QStringLiteral("fast"), 40)); // slow is 30
        const QString shown =
            QStringLiteral("Strategie sma_cross: Parameter 'fast' (40) muss kleiner sein als "
                           "'slow' (30)");
        QCOMPARE(form.problem(), shown);
        QCOMPARE(form.paramError(QStringLiteral("fast"))->text(), shown);

        const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo("sma_cross");
        QVERIFY(info);
        auto tooFast = info->resolve(std::vector<std::pair<std::string, double>>{{"fast", 40}});
        QVERIFY(!tooFast.ok());
        QCOMPARE(qs(tooFast.error().toString()),
                 QStringLiteral("strategy sma_cross: parameter 'fast' (40) must be less than 'slow' (30)"));
        auto range = info->resolve(std::vector<std::pair<std::string, double>>{{"slow", 9000}});
        QCOMPARE(
            qs(range.error().toUserString()),
            QStringLiteral("Strategie sma_cross: Parameter 'slow' = 9000 liegt außerhalb von [2, 5000]"));
        QCOMPARE(qs(range.error().toString()),
                 QStringLiteral("strategy sma_cross: parameter 'slow' = 9000 is outside [2, 5000]"));

        auto sizing = bt::Backtester::parseSizing("percent:150");
        QVERIFY(!sizing.ok());
        QCOMPARE(qs(sizing.error().toUserString()),
                 QStringLiteral("--sizing: Prozent muss in (0, 100] liegen"));
        QCOMPARE(qs(sizing.error().toString()), QStringLiteral("--sizing: percent must be in (0, 100]"));
        bt::BacktestConfig config;
        config.cash = -1;
        auto cash = bt::Simulator::validate(config);
        QVERIFY(!cash.ok());
        QCOMPARE(qs(cash.error().toUserString()),
                 QStringLiteral("Backtest-Konfiguration: 'cash' muss eine positive Zahl sein"));
        QCOMPARE(qs(cash.error().toString()),
                 QStringLiteral("backtest config: 'cash' must be a positive number"));
    }

    // SecretStore's refusals (a bad key, an empty secret) as Settings shows
    // them; no keychain is needed, they are refused before a job starts.
    // The lab's sweep and walk-forward refusals (grid ranges, too many values,
    // window sizes) and the rotation's checks read German in the lab; the CLI's
    // English stays word for word.
    void labSweepErrorsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto step = bt::ParamRange::parse("fast=5:20:0");
        QVERIFY(!step.ok());
        QCOMPARE(qs(step.error().toUserString()),
                 QStringLiteral("Scan: Bereich 'fast': die Schrittweite muss > 0 sein"));
        QCOMPARE(qs(step.error().toString()), QStringLiteral("sweep: range 'fast' step must be > 0"));
        auto shape = bt::ParamRange::parse("fast");
        QVERIFY(!shape.ok());
        QCOMPARE(qs(shape.error().toUserString()),
                 QStringLiteral("Scan-Bereich: erwartet name=start:stop[:step], gefunden: 'fast'"));
        QCOMPARE(qs(shape.error().toString()),
                 QStringLiteral("sweep range: expected name=start:stop[:step], got 'fast'"));

        const BarSeries bars = risingBars("TEST", 40);
        bt::SweepConfig sweep;
        sweep.strategy = "sma_cross";
        sweep.threads = 1;
        auto noGrid = bt::Optimizer::run(bars, sweep);
        QVERIFY(!noGrid.ok());
        QCOMPARE(qs(noGrid.error().toUserString()),
                 QStringLiteral("Scan: kein Parameterbereich angegeben (--grid name=start:stop:step)"));
        QCOMPARE(qs(noGrid.error().toString()),
                 QStringLiteral("sweep: no parameter range given (--grid name=start:stop:step)"));
        sweep.grid = {bt::ParamRange{"fast", 2, 1e12, 1}};
        auto tooMany = bt::Optimizer::run(bars, sweep);
        QVERIFY(!tooMany.ok());
        QCOMPARE(qs(tooMany.error().toUserString()),
                 QStringLiteral("Scan: Bereich 'fast' hat zu viele Werte"));
        QCOMPARE(qs(tooMany.error().toString()), QStringLiteral("sweep: range 'fast' has too many values"));
        sweep.grid = {bt::ParamRange{"fast", 2, 9000, 1000}};
        auto outside = bt::Optimizer::run(bars, sweep);
        QVERIFY(!outside.ok());
        QVERIFY2(
            qs(outside.error().toUserString())
                .startsWith(QStringLiteral("Scan: Bereich 'fast' verlässt, was Parameter 'fast' erlaubt")),
            qPrintable(qs(outside.error().toUserString())));
        QVERIFY(
            qs(outside.error().toString())
                .startsWith(QStringLiteral("sweep: range 'fast' goes outside what parameter 'fast' allows")));

        bt::WalkForwardConfig wf;
        wf.sweep = sweep;
        wf.sweep.grid = {bt::ParamRange{"fast", 5, 10, 5}};
        wf.inSampleBars = 30;
        wf.outOfSampleBars = 20;
        auto shortSeries = bt::WalkForward::run(bars, wf);
        QVERIFY(!shortSeries.ok());
        QCOMPARE(
            qs(shortSeries.error().toUserString()),
            QStringLiteral("Walk-Forward: zu wenige Bars: 40 vorhanden, 'in_sample' + 'out_of_sample' = 50"));
        QCOMPARE(qs(shortSeries.error().toString()),
                 QStringLiteral("walk-forward: too few bars: 40 given, 'in_sample' + 'out_of_sample' = 50"));
        wf.inSampleBars = 1;
        auto tiny = bt::WalkForward::run(bars, wf);
        QVERIFY(!tiny.ok());
        QCOMPARE(qs(tiny.error().toUserString()),
                 QStringLiteral("Walk-Forward: 'in_sample' muss mindestens 2 Bars umfassen"));

        const BarSeries other = risingBars("OTHER", 40);
        auto single = bt::MomentumRotation::run({&bars}, bt::MomentumRotation::info().defaults(), {});
        QVERIFY(!single.ok());
        QCOMPARE(qs(single.error().toUserString()),
                 QStringLiteral("Strategie momentum_rotation: braucht mindestens 2 Werte, erhalten: 1"));
        QCOMPARE(qs(single.error().toString()),
                 QStringLiteral("strategy momentum_rotation: needs at least 2 assets, got 1"));
        auto few = bt::MomentumRotation::run({&bars, &other}, bt::MomentumRotation::info().defaults(), {});
        QVERIFY(!few.ok());
        QVERIFY2(
            qs(few.error().toUserString())
                .startsWith(QStringLiteral("Strategie momentum_rotation: zu wenige gemeinsame Bars: 40")),
            qPrintable(qs(few.error().toUserString())));

        QVERIFY(Language::apply(QStringLiteral("es")));
        auto spanish = bt::ParamRange::parse("fast=20:5");
        QVERIFY(!spanish.ok());
        QCOMPARE(qs(spanish.error().toUserString()),
                 QStringLiteral("barrido: el rango 'fast' está vacío (stop < start)"));
        QCOMPARE(qs(spanish.error().toString()),
                 QStringLiteral("sweep: range 'fast' is empty (stop < start)"));
    }

    // A benchmark without daily bars and a period that starts after the last
    // valued day: German in the portfolio views, English for the CLI.
    void portfolioBenchmarkAndWindowInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->migrate().ok());
        QVERIFY(SampleData(**db).load().ok());
        Instrument bare;
        bare.symbol = QStringLiteral("BARE");
        QVERIFY(InstrumentRepository(**db).upsert(bare).ok());
        Workspace ws(**db);
        PortfolioService service(ws);
        const QString sample = QString::fromLatin1(SampleData::kPortfolioName);

        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioService::PerformanceOptions options;
        options.benchmark = "BARE";
        auto bench = service.performance(sample, options);
        QVERIFY(!bench.ok());
        QCOMPARE(qs(bench.error().toUserString()),
                 QStringLiteral("Benchmark BARE: keine Tagesbars (1d) gespeichert"));
        QCOMPARE(qs(bench.error().toString()), QStringLiteral("benchmark BARE: no daily (1d) bars stored"));

        PortfolioService::PerformanceOptions late;
        late.period.from = 4'102'444'800'000; // 2100-01-01
        auto window = service.performance(sample, late);
        QVERIFY(!window.ok());
        QVERIFY2(qs(window.error().toUserString())
                     .startsWith(QStringLiteral("Von: beginnt nach dem letzten bewerteten Tag ")),
                 qPrintable(qs(window.error().toUserString())));
        QVERIFY2(qs(window.error().toString())
                     .startsWith(QStringLiteral("from: starts after the last valued day ")),
                 qPrintable(qs(window.error().toString())));
    }

    // The risk view's refusals a small portfolio meets: optimisation with one
    // instrument, a stress test with nothing held.
    void portfolioRiskRefusalsInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("risk.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->migrate().ok());
        QVERIFY(SampleData(**db).load().ok());
        Workspace ws(**db);
        LedgerService ledger(ws);
        auto single = ledger.createPortfolio(QStringLiteral("Einzeln"), QStringLiteral("USD"));
        QVERIFY(single.ok());
        PortfolioTransaction deposit;
        deposit.time = toTimestamp(CivilDate{2015, 1, 2});
        deposit.type = QStringLiteral("deposit");
        deposit.amount = Decimal::fromInt(10000);
        PortfolioTransaction buy;
        buy.time = toTimestamp(CivilDate{2015, 1, 5});
        buy.type = QStringLiteral("buy");
        auto apple = InstrumentRepository(**db).find(QStringLiteral("AAPL"));
        QVERIFY(apple.ok());
        buy.instrumentId = apple->id;
        buy.quantity = Decimal::fromInt(10);
        buy.price = Decimal::fromInt(100);
        QVERIFY(ledger.add(*single, {deposit, buy}).ok());
        auto cashOnly = ledger.createPortfolio(QStringLiteral("Bar"), QStringLiteral("USD"));
        QVERIFY(cashOnly.ok());
        QVERIFY(ledger.add(*cashOnly, {deposit}).ok());

        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioService service(ws);
        auto optimize = service.optimize(QStringLiteral("Einzeln"), {});
        QVERIFY(!optimize.ok());
        QCOMPARE(qs(optimize.error().toUserString()),
                 QStringLiteral(
                     "Optimierung: 1 gehaltene(s) Instrument(e); die Optimierung braucht mindestens 2"));
        QCOMPARE(qs(optimize.error().toString()),
                 QStringLiteral("optimize: 1 held instrument(s); optimisation needs at least 2"));
        auto stress = service.stress(QStringLiteral("Bar"), {});
        QVERIFY(!stress.ok());
        QCOMPARE(qs(stress.error().toUserString()),
                 QStringLiteral("Depot 'Bar': keine Position gehalten, die gestresst werden könnte"));
        QCOMPARE(qs(stress.error().toString()),
                 QStringLiteral("portfolio 'Bar': no position is held to stress"));
    }

    // The rule editor's own file errors (ui code, tr()).
    void ruleEditorFileErrorsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        RuleEditor editor;
        const QString missing = m_dir.filePath(QStringLiteral("fehlt.rule"));
        auto read = editor.loadFile(missing);
        QVERIFY(!read.ok());
        QVERIFY2(qs(read.error().toUserString())
                     .startsWith(missing + QStringLiteral(": kann nicht gelesen werden: ")),
                 qPrintable(qs(read.error().toUserString())));
        QVERIFY(qs(read.error().toString()).startsWith(missing + QStringLiteral(": cannot read: ")));
        auto write = editor.saveFile(m_dir.filePath(QStringLiteral("kein/ordner/x.rule")));
        QVERIFY(!write.ok());
        QVERIFY2(
            qs(write.error().toUserString()).contains(QStringLiteral(": kann nicht geschrieben werden: ")),
            qPrintable(qs(write.error().toUserString())));
        QVERIFY(qs(write.error().toString()).contains(QStringLiteral(": cannot write: ")));
    }

    void secretStoreRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        const SecretStore store(QStringLiteral("SuperNova-words"));
        std::optional<Error> badKey, emptySecret;
        store.get(QStringLiteral("Bad Key!"), this,
                  [&](const Result<QString> &r) { badKey = r.ok() ? Error() : r.error(); });
        store.set(QStringLiteral("llm/test/api-key"), QString(), this,
                  [&](const Result<void> &r) { emptySecret = r.ok() ? Error() : r.error(); });
        QTRY_VERIFY(badKey && emptySecret);
        QCOMPARE(qs(badKey->toUserString()),
                 QStringLiteral(
                     "Schlüsselbund-Dienst 'SuperNova-words', Schlüssel 'Bad Key!': Parameter 'key' muss "
                     "aus kleingeschriebenen Segmenten [a-z0-9._-] bestehen, durch '/' verbunden "
                     "(1..200 Zeichen), z. B. 'llm/openai/api-key'"));
        QCOMPARE(qs(badKey->toString()),
                 QStringLiteral("keychain service 'SuperNova-words', key 'Bad Key!': parameter 'key' must be "
                                "lowercase segments [a-z0-9._-] joined by '/' (1..200 characters), e.g. "
                                "'llm/openai/api-key'"));
        QCOMPARE(badKey->code, ErrorCode::InvalidArgument);
        QCOMPARE(
            qs(emptySecret->toUserString()),
            QStringLiteral("Schlüsselbund-Dienst 'SuperNova-words', Schlüssel 'llm/test/api-key': Parameter "
                           "'secret' ist leer: Zum Löschen eines Geheimnisses remove() verwenden"));
        QCOMPARE(qs(emptySecret->toString()),
                 QStringLiteral(
                     "keychain service 'SuperNova-words', key 'llm/test/api-key': parameter 'secret' is "
                     "empty: use remove() to delete a secret"));
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
