#include "core/storage/NewsRepository.h"

#include "core/news/NewsDedup.h"
#include "core/news/TextCleanup.h"
#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QHash>

namespace sn {

namespace {

const QHash<QString, news::SymbolSource> &sourcesByName()
{
    static const QHash<QString, news::SymbolSource> names{
        {QStringLiteral("feed"), news::SymbolSource::Feed},
        {QStringLiteral("cashtag"), news::SymbolSource::Cashtag},
        {QStringLiteral("name"), news::SymbolSource::CompanyName},
        {QStringLiteral("file"), news::SymbolSource::File},
    };
    return names;
}

constexpr qint64 kMsPerHour = 3'600'000;

// The UTC hour an instant falls in, as stored in news_item_symbols.hour_bucket
// (times are not before 1970, so truncation is floor).
qint64 hourBucket(TimestampMs t)
{
    return t / kMsPerHour;
}

std::string about(const news::NewsItem &item)
{
    return "news item '" + item.title.left(80).toStdString() + "'";
}

} // namespace

Result<NewsRepository::Inserted> NewsRepository::insert(const news::NewsItem &item, const QString &scorer,
                                                        TimestampMs ingestedAt)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QString linkKey = news::linkKey(item.link);
    const QString titleKey = news::titleKey(item.title);
    if (titleKey.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "the title has no letters or digits", about(item));
    Inserted out;
    // The same story: the same link, or the same title a few days apart.
    {
        constexpr qint64 window = qint64(news::kTitleWindowDays) * kMsPerDay;
        auto q = sql::run(
            *conn,
            QStringLiteral("SELECT id FROM news_items WHERE (link_key <> '' AND link_key = ?)"
                           " OR (title_key = ? AND published_at BETWEEN ? AND ?) ORDER BY id LIMIT 1"),
            {linkKey, titleKey, qint64(item.publishedAt - window), qint64(item.publishedAt + window)},
            "looking for " + about(item));
        if (!q)
            return q.error();
        if (q->next())
            out.id = q->value(0).toLongLong();
    }
    TimestampMs publishedAt = item.publishedAt;
    double compound = item.score.compound;
    if (out.id == 0) {
        auto q = sql::run(
            *conn,
            QStringLiteral("INSERT INTO news_items (title, title_key, link, link_key, summary, source, guid, "
                           "published_at,"
                           " date_estimated, ingested_at, scorer, compound, positive, negative, neutral)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {item.title, titleKey, sql::text(item.link.trimmed()), sql::text(linkKey),
             sql::text(item.summary), sql::text(item.source), sql::text(item.guid), qint64(item.publishedAt),
             item.dateEstimated ? 1 : 0, qint64(ingestedAt), scorer, item.score.compound, item.score.positive,
             item.score.negative, item.score.neutral},
            "storing " + about(item));
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::DatabaseError, "the insert returned no id", about(item));
        out.id = q->value(0).toLongLong();
        out.created = true;
    } else {
        // Symbol rows carry the stored item's time and score, not the
        // repeat's.
        auto q = sql::run(*conn, QStringLiteral("SELECT published_at, compound FROM news_items WHERE id = ?"),
                          {out.id}, "reading " + about(item));
        if (!q)
            return q.error();
        if (q->next()) {
            publishedAt = q->value(0).toLongLong();
            compound = q->value(1).toDouble();
        }
    }
    for (const news::SymbolLink &link : item.symbols) {
        auto exists = sql::run(
            *conn, QStringLiteral("SELECT 1 FROM news_item_symbols WHERE item_id = ? AND symbol = ?"),
            {out.id, link.symbol}, "linking " + about(item));
        if (!exists)
            return exists.error();
        if (exists->next())
            continue;
        auto added = sql::change(
            *conn,
            QStringLiteral("INSERT INTO news_item_symbols (item_id, symbol, how, published_at, hour_bucket,"
                           " compound) VALUES (?, ?, ?, ?, ?, ?)"),
            {out.id, link.symbol, QString::fromLatin1(news::symbolSourceName(link.source)),
             qint64(publishedAt), qint64(hourBucket(publishedAt)), compound},
            "linking " + about(item) + " to " + link.symbol.toStdString());
        if (!added)
            return added.error();
        ++out.symbolsAdded;
    }
    return out;
}

