#include "core/storage/InstrumentRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/SqlSupport.h"

namespace sn {

namespace {

const QString kColumns = QStringLiteral("id, symbol, name, kind, currency, exchange, source");

Instrument fromRow(const QSqlQuery &q)
{
    Instrument i;
    i.id = q.value(0).toLongLong();
    i.symbol = q.value(1).toString();
    i.name = q.value(2).toString();
    i.kind = q.value(3).toString();
    i.currency = q.value(4).toString();
    i.exchange = q.value(5).toString();
    i.source = q.value(6).toString();
    return i;
}

std::string where(const QString &symbol)
{
    return "instrument '" + symbol.toStdString() + "'";
}

} // namespace

Result<qint64> InstrumentRepository::upsert(const Instrument &in)
{
    const QString symbol = in.symbol.trimmed();
    if (symbol.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'symbol' is empty", "instrument");
    if (!Schema::instrumentKinds().contains(in.kind))
        return makeError(ErrorCode::InvalidArgument,
                         "field 'kind' is '" + in.kind.toStdString() + "'; expected one of " +
                             Schema::instrumentKinds().join(QLatin1String(", ")).toStdString(),
                         where(symbol));
    if (in.currency.size() != 3)
        return makeError(ErrorCode::InvalidArgument,
                         "field 'currency' is '" + in.currency.toStdString() + "'; expected a 3-letter code",
                         where(symbol));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("INSERT INTO instruments (symbol, name, kind, currency, exchange, source)"
                       " VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (symbol) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                       " currency = excluded.currency, exchange = excluded.exchange,"
                       " source = excluded.source RETURNING id"),
        {symbol, sql::text(in.name), in.kind, in.currency.toUpper(), sql::text(in.exchange),
         sql::text(in.source)},
        "saving " + where(symbol));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", "saving " + where(symbol));
    return q->value(0).toLongLong();
}

Result<Instrument> InstrumentRepository::find(const QString &symbol)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT %1 FROM instruments WHERE symbol = ?").arg(kColumns),
                      {symbol.trimmed()}, "reading " + where(symbol));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such instrument", where(symbol));
    return fromRow(*q);
}

Result<Instrument> InstrumentRepository::findById(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const std::string ctx = "instrument id " + std::to_string(id);
    auto q = sql::run(*conn, QStringLiteral("SELECT %1 FROM instruments WHERE id = ?").arg(kColumns), {id},
                      "reading " + ctx);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such instrument", ctx);
    return fromRow(*q);
}

Result<std::vector<Instrument>> InstrumentRepository::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT %1 FROM instruments ORDER BY symbol").arg(kColumns), {},
                      "listing instruments");
    if (!q)
        return q.error();
    std::vector<Instrument> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Result<void> InstrumentRepository::remove(const QString &symbol)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        // Bars and memberships go by ON DELETE CASCADE in the same statement.
        auto n = sql::change(db, QStringLiteral("DELETE FROM instruments WHERE symbol = ?"),
                             {symbol.trimmed()}, "removing " + where(symbol));
        if (!n)
            return n.error();
        if (*n == 0)
            return makeError(ErrorCode::NotFound, "no such instrument", where(symbol));
        return {};
    });
}

} // namespace sn
