#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace sn::ui {

// File > Export report...: a finished report document, shown with its
// title, the format and page options, a print preview (the PDF's own pages
// on a QPrinter), Print, and Save as... which renders in the background with
// progress and Cancel, writing through a temporary file so a cancel or a
// failure leaves nothing behind. An area builds the document (in a job) and
// opens this dialog; the dialog knows nothing of where the data came from.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportExportDialog(report::Document document, report::RenderOptions defaults, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    // The options as the form shows them now.
    report::RenderOptions options() const;
    report::OutputFormat format() const;
    void setFormat(report::OutputFormat format);

    // Renders and writes in the background; finished() or failed() follow.
    void saveTo(const QString &path);
    bool isSaving() const;
    void cancelSave();
    // Draws the report's pages on a printer (used by preview and print).
    Result<void> paintOn(QPrinter &printer) const;
    // The same for any document and options (File > Print... uses it).
    // The document as the reader writes dates (Formats::date: "23.03.2020"
    // in German) for what is shown or printed; files keep ISO dates, as the CLI writes them.
    static report::Document forReaders(const report::Document &document);
    static Result<void> paintDocument(const report::Document &document, const report::RenderOptions &options,
                                      QPrinter &printer);

Q_SIGNALS:
    void saved(const QStringList &files);
    void failed(const QString &message);
    void progressed(int done, int total);

private:
    void chooseFileAndSave();
    void showPreview();
    void print();
    void pickLogo();
    void saveFinished();
    void setBusy(bool busy);

    std::shared_ptr<const report::Document> m_document; // shared with a save in flight
    report::RenderOptions m_defaults;
    QComboBox *m_format;
    QComboBox *m_page;
    QComboBox *m_theme;
    QLineEdit *m_company;
    QLineEdit *m_logo;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_cancel;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<Result<QStringList>> m_watcher;
};

} // namespace sn::ui
