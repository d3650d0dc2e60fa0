#include "core/analytics/ReturnStats.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using sn::Convention;
using sn::ReturnStats;

namespace {

// The fixed series every golden test uses, and the benchmark beside it.
//   r = +1 %, -2 %, +3 %, -1 %, +2 %          b = +2 %, -1 %, +1 %, -1 %, +1 %
// Hand arithmetic shared by the tests:
//   mean(r) = 0.03 / 5 = 0.006
//   r - mean: 0.004, -0.026, 0.024, -0.016, 0.014
//   squares (x1e-6): 16 + 676 + 576 + 256 + 196 = 1720
//   sample var = 1720e-6 / 4 = 430e-6, population var = 1720e-6 / 5 = 344e-6
//   growth = 1.01 * 0.98 * 1.03 * 0.99 * 1.02 = 1.0294850412
//   equity 1, 1.01, 0.9898, 1.019494, 1.00929906, 1.0294850412: worst fall is
//   1.01 -> 0.9898 = -2 % (peak index 1, trough 2, back above 1.01 at index 3)
//   mean(b) = 0.02 / 5 = 0.004; b - mean: 0.016, -0.014, 0.006, -0.014, 0.006
//   cov sum (x1e-6): 64 + 364 + 144 + 224 + 84 = 880; var(b) sum: 256+196+36+196+36 = 720
//   beta = 880 / 720 = 11 / 9
//   active a = r - b = -0.01, -0.01, 0.02, 0, 0.01; mean 0.002;
//   a - mean: -0.012, -0.012, 0.018, -0.002, 0.008; squares (x1e-6) 144+144+324+4+64 = 680
const std::vector<double> kR{0.01, -0.02, 0.03, -0.01, 0.02};
const std::vector<double> kB{0.02, -0.01, 0.01, -0.01, 0.01};
constexpr double kMean = 0.006;
constexpr double kMeanB = 0.004;
const double kSdSample = std::sqrt(1720e-6 / 4.0);
const double kSdPop = std::sqrt(1720e-6 / 5.0);
constexpr double kGrowth = 1.0294850412;
constexpr double kBeta = 11.0 / 9.0;
const double kActiveSdSample = std::sqrt(680e-6 / 4.0);
constexpr double kActiveMean = 0.002;

bool near(std::optional<double> got, double want, double tol = 1e-10)
{
    if (!got) {
        qWarning("value not defined, want %.12g", want);
        return false;
    }
    const bool ok = std::fabs(*got - want) <= tol * std::max(1.0, std::fabs(want));
    if (!ok)
        qWarning("got %.15g want %.15g", *got, want);
    return ok;
}

} // namespace

class TestReturnStats : public QObject
{
    Q_OBJECT
private slots:
    void basicsFromHandArithmetic()
    {
        const auto c = Convention::supernova();
        QVERIFY(near(ReturnStats::totalReturn(kR), kGrowth - 1.0));
        QVERIFY(near(ReturnStats::annualReturn(kR, c), std::pow(kGrowth, 252.0 / 5.0) - 1.0));
        QVERIFY(near(ReturnStats::annualVolatility(kR, c), kSdSample * std::sqrt(252.0)));
        auto dd = ReturnStats::maxDrawdownOfReturns(kR);
        QVERIFY(dd.has_value());
        QVERIFY(near(dd->depth, 0.02));
        QCOMPARE(dd->peakIndex, std::size_t(1));
        QCOMPARE(dd->troughIndex, std::size_t(2));
        QVERIFY(dd->recovered());
        QCOMPARE(*dd->recoveryIndex, std::size_t(3));
        QCOMPARE(dd->durationPeriods, std::size_t(2));
        QVERIFY(near(ReturnStats::calmar(kR, c), (std::pow(kGrowth, 252.0 / 5.0) - 1.0) / 0.02));
        QVERIFY(near(ReturnStats::beta(kR, kB, c), kBeta));
    }

