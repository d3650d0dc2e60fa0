#include "app/cli/PortfolioOutput.h"

#include "app/cli/CliText.h"

#include <QJsonArray>
#include <cmath>

namespace sn::cli {

namespace {

QString dateText(TimestampMs t)
{
    return qs(formatDate(t));
}

QString decimalText(const Decimal &d)
{
    return qs(d.toString());
}

void table(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QString text = QStringLiteral("  ");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i];
        }
        out << text << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

QJsonObject irrJson(const Performance::Irr &irr)
{
    QJsonObject o{{QStringLiteral("rate"), PortfolioOutput::number(irr.rate)},
                  {QStringLiteral("iterations"), irr.iterations},
                  {QStringLiteral("bracketed"), irr.bracketed}};
    if (!irr.rate)
        o.insert(QStringLiteral("message"), qs(irr.message));
    return o;
}

QJsonArray periodsJson(const std::vector<Performance::PeriodReturn> &periods)
{
    QJsonArray a;
    for (const auto &p : periods) {
        QJsonObject o{{QStringLiteral("year"), p.year},
                      {QStringLiteral("return"), PortfolioOutput::number(p.value)},
                      {QStringLiteral("days"), static_cast<qint64>(p.days)}};
        if (p.month)
            o.insert(QStringLiteral("month"), p.month);
        a.append(o);
    }
    return a;
}

QJsonObject drawdownJson(const RiskReport &r)
{
    const Drawdown &d = r.summary.maxDrawdown;
    return QJsonObject{{QStringLiteral("depth"), PortfolioOutput::number(d.depth)},
                       {QStringLiteral("peak"), dateText(r.drawdownPeak)},
                       {QStringLiteral("trough"), dateText(r.drawdownTrough)},
                       {QStringLiteral("recovery"),
                        r.drawdownRecovery ? QJsonValue(dateText(*r.drawdownRecovery)) : QJsonValue()},
                       {QStringLiteral("duration_periods"), static_cast<qint64>(d.durationPeriods)}};
}

const char *varMethodName(RiskReport::VarMethod m)
{
    switch (m) {
    case RiskReport::VarMethod::Historical:
        return "historical";
    case RiskReport::VarMethod::Normal:
        return "normal";
    case RiskReport::VarMethod::CornishFisher:
        return "cornish-fisher";
    case RiskReport::VarMethod::MonteCarlo:
        return "montecarlo";
    }
    return "historical";
}

const char *optimizeMethodName(OptimizationReport::Method m)
{
    switch (m) {
    case OptimizationReport::Method::MinVariance:
        return "min-variance";
    case OptimizationReport::Method::MaxSharpe:
        return "max-sharpe";
    case OptimizationReport::Method::TargetReturn:
        return "target-return";
    case OptimizationReport::Method::EqualRiskContribution:
        return "erc";
    }
    return "min-variance";
}

QJsonArray weightsJson(const std::vector<std::string> &symbols, const Eigen::VectorXd &w)
{
    QJsonArray a;
    for (std::size_t i = 0; i < symbols.size() && static_cast<Eigen::Index>(i) < w.size(); ++i)
        a.append(QJsonObject{
            {QStringLiteral("symbol"), qs(symbols[i])},
            {QStringLiteral("weight"), PortfolioOutput::number(w[static_cast<Eigen::Index>(i)])}});
    return a;
}

QJsonObject portfolioJson(const std::vector<std::string> &symbols, const PortfolioOptimizer::Portfolio &p,
                          double periods)
{
    std::optional<double> sharpeAnnual;
    if (p.sharpe)
        sharpeAnnual = *p.sharpe * std::sqrt(periods);
    return QJsonObject{
        {QStringLiteral("weights"), weightsJson(symbols, p.weights)},
        {QStringLiteral("expected_return"), PortfolioOutput::number(p.expectedReturn)},
        {QStringLiteral("volatility"), PortfolioOutput::number(p.volatility)},
        {QStringLiteral("sharpe"), PortfolioOutput::number(p.sharpe)},
        {QStringLiteral("expected_return_annual"), PortfolioOutput::number(p.expectedReturn * periods)},
        {QStringLiteral("volatility_annual"), PortfolioOutput::number(p.volatility * std::sqrt(periods))},
        {QStringLiteral("sharpe_annual"), PortfolioOutput::number(sharpeAnnual)}};
}

} // namespace

QJsonValue PortfolioOutput::number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonValue PortfolioOutput::number(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue();
}

