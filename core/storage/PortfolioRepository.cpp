#include "core/storage/PortfolioRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/SqlSupport.h"

namespace sn {

namespace {

std::string where(qint64 id)
{
    return "portfolio " + std::to_string(id);
}

// "no such portfolio/transaction", which a view shows when another window (or
// the CLI) removed it meanwhile: in the reader's language, the English context kept.
Error notFound(TextKey text, std::string context)
{
    return makeError(ErrorCode::NotFound, text, {}, std::move(context));
}

Result<void> checkPortfolio(const Portfolio &p)
{
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'name' is empty", "portfolio");
    if (p.baseCurrency.size() != 3)
        return makeError(ErrorCode::InvalidArgument,
                         "field 'baseCurrency' is '" + p.baseCurrency.toStdString() +
                             "'; expected a 3-letter code",
                         "portfolio '" + p.name.toStdString() + "'");
    return {};
}

Result<void> checkTransaction(const PortfolioTransaction &tx, const std::string &ctx)
{
    if (!Schema::transactionTypes().contains(tx.type))
        return makeError(ErrorCode::InvalidArgument,
                         "field 'type' is '" + tx.type.toStdString() + "'; expected one of " +
                             Schema::transactionTypes().join(QLatin1String(", ")).toStdString(),
                         ctx);
    if (tx.currency.size() != 3)
        return makeError(ErrorCode::InvalidArgument,
                         "field 'currency' is '" + tx.currency.toStdString() + "'; expected a 3-letter code",
                         ctx);
    if (tx.fee.isNegative())
        return makeError(ErrorCode::InvalidArgument, "field 'fee' is negative", ctx);
    return {};
}

QVariant instrumentValue(const std::optional<qint64> &id)
{
    return id ? QVariant::fromValue<qint64>(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariantList transactionValues(const PortfolioTransaction &tx)
{
    return {tx.portfolioId,
            QVariant::fromValue<qint64>(tx.time),
            tx.type,
            instrumentValue(tx.instrumentId),
            QVariant::fromValue<qint64>(tx.quantity.raw()),
            QVariant::fromValue<qint64>(tx.price.raw()),
            QVariant::fromValue<qint64>(tx.amount.raw()),
            QVariant::fromValue<qint64>(tx.fee.raw()),
            QVariant::fromValue<qint64>(tx.tax.raw()),
            tx.currency.toUpper(),
            sql::text(tx.note)};
}

const QString kInsertTx = QStringLiteral("INSERT INTO transactions (portfolio_id, ts, type, instrument_id, "
                                         "quantity, price, amount, fee, tax, currency, note)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

Result<qint64> insertTransaction(const QSqlDatabase &db, const PortfolioTransaction &tx,
                                 const std::string &ctx)
{
    auto ok = checkTransaction(tx, ctx);
    if (!ok)
        return ok.error();
    auto q = sql::run(db, kInsertTx, transactionValues(tx), ctx);
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", ctx);
    return q->value(0).toLongLong();
}

} // namespace

Result<qint64> PortfolioRepository::create(const Portfolio &p)
{
    auto ok = checkPortfolio(p);
    if (!ok)
        return ok.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const qint64 created = p.createdAt != 0 ? p.createdAt : nowMs();
    auto q = sql::run(*conn,
                      QStringLiteral("INSERT INTO portfolios (name, base_currency, created_at, note)"
                                     " VALUES (?, ?, ?, ?) RETURNING id"),
                      {p.name.trimmed(), p.baseCurrency.toUpper(), created, sql::text(p.note)},
                      "creating portfolio '" + p.name.toStdString() + "'");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", "creating portfolio");
    return q->value(0).toLongLong();
}

Result<void> PortfolioRepository::update(const Portfolio &p)
{
    auto ok = checkPortfolio(p);
    if (!ok)
        return ok.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(
        *conn, QStringLiteral("UPDATE portfolios SET name = ?, base_currency = ?, note = ? WHERE id = ?"),
        {p.name.trimmed(), p.baseCurrency.toUpper(), sql::text(p.note), p.id}, "updating " + where(p.id));
    if (!n)
        return n.error();
    if (*n == 0)
        return notFound(SN_TEXT("sn::Ledger", "no such portfolio"), {})
            .at(SN_TEXT("sn::Ledger", "portfolio %1"), {std::to_string(p.id)});
    return {};
}

Result<void> PortfolioRepository::remove(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM portfolios WHERE id = ?"), {id},
                         "removing " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return notFound(SN_TEXT("sn::Ledger", "no such portfolio"), {})
            .at(SN_TEXT("sn::Ledger", "portfolio %1"), {std::to_string(id)});
    return {};
}

Result<Portfolio> PortfolioRepository::findWhere(const QString &condition, const QVariant &value,
                                                 const std::string &context)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT id, name, base_currency, created_at, note FROM portfolios WHERE ") + condition,
        {value}, "reading " + context);
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(SN_TEXT("sn::Ledger", "no such portfolio"), context);
    Portfolio p;
    p.id = q->value(0).toLongLong();
    p.name = q->value(1).toString();
    p.baseCurrency = q->value(2).toString();
    p.createdAt = q->value(3).toLongLong();
    p.note = q->value(4).toString();
    return p;
}

Result<Portfolio> PortfolioRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), id, where(id));
}

