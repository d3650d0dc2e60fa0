#include "core/storage/MarketCacheRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

namespace sn {

namespace {

QVariant i64(qint64 v)
{
    return QVariant::fromValue<qint64>(v);
}

} // namespace

Result<int> MarketCacheRepository::storeActions(qint64 instrumentId, const std::vector<Action> &actions)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    int changed = 0;
    for (const Action &a : actions) {
        // Only a different value counts as a change, so a re-fetch reports 0.
        auto n = sql::change(
            *conn,
            QStringLiteral("INSERT INTO corporate_actions (instrument_id, kind, ts, value, source)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (instrument_id, kind, ts) DO UPDATE"
                           " SET value = excluded.value, source = excluded.source"
                           " WHERE corporate_actions.value <> excluded.value"),
            {i64(instrumentId), a.kind, i64(a.time), a.value, sql::text(a.source)},
            "storing " + a.kind.toStdString() + " of instrument " + std::to_string(instrumentId) + " on " +
                formatDate(a.time));
        if (!n)
            return n.error();
        changed += *n;
    }
    return changed;
}

Result<std::vector<MarketCacheRepository::Action>> MarketCacheRepository::actions(qint64 instrumentId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT kind, ts, value, source FROM corporate_actions WHERE instrument_id = ?"
                       " ORDER BY ts, kind"),
        {i64(instrumentId)}, "reading corporate actions of instrument " + std::to_string(instrumentId));
    if (!q)
        return q.error();
    std::vector<Action> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toDouble(),
                       q->value(3).toString()});
    return out;
}

Result<int> MarketCacheRepository::storeRates(const QString &base, const std::vector<Rate> &rates)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    int changed = 0;
    for (const Rate &r : rates) {
        auto n = sql::change(
            *conn,
            QStringLiteral("INSERT INTO fx_rates (base, quote, day, rate, source) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (base, quote, day) DO UPDATE"
                           " SET rate = excluded.rate, source = excluded.source"
                           " WHERE fx_rates.rate <> excluded.rate"),
            {base, r.quote, i64(r.day), r.rate, sql::text(r.source)},
            "storing " + base.toStdString() + "/" + r.quote.toStdString() + " on " + formatDate(r.day));
        if (!n)
            return n.error();
        changed += *n;
    }
    return changed;
}

Result<std::vector<MarketCacheRepository::Rate>> MarketCacheRepository::latestRates(const QString &base)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT r.quote, r.day, r.rate, r.source FROM fx_rates r"
                       " JOIN (SELECT quote, MAX(day) AS day FROM fx_rates WHERE base = ? GROUP BY quote) m"
                       " ON m.quote = r.quote AND m.day = r.day WHERE r.base = ? ORDER BY r.quote"),
        {base, base}, "reading the latest " + base.toStdString() + " rates");
    if (!q)
        return q.error();
    std::vector<Rate> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toDouble(),
                       q->value(3).toString()});
    return out;
}

Result<std::vector<MarketCacheRepository::Rate>>
MarketCacheRepository::rates(const QString &base, const QString &quote, TimestampMs from, TimestampMs to)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT quote, day, rate, source FROM fx_rates WHERE base = ? AND quote = ?"
                       " AND day >= ? AND day <= ? ORDER BY day"),
        {base, quote, i64(from), i64(to)}, "reading " + base.toStdString() + "/" + quote.toStdString());
    if (!q)
        return q.error();
    std::vector<Rate> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toDouble(),
                       q->value(3).toString()});
    return out;
}

Result<std::optional<TimestampMs>> MarketCacheRepository::lastRateDay(const QString &base)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT MAX(day) FROM fx_rates WHERE base = ?"), {base},
                      "reading the last " + base.toStdString() + " rate day");
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<TimestampMs>{};
    return std::optional<TimestampMs>{q->value(0).toLongLong()};
}

Result<std::optional<MarketCacheRepository::Coverage>>
MarketCacheRepository::coverage(qint64 instrumentId, const QString &interval, const QString &provider)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT covered_from, covered_to, fetched_at, note FROM fetch_coverage"
                                     " WHERE instrument_id = ? AND \"interval\" = ? AND provider = ?"),
                      {i64(instrumentId), interval, provider},
                      "reading the fetch coverage of instrument " + std::to_string(instrumentId));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Coverage>{};
    Coverage c;
    c.instrumentId = instrumentId;
    c.interval = interval;
    c.provider = provider;
    c.coveredFrom = q->value(0).toLongLong();
    c.coveredTo = q->value(1).toLongLong();
    c.fetchedAt = q->value(2).toLongLong();
    c.note = q->value(3).toString();
    return std::optional<Coverage>{c};
}

Result<void> MarketCacheRepository::setCoverage(const Coverage &c)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(
        *conn,
        QStringLiteral("INSERT INTO fetch_coverage (instrument_id, \"interval\", provider, covered_from,"
                       " covered_to, fetched_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (instrument_id, \"interval\", provider) DO UPDATE SET"
                       " covered_from = excluded.covered_from, covered_to = excluded.covered_to,"
                       " fetched_at = excluded.fetched_at, note = excluded.note"),
        {i64(c.instrumentId), c.interval, c.provider, i64(c.coveredFrom), i64(c.coveredTo), i64(c.fetchedAt),
         sql::text(c.note)},
        "storing the fetch coverage of instrument " + std::to_string(c.instrumentId));
    if (!n)
        return n.error();
    return {};
}

Result<std::vector<MarketCacheRepository::Coverage>> MarketCacheRepository::allCoverage()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT c.instrument_id, i.symbol, c.\"interval\", c.provider, c.covered_from,"
                       " c.covered_to, c.fetched_at, c.note FROM fetch_coverage c"
                       " JOIN instruments i ON i.id = c.instrument_id"
                       " ORDER BY i.symbol, c.\"interval\", c.provider"),
        {}, "reading fetch coverage");
    if (!q)
        return q.error();
    std::vector<Coverage> out;
    while (q->next()) {
        Coverage c;
        c.instrumentId = q->value(0).toLongLong();
        c.symbol = q->value(1).toString();
        c.interval = q->value(2).toString();
        c.provider = q->value(3).toString();
        c.coveredFrom = q->value(4).toLongLong();
        c.coveredTo = q->value(5).toLongLong();
        c.fetchedAt = q->value(6).toLongLong();
        c.note = q->value(7).toString();
        out.push_back(c);
    }
    return out;
}

Result<int> MarketCacheRepository::usage(const QString &provider, const QString &day)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn, QStringLiteral("SELECT requests FROM provider_usage WHERE provider = ? AND day = ?"),
                 {provider, day}, "reading the request count of " + provider.toStdString());
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<void> MarketCacheRepository::addUsage(const QString &provider, const QString &day, int requests)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn,
                    QStringLiteral("INSERT INTO provider_usage (provider, day, requests) VALUES (?, ?, ?)"
                                   " ON CONFLICT (provider, day) DO UPDATE"
                                   " SET requests = provider_usage.requests + excluded.requests"),
                    {provider, day, requests}, "counting requests of " + provider.toStdString());
    if (!n)
        return n.error();
    return {};
}

} // namespace sn
