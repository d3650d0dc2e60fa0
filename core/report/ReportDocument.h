#pragma once

#include "core/common/Time.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sn::report {

// The document a report is made of, independent of its format: sections of
// paragraphs, notes, tables and charts, then the methodology (every formula
// and convention the numbers follow), the data sources and a fingerprint of
// the inputs. Builders in core fill it; the renderers (ui/report) turn it into
// PDF, HTML, Markdown and XLSX, and TableExport into CSV and JSON. Nothing in
// it depends on the wall clock, so the same inputs give the same document.

// How a number is shown. The stored value is always the raw number (a
// fraction for Percent, epoch ms for Date), so XLSX and JSON keep it exact and
// every text renderer shows it the same way (cellText).
enum class Format
{
    Text,
    Integer, // 1234
    Number,  // fixed decimals, no grouping: 1.234
    Money,   // fixed decimals with thousands separators: 12,345.67
    Percent, // fraction shown x 100 with decimals and " %": 12.35 %
    Date,    // epoch ms shown as 2020-03-23
};

struct Cell
{
    Format format = Format::Text;
    int decimals = 2;
    bool empty = false; // a value that is not defined ("n/a"), or an empty text
    double value = 0.0;
    std::string text;

    static Cell textCell(std::string text);
    static Cell none(); // not defined: shown as "n/a", exported as empty/null
    static Cell number(double v, int decimals = 2);
    static Cell integer(long long v);
    static Cell money(double v, int decimals = 2);
    static Cell percent(double fraction, int decimals = 2);
    static Cell date(TimestampMs t);
    // The same from an optional; nullopt or a non-finite value gives none().
    static Cell number(const std::optional<double> &v, int decimals = 2);
    static Cell percent(const std::optional<double> &v, int decimals = 2);
    static Cell money(const std::optional<double> &v, int decimals = 2);

    bool isNumeric() const { return format != Format::Text; }
};

// The text every renderer shows for a cell ("n/a" when not defined).
std::string cellText(const Cell &cell);

struct Column
{
    std::string title;
    bool numeric = false; // right-aligned
};

struct Table
{
    std::string id; // file and sheet name: "kpis", "trades"
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::string note; // shown under the table (what is missing, how to read it)
    bool kpi = false; // label/value pairs, shown compactly
};

enum class ChartKind
{
    Line,    // one or more series over x
    Area,    // a filled series (drawdown under zero)
    Bars,    // one value per category (positive and negative)
    Heatmap, // rows x columns of values, coloured by sign and size
    Fan,     // quantile series: bands between the outer pairs, the middle as a line
    Scatter, // points joined in order (efficient frontier) with optional marked points
};

enum class Axis
{
    Time,
    Number,
    Category
};

struct Series
{
    std::string name;
    std::vector<double> x; // epoch ms for Axis::Time
    std::vector<double> y;
};

struct Chart
{
    std::string id;
    std::string title;
    ChartKind kind = ChartKind::Line;
    Axis xAxis = Axis::Time;
    std::string xLabel;
    std::string yLabel;
    Format yFormat = Format::Number;     // axis labels; Percent for fractions
    std::vector<Series> series;          // Line, Area, Fan, Scatter
    std::vector<std::string> categories; // Bars (values in series[0].y), Heatmap columns
    std::vector<std::string> rowLabels;  // Heatmap rows
    std::vector<double> cells;           // Heatmap rows x categories, row-major; NaN = no value
    std::vector<std::pair<std::string, std::pair<double, double>>> markers; // labelled points (Scatter)
    std::string note;
};

struct Paragraph
{
    std::string text;
    // The text is Markdown (an advisor's answer): the Markdown renderer keeps
    // it, the others show **bold** and *italic* as such instead of the marks.
    bool markdown = false;
};

// A remark the reader must not miss (optimistic fills, missing data).
struct Note
{
    std::string text;
};

using Block = std::variant<Paragraph, Note, Table, Chart>;

struct Section
{
    std::string title;
    std::vector<Block> blocks;
};

struct MethodologyEntry
{
    std::string name;
    std::string formula;
    std::string convention; // may be empty
};

struct DataSource
{
    std::string name;   // "AAPL", "transactions of 'Sample portfolio'"
    std::string role;   // "price", "benchmark", "ledger", "fx", ...
    std::string origin; // the database (password hidden) or the file
    std::size_t rows = 0;
    std::string first; // first date, or empty
    std::string last;
};

// SHA-256 over the input rows, the parameters, the convention and the app
// version (Fingerprint.h computes it); `parameters` lists what went in so a
// reader can see what the hash covers.
struct FingerprintInfo
{
    std::string sha256; // 64 lower-case hex digits
    std::string appVersion;
    std::string convention;
    std::size_t rows = 0;
    std::vector<std::pair<std::string, std::string>> parameters;
};

struct Document
{
    std::string kind; // backtest, portfolio, risk, optimize, walkforward, conversation
    std::string title;
    std::string subtitle; // what it covers: "sma_cross(fast=10, slow=30) on AAPL"
    std::string asOf;     // the last day of the data, shown in the header
    std::vector<Section> sections;
    std::vector<MethodologyEntry> methodology;
    std::vector<DataSource> sources;
    FingerprintInfo fingerprint;
    // How to produce the report again: the report command's arguments after
    // the kind (the CLI fills them; `report verify` replays them).
    std::vector<std::string> recipe;

    // Every table, in document order (for CSV/JSON/XLSX).
    std::vector<const Table *> tables() const;
    std::vector<const Chart *> charts() const;
};

} // namespace sn::report
