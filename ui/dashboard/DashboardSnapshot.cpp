#include "ui/dashboard/DashboardSnapshot.h"

#include "core/common/Time.h"
#include "core/market/BarSeries.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioFigures.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/WatchlistService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

constexpr qint64 kDayMs = 86'400'000;

// The last closes of one stored series, enough for a sparkline.
std::optional<DashboardSnapshot::Quote> quoteOf(const Workspace &db, const InstrumentSummary &s)
{
    if (s.bars == 0)
        return std::nullopt;
    const qint64 spanDays = s.interval == QLatin1String("1mo")   ? 31
                            : s.interval == QLatin1String("1wk") ? 7
                                                                 : 2;
    const qint64 from = s.last - spanDays * DashboardSnapshot::kSparkPoints * kDayMs;
    auto bars = MarketData(db).bars(s.symbol, s.interval, from);
    if (!bars || bars->size() == 0)
        return std::nullopt;
    DashboardSnapshot::Quote q;
    q.symbol = s.symbol;
    q.name = s.name;
    q.interval = s.interval;
    const std::size_t n = bars->size();
    q.last = bars->close[n - 1];
    q.lastTime = bars->time[n - 1];
    q.change = lastChange(*bars);
    const std::size_t first = n > DashboardSnapshot::kSparkPoints ? n - DashboardSnapshot::kSparkPoints : 0;
    q.spark.assign(bars->close.begin() + static_cast<std::ptrdiff_t>(first), bars->close.end());
    return q;
}

void loadPortfolio(const Workspace &db, DashboardSnapshot &s)
{
    // Valuation and holdings from one read of the portfolio.
    auto overview = PortfolioService(db).overview(s.portfolio);
    if (!overview) {
        s.portfolioError = QString::fromStdString(overview.error().toUserString());
        return;
    }
    const ValuationSeries *v = &overview->valuation;
    s.baseCurrency = QString::fromStdString(v->used.baseCurrency);
    const std::size_t n = std::min(v->days.size(), v->cumulativeReturn.size());
    if (n == 0) {
        s.portfolioError = QStringLiteral("no valued days");
        return;
    }
    const std::size_t last = n - 1;
    s.value = v->value[last];
    s.valueDate = v->days[last];
    s.startDate = v->days[0];
    s.curveDays.assign(v->days.begin(), v->days.begin() + static_cast<std::ptrdiff_t>(n));
    s.curve.assign(v->cumulativeReturn.begin(), v->cumulativeReturn.begin() + static_cast<std::ptrdiff_t>(n));
    const ValueChanges changes = valueChanges(*v);
    s.day = {changes.day.value, changes.day.twr};
    s.yearToDate = {changes.yearToDate.value, changes.yearToDate.twr};
    s.sinceStart = {changes.sinceStart.value, changes.sinceStart.twr};

    {
        const Holdings *holdings = &overview->holdings;
        for (const HoldingLine &h : holdings->lines)
            if (h.quantity != Decimal() && h.marketValue > 0)
                s.allocation.push_back({QString::fromStdString(h.symbol), h.marketValue});
        std::sort(s.allocation.begin(), s.allocation.end(),
                  [](const auto &a, const auto &b) { return a.value > b.value; });
        if (holdings->cashValue > 0)
            s.allocation.push_back({QStringLiteral("Cash"), holdings->cashValue});
    }

    const QString benchmark = QString::fromLatin1(DashboardSnapshot::kBenchmark);
    if (auto bars = MarketData(db).bars(benchmark, QStringLiteral("1d")); bars && bars->size() > 0) {
        // The close on or before each valued day; the curve starts only where the index has data.
        std::vector<double> closes;
        std::size_t j = 0;
        for (std::size_t i = 0; i < n; ++i) {
            while (j < bars->size() && bars->time[j] <= s.curveDays[i])
                ++j;
            if (j == 0)
                break;
            closes.push_back(bars->close[j - 1]);
        }
        if (closes.size() == n && closes[0] > 0) {
            s.benchmark = benchmark;
            for (double c : closes)
                s.benchmarkCurve.push_back(c / closes[0] - 1.0);
        }
    }
}

} // namespace

Result<DashboardSnapshot> DashboardSnapshot::load(const Workspace &db, const QString &portfolio)
{
    DashboardSnapshot s;
    auto portfolios = LedgerService(db).portfolios();
    if (!portfolios)
        return portfolios.error();
    for (const auto &p : *portfolios)
        s.portfolios << p.name;
    s.portfolio = s.portfolios.contains(portfolio)
                      ? portfolio
                      : (s.portfolios.isEmpty() ? QString() : s.portfolios.front());
    if (!s.portfolio.isEmpty())
        loadPortfolio(db, s);

    auto summaries = MarketData(db).summaries();
    if (!summaries)
        return summaries.error();
    // One quote per symbol: its daily series when it has one.
    std::vector<const InstrumentSummary *> series;
    for (const InstrumentSummary &sum : *summaries) {
        if (sum.bars == 0)
            continue;
        auto same =
            std::find_if(series.begin(), series.end(), [&](auto *x) { return x->symbol == sum.symbol; });
        if (same == series.end())
            series.push_back(&sum);
        else if (sum.interval == QLatin1String("1d"))
            *same = &sum;
    }
    std::vector<Quote> quotes;
    for (const InstrumentSummary *sum : series)
        if (auto q = quoteOf(db, *sum))
            quotes.push_back(std::move(*q));

    if (auto lists = WatchlistService(db).list(); lists && !lists->empty()) {
        s.watchlist = lists->front().name;
        auto list = WatchlistService(db).find(lists->front().id);
        if (list)
            for (const QString &symbol : list->symbols) {
                auto q = std::find_if(quotes.begin(), quotes.end(),
                                      [&](const Quote &x) { return x.symbol == symbol; });
                if (q != quotes.end())
                    s.watch.push_back(*q);
                else
                    s.watch.push_back(Quote{symbol, {}, {}, 0.0, 0, std::nullopt, {}});
            }
    }

    std::vector<std::optional<double>> changes;
    for (const Quote &q : quotes)
        changes.push_back(q.change);
    for (std::size_t i : largestMoves(changes, 5))
        s.movers.push_back(quotes[i]);

    // The list leaves each run's results out; the five shown are read whole.
    RunService runRepo(db);
    if (auto runs = runRepo.list(); runs) {
        for (const BacktestRun &listed : *runs) {
            if (s.runs.size() == 5)
                break;
            auto r = runRepo.load(listed.id);
            if (!r)
                continue;
            Run run{r->id, r->name, r->strategy, r->createdAt, std::nullopt, std::nullopt};
            const QJsonObject metrics = QJsonDocument::fromJson(r->results.toUtf8())
                                            .object()
                                            .value(QStringLiteral("metrics"))
                                            .toObject();
            if (metrics.value(QStringLiteral("total_return")).isDouble())
                run.totalReturn = metrics.value(QStringLiteral("total_return")).toDouble();
            if (metrics.value(QStringLiteral("sharpe")).isDouble())
                run.sharpe = metrics.value(QStringLiteral("sharpe")).toDouble();
            s.runs.push_back(std::move(run));
        }
    }
    return s;
}

} // namespace sn::ui
