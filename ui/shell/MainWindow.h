#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QUndoGroup;

#include "core/common/Result.h"

#include <functional>
#include <memory>

namespace sn {
class Workspace;
class SampleData;
} // namespace sn

namespace sn::ui {

class Area;
class JobTracker;
class ReportActions;
class TeamSession;

// Arranges the areas (navigation on the left, the current area in the
// middle), the menus and the status bar; remembers geometry and the current
// area. It holds no feature logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<Area *> areas() const { return m_areas; }
    Area *currentArea() const;
    void showArea(const QString &areaId);

    // Loads the bundled sample data in the background (first start, or the
    // Data menu), then refreshes every area.
    void loadSampleData();
    // Settings (Edit > Preferences); modeless, one at a time.
    void showSettings();
    // File > Import CSV (wizard): bars or transactions, checked before anything is written.
    void showImportWizard();
    // File > Export report... and File > Print... for the shown area.
    ReportActions *reportActions() const { return m_reportActions; }
    // Team sync's connection; it outlives the areas (rebuilt on a language change).
    TeamSession *teamSession() const { return m_team; }

Q_SIGNALS:
    void sampleDataChanged(bool loaded);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createAreas();
    // After a language change: every area and menu is built again in the new
    // language (the views set their texts once, when built).
    void rebuild();
    // The user's work in the areas (chart symbol and indicators, the lab's run and form, VaR
    // settings, the advisor's conversation), carried across rebuild().
    struct CarriedWork;
    CarriedWork carryWork() const;
    void restoreWork(const CarriedWork &work);
    // The work last handed to rebuilt areas: what they have not taken up yet
    // (a symbol waiting for the instrument list) survives a second rebuild.
    std::shared_ptr<CarriedWork> m_restored;
    void addArea(Area *area);
    void createMenus();
    void removeSampleData();
    void resetSampleData();
    void runSampleJob(const QString &title, const std::function<Result<void>(const SampleData &)> &work,
                      bool loadedAfter);
    void refreshAll();
    void areaShown(int index);
    void restoreState();
    void saveState() const;

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_databaseLabel;
    QList<Area *> m_areas;
    QUndoGroup *m_undoGroup;
    QMenu *m_editMenu = nullptr;
    QWidget *m_settings = nullptr;
    ReportActions *m_reportActions = nullptr;
    TeamSession *m_team = nullptr;
};

} // namespace sn::ui
