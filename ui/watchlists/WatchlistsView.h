#pragma once

#include "core/common/Result.h"
#include "core/model/Watchlist.h"
#include "ui/shell/Area.h"

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;
class NotesPanel;
class TeamItemShareBar;

// Watchlists: create, rename, delete; add, remove and reorder symbols. Every
// change is written in a background job and the lists are read back from the
// database afterwards, so what is shown is what is stored.
class WatchlistsView : public Area
{
    Q_OBJECT
public:
    WatchlistsView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);

    QString areaId() const override { return QStringLiteral("watchlists"); }
    QString title() const override { return tr("Watchlists"); }
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    void refresh() override;

    // The user's gestures, callable from tests.
    void createWatchlist(const QString &name);
    void renameCurrent(const QString &name);
    void deleteCurrent();
    void addSymbol(const QString &symbol);
    void removeSymbol(const QString &symbol);
    void moveSymbol(int from, int to);
    bool selectWatchlist(const QString &name);

    QStringList watchlistNames() const;
    QStringList currentSymbols() const;
    QString messageText() const;
    TeamItemShareBar *teamBar() const { return m_team; }
    NotesPanel *notesPanel() const { return m_notes; }

Q_SIGNALS:
    void loaded();
    void changeFailed(const QString &message);

private:
    void change(const QString &title, std::function<Result<void>()> write, const QString &select = {});
    void showCurrent();
    // A viewer's shared list: every edit of it disabled, with the reason.
    void applyTeamLock();
    bool refuseLocked(); // true (and says why) when the shown list is locked
    qint64 currentId() const;

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    std::vector<Watchlist> m_lists;
    QStringList m_symbols; // every stored instrument, for the add box
    QListWidget *m_names;
    QListWidget *m_members;
    QComboBox *m_add;
    QLabel *m_message;
    QList<QAction *> m_actions;
    QList<QAction *> m_listEdits; // what a viewer may not do to a shared list
    QList<QWidget *> m_editWidgets;
    TeamItemShareBar *m_team;
    NotesPanel *m_notes;
};

} // namespace sn::ui