QString PortfolioOutput::fixed(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("n/a");
}

QString PortfolioOutput::fixed(const std::optional<double> &v, int decimals)
{
    return v ? fixed(*v, decimals) : QStringLiteral("n/a");
}

QString PortfolioOutput::percent(double v)
{
    return std::isfinite(v) ? QString::number(v * 100.0, 'f', 2) + QStringLiteral(" %")
                            : QStringLiteral("n/a");
}

QString PortfolioOutput::percent(const std::optional<double> &v)
{
    return v ? percent(*v) : QStringLiteral("n/a");
}

QJsonObject PortfolioOutput::json(const DataUsed &used)
{
    QJsonArray series;
    for (const SeriesUsed &s : used.series)
        series.append(QJsonObject{{QStringLiteral("symbol"), qs(s.symbol)},
                                  {QStringLiteral("role"), qs(s.role)},
                                  {QStringLiteral("rows"), static_cast<qint64>(s.rows)},
                                  {QStringLiteral("first"), dateText(s.first)},
                                  {QStringLiteral("last"), dateText(s.last)}});
    return QJsonObject{{QStringLiteral("portfolio"), qs(used.portfolio)},
                       {QStringLiteral("base_currency"), qs(used.baseCurrency)},
                       {QStringLiteral("transactions"), static_cast<qint64>(used.transactions)},
                       {QStringLiteral("from"), dateText(used.from)},
                       {QStringLiteral("to"), dateText(used.to)},
                       {QStringLiteral("observations"), static_cast<qint64>(used.observations)},
                       {QStringLiteral("series"), series}};
}

QJsonArray PortfolioOutput::json(const ValuationSeries &s)
{
    QJsonArray a;
    for (std::size_t d = 0; d < s.days.size(); ++d)
        a.append(QJsonObject{{QStringLiteral("date"), dateText(s.days[d])},
                             {QStringLiteral("value"), number(s.value[d])},
                             {QStringLiteral("inflow"), number(s.inflow[d])},
                             {QStringLiteral("outflow"), number(s.outflow[d])},
                             {QStringLiteral("cumulative_return"), number(s.cumulativeReturn[d])}});
    return a;
}

void PortfolioOutput::print(QTextStream &out, const ValuationSeries &s)
{
    out << "Daily values (" << qs(s.used.baseCurrency) << ")\n";
    QList<QStringList> rows;
    for (std::size_t d = 0; d < s.days.size(); ++d)
        rows << QStringList{dateText(s.days[d]), fixed(s.value[d]), fixed(s.inflow[d]), fixed(s.outflow[d]),
                            percent(s.cumulativeReturn[d])};
    table(out,
          {QStringLiteral("date"), QStringLiteral("value"), QStringLiteral("inflow"),
           QStringLiteral("outflow"), QStringLiteral("cumulative")},
          rows);
}

QJsonObject PortfolioOutput::json(const Explanations &e)
{
    QJsonObject o;
    for (const auto &[name, text] : e)
        o.insert(qs(name), qs(text));
    return o;
}

void PortfolioOutput::print(QTextStream &out, const DataUsed &used)
{
    out << "data: portfolio '" << qs(used.portfolio) << "' (" << qs(used.baseCurrency) << "), "
        << used.transactions << " transactions, " << dateText(used.from) << " to " << dateText(used.to)
        << ", " << used.observations << " observations\n";
    for (const SeriesUsed &s : used.series)
        out << "  " << qs(s.role) << ' ' << qs(s.symbol) << ": " << s.rows << " daily closes "
            << dateText(s.first) << ".." << dateText(s.last) << '\n';
}

void PortfolioOutput::print(QTextStream &out, const Explanations &e)
{
    out << "\nHow these numbers are computed:\n";
    for (const auto &[name, text] : e)
        out << "  " << qs(name) << ": " << qs(text) << '\n';
}

