// `supernova-cli news ingest|list` and `supernova-cli sentiment`: news
// feeds and headline files into the workspace, a symbol's items, and its
// hourly or daily sentiment (docs/sentiment.md). Every write goes through
// NewsService.
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "core/workspace/NewsService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace sn::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString symbolsText(const news::NewsItem &item)
{
    QStringList out;
    for (const news::SymbolLink &s : item.symbols)
        out << s.symbol;
    return out.join(QLatin1Char(','));
}

QJsonObject itemJson(const news::NewsItem &item)
{
    QJsonArray symbols;
    for (const news::SymbolLink &s : item.symbols)
        symbols.append(QJsonObject{{QStringLiteral("symbol"), s.symbol},
                                   {QStringLiteral("how"), QLatin1String(news::symbolSourceName(s.source))}});
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("published"), qs(formatDateTime(item.publishedAt))},
                       {QStringLiteral("date_estimated"), item.dateEstimated},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("link"), item.link},
                       {QStringLiteral("source"), item.source},
                       {QStringLiteral("compound"), item.score.compound},
                       {QStringLiteral("positive"), item.score.positive},
                       {QStringLiteral("negative"), item.score.negative},
                       {QStringLiteral("neutral"), item.score.neutral},
                       {QStringLiteral("symbols"), symbols}};
}

// --from / --to as YYYY-MM-DD (or with a time); --to is inclusive of its
// whole day when it is a date. Unset: all time.
std::optional<int> readPeriod(CliContext &ctx, const QCommandLineParser &p, const QString &command,
                              TimestampMs &from, TimestampMs &to)
{
    from = 0;
    to = nowMs() + 2 * kMsPerDay;
    for (const char *name : {"from", "to"}) {
        const QString option = QLatin1String(name);
        if (!p.isSet(option))
            continue;
        const auto t = parseTimestamp(p.value(option).trimmed().toStdString(), DateFormat::Iso);
        if (!t)
            return ctx.usage(
                QStringLiteral("--%1: not a date '%2' (use YYYY-MM-DD)").arg(option, p.value(option)),
                command);
        if (option == QLatin1String("from"))
            from = *t;
        else
            to = *t == startOfDay(*t) ? *t + kMsPerDay : *t + 1;
    }
    if (from >= to)
        return ctx.usage(QStringLiteral("--from is after --to"), command);
    return std::nullopt;
}

int ingestAction(CliContext &ctx, const QStringList &args)
{
    const QString command = QStringLiteral("news ingest");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Read RSS 2.0 / Atom feeds (http or https URLs, or files) and CSV headline files (*.csv:\n"
        "published,title[,link,symbol,source,summary]), link items to symbols, score their headlines\n"
        "and store them. Stories already stored are skipped; each source is one transaction."));
    p.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("Feed URL or file; several allowed."),
                            QStringLiteral("SOURCE..."));
    p.addOption({QStringLiteral("symbol"), QStringLiteral("The symbol a per-symbol feed is about."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for a feed (default 20)."),
                 QStringLiteral("S"), QStringLiteral("20")});
    if (auto code = ctx.parse(p, args, command))
        return *code;
    if (p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("news ingest needs at least one feed URL or file"), command);
    const auto timeout = toNumber(p.value(QStringLiteral("timeout")));
    if (!timeout || *timeout <= 0 || *timeout > 600)
        return ctx.usage(QStringLiteral("--timeout: seconds from 1 to 600"), command);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    NewsService news(**ws);
    news::FetchOptions fetch;
    fetch.timeoutMs = int(std::lround(*timeout * 1000));
    int failures = 0;
    QJsonArray reports;
    for (const QString &source : p.positionalArguments()) {
        auto r = news.ingestSource(source, p.value(QStringLiteral("symbol")), fetch);
        if (!r) {
            ++failures;
            if (ctx.json)
                reports.append(QJsonObject{{QStringLiteral("source"), source},
                                           {QStringLiteral("error"), qs(r.error().toString())}});
            else
                ctx.fail(r.error());
            continue;
        }
        for (const QString &w : r->warnings)
            ctx.err() << "warning: " << w << Qt::endl;
        if (ctx.json) {
            reports.append(
                QJsonObject{{QStringLiteral("source"), source},
                            {QStringLiteral("read"), r->read},
                            {QStringLiteral("stored"), r->stored},
                            {QStringLiteral("already_stored"), r->alreadyStored},
                            {QStringLiteral("repeats_in_source"), r->repeatedInSource},
                            {QStringLiteral("symbol_links"), r->symbolLinks},
                            {QStringLiteral("symbols"), QJsonArray::fromStringList(r->symbols)},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(r->warnings)}});
        } else {
            ctx.out() << source << ": read " << r->read << ", stored " << r->stored << ", already stored "
                      << r->alreadyStored << ", repeats " << r->repeatedInSource;
            if (!r->symbols.isEmpty())
                ctx.out() << "; symbols " << r->symbols.join(QStringLiteral(", "));
            ctx.out() << Qt::endl;
        }
    }
    if (ctx.json)
        ctx.printJson(reports);
    return failures ? Failure : Ok;
}

