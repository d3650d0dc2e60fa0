#include "ui/portfolio/TransactionCommands.h"

#include "core/storage/Database.h"
#include "core/storage/PortfolioRepository.h"
#include "ui/portfolio/TransactionTableModel.h"

#include <QCoreApplication>

namespace sn::ui {

namespace {

QString message(const Error &error)
{
    return QString::fromStdString(error.toString());
}

// Stores every line in one database transaction; on success the lines carry
// their new ids and are in the grid.
Result<void> storeAll(const Database &db, TransactionTableModel &model, std::vector<PortfolioTransaction> &txs)
{
    for (auto &tx : txs)
        tx.id = 0;
    auto ids = PortfolioRepository(db).addTransactions(txs);
    if (!ids)
        return ids.error();
    for (std::size_t i = 0; i < txs.size(); ++i) {
        txs[i].id = (*ids)[i];
        model.insert(txs[i]);
    }
    return {};
}

Result<void> removeAll(const Database &db, TransactionTableModel &model, const std::vector<PortfolioTransaction> &txs)
{
    auto done = db.transaction([&](QSqlDatabase &) -> Result<void> {
        PortfolioRepository repo(db);
        for (const auto &tx : txs)
            if (auto r = repo.removeTransaction(tx.id); !r)
                return r.error();
        return {};
    });
    if (!done)
        return done.error();
    for (const auto &tx : txs)
        model.removeId(tx.id);
    return {};
}

} // namespace

EditTransactionCommand::EditTransactionCommand(const Database &db, TransactionTableModel &model,
                                               PortfolioTransaction before, PortfolioTransaction after,
                                               CommandErrorFn onError)
    : m_db(db)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("sn::ui::TransactionCommands", "Edit transaction"));
}

bool EditTransactionCommand::write(const PortfolioTransaction &tx)
{
    if (auto r = PortfolioRepository(m_db).updateTransaction(tx); !r) {
        if (m_onError)
            m_onError(message(r.error()));
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

AddTransactionsCommand::AddTransactionsCommand(const Database &db, TransactionTableModel &model,
                                               std::vector<PortfolioTransaction> txs, const QString &text,
                                               CommandErrorFn onError)
    : m_db(db)
    , m_model(model)
    , m_txs(std::move(txs))
    , m_onError(std::move(onError))
{
    setText(text);
}

void AddTransactionsCommand::redo()
{
    if (auto r = storeAll(m_db, m_model, m_txs); !r) {
        if (m_onError)
            m_onError(message(r.error()));
        setObsolete(true);
    }
}

void AddTransactionsCommand::undo()
{
    if (auto r = removeAll(m_db, m_model, m_txs); !r && m_onError)
        m_onError(message(r.error()));
}

std::vector<qint64> AddTransactionsCommand::ids() const
{
    std::vector<qint64> out;
    for (const auto &tx : m_txs)
        out.push_back(tx.id);
    return out;
}

RemoveTransactionsCommand::RemoveTransactionsCommand(const Database &db, TransactionTableModel &model,
                                                     std::vector<PortfolioTransaction> txs, CommandErrorFn onError)
    : m_db(db)
    , m_model(model)
    , m_txs(std::move(txs))
    , m_onError(std::move(onError))
{
    // A plain int argument: lupdate 6.4 skips translate() calls whose count is a cast expression.
    const int count = int(m_txs.size());
    setText(QCoreApplication::translate("sn::ui::TransactionCommands", "Delete %n transaction(s)", nullptr, count));
}

void RemoveTransactionsCommand::redo()
{
    if (auto r = removeAll(m_db, m_model, m_txs); !r) {
        if (m_onError)
            m_onError(message(r.error()));
        setObsolete(true);
    }
}

void RemoveTransactionsCommand::undo()
{
    if (auto r = storeAll(m_db, m_model, m_txs); !r && m_onError)
        m_onError(message(r.error()));
}

} // namespace sn::ui