QJsonObject PortfolioOutput::json(const Holdings &h)
{
    QJsonArray lines;
    for (const HoldingLine &l : h.lines) {
        QJsonArray lots;
        for (const Ledger::Lot &lot : l.lots)
            lots.append(QJsonObject{{QStringLiteral("date"), dateText(lot.date)},
                                    {QStringLiteral("quantity"), decimalText(lot.quantity)},
                                    {QStringLiteral("cost"), decimalText(lot.cost)}});
        lines.append(QJsonObject{
            {QStringLiteral("symbol"), qs(l.symbol)},
            {QStringLiteral("currency"), qs(l.currency)},
            {QStringLiteral("asset_class"), qs(l.assetClass)},
            {QStringLiteral("quantity"), decimalText(l.quantity)},
            {QStringLiteral("cost_basis"), decimalText(l.costBasis)},
            {QStringLiteral("realised_pnl"), decimalText(l.realisedPnl)},
            {QStringLiteral("income"), decimalText(l.income)},
            {QStringLiteral("price"), number(l.price)},
            {QStringLiteral("price_date"), dateText(l.priceDate)},
            {QStringLiteral("fx_rate"), number(l.fxRate)},
            {QStringLiteral("fx_date"), l.fxDate ? QJsonValue(dateText(l.fxDate)) : QJsonValue()},
            {QStringLiteral("fx_source"), l.fxSource.empty() ? QJsonValue() : QJsonValue(qs(l.fxSource))},
            {QStringLiteral("market_value"), number(l.marketValue)},
            {QStringLiteral("unrealised_pnl"), number(l.unrealisedPnl)},
            {QStringLiteral("weight"), number(l.weight)},
            {QStringLiteral("lots"), lots}});
    }
    QJsonObject cash;
    for (const auto &[ccy, amount] : h.cash)
        cash.insert(qs(ccy), decimalText(amount));
    return QJsonObject{{QStringLiteral("as_of"), dateText(h.asOf)},
                       {QStringLiteral("positions"), lines},
                       {QStringLiteral("cash"), cash},
                       {QStringLiteral("cash_value"), number(h.cashValue)},
                       {QStringLiteral("total_value"), number(h.totalValue)},
                       {QStringLiteral("data"), json(h.used)}};
}

void PortfolioOutput::print(QTextStream &out, const Holdings &h)
{
    out << "Holdings of '" << qs(h.used.portfolio) << "' on " << dateText(h.asOf) << " ("
        << qs(h.used.baseCurrency) << ")\n";
    QList<QStringList> rows;
    for (const HoldingLine &l : h.lines)
        rows << QStringList{qs(l.symbol),
                            decimalText(l.quantity),
                            fixed(l.price, 4) + ' ' + qs(l.currency),
                            fixed(l.marketValue),
                            decimalText(l.costBasis),
                            fixed(l.unrealisedPnl),
                            decimalText(l.realisedPnl),
                            decimalText(l.income),
                            percent(l.weight)};
    table(out,
          {QStringLiteral("symbol"), QStringLiteral("quantity"), QStringLiteral("price"),
           QStringLiteral("value"), QStringLiteral("cost"), QStringLiteral("unrealised"),
           QStringLiteral("realised"), QStringLiteral("income"), QStringLiteral("weight")},
          rows);
    // Which rate converted each foreign holding, and of which day (the latest business day on or before).
    for (const HoldingLine &l : h.lines)
        if (l.fxDate != 0)
            out << "fx " << qs(l.symbol) << ": " << fixed(l.fxRate, 6) << ' ' << qs(h.used.baseCurrency)
                << " per " << qs(l.currency) << " of " << dateText(l.fxDate) << " (" << qs(l.fxSource)
                << ")\n";
    for (const auto &[ccy, amount] : h.cash)
        out << "cash " << qs(ccy) << ": " << qs(amount.toString(2)) << '\n';
    out << "cash value:  " << fixed(h.cashValue) << '\n' << "total value: " << fixed(h.totalValue) << '\n';
    print(out, h.used);
}

QJsonObject PortfolioOutput::json(const PerformanceReport &r)
{
    QJsonArray contributions;
    for (const auto &c : r.contributions)
        contributions.append(QJsonObject{{QStringLiteral("symbol"), qs(c.symbol)},
                                         {QStringLiteral("contribution"), number(c.value)}});
    QJsonObject o{{QStringLiteral("from"), dateText(r.used.from)},
                  {QStringLiteral("to"), dateText(r.used.to)},
                  {QStringLiteral("days"), static_cast<qint64>(r.days)},
                  {QStringLiteral("value_begin"), number(r.valueBegin)},
                  {QStringLiteral("value_end"), number(r.valueEnd)},
                  {QStringLiteral("inflows"), number(r.inflows)},
                  {QStringLiteral("outflows"), number(r.outflows)},
                  {QStringLiteral("ttwror"), number(r.ttwror)},
                  {QStringLiteral("ttwror_annualised"), number(r.ttwrorAnnualised)},
                  {QStringLiteral("irr"), irrJson(r.irr)},
                  {QStringLiteral("monthly"), periodsJson(r.monthly)},
                  {QStringLiteral("yearly"), periodsJson(r.yearly)},
                  {QStringLiteral("contributions"), contributions},
                  {QStringLiteral("data"), json(r.used)}};
    if (r.benchmark) {
        const auto &b = *r.benchmark;
        o.insert(QStringLiteral("benchmark"),
                 QJsonObject{{QStringLiteral("symbol"), qs(r.benchmarkSymbol)},
                             {QStringLiteral("periods"), static_cast<qint64>(b.periods)},
                             {QStringLiteral("portfolio_return"), number(b.portfolioReturn)},
                             {QStringLiteral("benchmark_return"), number(b.benchmarkReturn)},
                             {QStringLiteral("beta"), number(b.beta)},
                             {QStringLiteral("alpha"), number(b.alpha)},
                             {QStringLiteral("tracking_error"), number(b.trackingError)},
                             {QStringLiteral("information_ratio"), number(b.informationRatio)}});
    }
    return o;
}

