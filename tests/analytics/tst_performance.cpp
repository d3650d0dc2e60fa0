#include "core/analytics/Performance.h"

#include <QTest>
#include <cmath>

using sn::Decimal;
using sn::Performance;
using sn::Transaction;
using sn::TransactionType;
using sn::Valuation;
using sn::ValuationInput;

namespace {

sn::TimestampMs day(int y, int m, int dd)
{
    return sn::toTimestamp({y, m, dd});
}

Transaction tx(TransactionType type, sn::TimestampMs date, const char *amount, const char *symbol = "",
               const char *qty = "0", const char *price = "0", const char *currency = "")
{
    Transaction t;
    t.type = type;
    t.date = date;
    t.amount = *Decimal::parse(amount);
    t.symbol = symbol;
    t.quantity = *Decimal::parse(qty);
    t.price = *Decimal::parse(price);
    t.currency = currency;
    return t;
}

// Mon 2021-01-04 deposit 1000 and buy 10 X @ 100; Tue close 110; Wed is a
// holiday (110 carried) and 500 is deposited; Thu close 99 and 200 withdrawn.
ValuationInput fourDays()
{
    ValuationInput in;
    in.assets = {{"X", "USD", "equity"}};
    in.prices["X"] = {{day(2021, 1, 4), day(2021, 1, 5), day(2021, 1, 7)}, {100, 110, 99}};
    in.transactions = {
        tx(TransactionType::Deposit, day(2021, 1, 4), "1000"),
        tx(TransactionType::Buy, day(2021, 1, 4), "0", "X", "10", "100"),
        tx(TransactionType::Deposit, day(2021, 1, 6), "500"),
        tx(TransactionType::Withdrawal, day(2021, 1, 7), "200"),
    };
    return in;
}

bool near(double got, double want, double tol = 1e-12)
{
    if (std::fabs(got - want) <= tol * std::max(1.0, std::fabs(want)))
        return true;
    qWarning("got %.15g want %.15g", got, want);
    return false;
}

} // namespace

