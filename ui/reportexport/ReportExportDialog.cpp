#include "ui/reportexport/ReportExportDialog.h"

#include "ui/report/PdfRenderer.h"
#include "ui/report/ReportRenderer.h"
#include "ui/shell/Formats.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sn::ui {

namespace {

// An ISO day ("2024-12-31") in the reader's date style; anything else as it is.
QString localDay(const std::string &iso)
{
    const QString text = QString::fromStdString(iso);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, Formats::shortDateFormat()) : text;
}

using report::OutputFormat;

const OutputFormat kFormats[] = {OutputFormat::Pdf,  OutputFormat::Html, OutputFormat::Markdown,
                                 OutputFormat::Xlsx, OutputFormat::Csv,  OutputFormat::Json};

QString formatLabel(OutputFormat f)
{
    switch (f) {
    case OutputFormat::Pdf:
        return ReportExportDialog::tr("PDF document");
    case OutputFormat::Html:
        return ReportExportDialog::tr("HTML page (self-contained)");
    case OutputFormat::Markdown:
        return ReportExportDialog::tr("Markdown");
    case OutputFormat::Xlsx:
        return ReportExportDialog::tr("Excel workbook (XLSX)");
    case OutputFormat::Csv:
        return ReportExportDialog::tr("CSV files, one per table (folder)");
    case OutputFormat::Json:
        return ReportExportDialog::tr("JSON");
    }
    return {};
}

} // namespace

ReportExportDialog::ReportExportDialog(report::Document document, report::RenderOptions defaults,
                                       QWidget *parent)
    : QDialog(parent), m_document(std::make_shared<const report::Document>(std::move(document))),
      m_defaults(std::move(defaults))
{
    setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
                       .arg(QString::fromStdString(m_document->title).toHtmlEscaped(),
                            QString::fromStdString(m_document->subtitle).toHtmlEscaped(),
                            tr("Data to %1 · fingerprint %2")
                                .arg(localDay(m_document->asOf),
                                     QString::fromStdString(m_document->fingerprint.sha256.substr(0, 16)))),
                   this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    for (OutputFormat f : kFormats)
        m_format->addItem(formatLabel(f), int(f));
    form->addRow(tr("&Format:"), m_format);
    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(report::PageFormat::A4));
    m_page->addItem(tr("Letter"), int(report::PageFormat::Letter));
    m_page->setCurrentIndex(m_defaults.page == report::PageFormat::Letter ? 1 : 0);
    form->addRow(tr("&Page size:"), m_page);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the reader's system"), int(report::Theme::Auto));
    m_theme->addItem(tr("Light"), int(report::Theme::Light));
    m_theme->addItem(tr("Dark"), int(report::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_defaults.theme)));
    form->addRow(tr("HTML &colours:"), m_theme);
    m_company = new QLineEdit(m_defaults.company, this);
    m_company->setPlaceholderText(tr("optional, in every page's header"));
    form->addRow(tr("&Company:"), m_company);
    auto *logoRow = new QHBoxLayout;
    m_logo = new QLineEdit(this);
    m_logo->setPlaceholderText(m_defaults.logoPng.isEmpty() ? tr("optional PNG or JPEG")
                                                            : tr("from Preferences"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::pickLogo);
    logoRow->addWidget(m_logo);
    logoRow->addWidget(browse);
    form->addRow(tr("&Logo:"), logoRow);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    auto *preview = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save as..."), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);
    connect(preview, &QPushButton::clicked, this, &ReportExportDialog::showPreview);
    connect(printButton, &QPushButton::clicked, this, &ReportExportDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ReportExportDialog::chooseFileAndSave);
    connect(m_cancel, &QPushButton::clicked, this, &ReportExportDialog::cancelSave);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isSaving())
            reject();
    });
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<Result<QStringList>>::finished, this,
            &ReportExportDialog::saveFinished);
}

