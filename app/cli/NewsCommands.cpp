// `supernova-cli news ingest|list` and `supernova-cli sentiment`: news
// feeds and headline files into the workspace, a symbol's items, and its
// hourly or daily sentiment (docs/sentiment.md). Every write goes through
// NewsService.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "core/workspace/NewsFeeds.h"
#include "core/workspace/NewsService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace sn::cli {

namespace {

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

QJsonObject reportJson(const QString &source, const NewsService::IngestReport &r)
{
    return QJsonObject{{QStringLiteral("source"), source},
                       {QStringLiteral("read"), r.read},
                       {QStringLiteral("stored"), r.stored},
                       {QStringLiteral("already_stored"), r.alreadyStored},
                       {QStringLiteral("repeats_in_source"), r.repeatedInSource},
                       {QStringLiteral("symbol_links"), r.symbolLinks},
                       {QStringLiteral("symbols"), QJsonArray::fromStringList(r.symbols)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

void printReport(CliContext &ctx, const QString &source, const NewsService::IngestReport &r)
{
    ctx.out() << source << ": read " << r.read << ", stored " << r.stored << ", already stored "
              << r.alreadyStored << ", repeats " << r.repeatedInSource;
    if (!r.symbols.isEmpty())
        ctx.out() << "; symbols " << r.symbols.join(QStringLiteral(", "));
    ctx.out() << Qt::endl;
}

int printFeeds(CliContext &ctx, const std::vector<NewsFeed> &feeds)
{
    if (ctx.json) {
        QJsonArray out;
        for (const NewsFeed &f : feeds)
            out.append(QJsonObject{{QStringLiteral("url"), f.url},
                                   {QStringLiteral("symbol"), f.symbol},
                                   {QStringLiteral("enabled"), f.enabled}});
        ctx.printJson(out);
        return Ok;
    }
    if (feeds.empty()) {
        ctx.out() << "No news feeds stored: add one with `supernova-cli news feeds add URL [--symbol S]`"
                  << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows;
    for (const NewsFeed &f : feeds)
        rows << QStringList{f.url, f.symbol.isEmpty() ? QStringLiteral("-") : f.symbol,
                            f.enabled ? QStringLiteral("yes") : QStringLiteral("no")};
    ctx.printTable({QStringLiteral("url"), QStringLiteral("symbol"), QStringLiteral("enabled")}, rows);
    return Ok;
}

int ingestAction(CliContext &ctx, const QStringList &args)
{
    const QString command = QStringLiteral("news ingest");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Read RSS 2.0 / Atom feeds (http or https URLs, or files) and CSV headline files (*.csv:\n"
        "published,title[,link,symbol,source,summary]), link items to symbols, score their headlines\n"
        "and store them. Stories already stored are skipped; each source is one transaction.\n"
        "With no SOURCE, reads every enabled feed of the stored list (`news feeds`, Preferences >\n"
        "News feeds in the app); a feed that fails is reported and the others still run."));
    p.addPositionalArgument(QStringLiteral("SOURCE"),
                            QStringLiteral("Feed URL or file; several allowed. None: the stored feeds."),
                            QStringLiteral("[SOURCE...]"));
    p.addOption({QStringLiteral("symbol"), QStringLiteral("The symbol a per-symbol feed is about."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for a feed (default 20)."),
                 QStringLiteral("S"), QStringLiteral("20")});
    p.addOption({QStringLiteral("feeds"), QStringLiteral("List the stored feeds and read nothing.")});
    if (auto code = ctx.parse(p, args, command))
        return *code;
    const bool listOnly = p.isSet(QStringLiteral("feeds"));
    if (listOnly && !p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("--feeds lists the stored feeds: give no SOURCE with it"), command);
    if (p.positionalArguments().isEmpty() && p.isSet(QStringLiteral("symbol")))
        return ctx.usage(QStringLiteral("--symbol needs a SOURCE; stored feeds carry their own symbol"),
                         command);
    const auto timeout = toNumber(p.value(QStringLiteral("timeout")));
    if (!timeout || *timeout <= 0 || *timeout > 600)
        return ctx.usage(QStringLiteral("--timeout: seconds from 1 to 600"), command);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    news::FetchOptions fetch;
    fetch.timeoutMs = int(std::lround(*timeout * 1000));
    const NewsFeedService feeds(**ws);
    if (listOnly) {
        auto list = feeds.feeds();
        return list ? printFeeds(ctx, *list) : ctx.fail(list.error());
    }
    int failures = 0;
    QJsonArray reports;
    auto failed = [&](const QString &source, const QString &message) {
        ++failures;
        if (ctx.json)
            reports.append(
                QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("error"), message}});
        else
            ctx.fail(message);
    };
    auto succeeded = [&](const QString &source, const NewsService::IngestReport &r) {
        for (const QString &w : r.warnings)
            ctx.err() << "warning: " << w << Qt::endl;
        if (ctx.json)
            reports.append(reportJson(source, r));
        else
            printReport(ctx, source, r);
    };
    if (p.positionalArguments().isEmpty()) {
        auto list = feeds.feeds();
        if (!list)
            return ctx.fail(list.error());
        if (std::none_of(list->begin(), list->end(), [](const NewsFeed &f) { return f.enabled; }))
            return ctx.usage(
                QStringLiteral("news ingest: no SOURCE given and no enabled feed stored; add one "
                               "with `supernova-cli news feeds add URL [--symbol S]`"),
                command);
        auto done = feeds.refresh({}, nullptr, fetch);
        if (!done)
            return ctx.fail(done.error());
        for (const NewsFeedService::FeedOutcome &f : done->feeds) {
            if (f.report)
                succeeded(f.feed.url, *f.report);
            else
                failed(f.feed.url, f.error);
        }
    } else {
        NewsService news(**ws);
        for (const QString &source : p.positionalArguments()) {
            auto r = news.ingestSource(source, p.value(QStringLiteral("symbol")), fetch);
            if (r)
                succeeded(source, *r);
            else
                failed(source, QString::fromStdString(r.error().toString()));
        }
    }
    if (ctx.json)
        ctx.printJson(reports);
    return failures ? Failure : Ok;
}

// `news feeds [list]`, `news feeds add URL [--symbol S] [--disabled]`,
// `news feeds remove URL [--symbol S]`, `news feeds enable|disable URL
// [--symbol S]`: the stored list, saved through NewsFeedService.
int feedsAction(CliContext &ctx, const QStringList &args)
{
    const QString command = QStringLiteral("news feeds");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The stored news feeds that `news ingest` with no SOURCE and the app's Refresh news read.\n"
        "  news feeds [list]\n"
        "  news feeds add URL [--symbol S] [--disabled]\n"
        "  news feeds remove|enable|disable URL [--symbol S]\n"
        "URL is an http(s) feed address or an absolute path of a feed or CSV file."));
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            QStringLiteral("list, add, remove, enable or disable."));
    p.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The feed."), QStringLiteral("[URL]"));
    p.addOption({QStringLiteral("symbol"), QStringLiteral("The symbol a per-symbol feed is about."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("disabled"), QStringLiteral("add: store the feed switched off.")});
    if (auto code = ctx.parse(p, args, command))
        return *code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const NewsFeedService service(**ws);
    auto list = service.feeds();
    if (!list)
        return ctx.fail(list.error());
    if (action == QLatin1String("list")) {
        if (pos.size() > 1)
            return ctx.usage(QStringLiteral("news feeds list takes no URL"), command);
        return printFeeds(ctx, *list);
    }
    if (pos.size() != 2)
        return ctx.usage(QStringLiteral("news feeds %1 takes exactly one URL").arg(action), command);
    const QString symbol = p.value(QStringLiteral("symbol")).trimmed().toUpper();
    const QString url = pos.at(1).trimmed();
    auto at = std::find_if(list->begin(), list->end(),
                           [&](const NewsFeed &f) { return f.url == url && f.symbol == symbol; });
    if (action == QLatin1String("add")) {
        if (at != list->end())
            return ctx.fail(QStringLiteral("%1%2 is already stored")
                                .arg(url, symbol.isEmpty() ? QString() : " for " + symbol));
        list->push_back(NewsFeed{url, symbol, !p.isSet(QStringLiteral("disabled"))});
    } else if (action == QLatin1String("remove") || action == QLatin1String("enable") ||
               action == QLatin1String("disable")) {
        if (at == list->end())
            return ctx.fail(QStringLiteral("%1%2 is not a stored feed (see `supernova-cli news feeds`)")
                                .arg(url, symbol.isEmpty() ? QString() : " for " + symbol));
        if (action == QLatin1String("remove"))
            list->erase(at);
        else
            at->enabled = action == QLatin1String("enable");
    } else {
        return ctx.usage(
            QStringLiteral("unknown action '%1': list, add, remove, enable or disable").arg(action), command);
    }
    if (auto saved = service.setFeeds(*list); !saved)
        return ctx.fail(saved.error());
    if (!ctx.json)
        ctx.out() << "news feeds: " << action << " " << url << Qt::endl;
    return printFeeds(ctx, *list);
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
    if (action == QLatin1String("feeds"))
        return feedsAction(ctx, args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action.isEmpty()) {
        ctx.out() << "Usage: supernova-cli news ingest [SOURCE...] [--symbol S] [--feeds]\n"
                     "       supernova-cli news list SYMBOL [--from D] [--to D] [--limit N] [--json]\n"
                     "       supernova-cli news feeds [list | add URL [--symbol S] [--disabled] |\n"
                     "                                 remove|enable|disable URL [--symbol S]]\n"
                     "See also: supernova-cli sentiment SYMBOL [--by hour|day]\n";
        return action.isEmpty() ? Usage : Ok;
    }
    return ctx.usage(QStringLiteral("unknown action '%1' (use ingest, list or feeds)").arg(action),
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
