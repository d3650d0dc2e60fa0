#pragma once

#include "core/common/Result.h"
#include "core/workspace/PortfolioReports.h"
#include "core/workspace/TransactionCsv.h"

#include <QByteArray>
#include <QString>
#include <string>
#include <vector>

namespace sn {

class Database;
class Workspace;

// Transactions CSV into and out of a stored portfolio. An import is all or
// nothing: the file is parsed (TransactionCsv), every symbol resolved, every
// trade checked to have a stored close on or before its day, and the
// portfolio's ledger replayed with the new lines merged in by date (so a sell
// of more than held is reported at its line), inside the one database
// transaction that stores them (LedgerService::write). Errors list each bad
// line as file:line: field.
class TransactionImporter
{
public:
    explicit TransactionImporter(const Workspace &workspace);

    Result<TransactionImportReport> importFile(const QString &portfolio, const QString &path,
                                               const TransactionCsv::ColumnMap &map = {}) const;
    // `source` names the text in errors (usually the file name).
    Result<TransactionImportReport> importText(const QString &portfolio, const QByteArray &text,
                                               const std::string &source,
                                               const TransactionCsv::ColumnMap &map = {}) const;
    // All transactions in time order; returns the number written. Reads only.
    static Result<std::size_t> exportFile(const Database &db, const QString &portfolio, const QString &path);
    static Result<std::vector<TransactionCsvRow>> rows(const Database &db, const QString &portfolio);

    // The asset class stress shocks use for an instrument kind: stocks,
    // ETFs, funds and indices are "equity"; other kinds keep their name.
    static std::string assetClassOf(const QString &kind);

private:
    const Workspace &m_workspace;
    const Database &m_db;
};

} // namespace sn
