#include "ui/imports/ImportWizard.h"

#include "core/common/Time.h"
#include "core/market/CsvBarReader.h"
#include "core/market/Interval.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/TransactionCsv.h"
#include "core/workspace/TransactionImporter.h"
#include "ui/shell/JobTracker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>

namespace sn::ui {

namespace {

constexpr int kPreviewLines = 20;

// A page whose Next/Finish follows a condition the wizard decides.
class Page : public QWizardPage
{
public:
    explicit Page(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QChar guessDelimiter(const QString &header)
{
    QChar best = QLatin1Char(',');
    qsizetype most = 0;
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        const qsizetype n = header.count(c);
        if (n > most) {
            most = n;
            best = c;
        }
    }
    return best;
}

QStringList splitLine(const QString &line, QChar delimiter)
{
    // Enough for a preview: quotes are stripped, not parsed (the check step
    // reads the file with the real parser).
    QStringList cells = line.split(delimiter);
    for (QString &c : cells) {
        c = c.trimmed();
        if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"')))
            c = c.mid(1, c.size() - 2);
    }
    return cells;
}

// "file:12: field 'close': not a number" -> "line 12: field 'close': not a number"
QString problemLine(QString text, const QString &path)
{
    text = text.trimmed();
    if (text.startsWith(path + QLatin1Char(':')))
        text = QCoreApplication::translate("sn::ui::ImportWizard", "line %1").arg(text.mid(path.size() + 1));
    return text;
}

} // namespace

struct ImportWizard::CheckResult
{
    bool ok = false;
    int goodRows = 0;
    QStringList problems;
    QString layout;
    QStringList intervals; // bars: "SYMBOL: monthly: the median gap ..." per series
};

ImportWizard::ImportWizard(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : QWizard(parent), m_workspace(db), m_jobs(jobs)
{
    setWindowTitle(tr("Import CSV"));
    setObjectName(QStringLiteral("ImportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(FilePage, makeFilePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(CheckPage, makeCheckPage());
    setPage(ImportPage, makeImportPage());
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(820, 560);
}

ImportWizard::~ImportWizard()
{
    cancelImport();
}

// ---- 1. File ----------------------------------------------------------------

QWizardPage *ImportWizard::makeFilePage()
{
    auto *page = new Page([this]() {
        const QFileInfo f(m_file->text());
        return f.isFile() && f.isReadable() && (kind() == Kind::Bars || !m_target->currentText().isEmpty());
    });
    page->setTitle(tr("File"));
    page->setSubTitle(tr("Choose the CSV file and what it holds."));
    auto *bars = new QRadioButton(tr("&Prices (bars: date, open, high, low, close, volume)"), page);
    auto *transactions = new QRadioButton(tr("&Transactions of a portfolio"), page);
    m_kind = new QButtonGroup(page);
    m_kind->addButton(bars, static_cast<int>(Kind::Bars));
    m_kind->addButton(transactions, static_cast<int>(Kind::Transactions));
    bars->setChecked(true);
    m_file = new QLineEdit(page);
    m_file->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("&Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("CSV file"), m_file->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    m_target = new QComboBox(page);
    m_target->setEditable(true);
    m_targetLabel = new QLabel(page);
    m_targetLabel->setBuddy(m_target);
    auto refreshTarget = [this, page]() {
        m_target->clear();
        if (kind() == Kind::Bars) {
            m_targetLabel->setText(tr("&Symbol (empty: from the file's symbol column or its name):"));
            m_target->setAccessibleName(tr("Symbol"));
            m_target->setEditable(true);
        } else {
            m_targetLabel->setText(tr("P&ortfolio:"));
            m_target->setAccessibleName(tr("Portfolio"));
            m_target->setEditable(false);
            if (auto list = LedgerService(m_workspace).portfolios(); list)
                for (const auto &p : *list)
                    m_target->addItem(p.name);
        }
        m_checkDone = false;
        page->changed();
    };
    connect(m_kind, &QButtonGroup::idClicked, this, refreshTarget);
    connect(m_file, &QLineEdit::textChanged, page, &Page::changed);
    connect(m_target, &QComboBox::currentTextChanged, page, &Page::changed);
    refreshTarget();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(bars);
    layout->addWidget(transactions);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_file);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_target);
    layout->addStretch(1);
    return page;
}

void ImportWizard::setKind(Kind k)
{
    m_kind->button(static_cast<int>(k))->click();
}

ImportWizard::Kind ImportWizard::kind() const
{
    return m_kind->checkedId() == static_cast<int>(Kind::Transactions) ? Kind::Transactions : Kind::Bars;
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

QString ImportWizard::file() const
{
    return m_file->text();
}

void ImportWizard::setTarget(const QString &symbolOrPortfolio)
{
    if (m_target->isEditable())
        m_target->setEditText(symbolOrPortfolio);
    else
        m_target->setCurrentText(symbolOrPortfolio);
}

QString ImportWizard::target() const
{
    return m_target->currentText().trimmed();
}

// ---- 2. Preview and mapping -------------------------------------------------

QWizardPage *ImportWizard::makePreviewPage()
{
    auto *page = new Page([]() { return true; });
    page->setTitle(tr("Preview and columns"));
    page->setSubTitle(tr("The first lines of the file as read, and which column holds each field."));
    m_layout = new QLabel(page);
    m_layout->setWordWrap(true);
    m_layout->setAccessibleName(tr("Detected layout"));
    m_preview = new QTableWidget(page);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingBox = new QWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_layout);
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("Columns (\"as detected\" keeps the automatic choice):"), page));
    layout->addWidget(m_mappingBox);
    return page;
}

void ImportWizard::loadPreview()
{
    QFile f(file());
    QStringList lines;
    if (f.open(QIODevice::ReadOnly)) {
        QByteArray head;
        while (!f.atEnd() && lines.size() <= kPreviewLines) {
            const QByteArray line = f.readLine(1 << 20);
            head += line;
            lines << QString::fromUtf8(line).remove(QChar(0xFEFF)).trimmed();
        }
        if (kind() == Kind::Bars) {
            CsvReadOptions options;
            options.skipBadRows = true;
            options.symbol = target().toStdString();
            auto data =
                readBarCsvText(std::string_view(head.constData(), static_cast<std::size_t>(head.size())),
                               QFileInfo(file()).fileName().toStdString(), options);
            m_layout->setText(data ? tr("Detected: %1 format, delimiter '%2', dates %3%4; columns %5")
                                         .arg(qs(data->format), qs(data->delimiter), qs(data->dateFormat),
                                              data->decimalComma ? tr(", decimal comma") : QString(),
                                              qs(data->columns))
                                   : tr("Not recognised: %1").arg(qs(data.error().toUserString())));
        } else {
            m_layout->setText(tr("Transactions CSV: one line per transaction, a header naming the columns."));
        }
    } else {
        m_layout->setText(tr("Cannot read %1: %2").arg(file(), f.errorString()));
    }
    const QChar delimiter = lines.isEmpty() ? QLatin1Char(',') : guessDelimiter(lines.front());
    m_header = lines.isEmpty() ? QStringList() : splitLine(lines.front(), delimiter);
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(static_cast<int>(std::max<qsizetype>(0, lines.size() - 1)));
    for (qsizetype r = 1; r < lines.size(); ++r) {
        const QStringList cells = splitLine(lines[r], delimiter);
        for (qsizetype c = 0; c < cells.size() && c < m_header.size(); ++c)
            m_preview->setItem(static_cast<int>(r - 1), static_cast<int>(c), new QTableWidgetItem(cells[c]));
    }
    m_preview->resizeColumnsToContents();

    // One combo per field: "as detected" or a header column.
    delete m_mappingBox->layout();
    qDeleteAll(m_mapCombos);
    m_mapCombos.clear();
    m_mapFields.clear();
    if (kind() == Kind::Bars)
        m_mapFields = {QStringLiteral("date"),  QStringLiteral("open"),  QStringLiteral("high"),
                       QStringLiteral("low"),   QStringLiteral("close"), QStringLiteral("volume"),
                       QStringLiteral("symbol")};
    else
        for (const std::string &field : TransactionCsv::fields())
            m_mapFields << qs(field);
    auto *grid = new QGridLayout(m_mappingBox);
    for (qsizetype i = 0; i < m_mapFields.size(); ++i) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setAccessibleName(tr("Column for %1").arg(m_mapFields[i]));
        combo->addItem(tr("as detected"), QString());
        for (const QString &h : std::as_const(m_header))
            combo->addItem(h, h);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() { m_checkDone = false; });
        auto *label = new QLabel(m_mapFields[i] + QLatin1Char(':'), m_mappingBox);
        label->setBuddy(combo);
        const int row = static_cast<int>(i / 4), col = static_cast<int>(i % 4) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(combo, row, col + 1);
        m_mapCombos << combo;
    }
    Q_EMIT previewReady();
}