void PortfolioOutput::print(QTextStream &out, const PerformanceReport &r)
{
    out << "Performance of '" << qs(r.used.portfolio) << "' " << dateText(r.used.from) << " to "
        << dateText(r.used.to) << " (" << r.days << " days, " << qs(r.used.baseCurrency) << ")\n"
        << "  value begin:        " << fixed(r.valueBegin) << '\n'
        << "  value end:          " << fixed(r.valueEnd) << '\n'
        << "  inflows / outflows: " << fixed(r.inflows) << " / " << fixed(r.outflows) << '\n'
        << "  TTWROR:             " << percent(r.ttwror) << '\n'
        << "  TTWROR annualised:  " << percent(r.ttwrorAnnualised) << '\n'
        << "  IRR:                "
        << (r.irr.rate ? percent(*r.irr.rate) : QStringLiteral("no solution (") + qs(r.irr.message) + ')')
        << '\n';
    if (r.benchmark) {
        const auto &b = *r.benchmark;
        out << "Benchmark " << qs(r.benchmarkSymbol) << " (" << b.periods << " periods)\n"
            << "  portfolio / benchmark return: " << percent(b.portfolioReturn) << " / "
            << percent(b.benchmarkReturn) << '\n'
            << "  beta " << fixed(b.beta, 3) << ", alpha " << percent(b.alpha) << ", tracking error "
            << percent(b.trackingError) << ", information ratio " << fixed(b.informationRatio, 3) << '\n';
    }
    out << "Yearly returns\n";
    QList<QStringList> rows;
    for (const auto &y : r.yearly)
        rows << QStringList{QString::number(y.year), percent(y.value), QString::number(y.days)};
    table(out, {QStringLiteral("year"), QStringLiteral("return"), QStringLiteral("days")}, rows);
    out << "Monthly returns\n";
    rows.clear();
    for (const auto &m : r.monthly)
        rows << QStringList{QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0')),
                            percent(m.value)};
    table(out, {QStringLiteral("month"), QStringLiteral("return")}, rows);
    out << "Contribution per position\n";
    rows.clear();
    for (const auto &c : r.contributions)
        rows << QStringList{qs(c.symbol), percent(c.value)};
    table(out, {QStringLiteral("symbol"), QStringLiteral("contribution")}, rows);
    print(out, r.used);
}