    // supernova: 252, ddof 1, rf compounded to a per-period rate.
    void goldenSupernova()
    {
        const double rf = 0.02;
        const auto c = Convention::supernova(rf);
        const double rfp = std::pow(1.02, 1.0 / 252.0) - 1.0;
        QVERIFY(near(c.riskFreePerPeriod(), rfp));
        // A constant shift leaves the deviation unchanged: sd(r - rf_p) = sd(r).
        QVERIFY(near(ReturnStats::sharpe(kR, c), (kMean - rfp) / kSdSample * std::sqrt(252.0)));
        // Downside below rf_p: the three returns under rf_p are -0.02, -0.01 and none other
        // (0.01 > rf_p ~ 7.9e-5), so DD^2 = ((-0.02 - rfp)^2 + (-0.01 - rfp)^2) / 5.
        const double dd = std::sqrt((std::pow(-0.02 - rfp, 2) + std::pow(-0.01 - rfp, 2)) / 5.0);
        QVERIFY(near(ReturnStats::sortino(kR, c), (kMean - rfp) * 252.0 / (dd * std::sqrt(252.0))));
        QVERIFY(near(ReturnStats::alpha(kR, kB, c), ((kMean - rfp) - kBeta * (kMeanB - rfp)) * 252.0));
        const double te = kActiveSdSample * std::sqrt(252.0);
        QVERIFY(near(ReturnStats::trackingError(kR, kB, c), te));
        QVERIFY(near(ReturnStats::informationRatio(kR, kB, c), kActiveMean * 252.0 / te));
    }

    // vectorbt returns accessor: ann_factor 365, ddof 1, risk_free per period,
    // sortino = mean(adj)*365 / (sqrt(mean(min(adj,0)^2))*sqrt(365)),
    // alpha = (mean(adj_r - beta*adj_b) + 1)^365 - 1, IR = mean(a)/std(a, ddof=1).
    void goldenVectorbt()
    {
        const auto c = Convention::vectorbt();
        QCOMPARE(c.periodsPerYear, 365.0);
        QVERIFY(near(ReturnStats::annualReturn(kR, c), std::pow(kGrowth, 365.0 / 5.0) - 1.0));
        QVERIFY(near(ReturnStats::annualVolatility(kR, c), kSdSample * std::sqrt(365.0)));
        QVERIFY(near(ReturnStats::sharpe(kR, c), kMean / kSdSample * std::sqrt(365.0)));
        // min(r, 0)^2 = 0, 4e-4, 0, 1e-4, 0 -> mean 1e-4 -> downside risk 0.01 * sqrt(365)
        QVERIFY(near(ReturnStats::sortino(kR, c), kMean * 365.0 / (0.01 * std::sqrt(365.0))));
        QVERIFY(near(ReturnStats::calmar(kR, c), (std::pow(kGrowth, 365.0 / 5.0) - 1.0) / 0.02));
        QVERIFY(near(ReturnStats::alpha(kR, kB, c), std::pow(1.0 + kMean - kBeta * kMeanB, 365.0) - 1.0));
        QVERIFY(near(ReturnStats::informationRatio(kR, kB, c), kActiveMean / kActiveSdSample));
        // An annual rf is split evenly into vectorbt's per-period risk_free.
        const auto withRf = Convention::vectorbt(0.0365);
        QVERIFY(near(withRf.riskFreePerPeriod(), 0.0001));
        QVERIFY(near(ReturnStats::sharpe(kR, withRf), (kMean - 0.0001) / kSdSample * std::sqrt(365.0)));
    }

    // backtrader SharpeRatio(timeframe=Days, annualize=True, stddev_sample=False):
    // rate = (1 + 0.01)^(1/252) - 1; ratio = mean(r - rate) / pstdev(r - rate) * sqrt(252).
    void goldenBacktrader()
    {
        const auto c = Convention::backtrader(0.01);
        QCOMPARE(c.ddof, 0);
        const double rate = std::pow(1.01, 1.0 / 252.0) - 1.0;
        QVERIFY(near(ReturnStats::sharpe(kR, c), (kMean - rate) / kSdPop * std::sqrt(252.0)));
        QVERIFY(near(ReturnStats::annualVolatility(kR, c), kSdPop * std::sqrt(252.0)));
        // Population tracking error: 680e-6 / 5.
        QVERIFY(near(ReturnStats::trackingError(kR, kB, c), std::sqrt(680e-6 / 5.0) * std::sqrt(252.0)));
        auto perPeriod = c;
        perPeriod.annualiseSharpe = false; // backtrader's default annualize=False
        QVERIFY(near(ReturnStats::sharpe(kR, perPeriod), (kMean - rate) / kSdPop));
    }

