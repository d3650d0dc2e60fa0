#pragma once

#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sn::report {

// The one exporter of report tables to CSV and of whole documents to JSON.
// Numbers are written raw (fractions for percentages, shortest round-trip
// text), dates as YYYY-MM-DD, values that are not defined as an empty field
// (CSV) or null (JSON), so a spreadsheet or script reads them as numbers.
class TableExport
{
public:
    // RFC 4180: comma-separated, fields with a comma, quote or line break
    // quoted, CRLF line ends, a header row of the column titles.
    static QByteArray csv(const Table &table);

    static QJsonValue cellJson(const Cell &cell);
    static QJsonObject tableJson(const Table &table);
    static QJsonObject chartJson(const Chart &chart);
    // The whole document: metadata, sections with their tables and chart
    // series, methodology, sources, fingerprint and recipe.
    static QJsonObject documentJson(const Document &doc);
    static QByteArray json(const Document &doc);

    // "kpis" -> "kpis"; anything outside [A-Za-z0-9_-] becomes '-' (file names).
    static std::string safeName(const std::string &id);
};

} // namespace sn::report