QJsonObject PortfolioOutput::json(const RiskReport &r)
{
    const ReturnSummary &s = r.summary;
    QJsonArray positions;
    for (std::size_t i = 0; i < r.symbols.size(); ++i) {
        QJsonObject p{{QStringLiteral("symbol"), qs(r.symbols[i])},
                      {QStringLiteral("weight"), number(r.weights[i])}};
        p.insert(QStringLiteral("component_var"),
                 i < r.componentVar.size() ? number(r.componentVar[i]) : QJsonValue());
        positions.append(p);
    }
    auto matrix = [](const std::vector<std::vector<double>> &m) {
        QJsonArray rows;
        for (const auto &row : m) {
            QJsonArray a;
            for (double x : row)
                a.append(number(x));
            rows.append(a);
        }
        return rows;
    };
    const QJsonArray corr = matrix(r.correlation);
    QJsonObject o{{QStringLiteral("convention"),
                   QJsonObject{{QStringLiteral("name"), qs(r.convention.name)},
                               {QStringLiteral("periods_per_year"), r.convention.periodsPerYear},
                               {QStringLiteral("ddof"), r.convention.ddof},
                               {QStringLiteral("risk_free"), r.convention.riskFreeAnnual}}},
                  {QStringLiteral("observations"), static_cast<qint64>(s.observations)},
                  {QStringLiteral("total_return"), number(s.totalReturn)},
                  {QStringLiteral("annual_return"), number(s.annualReturn)},
                  {QStringLiteral("annual_volatility"), number(s.annualVolatility)},
                  {QStringLiteral("sharpe"), number(s.sharpe)},
                  {QStringLiteral("sortino"), number(s.sortino)},
                  {QStringLiteral("calmar"), number(s.calmar)},
                  {QStringLiteral("max_drawdown"), drawdownJson(r)},
                  {QStringLiteral("beta"), number(s.beta)},
                  {QStringLiteral("alpha"), number(s.alpha)},
                  {QStringLiteral("tracking_error"), number(s.trackingError)},
                  {QStringLiteral("information_ratio"), number(s.informationRatio)},
                  {QStringLiteral("var"),
                   QJsonObject{{QStringLiteral("method"), QLatin1String(varMethodName(r.varMethod))},
                               {QStringLiteral("confidence"), r.confidence},
                               {QStringLiteral("horizon_days"), r.horizon},
                               {QStringLiteral("var"), number(r.var.var)},
                               {QStringLiteral("cvar"), number(r.var.cvar)},
                               {QStringLiteral("var_amount"), number(r.varAmount)},
                               {QStringLiteral("cvar_amount"), number(r.cvarAmount)},
                               {QStringLiteral("observations"), static_cast<qint64>(r.var.observations)}}},
                  {QStringLiteral("current_value"), number(r.currentValue)},
                  {QStringLiteral("positions"), positions},
                  {QStringLiteral("correlation"), corr},
                  {QStringLiteral("covariance"), matrix(r.covariance)},
                  {QStringLiteral("shrinkage_intensity"), number(r.shrinkageIntensity)},
                  {QStringLiteral("data"), json(r.used)}};
    if (!r.benchmarkSymbol.empty())
        o.insert(QStringLiteral("benchmark"), qs(r.benchmarkSymbol));
    if (!r.componentNote.empty())
        o.insert(QStringLiteral("component_note"), qs(r.componentNote));
    return o;
}

void PortfolioOutput::print(QTextStream &out, const RiskReport &r)
{
    const ReturnSummary &s = r.summary;
    out << "Risk of '" << qs(r.used.portfolio) << "' " << dateText(r.used.from) << " to "
        << dateText(r.used.to) << " (" << s.observations << " trading-day returns, convention "
        << qs(r.convention.name) << ", risk-free " << percent(r.convention.riskFreeAnnual) << ")\n"
        << "  total return:      " << percent(s.totalReturn) << '\n'
        << "  annual return:     " << percent(s.annualReturn) << '\n'
        << "  annual volatility: " << percent(s.annualVolatility) << '\n'
        << "  Sharpe:            " << fixed(s.sharpe, 3) << '\n'
        << "  Sortino:           " << fixed(s.sortino, 3) << '\n'
        << "  Calmar:            " << fixed(s.calmar, 3) << '\n'
        << "  max drawdown:      " << percent(-s.maxDrawdown.depth) << " (peak " << dateText(r.drawdownPeak)
        << ", trough " << dateText(r.drawdownTrough) << ", "
        << (r.drawdownRecovery ? QStringLiteral("recovered ") + dateText(*r.drawdownRecovery)
                               : QStringLiteral("not recovered"))
        << ", " << s.maxDrawdown.durationPeriods << " periods)\n";
    if (!r.benchmarkSymbol.empty())
        out << "  vs " << qs(r.benchmarkSymbol) << ": beta " << fixed(s.beta, 3) << ", alpha "
            << percent(s.alpha) << ", tracking error " << percent(s.trackingError) << ", information ratio "
            << fixed(s.informationRatio, 3) << '\n';
    out << "VaR (" << varMethodName(r.varMethod) << ", " << QString::number(r.confidence * 100, 'g', 6)
        << " %, " << r.horizon << " day(s)): " << percent(r.var.var) << " = " << fixed(r.varAmount) << ' '
        << qs(r.used.baseCurrency) << "; CVaR " << percent(r.var.cvar) << " = " << fixed(r.cvarAmount)
        << " (of " << fixed(r.currentValue) << ")\n";
    if (!r.symbols.empty()) {
        QList<QStringList> rows;
        for (std::size_t i = 0; i < r.symbols.size(); ++i)
            rows << QStringList{qs(r.symbols[i]), percent(r.weights[i]),
                                i < r.componentVar.size() ? percent(r.componentVar[i])
                                                          : QStringLiteral("n/a")};
        table(out,
              {QStringLiteral("symbol"), QStringLiteral("weight"), QStringLiteral("component VaR (normal)")},
              rows);
    }
    if (!r.correlation.empty()) {
        out << "Correlation";
        if (r.shrinkageIntensity)
            out << " (Ledoit-Wolf shrinkage, intensity " << fixed(*r.shrinkageIntensity, 4) << ')';
        out << '\n';
        QList<QStringList> rows;
        QStringList headers{QString()};
        for (std::size_t i = 0; i < r.symbols.size(); ++i) {
            headers << qs(r.symbols[i]);
            QStringList row{qs(r.symbols[i])};
            for (double x : r.correlation[i])
                row << fixed(x, 3);
            rows << row;
        }
        table(out, headers, rows);
    }
    if (!r.componentNote.empty())
        out << "note: " << qs(r.componentNote) << '\n';
    print(out, r.used);
}