    // Lean PortfolioStatistics: annualPerformance = (1 + mean)^252 - 1;
    // Sharpe = (annualPerformance - rf) / sqrt(252 * var); Sortino the same over
    // sqrt(252 * var(negatives)); alpha = ann - (rf + beta (annB - rf));
    // TE = sqrt(252 * var(r - b)); IR = (ann - annB) / TE.
    void goldenLean()
    {
        const double rf = 0.01;
        const auto c = Convention::lean(rf);
        const double ann = std::pow(1.006, 252.0) - 1.0;
        const double annB = std::pow(1.004, 252.0) - 1.0;
        QVERIFY(near(ReturnStats::annualReturn(kR, c), ann));
        QVERIFY(near(ReturnStats::sharpe(kR, c), (ann - rf) / std::sqrt(252.0 * 430e-6)));
        // Negative returns -0.02, -0.01: mean -0.015, sample var = (0.005^2 + 0.005^2) / 1 = 5e-5.
        QVERIFY(near(ReturnStats::sortino(kR, c), (ann - rf) / std::sqrt(252.0 * 5e-5)));
        QVERIFY(near(ReturnStats::alpha(kR, kB, c), ann - (rf + kBeta * (annB - rf))));
        const double te = std::sqrt(252.0 * 680e-6 / 4.0);
        QVERIFY(near(ReturnStats::trackingError(kR, kB, c), te));
        QVERIFY(near(ReturnStats::informationRatio(kR, kB, c), (ann - annB) / te));
    }

    void rollingSharpeUsesOneWindowForBothInputs()
    {
        // Window 3 over kR: the last window is +3 %, -1 %, +2 %: mean 0.04 / 3,
        // deviations 0.05/3, -0.07/3, 0.02/3, squares (x1/9e-4) 25 + 49 + 4 = 78,
        // sample var = 78e-4 / 9 / 2.
        const auto c = Convention::supernova();
        auto roll = ReturnStats::rollingSharpe(kR, 3, c);
        QCOMPARE(roll.size(), std::size_t(5));
        QVERIFY(!roll[0] && !roll[1]);
        const double m = 0.04 / 3.0;
        const double sd = std::sqrt(78e-4 / 9.0 / 2.0);
        QVERIFY(near(roll[4], m / sd * std::sqrt(252.0)));
        // Every window agrees with the batch function on the same slice, for each profile.
        for (const auto &name : Convention::profileNames()) {
            const auto conv = *Convention::byName(name, 0.02);
            auto r = ReturnStats::rollingSharpe(kR, 3, conv);
            for (std::size_t i = 2; i < kR.size(); ++i)
                QVERIFY(
                    near(r[i], *ReturnStats::sharpe(std::span<const double>(kR).subspan(i - 2, 3), conv)));
        }
        QVERIFY(!ReturnStats::rollingSharpe(std::vector<double>(6, 0.01), 3, c)[5]); // zero deviation
        QVERIFY(ReturnStats::rollingSharpe(kR, 1, c)[4] == std::nullopt);
    }

