// Analytics benchmarks against the limits of issue 4. Data are synthetic but
// shaped like the real thing (weekday prices, a long ledger); every figure is
// printed with its limit and PASS/FAIL.
#include "core/analytics/MonteCarloProjection.h"
#include "core/analytics/Performance.h"
#include "core/analytics/PortfolioOptimizer.h"
#include "core/analytics/Valuation.h"
#include "core/analytics/ValueAtRisk.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <random>

using namespace sn;

namespace {

// 50 instruments x 20 years of weekday closes, 10,000 trades.
ValuationInput ledgerInput()
{
    ValuationInput in;
    const TimestampMs start = toTimestamp({2000, 1, 3});
    const TimestampMs end = toTimestamp({2019, 12, 31});
    std::mt19937_64 rng(3);
    std::normal_distribution<double> z;
    constexpr int kAssets = 50;
    for (int a = 0; a < kAssets; ++a) {
        const std::string sym = "SYM" + std::to_string(a);
        in.assets.push_back({sym, "USD", "equity"});
        DailySeries s;
        double price = 50.0 + a;
        for (TimestampMs t = start; t <= end; t += kMsPerDay) {
            const int weekday = static_cast<int>((t / kMsPerDay + 4) % 7); // 0 = Sunday
            if (weekday == 0 || weekday == 6)
                continue;
            price *= std::exp(0.0002 + 0.015 * z(rng));
            s.time.push_back(t);
            s.value.push_back(price);
        }
        in.prices[sym] = std::move(s);
    }
    Transaction dep;
    dep.type = TransactionType::Deposit;
    dep.date = start;
    dep.amount = Decimal::fromInt(1'000'000'000);
    in.transactions.push_back(dep);
    const auto &days = in.prices["SYM0"].time;
    constexpr int kTrades = 10'000;
    for (int k = 0; k < kTrades - 1; ++k) {
        const int a = k % kAssets;
        const std::size_t di = static_cast<std::size_t>(k) * (days.size() - 1) / kTrades;
        const auto &series = in.prices["SYM" + std::to_string(a)];
        Transaction t;
        t.date = days[di];
        t.symbol = "SYM" + std::to_string(a);
        t.price = *Decimal::fromDouble(series.value[di]);
        const int j = k / kAssets;
        t.type = j % 3 == 2 ? TransactionType::Sell : TransactionType::Buy;
        t.quantity = Decimal::fromInt(t.type == TransactionType::Buy ? 10 : 5);
        t.fee = Decimal::fromInt(1);
        in.transactions.push_back(t);
    }
    return in;
}

PortfolioOptimizer::Problem randomProblem(int n)
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> z;
    Eigen::MatrixXd x(4 * n, n);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            x(i, j) = 0.0004 * (1 + j % 7) + 0.01 * z(rng) * (1.0 + 0.05 * static_cast<double>(j));
    auto p = *PortfolioOptimizer::fromReturns(x);
    p.lower = Eigen::VectorXd::Zero(n);
    p.upper = Eigen::VectorXd::Constant(n, 0.2);
    return p;
}

// Process CPU time of the fastest run: unlike wall time it does not count
// the time other processes held the (shared, 2-core) machine.
struct CpuBest
{
    double ms = std::numeric_limits<double>::infinity();
    std::function<void()> wrap(std::function<void()> fn)
    {
        return [this, fn] {
            timespec a{}, b{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
            fn();
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
            ms = std::min(ms, (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
        };
    }
    void print() const { std::printf("  process CPU time, fastest run: %.3f ms\n", ms); }
};

} // namespace

int main()
{
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    bool ok = true;

    const ValuationInput in = ledgerInput();
    std::size_t days = 0;
    double twr = 0.0;
    CpuBest cpuValuation;
    auto valuation = bench::measure(cpuValuation.wrap([&] {
        auto v = Valuation::compute(in);
        if (!v) {
            std::printf("valuation failed: %s\n", v.error().toString().c_str());
            std::exit(2);
        }
        auto r = Performance::dailyReturns(v->marketValue(), v->inflow(), v->outflow());
        days = v->dayCount();
        twr = Performance::ttwror(*r);
    }),
                                    5);
    std::printf("  (%zu calendar days, %zu transactions, TTWROR %.4f)\n", days, in.transactions.size(), twr);
    ok =
        bench::report("valuation + daily TWR, 50 positions x 20 years, 10,000 transactions", valuation, 50) &&
        ok;
    cpuValuation.print();

    {
        constexpr int n = 20;
        auto p = randomProblem(n);
        const Eigen::VectorXd w = Eigen::VectorXd::Constant(n, 1.0 / n);
        CpuBest cpu;
        auto t = bench::measure(cpu.wrap([&] {
            auto r = ValueAtRisk::monteCarlo(w, p.mu, p.cov, 0.99, 1, 100'000, 42);
            if (!r)
                std::exit(2);
        }),
                                5);
        ok = bench::report("Monte Carlo VaR, 20 assets x 100,000 correlated draws", t, 100) && ok;
        cpu.print();
    }

    for (auto method : {MonteCarloProjection::Method::Gbm, MonteCarloProjection::Method::Bootstrap}) {
        MonteCarloProjection::Input pin;
        pin.method = method;
        pin.startValue = 100'000;
        pin.steps = 252;
        pin.paths = 10'000;
        pin.mu = 0.0003;
        pin.sigma = 0.012;
        pin.target = 120'000;
        pin.lossLimit = 80'000;
        const auto &s = in.prices.at("SYM1").value;
        for (std::size_t i = 1; i < s.size(); ++i)
            pin.historicalReturns.push_back(s[i] / s[i - 1] - 1.0);
        CpuBest cpu;
        auto t = bench::measure(cpu.wrap([&] {
            auto r = MonteCarloProjection::run(pin);
            if (!r)
                std::exit(2);
        }),
                                5);
        ok = bench::report(method == MonteCarloProjection::Method::Gbm
                               ? "projection GBM, 10,000 paths x 252 steps + fan + hit probabilities"
                               : "projection bootstrap, 10,000 paths x 252 steps + fan + hit probabilities",
                           t, 100) &&
             ok;
        cpu.print();
    }

    {
        auto p = randomProblem(30);
        CpuBest cpu;
        auto t = bench::measure(cpu.wrap([&] {
            auto f = PortfolioOptimizer::efficientFrontier(p, 50);
            if (!f)
                std::exit(2);
        }),
                                5);
        ok = bench::report("efficient frontier, 50 points, 30 assets, bounds [0, 0.2]", t, 50) && ok;
        cpu.print();
    }
    std::printf("peak RSS: %.1f MiB\n", bench::peakRssMiB());
    return ok ? 0 : 1;
}
