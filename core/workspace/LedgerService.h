#pragma once

#include "core/common/Result.h"
#include "core/model/Portfolio.h"
#include "core/model/PortfolioTransaction.h"
#include "core/workspace/Change.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace sn {

class Database;
class Workspace;

// The one write path of portfolios and their ledgers. Every change is one
// database transaction that
//   1. takes the portfolio's write lock (serialised against every other
//      writer: another window, the CLI, later sync),
//   2. writes the change and then replays the portfolio's whole ledger as it
//      now stands: every line valid, no sell or transfer of more than held, no
//      cash below zero, no amount beyond the exact range, every trade priced by
//      a stored daily close on or before its day, an FX rate (FxRates: ECB
//      reference rates, or an imported series) for every other currency,
//   3. commits only when that replay is clean, and then announces the change.
// A refused change leaves nothing behind; its Error names the line (its date,
// type and symbol) and, in Error::field, the field at fault.
class LedgerService
{
public:
    explicit LedgerService(const Workspace &workspace);

    // The transaction types in the order a picker shows them.
    static QStringList transactionTypes();
    // The fields a line of `type` uses besides date, type, currency and note:
    // "symbol", "quantity", "price", "amount", "fee", "tax". Empty for an
    // unknown type.
    static QStringList fieldsOf(const QString &type);

    Result<std::vector<Portfolio>> portfolios() const;
    Result<Portfolio> portfolio(qint64 id) const;
    // NotFound "unknown portfolio 'x'".
    Result<Portfolio> portfolioByName(const QString &name) const;
    // In ledger order (time, then id).
    Result<std::vector<PortfolioTransaction>> transactions(qint64 portfolioId) const;
    // The date a new line starts with: the day the portfolio is valued to
    // (the last day on which every instrument still held has a stored daily
    // close, or the last transaction's day when that is later), so a new
    // line does not move the valuation date; today for an empty portfolio.
    Result<TimestampMs> defaultDate(qint64 portfolioId) const;

    // Errors: an empty name, a currency that is not three capital letters, a
    // taken name.
    Result<qint64> createPortfolio(const QString &name, const QString &baseCurrency,
                                   const QString &note = {}) const;
    Result<void> renamePortfolio(qint64 id, const QString &name) const;
    // The portfolio and its ledger (instruments and bars stay).
    Result<void> removePortfolio(qint64 id) const;

    // New lines (their ids are ignored); returns the new ids in input order.
    Result<std::vector<qint64>> add(qint64 portfolioId, std::vector<PortfolioTransaction> lines) const;
    // Replaces the stored line with the same id (and portfolio).
    Result<void> update(const PortfolioTransaction &line) const;
    Result<void> remove(qint64 portfolioId, const std::vector<qint64> &ids) const;

    // For services that build a change of their own (the CSV import, a
    // rebalance): runs `write` inside the guarded transaction of steps 1-3
    // and announces `changes` after the commit. `write` receives the
    // portfolio as locked. When the replay fails, `explain` (when given) may
    // rewrite the error, for example to name a CSV line.
    using Writer = std::function<Result<void>(const Portfolio &portfolio, ChangeSet &changes)>;
    using Explainer = std::function<Error(const Error &replayError, qint64 transactionId)>;
    Result<void> write(qint64 portfolioId, const Writer &write, const Explainer &explain = {}) const;

    // Replays the stored ledger of `portfolioId` as it stands (no write), with
    // the same checks as a write. Used by tests and by `db check`.
    Result<void> verify(qint64 portfolioId) const;

private:
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
