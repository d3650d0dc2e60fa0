#include "ui/portfolio/TransactionCommands.h"

#include "core/workspace/LedgerService.h"
#include "core/workspace/Workspace.h"
#include "ui/portfolio/TransactionTableModel.h"

#include <QCoreApplication>

namespace sn::ui {

namespace {

// Marks the model's writes as its own while a command stores them, so the
// view does not take its own announcements for changes made elsewhere.
class OwnWrite
{
public:
    explicit OwnWrite(TransactionTableModel &model) : m_model(model) { m_model.setOwnWrite(true); }
    ~OwnWrite() { m_model.setOwnWrite(false); }
    OwnWrite(const OwnWrite &) = delete;
    OwnWrite &operator=(const OwnWrite &) = delete;

private:
    TransactionTableModel &m_model;
};

// Stores every line through the ledger's guarded write (one transaction that
// replays the whole ledger first); on success the lines carry their new ids
// and are in the grid, on refusal nothing is stored or shown.
Result<void> storeAll(const Workspace &workspace, TransactionTableModel &model,
                      std::vector<PortfolioTransaction> &txs)
{
    if (txs.empty())
        return {};
    const OwnWrite own(model);
    auto ids = LedgerService(workspace).add(txs.front().portfolioId, txs);
    if (!ids)
        return ids.error();
    for (std::size_t i = 0; i < txs.size(); ++i) {
        txs[i].id = (*ids)[i];
        model.insert(txs[i]);
    }
    return {};
}

Result<void> removeAll(const Workspace &workspace, TransactionTableModel &model,
                       const std::vector<PortfolioTransaction> &txs)
{
    if (txs.empty())
        return {};
    std::vector<qint64> ids;
    for (const auto &tx : txs)
        ids.push_back(tx.id);
    const OwnWrite own(model);
    if (auto done = LedgerService(workspace).remove(txs.front().portfolioId, ids); !done)
        return done.error();
    for (const auto &tx : txs)
        model.removeId(tx.id);
    return {};
}

} // namespace

EditTransactionCommand::EditTransactionCommand(const Workspace &db, TransactionTableModel &model,
                                               PortfolioTransaction before, PortfolioTransaction after,
                                               CommandErrorFn onError)
    : m_workspace(db), m_model(model), m_before(std::move(before)), m_after(std::move(after)),
      m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("sn::ui::TransactionCommands", "Edit transaction"));
}

bool EditTransactionCommand::write(const PortfolioTransaction &tx)
{
    const OwnWrite own(m_model);
    if (auto r = LedgerService(m_workspace).update(tx); !r) {
        if (m_onError)
            m_onError(r.error());
        return false;
    }
    m_model.replace(tx);
    return true;
}

void EditTransactionCommand::redo()
{
    if (!write(m_after))
        setObsolete(true);
}

void EditTransactionCommand::undo()
{
    write(m_before);
}

AddTransactionsCommand::AddTransactionsCommand(const Workspace &db, TransactionTableModel &model,
                                               std::vector<PortfolioTransaction> txs, const QString &text,
                                               CommandErrorFn onError)
    : m_workspace(db), m_model(model), m_txs(std::move(txs)), m_onError(std::move(onError))
{
    setText(text);
}

void AddTransactionsCommand::redo()
{
    if (auto r = storeAll(m_workspace, m_model, m_txs); !r) {
        if (m_onError)
            m_onError(r.error());
        setObsolete(true);
    }
}

void AddTransactionsCommand::undo()
{
    if (auto r = removeAll(m_workspace, m_model, m_txs); !r && m_onError)
        m_onError(r.error());
}

std::vector<qint64> AddTransactionsCommand::ids() const
{
    std::vector<qint64> out;
    for (const auto &tx : m_txs)
        out.push_back(tx.id);
    return out;
}

std::vector<qint64> RemoveTransactionsCommand::lineIds() const
{
    std::vector<qint64> out;
    for (const auto &tx : m_txs)
        out.push_back(tx.id);
    return out;
}

RemoveTransactionsCommand::RemoveTransactionsCommand(const Workspace &db, TransactionTableModel &model,
                                                     std::vector<PortfolioTransaction> txs,
                                                     CommandErrorFn onError)
    : m_workspace(db), m_model(model), m_txs(std::move(txs)), m_onError(std::move(onError))
{
    // A plain int argument: lupdate 6.4 skips translate() calls whose count is a cast expression.
    const int count = int(m_txs.size());
    setText(QCoreApplication::translate("sn::ui::TransactionCommands", "Delete %n transaction(s)", nullptr,
                                        count));
}

void RemoveTransactionsCommand::redo()
{
    if (auto r = removeAll(m_workspace, m_model, m_txs); !r) {
        if (m_onError)
            m_onError(r.error());
        setObsolete(true);
    }
}

void RemoveTransactionsCommand::undo()
{
    if (auto r = storeAll(m_workspace, m_model, m_txs); !r && m_onError)
        m_onError(r.error());
}

} // namespace sn::ui
