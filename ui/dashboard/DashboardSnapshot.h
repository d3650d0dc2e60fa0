#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

// Everything the dashboard shows, read in one go off the GUI thread. Every
// figure comes from stored data; what cannot be computed is absent (with the
// reason), never estimated.
struct DashboardSnapshot
{
    struct Change
    {
        std::optional<double> value; // change of the portfolio's value, base currency (flows included)
        std::optional<double> twr;   // time-weighted return over the same days
    };

    struct Slice
    {
        QString label;
        double value = 0.0;
    };

    struct Quote
    {
        QString symbol;
        QString name;
        QString interval;
        double last = 0.0;
        qint64 lastTime = 0;
        std::optional<double> change; // last close / previous close - 1
        std::vector<double> spark;    // the last closes, oldest first
    };

    struct Run
    {
        qint64 id = 0;
        QString name;
        QString strategy;
        qint64 createdAt = 0;
        std::optional<double> totalReturn;
        std::optional<double> sharpe;
    };

    QStringList portfolios;
    QString portfolio;
    QString baseCurrency;
    QString portfolioError; // why the portfolio could not be valued

    std::optional<double> value;
    qint64 valueDate = 0;
    Change day;
    Change yearToDate;
    Change sinceStart;
    qint64 startDate = 0;

    std::vector<Slice> allocation; // positions by symbol, then cash
    std::vector<qint64> curveDays;
    std::vector<double> curve;          // cumulative TWR of the portfolio
    QString benchmark;                  // symbol, empty when not stored
    std::vector<double> benchmarkCurve; // close / close on the first day - 1, same days (carried forward)

    QString watchlist;
    std::vector<Quote> watch;
    std::vector<Quote> movers; // every instrument, largest absolute last change first (at most 5)
    std::vector<Run> runs;     // newest first (at most 5)

    static constexpr int kSparkPoints = 60;
    static constexpr const char *kBenchmark = "^GSPC";

    // `portfolio` empty: the first one.
    static Result<DashboardSnapshot> load(const Workspace &db, const QString &portfolio);
};

} // namespace sn::ui