QJsonObject PortfolioOutput::json(const ProjectionReport &r)
{
    QJsonArray percentiles;
    for (std::size_t k = 0; k < MonteCarloProjection::kPercentiles.size(); ++k) {
        QJsonArray values;
        for (double v : r.fan.percentile[k])
            values.append(number(v));
        percentiles.append(
            QJsonObject{{QStringLiteral("percentile"), MonteCarloProjection::kPercentiles[k]},
                        {QStringLiteral("final"),
                         r.fan.percentile[k].empty() ? QJsonValue() : number(r.fan.percentile[k].back())},
                        {QStringLiteral("values"), values}});
    }
    const bool bootstrap = r.input.method == MonteCarloProjection::Method::Bootstrap;
    QJsonObject o{{QStringLiteral("method"), bootstrap ? QStringLiteral("bootstrap") : QStringLiteral("gbm")},
                  {QStringLiteral("start_value"), number(r.input.startValue)},
                  {QStringLiteral("steps"), r.input.steps},
                  {QStringLiteral("paths"), r.input.paths},
                  {QStringLiteral("seed"), QString::number(r.input.seed)},
                  {QStringLiteral("historical_observations"), static_cast<qint64>(r.historicalObservations)},
                  {QStringLiteral("percentiles"), percentiles},
                  {QStringLiteral("target"), number(r.input.target)},
                  {QStringLiteral("loss_limit"), number(r.input.lossLimit)},
                  {QStringLiteral("probability_target"), number(r.fan.probabilityTarget)},
                  {QStringLiteral("probability_loss_limit"), number(r.fan.probabilityLossLimit)},
                  {QStringLiteral("data"), json(r.used)}};
    if (!bootstrap) {
        o.insert(QStringLiteral("mu"), number(r.input.mu));
        o.insert(QStringLiteral("sigma"), number(r.input.sigma));
    }
    return o;
}

void PortfolioOutput::print(QTextStream &out, const ProjectionReport &r)
{
    const bool bootstrap = r.input.method == MonteCarloProjection::Method::Bootstrap;
    out << "Monte Carlo projection of '" << qs(r.used.portfolio) << "': " << (bootstrap ? "bootstrap" : "GBM")
        << ", " << r.input.paths << " paths x " << r.input.steps << " trading days, seed " << r.input.seed
        << ", from " << fixed(r.input.startValue) << ' ' << qs(r.used.baseCurrency) << '\n';
    if (!bootstrap)
        out << "  mu " << fixed(r.input.mu, 6) << ", sigma " << fixed(r.input.sigma, 6) << " per day\n";
    QList<QStringList> rows;
    for (std::size_t k = 0; k < MonteCarloProjection::kPercentiles.size(); ++k)
        rows << QStringList{QString::number(MonteCarloProjection::kPercentiles[k]),
                            r.fan.percentile[k].empty() ? QStringLiteral("n/a")
                                                        : fixed(r.fan.percentile[k].back())};
    table(out, {QStringLiteral("percentile"), QStringLiteral("final value")}, rows);
    if (r.input.target)
        out << "  P(touch " << fixed(*r.input.target) << "): " << percent(r.fan.probabilityTarget) << '\n';
    if (r.input.lossLimit)
        out << "  P(fall to " << fixed(*r.input.lossLimit) << "): " << percent(r.fan.probabilityLossLimit)
            << '\n';
    print(out, r.used);
}

