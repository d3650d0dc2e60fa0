#pragma once

#include "ui/shell/Area.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;
class TeamSession;

// The Team area: the connection (server, user, workspace, role; connect and
// disconnect), the workspaces this user belongs to, the members with who is
// online, the shared items with who changed each last and when, and team chat
// (rooms with unread counts, history, @mentions of the analyst highlighted).
// Everything shown comes from TeamSession, whose client does the network
// work on its own thread; the shared items and the conflict count are read
// from the database on the job pool.
class TeamView : public Area
{
    Q_OBJECT
public:
    TeamView(const Workspace &workspace, JobTracker &jobs, TeamSession &session, QWidget *parent = nullptr);

    QString areaId() const override { return QStringLiteral("team"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    // Tests drive these like the widgets.
    QListWidget *members() const { return m_members; }
    QListWidget *rooms() const { return m_rooms; }
    QTextBrowser *chat() const { return m_chat; }
    QTableWidget *sharedItems() const { return m_shared; }
    QLabel *status() const { return m_status; }
    void sendChat(const QString &text);
    void showRoom(const QString &room);
    void showConflicts();

private:
    void refreshStatus();
    void refreshMembers();
    void refreshRooms();
    void refreshChat();
    void refreshShared();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    TeamSession &m_session;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QPushButton *m_conflicts = nullptr;
    QListWidget *m_workspaces = nullptr;
    QListWidget *m_members = nullptr;
    QTableWidget *m_shared = nullptr;
    QListWidget *m_rooms = nullptr;
    QTextBrowser *m_chat = nullptr;
    QLineEdit *m_line = nullptr;
    bool m_sharedReading = false; // a read of the shared items is on the job pool
    bool m_sharedDirty = false;   // announced meanwhile: read once more
};

} // namespace sn::ui
