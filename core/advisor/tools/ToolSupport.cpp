#include "core/advisor/tools/ToolSupport.h"

#include "core/advisor/tools/AdvisorTools.h"

#include <QStringList>
#include <cmath>

namespace sn::advisor {

Result<Convention> ToolContext::convention() const
{
    auto rf = portfolios.riskFreeFromSettings();
    if (!rf)
        return rf.error();
    return Convention::supernova(rf.value());
}

QJsonObject LoadedSeries::cite() const
{
    QJsonObject o{{QStringLiteral("symbol"), symbol},
                  {QStringLiteral("interval"), interval},
                  {QStringLiteral("rows"), static_cast<qint64>(series.size())}};
    if (!series.empty()) {
        o.insert(QStringLiteral("from"), tools::dateText(series.time.front()));
        o.insert(QStringLiteral("to"), tools::dateText(series.time.back()));
    }
    return o;
}

ToolRegistry makeAdvisorTools(const Database &db)
{
    auto ctx = std::make_shared<const ToolContext>(db);
    ToolRegistry registry;
    addMarketTools(registry, ctx);
    addBacktestTools(registry, ctx);
    addPortfolioTools(registry, ctx);
    addExplainTools(registry, ctx);
    addNewsTools(registry, ctx);
    return registry;
}

namespace tools {

Result<std::optional<TimestampMs>> dateArg(const QJsonObject &args, const char *name)
{
    const QString key = QString::fromLatin1(name);
    if (!args.contains(key))
        return std::optional<TimestampMs>{};
    const std::string text = args.value(key).toString().toStdString();
    auto t = parseTimestamp(text, DateFormat::Iso);
    if (!t)
        return makeError(ErrorCode::InvalidArgument,
                         "argument '" + std::string(name) + "': '" + text + "' is not a date (YYYY-MM-DD)");
    return std::optional<TimestampMs>{*t};
}

QString dateText(TimestampMs t)
{
    return QString::fromStdString(formatDate(t));
}

Result<QString> resolveSymbol(const ToolContext &ctx, const QString &symbol)
{
    auto all = ctx.market.summaries();
    if (!all)
        return all.error();
    QStringList known;
    for (const InstrumentSummary &s : all.value()) {
        if (s.symbol.compare(symbol.trimmed(), Qt::CaseInsensitive) == 0)
            return s.symbol;
        if (!known.contains(s.symbol))
            known << s.symbol;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no instrument '%1' is stored (stored: %2)")
                                              .arg(symbol, known.isEmpty() ? QStringLiteral("none")
                                                                           : known.join(QStringLiteral(", ")))
                                              .toStdString());
}

Result<LoadedSeries> loadSeries(const ToolContext &ctx, const QString &symbol, const QString &interval,
                                std::optional<TimestampMs> from, std::optional<TimestampMs> to,
                                std::size_t minimumBars)
{
    auto all = ctx.market.summaries();
    if (!all)
        return all.error();
    auto stored = resolveSymbol(ctx, symbol);
    if (!stored)
        return stored.error();
    QString chosen = interval;
    if (chosen.isEmpty()) {
        qint64 most = -1;
        for (const InstrumentSummary &s : all.value()) {
            if (s.symbol != stored.value() || s.interval.isEmpty())
                continue;
            if (s.interval == QLatin1String(kDailyInterval)) {
                chosen = s.interval;
                break;
            }
            if (s.bars > most) {
                most = s.bars;
                chosen = s.interval;
            }
        }
        if (chosen.isEmpty())
            return makeError(ErrorCode::NotFound, "no bars stored", stored.value().toStdString());
    }
    auto bars = ctx.market.bars(stored.value(), chosen);
    if (!bars)
        return bars.error();
    // The stored range, read before the bars may be moved into out.series.
    const bool anyStored = !bars->empty();
    const TimestampMs storedFrom = anyStored ? bars->time.front() : 0;
    const TimestampMs storedTo = anyStored ? bars->time.back() : 0;
    LoadedSeries out;
    out.symbol = stored.value();
    out.interval = chosen;
    out.askedFrom = from;
    out.askedTo = to;
    out.series = (from || to) ? bars->slice(from.value_or(std::numeric_limits<TimestampMs>::min()),
                                            to.value_or(std::numeric_limits<TimestampMs>::max()))
                              : std::move(bars).value();
    if (out.series.size() < minimumBars) {
        std::string range = (from ? formatDate(*from) : std::string("start")) + ".." +
                            (to ? formatDate(*to) : std::string("end"));
        std::string have;
        if (anyStored)
            have = " (stored: " + formatDate(storedFrom) + ".." + formatDate(storedTo) + ")";
        return makeError(ErrorCode::NotFound,
                         std::to_string(out.series.size()) + " " + chosen.toStdString() + " bars in " +
                             range + ", need at least " + std::to_string(minimumBars) + have,
                         stored.value().toStdString());
    }
    return out;
}

double periodsPerYear(const QString &interval)
{
    if (interval == QLatin1String("1mo"))
        return 12.0;
    if (interval == QLatin1String("1wk"))
        return 52.0;
    return 252.0;
}

Result<QString> resolvePortfolio(const ToolContext &ctx, const QJsonObject &args)
{
    auto list = ctx.portfolios.list();
    if (!list)
        return list.error();
    const QString asked = args.value(QStringLiteral("portfolio")).toString();
    QStringList names;
    for (const PortfolioSummary &p : list.value())
        names << QString::fromStdString(p.name);
    if (!asked.isEmpty()) {
        for (const QString &n : names)
            if (n.compare(asked, Qt::CaseInsensitive) == 0)
                return n;
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no portfolio '%1' (portfolios: %2)")
                .arg(asked, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")))
                .toStdString());
    }
    if (names.isEmpty())
        return makeError(ErrorCode::NotFound,
                         "there is no portfolio yet (load the sample data or create one)");
    if (names.size() == 1)
        return names.front();
    for (const QString &n : names)
        if (n == QLatin1String("Sample portfolio"))
            return n;
    names.sort();
    return names.front();
}

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue num(const std::optional<double> &v)
{
    return v ? num(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue round(double v, int digits)
{
    if (!std::isfinite(v))
        return QJsonValue(QJsonValue::Null);
    return QString::number(v, 'g', digits).toDouble();
}

QJsonValue round(const std::optional<double> &v, int digits)
{
    return v ? round(*v, digits) : QJsonValue(QJsonValue::Null);
}

QJsonObject dataUsedJson(const DataUsed &used)
{
    QJsonArray series;
    for (const SeriesUsed &s : used.series)
        series.append(QJsonObject{{QStringLiteral("symbol"), QString::fromStdString(s.symbol)},
                                  {QStringLiteral("role"), QString::fromStdString(s.role)},
                                  {QStringLiteral("rows"), static_cast<qint64>(s.rows)},
                                  {QStringLiteral("from"), dateText(s.first)},
                                  {QStringLiteral("to"), dateText(s.last)}});
    return QJsonObject{{QStringLiteral("portfolio"), QString::fromStdString(used.portfolio)},
                       {QStringLiteral("base_currency"), QString::fromStdString(used.baseCurrency)},
                       {QStringLiteral("transactions"), static_cast<qint64>(used.transactions)},
                       {QStringLiteral("from"), dateText(used.from)},
                       {QStringLiteral("to"), dateText(used.to)},
                       {QStringLiteral("observations"), static_cast<qint64>(used.observations)},
                       {QStringLiteral("series"), series}};
}

QJsonObject explanationsJson(const Explanations &e)
{
    QJsonObject o;
    for (const auto &[name, text] : e)
        o.insert(QString::fromStdString(name), QString::fromStdString(text));
    return o;
}

} // namespace tools

} // namespace sn::advisor
