#pragma once

#include <QToolButton>

namespace sn::ui {

class TeamSession;

// Status-bar button next to the jobs: team sync's state (offline,
// connecting, catching up, online) and how many local edits wait for the
// server. A click opens the Team area (the window connects `clicked`).
class SyncIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncIndicator(TeamSession &session, QWidget *parent = nullptr);

private:
    void refresh();

    TeamSession &m_session;
};

} // namespace sn::ui