QJsonObject PortfolioOutput::json(const StressReport &r)
{
    QJsonArray scenarios;
    for (const StressScenario &s : r.scenarios) {
        QJsonArray positions;
        for (const auto &p : s.outcome.positions)
            positions.append(QJsonObject{{QStringLiteral("symbol"), qs(p.symbol)},
                                         {QStringLiteral("value"), number(p.value)},
                                         {QStringLiteral("change"), number(p.change)},
                                         {QStringLiteral("pnl"), number(p.pnl)},
                                         {QStringLiteral("source"), qs(p.source)}});
        scenarios.append(QJsonObject{{QStringLiteral("scenario"), qs(s.label)},
                                     {QStringLiteral("total_value"), number(s.outcome.totalValue)},
                                     {QStringLiteral("total_pnl"), number(s.outcome.totalPnl)},
                                     {QStringLiteral("total_change"), number(s.outcome.totalChange)},
                                     {QStringLiteral("positions"), positions}});
    }
    return QJsonObject{
        {QStringLiteral("proxy"), r.proxySymbol.empty() ? QJsonValue() : QJsonValue(qs(r.proxySymbol))},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("data"), json(r.used)}};
}

void PortfolioOutput::print(QTextStream &out, const StressReport &r)
{
    out << "Stress tests of '" << qs(r.used.portfolio) << "' on the holdings of " << dateText(r.used.to);
    if (!r.proxySymbol.empty())
        out << " (proxy " << qs(r.proxySymbol) << ')';
    out << '\n';
    for (const StressScenario &s : r.scenarios) {
        out << qs(s.label) << ": " << fixed(s.outcome.totalPnl) << ' ' << qs(r.used.baseCurrency) << " ("
            << percent(s.outcome.totalChange) << " of " << fixed(s.outcome.totalValue) << ")\n";
        QList<QStringList> rows;
        for (const auto &p : s.outcome.positions)
            rows << QStringList{qs(p.symbol), fixed(p.value), percent(p.change), fixed(p.pnl), qs(p.source)};
        table(out,
              {QStringLiteral("symbol"), QStringLiteral("value"), QStringLiteral("change"),
               QStringLiteral("pnl"), QStringLiteral("source")},
              rows);
    }
    print(out, r.used);
}

QJsonObject PortfolioOutput::json(const OptimizationReport &r)
{
    QJsonArray current;
    QJsonArray bounds;
    for (std::size_t i = 0; i < r.symbols.size(); ++i) {
        current.append(QJsonObject{{QStringLiteral("symbol"), qs(r.symbols[i])},
                                   {QStringLiteral("weight"), number(r.currentWeights[i])}});
        bounds.append(QJsonObject{{QStringLiteral("symbol"), qs(r.symbols[i])},
                                  {QStringLiteral("lower"), number(r.lower[i])},
                                  {QStringLiteral("upper"), number(r.upper[i])}});
    }
    QJsonArray frontier;
    for (const auto &p : r.frontier)
        frontier.append(portfolioJson(r.symbols, p, r.periodsPerYear));
    return QJsonObject{{QStringLiteral("method"), QLatin1String(optimizeMethodName(r.method))},
                       {QStringLiteral("periods_per_year"), r.periodsPerYear},
                       {QStringLiteral("current_weights"), current},
                       {QStringLiteral("bounds"), bounds},
                       {QStringLiteral("result"), portfolioJson(r.symbols, r.result, r.periodsPerYear)},
                       {QStringLiteral("frontier"), frontier},
                       {QStringLiteral("data"), json(r.used)}};
}