QStringList ImportWizard::mapping() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_mapCombos.size(); ++i) {
        const QString header = m_mapCombos[i]->currentData().toString();
        if (!header.isEmpty())
            out << m_mapFields[i] + QLatin1Char('=') + header;
    }
    return out;
}

void ImportWizard::setMapping(const QString &field, const QString &header)
{
    const auto i = m_mapFields.indexOf(field);
    if (i >= 0)
        m_mapCombos[i]->setCurrentIndex(std::max(0, m_mapCombos[i]->findData(header)));
}

QString ImportWizard::detectedLayout() const
{
    return m_layout->text();
}

QStringList ImportWizard::previewHeader() const
{
    return m_header;
}

int ImportWizard::previewRows() const
{
    return m_preview->rowCount();
}

// ---- 3. Check ---------------------------------------------------------------

QWizardPage *ImportWizard::makeCheckPage()
{
    auto *page = new Page([this]() {
        return m_checkDone &&
               (m_checkOk || (kind() == Kind::Bars && m_skipBad->isChecked() && m_goodRows > 0));
    });
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("The whole file is read and checked; nothing is written yet."));
    m_checkStatus = new QLabel(page);
    m_checkStatus->setWordWrap(true);
    m_checkStatus->setAccessibleName(tr("Check result"));
    m_problems = new QTableWidget(0, 3, page);
    m_problems->setAccessibleName(tr("Problems by line"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipBad = new QCheckBox(tr("Import only the good rows and leave the listed ones out"), page);
    connect(m_skipBad, &QCheckBox::toggled, page, &Page::changed);
    // The bar interval: inferred from the dates unless the user says otherwise.
    m_interval = new QComboBox(page);
    m_interval->addItem(tr("From the spacing of the dates"), QString());
    for (const char *code : {"1d", "1wk", "1mo", "3mo", "1h", "30m", "15m", "5m", "1m"})
        m_interval->addItem(QString::fromStdString(intervalDescriptionForReader(code)),
                            QString::fromLatin1(code));
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(new QLabel(tr("Bar interval:"), page));
    intervalRow->addWidget(m_interval, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_problems, 1);
    layout->addLayout(intervalRow);
    layout->addWidget(m_skipBad);
    return page;
}

void ImportWizard::setSkipBadRows(bool skip)
{
    m_skipBad->setChecked(skip);
}

void ImportWizard::showProblems(const QStringList &problems)
{
    // The problems read "line N: field 'x': why" in the reader's language, so
    // the split into columns follows the same translated patterns that made them.
    const QString fieldPattern = QString::fromStdString(userText("sn::CsvImport", "%1: field '%2': %3"));
    const qsizetype p1 = fieldPattern.indexOf(QLatin1String("%1")),
                    p2 = fieldPattern.indexOf(QLatin1String("%2")),
                    p3 = fieldPattern.indexOf(QLatin1String("%3"));
    const QString lineWords = tr("line %1");
    const qsizetype n = lineWords.indexOf(QLatin1String("%1"));
    const QString linePart = n < 0
                                 ? QStringLiteral("line (\\d+)")
                                 : QRegularExpression::escape(lineWords.left(n)) + QStringLiteral("(\\d+)") +
                                       QRegularExpression::escape(lineWords.mid(n + 2));
    QString fieldPart = QStringLiteral(": field '([^']*)': ");
    if (p1 >= 0 && p1 < p2 && p2 < p3)
        fieldPart = QRegularExpression::escape(fieldPattern.mid(p1 + 2, p2 - p1 - 2)) +
                    QStringLiteral("([^']*)") +
                    QRegularExpression::escape(fieldPattern.mid(p2 + 2, p3 - p2 - 2));
    const QRegularExpression located(QStringLiteral("^%1(?:%2|: )(.*)$").arg(linePart, fieldPart));
    m_problems->setRowCount(static_cast<int>(problems.size()));
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const auto m = located.match(problems[i]);
        const int r = static_cast<int>(i);
        m_problems->setItem(r, 0, new QTableWidgetItem(m.hasMatch() ? m.captured(1) : QString()));
        m_problems->setItem(r, 1, new QTableWidgetItem(m.hasMatch() ? m.captured(2) : QString()));
        m_problems->setItem(r, 2, new QTableWidgetItem(m.hasMatch() ? m.captured(3) : problems[i]));
    }
    m_problems->resizeColumnsToContents();
}

