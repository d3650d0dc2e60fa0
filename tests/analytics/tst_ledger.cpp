#include "core/analytics/Ledger.h"

#include <QTest>

#include <random>

using sn::Decimal;
using sn::Ledger;
using sn::Transaction;
using sn::TransactionType;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

sn::TimestampMs day(int y, int m, int dd)
{
    return sn::toTimestamp({y, m, dd});
}

Transaction cashTx(TransactionType type, sn::TimestampMs date, const char *amount)
{
    Transaction t;
    t.type = type;
    t.date = date;
    t.amount = d(amount);
    return t;
}

Transaction trade(TransactionType type, sn::TimestampMs date, const char *symbol, const char *qty, const char *price,
                  const char *fee = "0")
{
    Transaction t;
    t.type = type;
    t.date = date;
    t.symbol = symbol;
    t.quantity = d(qty);
    t.price = d(price);
    t.fee = d(fee);
    return t;
}

// deposit 10000; buy 10 @ 100 fee 5; buy 10 @ 120 fee 5; sell 15 @ 130 fee 10
Ledger scenario(Ledger::LotMethod method)
{
    Ledger l("USD", method);
    (void)l.addAsset({"AAPL", "USD", "equity"});
    std::vector<Transaction> txs{
        cashTx(TransactionType::Deposit, day(2020, 1, 2), "10000"),
        trade(TransactionType::Buy, day(2020, 1, 2), "AAPL", "10", "100", "5"),
        trade(TransactionType::Buy, day(2020, 1, 3), "AAPL", "10", "120", "5"),
        trade(TransactionType::Sell, day(2020, 1, 6), "AAPL", "15", "130", "10"),
    };
    auto ok = l.applyAll(txs);
    if (!ok)
        qWarning("%s", ok.error().toString().c_str());
    return l;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
private slots:
    void fifoLots()
    {
        const Ledger l = scenario(Ledger::LotMethod::Fifo);
        // cash = 10000 - (1000 + 5) - (1200 + 5) + (15 * 130 - 10) = 10000 - 2210 + 1940 = 9730
        QCOMPARE(l.cash("USD"), d("9730"));
        QCOMPARE(l.quantity("AAPL"), d("5"));
        // FIFO: the 15 sold are lot 1 (10 shares, cost 1005) and 5/10 of lot 2 (cost 1205): 1005 + 602.5
        // realised = 1940 - 1607.5 = 332.5; remaining cost = 602.5
        QCOMPARE(l.realisedPnl("AAPL"), d("332.5"));
        QCOMPARE(l.positions().at("AAPL").costBasis, d("602.5"));
        QCOMPARE(l.positions().at("AAPL").lots.size(), std::size_t(1));
        // unrealised at 140: 5 * 140 - 602.5 = 97.5
        auto u = l.unrealisedPnl("AAPL", d("140"));
        QVERIFY(u.ok());
        QCOMPARE(*u, d("97.5"));
    }

    void averageCost()
    {
        const Ledger l = scenario(Ledger::LotMethod::AverageCost);
        // average cost: 2210 for 20 shares; 15 sold carry 2210 * 15 / 20 = 1657.5
        // realised = 1940 - 1657.5 = 282.5; remaining cost = 552.5
        QCOMPARE(l.realisedPnl("AAPL"), d("282.5"));
        QCOMPARE(l.positions().at("AAPL").costBasis, d("552.5"));
        QCOMPARE(l.cash("USD"), d("9730"));
    }

    void exactPartialLots()
    {
        // A lot of 3 shares costing 1.00 sold one at a time: 0.333333 + 0.333333 + the rest 0.333334.
        Ledger l;
        QVERIFY(l.addAsset({"X", "USD", "equity"}).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 1), "1")).ok());
        QVERIFY(l.apply(trade(TransactionType::Buy, day(2020, 1, 1), "X", "3", "0.333333", "0.000001")).ok());
        QCOMPARE(l.cash("USD"), Decimal());
        for (int i = 0; i < 3; ++i)
            QVERIFY(l.apply(trade(TransactionType::Sell, day(2020, 1, 2), "X", "1", "0.5")).ok());
        QCOMPARE(l.quantity("X"), Decimal());
        QCOMPARE(l.positions().at("X").costBasis, Decimal());
        // realised = 1.5 - 1.0 exactly
        QCOMPARE(l.realisedPnl("X"), d("0.5"));
        QCOMPARE(l.cash("USD"), d("1.5"));
    }

    void incomeSplitAndCash()
    {
        Ledger l;
        QVERIFY(l.addAsset({"MSFT", "USD", "equity"}).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 1), "1000")).ok());
        QVERIFY(l.apply(trade(TransactionType::Buy, day(2020, 1, 2), "MSFT", "5", "100")).ok());
        Transaction div = cashTx(TransactionType::Dividend, day(2020, 2, 1), "20");
        div.symbol = "MSFT";
        div.tax = d("3");
        QVERIFY(l.apply(div).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Interest, day(2020, 2, 2), "1.25")).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Fee, day(2020, 2, 3), "2")).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Tax, day(2020, 2, 4), "0.25")).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Withdrawal, day(2020, 2, 5), "100")).ok());
        // 1000 - 500 + (20 - 3) + 1.25 - 2 - 0.25 - 100 = 416
        QCOMPARE(l.cash("USD"), d("416"));
        QCOMPARE(l.positions().at("MSFT").income, d("17"));
        Transaction split = trade(TransactionType::Split, day(2020, 3, 1), "MSFT", "2", "0");
        QVERIFY(l.apply(split).ok());
        QCOMPARE(l.quantity("MSFT"), d("10"));
        QCOMPARE(l.positions().at("MSFT").costBasis, d("500"));
        // transfer out 4 (FIFO cost 200 leaves), transfer in 1 at cost 30
        QVERIFY(l.apply(trade(TransactionType::TransferOut, day(2020, 3, 2), "MSFT", "4", "60")).ok());
        QVERIFY(l.apply(trade(TransactionType::TransferIn, day(2020, 3, 3), "MSFT", "1", "30")).ok());
        QCOMPARE(l.quantity("MSFT"), d("7"));
        QCOMPARE(l.positions().at("MSFT").costBasis, d("330"));
        QCOMPARE(l.cash("USD"), d("416"));
    }

    void badInput()
    {
        Ledger l;
        QVERIFY(l.addAsset({"AAPL", "USD", "equity"}).ok());
        QVERIFY(!l.addAsset({"AAPL", "USD", "equity"}).ok());
        QVERIFY(l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 1), "1000")).ok());
        QVERIFY(l.apply(trade(TransactionType::Buy, day(2020, 1, 2), "AAPL", "2", "100")).ok());

        auto oversell = l.apply(trade(TransactionType::Sell, day(2020, 1, 3), "AAPL", "3", "100"));
        QVERIFY(!oversell.ok());
        QVERIFY(oversell.error().message.find("exceeds the 2 held") != std::string::npos);
        QVERIFY(oversell.error().context.find("2020-01-03 sell AAPL") != std::string::npos);

        auto negPrice = l.apply(trade(TransactionType::Buy, day(2020, 1, 3), "AAPL", "1", "-1"));
        QVERIFY(!negPrice.ok());
        QVERIFY(negPrice.error().message.find("negative price") != std::string::npos);

        auto unknown = l.apply(trade(TransactionType::Buy, day(2020, 1, 3), "ZZZZ", "1", "1"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, sn::ErrorCode::NotFound);

        auto noCash = l.apply(trade(TransactionType::Buy, day(2020, 1, 3), "AAPL", "100", "100"));
        QVERIFY(!noCash.ok());
        QVERIFY(noCash.error().message.find("cash") != std::string::npos);

        auto huge = l.apply(trade(TransactionType::Buy, day(2020, 1, 3), "AAPL", "9000000000", "9000000000"));
        QVERIFY(!huge.ok());
        QVERIFY(huge.error().message.find("overflows") != std::string::npos);

        auto zeroQty = l.apply(trade(TransactionType::Buy, day(2020, 1, 3), "AAPL", "0", "100"));
        QVERIFY(!zeroQty.ok());

        auto backdated = l.apply(cashTx(TransactionType::Deposit, day(2019, 12, 31), "1"));
        QVERIFY(!backdated.ok());

        auto negAmount = l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 4), "-5"));
        QVERIFY(!negAmount.ok());

        // Nothing above changed the ledger.
        QCOMPARE(l.quantity("AAPL"), d("2"));
        QCOMPARE(l.cash("USD"), d("800"));
        QCOMPARE(l.transactions().size(), std::size_t(2));
        QVERIFY(!l.unrealisedPnl("AAPL", d("-1")).ok());
        QVERIFY(!l.unrealisedPnl("NOPE", d("1")).ok());
    }

    void randomTradesKeepTheBooksExact()
    {
        // Random buys and sells with odd quantities, prices and fees. Exact identities:
        //   cash = deposits - sum(buy cost incl. fees) + sum(sell proceeds net of fees)
        //   realised = sum(sell proceeds) - (sum(buy cost) - remaining cost basis)
        // for both lot methods (partial lots split their cost without losing a micro-unit).
        for (auto method : {Ledger::LotMethod::Fifo, Ledger::LotMethod::AverageCost}) {
            Ledger l("USD", method);
            QVERIFY(l.addAsset({"X", "USD", "equity"}).ok());
            const Decimal deposit = d("1000000");
            QVERIFY(l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 1), "1000000")).ok());
            std::mt19937_64 rng(method == Ledger::LotMethod::Fifo ? 1 : 2);
            Decimal buyCost, proceeds;
            for (int i = 0; i < 400; ++i) {
                const Decimal qty = Decimal::fromRaw(static_cast<std::int64_t>(1 + rng() % 7'000'000)); // up to 7 shares
                const Decimal price = Decimal::fromRaw(static_cast<std::int64_t>(1'000'000 + rng() % 99'000'000));
                const Decimal fee = Decimal::fromRaw(static_cast<std::int64_t>(rng() % 2'000'000));
                const bool sell = (rng() % 3 == 0) && l.quantity("X") >= qty;
                Transaction t = trade(sell ? TransactionType::Sell : TransactionType::Buy,
                                      day(2020, 1, 2) + i * sn::kMsPerDay, "X", "0", "0");
                t.quantity = qty;
                t.price = price;
                t.fee = fee;
                auto ok = l.apply(t);
                QVERIFY2(ok.ok(), ok.ok() ? "" : ok.error().toString().c_str());
                if (sell)
                    proceeds += qty * price - fee;
                else
                    buyCost += qty * price + fee;
            }
            const auto &pos = l.positions().at("X");
            QCOMPARE(l.cash("USD"), deposit - buyCost + proceeds);
            QCOMPARE(pos.realisedPnl, proceeds - (buyCost - pos.costBasis));
            Decimal lotQty, lotCost;
            for (const auto &lot : pos.lots) {
                lotQty += lot.quantity;
                lotCost += lot.cost;
            }
            QCOMPARE(lotQty, pos.quantity);
            QCOMPARE(lotCost, pos.costBasis);
        }
    }

    void typeNames()
    {
        QCOMPARE(std::string(sn::transactionTypeName(TransactionType::TransferOut)), std::string("transfer_out"));
        QCOMPARE(*sn::transactionTypeFromName("withdrawal"), TransactionType::Withdrawal);
        QVERIFY(!sn::transactionTypeFromName("gift"));
    }
};

QTEST_APPLESS_MAIN(TestLedger)
#include "tst_ledger.moc"
