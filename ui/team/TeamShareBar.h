#pragma once

#include <QAbstractItemView>
#include <QWidget>

class QDialog;
class QLabel;
class QToolButton;

namespace sn {
class Workspace;
}

namespace sn::ui {

class NotesPanel;
class PortfolioView;

// The Portfolio area's team controls, beside the portfolio selector:
// "Share with team..." for the shown portfolio, a badge when it is shared,
// and, when the analyst is a viewer in the team workspace, the ledger made
// read-only with a tooltip that says why (the server would refuse the edit).
// Sharing goes through SyncService (one transaction: the mapping and the
// outbox rows); the sync client sends it.
class TeamShareBar : public QWidget
{
    Q_OBJECT
public:
    TeamShareBar(const Workspace &workspace, PortfolioView &view, QWidget *parent = nullptr);

    // Shares the shown portfolio without asking (the button asks first).
    bool shareCurrent();
    bool currentShared() const { return m_shared; }
    bool readOnly() const { return m_readOnly; }
    QString badgeText() const;
    QString readOnlyReason() const { return m_reason; }
    QToolButton *shareButton() const { return m_share; }
    QToolButton *notesButton() const { return m_notesButton; }
    // The notes on the shown (shared) portfolio, beside the area in a
    // window of their own; the same window while it is open.
    NotesPanel *openNotes();

Q_SIGNALS:
    void shared(const QString &portfolio, const QString &entityId);
    void message(const QString &text, bool error);

public:
    void refresh();

private:
    void askAndShare();

    const Workspace &m_workspace;
    PortfolioView &m_view;
    QLabel *m_badge = nullptr;
    QToolButton *m_share = nullptr;
    QToolButton *m_notesButton = nullptr;
    QDialog *m_notesWindow = nullptr;
    NotesPanel *m_notes = nullptr;
    QAbstractItemView::EditTriggers m_editTriggers;
    bool m_shared = false;
    bool m_readOnly = false;
    QString m_reason;
};

} // namespace sn::ui