int listAction(CliContext &ctx, const QStringList &args)
{
    const QString command = QStringLiteral("news list");
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("The stored news items about SYMBOL, newest first, with their scores."));
    p.addPositionalArgument(QStringLiteral("SYMBOL"), QStringLiteral("The symbol."));
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("First date (YYYY-MM-DD), inclusive."), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last date (YYYY-MM-DD), inclusive."), QStringLiteral("D")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("At most N items (default 50, 0: all)."),
                 QStringLiteral("N"), QStringLiteral("50")});
    if (auto code = ctx.parse(p, args, command))
        return *code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("news list takes exactly one SYMBOL"), command);
    TimestampMs from = 0, to = 0;
    if (auto code = readPeriod(ctx, p, command, from, to))
        return *code;
    bool limitOk = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return ctx.usage(QStringLiteral("--limit: a whole number from 0"), command);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto items = NewsService(**ws).list(p.positionalArguments().first(), from, to, limit);
    if (!items)
        return ctx.fail(items.error());
    if (ctx.json) {
        QJsonArray out;
        for (const news::NewsItem &item : *items)
            out.append(itemJson(item));
        ctx.printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const news::NewsItem &item : *items)
        rows << QStringList{
            qs(formatDateTime(item.publishedAt)) + (item.dateEstimated ? QStringLiteral("~") : QString()),
            QString::number(item.score.compound, 'f', 4), symbolsText(item), item.title.left(100), item.link};
    ctx.printTable({QStringLiteral("published"), QStringLiteral("compound"), QStringLiteral("symbols"),
                    QStringLiteral("title"), QStringLiteral("link")},
                   rows);
    return Ok;
}

int newsCommand(CliContext &ctx, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("ingest"))
        return ingestAction(ctx, args.mid(1));
    if (action == QLatin1String("list"))
        return listAction(ctx, args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        ctx.out() << "Usage: supernova-cli news ingest SOURCE... [--symbol S]\n"
                     "       supernova-cli news list SYMBOL [--from D] [--to D] [--limit N] [--json]\n"
                     "See also: supernova-cli sentiment SYMBOL [--by hour|day]\n";
        return action.isEmpty() ? Usage : Ok;
    }
    return ctx.usage(QStringLiteral("unknown action '%1' (use ingest or list)").arg(action),
                     QStringLiteral("news"));
}

int sentimentCommand(CliContext &ctx, const QStringList &args)
{
    const QString command = QStringLiteral("sentiment");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "SYMBOL's news sentiment per UTC hour or day: items, mean VADER compound score, and the shares\n"
        "positive (compound >= 0.05) and negative (<= -0.05). Computed by the database."));
    p.addPositionalArgument(QStringLiteral("SYMBOL"), QStringLiteral("The symbol."));
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("First date (YYYY-MM-DD), inclusive."), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last date (YYYY-MM-DD), inclusive."), QStringLiteral("D")});
    p.addOption({QStringLiteral("by"), QStringLiteral("hour or day (default day)."), QStringLiteral("B"),
                 QStringLiteral("day")});
    if (auto code = ctx.parse(p, args, command))
        return *code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("sentiment takes exactly one SYMBOL"), command);
    const QString by = p.value(QStringLiteral("by"));
    if (by != QLatin1String("hour") && by != QLatin1String("day"))
        return ctx.usage(QStringLiteral("--by: hour or day, not '%1'").arg(by), command);
    TimestampMs from = 0, to = 0;
    if (auto code = readPeriod(ctx, p, command, from, to))
        return *code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const QString symbol = p.positionalArguments().first().trimmed().toUpper();
    auto buckets = NewsService(**ws).sentiment(
        symbol, from, to, by == QLatin1String("hour") ? NewsService::Bucket::Hour : NewsService::Bucket::Day);
    if (!buckets)
        return ctx.fail(buckets.error());
    auto when = [&](TimestampMs t) {
        return by == QLatin1String("day") ? qs(formatDate(t)) : qs(formatDateTime(t));
    };
    if (ctx.json) {
        QJsonArray rows;
        for (const news::SentimentBucket &b : *buckets)
            rows.append(QJsonObject{{QStringLiteral("start"), when(b.start)},
                                    {QStringLiteral("items"), b.count},
                                    {QStringLiteral("mean_compound"), b.meanCompound},
                                    {QStringLiteral("share_positive"), b.sharePositive},
                                    {QStringLiteral("share_negative"), b.shareNegative}});
        ctx.printJson(QJsonObject{{QStringLiteral("symbol"), symbol},
                                  {QStringLiteral("by"), by},
                                  {QStringLiteral("scorer"), NewsService::scorerName()},
                                  {QStringLiteral("buckets"), rows}});
        return Ok;
    }
    if (buckets->empty()) {
        ctx.out() << "no news stored for " << symbol << " in that period" << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows;
    for (const news::SentimentBucket &b : *buckets)
        rows << QStringList{when(b.start), QString::number(b.count), QString::number(b.meanCompound, 'f', 4),
                            QString::number(b.sharePositive * 100, 'f', 1) + QLatin1Char('%'),
                            QString::number(b.shareNegative * 100, 'f', 1) + QLatin1Char('%')};
    ctx.printTable({by == QLatin1String("day") ? QStringLiteral("day") : QStringLiteral("hour (UTC)"),
                    QStringLiteral("items"), QStringLiteral("mean"), QStringLiteral("positive"),
                    QStringLiteral("negative")},
                   rows);
    return Ok;
}

} // namespace

std::vector<Command> newsCommands()
{
    return {
        {QStringLiteral("news"), QStringLiteral("Ingest news feeds and headline files; list a symbol's news"),
         newsCommand},
        {QStringLiteral("sentiment"), QStringLiteral("A symbol's news sentiment per hour or day"),
         sentimentCommand},
    };
}

} // namespace sn::cli
