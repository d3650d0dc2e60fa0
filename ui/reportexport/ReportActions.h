#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPrinter;
class QWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

class Area;
class Job;
class JobTracker;
class ReportExportDialog;

// File > Export report... (Ctrl+Shift+E) and File > Print... (Ctrl+P) for
// whichever area is shown. Both are enabled only while the area has
// something to report (otherwise disabled, the area's reason as tooltip).
// The document is built in a JobTracker job, together with Preferences'
// company name and logo, so the GUI thread never waits for it; then Export
// opens ReportExportDialog (preview, print, save) and Print the print dialog.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(const Workspace &db, JobTracker &jobs, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    // The area the actions act on (the shown one); null for none.
    void setArea(Area *area);
    // Texts in the current language (after a language change).
    void retranslate();
    // The build in flight, null when none.
    Job *job() const { return m_job.data(); }

    // The render defaults from Preferences: company name and the logo's
    // bytes. A logo that cannot be read (moved, not an image) is left out and
    // `warning` says so; the report is still made.
    static report::RenderOptions loadDefaults(const Workspace &db, QString *warning = nullptr);

public Q_SLOTS:
    void exportReport();
    void printReport();

Q_SIGNALS:
    void dialogOpened(sn::ui::ReportExportDialog *dialog);
    void printed();
    // A build or print that failed, or a note on what was left out.
    void message(const QString &text);

private:
    void update();
    void start(bool print);
    void print(const report::Document &doc, const report::RenderOptions &defaults);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_print;
    QPointer<Area> m_area;
    QMetaObject::Connection m_areaChanged;
    QPointer<Job> m_job;
};

} // namespace sn::ui