Result<Portfolio> PortfolioRepository::lockForWrite(qint64 id)
{
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    return findWhere(postgres ? QStringLiteral("id = ? FOR UPDATE") : QStringLiteral("id = ?"), id,
                     where(id));
}

Result<Portfolio> PortfolioRepository::findByName(const QString &name)
{
    return findWhere(QStringLiteral("name = ?"), name.trimmed(), "portfolio '" + name.toStdString() + "'");
}

Result<std::vector<Portfolio>> PortfolioRepository::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT id, name, base_currency, created_at, note FROM portfolios ORDER BY name"), {},
        "listing portfolios");
    if (!q)
        return q.error();
    std::vector<Portfolio> out;
    while (q->next()) {
        Portfolio p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.baseCurrency = q->value(2).toString();
        p.createdAt = q->value(3).toLongLong();
        p.note = q->value(4).toString();
        out.push_back(p);
    }
    return out;
}

Result<qint64> PortfolioRepository::addTransaction(const PortfolioTransaction &tx)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    return insertTransaction(*conn, tx, "adding a transaction to " + where(tx.portfolioId));
}

Result<std::vector<qint64>> PortfolioRepository::addTransactions(const std::vector<PortfolioTransaction> &txs)
{
    std::vector<qint64> ids;
    ids.reserve(txs.size());
    auto done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (std::size_t i = 0; i < txs.size(); ++i) {
            auto id = insertTransaction(
                db, txs[i], "transaction " + std::to_string(i) + " for " + where(txs[i].portfolioId));
            if (!id)
                return id.error();
            ids.push_back(*id);
        }
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

Result<void> PortfolioRepository::updateTransaction(const PortfolioTransaction &tx)
{
    const std::string ctx = "transaction " + std::to_string(tx.id);
    auto ok = checkTransaction(tx, ctx);
    if (!ok)
        return ok.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QVariantList values = transactionValues(tx);
    values << tx.id;
    auto n = sql::change(
        *conn,
        QStringLiteral("UPDATE transactions SET portfolio_id = ?, ts = ?, type = ?, instrument_id = ?,"
                       " quantity = ?, price = ?, amount = ?, fee = ?, tax = ?, currency = ?,"
                       " note = ? WHERE id = ?"),
        values, "updating " + ctx);
    if (!n)
        return n.error();
    if (*n == 0)
        return notFound(SN_TEXT("sn::Ledger", "no such transaction"), ctx);
    return {};
}

Result<void> PortfolioRepository::removeTransaction(qint64 transactionId)
{
    const std::string ctx = "transaction " + std::to_string(transactionId);
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM transactions WHERE id = ?"), {transactionId},
                         "removing " + ctx);
    if (!n)
        return n.error();
    if (*n == 0)
        return notFound(SN_TEXT("sn::Ledger", "no such transaction"), ctx);
    return {};
}

Result<std::vector<PortfolioTransaction>> PortfolioRepository::transactions(qint64 portfolioId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT id, portfolio_id, ts, type, instrument_id, quantity, price, amount, fee,"
                       " tax, currency, note FROM transactions WHERE portfolio_id = ? ORDER BY ts, id"),
        {portfolioId}, "listing transactions of " + where(portfolioId));
    if (!q)
        return q.error();
    std::vector<PortfolioTransaction> out;
    while (q->next()) {
        PortfolioTransaction t;
        t.id = q->value(0).toLongLong();
        t.portfolioId = q->value(1).toLongLong();
        t.time = q->value(2).toLongLong();
        t.type = q->value(3).toString();
        if (!q->value(4).isNull())
            t.instrumentId = q->value(4).toLongLong();
        t.quantity = Decimal::fromRaw(q->value(5).toLongLong());
        t.price = Decimal::fromRaw(q->value(6).toLongLong());
        t.amount = Decimal::fromRaw(q->value(7).toLongLong());
        t.fee = Decimal::fromRaw(q->value(8).toLongLong());
        t.tax = Decimal::fromRaw(q->value(9).toLongLong());
        t.currency = q->value(10).toString();
        t.note = q->value(11).toString();
        out.push_back(t);
    }
    return out;
}

Result<qint64> PortfolioRepository::portfolioOf(qint64 transactionId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT portfolio_id FROM transactions WHERE id = ?"),
                      {transactionId}, "reading transaction " + std::to_string(transactionId));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such transaction",
                         "transaction " + std::to_string(transactionId));
    return q->value(0).toLongLong();
}

} // namespace sn
