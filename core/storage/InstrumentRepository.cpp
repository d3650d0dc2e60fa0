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

// An error about instrument `symbol`, in English and in the reader's language.
Error instrumentError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                      const QString &symbol)
{
    return Error(code, text, args).at(SN_TEXT("sn::Instruments", "instrument '%1'"), {symbol.toStdString()});
}

} // namespace

Result<qint64> InstrumentRepository::upsert(const Instrument &in)
{
    const QString symbol = in.symbol.trimmed();
    if (symbol.isEmpty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Instruments", "field 'symbol' is empty"),
                         {})
            .at(SN_TEXT("sn::Instruments", "instrument"), {});
    if (!Schema::instrumentKinds().contains(in.kind))
        return instrumentError(
            ErrorCode::InvalidArgument,
            SN_TEXT("sn::Instruments", "field 'kind' is '%1'; expected one of %2"),
            {in.kind.toStdString(), Schema::instrumentKinds().join(QLatin1String(", ")).toStdString()},
            symbol);
    if (in.currency.size() != 3)
        return instrumentError(
            ErrorCode::InvalidArgument,
            SN_TEXT("sn::Instruments", "field 'currency' is '%1'; expected a 3-letter code"),
            {in.currency.toStdString()}, symbol);
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
        return instrumentError(ErrorCode::NotFound, SN_TEXT("sn::Instruments", "no such instrument"), {},
                               symbol);
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
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Instruments", "no such instrument"), {})
            .at(SN_TEXT("sn::Instruments", "instrument id %1"), {std::to_string(id)});
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
            return instrumentError(ErrorCode::NotFound, SN_TEXT("sn::Instruments", "no such instrument"), {},
                                   symbol);
        return {};
    });
}

} // namespace sn
