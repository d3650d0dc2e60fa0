#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sn {
class Workspace;
}

namespace sn::ui {

// "Share with team..." and the shared badge for one watchlist or saved run
// (the Portfolio area has TeamShareBar, which also locks its ledger). The
// host area tells it which item is shown (setItem) and reads readOnly() to
// disable its own edits: a viewer's changes to a shared item would be
// refused by the server, so the area says so before the analyst types.
// Sharing goes through SyncService (one transaction: the mapping and the
// queued put); the sync client sends it.
class TeamItemShareBar : public QWidget
{
    Q_OBJECT
public:
    // `entity` as on the wire: "watchlist" or "backtest_run".
    TeamItemShareBar(const Workspace &workspace, const QString &entity, QWidget *parent = nullptr);

    // The item shown in the area (0: none).
    void setItem(qint64 localId, const QString &name);
    qint64 itemId() const { return m_id; }
    // Shares the shown item without asking (the button asks first).
    bool shareCurrent();
    bool currentShared() const { return m_shared; }
    bool readOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_reason; }
    // Why a viewer in team workspace `team` cannot change the shared item
    // `name` of kind `entity` ("watchlist", "backtest_run"): the same words
    // wherever a view locks such an item.
    static QString viewerReason(const QString &team, const QString &entity, const QString &name);
    QString badgeText() const;
    QString teamWorkspace() const { return m_team; }
    QToolButton *shareButton() const { return m_share; }
    void refresh();

Q_SIGNALS:
    // After every refresh: the area updates its edit actions.
    void stateChanged();
    void shared(const QString &name, const QString &entityId);
    void message(const QString &text, bool error);

private:
    void askAndShare();
    QString noun() const;

    const Workspace &m_workspace;
    const QString m_entity;
    qint64 m_id = 0;
    QString m_name;
    QString m_team;
    QLabel *m_badge = nullptr;
    QToolButton *m_share = nullptr;
    bool m_shared = false;
    bool m_readOnly = false;
    QString m_reason;
};

} // namespace sn::ui
