#include "core/common/Time.h"
#include "core/model/PortfolioTransaction.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/RebalanceLedger.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "ui/risk/CustomStress.h"
#include "ui/settings/Language.h"

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

} // namespace

// Issue 17, the Risk and Portfolio areas: what the risk view (VaR, Monte Carlo
// projection, stress tests, frontier, rebalancing proposal), the transaction
// grid and the watchlists show when inputs are bad or data is short reads in
// the desktop's language; the English of logs, the CLI and --json is unchanged.
// Each error is provoked through the service the desktop calls, on the sample
// data in a temporary SQLite workspace.
class TestErrorLanguageRisk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    const QString kSample = QString::fromLatin1(SampleData::kPortfolioName);

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("risk.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        m_ws = std::make_unique<Workspace>(*m_db);
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    // VaR: a confidence outside (0, 1), and a tail a short window cannot fill.
    void valueAtRiskRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioService service(*m_ws);
        PortfolioService::RiskOptions bad;
        bad.confidence = 1.5;
        auto r = service.risk(kSample, bad);
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().toString()), QStringLiteral("confidence: 1.5 is not in (0, 1)"));
        QCOMPARE(qs(r.error().toUserString()), QStringLiteral("Konfidenzniveau: 1.5 liegt nicht in (0, 1)"));

        PortfolioService::RiskOptions shortWindow;
        shortWindow.confidence = 0.999;
        shortWindow.period.from = toTimestamp(CivilDate{2018, 11, 1});
        shortWindow.period.to = toTimestamp(CivilDate{2018, 12, 31});
        auto tail = service.risk(kSample, shortWindow);
        QVERIFY(!tail.ok());
        const QString english = qs(tail.error().toString());
        QVERIFY2(english.startsWith(QStringLiteral("VaR: returns: ")) &&
                     english.endsWith(QStringLiteral(
                         " observations leave no tail at 0.999 confidence; at least 1000 are needed")),
                 qPrintable(english));
        const QString german = qs(tail.error().toUserString());
        QVERIFY2(german.startsWith(QStringLiteral("VaR: Renditen: ")) &&
                     german.endsWith(QStringLiteral(" Beobachtungen lassen bei 0.999 Konfidenzniveau kein "
                                                    "Verlustende übrig; mindestens 1000 sind nötig")),
                 qPrintable(german));
    }

    // Monte Carlo: no paths to simulate; a loss limit that is not a loss.
    void projectionRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioService service(*m_ws);
        PortfolioService::ProjectionOptions none;
        none.paths = 0;
        auto r = service.projection(kSample, none);
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().toString()),
                 QStringLiteral("montecarlo: steps/paths: 252 steps and 0 paths; both must be at least 1"));
        QCOMPARE(qs(r.error().toUserString()),
                 QStringLiteral("Monte Carlo: Schritte/Pfade: 252 Schritte und 0 Pfade; beide müssen "
                                "mindestens 1 sein"));

        PortfolioService::ProjectionOptions limit;
        limit.lossLimitChange = 0.1;
        auto l = service.projection(kSample, limit);
        QVERIFY(!l.ok());
        QCOMPARE(qs(l.error().toString()),
                 QStringLiteral("loss-limit: 0.1 is not in (-1, 0) (a loss limit below the start value)"));
        QCOMPARE(qs(l.error().toUserString()),
                 QStringLiteral("Verlustgrenze: 0.1 liegt nicht in (-1, 0) (eine Verlustgrenze unter dem "
                                "Startwert)"));
    }

    // Stress tests: a proxy without daily bars; a custom scenario the view refuses.
    void stressRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioService::StressOptions o;
        o.proxy = "MSFT"; // monthly bars only
        auto r = PortfolioService(*m_ws).stress(kSample, o);
        QVERIFY(!r.ok());
        QCOMPARE(qs(r.error().toString()), QStringLiteral("proxy MSFT: no daily (1d) bars stored"));
        QCOMPARE(qs(r.error().toUserString()),
                 QStringLiteral("Ersatzreihe MSFT: keine Tagesbars (1d) gespeichert"));

        auto unnamed = makeCustomStress(QStringLiteral("  "), StressTest::Shock::Scope::All, {}, -10.0);
        QVERIFY(!unnamed.ok());
        QCOMPARE(qs(unnamed.error().toString()),
                 QStringLiteral("custom stress: a stress scenario needs a name"));
        QCOMPARE(qs(unnamed.error().toUserString()),
                 QStringLiteral("eigenes Stressszenario: ein Stressszenario braucht einen Namen"));
        auto crash = makeCustomStress(QStringLiteral("Crash"), StressTest::Shock::Scope::All, {}, -150.0);
        QVERIFY(!crash.ok());
        QCOMPARE(
            qs(crash.error().toString()),
            QStringLiteral("custom stress 'Crash': the change must be above -100 % and at most +1000 %"));
        QCOMPARE(qs(crash.error().toUserString()),
                 QStringLiteral("eigenes Stressszenario 'Crash': die Veränderung muss über -100 % und "
                                "höchstens +1000 % liegen"));
    }

    // Frontier bounds and the rebalancing proposal the view asks for.
    void frontierAndRebalanceRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioService::OptimizeOptions bounds;
        bounds.bounds.push_back({"MSFT", 0.0, 0.5});
        auto o = PortfolioService(*m_ws).optimize(kSample, bounds);
        QVERIFY(!o.ok());
        QCOMPARE(qs(o.error().toString()), QStringLiteral("bounds: 'MSFT' is not held by the portfolio"));
        QCOMPARE(qs(o.error().toUserString()),
                 QStringLiteral("Grenzen: 'MSFT' wird im Depot nicht gehalten"));

        RebalanceLedger ledger(*m_ws);
        const QString note = QStringLiteral("Rebalancing proposal");
        PortfolioService::RebalanceOptions unknown;
        unknown.targets = {{"NOPE", 1.0}};
        auto u = ledger.propose(kSample, unknown, note);
        QVERIFY(!u.ok());
        QCOMPARE(qs(u.error().toString()), QStringLiteral("target: unknown symbol 'NOPE'"));
        QCOMPARE(qs(u.error().toUserString()), QStringLiteral("Ziel: unbekanntes Symbol 'NOPE'"));

        PortfolioService::RebalanceOptions monthly;
        monthly.targets = {{"AAPL", 0.5}, {"MSFT", 0.5}};
        auto m = ledger.propose(kSample, monthly, note);
        QVERIFY(!m.ok());
        const QString english = qs(m.error().toString());
        QVERIFY2(english.startsWith(QStringLiteral("target MSFT: no daily close on or before 20")),
                 qPrintable(english));
        const QString german = qs(m.error().toUserString());
        QVERIFY2(german.startsWith(QStringLiteral("Ziel MSFT: kein Tagesschlusskurs am oder vor dem 20")),
                 qPrintable(german));

        PortfolioService::RebalanceOptions half;
        half.targets = {{"AAPL", 0.5}};
        auto h = ledger.propose(kSample, half, note);
        QVERIFY(!h.ok());
        // The planner names its refusals "rebalance"; the service adds no second one.
        QCOMPARE(qs(h.error().toString()), QStringLiteral("rebalance: target weights sum to 0.5, not 1"));
        QCOMPARE(qs(h.error().toUserString()),
                 QStringLiteral("Rebalancing: die Zielgewichte summieren sich zu 0.5, nicht zu 1"));

        // The same refusal in Spanish.
        QVERIFY(Language::apply(QStringLiteral("es")));
        auto es = ledger.propose(kSample, half, note);
        QVERIFY(!es.ok());
        QCOMPARE(qs(es.error().toUserString()),
                 QStringLiteral("reequilibrio: los pesos objetivo suman 0.5, no 1"));
        QCOMPARE(qs(es.error().toString()), QStringLiteral("rebalance: target weights sum to 0.5, not 1"));
    }

    // Ledger refusals the transaction grid shows: a deposit naming an
    // instrument, a deposit that would overflow the cash.
    void ledgerRefusalsInGerman()
    {
        LedgerService ledger(*m_ws);
        auto id = ledger.createPortfolio(QStringLiteral("Groß"), QStringLiteral("USD"));
        QVERIFY(id.ok());
        auto apple = InstrumentRepository(*m_db).find(QStringLiteral("AAPL"));
        QVERIFY(apple.ok());
        QVERIFY(Language::apply(QStringLiteral("de")));
        PortfolioTransaction withSymbol;
        withSymbol.time = toTimestamp(CivilDate{2015, 1, 5});
        withSymbol.type = QStringLiteral("deposit");
        withSymbol.currency = QStringLiteral("USD");
        withSymbol.instrumentId = apple->id;
        withSymbol.amount = Decimal::fromInt(100);
        auto symbol = ledger.add(*id, {withSymbol});
        QVERIFY(!symbol.ok());
        QCOMPARE(
            qs(symbol.error().toString()),
            QStringLiteral("transaction 2015-01-05 deposit AAPL: field 'symbol': a deposit has no symbol"));
        QCOMPARE(
            qs(symbol.error().toUserString()),
            QStringLiteral("Transaktion 2015-01-05 Einzahlung AAPL: Feld 'symbol': eine Transaktion vom Typ "
                           "Einzahlung hat kein Symbol"));
        QCOMPARE(qs(symbol.error().field), QStringLiteral("symbol"));

        PortfolioTransaction deposit;
        deposit.time = toTimestamp(CivilDate{2015, 1, 2});
        deposit.type = QStringLiteral("deposit");
        deposit.currency = QStringLiteral("USD");
        deposit.amount = Decimal::fromInt(5'000'000'000'000);
        PortfolioTransaction second = deposit;
        second.time = toTimestamp(CivilDate{2015, 1, 3});
        auto tooLarge = ledger.add(*id, {deposit, second});
        QVERIFY(!tooLarge.ok());
        QCOMPARE(
            qs(tooLarge.error().toString()),
            QStringLiteral("transaction 2015-01-03 deposit: field 'amount': amount too large: the USD cash "
                           "would leave the exact decimal range (+/-9.2 trillion)"));
        QCOMPARE(
            qs(tooLarge.error().toUserString()),
            QStringLiteral("Transaktion 2015-01-03 Einzahlung: Feld 'amount': Betrag zu groß: das "
                           "Bargeld in USD läge außerhalb des exakten Dezimalbereichs (+/-9,2 Billionen)"));
        QCOMPARE(qs(tooLarge.error().field), QStringLiteral("amount"));

        // A line another window (or the CLI) removed meanwhile.
        auto gone = ledger.remove(*id, {999999});
        QVERIFY(!gone.ok());
        QCOMPARE(qs(gone.error().toString()),
                 QStringLiteral("portfolio %1: transaction 999999 is not a line of this portfolio (removed "
                                "meanwhile?)")
                     .arg(*id));
        QCOMPARE(qs(gone.error().toUserString()),
                 QStringLiteral(
                     "Depot %1: Transaktion 999999 ist keine Zeile dieses Depots (inzwischen entfernt?)")
                     .arg(*id));
    }

    // Watchlist refusals the repository makes: a symbol that is not a member,
    // an order that does not list the members.
    void watchlistRefusalsInGerman()
    {
        WatchlistService lists(*m_ws);
        auto id = lists.create(QStringLiteral("Technik"));
        QVERIFY(id.ok());
        QVERIFY(lists.addSymbol(*id, QStringLiteral("AAPL")).ok());
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto removed = lists.removeSymbol(*id, QStringLiteral("IBM"));
        QVERIFY(!removed.ok());
        const std::string where = "watchlist " + std::to_string(*id);
        QCOMPARE(qs(removed.error().toString()), qs(where + ": 'IBM' is not a member"));
        QCOMPARE(qs(removed.error().toUserString()),
                 QStringLiteral("Beobachtungsliste %1: 'IBM' steht nicht auf der Liste").arg(*id));
        auto reordered = lists.reorder(*id, {QStringLiteral("AAPL"), QStringLiteral("IBM")});
        QVERIFY(!reordered.ok());
        QCOMPARE(qs(reordered.error().toString()),
                 qs(where + ": the new order must list each current member exactly once"));
        QCOMPARE(
            qs(reordered.error().toUserString()),
            QStringLiteral("Beobachtungsliste %1: die neue Reihenfolge muss jeden aktuellen Eintrag genau "
                           "einmal nennen")
                .arg(*id));
        QVERIFY(Language::apply(QStringLiteral("es")));
        auto spanish = lists.removeSymbol(*id, QStringLiteral("IBM"));
        QVERIFY(!spanish.ok());
        QCOMPARE(qs(spanish.error().toUserString()),
                 QStringLiteral("lista de seguimiento %1: 'IBM' no está en la lista").arg(*id));
    }
};

QTEST_MAIN(TestErrorLanguageRisk)
#include "tst_error_language_risk.moc"
