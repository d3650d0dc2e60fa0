#include "core/workspace/TransactionImporter.h"

#include "core/analytics/Transaction.h"
#include "core/common/Log.h"
#include "core/market/BarSeries.h"
#include "core/model/FileOutput.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/workspace/DailyCloses.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace sn {

namespace {

const log::Category lc("supernova.workspace.portfolio");

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

TransactionImporter::TransactionImporter(const Workspace &workspace)
    : m_workspace(workspace), m_db(workspace.database())
{
}

std::string TransactionImporter::assetClassOf(const QString &kind)
{
    if (kind == QLatin1String("stock") || kind == QLatin1String("etf") || kind == QLatin1String("fund") ||
        kind == QLatin1String("index"))
        return "equity";
    return kind.toStdString();
}

Result<std::vector<TransactionCsvRow>> TransactionImporter::rows(const Database &db, const QString &portfolio)
{
    PortfolioRepository repo(db);
    auto p = repo.findByName(portfolio);
    if (!p)
        return p.error().code == ErrorCode::NotFound
                   ? makeError(ErrorCode::NotFound, SN_TEXT("sn::TransactionCsv", "unknown portfolio '%1'"),
                               {str(portfolio)}, "portfolio")
                   : p.error();
    auto txs = repo.transactions(p->id);
    if (!txs)
        return txs.error();
    InstrumentRepository instruments(db);
    std::map<qint64, std::string> symbols;
    std::vector<TransactionCsvRow> rows;
    for (const PortfolioTransaction &t : txs.value()) {
        TransactionCsvRow row;
        row.date = t.time;
        row.type = str(t.type);
        if (t.instrumentId) {
            auto it = symbols.find(*t.instrumentId);
            if (it == symbols.end()) {
                auto instrument = instruments.findById(*t.instrumentId);
                if (!instrument)
                    return instrument.error();
                it = symbols.emplace(*t.instrumentId, str(instrument->symbol)).first;
            }
            row.symbol = it->second;
        }
        row.quantity = t.quantity;
        row.price = t.price;
        row.fee = t.fee;
        row.tax = t.tax;
        row.amount = t.amount;
        row.amountGiven = true;
        row.currency = str(t.currency);
        row.note = str(t.note);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::size_t> TransactionImporter::exportFile(const Database &db, const QString &portfolio,
                                                    const QString &path)
{
    auto rows = TransactionImporter::rows(db, portfolio);
    if (!rows)
        return rows.error();
    if (auto written = writeFileAtomically(path, TransactionCsv::format(rows.value())); !written)
        return written.error();
    return rows->size();
}

Result<TransactionImportReport> TransactionImporter::importFile(const QString &portfolio, const QString &path,
                                                                const TransactionCsv::ColumnMap &map) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, SN_TEXT("sn::TransactionCsv", "cannot read: %1"),
                         {str(f.errorString())}, str(path));
    return importText(portfolio, f.readAll(), str(path), map);
}

Result<TransactionImportReport> TransactionImporter::importText(const QString &portfolio,
                                                                const QByteArray &text,
                                                                const std::string &source,
                                                                const TransactionCsv::ColumnMap &map) const
{
    PortfolioRepository repo(m_db);
    auto p = repo.findByName(portfolio);
    if (!p)
        return p.error().code == ErrorCode::NotFound
                   ? makeError(ErrorCode::NotFound, SN_TEXT("sn::TransactionCsv", "unknown portfolio '%1'"),
                               {str(portfolio)}, "portfolio")
                   : p.error();
    auto lines = TransactionCsv::parseLines(text, source, map);
    if (!lines)
        return lines.error();
    if (lines->rows.empty() && lines->problems.empty())
        return makeError(ErrorCode::ParseError,
                         SN_TEXT("sn::TransactionCsv", "no transactions after the header"), {}, source);
    // The lines that read cleanly are checked further too, so one attempt
    // lists every bad line of the file, not one class of them at a time.
    std::vector<TransactionCsvProblem> problems = std::move(lines->problems);
    const bool unreadableLines = !problems.empty();
    const std::vector<TransactionCsvRow> *rows = &lines->rows;

    // Symbols to instruments; every unknown one is reported.
    InstrumentRepository instruments(m_db);
    std::map<std::string, Instrument> bySymbol;
    std::set<std::string> unknown;
    std::map<std::string, TimestampMs> firstClose;
    BarRepository bars(m_db);
    for (const TransactionCsvRow &row : *rows) {
        if (row.symbol.empty() || bySymbol.count(row.symbol) || unknown.count(row.symbol))
            continue;
        auto instrument = instruments.find(QString::fromStdString(row.symbol));
        if (!instrument) {
            if (instrument.error().code != ErrorCode::NotFound)
                return instrument.error();
            unknown.insert(row.symbol);
            continue;
        }
        auto coverage = bars.coverage(instrument->id, QString::fromLatin1(kDailyInterval));
        if (!coverage)
            return coverage.error();
        if (coverage->count > 0)
            firstClose.emplace(row.symbol, startOfDay(coverage->first));
        bySymbol.emplace(row.symbol, instrument.value());
    }
    for (const TransactionCsvRow &row : *rows) {
        if (row.symbol.empty())
            continue;
        if (unknown.count(row.symbol)) {
            problems.push_back(TransactionCsv::problemAt(
                source, row.line, "symbol",
                SN_TEXT("sn::TransactionCsv", "unknown symbol '%1' (import its prices first)"),
                {row.symbol}));
            continue;
        }
        // A trade needs a price to be valued: none before the first stored close.
        const auto type = *transactionTypeFromName(row.type);
        const bool trade = type == TransactionType::Buy || type == TransactionType::Sell ||
                           type == TransactionType::TransferIn || type == TransactionType::TransferOut;
        auto first = firstClose.find(row.symbol);
        if (trade && (first == firstClose.end() || startOfDay(row.date) < first->second)) {
            // The reason in both languages: problemAt fills one pattern with one set of arguments.
            const auto noPrice = SN_TEXT("sn::TransactionCsv", "no price of %1 on or before %2 (%3)");
            const auto firstCloseOn = SN_TEXT("sn::TransactionCsv", "first close %1");
            const auto reason = [&](bool translated) {
                if (first == firstClose.end())
                    return missingDailyClosesReason(m_db, bySymbol.at(row.symbol).id, row.symbol, translated);
                const std::string day = formatDate(first->second);
                return translated ? translatedText(firstCloseOn, {day}) : englishText(firstCloseOn, {day});
            };
            TransactionCsvProblem p = TransactionCsv::problemAt(
                source, row.line, "date", noPrice, {row.symbol, formatDate(row.date), reason(false)});
            const TransactionCsvProblem user = TransactionCsv::problemAt(
                source, row.line, "date", noPrice, {row.symbol, formatDate(row.date), reason(true)});
            p.userMessage = user.forReader() == p.message ? std::string() : user.forReader();
            problems.push_back(std::move(p));
        }
    }
    if (!problems.empty())
        return TransactionCsv::badLines(std::move(problems), source,
                                        unreadableLines ? ErrorCode::ParseError : ErrorCode::InvalidArgument);

    std::vector<PortfolioTransaction> txs;
    TransactionImportReport report;
    report.source = source;
    report.rowsRead = rows->size();
    report.first = rows->front().date;
    report.last = rows->front().date;
    for (const TransactionCsvRow &row : *rows) {
        PortfolioTransaction t;
        t.portfolioId = p->id;
        t.time = row.date;
        t.type = QString::fromStdString(row.type);
        if (!row.symbol.empty())
            t.instrumentId = bySymbol.at(row.symbol).id;
        t.quantity = row.quantity;
        t.price = row.price;
        t.amount = row.amount;
        t.fee = row.fee;
        t.tax = row.tax;
        if (!row.currency.empty())
            t.currency = QString::fromStdString(row.currency);
        else if (!row.symbol.empty())
            t.currency = bySymbol.at(row.symbol).currency;
        else
            t.currency = p->baseCurrency;
        t.note = QString::fromStdString(row.note);
        report.first = std::min(report.first, row.date);
        report.last = std::max(report.last, row.date);
        txs.push_back(std::move(t));
    }
    // The lines land through the ledger's guarded write: one transaction that
    // replays the whole ledger with them merged in by date, so a sell of more
    // than held (here or by another writer at the same moment) is refused at
    // its line and nothing is stored.
    std::map<qint64, int> lineOfId;
    const qint64 portfolioId = p->id;
    auto written =
        LedgerService(m_workspace)
            .write(
                portfolioId,
                [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
                    auto ids = PortfolioRepository(m_db).addTransactions(txs);
                    if (!ids)
                        return ids.error().withContext(source);
                    for (std::size_t i = 0; i < ids->size(); ++i) {
                        lineOfId.emplace((*ids)[i], rows->at(i).line);
                        changes.append(Change{Change::Entity::Transaction,
                                              Change::Kind::Created,
                                              (*ids)[i],
                                              portfolioId,
                                              {},
                                              {}});
                    }
                    report.imported = ids->size();
                    return {};
                },
                [&](const Error &error, qint64 transactionId) -> Error {
                    auto it = lineOfId.find(transactionId);
                    if (it == lineOfId.end())
                        return error.withContext(SN_TEXT("sn::TransactionCsv",
                                                         "%1: with these lines, the stored ledger of "
                                                         "portfolio '%2' no longer replays"),
                                                 {source, str(p->name)});
                    const std::string where = fmt::format("{}:{}", source, it->second);
                    TransactionCsvProblem line{it->second, where + ": " + error.message, {}};
                    if (!error.userMessage.empty())
                        line.userMessage = where + ": " + error.userMessage;
                    Error refused = TransactionCsv::badLines({line}, source, ErrorCode::InvalidArgument);
                    refused.field = error.field;
                    return refused;
                });
    if (!written)
        return written.error();
    lc.info("imported {} transactions into '{}' from {}", report.imported, str(p->name), source);
    return report;
}

} // namespace sn
