#pragma once

#include "core/common/Result.h"
#include "core/market/CsvBarData.h"
#include "core/market/CsvReadOptions.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace sn {

class ChangeHub;
class Database;
class Workspace;

// What one import put into the database, per symbol.
struct ImportedSeries
{
    QString symbol;
    QString interval;
    QString intervalNote; // how the interval was decided ("monthly: the median gap ...")
    qint64 instrumentId = 0;
    qint64 bars = 0;
    TimestampMs first = 0;
    TimestampMs last = 0;
};

struct ImportReport
{
    QString source;
    std::vector<ImportedSeries> series;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsReordered = 0;
    QStringList skipped;  // "file:line: field 'x': ..." for every skipped row
    QStringList warnings; // e.g. rows that were out of order and got sorted
    QString format;       // as detected: "yahoo", "long", ...
    QString delimiter;
    QString dateFormat;
    bool decimalComma = false;
};

// Instrument metadata an import attaches to newly created instruments.
struct InstrumentDefaults
{
    QString name;
    QString kind = QStringLiteral("stock");
    QString currency = QStringLiteral("USD");
    QString exchange;
    QString source; // provenance note, e.g. "file prices.csv"
};

// Imports bars from CSV into the database: the whole file (all its symbols)
// is written in ONE transaction, so a failure leaves nothing behind, and
// re-importing the same file changes nothing. A file with bad rows is
// rejected whole, naming every bad row, unless options.skipBadRows asks to
// keep the good rows (the skipped ones are then listed in the report).
class BarImporter
{
public:
    // Progress in [0, 1] and a cancel flag checked between symbols and
    // chunks; both may be null. Called on the importing thread.
    using Progress = std::function<void(double fraction, const QString &stage)>;

    // Announces the instruments and bars it stored on the workspace's hub.
    explicit BarImporter(const Workspace &workspace);
    // Announces nothing: for set-up code that has no workspace (tests,
    // benchmarks) and for services that announce the whole change themselves.
    explicit BarImporter(const Database &db) : m_db(db) {}

    Result<ImportReport> importFile(const QString &path, const CsvReadOptions &options,
                                    const InstrumentDefaults &defaults = {}, const Progress &progress = {},
                                    const std::atomic<bool> *cancel = nullptr);
    // The same for CSV text already in memory (bundled resources).
    Result<ImportReport> importText(const QByteArray &text, const QString &sourceName,
                                    const CsvReadOptions &options, const InstrumentDefaults &defaults = {},
                                    const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

private:
    Result<ImportReport> store(CsvBarData data, const InstrumentDefaults &defaults, const Progress &progress,
                               const std::atomic<bool> *cancel);

    const Database &m_db;
    ChangeHub *m_changes = nullptr;
};

} // namespace sn
