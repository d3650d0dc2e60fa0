#pragma once

#include "core/workspace/PortfolioReports.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <optional>

namespace sn::cli {

// How the portfolio commands show their reports: one JSON object per report
// (numbers that are not defined are null, never NaN) and a plain-text form.
// --explain adds the formulas and conventions ("explain" in JSON, a closing
// section in text).
class PortfolioOutput
{
public:
    static QJsonObject json(const Holdings &h);
    static QJsonObject json(const PerformanceReport &r);
    static QJsonObject json(const RiskReport &r);
    static QJsonObject json(const ProjectionReport &r);
    static QJsonObject json(const StressReport &r);
    static QJsonObject json(const OptimizationReport &r);
    static QJsonObject json(const RebalanceReport &r);
    static QJsonObject json(const DataUsed &used);
    // One object per day: date, value, inflow, outflow, cumulative_return.
    static QJsonArray json(const ValuationSeries &s);
    static QJsonObject json(const Explanations &e);

    static void print(QTextStream &out, const Holdings &h);
    static void print(QTextStream &out, const PerformanceReport &r);
    static void print(QTextStream &out, const RiskReport &r);
    static void print(QTextStream &out, const ProjectionReport &r);
    static void print(QTextStream &out, const StressReport &r);
    static void print(QTextStream &out, const OptimizationReport &r);
    static void print(QTextStream &out, const RebalanceReport &r);
    static void print(QTextStream &out, const DataUsed &used);
    static void print(QTextStream &out, const ValuationSeries &s);
    static void print(QTextStream &out, const Explanations &e);

    // A finite number as JSON, anything else as null.
    static QJsonValue number(double v);
    static QJsonValue number(const std::optional<double> &v);
    // Text: fixed decimals, or "n/a" when not defined.
    static QString fixed(double v, int decimals = 2);
    static QString fixed(const std::optional<double> &v, int decimals = 2);
    static QString percent(double v);
    static QString percent(const std::optional<double> &v);
};

} // namespace sn::cli
