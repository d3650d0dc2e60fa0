#include "core/workspace/NewsService.h"

#include "core/news/FeedParser.h"
#include "core/news/HeadlineCsv.h"
#include "core/news/NewsDedup.h"
#include "core/news/SymbolMapper.h"
#include "core/news/TextCleanup.h"
#include "core/news/VaderScorer.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/NewsRepository.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QSet>
#include <QUrl>
#include <fmt/format.h>

namespace sn {

namespace {

constexpr TimestampMs kFutureSlack = 2 * kMsPerDay;

std::string place(const QString &source, const news::NewsItem &item)
{
    return item.line > 0 ? fmt::format("{}:{}", source.toStdString(), item.line) : source.toStdString();
}

Result<void> check(const news::NewsItem &item, const QString &source, TimestampMs now)
{
    const std::string at = place(source, item);
    if (item.title.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "an item has no title"), {}, at,
                     "title");
    if (item.title.size() > NewsService::kMaxTitleLength)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "the title is longer than %1 characters"),
                     {std::to_string(NewsService::kMaxTitleLength)}, at, "title");
    if (!item.link.isEmpty()) {
        const QUrl url(item.link);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::News", "link '%1' is not an http(s) address"),
                         {item.link.toStdString()}, at, "link");
    }
    if (item.publishedAt < 0 || item.publishedAt > now + kFutureSlack)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "published %1 is before 1970 or more than two days ahead"),
                     {formatDateTime(item.publishedAt)}, at, "published");
    for (const news::SymbolLink &s : item.symbols)
        if (s.symbol.isEmpty() || s.symbol.size() > 64 || s.symbol.contains(QLatin1Char(' ')))
            return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "'%1' is not a symbol"),
                         {s.symbol.toStdString()}, at, "symbol");
    return {};
}

bool isUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace

NewsService::NewsService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

QString NewsService::scorerName()
{
    return news::VaderScorer::methodName();
}

Result<NewsService::ReadSource> NewsService::readSource(const QString &source,
                                                        const news::FetchOptions &fetch)
{
    QByteArray data;
    if (isUrl(source)) {
        auto got = news::fetchFeed(QUrl(source), fetch);
        if (!got)
            return got.error();
        data = std::move(got).value();
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, SN_TEXT("sn::News", "cannot read: %1"),
                             {file.errorString().toStdString()}, source.toStdString());
        if (file.size() > fetch.maxBytes)
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "larger than %1 MB"),
                             {std::to_string(fetch.maxBytes / (1024 * 1024))}, source.toStdString());
        data = file.readAll();
    }
    ReadSource read;
    if (!isUrl(source) && source.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        auto rows = news::readHeadlineCsv(data, source);
        if (!rows)
            return rows.error();
        read.items = std::move(rows).value();
    } else {
        auto feed = news::parseFeed(data, source, nowMs());
        if (!feed)
            return feed.error();
        read.items = std::move(feed->items);
        read.warnings = feed->warnings;
    }
    return read;
}

Result<NewsService::IngestReport> NewsService::ingestSource(const QString &source, const QString &feedSymbol,
                                                            const news::FetchOptions &fetch) const
{
    auto read = readSource(source, fetch);
    if (!read)
        return read.error();
    auto report = ingest(std::move(read->items), source, feedSymbol);
    if (report)
        report->warnings = read->warnings + report->warnings;
    return report;
}

Result<NewsService::IngestReport> NewsService::ingest(std::vector<news::NewsItem> items,
                                                      const QString &source, const QString &feedSymbol) const
{
    IngestReport report;
    report.source = source;
    report.read = int(items.size());
    if (!feedSymbol.isEmpty() &&
        (feedSymbol.trimmed().isEmpty() || feedSymbol.trimmed().contains(QLatin1Char(' '))))
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "'%1' is not a symbol"),
                     {feedSymbol.toStdString()}, source.toStdString(), "symbol");

    auto instruments = InstrumentRepository(m_db).list();
    if (!instruments)
        return instruments.error();
    std::vector<news::SymbolMapper::Company> companies;
    companies.reserve(instruments->size());
    for (const Instrument &i : *instruments)
        companies.push_back({i.symbol, i.name});
    const news::SymbolMapper mapper(companies);
    const news::VaderScorer scorer;
    const TimestampMs now = nowMs();
    // A title of emoji or punctuation only has no key to recognise the story
    // by again; such items are skipped with a warning rather than failing
    // the whole feed.
    std::erase_if(items, [&](const news::NewsItem &item) {
        if (!item.title.trimmed().isEmpty() && news::titleKey(item.title).isEmpty()) {
            report.warnings
                << QString::fromStdString(place(source, item)) +
                       QStringLiteral(": the title '%1' has no letters or digits; skipped").arg(item.title);
            return true;
        }
        return false;
    });
    for (news::NewsItem &item : items) {
        for (news::SymbolLink &s : item.symbols)
            s.symbol = s.symbol.trimmed().toUpper();
        mapper.map(item, feedSymbol);
        if (auto ok = check(item, source, now); !ok)
            return ok.error();
        item.score = scorer.score(item.title);
    }
    report.repeatedInSource = news::removeDuplicates(items);

    QSet<QString> symbols;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        NewsRepository repo(m_db);
        for (const news::NewsItem &item : items) {
            auto stored = repo.insert(item, scorerName(), now);
            if (!stored)
                return stored.error().withContext(place(source, item));
            (stored->created ? report.stored : report.alreadyStored) += 1;
            report.symbolLinks += stored->symbolsAdded;
            for (const news::SymbolLink &s : item.symbols)
                symbols.insert(s.symbol);
        }
        return {};
    });
    if (!done)
        return done.error();
    report.symbols = QStringList(symbols.begin(), symbols.end());
    report.symbols.sort();
    if (report.stored > 0 || report.symbolLinks > 0)
        m_changes.announce({Change{Change::Entity::News, Change::Kind::Created, 0, 0,
                                   report.symbols.join(QLatin1Char(',')), QString::number(report.stored)}});
    return report;
}

Result<std::vector<news::NewsItem>> NewsService::list(const QString &symbol, TimestampMs from, TimestampMs to,
                                                      int limit) const
{
    if (symbol.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "which symbol?"), {}, "news", "symbol")
            .at(SN_TEXT("sn::News", "news"), {});
    if (to <= from)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "the period is empty: --to must be after --from"), {}, "news", "to")
            .at(SN_TEXT("sn::News", "news"), {});
    return NewsRepository(m_db).list(symbol.trimmed().toUpper(), from, to, limit);
}

Result<std::vector<news::SentimentBucket>> NewsService::sentiment(const QString &symbol, TimestampMs from,
                                                                  TimestampMs to, Bucket bucket) const
{
    if (symbol.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "which symbol?"), {}, "sentiment",
                     "symbol")
            .at(SN_TEXT("sn::News", "sentiment"), {});
    if (to <= from)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "the period is empty: --to must be after --from"), {}, "sentiment",
                     "to")
            .at(SN_TEXT("sn::News", "sentiment"), {});
    return NewsRepository(m_db).aggregate(symbol.trimmed().toUpper(), from, to,
                                          bucket == Bucket::Hour ? 3'600'000 : kMsPerDay);
}

} // namespace sn
