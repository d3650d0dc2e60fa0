#pragma once

#include "core/workspace/SyncService.h"

#include <QDialog>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

// Both versions of every entity this database and the team server disagree
// on, side by side and per field (a transaction's date, type, amount, ...),
// with the fields that differ marked. "Keep mine" queues this database's
// version on top of the server's; "Take theirs" writes the server's here;
// "Keep both" (a ledger line) takes theirs and adds mine as a new line.
// Both go through SyncService::resolve (one transaction, announced), so the
// areas follow by the usual signals.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const Workspace &workspace, QWidget *parent = nullptr);

    // Reads the conflicts again; returns how many there are.
    int reload();
    int count() const { return static_cast<int>(m_conflicts.size()); }
    void select(int row);
    // The shown conflict, resolved; false (with the reason shown) when it failed.
    bool keepMine();
    bool takeTheirs();
    // A ledger line only (SyncService::canKeepBoth): theirs, plus mine as a new line.
    bool keepBoth();
    QPushButton *keepBothButton() const { return m_both; }
    QTableWidget *fields() const { return m_fields; }
    QString message() const;

Q_SIGNALS:
    void resolved();

private:
    void showConflict(int row);
    bool resolve(SyncService::Resolution how);

    const Workspace &m_workspace;
    std::vector<SyncConflictInfo> m_conflicts;
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_theirs = nullptr;
    QPushButton *m_both = nullptr;
};

} // namespace sn::ui
