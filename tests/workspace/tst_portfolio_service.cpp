#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/TransactionCsv.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace sn;

namespace {

TimestampMs day(const char *iso)
{
    return *parseTimestamp(iso, DateFormat::Iso);
}

Decimal dec(const char *text)
{
    return *Decimal::parse(text);
}

// The close column of a Yahoo file for one date, read straight from the text.
double closeInFile(const QString &file, const QString &date)
{
    QFile f(test::sampleDataFile(file));
    if (!f.open(QIODevice::ReadOnly))
        return std::nan("");
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(date + QLatin1Char(',')))
            return line.section(QLatin1Char(','), 4, 4).toDouble();
    }
    return std::nan("");
}

QString lastDateInFile(const QString &file)
{
    QFile f(test::sampleDataFile(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString last;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            last = line.section(QLatin1Char(','), 0, 0);
    }
    return last;
}

// The portfolio writes these tests set up with, through the services that own them.
struct Writes
{
    explicit Writes(const Database &db) : workspace(db) {}
    Result<qint64> create(const QString &name, const QString &currency)
    {
        return LedgerService(workspace).createPortfolio(name, currency);
    }
    Result<TransactionImportReport> importCsvText(const QString &portfolio, const QByteArray &text,
                                                  const std::string &source,
                                                  const TransactionCsv::ColumnMap &map = {})
    {
        return TransactionImporter(workspace).importText(portfolio, text, source, map);
    }
    Result<TransactionImportReport> importCsv(const QString &portfolio, const QString &path)
    {
        return TransactionImporter(workspace).importFile(portfolio, path);
    }
    Workspace workspace;
};

} // namespace

