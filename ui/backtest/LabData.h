#pragma once

#include "core/backtest/Backtester.h"
#include "core/common/Result.h"
#include "core/market/BarSeries.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

// The tr() context of the errors the lab finds itself (labError).
inline constexpr char kLabErrorContext[] = "sn::ui::BacktestLab";

// An error the lab finds itself: `text` and `where`, both marked
// QT_TRANSLATE_NOOP("sn::ui::BacktestLab", ...), filled in English (message and
// context: logs) and, translated, in the reader's language (toUserString()).
Error labError(ErrorCode code, const char *text, std::initializer_list<std::string_view> args,
               const char *where = nullptr, std::initializer_list<std::string_view> whereArgs = {});

// What the form asks for, resolved: the series to read and the request the
// core Backtester takes. Sizing and fill keep the CLI's spellings so a run
// saved here reads like one saved by `supernova-cli backtest --save`.
struct LabInputs
{
    QStringList symbols;
    QString interval = QStringLiteral("1d");
    std::optional<TimestampMs> from;
    std::optional<TimestampMs> to;
    bool adjusted = false; // split/dividend-adjusted prices instead of the stored ones
    bt::BacktestRequest request;
    // A strategy rule run instead of the form's strategy (RuleEditor);
    // request.custom points into it, and sharing it keeps it alive for the job.
    std::shared_ptr<const bt::Strategy> rule;
    std::vector<double> paramValues; // spec order, already validated
    QString sizingText = QStringLiteral("all_in");
    QString fillText = QStringLiteral("next_open");
};

// Bars read once per symbol and interval and shared by every job of the
// lab: a sweep or a re-run does not read the database again. Thread-safe;
// two jobs asking for the same series at once may both read it (harmless).
class SeriesCache
{
public:
    explicit SeriesCache(const Workspace &db) : m_workspace(db) {}

    // `adjusted`: the series adjusted for the stored splits and dividends.
    Result<std::shared_ptr<const BarSeries>> get(const QString &symbol, const QString &interval,
                                                 bool adjusted = false);
    // The series cut to [from, to]; the full one when neither is set.
    Result<std::shared_ptr<const BarSeries>> get(const QString &symbol, const QString &interval,
                                                 std::optional<TimestampMs> from,
                                                 std::optional<TimestampMs> to, bool adjusted = false);
    void clear();

private:
    const Workspace &m_workspace;
    std::mutex m_mutex;
    std::map<std::tuple<QString, QString, bool>, std::shared_ptr<const BarSeries>> m_series;
};

// Min/max of each pixel column, in time order within the column, so a line
// through the points keeps every spike a full-resolution plot would show.
// At most 2 x `columns` points; the input unchanged when it is shorter.
QList<QPointF> decimateMinMax(std::span<const TimestampMs> time, std::span<const double> values, int columns);

// Depth below the running peak as a negative fraction (-0.25 = 25 % down).
std::vector<double> drawdownCurve(std::span<const double> equity);

// Compounded return of each calendar month (UTC) from the equity at the
// close of the last bar of the previous month (the starting cash for the
// first month) to the close of the month's last bar.
struct MonthlyReturns
{
    int firstYear = 0;
    int years = 0;
    std::vector<double> values;     // years x 12, row-major; NaN where no bar
    std::vector<double> yearTotals; // compounded over the year's months with data

    double at(int yearIndex, int month0) const { return values[std::size_t(yearIndex * 12 + month0)]; }
};
MonthlyReturns monthlyReturns(std::span<const TimestampMs> time, std::span<const double> equity,
                              double initialCash);

// One closed trade as the table shows it.
struct TradeRow
{
    QString symbol;
    TimestampMs entryTime = 0;
    TimestampMs exitTime = 0;
    double entryPrice = 0;
    double exitPrice = 0;
    double quantity = 0;
    double pnl = 0;
    double returnPct = 0;
    qint64 barsHeld = 0;
    QString exitReason;
};

// Everything the results panel shows, prepared off the GUI thread: the
// metrics, the trades and the curves already decimated to the plot width.
struct RunView
{
    QString title;         // "sma_cross(fast=20, slow=50) on ^GSPC"
    bool adjusted = false; // run on split/dividend-adjusted prices
    QString strategy;
    QStringList symbols;
    std::vector<std::string> paramNames;
    std::vector<double> params;
    bt::BacktestMetrics metrics;
    bool optimisticFills = false;
    std::vector<TradeRow> trades;
    std::vector<TimestampMs> time;
    std::vector<double> equity;
    std::vector<double> benchmark; // empty when there is none
    QList<QPointF> equityPoints;
    QList<QPointF> benchmarkPoints;
    QList<QPointF> drawdownPoints; // percent
    MonthlyReturns monthly;
};

// Fills the derived parts (points, drawdown, monthly grid) from time/equity.
void prepareCurves(RunView &view, int plotWidth);
// A finished report as a RunView (trades, metrics, curves).
RunView runViewFromReport(const bt::BacktestReport &report, const QStringList &symbols, int plotWidth);

// "Moving-average crossover (SMA) (Fast length 20, Slow length 50)" for
// strategy id "sma_cross"; only the parameters when the id is empty.
QString describeParams(const QString &strategy, const std::vector<std::string> &names,
                       std::span<const double> values);
// A run's title: the strategy and its parameters "on" the symbols.
QString runTitle(const QString &strategy, const std::vector<std::string> &names,
                 std::span<const double> values, const QStringList &symbols);
// Shortest text that reads back to the same double.
QString numberText(double v);

} // namespace sn::ui
