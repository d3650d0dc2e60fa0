#include "ui/team/TeamItemShareBar.h"

#include "core/workspace/SettingsService.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

namespace sn::ui {

namespace {

QString setting(const Workspace &w, const QString &key)
{
    return SettingsService(w).value(key, {}).valueOr(QString());
}

} // namespace

TeamItemShareBar::TeamItemShareBar(const Workspace &workspace, const QString &entity, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_entity(entity), m_badge(new QLabel(this)),
      m_share(new QToolButton(this))
{
    setObjectName(QStringLiteral("teamItemShareBar"));
    m_badge->setObjectName(QStringLiteral("teamBadge"));
    m_share->setText(tr("Share with team..."));
    m_share->setAccessibleName(tr("Share with team"));
    connect(m_share, &QToolButton::clicked, this, &TeamItemShareBar::askAndShare);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badge);
    layout->addWidget(m_share);
    const Change::Entity mine =
        entity == QLatin1String("watchlist") ? Change::Entity::Watchlist : Change::Entity::BacktestRun;
    // Settings: the team workspace or the role changed; the item: shared,
    // or replaced by a remote change.
    connect(&m_workspace.changes(), &ChangeHub::changed, this, [this, mine](const ChangeSet &changes) {
        if (touches(changes, {Change::Entity::Setting, mine}))
            refresh();
    });
    refresh();
}

static QString nounFor(const QString &entity)
{
    return entity == QLatin1String("watchlist") ? TeamItemShareBar::tr("watchlist")
                                                : TeamItemShareBar::tr("saved run");
}

QString TeamItemShareBar::noun() const
{
    return nounFor(m_entity);
}

QString TeamItemShareBar::viewerReason(const QString &team, const QString &entity, const QString &name)
{
    return tr("Read-only: you are a viewer in team workspace '%1', and the team server "
              "refuses a viewer's changes to the shared %2 '%3'. Ask an admin for the "
              "analyst role.")
        .arg(team, nounFor(entity), name);
}

void TeamItemShareBar::setItem(qint64 localId, const QString &name)
{
    m_id = localId;
    m_name = name;
    refresh();
}

QString TeamItemShareBar::badgeText() const
{
    return m_badge->isHidden() ? QString() : m_badge->text();
}

void TeamItemShareBar::refresh()
{
    // Two indexed reads (a setting, one mapping row): cheap enough for the
    // GUI thread, like the Portfolio area's bar.
    m_team = setting(m_workspace, QStringLiteral("sync.workspace"));
    const QString role = setting(m_workspace, QStringLiteral("sync.role"));
    m_shared = false;
    QString sharedIn;
    if (m_id > 0) {
        auto item = SyncService(m_workspace).sharedItem(m_entity, m_id);
        if (item && *item) {
            m_shared = true;
            sharedIn = (*item)->workspace;
        }
    }
    m_readOnly = m_shared && role == QLatin1String("viewer") && sharedIn == m_team;
    m_reason = m_readOnly ? viewerReason(m_team, m_entity, m_name) : QString();
    m_badge->setVisible(m_shared);
    m_badge->setText(m_readOnly ? tr("\u25C6 Shared (%1) \u00B7 read-only").arg(sharedIn)
                                : tr("\u25C6 Shared (%1)").arg(sharedIn));
    m_badge->setToolTip(
        m_readOnly ? m_reason
                   : tr("Shared with team workspace '%1': changes are sent to the team").arg(sharedIn));
    m_share->setVisible(!m_shared);
    m_share->setEnabled(!m_team.isEmpty() && m_id > 0);
    m_share->setToolTip(m_team.isEmpty() ? tr("Set up a team server first (Preferences > Team)")
                        : m_id <= 0      ? tr("Select a %1 to share").arg(noun())
                                         : tr("Share this %1 with team workspace '%2'").arg(noun(), m_team));
    Q_EMIT stateChanged();
}

void TeamItemShareBar::askAndShare()
{
    if (QMessageBox::question(this, tr("Share with team"),
                              tr("Share %1 '%2' with team workspace '%3'? Members of the workspace will see "
                                 "it and, unless they are viewers, change it.")
                                  .arg(noun(), m_name, m_team)) != QMessageBox::Yes)
        return;
    shareCurrent();
}

bool TeamItemShareBar::shareCurrent()
{
    if (m_team.isEmpty()) {
        Q_EMIT message(tr("Not shared: set up a team server first (Preferences > Team)."), true);
        return false;
    }
    if (m_id <= 0) {
        Q_EMIT message(tr("Not shared: select a %1 first.").arg(noun()), true);
        return false;
    }
    SyncService sync(m_workspace);
    auto id = m_entity == QLatin1String("watchlist") ? sync.shareWatchlist(m_id, m_team)
                                                     : sync.shareRun(m_id, m_team);
    if (!id) {
        Q_EMIT message(tr("Not shared: %1").arg(QString::fromStdString(id.error().toUserString())), true);
        return false;
    }
    Q_EMIT message(tr("The %1 '%2' is shared with team workspace '%3'.").arg(noun(), m_name, m_team), false);
    Q_EMIT shared(m_name, *id);
    refresh();
    return true;
}

} // namespace sn::ui
