#include "ui/backtest/LabData.h"

#include "core/workspace/MarketData.h"
#include "ui/shell/DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace sn::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// `text` filled in English, and in the reader's language when that differs.
std::pair<std::string, std::string> bothLanguages(const char *text,
                                                  std::initializer_list<std::string_view> args)
{
    std::string english = fillIn(text, args);
    std::string shown = fillIn(QCoreApplication::translate(kLabErrorContext, text).toStdString(), args);
    if (shown == english)
        shown.clear();
    return {std::move(english), std::move(shown)};
}

} // namespace

Error labError(ErrorCode code, const char *text, std::initializer_list<std::string_view> args,
               const char *where, std::initializer_list<std::string_view> whereArgs)
{
    Error e(code, std::string());
    std::tie(e.message, e.userMessage) = bothLanguages(text, args);
    if (where)
        std::tie(e.context, e.userContext) = bothLanguages(where, whereArgs);
    return e;
}

Result<std::shared_ptr<const BarSeries>> SeriesCache::get(const QString &symbol, const QString &interval,
                                                          bool adjusted)
{
    const auto key = std::make_tuple(symbol, interval, adjusted);
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_series.find(key); it != m_series.end())
            return it->second;
    }
    auto prices = MarketData(m_workspace)
                      .prices(symbol, interval, adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted);
    if (!prices)
        return prices.error();
    if (prices->bars.empty()) {
        Error e = labError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "no %1 bars stored"),
                           {interval.toStdString()});
        e.context = symbol.toStdString();
        return e;
    }
    auto shared = std::make_shared<const BarSeries>(std::move(prices->bars));
    std::lock_guard lock(m_mutex);
    m_series[key] = shared;
    return shared;
}

Result<std::shared_ptr<const BarSeries>> SeriesCache::get(const QString &symbol, const QString &interval,
                                                          std::optional<TimestampMs> from,
                                                          std::optional<TimestampMs> to, bool adjusted)
{
    auto full = get(symbol, interval, adjusted);
    if (!full || (!from && !to))
        return full;
    const TimestampMs lo = from.value_or(std::numeric_limits<TimestampMs>::min());
    const TimestampMs hi = to.value_or(std::numeric_limits<TimestampMs>::max());
    auto cut = std::make_shared<const BarSeries>(full.value()->slice(lo, hi));
    if (cut->empty()) {
        // Whole sentences per case, so a translation needs no English piece.
        Error e = from && to ? labError(ErrorCode::NotFound,
                                        QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "no bars between %1 .. %2"),
                                        {formatDate(*from), formatDate(*to)})
                  : from     ? labError(ErrorCode::NotFound,
                                        QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "no bars between %1 .. end"),
                                        {formatDate(*from)})
                             : labError(ErrorCode::NotFound,
                                        QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "no bars between start .. %1"),
                                        {formatDate(*to)});
        e.context = symbol.toStdString();
        return e;
    }
    return cut;
}

void SeriesCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_series.clear();
}

QList<QPointF> decimateMinMax(std::span<const TimestampMs> time, std::span<const double> values, int columns)
{
    QList<QPointF> out;
    const std::size_t n = std::min(time.size(), values.size());
    if (n == 0)
        return out;
    const std::size_t buckets = std::size_t(std::max(columns, 1));
    if (n <= 2 * buckets) {
        out.reserve(qsizetype(n));
        for (std::size_t i = 0; i < n; ++i)
            out.append(QPointF(double(time[i]), values[i]));
        return out;
    }
    out.reserve(qsizetype(2 * buckets));
    // Buckets split the bars evenly: bars are (nearly) evenly spaced in a
    // plot whose x axis is time, and this keeps every bucket non-empty.
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t lo = b * n / buckets, hi = (b + 1) * n / buckets;
        std::size_t iMin = lo, iMax = lo;
        for (std::size_t i = lo; i < hi; ++i) {
            if (values[i] < values[iMin])
                iMin = i;
            if (values[i] > values[iMax])
                iMax = i;
        }
        const std::size_t first = std::min(iMin, iMax), second = std::max(iMin, iMax);
        out.append(QPointF(double(time[first]), values[first]));
        if (second != first)
            out.append(QPointF(double(time[second]), values[second]));
    }
    return out;
}

std::vector<double> drawdownCurve(std::span<const double> equity)
{
    std::vector<double> dd(equity.size());
    double peak = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < equity.size(); ++i) {
        peak = std::max(peak, equity[i]);
        dd[i] = peak > 0 ? equity[i] / peak - 1.0 : 0.0;
    }
    return dd;
}