    void cagrFromEquity()
    {
        // 100 -> 121 over two years: sqrt(1.21) - 1 = 10 %.
        QVERIFY(near(ReturnStats::cagr(100.0, 121.0, 2.0), 0.1));
        QVERIFY(!ReturnStats::cagr(0.0, 121.0, 2.0));
        QVERIFY(!ReturnStats::cagr(100.0, 121.0, 0.0));
        auto r = ReturnStats::returnsFromEquity(std::vector<double>{100, 110, 99});
        QVERIFY(r.ok());
        QCOMPARE(r->size(), std::size_t(2));
        QVERIFY(near((*r)[0], 0.1));
        QVERIFY(near((*r)[1], -0.1));
        auto bad = ReturnStats::returnsFromEquity(std::vector<double>{100, 0, 99});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().context, std::string("equity[1]"));
    }

    void drawdownNotRecovered()
    {
        // 100, 120, 90, 100: peak 120 at 1, trough 90 at 2 (-25 %), never back to 120.
        auto dd = ReturnStats::maxDrawdownOfEquity(std::vector<double>{100, 120, 90, 100});
        QVERIFY(dd.has_value());
        QVERIFY(near(dd->depth, 0.25));
        QVERIFY(!dd->recovered());
        QCOMPARE(dd->durationPeriods, std::size_t(2));
        // Rising only: no drawdown, so Calmar is not defined.
        auto up = std::vector<double>{0.01, 0.02};
        QCOMPARE(ReturnStats::maxDrawdownOfReturns(up)->depth, 0.0);
        QVERIFY(!ReturnStats::calmar(up, Convention::supernova()));
    }

    void notDefinedIsNotNaN()
    {
        const auto c = Convention::supernova();
        const std::vector<double> one{0.01};
        QVERIFY(!ReturnStats::annualVolatility(one, c));
        QVERIFY(!ReturnStats::sharpe(one, c));
        const std::vector<double> flat{0.01, 0.01, 0.01, 0.01};
        QVERIFY(!ReturnStats::sharpe(flat, c));  // zero deviation
        QVERIFY(!ReturnStats::sortino(flat, c)); // no downside
        QVERIFY(ReturnStats::sortino(kR, Convention::lean()).has_value());
        QVERIFY(
            !ReturnStats::sortino(std::vector<double>{0.01, -0.01, 0.02}, Convention::lean())); // one loss
        QVERIFY(!ReturnStats::beta(kR, flat, c));                         // length mismatch
        QVERIFY(!ReturnStats::beta(kR, std::vector<double>(5, 0.01), c)); // benchmark without variance
        const std::vector<double> withNaN{0.01, std::numeric_limits<double>::quiet_NaN(), 0.02};
        QVERIFY(!ReturnStats::sharpe(withNaN, c));
        QVERIFY(!ReturnStats::annualReturn(std::vector<double>{}, c));

        auto s = ReturnStats::compute(one, {}, c);
        QVERIFY(s.ok());
        QVERIFY(s->totalReturn.has_value());
        QVERIFY(!s->annualVolatility && !s->sharpe && !s->beta);
    }

    void computeValidates()
    {
        const auto c = Convention::supernova();
        auto empty = ReturnStats::compute({}, {}, c);
        QVERIFY(!empty.ok());
        const std::vector<double> withInf{0.01, std::numeric_limits<double>::infinity()};
        auto inf = ReturnStats::compute(withInf, {}, c);
        QVERIFY(!inf.ok());
        QCOMPARE(inf.error().context, std::string("returns[1]"));
        auto mismatch = ReturnStats::compute(kR, std::vector<double>{0.01}, c);
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, sn::ErrorCode::InvalidArgument);
        auto full = ReturnStats::compute(kR, kB, c);
        QVERIFY(full.ok());
        QVERIFY(near(full->beta, kBeta));
        QVERIFY(near(full->maxDrawdown.depth, 0.02));
    }

    void profilesByName()
    {
        for (const auto &name : Convention::profileNames()) {
            auto c = Convention::byName(name, 0.03);
            QVERIFY(c.ok());
            QCOMPARE(c->name, name);
            QCOMPARE(c->riskFreeAnnual, 0.03);
        }
        auto bad = Convention::byName("pyfolio");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("pyfolio") != std::string::npos);
    }

    void explainStatesTheConvention()
    {
        for (auto m : ReturnStats::allMetrics())
            QVERIFY(!ReturnStats::explain(m, Convention::supernova()).empty());
        const auto vol =
            ReturnStats::explain(ReturnStats::Metric::AnnualVolatility, Convention::backtrader());
        QVERIFY(vol.find("population") != std::string::npos);
        QVERIFY(vol.find("252") != std::string::npos);
        const auto sharpeVbt = ReturnStats::explain(ReturnStats::Metric::Sharpe, Convention::vectorbt());
        QVERIFY(sharpeVbt.find("365") != std::string::npos);
        QVERIFY(sharpeVbt.find("n-1") != std::string::npos);
        const auto sortinoLean = ReturnStats::explain(ReturnStats::Metric::Sortino, Convention::lean());
        QVERIFY(sortinoLean.find("negative") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestReturnStats)
#include "tst_returnstats.moc"
