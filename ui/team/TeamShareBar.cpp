#include "ui/team/TeamShareBar.h"

#include "core/workspace/LedgerService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/team/NotesPanel.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

QString setting(const Workspace &w, const QString &key)
{
    return SettingsService(w).value(key, {}).valueOr(QString());
}

} // namespace

TeamShareBar::TeamShareBar(const Workspace &workspace, PortfolioView &view, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_view(view), m_badge(new QLabel(this)),
      m_share(new QToolButton(this)), m_notesButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("teamShareBar"));
    m_badge->setObjectName(QStringLiteral("teamBadge"));
    m_share->setText(tr("Share with team..."));
    m_share->setAccessibleName(tr("Share with team"));
    connect(m_share, &QToolButton::clicked, this, &TeamShareBar::askAndShare);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badge);
    layout->addWidget(m_share);
    layout->addWidget(m_notesButton);
    m_notesButton->setText(tr("Notes..."));
    m_notesButton->setAccessibleName(tr("Team notes on this portfolio"));
    connect(m_notesButton, &QToolButton::clicked, this, [this] { openNotes(); });
    m_editTriggers = m_view.transactionView()->editTriggers();
    connect(&m_view, &PortfolioView::portfoliosLoaded, this, &TeamShareBar::refresh);
    connect(&m_view, &PortfolioView::snapshotLoaded, this, &TeamShareBar::refresh);
    connect(&m_workspace.changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, {Change::Entity::Setting, Change::Entity::Portfolio}))
            refresh();
    });
    refresh();
}

QString TeamShareBar::badgeText() const
{
    return m_badge->isHidden() ? QString() : m_badge->text();
}

void TeamShareBar::refresh()
{
    const QString team = setting(m_workspace, QStringLiteral("sync.workspace"));
    const QString role = setting(m_workspace, QStringLiteral("sync.role"));
    const QString portfolio = m_view.currentPortfolio();
    m_shared = false;
    if (!team.isEmpty() && !portfolio.isEmpty()) {
        auto items = SyncService(m_workspace).shared(team);
        if (items)
            for (const SyncSharedItem &i : *items)
                m_shared = m_shared || (i.entity == QLatin1String("portfolio") && i.name == portfolio);
    }
    m_readOnly = m_shared && role == QLatin1String("viewer");
    m_reason = m_readOnly
                   ? tr("Read-only: you are a viewer in team workspace '%1', and the team server refuses a "
                        "viewer's changes to the shared portfolio '%2'. Ask an admin for the analyst role.")
                         .arg(team, portfolio)
                   : QString();
    m_badge->setVisible(m_shared);
    m_badge->setText(m_readOnly ? tr("\u25C6 Shared (%1) \u00B7 read-only").arg(team)
                                : tr("\u25C6 Shared (%1)").arg(team));
    m_badge->setToolTip(m_readOnly
                            ? m_reason
                            : tr("Shared with team workspace '%1': changes are sent to the team").arg(team));
    m_share->setVisible(!m_shared);
    m_notesButton->setVisible(m_shared);
    m_notesButton->setToolTip(tr("Notes and comments of the team on portfolio '%1'").arg(portfolio));
    if (m_notes) {
        qint64 id = 0;
        if (m_shared)
            if (auto p = LedgerService(m_workspace).portfolioByName(portfolio))
                id = p->id;
        m_notes->setItem(QStringLiteral("portfolio"), id);
    }
    m_share->setEnabled(!team.isEmpty() && !portfolio.isEmpty());
    m_share->setToolTip(team.isEmpty()
                            ? tr("Set up a team server first (Preferences > Team)")
                            : tr("Share this portfolio and its ledger with team workspace '%1'").arg(team));

    QTableView *grid = m_view.transactionView();
    grid->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers : m_editTriggers);
    grid->setToolTip(m_reason);
    const QList<QAction *> edits = m_view.editActions();
    for (QAction *a : edits) {
        if (a->shortcut() == QKeySequence(QKeySequence::Find) ||
            a->shortcut() == QKeySequence(QKeySequence::Copy))
            continue; // filtering and copying only read
        a->setEnabled(!m_readOnly);
        a->setToolTip(m_readOnly ? m_reason : QString());
    }
}

NotesPanel *TeamShareBar::openNotes()
{
    if (!m_notesWindow) {
        m_notesWindow = new QDialog(this);
        m_notesWindow->setObjectName(QStringLiteral("portfolioNotesWindow"));
        m_notes = new NotesPanel(m_workspace, m_notesWindow);
        auto *layout = new QVBoxLayout(m_notesWindow);
        layout->addWidget(m_notes);
        m_notesWindow->resize(420, 480);
    }
    const QString portfolio = m_view.currentPortfolio();
    m_notesWindow->setWindowTitle(tr("Team notes: %1").arg(portfolio));
    auto p = LedgerService(m_workspace).portfolioByName(portfolio);
    m_notes->setItem(QStringLiteral("portfolio"), m_shared && p ? p->id : 0);
    m_notesWindow->show();
    m_notesWindow->raise();
    return m_notes;
}

void TeamShareBar::askAndShare()
{
    const QString team = setting(m_workspace, QStringLiteral("sync.workspace"));
    const QString portfolio = m_view.currentPortfolio();
    if (QMessageBox::question(
            this, tr("Share with team"),
            tr("Share portfolio '%1' and its whole ledger with team workspace '%2'? Members "
               "of the workspace will see it and, unless they are viewers, change it.")
                .arg(portfolio, team)) != QMessageBox::Yes)
        return;
    shareCurrent();
}

bool TeamShareBar::shareCurrent()
{
    const QString team = setting(m_workspace, QStringLiteral("sync.workspace"));
    const QString portfolio = m_view.currentPortfolio();
    if (team.isEmpty()) {
        emit message(tr("Not shared: set up a team server first (Preferences > Team)."), true);
        return false;
    }
    auto p = LedgerService(m_workspace).portfolioByName(portfolio);
    if (!p) {
        emit message(tr("Not shared: %1").arg(QString::fromStdString(p.error().toUserString())), true);
        return false;
    }
    auto id = SyncService(m_workspace).sharePortfolio(p->id, team);
    if (!id) {
        emit message(tr("Not shared: %1").arg(QString::fromStdString(id.error().toUserString())), true);
        return false;
    }
    emit message(tr("Portfolio '%1' is shared with team workspace '%2'.").arg(portfolio, team), false);
    emit shared(portfolio, *id);
    refresh();
    return true;
}

} // namespace sn::ui