void ImportWizard::runCheck()
{
    m_checkDone = false;
    m_checkStatus->setText(tr("Checking %1...").arg(file()));
    m_problems->setRowCount(0);
    m_interval->setEnabled(kind() == Kind::Bars);
    m_skipBad->setVisible(kind() == Kind::Bars);
    const QString path = file();
    const Kind k = kind();
    const QString symbol = target();
    const QStringList map = mapping();
    const std::string interval = m_interval->currentData().toString().toStdString();
    m_jobs.run<CheckResult>(
        tr("Checking %1").arg(QFileInfo(path).fileName()),
        [path, k, symbol, map, interval](const JobTracker::ProgressFn &progress,
                                         const std::atomic<bool> &) -> Result<CheckResult> {
            progress(0.1, tr("reading"));
            CheckResult out;
            if (k == Kind::Bars) {
                CsvReadOptions options;
                options.skipBadRows = true; // to list every problem and count the good rows
                options.symbol = symbol.toStdString();
                options.interval = interval;
                if (!map.isEmpty()) {
                    auto columns = parseColumnMap(map.join(QLatin1Char(',')).toStdString());
                    if (!columns)
                        return columns.error();
                    options.columns = *columns;
                }
                auto data = readBarCsv(path.toStdString(), options);
                if (!data)
                    return data.error();
                for (const CsvIssue &issue : data->issues)
                    out.problems << problemLine(qs(issue.toUserString(data->sourceName)), path);
                out.goodRows = static_cast<int>(data->rowsAccepted);
                out.ok = !data->hasErrors() && data->rowsAccepted > 0;
                for (std::size_t i = 0; i < data->series.size() && i < data->intervalUserNotes.size(); ++i)
                    out.intervals << qs(data->series[i].symbol) + QStringLiteral(": ") +
                                         qs(data->intervalUserNotes[i]);
                if (data->rowsAccepted == 0 && data->issues.empty())
                    out.problems << QObject::tr("the file holds no rows");
                return out;
            }
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error{ErrorCode::IoError, f.errorString().toStdString(), path.toStdString()};
            std::vector<std::string> entries;
            for (const QString &m : map)
                entries.push_back(m.toStdString());
            auto columns = TransactionCsv::parseColumnMap(entries);
            if (!columns)
                return columns.error();
            auto rows = TransactionCsv::parse(f.readAll(), path.toStdString(), *columns);
            if (!rows) {
                const QStringList lines =
                    qs(rows.error().toUserString()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (qsizetype i = lines.size() > 1 ? 1 : 0; i < lines.size(); ++i)
                    out.problems << problemLine(lines[i], path);
                return out;
            }
            out.goodRows = static_cast<int>(rows->size());
            out.ok = !rows->empty();
            if (rows->empty())
                out.problems << QObject::tr("the file holds no transactions");
            return out;
        },
        this,
        [this](Result<CheckResult> result) {
            m_checkDone = true;
            if (!result) {
                m_checkOk = false;
                m_goodRows = 0;
                m_problemLines = {qs(result.error().toUserString())};
                m_checkStatus->setText(tr("The file cannot be read: %1").arg(m_problemLines.front()));
            } else {
                m_checkOk = result->ok;
                m_goodRows = result->goodRows;
                m_problemLines = result->problems;
                m_checkStatus->setText(
                    m_checkOk
                        ? tr("All %n row(s) are good.", nullptr, m_goodRows)
                        : tr("%1 problem(s) found; %2 good row(s). Nothing is imported unless you choose to "
                             "leave the bad rows out.")
                              .arg(m_problemLines.size())
                              .arg(m_goodRows));
                if (!result->intervals.isEmpty())
                    m_checkStatus->setText(
                        m_checkStatus->text() + QLatin1Char('\n') +
                        tr("Bar interval: %1").arg(result->intervals.join(QStringLiteral("; "))));
            }
            showProblems(m_problemLines);
            static_cast<Page *>(page(CheckPage))->changed();
            Q_EMIT checkFinished(m_checkOk);
        });
}

QStringList ImportWizard::problems() const
{
    return m_problemLines;
}

bool ImportWizard::checkPassed() const
{
    return m_checkDone && m_checkOk;
}

// ---- 4. Import --------------------------------------------------------------

QWizardPage *ImportWizard::makeImportPage()
{
    auto *page = new Page([this]() { return !m_importRunning; });
    page->setTitle(tr("Import"));
    page->setFinalPage(true);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Import progress"));
    m_importStatus = new QLabel(page);
    m_importStatus->setWordWrap(true);
    m_importStatus->setAccessibleName(tr("Import result"));
    m_cancel = new QPushButton(tr("&Cancel import"), page);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_importStatus, 1);
    return page;
}

