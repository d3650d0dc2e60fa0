// `supernova-cli fetch` and `supernova-cli fx`: online market data into the
// workspace's cache through MarketFetchService (docs/providers.md). API keys
// come only from the OS keychain (SecretStore); a provider that cannot be
// reached leaves the cache as it is and says up to which day it holds data.
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "core/secrets/SecretStore.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sn::cli {

namespace {

Result<QString> keychainKey(const QString &secretKey)
{
    return SecretStore().getBlocking(secretKey);
}

std::optional<QDate> dateOption(CliContext &ctx, const QCommandLineParser &p, const QString &name, int *exit)
{
    if (!p.isSet(name))
        return QDate();
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid()) {
        *exit = ctx.usage(QStringLiteral("--") + name + QStringLiteral(" '") + p.value(name) +
                          QStringLiteral("' is not a date (YYYY-MM-DD)"));
        return std::nullopt;
    }
    return d;
}

std::optional<QUrl> urlOption(CliContext &ctx, const QCommandLineParser &p, int *exit)
{
    if (!p.isSet(QStringLiteral("base-url")))
        return QUrl();
    const QUrl url(p.value(QStringLiteral("base-url")), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        *exit = ctx.usage(QStringLiteral("--base-url '") + p.value(QStringLiteral("base-url")) +
                          QStringLiteral("' is not an http(s) URL"));
        return std::nullopt;
    }
    return url;
}

// The options fetch and fx share: the day range and the vendor's base URL.
struct RangeAndBase
{
    QDate from;
    QDate to;
    QUrl base;
};

std::optional<RangeAndBase> rangeAndBase(CliContext &ctx, const QCommandLineParser &p, int *exit)
{
    const auto from = dateOption(ctx, p, QStringLiteral("from"), exit);
    if (!from)
        return std::nullopt;
    const auto to = dateOption(ctx, p, QStringLiteral("to"), exit);
    if (!to)
        return std::nullopt;
    const auto base = urlOption(ctx, p, exit);
    if (!base)
        return std::nullopt;
    return RangeAndBase{*from, *to, *base};
}

QString day(const std::optional<TimestampMs> &t)
{
    return t ? dayOf(*t).toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const SymbolFetchOutcome &o)
{
    QJsonArray ranges;
    for (const auto &[from, to] : o.rangesAsked)
        ranges.append(QJsonArray{from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    return {{QStringLiteral("symbol"), o.symbol},
            {QStringLiteral("provider"), o.provider},
            {QStringLiteral("interval"), o.interval},
            {QStringLiteral("ranges"), ranges},
            {QStringLiteral("requests"), o.requests},
            {QStringLiteral("bars_received"), o.barsReceived},
            {QStringLiteral("bars_written"), o.barsWritten},
            {QStringLiteral("actions_changed"), o.actionsChanged},
            {QStringLiteral("offline"), o.offline},
            {QStringLiteral("last_stored"), day(o.lastStored)},
            {QStringLiteral("note"), o.note}};
}

int fetchCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fetch daily or intraday bars (and splits/dividends where the vendor gives them) into the\n"
        "database, asking only for days not stored yet plus the last five. Providers: yahoo, stooq\n"
        "(no key), alphavantage, tiingo (API key in the keychain: supernova-cli secrets set\n"
        "providers/<id>/api-key). With --search, lists the vendor's matches instead."));
    p.addPositionalArgument(QStringLiteral("SYMBOL"), QStringLiteral("Symbols as the vendor spells them."),
                            QStringLiteral("SYMBOL..."));
    p.addOption({QStringLiteral("provider"),
                 QStringLiteral("yahoo, stooq, alphavantage or tiingo (default: the first of "
                                "settings providers.order, else yahoo)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (default: where the cache starts, or 5 years ago)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day (default: today)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("interval"), QStringLiteral("1d (default), 1wk, 1mo, 1m, 5m, 15m, 30m, 1h."),
                 QStringLiteral("I"), QStringLiteral("1d")});
    p.addOption({QStringLiteral("base-url"),
                 QStringLiteral("The vendor's base URL (a proxy, a test server)."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("search"),
                 QStringLiteral("Search the provider's symbols for TEXT instead of fetching."),
                 QStringLiteral("TEXT")});
    if (auto done = ctx.parse(p, args, QStringLiteral("fetch")))
        return *done;
    int exit = Ok;
    const auto range = rangeAndBase(ctx, p, &exit);
    if (!range)
        return exit;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    MarketFetchService service(**ws, keychainKey);

    if (p.isSet(QStringLiteral("search"))) {
        // Empty: the service takes the first enabled provider, or says none is.
        const QString provider = p.value(QStringLiteral("provider"));
        auto matches = service.search(provider, p.value(QStringLiteral("search")), range->base);
        if (!matches)
            return ctx.fail(matches.error());
        if (ctx.json) {
            QJsonArray out;
            for (const SymbolMatch &m : *matches)
                out.append(QJsonObject{{QStringLiteral("symbol"), m.symbol},
                                       {QStringLiteral("name"), m.name},
                                       {QStringLiteral("exchange"), m.exchange},
                                       {QStringLiteral("kind"), m.kind},
                                       {QStringLiteral("currency"), m.currency}});
            ctx.printJson(out);
        } else {
            QList<QStringList> rows;
            for (const SymbolMatch &m : *matches)
                rows << QStringList{m.symbol, m.name, m.exchange, m.kind};
            ctx.printTable({QStringLiteral("symbol"), QStringLiteral("name"), QStringLiteral("exchange"),
                            QStringLiteral("kind")},
                           rows);
        }
        return Ok;
    }

    const QStringList symbols = p.positionalArguments();
    if (symbols.isEmpty())
        return ctx.usage(QStringLiteral("give at least one SYMBOL"), QStringLiteral("fetch"));
    MarketFetchOptions options;
    options.provider = p.value(QStringLiteral("provider"));
    options.from = range->from;
    options.to = range->to;
    options.interval = p.value(QStringLiteral("interval"));
    options.baseUrl = range->base;

    QJsonArray results;
    QList<QStringList> rows;
    int failures = 0;
    for (const QString &symbol : symbols) {
        auto outcome = service.fetch(symbol, options);
        if (!outcome) {
            ++failures;
            ctx.err() << "error: " << QString::fromStdString(outcome.error().toString()) << Qt::endl;
            results.append(
                QJsonObject{{QStringLiteral("symbol"), symbol},
                            {QStringLiteral("error"), QString::fromStdString(outcome.error().message)},
                            {QStringLiteral("code"), QLatin1String(errorCodeName(outcome.error().code))}});
            continue;
        }
        if (outcome->offline)
            ctx.err() << symbol << ": " << outcome->note << Qt::endl;
        results.append(toJson(*outcome));
        rows << QStringList{outcome->symbol,
                            outcome->provider,
                            outcome->interval,
                            QString::number(outcome->requests),
                            QString::number(outcome->barsWritten),
                            QString::number(outcome->actionsChanged),
                            day(outcome->lastStored),
                            outcome->offline ? QStringLiteral("offline") : outcome->note};
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("results"), results}});
    else if (!rows.isEmpty())
        ctx.printTable({QStringLiteral("symbol"), QStringLiteral("provider"), QStringLiteral("interval"),
                        QStringLiteral("requests"), QStringLiteral("bars"), QStringLiteral("actions"),
                        QStringLiteral("data up to"), QStringLiteral("note")},
                       rows);
    return failures == 0 ? Ok : Failure;
}

int fxCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fetch the ECB's euro reference rates into the database (only days not stored yet, plus the\n"
        "last three) and show the latest rate of every currency (units per 1 EUR)."));
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (default: after the last stored day; the whole "
                                "history from 1999 when none is stored)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day (default: today)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("base-url"),
                 QStringLiteral("The ECB's eurofxref folder URL (a proxy, a test server)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("no-fetch"), QStringLiteral("Only show what is stored.")});
    if (auto done = ctx.parse(p, args, QStringLiteral("fx")))
        return *done;
    int exit = Ok;
    const auto range = rangeAndBase(ctx, p, &exit);
    if (!range)
        return exit;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    MarketFetchService service(**ws, keychainKey);
    QJsonObject fetched;
    if (!p.isSet(QStringLiteral("no-fetch"))) {
        auto outcome = service.fetchFx(range->from, range->to, range->base);
        if (!outcome)
            return ctx.fail(outcome.error());
        if (outcome->offline)
            ctx.err() << outcome->note << Qt::endl;
        fetched = {{QStringLiteral("from"), outcome->from.toString(Qt::ISODate)},
                   {QStringLiteral("to"), outcome->to.toString(Qt::ISODate)},
                   {QStringLiteral("requests"), outcome->requests},
                   {QStringLiteral("rates_received"), outcome->ratesReceived},
                   {QStringLiteral("rates_changed"), outcome->ratesChanged},
                   {QStringLiteral("offline"), outcome->offline},
                   {QStringLiteral("note"), outcome->note}};
    }
    auto latest = service.latestFx();
    if (!latest)
        return ctx.fail(latest.error());
    if (ctx.json) {
        QJsonArray rates;
        for (const FxQuote &q : *latest)
            rates.append(QJsonObject{{QStringLiteral("base"), q.base},
                                     {QStringLiteral("quote"), q.quote},
                                     {QStringLiteral("day"), q.day.toString(Qt::ISODate)},
                                     {QStringLiteral("rate"), q.rate},
                                     {QStringLiteral("source"), q.source}});
        QJsonObject out{{QStringLiteral("rates"), rates}};
        if (!fetched.isEmpty())
            out.insert(QStringLiteral("fetch"), fetched);
        ctx.printJson(out);
        return Ok;
    }
    if (latest->empty()) {
        ctx.out() << "no FX rates stored\n";
        return Ok;
    }
    QList<QStringList> rows;
    for (const FxQuote &q : *latest)
        rows << QStringList{q.base + QLatin1Char('/') + q.quote, QString::number(q.rate, 'g', 10),
                            q.day.toString(Qt::ISODate), q.source};
    ctx.printTable(
        {QStringLiteral("pair"), QStringLiteral("rate"), QStringLiteral("day"), QStringLiteral("source")},
        rows);
    return Ok;
}

} // namespace

std::vector<Command> fetchCommands()
{
    return {
        {QStringLiteral("fetch"),
         QStringLiteral("Fetch bars from Yahoo, Stooq, Alpha Vantage or Tiingo into the cache"),
         fetchCommand},
        {QStringLiteral("fx"), QStringLiteral("Fetch and show the ECB's euro reference rates"), fxCommand}};
}

} // namespace sn::cli