void PortfolioOutput::print(QTextStream &out, const OptimizationReport &r)
{
    out << "Optimisation of '" << qs(r.used.portfolio) << "' (" << optimizeMethodName(r.method) << ", "
        << r.used.observations << " daily returns " << dateText(r.used.from) << " to " << dateText(r.used.to)
        << ")\n";
    QList<QStringList> rows;
    for (std::size_t i = 0; i < r.symbols.size(); ++i)
        rows << QStringList{qs(r.symbols[i]), percent(r.currentWeights[i]),
                            percent(r.result.weights[static_cast<Eigen::Index>(i)]),
                            fixed(r.lower[i], 4) + QStringLiteral("..") + fixed(r.upper[i], 4)};
    table(out,
          {QStringLiteral("symbol"), QStringLiteral("current"), QStringLiteral("proposed"),
           QStringLiteral("bounds")},
          rows);
    std::optional<double> sharpeAnnual;
    if (r.result.sharpe)
        sharpeAnnual = *r.result.sharpe * std::sqrt(r.periodsPerYear);
    out << "  expected return: " << percent(r.result.expectedReturn * r.periodsPerYear) << " a year\n"
        << "  volatility:      " << percent(r.result.volatility * std::sqrt(r.periodsPerYear)) << " a year\n"
        << "  Sharpe:          " << fixed(sharpeAnnual, 3) << " (annualised)\n";
    if (!r.frontier.empty()) {
        out << "Efficient frontier\n";
        rows.clear();
        for (const auto &p : r.frontier) {
            QStringList row{percent(p.expectedReturn * r.periodsPerYear),
                            percent(p.volatility * std::sqrt(r.periodsPerYear))};
            for (Eigen::Index i = 0; i < p.weights.size(); ++i)
                row << percent(p.weights[i]);
            rows << row;
        }
        QStringList headers{QStringLiteral("return"), QStringLiteral("volatility")};
        for (const std::string &s : r.symbols)
            headers << qs(s);
        table(out, headers, rows);
    }
    print(out, r.used);
}

QJsonObject PortfolioOutput::json(const RebalanceReport &r)
{
    QJsonArray trades;
    for (const auto &t : r.plan.trades)
        trades.append(QJsonObject{
            {QStringLiteral("symbol"), qs(t.symbol)},
            {QStringLiteral("quantity"), number(t.quantity)},
            {QStringLiteral("side"), t.quantity >= 0 ? QStringLiteral("buy") : QStringLiteral("sell")},
            {QStringLiteral("value"), number(t.value)},
            {QStringLiteral("fee"), number(t.fee)}});
    QJsonArray drift;
    for (const auto &d : r.plan.drift)
        drift.append(QJsonObject{{QStringLiteral("symbol"), qs(d.symbol)},
                                 {QStringLiteral("current_weight"), number(d.currentWeight)},
                                 {QStringLiteral("target_weight"), number(d.targetWeight)},
                                 {QStringLiteral("drift"), number(d.drift)},
                                 {QStringLiteral("weight_after"), number(d.weightAfter)}});
    return QJsonObject{{QStringLiteral("total_value"), number(r.plan.totalValue)},
                       {QStringLiteral("cash_before"), number(r.input.cash)},
                       {QStringLiteral("cash_after"), number(r.plan.cashAfter)},
                       {QStringLiteral("total_fees"), number(r.plan.totalFees)},
                       {QStringLiteral("whole_shares"), r.input.wholeShares},
                       {QStringLiteral("min_trade"), number(r.input.minTradeValue)},
                       {QStringLiteral("fee_rate"), number(r.input.feeRate)},
                       {QStringLiteral("trades"), trades},
                       {QStringLiteral("drift"), drift},
                       {QStringLiteral("data"), json(r.used)}};
}

void PortfolioOutput::print(QTextStream &out, const RebalanceReport &r)
{
    out << "Rebalancing '" << qs(r.used.portfolio) << "' on " << dateText(r.used.to) << ": total "
        << fixed(r.plan.totalValue) << ' ' << qs(r.used.baseCurrency) << ", cash " << fixed(r.input.cash)
        << " -> " << fixed(r.plan.cashAfter) << ", fees " << fixed(r.plan.totalFees) << '\n';
    QList<QStringList> rows;
    for (const auto &t : r.plan.trades)
        rows << QStringList{t.quantity >= 0 ? QStringLiteral("buy") : QStringLiteral("sell"), qs(t.symbol),
                            fixed(std::abs(t.quantity), 4), fixed(t.value), fixed(t.fee)};
    if (rows.isEmpty())
        out << "No trades.\n";
    else
        table(out,
              {QStringLiteral("side"), QStringLiteral("symbol"), QStringLiteral("quantity"),
               QStringLiteral("value"), QStringLiteral("fee")},
              rows);
    rows.clear();
    for (const auto &d : r.plan.drift)
        rows << QStringList{qs(d.symbol), percent(d.currentWeight), percent(d.targetWeight), percent(d.drift),
                            percent(d.weightAfter)};
    table(out,
          {QStringLiteral("symbol"), QStringLiteral("current"), QStringLiteral("target"),
           QStringLiteral("drift"), QStringLiteral("after")},
          rows);
    print(out, r.used);
}

} // namespace sn::cli
