#pragma once

#include <QString>
#include <QStringList>
#include <QWizard>
#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

class Job;
class JobTracker;

// Imports a CSV file of bars or of transactions in four steps:
// 1. the file, what it holds and where it goes (symbol or portfolio);
// 2. a preview of its first lines with the detected layout and the column
//    mapping, which the user may change;
// 3. the whole file checked without writing anything: every bad line listed
//    with its field and reason (bars may be imported with the bad rows left out);
// 4. the import in one database transaction, with progress and cancel, and a
//    summary. A failed or cancelled import leaves the database as it was.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum class Kind
    {
        Bars,
        Transactions
    };
    enum PageId
    {
        FilePage,
        PreviewPage,
        CheckPage,
        ImportPage
    };

    ImportWizard(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The choices of page 1, settable by tests and by callers that know them.
    void setKind(Kind kind);
    Kind kind() const;
    void setFile(const QString &path);
    QString file() const;
    void setTarget(const QString &symbolOrPortfolio);
    QString target() const;
    void setSkipBadRows(bool skip);
    // "field=Header" for every mapped field (the CLI's --map syntax).
    QStringList mapping() const;
    void setMapping(const QString &field, const QString &header);

    QString detectedLayout() const;
    QStringList previewHeader() const;
    int previewRows() const;
    // Problems of the check step: "line N: field 'x': why".
    QStringList problems() const;
    bool checkPassed() const;
    QString summary() const;
    bool importSucceeded() const { return m_imported; }

    void cancelImport();

Q_SIGNALS:
    void previewReady();
    void checkFinished(bool ok);
    void importFinished(bool ok);

protected:
    void initializePage(int id) override;

private:
    struct CheckResult;
    QWizardPage *makeFilePage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeCheckPage();
    QWizardPage *makeImportPage();
    void loadPreview();
    void runCheck();
    void runImport();
    void showProblems(const QStringList &problems);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QButtonGroup *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_layout = nullptr;
    QTableWidget *m_preview = nullptr;
    QWidget *m_mappingBox = nullptr;
    QList<QComboBox *> m_mapCombos;
    QStringList m_mapFields;
    QStringList m_header;
    QLabel *m_checkStatus = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QComboBox *m_interval = nullptr; // bars: empty data = from the spacing of the dates
    QProgressBar *m_progress = nullptr;
    QLabel *m_importStatus = nullptr;
    QPushButton *m_cancel = nullptr;
    QStringList m_problemLines;
    bool m_checkDone = false;
    bool m_checkOk = false;
    int m_goodRows = 0;
    bool m_imported = false;
    bool m_importRunning = false;
    QString m_summary;
    Job *m_job = nullptr;
};

} // namespace sn::ui
