#include "ui/reportexport/ReportActions.h"

#include "core/report/ReportSettings.h"
#include "core/workspace/SettingsService.h"
#include "ui/reportexport/ReportExportDialog.h"
#include "ui/shell/Area.h"
#include "ui/shell/JobTracker.h"

#include <QAction>
#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>

namespace sn::ui {

namespace {

// What a build job hands back to the GUI thread.
struct Prepared
{
    report::Document document;
    report::RenderOptions defaults;
    QString warning;
};

} // namespace

ReportActions::ReportActions(const Workspace &db, JobTracker &jobs, QWidget *window)
    : QObject(window), m_workspace(db), m_jobs(jobs), m_window(window), m_export(new QAction(this)),
      m_print(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("exportReportAction"));
    m_print->setObjectName(QStringLiteral("printReportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_export, &QAction::triggered, this, &ReportActions::exportReport);
    connect(m_print, &QAction::triggered, this, &ReportActions::printReport);
    retranslate();
}

void ReportActions::retranslate()
{
    m_export->setText(tr("Export &report..."));
    m_print->setText(tr("&Print..."));
    update();
}

void ReportActions::setArea(Area *area)
{
    if (m_areaChanged)
        disconnect(m_areaChanged);
    m_area = area;
    if (area)
        m_areaChanged = connect(area, &Area::reportChanged, this, &ReportActions::update);
    update();
}

void ReportActions::update()
{
    const AreaReport r = m_area ? m_area->report() : AreaReport{};
    const bool building = !m_job.isNull();
    const bool can = bool(r.build) && !building;
    m_export->setEnabled(can);
    m_print->setEnabled(can);
    QString why = r.build ? (building ? tr("A report is being built.") : QString()) : r.whyNot;
    m_export->setToolTip(
        why.isEmpty() ? tr("Export a report of what this area shows (PDF, HTML, Markdown, Excel, CSV, JSON)")
                      : why);
    m_print->setToolTip(why.isEmpty() ? tr("Print a report of what this area shows") : why);
    m_export->setStatusTip(m_export->toolTip());
    m_print->setStatusTip(m_print->toolTip());
}

report::RenderOptions ReportActions::loadDefaults(const Workspace &db, QString *warning)
{
    report::RenderOptions o;
    SettingsService settings(db);
    if (auto company = settings.value(QLatin1String(report::kCompanySetting), QString()))
        o.company = company->trimmed();
    auto logo = settings.value(QLatin1String(report::kLogoSetting), QString());
    if (logo && !logo->trimmed().isEmpty()) {
        QFile file(logo->trimmed());
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8"))
            o.logoPng = bytes;
        else if (warning)
            *warning = tr("The logo set in Preferences (%1) is not a readable PNG or JPEG file; the report "
                          "has none.")
                           .arg(logo->trimmed());
    }
    return o;
}

void ReportActions::exportReport()
{
    start(false);
}

void ReportActions::printReport()
{
    start(true);
}

void ReportActions::start(bool printIt)
{
    if (m_job || !m_area)
        return;
    const AreaReport r = m_area->report();
    if (!r.build) {
        Q_EMIT message(r.whyNot);
        return;
    }
    const Workspace *db = &m_workspace;
    auto build = r.build;
    m_job = m_jobs.run<Prepared>(
        r.title.isEmpty() ? tr("Building report") : r.title,
        [db, build](const JobTracker::ProgressFn &progress,
                    const std::atomic<bool> &cancel) -> Result<Prepared> {
            progress(0.05, QObject::tr("Building the report"));
            auto doc = build();
            if (!doc)
                return doc.error();
            if (cancel)
                return makeError(ErrorCode::Cancelled, "report cancelled");
            progress(0.9, QObject::tr("Reading Preferences"));
            Prepared p;
            p.document = std::move(doc).value();
            p.defaults = loadDefaults(*db, &p.warning);
            return p;
        },
        this,
        [this, printIt](Result<Prepared> result) {
            m_job = nullptr;
            update();
            if (!result) {
                if (result.error().code != ErrorCode::Cancelled)
                    Q_EMIT message(
                        tr("No report: %1").arg(QString::fromStdString(result.error().toUserString())));
                return;
            }
            if (!result->warning.isEmpty())
                Q_EMIT message(result->warning);
            if (printIt) {
                print(result->document, result->defaults);
                return;
            }
            auto *dialog = new ReportExportDialog(std::move(result->document), result->defaults, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            Q_EMIT dialogOpened(dialog);
        });
    update();
}

void ReportActions::print(const report::Document &doc, const report::RenderOptions &defaults)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(QString::fromStdString(doc.title)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = ReportExportDialog::paintDocument(doc, defaults, printer); !painted) {
        Q_EMIT message(tr("Not printed: %1").arg(QString::fromStdString(painted.error().toUserString())));
        return;
    }
    Q_EMIT printed();
}

} // namespace sn::ui