MonthlyReturns monthlyReturns(std::span<const TimestampMs> time, std::span<const double> equity,
                              double initialCash)
{
    MonthlyReturns m;
    const std::size_t n = std::min(time.size(), equity.size());
    if (n == 0)
        return m;
    const CivilDate first = toCivil(time.front());
    const CivilDate last = toCivil(time[n - 1]);
    m.firstYear = first.year;
    m.years = last.year - first.year + 1;
    m.values.assign(std::size_t(m.years) * 12, kNaN);
    m.yearTotals.assign(std::size_t(m.years), kNaN);
    double previousMonthEnd = initialCash;
    for (std::size_t i = 0; i < n; ++i) {
        const CivilDate d = toCivil(time[i]);
        const bool lastOfMonth = i + 1 == n || [&] {
            const CivilDate next = toCivil(time[i + 1]);
            return next.month != d.month || next.year != d.year;
        }();
        if (!lastOfMonth)
            continue;
        const double r = previousMonthEnd > 0 ? equity[i] / previousMonthEnd - 1.0 : kNaN;
        const std::size_t y = std::size_t(d.year - m.firstYear);
        m.values[y * 12 + std::size_t(d.month - 1)] = r;
        double &total = m.yearTotals[y];
        total = std::isnan(total) ? r : (1.0 + total) * (1.0 + r) - 1.0;
        previousMonthEnd = equity[i];
    }
    return m;
}

void prepareCurves(RunView &view, int plotWidth)
{
    view.equityPoints = decimateMinMax(view.time, view.equity, plotWidth);
    view.benchmarkPoints.clear();
    if (view.benchmark.size() == view.time.size())
        view.benchmarkPoints = decimateMinMax(view.time, view.benchmark, plotWidth);
    std::vector<double> dd = drawdownCurve(view.equity);
    for (double &v : dd)
        v *= 100.0;
    view.drawdownPoints = decimateMinMax(view.time, dd, plotWidth);
    view.monthly = monthlyReturns(view.time, view.equity, view.metrics.initialEquity);
}

RunView runViewFromReport(const bt::BacktestReport &report, const QStringList &symbols, int plotWidth)
{
    RunView v;
    v.strategy = QString::fromStdString(report.strategy);
    v.symbols = symbols;
    v.paramNames = report.paramNames;
    v.params = report.params;
    v.title = runTitle(v.strategy, v.paramNames, v.params, symbols);
    v.metrics = report.metrics;
    v.optimisticFills = report.result.optimisticFills;
    v.trades.reserve(report.result.trades.size());
    for (const bt::Trade &t : report.result.trades) {
        TradeRow row;
        row.symbol = symbols.value(t.asset, QString::number(t.asset));
        row.entryTime = t.entryTime;
        row.exitTime = t.exitTime;
        row.entryPrice = t.entryPrice;
        row.exitPrice = t.exitPrice;
        row.quantity = t.quantity;
        row.pnl = t.pnl;
        row.returnPct = t.returnPct;
        row.barsHeld = qint64(t.exitBar) - qint64(t.entryBar);
        row.exitReason = QLatin1String(bt::fillReasonName(t.exitReason));
        v.trades.push_back(std::move(row));
    }
    v.time = report.result.time;
    v.equity = report.result.equity;
    v.benchmark = report.benchmarkEquity;
    prepareCurves(v, plotWidth);
    return v;
}

QString numberText(double v)
{
    if (!std::isfinite(v))
        return {};
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QString describeParams(const QString &strategy, const std::vector<std::string> &names,
                       std::span<const double> values)
{
    QStringList parts;
    for (std::size_t i = 0; i < names.size() && i < values.size(); ++i)
        parts << DisplayNames::parameter(names[i]) + QLatin1Char(' ') + numberText(values[i]);
    const QString params = parts.join(QStringLiteral(", "));
    if (strategy.isEmpty())
        return params;
    const QString name = DisplayNames::strategy(strategy.toStdString());
    return params.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, params);
}

QString runTitle(const QString &strategy, const std::vector<std::string> &names,
                 std::span<const double> values, const QStringList &symbols)
{
    return QCoreApplication::translate("sn::ui::LabData", "%1 on %2")
        .arg(describeParams(strategy, names, values), symbols.join(QStringLiteral(", ")));
}

} // namespace sn::ui
