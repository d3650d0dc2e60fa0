#include "ui/settings/ReportSettingsPage.h"

#include "core/report/ReportSettings.h"
#include "core/workspace/SettingsService.h"
#include "ui/shell/JobTracker.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

const QString kCompany = QLatin1String(report::kCompanySetting);
const QString kLogo = QLatin1String(report::kLogoSetting);

// Why `path` cannot be a report logo, empty when it can.
QString logoProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReportSettingsPage::tr("the logo '%1' cannot be read: %2").arg(path, file.errorString());
    const QByteArray head = file.read(4);
    if (!head.startsWith("\x89PNG") && !head.startsWith("\xFF\xD8"))
        return ReportSettingsPage::tr("the logo '%1' is not a PNG or JPEG file").arg(path);
    return {};
}

} // namespace

ReportSettingsPage::ReportSettingsPage(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : QWidget(parent), m_workspace(db), m_jobs(jobs), m_company(new QLineEdit(this)),
      m_logo(new QLineEdit(this)), m_preview(new QLabel(this)), m_status(new QLabel(this))
{
    m_company->setPlaceholderText(tr("optional, e.g. Acme Research"));
    m_company->setAccessibleName(tr("Company name"));
    m_logo->setPlaceholderText(tr("optional PNG or JPEG file"));
    m_logo->setAccessibleName(tr("Logo file"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &ReportSettingsPage::pickLogo);
    connect(m_logo, &QLineEdit::editingFinished, this, &ReportSettingsPage::showLogoPreview);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    m_preview->setFixedHeight(48);
    m_status->setWordWrap(true);

    auto *save = new QPushButton(tr("&Save"), this);
    connect(save, &QPushButton::clicked, this, &ReportSettingsPage::save);
    auto *form = new QFormLayout;
    form->addRow(tr("&Company name:"), m_company);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(QString(), m_preview);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Shown in the header of every PDF and HTML report, from the desktop and from "
                                "supernova-cli report."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    load();
}

QString ReportSettingsPage::status() const
{
    return m_status->text();
}

void ReportSettingsPage::load()
{
    const Workspace *db = &m_workspace;
    using Stored = std::pair<QString, QString>;
    m_jobs.run<Stored>(
        tr("Reading settings"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Stored> {
            SettingsService settings(*db);
            auto company = settings.value(kCompany, QString());
            if (!company)
                return company.error();
            auto logo = settings.value(kLogo, QString());
            if (!logo)
                return logo.error();
            return Stored{*company, *logo};
        },
        this,
        [this](Result<Stored> stored) {
            if (stored) {
                m_company->setText(stored->first);
                m_logo->setText(stored->second);
                showLogoPreview();
            } else {
                m_status->setText(tr("Could not read the report settings: %1")
                                      .arg(QString::fromStdString(stored.error().toUserString())));
            }
            Q_EMIT loaded();
        });
}

bool ReportSettingsPage::save()
{
    const QString company = m_company->text().trimmed();
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty())
        if (const QString problem = logoProblem(logo); !problem.isEmpty()) {
            m_status->setText(tr("Not saved: %1.").arg(problem));
            return false;
        }
    SettingsService settings(m_workspace);
    // Two one-row writes: quick enough for the GUI thread, and the user waits for the answer.
    auto c = company.isEmpty() ? settings.remove(kCompany) : settings.set(kCompany, company);
    auto l = !c ? c : logo.isEmpty() ? settings.remove(kLogo) : settings.set(kLogo, logo);
    m_status->setText(l ? tr("Saved.")
                        : tr("Not saved: %1").arg(QString::fromStdString(l.error().toUserString())));
    showLogoPreview();
    return bool(l);
}

void ReportSettingsPage::pickLogo()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Logo for reports"), m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    m_logo->setText(file);
    showLogoPreview();
}

void ReportSettingsPage::showLogoPreview()
{
    const QImage image(m_logo->text().trimmed());
    if (image.isNull()) {
        m_preview->clear();
        return;
    }
    m_preview->setPixmap(
        QPixmap::fromImage(image.scaledToHeight(m_preview->height(), Qt::SmoothTransformation)));
}

} // namespace sn::ui