Result<std::vector<news::NewsItem>> NewsRepository::list(const QString &symbol, TimestampMs from,
                                                         TimestampMs to, int limit)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const std::string what = "listing news for " + symbol.toStdString();
    QString text = QStringLiteral(
        "SELECT n.id, n.title, n.link, n.summary, n.source, n.guid, n.published_at, n.date_estimated,"
        " n.compound, n.positive, n.negative, n.neutral"
        " FROM news_item_symbols s JOIN news_items n ON n.id = s.item_id"
        " WHERE s.symbol = ? AND s.hour_bucket >= ? AND s.hour_bucket <= ?"
        " AND s.published_at >= ? AND s.published_at < ?"
        " ORDER BY s.hour_bucket DESC, s.published_at DESC, n.id DESC");
    if (limit > 0)
        text += QStringLiteral(" LIMIT %1").arg(limit);
    if (to <= from)
        return std::vector<news::NewsItem>{};
    auto q = sql::run(
        *conn, text, {symbol, qint64(hourBucket(from)), qint64(hourBucket(to - 1)), qint64(from), qint64(to)},
        what);
    if (!q)
        return q.error();
    std::vector<news::NewsItem> items;
    QHash<qint64, std::size_t> byId;
    while (q->next()) {
        news::NewsItem item;
        item.id = q->value(0).toLongLong();
        item.title = q->value(1).toString();
        item.link = q->value(2).toString();
        item.summary = q->value(3).toString();
        item.source = q->value(4).toString();
        item.guid = q->value(5).toString();
        item.publishedAt = q->value(6).toLongLong();
        item.dateEstimated = q->value(7).toInt() != 0;
        item.score.compound = q->value(8).toDouble();
        item.score.positive = q->value(9).toDouble();
        item.score.negative = q->value(10).toDouble();
        item.score.neutral = q->value(11).toDouble();
        byId.insert(item.id, items.size());
        items.push_back(std::move(item));
    }
    if (items.empty())
        return items;
    // Every symbol of the listed items, in one query.
    QStringList ids;
    for (const news::NewsItem &item : items)
        ids << QString::number(item.id);
    auto s =
        sql::run(*conn,
                 QStringLiteral("SELECT item_id, symbol, how FROM news_item_symbols WHERE item_id IN (%1)"
                                " ORDER BY item_id, symbol")
                     .arg(ids.join(QLatin1Char(','))),
                 {}, what);
    if (!s)
        return s.error();
    while (s->next()) {
        const auto at = byId.constFind(s->value(0).toLongLong());
        if (at == byId.cend())
            continue;
        items[*at].symbols.append(news::SymbolLink{
            s->value(1).toString(), sourcesByName().value(s->value(2).toString(), news::SymbolSource::Feed)});
    }
    return items;
}

Result<std::vector<news::SentimentBucket>> NewsRepository::aggregate(const QString &symbol, TimestampMs from,
                                                                     TimestampMs to, qint64 bucketMs)
{
    if (bucketMs != kMsPerHour && bucketMs != kMsPerDay)
        return makeError(ErrorCode::InvalidArgument, "a bucket is an hour or a day", "news aggregate");
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // Both read the (symbol, hour_bucket, published_at, compound) index in
    // order: the hour range narrows it, published_at keeps [from, to) exact.
    // Hours group in index order with no sort. Days roll up those hours
    // (count, sum of scores, counts positive and negative), so the only sort
    // is of the hours, not of every item; the mean is the sum over the count,
    // as AVG computes it, up to the order of the additions. Times are UTC and
    // not before 1970, so the integer divisions are floors. Casts keep every
    // figure a 64-bit integer or a double on both engines (PostgreSQL's SUM
    // of BIGINT is NUMERIC).
    from = std::max<TimestampMs>(from, 0);
    if (to <= from)
        return std::vector<news::SentimentBucket>{};
    const QString where =
        QStringLiteral(" FROM news_item_symbols WHERE symbol = ? AND hour_bucket >= ? AND hour_bucket <= ?"
                       " AND published_at >= ? AND published_at < ?");
    const QString text =
        bucketMs == kMsPerHour
            ? QStringLiteral("SELECT hour_bucket, COUNT(*), AVG(compound),"
                             " AVG(CASE WHEN compound >= 0.05 THEN 1.0 ELSE 0.0 END),"
                             " AVG(CASE WHEN compound <= -0.05 THEN 1.0 ELSE 0.0 END)") +
                  where + QStringLiteral(" GROUP BY hour_bucket ORDER BY hour_bucket")
            : QStringLiteral("SELECT hour_bucket / 24 AS bucket, CAST(SUM(n) AS BIGINT),"
                             " CAST(SUM(total) AS DOUBLE PRECISION) / CAST(SUM(n) AS DOUBLE PRECISION),"
                             " CAST(SUM(pos) AS DOUBLE PRECISION) / CAST(SUM(n) AS DOUBLE PRECISION),"
                             " CAST(SUM(neg) AS DOUBLE PRECISION) / CAST(SUM(n) AS DOUBLE PRECISION)"
                             " FROM (SELECT hour_bucket, COUNT(*) AS n, SUM(compound) AS total,"
                             " SUM(CASE WHEN compound >= 0.05 THEN 1 ELSE 0 END) AS pos,"
                             " SUM(CASE WHEN compound <= -0.05 THEN 1 ELSE 0 END) AS neg") +
                  where +
                  QStringLiteral(" GROUP BY hour_bucket) hours GROUP BY hour_bucket / 24 ORDER BY bucket");
    auto q = sql::run(
        *conn, text, {symbol, qint64(hourBucket(from)), qint64(hourBucket(to - 1)), qint64(from), qint64(to)},
        "aggregating news sentiment for " + symbol.toStdString());
    if (!q)
        return q.error();
    std::vector<news::SentimentBucket> buckets;
    while (q->next()) {
        news::SentimentBucket b;
        b.start = q->value(0).toLongLong() * bucketMs;
        b.count = q->value(1).toLongLong();
        b.meanCompound = q->value(2).toDouble();
        b.sharePositive = q->value(3).toDouble();
        b.shareNegative = q->value(4).toDouble();
        buckets.push_back(b);
    }
    return buckets;
}

Result<qint64> NewsRepository::count()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT COUNT(*) FROM news_items"), {}, "counting news items");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace sn
