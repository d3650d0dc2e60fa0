#include "core/workspace/BarImporter.h"

#include "core/common/Log.h"
#include "core/market/CsvBarReader.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/Workspace.h"

namespace sn {

BarImporter::BarImporter(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(&workspace.changes())
{
}

namespace {
const log::Category lc("supernova.workspace.import");

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

Result<ImportReport> BarImporter::importFile(const QString &path, const CsvReadOptions &options,
                                             const InstrumentDefaults &defaults, const Progress &progress,
                                             const std::atomic<bool> *cancel)
{
    if (progress)
        progress(0.0, QString::fromStdString(userText("sn::BarImporter", "reading")));
    auto data = readBarCsv(path.toStdString(), options);
    if (!data)
        return data.error();
    return store(std::move(data).value(), defaults, progress, cancel);
}

Result<ImportReport> BarImporter::importText(const QByteArray &text, const QString &sourceName,
                                             const CsvReadOptions &options,
                                             const InstrumentDefaults &defaults, const Progress &progress,
                                             const std::atomic<bool> *cancel)
{
    if (progress)
        progress(0.0, QString::fromStdString(userText("sn::BarImporter", "reading")));
    auto data = readBarCsvText(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                               sourceName.toStdString(), options);
    if (!data)
        return data.error();
    return store(std::move(data).value(), defaults, progress, cancel);
}

Result<ImportReport> BarImporter::store(CsvBarData data, const InstrumentDefaults &defaults,
                                        const Progress &progress, const std::atomic<bool> *cancel)
{
    ImportReport report;
    report.source = qs(data.sourceName);
    report.rowsRead = static_cast<qint64>(data.rowsRead);
    report.rowsSkipped = static_cast<qint64>(data.rowsSkipped);
    report.rowsReordered = static_cast<qint64>(data.rowsReordered);
    report.format = qs(data.format);
    report.delimiter = qs(data.delimiter);
    report.dateFormat = qs(data.dateFormat);
    report.decimalComma = data.decimalComma;
    for (const CsvIssue &issue : data.issues) {
        const QString line = qs(issue.toString(data.sourceName));
        if (issue.severity == CsvIssue::Severity::Error)
            report.skipped << line;
        else
            report.warnings << line;
    }
    if (data.series.empty() || data.rowsAccepted == 0)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::BarImporter", "no bars to import"), {},
                         data.sourceName);

    qint64 total = 0;
    for (const auto &s : data.series)
        total += static_cast<qint64>(s.size());

    InstrumentRepository instruments(m_db);
    BarRepository bars(m_db);
    qint64 done = 0;
    std::size_t seriesIndex = 0;
    auto result = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        for (const BarSeries &series : data.series) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled,
                                 SN_TEXT("sn::BarImporter", "import cancelled; nothing was written"), {},
                                 data.sourceName);
            const QString symbol = qs(series.symbol);
            Instrument instrument;
            auto existing = instruments.find(symbol);
            if (existing) {
                instrument = existing.value();
            } else if (existing.error().code == ErrorCode::NotFound) {
                instrument.symbol = symbol;
                instrument.name = defaults.name.isEmpty() ? symbol : defaults.name;
                instrument.kind = defaults.kind;
                instrument.currency = defaults.currency;
                instrument.exchange = defaults.exchange;
                instrument.source =
                    defaults.source.isEmpty() ? QStringLiteral("file ") + report.source : defaults.source;
            } else {
                return existing.error();
            }
            auto id = instruments.upsert(instrument);
            if (!id)
                return id.error();
            if (progress)
                progress(static_cast<double>(done) / static_cast<double>(total),
                         QString::fromStdString(translatedText(SN_TEXT("sn::BarImporter", "storing %1"),
                                                               {symbol.toStdString()})));
            auto written = bars.store(id.value(), series);
            if (!written)
                return written.error().withContext(SN_TEXT("sn::BarImporter", "symbol %1"), {series.symbol});
            done += static_cast<qint64>(series.size());
            ImportedSeries imported;
            imported.symbol = symbol;
            imported.interval = qs(series.interval);
            if (seriesIndex < data.intervalNotes.size())
                imported.intervalNote = qs(data.intervalNotes[seriesIndex]);
            ++seriesIndex;
            imported.instrumentId = id.value();
            imported.bars = static_cast<qint64>(series.size());
            imported.first = series.time.front();
            imported.last = series.time.back();
            report.series.push_back(imported);
        }
        return {};
    });
    if (!result)
        return result.error();
    if (m_changes) {
        ChangeSet changes;
        for (const ImportedSeries &imported : report.series) {
            changes.append(Change{Change::Entity::Instrument,
                                  Change::Kind::Updated,
                                  imported.instrumentId,
                                  0,
                                  imported.symbol,
                                  {}});
            changes.append(Change{Change::Entity::Bars, Change::Kind::Updated, 0, imported.instrumentId,
                                  imported.symbol, imported.interval});
        }
        m_changes->announce(changes);
    }
    report.rowsImported = done;
    if (progress)
        progress(1.0, QString::fromStdString(userText("sn::BarImporter", "done")));
    lc.info("imported {} bars for {} symbol(s) from {}", done, report.series.size(), data.sourceName);
    return report;
}

} // namespace sn
