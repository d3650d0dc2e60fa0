#include "ui/shell/SyncIndicator.h"

#include "ui/team/TeamSession.h"

namespace sn::ui {

SyncIndicator::SyncIndicator(TeamSession &session, QWidget *parent) : QToolButton(parent), m_session(session)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Team sync status"));
    connect(&m_session, &TeamSession::stateChanged, this, &SyncIndicator::refresh);
    connect(&m_session, &TeamSession::pendingChanged, this, &SyncIndicator::refresh);
    connect(&m_session, &TeamSession::configChanged, this, &SyncIndicator::refresh);
    connect(&m_session, &TeamSession::problem, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::refresh()
{
    using sync::SyncState;
    QString state;
    QString color;
    switch (m_session.state()) {
    case SyncState::Offline:
        state = tr("offline");
        color = QStringLiteral("#8a8a8a");
        break;
    case SyncState::Connecting:
        state = tr("connecting");
        color = QStringLiteral("#c98a00");
        break;
    case SyncState::CatchingUp:
        state = tr("catching up");
        color = QStringLiteral("#2f7fd0");
        break;
    case SyncState::Online:
        state = tr("online");
        color = QStringLiteral("#2e9b4a");
        break;
    }
    const qint64 pending = m_session.pendingEdits();
    QString text = tr("Team: %1").arg(state);
    if (pending > 0)
        text += QStringLiteral(" · ") + tr("%n pending", nullptr, static_cast<int>(pending));
    setText(QStringLiteral("\u25CF ") + text);
    setStyleSheet(QStringLiteral("QToolButton { color: %1; }").arg(color));
    const auto c = m_session.config();
    QString tip = c.complete() ? tr("%1 as %2, workspace %3").arg(c.server, c.user, c.workspace)
                               : tr("No team server set up (Preferences > Team)");
    if (pending > 0)
        tip += QLatin1Char('\n') +
               tr("%n local edit(s) wait for the server", nullptr, static_cast<int>(pending));
    if (m_session.state() == SyncState::Offline && !m_session.lastProblem().isEmpty())
        tip += QLatin1Char('\n') + m_session.lastProblem();
    tip += QLatin1Char('\n') + tr("Click to open the Team area");
    setToolTip(tip);
}

} // namespace sn::ui