class TestPortfolioService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(QStringLiteral("sqlite://") +
                                 m_dir.filePath(QStringLiteral("pf%1.sqlite").arg(++m_counter)));
        if (!db || !db.value()->migrate())
            return nullptr;
        return std::move(db).value();
    }

    static qint64 addInstrument(const Database &db, const char *symbol, const char *currency,
                                const std::vector<std::pair<const char *, double>> &closes,
                                const char *kind = "stock")
    {
        Instrument i;
        i.symbol = QString::fromLatin1(symbol);
        i.name = i.symbol;
        i.kind = QString::fromLatin1(kind);
        i.currency = QString::fromLatin1(currency);
        auto id = InstrumentRepository(db).upsert(i);
        if (!id)
            return 0;
        BarSeries s;
        s.symbol = symbol;
        for (const auto &[date, close] : closes)
            s.append(day(date), close, close, close, close, 1000);
        if (!BarRepository(db).store(id.value(), s))
            return 0;
        return id.value();
    }

    // TST closes Mon..Thu 2021-01-04..07: 50, 55, 44, 48.4.
    std::unique_ptr<Database> handMade()
    {
        auto db = freshDb();
        if (!db)
            return nullptr;
        if (!addInstrument(
                *db, "TST", "USD",
                {{"2021-01-04", 50}, {"2021-01-05", 55}, {"2021-01-06", 44}, {"2021-01-07", 48.4}}))
            return nullptr;
        PortfolioService service(*db);
        Writes writes(*db);
        if (!writes.create(QStringLiteral("Hand"), QStringLiteral("USD")))
            return nullptr;
        const QByteArray csv = "date,type,symbol,quantity,price,fee,amount\n"
                               "2021-01-04,deposit,,,,,1000\n"
                               "2021-01-04,buy,TST,10,50,0,\n"
                               "2021-01-06,deposit,,,,,500\n"
                               "2021-01-07,sell,TST,5,48.4,0,\n";
        if (!writes.importCsvText(QStringLiteral("Hand"), csv, "hand.csv"))
            return nullptr;
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void handMadeHoldings()
    {
        auto db = handMade();
        QVERIFY(db);
        auto h = PortfolioService(*db).holdings(QStringLiteral("Hand"));
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().toString().c_str());
        QCOMPARE(h->lines.size(), std::size_t(1));
        const HoldingLine &tst = h->lines.front();
        QCOMPARE(tst.quantity, dec("5"));
        QCOMPARE(tst.costBasis, dec("250"));      // half of the 10 @ 50 lot
        QCOMPARE(tst.realisedPnl, dec("-8"));     // 5 x 48.4 - 250
        QCOMPARE(h->cash.at("USD"), dec("1242")); // 1000 - 500 + 500 + 242
        QCOMPARE(tst.price, 48.4);
        QCOMPARE(h->asOf, day("2021-01-07"));
        QVERIFY(std::abs(tst.marketValue - 242.0) < 1e-9);
        QVERIFY(std::abs(tst.unrealisedPnl - (-8.0)) < 1e-9);
        QVERIFY(std::abs(h->totalValue - 1484.0) < 1e-9);
        QCOMPARE(h->used.transactions, std::size_t(4));
        QCOMPARE(h->used.series.size(), std::size_t(1));
        QCOMPARE(h->used.series.front().rows, std::size_t(4));

        // As of an earlier day, later transactions are left out.
        auto earlier = PortfolioService(*db).holdings(QStringLiteral("Hand"), day("2021-01-05"));
        QVERIFY(earlier.ok());
        QCOMPARE(earlier->lines.front().quantity, dec("10"));
        QVERIFY(std::abs(earlier->totalValue - 1050.0) < 1e-9);
    }

    void lotMethods()
    {
        auto db = handMade();
        QVERIFY(db);
        PortfolioService service(*db);
        Writes writes(*db);
        QVERIFY(writes.create(QStringLiteral("Lots"), QStringLiteral("USD")).ok());
        // Two lots, 10 @ 50 and 10 @ 55 (+ $1 fee each), then 5 sold @ 48.4 with a $1 fee.
        auto imported = writes.importCsvText(QStringLiteral("Lots"),
                                             "date,type,symbol,quantity,price,fee,amount\n"
                                             "2021-01-04,deposit,,,,,2000\n"
                                             "2021-01-04,buy,TST,10,50,1,\n"
                                             "2021-01-05,buy,TST,10,55,1,\n"
                                             "2021-01-07,sell,TST,5,48.4,1,\n",
                                             "lots.csv");
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().toString().c_str());
        auto fifo = service.holdings(QStringLiteral("Lots"));
        QVERIFY(fifo.ok());
        const HoldingLine &f = fifo->lines.front();
        QCOMPARE(f.quantity, dec("15"));
        QCOMPARE(f.costBasis, dec("801.5"));  // 501 - 250.5 + 551: the first lot sold first
        QCOMPARE(f.realisedPnl, dec("-9.5")); // 242 - 1 - 250.5
        QCOMPARE(f.lots.size(), std::size_t(2));
        service.setLotMethod(Ledger::LotMethod::AverageCost);
        auto average = service.holdings(QStringLiteral("Lots"));
        QVERIFY(average.ok());
        const HoldingLine &a = average->lines.front();
        QCOMPARE(a.costBasis, dec("789"));                       // 15 x 1052 / 20
        QCOMPARE(a.realisedPnl, dec("-22"));                     // 242 - 1 - 5 x 52.6
        QCOMPARE(average->cash.at("USD"), fifo->cash.at("USD")); // 2000 - 501 - 551 + 241
        QCOMPARE(fifo->cash.at("USD"), dec("1189"));
    }

    void periodEndsWithTheDataOfHeldInstruments()
    {
        auto db = handMade();
        QVERIFY(db);
        // OLD's data ends on the 5th, but it is sold by then: TST's data (to the 7th) decides.
        QVERIFY(addInstrument(*db, "OLD", "USD", {{"2021-01-04", 10}, {"2021-01-05", 12}}));
        PortfolioService service(*db);
        Writes writes(*db);
        QVERIFY(writes.create(QStringLiteral("Mixed"), QStringLiteral("USD")).ok());
        QVERIFY(writes
                    .importCsvText(QStringLiteral("Mixed"),
                                   "date,type,symbol,quantity,price,amount\n"
                                   "2021-01-04,deposit,,,,1000\n"
                                   "2021-01-04,buy,OLD,10,10,\n"
                                   "2021-01-04,buy,TST,2,50,\n"
                                   "2021-01-05,sell,OLD,10,12,\n",
                                   "mixed.csv")
                    .ok());
        auto h = service.holdings(QStringLiteral("Mixed"));
        QVERIFY(h.ok());
        QCOMPARE(h->asOf, day("2021-01-07"));
        QVERIFY(std::abs(h->totalValue - (1000 - 100 - 100 + 120 + 2 * 48.4)) < 1e-9);
        // While OLD is held, its last close ends the period.
        QVERIFY(writes.create(QStringLiteral("Holding"), QStringLiteral("USD")).ok());
        QVERIFY(writes
                    .importCsvText(QStringLiteral("Holding"),
                                   "date,type,symbol,quantity,price,amount\n"
                                   "2021-01-04,deposit,,,,1000\n"
                                   "2021-01-04,buy,OLD,10,10,\n"
                                   "2021-01-04,buy,TST,2,50,\n",
                                   "holding.csv")
                    .ok());
        auto held = service.holdings(QStringLiteral("Holding"));
        QVERIFY(held.ok());
        QCOMPARE(held->asOf, day("2021-01-05"));
    }

    void handMadeTtwrorAndIrr()
    {
        auto db = handMade();
        QVERIFY(db);
        auto r = PortfolioService(*db).performance(QStringLiteral("Hand"), {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        // Day values: 1000 (in 1000), 1050, 1440 (in 500), 1484.
        // r = 0, 1050/1000 - 1, 1440/(1050 + 500) - 1, 1484/1440 - 1.
        const double expected = 1.05 * (1440.0 / 1550.0) * (1484.0 / 1440.0) - 1.0;
        QVERIFY(std::abs(r->ttwror - expected) < 1e-12);
        QCOMPARE(r->days, std::size_t(4));
        QVERIFY(r->ttwrorAnnualised.has_value());
        QVERIFY(std::abs(*r->ttwrorAnnualised - (std::pow(1.0 + expected, 365.0 / 4.0) - 1.0)) < 1e-9);
        QVERIFY(std::abs(r->inflows - 1500.0) < 1e-9);
        QCOMPARE(r->valueEnd, 1484.0);
        // IRR: 1000 (1 + i)^(3/365) + 500 (1 + i)^(1/365) = 1484 (RD = days remaining).
        QVERIFY(r->irr.rate.has_value());
        const double i = *r->irr.rate;
        const double residual =
            1000.0 * std::pow(1.0 + i, 3.0 / 365.0) + 500.0 * std::pow(1.0 + i, 1.0 / 365.0) - 1484.0;
        QVERIFY2(std::abs(residual) < 1e-6, qPrintable(QString::number(residual)));
        QVERIFY(i < 0); // 1500 in, 1484 out within days
        QCOMPARE(r->monthly.size(), std::size_t(1));
        QVERIFY(std::abs(r->monthly.front().value - expected) < 1e-12);
        // Contribution of TST: (550 - 500 - 0)/1000 + (440 - 550)/1550 + (242 - 440 - (-242))/1440; cash adds
        // 0.
        QCOMPARE(r->contributions.size(), std::size_t(1));
        const double contribution = 50.0 / 1000.0 - 110.0 / 1550.0 + 44.0 / 1440.0;
        QVERIFY(std::abs(r->contributions.front().value - contribution) < 1e-12);
        QVERIFY(!r->explanations.empty());

        auto series = PortfolioService(*db).valuation(QStringLiteral("Hand"), {});
        QVERIFY(series.ok());
        QCOMPARE(series->value, (std::vector<double>{1000, 1050, 1440, 1484}));
        QCOMPARE(series->inflow, (std::vector<double>{1000, 0, 500, 0}));
        QVERIFY(std::abs(series->cumulativeReturn[1] - 0.05) < 1e-12);
        QVERIFY(std::abs(series->cumulativeReturn.back() - expected) < 1e-12);

        // A window from the second day: MVB is the first day's value.
        PortfolioService::PerformanceOptions o;
        o.period.from = day("2021-01-05");
        auto w = PortfolioService(*db).performance(QStringLiteral("Hand"), o);
        QVERIFY(w.ok());
        QCOMPARE(w->valueBegin, 1000.0);
        QVERIFY(std::abs(w->ttwror - expected) < 1e-12); // the first day's return was 0
    }

    void handMadeRisk()
    {
        auto db = handMade();
        QVERIFY(db);
        PortfolioService service(*db);
        Writes writes(*db);
        PortfolioService::RiskOptions o;
        // Historical VaR at 95 % needs at least 20 returns: 3 is too few, said plainly.
        auto few = service.risk(QStringLiteral("Hand"), o);
        QVERIFY(!few.ok());
        o.varMethod = RiskReport::VarMethod::Normal;
        auto r = service.risk(QStringLiteral("Hand"), o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        // Trading-day returns from close to close, deposits excluded.
        const double x[3] = {1050.0 / 1000.0 - 1.0, 1440.0 / 1550.0 - 1.0, 1484.0 / 1440.0 - 1.0};
        const double mean = (x[0] + x[1] + x[2]) / 3.0;
        const double var =
            ((x[0] - mean) * (x[0] - mean) + (x[1] - mean) * (x[1] - mean) + (x[2] - mean) * (x[2] - mean)) /
            2.0;
        QCOMPARE(r->summary.observations, std::size_t(3));
        QVERIFY(r->summary.annualVolatility.has_value());
        QVERIFY(std::abs(*r->summary.annualVolatility - std::sqrt(var) * std::sqrt(252.0)) < 1e-12);
        // Normal VaR 95 %, 1 day: -(mean - z sd), z = 1.6448536269514722.
        QVERIFY(std::abs(r->var.var - (-(mean - 1.6448536269514722 * std::sqrt(var)))) < 1e-9);
        QVERIFY(std::abs(r->varAmount - r->var.var * 1484.0) < 1e-9);
        QCOMPARE(r->symbols, std::vector<std::string>{"TST"});
        // Equity 1, 1.05, 0.9755, 1.0052: peak on the 5th, trough on the 6th, not recovered.
        QVERIFY(std::abs(r->summary.maxDrawdown.depth - (1.0 - 1440.0 / 1550.0)) < 1e-12);
        QCOMPARE(r->drawdownPeak, day("2021-01-05"));
        QCOMPARE(r->drawdownTrough, day("2021-01-06"));
        QVERIFY(!r->drawdownRecovery.has_value());
        QVERIFY(std::abs(r->weights.front() - 242.0 / 1484.0) < 1e-12);
    }

    void importErrorsByLineAndField()
    {
        auto db = handMade();
        QVERIFY(db);
        PortfolioService service(*db);
        Writes writes(*db);
        const QByteArray bad = "date,type,symbol,quantity,price,fee,amount\n"
                               "2021-01-07,bye,TST,1,48.4,0,\n"    // line 2: unknown type
                               "2021-01-07,buy,NOPE,1,48.4,0,\n"   // line 3: unknown symbol
                               "2021-01-07,buy,TST,1,-48.4,0,\n"   // line 4: negative price
                               "2021-01-07,buy,TST,1.5x,48.4,0,\n" // line 5: unparseable decimal
                               "2021-13-07,deposit,,,,,10\n";      // line 6: not a date
        auto r = writes.importCsvText(QStringLiteral("Hand"), bad, "bad.csv");
        QVERIFY(!r.ok());
        const std::string m = r.error().toString();
        QVERIFY2(m.find("bad.csv:2: field 'type': unknown type 'bye'") != std::string::npos, m.c_str());
        QVERIFY2(m.find("bad.csv:4: field 'price': negative price -48.4") != std::string::npos, m.c_str());
        QVERIFY2(m.find("bad.csv:5: field 'quantity': unparseable decimal '1.5x'") != std::string::npos,
                 m.c_str());
        QVERIFY2(m.find("bad.csv:6: field 'date'") != std::string::npos, m.c_str());
        // The unknown symbol of a line that reads is listed with the unreadable
        // lines, in line order, so one attempt shows every bad line of the file.
        QVERIFY2(m.find("5 bad line(s)") != std::string::npos, m.c_str());
        const std::size_t typeAt = m.find("bad.csv:2:");
        const std::size_t symbolAt = m.find("bad.csv:3: field 'symbol': unknown symbol 'NOPE'");
        const std::size_t priceAt = m.find("bad.csv:4:");
        QVERIFY2(symbolAt != std::string::npos, m.c_str());
        QVERIFY2(typeAt < symbolAt && symbolAt < priceAt, m.c_str());
        auto sym = writes.importCsvText(
            QStringLiteral("Hand"), "date,type,symbol,quantity,price\n2021-01-07,buy,NOPE,1,2\n", "sym.csv");
        QVERIFY(!sym.ok());
        QVERIFY2(sym.error().toString().find("sym.csv:2: field 'symbol': unknown symbol 'NOPE'") !=
                     std::string::npos,
                 sym.error().toString().c_str());
        // Selling more than held (5 left after the stored sell) is found at its line.
        auto oversell = writes.importCsvText(
            QStringLiteral("Hand"),
            "date,type,symbol,quantity,price\n2021-01-07,deposit,,,\n2021-01-07,sell,TST,6,48.4\n",
            "sell.csv");
        QVERIFY(!oversell.ok()); // line 2 lacks an amount
        oversell =
            writes.importCsvText(QStringLiteral("Hand"),
                                 "date,type,symbol,quantity,price\n2021-01-07,sell,TST,6,48.4\n", "sell.csv");
        QVERIFY(!oversell.ok());
        QVERIFY2(oversell.error().toString().find("sell.csv:2: field 'quantity'") != std::string::npos,
                 oversell.error().toString().c_str());
        QVERIFY2(oversell.error().toString().find("exceeds the 5 held") != std::string::npos,
                 oversell.error().toString().c_str());
        // A trade before the first stored close cannot be valued.
        auto early =
            writes.importCsvText(QStringLiteral("Hand"),
                                 "date,type,symbol,quantity,price\n2021-01-01,buy,TST,1,50\n", "early.csv");
        QVERIFY(!early.ok());
        QVERIFY2(early.error().toString().find(
                     "early.csv:2: field 'date': no price of TST on or before 2021-01-01 "
                     "(first close 2021-01-04)") != std::string::npos,
                 early.error().toString().c_str());
        // Nothing of the rejected files landed.
        auto h = service.holdings(QStringLiteral("Hand"));
        QVERIFY(h.ok());
        QCOMPARE(h->used.transactions, std::size_t(4));
        QCOMPARE(writes.importCsvText(QStringLiteral("Nobody"), "date,type\n", "x.csv").error().code,
                 ErrorCode::NotFound);
    }

    void columnMapAndRoundTrip()
    {
        auto db = handMade();
        QVERIFY(db);
        PortfolioService service(*db);
        Writes writes(*db);
        auto map = TransactionCsv::parseColumnMap({"date=Trade Date,type=Action", "symbol=Ticker"});
        QVERIFY(map.ok());
        QVERIFY(!TransactionCsv::parseColumnMap({"colour=x"}).ok());
        QVERIFY(writes.create(QStringLiteral("Mapped"), QStringLiteral("USD")).ok());
        const QByteArray mapped = "Trade Date;Action;Ticker;quantity;price;amount;note\n"
                                  "2021-01-04;Deposit;;;;2000;\"first; with \"\"quotes\"\"\"\n"
                                  "2021-01-05;Buy;TST;3;55;;\n";
        auto imported = writes.importCsvText(QStringLiteral("Mapped"), mapped, "mapped.csv", map.value());
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().toString().c_str());
        QCOMPARE(imported->imported, std::size_t(2));
        auto rows = service.transactionRows(QStringLiteral("Mapped"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->at(0).note, std::string("first; with \"quotes\""));
        QCOMPARE(rows->at(1).amount, dec("165")); // 3 x 55 when no amount is given

        const QString path = m_dir.filePath(QStringLiteral("hand-export.csv"));
        auto exported = service.exportCsv(QStringLiteral("Hand"), path);
        QVERIFY(exported.ok());
        QCOMPARE(exported.value(), std::size_t(4));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        QCOMPARE(first.split('\n').at(2), QByteArray("2021-01-04,buy,TST,10,50,0,0,500,USD,"));

        QVERIFY(writes.create(QStringLiteral("Copy"), QStringLiteral("USD")).ok());
        QVERIFY(writes.importCsv(QStringLiteral("Copy"), path).ok());
        const QString again = m_dir.filePath(QStringLiteral("copy-export.csv"));
        QVERIFY(service.exportCsv(QStringLiteral("Copy"), again).ok());
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), first);
    }

    void csvDatesAndQuotedNotes()
    {
        // Day-first dates, told apart by a day above 12; a note with a comma, a quote and a newline.
        auto rows = TransactionCsv::parse("date,type,amount,note\n"
                                          "04.01.2021,deposit,100,\"line one,\n\"\"two\"\"\"\n"
                                          "13.01.2021,deposit,5.25,\n",
                                          "dmy.csv");
        QVERIFY2(rows.ok(), rows.ok() ? "" : rows.error().toString().c_str());
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(0).date, day("2021-01-04"));
        QCOMPARE(rows->at(1).date, day("2021-01-13"));
        QCOMPARE(rows->at(1).line, 4); // the quoted newline counts as a line of the file
        QCOMPARE(rows->at(0).note, std::string("line one,\n\"two\""));
        QCOMPARE(rows->at(1).amount, dec("5.25"));
        const QByteArray text = TransactionCsv::format(rows.value());
        auto again = TransactionCsv::parse(text, "again.csv");
        QVERIFY(again.ok());
        QCOMPARE(TransactionCsv::format(again.value()), text);
        QCOMPARE(again->at(0).note, rows->at(0).note);
        // Too many decimals would be rounding what the user typed: an error, not a silent change.
        auto precise = TransactionCsv::parse("date,type,amount\n2021-01-04,deposit,1.0000001\n", "p.csv");
        QVERIFY(!precise.ok());
        QVERIFY2(precise.error().toString().find("p.csv:2: field 'amount': unparseable decimal") !=
                     std::string::npos,
                 precise.error().toString().c_str());
        QVERIFY(!TransactionCsv::parse("type,amount\ndeposit,1\n", "nodate.csv").ok());
    }

    void missingFxIsAnErrorAndFxConverts()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(addInstrument(*db, "EUS", "EUR", {{"2021-01-04", 10}, {"2021-01-05", 11}}));
        PortfolioService service(*db);
        Writes writes(*db);
        QVERIFY(writes.create(QStringLiteral("Euro"), QStringLiteral("USD")).ok());
        const QByteArray csv = "date,type,symbol,quantity,price,amount,currency\n"
                               "2021-01-04,deposit,,,,100,EUR\n"
                               "2021-01-04,buy,EUS,5,10,,\n";
        // Without the FX series the portfolio could not be valued: the guarded
        // write refuses the lines instead of storing a ledger no view can show.
        auto refused = writes.importCsvText(QStringLiteral("Euro"), csv, "eur.csv");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().find("eur.csv:2: field 'currency'") != std::string::npos &&
                     refused.error().toString().find("EURUSD=X") != std::string::npos,
                 refused.error().toString().c_str());
        auto h = service.holdings(QStringLiteral("Euro"));
        QVERIFY(!h.ok()); // nothing was stored

        QVERIFY(addInstrument(*db, "EURUSD=X", "USD", {{"2021-01-04", 1.2}, {"2021-01-05", 1.25}}, "fx"));
        auto imported = writes.importCsvText(QStringLiteral("Euro"), csv, "eur.csv");
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().toString().c_str());
        h = service.holdings(QStringLiteral("Euro"));
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().toString().c_str());
        // 5 x 11 EUR x 1.25 + 50 EUR cash x 1.25.
        QVERIFY(std::abs(h->totalValue - (55.0 * 1.25 + 50.0 * 1.25)) < 1e-9);
        QVERIFY(std::abs(h->lines.front().marketValue - 55.0 * 1.25) < 1e-9);
        QVERIFY(std::abs(h->cashValue - 62.5) < 1e-9);
        bool fxListed = false;
        for (const SeriesUsed &s : h->used.series)
            fxListed |= s.symbol == "EURUSD=X" && s.role == "fx";
        QVERIFY(fxListed);
    }

    void riskFreeFromSettings()
    {
        auto db = freshDb();
        QVERIFY(db);
        PortfolioService service(*db);
        Writes writes(*db);
        QCOMPARE(service.riskFreeFromSettings().valueOr(-1), 0.0);
        const QString key = QString::fromLatin1(PortfolioService::kRiskFreeSetting);
        QVERIFY(SettingsRepository(*db).set(key, QStringLiteral("0.03")).ok());
        QCOMPARE(service.riskFreeFromSettings().valueOr(-1), 0.03);
        QVERIFY(SettingsRepository(*db).set(key, QStringLiteral("3 %")).ok());
        QVERIFY(!service.riskFreeFromSettings().ok());
    }

    void samplePortfolio()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(SampleData(*db).load().ok());
        PortfolioService service(*db);
        Writes writes(*db);
        const QString name = QString::fromLatin1(SampleData::kPortfolioName);
        auto list = service.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().transactions, std::size_t(8));

        auto h = service.holdings(name);
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().toString().c_str());
        // overview(): the same valuation and holdings from one read.
        auto overview = service.overview(name);
        QVERIFY(overview.ok());
        auto valuation = service.valuation(name, {});
        QVERIFY(valuation.ok());
        QCOMPARE(overview->valuation.days, valuation->days);
        QCOMPARE(overview->valuation.value, valuation->value);
        QCOMPARE(overview->valuation.cumulativeReturn, valuation->cumulativeReturn);
        QCOMPARE(overview->holdings.asOf, h->asOf);
        QCOMPARE(overview->holdings.totalValue, h->totalValue);
        QCOMPARE(overview->holdings.lines.size(), h->lines.size());
        std::map<std::string, Decimal> qty;
        for (const HoldingLine &l : h->lines)
            qty[l.symbol] = l.quantity;
        QCOMPARE(qty["AAPL"], dec("400"));
        QCOMPARE(qty["^GSPC"], dec("30"));
        // Cash from the sample's steps at the closes in the files, $1 fee per trade.
        const QString aapl = QStringLiteral("aapl_yahoo_2013_2018.csv");
        const QString spx = QStringLiteral("sp500_yahoo_2000_2020.csv");
        const double cash = 100000 - 500 * closeInFile(aapl, QStringLiteral("2013-05-14")) - 1 -
                            20 * closeInFile(spx, QStringLiteral("2013-05-14")) - 1 -
                            200 * closeInFile(aapl, QStringLiteral("2014-01-02")) - 1 + 20000 -
                            10 * closeInFile(spx, QStringLiteral("2015-06-01")) - 1 +
                            300 * closeInFile(aapl, QStringLiteral("2016-02-01")) - 1 - 5000;
        QVERIFY2(std::abs(h->cash.at("USD").toDouble() - cash) < 1e-5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(h->cash.at("USD").toDouble()).arg(cash)));
        // Valued to the last AAPL close (the data that ends first).
        const QString lastAapl = lastDateInFile(aapl);
        QCOMPARE(QString::fromStdString(formatDate(h->asOf)), lastAapl);
        const double expectedTotal =
            cash + 400 * closeInFile(aapl, lastAapl) + 30 * closeInFile(spx, lastAapl);
        QVERIFY(std::abs(h->totalValue - expectedTotal) < 1e-6);

        PortfolioService::PerformanceOptions po;
        po.benchmark = "^GSPC";
        auto perf = service.performance(name, po);
        QVERIFY2(perf.ok(), perf.ok() ? "" : perf.error().toString().c_str());
        QVERIFY(perf->irr.rate.has_value());
        QVERIFY(perf->benchmark.has_value());
        QVERIFY(perf->yearly.size() == 6); // 2013..2018
        double growth = 1.0;
        for (const auto &y : perf->yearly)
            growth *= 1.0 + y.value;
        QVERIFY(std::abs(growth - 1.0 - perf->ttwror) < 1e-9);

        PortfolioService::RiskOptions ro;
        ro.confidence = 0.99;
        auto risk = service.risk(name, ro);
        QVERIFY2(risk.ok(), risk.ok() ? "" : risk.error().toString().c_str());
        QVERIFY(risk->used.observations > 1000);
        QVERIFY(risk->var.var > 0 && risk->var.cvar >= risk->var.var);
        QVERIFY(risk->summary.annualVolatility.has_value());
        QCOMPARE(risk->symbols.size(), std::size_t(2));
        QCOMPARE(risk->componentVar.size(), std::size_t(2));
        QCOMPARE(risk->correlation.size(), std::size_t(2));
        QCOMPARE(risk->correlation[0][0], 1.0);
        ro.varMethod = RiskReport::VarMethod::MonteCarlo;
        ro.draws = 20000;
        auto mc = service.risk(name, ro);
        QVERIFY2(mc.ok(), mc.ok() ? "" : mc.error().toString().c_str());
        QVERIFY(mc->var.var > 0);
        auto mc2 = service.risk(name, ro);
        QCOMPARE(mc2->var.var, mc->var.var); // seeded
        // The reported covariance is symmetric and the correlation is derived from it.
        QCOMPARE(mc->covariance.size(), std::size_t(2));
        QCOMPARE(mc->covariance[0][1], mc->covariance[1][0]);
        QVERIFY(std::abs(mc->correlation[0][1] -
                         mc->covariance[0][1] / std::sqrt(mc->covariance[0][0] * mc->covariance[1][1])) <
                1e-12);
        ro.shrinkage = Covariance::ShrinkageTarget::ConstantCorrelation;
        auto shrunk = service.risk(name, ro);
        QVERIFY2(shrunk.ok(), shrunk.ok() ? "" : shrunk.error().toString().c_str());
        QVERIFY(shrunk->shrinkageIntensity.has_value());
        QVERIFY(*shrunk->shrinkageIntensity >= 0.0 && *shrunk->shrinkageIntensity <= 1.0);
        // Constant correlation keeps the (1/T) variances: T-1/T times the sample ones.
        const double t = double(risk->used.observations);
        QVERIFY(std::abs(shrunk->covariance[0][0] - mc->covariance[0][0] * (t - 1.0) / t) /
                    mc->covariance[0][0] <
                1e-3);
        ro.shrinkage.reset();
        // Too few observations: a window of two days.
        ro.varMethod = RiskReport::VarMethod::Historical;
        ro.period.from = day("2018-05-10");
        QVERIFY(!service.risk(name, ro).ok());

        PortfolioService::ProjectionOptions pr;
        pr.paths = 2000;
        pr.steps = 20;
        pr.targetChange = 0.1;
        pr.lossLimitChange = -0.1;
        auto proj = service.projection(name, pr);
        QVERIFY2(proj.ok(), proj.ok() ? "" : proj.error().toString().c_str());
        QCOMPARE(proj->fan.percentile[2].size(), std::size_t(21));
        QVERIFY(std::abs(proj->fan.percentile[2][0] - h->totalValue) < 1e-6);
        QVERIFY(proj->fan.percentile[0].back() <= proj->fan.percentile[4].back());
        QVERIFY(std::abs(*proj->input.target - h->totalValue * 1.1) < 1e-6);
        QVERIFY(proj->fan.probabilityTarget.has_value() && proj->fan.probabilityLossLimit.has_value());
        pr.lossLimitChange = 0.1;
        QVERIFY(!service.projection(name, pr).ok());

        auto stress = service.stress(name, {});
        QVERIFY2(stress.ok(), stress.ok() ? "" : stress.error().toString().c_str());
        QCOMPARE(stress->scenarios.size(), std::size_t(3));
        // 2008 window: AAPL has no data there, so the S&P 500 proxy stands in for both.
        const double spxMove =
            closeInFile(spx, QStringLiteral("2009-03-31")) / closeInFile(spx, QStringLiteral("2008-09-02")) -
            1.0;
        QVERIFY(std::abs(stress->scenarios[0].outcome.totalChange - spxMove) < 1e-9);
        QVERIFY(std::abs(stress->scenarios[2].outcome.totalChange - (-0.2)) < 1e-12);
        QCOMPARE(stress->scenarios[2].label, std::string("class:equity=-0.2"));
        QCOMPARE(stress->scenarios[0].label, std::string("2008-09-01:2009-03-31"));

        PortfolioService::OptimizeOptions oo;
        oo.bounds = {{"AAPL", 0.0, 0.3}};
        auto opt = service.optimize(name, oo);
        QVERIFY2(opt.ok(), opt.ok() ? "" : opt.error().toString().c_str());
        QCOMPARE(opt->symbols.size(), std::size_t(2));
        QVERIFY(std::abs(opt->result.weights.sum() - 1.0) < 1e-12);
        for (Eigen::Index i = 0; i < opt->result.weights.size(); ++i)
            QVERIFY(opt->result.weights[i] >= opt->lower[std::size_t(i)] - 1e-12 &&
                    opt->result.weights[i] <= opt->upper[std::size_t(i)] + 1e-12);
        oo.bounds = {{"AAPL", 0.0, 0.3}, {"^GSPC", 0.0, 0.3}};
        QVERIFY(!service.optimize(name, oo).ok()); // infeasible
        oo.bounds = {{"MSFT", 0.0, 0.3}};
        QVERIFY(!service.optimize(name, oo).ok()); // not held

        PortfolioService::RebalanceOptions rb;
        rb.targets = {{"AAPL", 0.5}, {"^GSPC", 0.5}};
        auto plan = service.rebalance(name, rb);
        QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().toString().c_str());
        QVERIFY(std::abs(plan->plan.totalValue - h->totalValue) < 1e-6);
        for (const auto &d : plan->plan.drift)
            QVERIFY(std::abs(d.weightAfter - 0.5) < 1e-9);
        rb.targets = {{"AAPL", 0.5}};
        QVERIFY(!service.rebalance(name, rb).ok()); // weights do not sum to 1

        QCOMPARE(service.holdings(QStringLiteral("No such portfolio")).error().code, ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(TestPortfolioService)
#include "tst_portfolio_service.moc"