class TestPerformance : public QObject
{
    Q_OBJECT
private slots:
    void valuationCarriesHolidaysForward()
    {
        auto v = Valuation::compute(fourDays());
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().toString().c_str());
        QCOMPARE(v->dayCount(), std::size_t(4));
        // MVE: Mon 10*100 + 0 cash; Tue 10*110; Wed 10*110 + 500; Thu 10*99 + 300
        QCOMPARE(v->marketValue()[0], 1000.0);
        QCOMPARE(v->marketValue()[1], 1100.0);
        QCOMPARE(v->marketValue()[2], 1600.0);
        QCOMPARE(v->marketValue()[3], 1290.0);
        QCOMPARE(v->inflow()[2], 500.0);
        QCOMPARE(v->outflow()[3], 200.0);
    }

    void ttwrorWorkedExample()
    {
        auto v = Valuation::compute(fourDays());
        QVERIFY(v.ok());
        auto r = Performance::dailyReturns(v->marketValue(), v->inflow(), v->outflow());
        QVERIFY(r.ok());
        // Mon: MVB 0 + CFin 1000, MVE 1000 -> 0
        // Tue: 1100 / 1000 - 1 = 0.1
        // Wed: 1600 / (1100 + 500) - 1 = 0
        // Thu: (1290 + 200) / 1600 - 1 = -0.06875
        QVERIFY(near((*r)[0], 0.0));
        QVERIFY(near((*r)[1], 0.1));
        QVERIFY(near((*r)[2], 0.0));
        QVERIFY(near((*r)[3], -0.06875));
        // TTWROR = 1.1 * 0.93125 - 1 = 0.024375
        const double t = Performance::ttwror(*r);
        QVERIFY(near(t, 0.024375));
        QVERIFY(near(*Performance::annualised(t, 4), std::pow(1.024375, 365.0 / 4.0) - 1.0));
        QVERIFY(!Performance::annualised(t, 0));

        // Contribution of X: Tue (1100 - 1000) / 1000 + Thu (990 - 1100) / 1600 = 0.1 - 0.06875
        auto c = Performance::contributions(*v);
        QCOMPARE(c.size(), std::size_t(1));
        QVERIFY(near(c[0].value, 0.03125));
    }

    void dailyReturnsRejectValueFromNothing()
    {
        const std::vector<double> mve{100.0};
        const std::vector<double> zero{0.0};
        QVERIFY(!Performance::dailyReturns(mve, zero, zero).ok());
        QVERIFY(!Performance::dailyReturns(mve, std::vector<double>{}, zero).ok());
    }

    void irrWorkedExamples()
    {
        // 1000 grows to 1100 in exactly 365 days: 10 %.
        auto a = Performance::irr(1000.0, 1100.0, 365.0, {});
        QVERIFY(a.rate.has_value());
        QVERIFY(near(*a.rate, 0.1, 1e-10));
        // 1000 invested 730 days before the end and 1000 365 days before; at 10 %:
        // 1000 * 1.21 + 1000 * 1.1 = 2310.
        const std::vector<Performance::CashFlow> flows{{730.0, 1000.0}, {365.0, 1000.0}};
        auto b = Performance::irr(0.0, 2310.0, 730.0, flows);
        QVERIFY(b.rate.has_value());
        QVERIFY(near(*b.rate, 0.1, 1e-10));
        // The four-day valuation: 1000 g^(3/365) + 500 g^(1/365) - 200 = 1290. The rate
        // must satisfy that equation (residual checked here, not the code's number).
        auto v = Valuation::compute(fourDays());
        QVERIFY(v.ok());
        auto c = Performance::irr(*v, 0, 3);
        QVERIFY(c.rate.has_value());
        const double g = 1.0 + *c.rate;
        QVERIFY(std::fabs(1000.0 * std::pow(g, 3.0 / 365.0) + 500.0 * std::pow(g, 1.0 / 365.0) - 200.0 -
                          1290.0) < 1e-6);
        QVERIFY(*c.rate < 0.0); // 1300 paid in net, 1290 at the end: a loss
    }

    void irrLargeRate()
    {
        // 1000 doubles in 36.5 days: (1 + IRR)^(36.5 / 365) = 2 -> IRR = 2^10 - 1 = 1023.
        auto a = Performance::irr(1000.0, 2000.0, 36.5, {});
        QVERIFY(a.rate.has_value());
        QVERIFY(near(*a.rate, 1023.0, 1e-9));
        // Halving in a year: -50 %.
        auto b = Performance::irr(1000.0, 500.0, 365.0, {});
        QVERIFY(near(*b.rate, -0.5, 1e-10));
    }

    void transfersAreExternalFlows()
    {
        // Mon: 10 X transferred in at market 100 (inflow 1000, no cash); Tue close 110;
        // Thu (Wed carried at 110): 5 X transferred out at market 99 (outflow 495).
        ValuationInput in;
        in.assets = {{"X", "USD", "equity"}};
        in.prices["X"] = {{day(2021, 1, 4), day(2021, 1, 5), day(2021, 1, 7)}, {100, 110, 99}};
        in.lotMethod = sn::Ledger::LotMethod::AverageCost;
        in.transactions = {
            tx(TransactionType::TransferIn, day(2021, 1, 4), "0", "X", "10", "90"),
            tx(TransactionType::TransferOut, day(2021, 1, 7), "0", "X", "5", "0"),
        };
        auto v = Valuation::compute(in);
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().toString().c_str());
        QVERIFY(near(v->inflow()[0], 1000.0));
        QVERIFY(near(v->outflow()[3], 495.0));
        QVERIFY(near(v->marketValue()[3], 495.0));
        auto r = Performance::dailyReturns(v->marketValue(), v->inflow(), v->outflow());
        // Tue 1100 / 1000 - 1 = 0.1; Thu (495 + 495) / 1100 - 1 = -0.1
        QVERIFY(near((*r)[1], 0.1));
        QVERIFY(near((*r)[3], -0.1));
        QVERIFY(near(Performance::ttwror(*r), 1.1 * 0.9 - 1.0));
        // Cost basis stays at the transfer price: 5 shares of an average 90.
        QCOMPARE(v->ledger().positions().at("X").costBasis, Decimal::fromInt(450));
    }

    void irrNoSolution()
    {
        // Money in, a negative end value: no rate above -100 % can do that.
        auto a = Performance::irr(1000.0, -5.0, 365.0, {});
        QVERIFY(!a.rate.has_value());
        QVERIFY(!a.message.empty());
        auto b = Performance::irr(0.0, 0.0, 365.0, {});
        QVERIFY(!b.rate.has_value());
        auto c = Performance::irr(1000.0, 1100.0, 0.0, {});
        QVERIFY(!c.rate.has_value());
    }

    void monthlyAndYearlyTables()
    {
        const std::vector<sn::TimestampMs> days{day(2020, 12, 31), day(2021, 1, 30), day(2021, 1, 31),
                                                day(2021, 2, 1)};
        const std::vector<double> r{0.1, 0.1, -0.1, 0.05};
        auto m = Performance::monthlyReturns(days, r);
        QCOMPARE(m.size(), std::size_t(3));
        QCOMPARE(m[0].month, 12);
        QVERIFY(near(m[0].value, 0.1));
        QCOMPARE(m[1].month, 1);
        QVERIFY(near(m[1].value, 1.1 * 0.9 - 1.0)); // -0.01
        QCOMPARE(m[1].days, std::size_t(2));
        QVERIFY(near(m[2].value, 0.05));
        auto y = Performance::yearlyReturns(days, r);
        QCOMPARE(y.size(), std::size_t(2));
        QCOMPARE(y[1].year, 2021);
        QVERIFY(near(y[1].value, 1.1 * 0.9 * 1.05 - 1.0));
    }

    void fxConversionAndMissingFx()
    {
        ValuationInput in;
        in.assets = {{"SAP", "EUR", "equity"}};
        in.prices["SAP"] = {{day(2021, 1, 4), day(2021, 1, 5)}, {10, 11}};
        in.transactions = {
            tx(TransactionType::Deposit, day(2021, 1, 4), "500", "", "0", "0", "EUR"),
            tx(TransactionType::Buy, day(2021, 1, 4), "0", "SAP", "50", "10"),
        };
        auto missing = Valuation::compute(in);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.find("no FX series EUR->USD") != std::string::npos);

        in.fx["EUR"] = {{day(2021, 1, 4), day(2021, 1, 5)}, {1.2, 1.3}};
        auto v = Valuation::compute(in);
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().toString().c_str());
        // day 1: 50 * 10 * 1.2 = 600 (deposit 500 EUR = 600 USD in); day 2: 50 * 11 * 1.3 = 715
        QVERIFY(near(v->inflow()[0], 600.0));
        QVERIFY(near(v->marketValue()[0], 600.0));
        QVERIFY(near(v->marketValue()[1], 715.0));
        auto r = Performance::dailyReturns(v->marketValue(), v->inflow(), v->outflow());
        QVERIFY(near((*r)[1], 715.0 / 600.0 - 1.0));
    }

    void transactionBeforeAnyPrice()
    {
        auto in = fourDays();
        in.transactions.insert(in.transactions.begin(), tx(TransactionType::Deposit, day(2021, 1, 1), "10"));
        in.transactions.push_back(tx(TransactionType::Buy, day(2021, 1, 1), "0", "X", "0.01", "100"));
        auto v = Valuation::compute(in);
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.find("no price of X on or before 2021-01-01") != std::string::npos);

        auto unknown = fourDays();
        unknown.transactions.push_back(tx(TransactionType::Buy, day(2021, 1, 5), "0", "Y", "1", "1"));
        QVERIFY(!Valuation::compute(unknown).ok());

        auto oversell = fourDays();
        oversell.transactions.push_back(tx(TransactionType::Sell, day(2021, 1, 5), "0", "X", "11", "110"));
        auto o = Valuation::compute(oversell);
        QVERIFY(!o.ok());
        QVERIFY(o.error().message.find("exceeds") != std::string::npos);
    }

    void benchmarkComparison()
    {
        auto v = Valuation::compute(fourDays());
        QVERIFY(v.ok());
        auto r = Performance::dailyReturns(v->marketValue(), v->inflow(), v->outflow());
        QVERIFY(r.ok());
        // Benchmark = X itself: periods Mon->Tue and Tue->Thu.
        // portfolio: 0.1 and (1 + 0)(1 - 0.06875) - 1 = -0.06875; benchmark: 0.1 and 99/110 - 1 = -0.1
        // with two points beta is the slope: (0.1 + 0.06875) / (0.1 + 0.1) = 0.84375
        sn::DailySeries bench{{day(2021, 1, 4), day(2021, 1, 5), day(2021, 1, 7)}, {100, 110, 99}};
        auto cmp = Performance::compareWithBenchmark(v->days(), *r, bench, sn::Convention::supernova());
        QVERIFY2(cmp.ok(), cmp.ok() ? "" : cmp.error().toString().c_str());
        QCOMPARE(cmp->periods, std::size_t(2));
        QVERIFY(near(cmp->benchmarkReturn, 0.99 - 1.0));
        QVERIFY(near(*cmp->beta, 0.84375));
        sn::DailySeries tooShort{{day(2021, 1, 4)}, {100}};
        QVERIFY(
            !Performance::compareWithBenchmark(v->days(), *r, tooShort, sn::Convention::supernova()).ok());
    }
};

QTEST_APPLESS_MAIN(TestPerformance)
#include "tst_performance.moc"