void ImportWizard::runImport()
{
    m_imported = false;
    m_importRunning = true;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_importStatus->setText(tr("Importing..."));
    static_cast<Page *>(page(ImportPage))->changed();
    const Workspace *db = &m_workspace;
    const QString path = file();
    const Kind k = kind();
    const QString target = this->target();
    const QStringList map = mapping();
    const bool skip = m_skipBad->isChecked();
    const std::string interval = m_interval->currentData().toString().toStdString();
    m_job = m_jobs.run<QString>(
        tr("Importing %1").arg(QFileInfo(path).fileName()),
        [db, path, k, target, map, skip, interval](const JobTracker::ProgressFn &progress,
                                                   const std::atomic<bool> &cancel) -> Result<QString> {
            if (k == Kind::Bars) {
                CsvReadOptions options;
                options.skipBadRows = skip;
                options.symbol = target.toStdString();
                options.interval = interval;
                if (!map.isEmpty()) {
                    auto columns = parseColumnMap(map.join(QLatin1Char(',')).toStdString());
                    if (!columns)
                        return columns.error();
                    options.columns = *columns;
                }
                InstrumentDefaults defaults;
                defaults.source = QStringLiteral("file ") + QFileInfo(path).fileName();
                auto report = BarImporter(*db).importFile(path, options, defaults, progress, &cancel);
                if (!report)
                    return report.error();
                QStringList lines;
                for (const ImportedSeries &s : report->series)
                    lines << QObject::tr("%1 (%2): %3 bars, %4 to %5")
                                 .arg(s.symbol, s.interval)
                                 .arg(s.bars)
                                 .arg(qs(formatDate(s.first)), qs(formatDate(s.last)));
                if (report->rowsSkipped > 0)
                    lines << QObject::tr("%1 bad row(s) left out.").arg(report->rowsSkipped);
                return QString(
                    QObject::tr("Imported %1 of %2 row(s):").arg(report->rowsImported).arg(report->rowsRead) +
                    QStringLiteral("\n") + lines.join(QLatin1Char('\n')));
            }
            std::vector<std::string> entries;
            for (const QString &m : map)
                entries.push_back(m.toStdString());
            auto columns = TransactionCsv::parseColumnMap(entries);
            if (!columns)
                return columns.error();
            progress(0.3, tr("storing"));
            auto report = TransactionImporter(*db).importFile(target, path, *columns);
            if (!report)
                return report.error();
            return QObject::tr("Imported %1 transaction(s) into '%2', %3 to %4.")
                .arg(report->imported)
                .arg(target, qs(formatDate(report->first)), qs(formatDate(report->last)));
        },
        this,
        [this](Result<QString> result) {
            m_job = nullptr;
            m_importRunning = false;
            m_cancel->setEnabled(false);
            m_imported = bool(result);
            m_progress->setValue(result ? 100 : 0);
            m_summary = result
                            ? *result
                            : (result.error().code == ErrorCode::Cancelled
                                   ? tr("Cancelled: nothing was imported.")
                                   : tr("Nothing was imported: %1").arg(qs(result.error().toUserString())));
            m_importStatus->setText(m_summary);
            static_cast<Page *>(page(ImportPage))->changed();
            Q_EMIT importFinished(m_imported);
        });
    connect(m_job, &Job::progressChanged, m_progress, [this](double fraction, const QString &) {
        m_progress->setValue(static_cast<int>(fraction * 100));
    });
}

void ImportWizard::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

QString ImportWizard::summary() const
{
    return m_summary;
}

// ---- Flow -------------------------------------------------------------------

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage)
        loadPreview();
    else if (id == CheckPage)
        runCheck();
    else if (id == ImportPage)
        runImport();
    QWizard::initializePage(id);
}

} // namespace sn::ui