ReportExportDialog::~ReportExportDialog()
{
    // A save still running finishes (or stops) before the dialog's data goes.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

report::RenderOptions ReportExportDialog::options() const
{
    report::RenderOptions o = m_defaults;
    o.page = report::PageFormat(m_page->currentData().toInt());
    o.theme = report::Theme(m_theme->currentData().toInt());
    o.company = m_company->text().trimmed();
    if (!m_logo->text().trimmed().isEmpty()) {
        QFile f(m_logo->text().trimmed());
        if (f.open(QIODevice::ReadOnly))
            o.logoPng = f.readAll();
    }
    o.cancel = nullptr;
    o.progress = nullptr;
    return o;
}

report::OutputFormat ReportExportDialog::format() const
{
    return OutputFormat(m_format->currentData().toInt());
}

void ReportExportDialog::setFormat(report::OutputFormat f)
{
    m_format->setCurrentIndex(m_format->findData(int(f)));
}

bool ReportExportDialog::isSaving() const
{
    return m_watcher.isRunning();
}

void ReportExportDialog::pickLogo()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (!file.isEmpty())
        m_logo->setText(file);
}

void ReportExportDialog::chooseFileAndSave()
{
    const OutputFormat f = format();
    const QString suggested = QString::fromStdString(m_document->kind) + QStringLiteral("-report");
    QString path;
    if (f == OutputFormat::Csv) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"));
    } else {
        const QString ext = report::ReportRenderer::extension(f);
        path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested + QLatin1Char('.') + ext,
                                            formatLabel(f) + QStringLiteral(" (*.") + ext + QLatin1Char(')'));
    }
    if (!path.isEmpty())
        saveTo(path);
}

void ReportExportDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void ReportExportDialog::saveTo(const QString &path)
{
    if (isSaving())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    report::RenderOptions o = options();
    o.cancel = m_cancelFlag.get();
    QPointer<ReportExportDialog> self(this);
    // Progress comes from the worker thread; the bar is updated on ours.
    o.progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (!self)
                    return;
                self->m_progress->setMaximum(total);
                self->m_progress->setValue(done);
                Q_EMIT self->progressed(done, total);
            },
            Qt::QueuedConnection);
    };
    m_status->setText(tr("Writing %1...").arg(path));
    m_progress->setValue(0);
    setBusy(true);
    const OutputFormat f = format();
    std::shared_ptr<std::atomic<bool>> keepAlive = m_cancelFlag;
    // The worker shares the document: no copy of its series on the GUI thread.
    std::shared_ptr<const report::Document> doc = m_document;
    m_watcher.setFuture(QtConcurrent::run([doc = std::move(doc), f, path, o, keepAlive]() {
        return report::ReportRenderer::write(*doc, f, path, o);
    }));
}

void ReportExportDialog::cancelSave()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ReportExportDialog::saveFinished()
{
    setBusy(false);
    const Result<QStringList> result = m_watcher.result();
    if (!result) {
        const QString message = result.error().code == ErrorCode::Cancelled
                                    ? tr("Cancelled; nothing was written.")
                                    : QString::fromStdString(result.error().toUserString());
        m_status->setText(message);
        Q_EMIT failed(message);
        return;
    }
    m_status->setText(tr("Saved %1.").arg(result->join(QStringLiteral(", "))));
    Q_EMIT saved(result.value());
}

Result<void> ReportExportDialog::paintOn(QPrinter &printer) const
{
    return paintDocument(*m_document, options(), printer);
}

report::Document ReportExportDialog::forReaders(const report::Document &document)
{
    report::Document out = document;
    out.asOf = localDay(document.asOf).toStdString();
    for (report::Section &section : out.sections)
        for (report::Block &block : section.blocks)
            if (auto *table = std::get_if<report::Table>(&block))
                for (auto &row : table->rows)
                    for (report::Cell &cell : row)
                        if (cell.format == report::Format::Date && !cell.empty)
                            cell =
                                report::Cell::textCell(Formats::date(std::int64_t(cell.value)).toStdString());
    return out;
}

Result<void> ReportExportDialog::paintDocument(const report::Document &document,
                                               const report::RenderOptions &options, QPrinter &printer)
{
    printer.setPageSize(report::PdfRenderer::pageSizeOf(options.page));
    printer.setFullPage(true);
    printer.setDocName(QString::fromStdString(document.title));
    return report::PdfRenderer::paint(forReaders(document), options, printer);
}

void ReportExportDialog::showPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Preview: %1").arg(QString::fromStdString(m_document->title)));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (auto painted = paintOn(*p); !painted)
            m_status->setText(QString::fromStdString(painted.error().toUserString()));
    });
    preview.exec();
}

void ReportExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = paintOn(printer); !painted)
        m_status->setText(QString::fromStdString(painted.error().toUserString()));
}

} // namespace sn::ui
