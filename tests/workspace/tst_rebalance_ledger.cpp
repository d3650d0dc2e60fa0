// Turning a rebalancing plan into ledger lines (moved out of ui/risk) and
// applying it through the ledger's guarded write: accepted lines are stored
// and announced, a proposal that no longer fits the ledger is refused with
// nothing stored or announced.
#include "core/workspace/LedgerService.h"
#include "core/workspace/RebalanceLedger.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

class TestRebalanceLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_portfolio = 0;
    const QString m_name = QString::fromLatin1(SampleData::kPortfolioName);

    PortfolioService::RebalanceOptions options() const
    {
        PortfolioService::RebalanceOptions o;
        o.targets = {{"AAPL", 0.9}, {"^GSPC", 0.1}};
        return o;
    }

    std::size_t lineCount() const
    {
        auto l = LedgerService(*m_ws).transactions(m_portfolio);
        return l ? l->size() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("rebalance.sqlite")));
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("rebalance.sqlite")));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
        QVERIFY(SampleData(*m_ws).load().ok());
        auto p = LedgerService(*m_ws).portfolioByName(m_name);
        QVERIFY(p.ok());
        m_portfolio = p->id;
    }

    void proposalIsOneLinePerTradeOnTheValuationDay()
    {
        auto proposal = RebalanceLedger(*m_ws).propose(m_name, options(), QStringLiteral("test note"));
        QVERIFY2(proposal.ok(), proposal ? "" : proposal.error().toString().c_str());
        QCOMPARE(proposal->portfolioId, m_portfolio);
        QVERIFY(!proposal->transactions.empty());
        QCOMPARE(proposal->transactions.size(), proposal->report.plan.trades.size());
        // Sells first: on one day the ledger replays lines in order, and the
        // buys are paid from the sells' proceeds.
        bool buySeen = false;
        for (const PortfolioTransaction &tx : proposal->transactions) {
            buySeen = buySeen || tx.type == QLatin1String("buy");
            QVERIFY(!(buySeen && tx.type == QLatin1String("sell")));
        }
        for (const PortfolioTransaction &tx : proposal->transactions) {
            QCOMPARE(tx.time, proposal->asOf);
            QCOMPARE(tx.portfolioId, m_portfolio);
            QVERIFY(tx.type == QLatin1String("buy") || tx.type == QLatin1String("sell"));
            QVERIFY(tx.instrumentId.has_value());
            QVERIFY(tx.quantity > Decimal());
            QCOMPARE(tx.amount, tx.quantity * tx.price);
            QCOMPARE(tx.note, QStringLiteral("test note"));
        }
        QVERIFY(!RebalanceLedger(*m_ws).propose(QStringLiteral("No such portfolio"), options()).ok());
    }

    void applyIsOneGuardedAnnouncedWrite()
    {
        auto proposal = RebalanceLedger(*m_ws).propose(m_name, options());
        QVERIFY(proposal.ok());
        const std::size_t before = lineCount();
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        auto ids = RebalanceLedger(*m_ws).apply(*proposal);
        QVERIFY2(ids.ok(), ids ? "" : ids.error().toString().c_str());
        QCOMPARE(ids->size(), proposal->transactions.size());
        QCOMPARE(lineCount(), before + proposal->transactions.size());
        QCOMPARE(spy.count(), 1);
        const ChangeSet changes = spy.at(0).at(0).value<ChangeSet>();
        QVERIFY(touches(changes, {Change::Entity::Transaction}));
        QVERIFY(LedgerService(*m_ws).verify(m_portfolio).ok());
    }

    void aProposalThatNoLongerFitsIsRefused()
    {
        auto proposal = RebalanceLedger(*m_ws).propose(m_name, options());
        QVERIFY(proposal.ok());
        // Sells far beyond what is held stand for a ledger that changed since
        // the proposal was made.
        bool hasSell = false;
        for (PortfolioTransaction &tx : proposal->transactions)
            if (tx.type == QLatin1String("sell")) {
                tx.quantity = *Decimal::parse("100000");
                tx.amount = tx.quantity * tx.price;
                hasSell = true;
            }
        QVERIFY(hasSell);
        const std::size_t before = lineCount();
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        auto ids = RebalanceLedger(*m_ws).apply(*proposal);
        QVERIFY(!ids.ok());
        QCOMPARE(ids.error().field, std::string("quantity"));
        QVERIFY2(QString::fromStdString(ids.error().toString()).contains(QLatin1String("exceeds")),
                 ids.error().toString().c_str());
        QCOMPARE(lineCount(), before);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRebalanceLedger)
#include "tst_rebalance_ledger.moc"
