#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/JsonSchema.h"
#include "core/advisor/tools/ToolSupport.h"
#include "core/indicators/IndicatorRegistry.h"
#include "core/storage/WatchlistRepository.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace sn::advisor {

namespace {

using namespace tools;

const QStringList kIntervals{QStringLiteral("1d"), QStringLiteral("1wk"), QStringLiteral("1mo"),
                             QStringLiteral("1h"), QStringLiteral("30m"), QStringLiteral("15m"),
                             QStringLiteral("5m"), QStringLiteral("1m")};

QJsonObject rangeProperties()
{
    return {
        {QStringLiteral("from"),
         schema::date(QStringLiteral("First day (YYYY-MM-DD); default the first stored bar"))},
        {QStringLiteral("to"),
         schema::date(QStringLiteral("Last day (YYYY-MM-DD); default the last stored bar"))},
        {QStringLiteral("interval"),
         schema::string(QStringLiteral("Bar interval; default 1d when stored, else the one with most bars"),
                        kIntervals)}};
}

QJsonObject withRange(QJsonObject props)
{
    const QJsonObject range = rangeProperties();
    for (auto it = range.begin(); it != range.end(); ++it)
        props.insert(it.key(), it.value());
    return props;
}

struct Range
{
    std::optional<TimestampMs> from;
    std::optional<TimestampMs> to;
    QString interval;
};

Result<Range> rangeOf(const QJsonObject &args)
{
    auto from = dateArg(args, "from");
    if (!from)
        return from.error();
    auto to = dateArg(args, "to");
    if (!to)
        return to.error();
    if (*from && *to && **from > **to)
        return makeError(ErrorCode::InvalidArgument, "argument 'from': after 'to'");
    return Range{*from, *to, args.value(QStringLiteral("interval")).toString()};
}

std::vector<double> simpleReturns(const std::vector<double> &close)
{
    std::vector<double> r;
    r.reserve(close.size());
    for (std::size_t i = 1; i < close.size(); ++i)
        r.push_back(close[i] / close[i - 1] - 1.0);
    return r;
}

Result<QJsonObject> listInstruments(const ToolContext &ctx)
{
    auto all = ctx.market.summaries();
    if (!all)
        return all.error();
    QJsonArray rows;
    for (const InstrumentSummary &s : all.value()) {
        QJsonObject o{{QStringLiteral("symbol"), s.symbol},     {QStringLiteral("name"), s.name},
                      {QStringLiteral("kind"), s.kind},         {QStringLiteral("currency"), s.currency},
                      {QStringLiteral("interval"), s.interval}, {QStringLiteral("rows"), s.bars}};
        if (s.bars > 0) {
            o.insert(QStringLiteral("from"), dateText(s.first));
            o.insert(QStringLiteral("to"), dateText(s.last));
            o.insert(QStringLiteral("last_close"), round(s.lastClose, 8));
        }
        rows.append(o);
    }
    return QJsonObject{{QStringLiteral("instruments"), rows}, {QStringLiteral("count"), rows.size()}};
}

Result<QJsonObject> listWatchlists(const ToolContext &ctx)
{
    auto lists = WatchlistRepository(ctx.db).list();
    if (!lists)
        return lists.error();
    QJsonArray rows;
    for (const Watchlist &w : lists.value())
        rows.append(QJsonObject{{QStringLiteral("name"), w.name},
                                {QStringLiteral("symbols"), QJsonArray::fromStringList(w.symbols)}});
    return QJsonObject{{QStringLiteral("watchlists"), rows}, {QStringLiteral("count"), rows.size()}};
}

Result<QJsonObject> priceSummary(const ToolContext &ctx, const QJsonObject &args)
{
    auto range = rangeOf(args);
    if (!range)
        return range.error();
    auto loaded = loadSeries(ctx, args.value(QStringLiteral("symbol")).toString(), range->interval,
                             range->from, range->to);
    if (!loaded)
        return loaded.error();
    const BarSeries &s = loaded->series;
    const auto [minIt, maxIt] = std::minmax_element(s.close.begin(), s.close.end());
    const std::size_t iMin = static_cast<std::size_t>(minIt - s.close.begin());
    const std::size_t iMax = static_cast<std::size_t>(maxIt - s.close.begin());
    Convention c = Convention::supernova();
    c.periodsPerYear = periodsPerYear(loaded->interval);
    const std::vector<double> returns = simpleReturns(s.close);
    const double years = static_cast<double>(s.time.back() - s.time.front()) / kMsPerDay / 365.25;
    return QJsonObject{
        {QStringLiteral("data"), loaded->cite()},
        {QStringLiteral("first_close"), num(s.close.front())},
        {QStringLiteral("last_close"), num(s.close.back())},
        {QStringLiteral("min_close"), num(*minIt)},
        {QStringLiteral("min_date"), dateText(s.time[iMin])},
        {QStringLiteral("max_close"), num(*maxIt)},
        {QStringLiteral("max_date"), dateText(s.time[iMax])},
        {QStringLiteral("total_return"), num(s.close.back() / s.close.front() - 1.0)},
        {QStringLiteral("cagr"), num(ReturnStats::cagr(s.close.front(), s.close.back(), years))},
        {QStringLiteral("annual_volatility"), num(ReturnStats::annualVolatility(returns, c))},
        {QStringLiteral("max_drawdown"),
         num(ReturnStats::maxDrawdownOfEquity(s.close) ? ReturnStats::maxDrawdownOfEquity(s.close)->depth
                                                       : std::nan(""))},
        {QStringLiteral("convention"),
         QStringLiteral(
             "close-to-close simple returns; volatility = sample sd x sqrt(%1); cagr over calendar years "
             "(days / 365.25)")
             .arg(c.periodsPerYear)},
    };
}

Result<QJsonObject> computeIndicator(const ToolContext &ctx, const QJsonObject &args)
{
    auto range = rangeOf(args);
    if (!range)
        return range.error();
    const std::string name = args.value(QStringLiteral("indicator")).toString().toStdString();
    auto loaded = loadSeries(ctx, args.value(QStringLiteral("symbol")).toString(), range->interval,
                             range->from, range->to, 1);
    if (!loaded)
        return loaded.error();
    std::vector<std::pair<std::string, double>> params;
    const QJsonObject p = args.value(QStringLiteral("params")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it)
        params.emplace_back(it.key().toStdString(), it.value().toDouble());
    const BarSeries &s = loaded->series;
    auto out = ind::IndicatorRegistry::compute(name, params, {s.open, s.high, s.low, s.close, s.volume});
    if (!out)
        return out.error().withContext(loaded->symbol.toStdString());
    const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(name);
    QJsonObject resolved;
    for (const ind::IndicatorParam &param : d->params) {
        double v = param.defaultValue;
        for (const auto &[k, value] : params)
            if (k == param.name)
                v = value;
        resolved.insert(QString::fromStdString(param.name), v);
    }
    const int tail = args.value(QStringLiteral("tail")).toInt(5);
    const std::size_t n = s.size();
    const std::size_t start = n > static_cast<std::size_t>(tail) ? n - static_cast<std::size_t>(tail) : 0;
    QJsonObject latest;
    QJsonArray rows;
    for (std::size_t i = start; i < n; ++i) {
        QJsonObject row{{QStringLiteral("date"), dateText(s.time[i])},
                        {QStringLiteral("close"), num(s.close[i])}};
        for (std::size_t k = 0; k < out->names.size(); ++k)
            row.insert(QString::fromStdString(out->names[k]), round(out->values[k][i], 8));
        rows.append(row);
    }
    for (std::size_t k = 0; k < out->names.size(); ++k)
        latest.insert(QString::fromStdString(out->names[k]), round(out->values[k][n - 1], 8));
    return QJsonObject{{QStringLiteral("data"), loaded->cite()},
                       {QStringLiteral("indicator"), QString::fromStdString(name)},
                       {QStringLiteral("params"), resolved},
                       {QStringLiteral("as_of"), dateText(s.time.back())},
                       {QStringLiteral("latest"), latest},
                       {QStringLiteral("tail"), rows},
                       {QStringLiteral("warmup_bars"), static_cast<qint64>(out->warmup)},
                       {QStringLiteral("convention"), QString::fromStdString(d->convention)}};
}

double correlation(std::span<const double> a, std::span<const double> b)
{
    const std::size_t n = a.size();
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= static_cast<double>(n);
    mb /= static_cast<double>(n);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

Result<QJsonObject> compareInstruments(const ToolContext &ctx, const QJsonObject &args)
{
    auto range = rangeOf(args);
    if (!range)
        return range.error();
    std::vector<LoadedSeries> all;
    for (const QJsonValue &v : args.value(QStringLiteral("symbols")).toArray()) {
        auto loaded = loadSeries(ctx, v.toString(), range->interval, range->from, range->to);
        if (!loaded)
            return loaded.error();
        if (!all.empty() && loaded->interval != all.front().interval)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("argument 'symbols': %1 has %2 bars, %3 has %4; pass 'interval'")
                    .arg(all.front().symbol, all.front().interval, loaded->symbol, loaded->interval)
                    .toStdString());
        all.push_back(std::move(loaded).value());
    }
    // Only dates every series has, so the returns compare the same periods.
    std::map<TimestampMs, std::size_t> count;
    for (const LoadedSeries &l : all)
        for (TimestampMs t : l.series.time)
            ++count[t];
    std::vector<TimestampMs> common;
    for (const auto &[t, c] : count)
        if (c == all.size())
            common.push_back(t);
    if (common.size() < 3)
        return makeError(ErrorCode::NotFound,
                         std::to_string(common.size()) + " common dates in the range, need at least 3",
                         "symbols");
    Convention c = Convention::supernova();
    c.periodsPerYear = periodsPerYear(all.front().interval);
    std::vector<std::vector<double>> returns;
    QJsonArray rows;
    for (const LoadedSeries &l : all) {
        std::vector<double> closes;
        closes.reserve(common.size());
        for (TimestampMs t : common)
            closes.push_back(l.series.close[l.series.lowerBound(t)]);
        returns.push_back(simpleReturns(closes));
        auto dd = ReturnStats::maxDrawdownOfEquity(closes);
        QJsonObject cite = l.cite();
        rows.append(QJsonObject{
            {QStringLiteral("symbol"), l.symbol},
            {QStringLiteral("start_close"), num(closes.front())},
            {QStringLiteral("end_close"), num(closes.back())},
            {QStringLiteral("change"), num(closes.back() / closes.front() - 1.0)},
            {QStringLiteral("annual_volatility"), num(ReturnStats::annualVolatility(returns.back(), c))},
            {QStringLiteral("max_drawdown"), num(dd ? dd->depth : std::nan(""))}});
    }
    QJsonArray corr;
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = i + 1; j < all.size(); ++j)
            corr.append(
                QJsonObject{{QStringLiteral("a"), all[i].symbol},
                            {QStringLiteral("b"), all[j].symbol},
                            {QStringLiteral("correlation"), num(correlation(returns[i], returns[j]))}});
    return QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("symbols"),
                                              [&] {
                                                  QJsonArray a;
                                                  for (const LoadedSeries &l : all)
                                                      a.append(l.symbol);
                                                  return a;
                                              }()},
                                             {QStringLiteral("interval"), all.front().interval},
                                             {QStringLiteral("from"), dateText(common.front())},
                                             {QStringLiteral("to"), dateText(common.back())},
                                             {QStringLiteral("rows"), static_cast<qint64>(common.size())}}},
        {QStringLiteral("instruments"), rows},
        {QStringLiteral("correlations"), corr},
        {QStringLiteral("convention"),
         QStringLiteral("on the dates all series share, from the first common date; change = last / "
                        "first close - 1; correlation of simple returns (Pearson); volatility = sample "
                        "sd x sqrt(%1)")
             .arg(c.periodsPerYear)}};
}

} // namespace

void addMarketTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx)
{
    registry.add(
        {QStringLiteral("list_instruments"),
         QStringLiteral("Instruments stored in the database with each interval's bar count and date range."),
         schema::object({})},
        [ctx](const QJsonObject &) { return listInstruments(*ctx); });
    registry.add({QStringLiteral("list_watchlists"),
                  QStringLiteral("The user's watchlists and their symbols."), schema::object({})},
                 [ctx](const QJsonObject &) { return listWatchlists(*ctx); });
    registry.add(
        {QStringLiteral("price_summary"),
         QStringLiteral(
             "First, last, lowest and highest close, total return, CAGR, annualised volatility and max "
             "drawdown of one instrument over a date range."),
         schema::object(withRange({{QStringLiteral("symbol"),
                                    schema::string(QStringLiteral("Stored symbol, e.g. AAPL"))}}),
                        {QStringLiteral("symbol")})},
        [ctx](const QJsonObject &a) { return priceSummary(*ctx, a); });

    QStringList indicators;
    for (const ind::IndicatorDescriptor &d : ind::IndicatorRegistry::descriptors())
        indicators << QString::fromStdString(d.name);
    registry.add(
        {QStringLiteral("compute_indicator"),
         QStringLiteral("A technical indicator on one instrument: its latest values and the last few bars."),
         schema::object(
             withRange(
                 {{QStringLiteral("symbol"), schema::string(QStringLiteral("Stored symbol"))},
                  {QStringLiteral("indicator"), schema::string(QStringLiteral("Indicator"), indicators)},
                  {QStringLiteral("params"),
                   schema::numberMap(QStringLiteral("Indicator parameters, e.g. {\"period\": 14}; "
                                                    "defaults for the rest"))},
                  {QStringLiteral("tail"),
                   schema::integer(QStringLiteral("Bars listed (default 5)"), 1, 50)}}),
             {QStringLiteral("symbol"), QStringLiteral("indicator")})},
        [ctx](const QJsonObject &a) { return computeIndicator(*ctx, a); });
    registry.add(
        {QStringLiteral("compare_instruments"),
         QStringLiteral(
             "Compares 2-5 instruments from their first common date: % change, annualised volatility, max "
             "drawdown and pairwise return correlation."),
         schema::object(withRange({{QStringLiteral("symbols"),
                                    schema::array(QStringLiteral("Stored symbols"),
                                                  schema::string(QStringLiteral("symbol")), 2, 5)}}),
                        {QStringLiteral("symbols")})},
        [ctx = std::move(ctx)](const QJsonObject &a) { return compareInstruments(*ctx, a); });
}

} // namespace sn::advisor
