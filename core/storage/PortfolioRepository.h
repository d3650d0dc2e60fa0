#pragma once

#include "core/common/Result.h"
#include "core/model/Portfolio.h"
#include "core/model/PortfolioTransaction.h"

#include <vector>

namespace sn {

class Database;

// Portfolios and their ledgers. Amounts round-trip exactly (BIGINT micro-units).
class PortfolioRepository
{
public:
    explicit PortfolioRepository(const Database &db) : m_db(db) {}

    // createdAt 0 means now. Returns the new id; AlreadyExists for a taken name.
    Result<qint64> create(const Portfolio &portfolio);
    // Updates name, base currency and note of portfolio.id.
    Result<void> update(const Portfolio &portfolio);
    // Removes the portfolio and its transactions.
    Result<void> remove(qint64 id);
    Result<Portfolio> find(qint64 id);
    Result<Portfolio> findByName(const QString &name);
    Result<std::vector<Portfolio>> list();
    // Inside a write transaction: serialises every writer of this portfolio's
    // ledger until the transaction ends, so a check made after it sees every
    // committed change and none can land between the check and the commit.
    // PostgreSQL locks the portfolio's row (SELECT ... FOR UPDATE); SQLite
    // already holds the database's write lock (BEGIN IMMEDIATE). NotFound
    // when the portfolio does not exist.
    Result<Portfolio> lockForWrite(qint64 id);

    Result<qint64> addTransaction(const PortfolioTransaction &tx);
    // All in one database transaction: either every line lands or none.
    // Returns the new ids in input order.
    Result<std::vector<qint64>> addTransactions(const std::vector<PortfolioTransaction> &txs);
    Result<void> updateTransaction(const PortfolioTransaction &tx);
    Result<void> removeTransaction(qint64 transactionId);
    // In time order (then id).
    Result<std::vector<PortfolioTransaction>> transactions(qint64 portfolioId);
    // The portfolio a stored line belongs to; NotFound for an unknown id.
    Result<qint64> portfolioOf(qint64 transactionId);

private:
    Result<Portfolio> findWhere(const QString &condition, const QVariant &value, const std::string &context);
    const Database &m_db;
};

} // namespace sn
