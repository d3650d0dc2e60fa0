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

Transaction trade(TransactionType type, sn::TimestampMs date, const char *symbol, const char *qty,
                  const char *price, const char *fee = "0")
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

    // The reproductions: two deposits of 5e12 would wrap the cash,
    // two buys of 5e12 shares the quantity held. Each is refused with
    // "amount too large" naming the transaction and the field, and the
    // ledger stays as it was after the first one.
    void twoLargeDepositsAreRefused()
    {
        Ledger l;
        QVERIFY(l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 1), "5000000000000")).ok());
        auto second = l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 2), "5000000000000"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, sn::ErrorCode::InvalidArgument);
        QVERIFY2(second.error().message.find("field 'amount': amount too large") == 0,
                 second.error().message.c_str());
        QVERIFY2(second.error().message.find("USD cash") != std::string::npos,
                 second.error().message.c_str());
        QCOMPARE(second.error().context, std::string("transaction 2020-01-02 deposit"));
        QCOMPARE(l.cash("USD"), d("5000000000000"));
        QCOMPARE(l.transactions().size(), std::size_t(1));

        auto all = Ledger().applyAll({cashTx(TransactionType::Deposit, day(2020, 1, 1), "5000000000000"),
                                      cashTx(TransactionType::Deposit, day(2020, 1, 1), "5000000000000")});
        QVERIFY(!all.ok());
        QVERIFY2(all.error().toString().find("transaction #2") != std::string::npos,
                 all.error().toString().c_str());
        QVERIFY(all.error().toString().find("amount too large") != std::string::npos);
    }

    void twoLargeBuysAreRefused()
    {
        for (auto method : {Ledger::LotMethod::Fifo, Ledger::LotMethod::AverageCost}) {
            Ledger l("USD", method);
            QVERIFY(l.addAsset({"PENNY", "USD", "equity"}).ok());
            QVERIFY(l.apply(cashTx(TransactionType::Deposit, day(2020, 1, 1), "100000000")).ok());
            QVERIFY(
                l.apply(trade(TransactionType::Buy, day(2020, 1, 2), "PENNY", "5000000000000", "0.000001"))
                    .ok());
            auto second =
                l.apply(trade(TransactionType::Buy, day(2020, 1, 3), "PENNY", "5000000000000", "0.000001"));
            QVERIFY(!second.ok());
            QVERIFY2(second.error().message.find("field 'quantity': amount too large") == 0,
                     second.error().message.c_str());
            QCOMPARE(second.error().context, std::string("transaction 2020-01-03 buy PENNY"));
            // Unchanged: quantity, lots, cost basis and cash are those after the first buy.
            QCOMPARE(l.quantity("PENNY"), d("5000000000000"));
            const auto &pos = l.positions().at("PENNY");
            QCOMPARE(pos.lots.size(), std::size_t(1));
            QCOMPARE(pos.lots.front().quantity, d("5000000000000"));
            QCOMPARE(pos.costBasis, d("5000000"));
            QCOMPARE(l.cash("USD"), d("95000000"));
            QCOMPARE(l.transactions().size(), std::size_t(2));
        }
    }

    // Every other sum the ledger keeps, each with the field that drives it.
    void everyKeptSumIsChecked_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("buy: quantity x price") << 0 << "price";
        QTest::newRow("buy: fee added to the cost") << 1 << "fee";
        QTest::newRow("buy: fee + tax") << 2 << "tax";
        QTest::newRow("buy on margin: cash") << 3 << "price";
        QTest::newRow("buy: cost basis") << 4 << "price";
        QTest::newRow("average cost: lot cost") << 5 << "price";
        QTest::newRow("sell: cash") << 6 << "price";
        QTest::newRow("withdrawal: amount + fee") << 7 << "fee";
        QTest::newRow("withdrawal on margin: cash") << 8 << "amount";
        QTest::newRow("dividend: income") << 9 << "amount";
        QTest::newRow("split: quantity") << 10 << "quantity";
        QTest::newRow("transfer in: quantity") << 11 << "quantity";
        QTest::newRow("transfer out: fee on margin") << 12 << "fee";
        QTest::newRow("interest: tax") << 13 << "tax";
        QTest::newRow("sell: realised P&L") << 14 << "price";
    }
    void everyKeptSumIsChecked()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        const char *big = "9000000000000"; // 9e12, near the top of the range
        const bool margin = which == 3 || which == 8 || which == 9 || which == 12;
        Ledger l("USD", which == 5 ? Ledger::LotMethod::AverageCost : Ledger::LotMethod::Fifo, margin);
        QVERIFY(l.addAsset({"X", "USD", "equity"}).ok());
        const auto d1 = day(2020, 1, 1), d2 = day(2020, 1, 2), d3 = day(2020, 1, 3);
        auto must = [&](const Transaction &t) {
            auto ok = l.apply(t);
            if (!ok)
                qWarning("setup: %s", ok.error().toString().c_str());
            return ok.ok();
        };
        Transaction bad;
        switch (which) {
        case 0:
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            bad = trade(TransactionType::Buy, d2, "X", "4000000", "4000000");
            break;
        case 1:
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            bad = trade(TransactionType::Buy, d2, "X", "1", "5000000000000", "5000000000000");
            break;
        case 2:
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            bad = trade(TransactionType::Buy, d2, "X", "1", "1", "5000000000000");
            bad.tax = d("5000000000000");
            break;
        case 3: // negative cash allowed: -9e12 - 1e12
            QVERIFY(must(trade(TransactionType::Buy, d1, "X", "1", big)));
            bad = trade(TransactionType::Buy, d2, "X", "1", "1000000000000");
            break;
        case 4: // a cost basis of 5e12 + 5e12
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            QVERIFY(must(trade(TransactionType::Buy, d1, "X", "1", big)));
            QVERIFY(must(trade(TransactionType::Sell, d2, "X", "1", big)));
            QVERIFY(must(trade(TransactionType::Buy, d2, "X", "1", "5000000000000")));
            bad = trade(TransactionType::TransferIn, d3, "X", "1", "5000000000000");
            break;
        case 5:
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            QVERIFY(must(trade(TransactionType::Buy, d1, "X", "1", "5000000000000")));
            bad = trade(TransactionType::TransferIn, d2, "X", "1", "5000000000000");
            break;
        case 6:
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            QVERIFY(must(trade(TransactionType::TransferIn, d1, "X", "1", "1")));
            bad = trade(TransactionType::Sell, d2, "X", "1", "1000000000000");
            break;
        case 7:
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            bad = cashTx(TransactionType::Withdrawal, d2, "5000000000000");
            bad.fee = d("5000000000000");
            break;
        case 8:
            QVERIFY(must(cashTx(TransactionType::Withdrawal, d1, big)));
            bad = cashTx(TransactionType::Withdrawal, d2, big);
            break;
        case 9: // on margin, so the cash has room while the income does not
            QVERIFY(must(trade(TransactionType::TransferIn, d1, "X", "1", "1")));
            QVERIFY(must(cashTx(TransactionType::Withdrawal, d1, big)));
            bad = trade(TransactionType::Dividend, d1, "X", "0", "0");
            bad.amount = d(big);
            QVERIFY(must(bad));
            bad.date = d2;
            break;
        case 10:
            QVERIFY(must(trade(TransactionType::TransferIn, d1, "X", "5000000000000", "0")));
            bad = trade(TransactionType::Split, d2, "X", "2", "0");
            break;
        case 11:
            QVERIFY(must(trade(TransactionType::TransferIn, d1, "X", "5000000000000", "0")));
            bad = trade(TransactionType::TransferIn, d2, "X", "5000000000000", "0");
            break;
        case 12:
            QVERIFY(must(trade(TransactionType::TransferIn, d1, "X", "1", "0")));
            QVERIFY(must(cashTx(TransactionType::Withdrawal, d1, big)));
            bad = trade(TransactionType::TransferOut, d2, "X", "1", "0", big);
            break;
        case 13:
            bad = cashTx(TransactionType::Interest, d2, "0");
            bad.fee = d("5000000000000");
            bad.tax = d("5000000000000");
            break;
        case 14: // a sale for 0 of a 9e12 lot, then of an 8e12 one: a P&L of -17e12
            QVERIFY(must(cashTx(TransactionType::Deposit, d1, big)));
            QVERIFY(must(trade(TransactionType::Buy, d1, "X", "1", "8000000000000", "1000000000000")));
            QVERIFY(must(trade(TransactionType::Sell, d1, "X", "1", "0")));
            QVERIFY(must(trade(TransactionType::TransferIn, d1, "X", "1", "8000000000000", "0")));
            bad = trade(TransactionType::Sell, d2, "X", "1", "0");
            break;
        }
        const auto cashBefore = l.cash();
        const auto positionsBefore = l.positions();
        const std::size_t appliedBefore = l.transactions().size();
        auto r = l.apply(bad);
        QVERIFY2(!r.ok(), "the overflowing transaction was accepted");
        const QString expected = QStringLiteral("field '%1': amount too large").arg(field);
        QVERIFY2(QString::fromStdString(r.error().message).startsWith(expected),
                 r.error().toString().c_str());
        QVERIFY2(r.error().context.find("transaction 2020-01-0") == 0, r.error().context.c_str());
        QCOMPARE(l.cash(), cashBefore);
        QCOMPARE(l.transactions().size(), appliedBefore);
        QCOMPARE(l.positions().size(), positionsBefore.size());
        for (const auto &[symbol, p] : positionsBefore) {
            const auto &now = l.positions().at(symbol);
            QCOMPARE(now.quantity, p.quantity);
            QCOMPARE(now.costBasis, p.costBasis);
            QCOMPARE(now.realisedPnl, p.realisedPnl);
            QCOMPARE(now.income, p.income);
            QCOMPARE(now.lots.size(), p.lots.size());
            for (std::size_t i = 0; i < p.lots.size(); ++i) {
                QCOMPARE(now.lots[i].quantity, p.lots[i].quantity);
                QCOMPARE(now.lots[i].cost, p.lots[i].cost);
            }
        }
    }

    void unrealisedPnlOverflowIsAnError()
    {
        Ledger l;
        QVERIFY(l.addAsset({"X", "USD", "equity"}).ok());
        QVERIFY(l.apply(trade(TransactionType::TransferIn, day(2020, 1, 1), "X", "5000000000000", "0")).ok());
        auto pnl = l.unrealisedPnl("X", d("2"));
        QVERIFY(!pnl.ok());
        QVERIFY(pnl.error().message.find("amount too large") != std::string::npos);
        QCOMPARE(l.unrealisedPnl("X", d("1")).value(), d("5000000000000"));
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
                const Decimal qty =
                    Decimal::fromRaw(static_cast<std::int64_t>(1 + rng() % 7'000'000)); // up to 7 shares
                const Decimal price =
                    Decimal::fromRaw(static_cast<std::int64_t>(1'000'000 + rng() % 99'000'000));
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
        QCOMPARE(std::string(sn::transactionTypeName(TransactionType::TransferOut)),
                 std::string("transfer_out"));
        QCOMPARE(*sn::transactionTypeFromName("withdrawal"), TransactionType::Withdrawal);
        QVERIFY(!sn::transactionTypeFromName("gift"));
    }
};

QTEST_APPLESS_MAIN(TestLedger)
#include "tst_ledger.moc"
