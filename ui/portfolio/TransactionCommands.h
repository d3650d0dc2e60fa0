#pragma once

#include "core/common/Result.h"
#include "core/model/PortfolioTransaction.h"

#include <QString>
#include <QUndoCommand>
#include <functional>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

class TransactionTableModel;

// Undoable changes to a portfolio's ledger. Each command writes to the
// database first (one transaction) and updates the grid only when the write
// succeeded. A write refused on the first redo makes the command obsolete,
// so QUndoStack drops it and nothing half-done stays on the stack; the
// reason goes to the error callback (its Error::field names the field at
// fault, so the view can show it at the cell).
using CommandErrorFn = std::function<void(const Error &error)>;

// The ledger line ids a command holds (to undo or redo), so a view can tell
// whether a change made elsewhere touched them.
class LedgerCommand : public QUndoCommand
{
public:
    virtual std::vector<qint64> lineIds() const = 0;
};

class EditTransactionCommand : public LedgerCommand
{
public:
    std::vector<qint64> lineIds() const override { return {m_after.id}; }
    EditTransactionCommand(const Workspace &db, TransactionTableModel &model, PortfolioTransaction before,
                           PortfolioTransaction after, CommandErrorFn onError);
    void redo() override;
    void undo() override;

private:
    bool write(const PortfolioTransaction &tx);

    const Workspace &m_workspace;
    TransactionTableModel &m_model;
    PortfolioTransaction m_before;
    PortfolioTransaction m_after;
    CommandErrorFn m_onError;
};

// Adds lines (new, or duplicates of selected ones); undo removes them again.
class AddTransactionsCommand : public LedgerCommand
{
public:
    std::vector<qint64> lineIds() const override { return ids(); }
    AddTransactionsCommand(const Workspace &db, TransactionTableModel &model,
                           std::vector<PortfolioTransaction> txs, const QString &text,
                           CommandErrorFn onError);
    void redo() override;
    void undo() override;
    // Ids the lines got on the last redo.
    std::vector<qint64> ids() const;

private:
    const Workspace &m_workspace;
    TransactionTableModel &m_model;
    std::vector<PortfolioTransaction> m_txs;
    CommandErrorFn m_onError;
};

// Deletes lines; undo stores them again (under new ids).
class RemoveTransactionsCommand : public LedgerCommand
{
public:
    std::vector<qint64> lineIds() const override;
    RemoveTransactionsCommand(const Workspace &db, TransactionTableModel &model,
                              std::vector<PortfolioTransaction> txs, CommandErrorFn onError);
    void redo() override;
    void undo() override;

private:
    const Workspace &m_workspace;
    TransactionTableModel &m_model;
    std::vector<PortfolioTransaction> m_txs;
    CommandErrorFn m_onError;
};

} // namespace sn::ui
