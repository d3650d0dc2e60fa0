#include "ui/risk/RiskViewSupport.h"
#include "ui/shell/ChartTheme.h"

#include <QGuiApplication>

// RiskView: showing each part, and the rebalancing proposal applied as transactions.
namespace sn::ui {

using namespace risk_detail;

void RiskView::showMetrics()
{
    const int selected = m_metricsView->currentIndex().isValid() ? m_metricsView->currentIndex().row() : 0;
    m_metrics->removeRows(0, m_metrics->rowCount());
    auto add = [this](Metric m, const QString &name, const QString &value, std::optional<double> raw,
                      const QString &detail, const QString &source, const QString &key) {
        auto *nameItem = textItem(name);
        nameItem->setData(source, Qt::UserRole + 2);
        nameItem->setData(key, Qt::UserRole + 3);
        nameItem->setData(static_cast<int>(m), Qt::UserRole + 4);
        m_metrics->appendRow({nameItem, numberItem(value, raw), textItem(detail)});
    };
    const QString none = tr("n/a");
    auto opt = [&none](const std::optional<double> &v, auto format) { return v ? format(*v) : none; };
    const QString risk = QStringLiteral("risk");
    const QString perf = QStringLiteral("performance");

    if (m_risk) {
        const RiskReport &r = *m_risk;
        const ReturnSummary &s = r.summary;
        auto pct = [](double v) { return percent(v); };
        add(AnnualReturn, tr("Annual return"), opt(s.annualReturn, pct), s.annualReturn, {}, risk,
            QStringLiteral("annual return"));
        add(AnnualVolatility, tr("Volatility (annual)"), opt(s.annualVolatility, pct), s.annualVolatility, {},
            risk, QStringLiteral("annual volatility"));
        add(Sharpe, tr("Sharpe ratio"), opt(s.sharpe, ratio), s.sharpe, {}, risk,
            QStringLiteral("Sharpe ratio"));
        add(Sortino, tr("Sortino ratio"), opt(s.sortino, ratio), s.sortino, {}, risk,
            QStringLiteral("Sortino ratio"));
        add(Calmar, tr("Calmar ratio"), opt(s.calmar, ratio), s.calmar, {}, risk,
            QStringLiteral("Calmar ratio"));
        const Drawdown &dd = s.maxDrawdown;
        QString ddDetail;
        if (dd.depth > 0) {
            ddDetail = tr("peak %1, trough %2, %3")
                           .arg(dateText(r.drawdownPeak), dateText(r.drawdownTrough),
                                r.drawdownRecovery ? tr("recovered %1").arg(dateText(*r.drawdownRecovery))
                                                   : tr("not recovered"));
        }
        add(MaxDrawdown, tr("Maximum drawdown"), Formats::drawdown(dd.depth), dd.depth, ddDetail, risk,
            QStringLiteral("maximum drawdown"));
        const QString bench = r.benchmarkSymbol.empty() ? QString() : qs(r.benchmarkSymbol);
        add(Beta, bench.isEmpty() ? tr("Beta") : tr("Beta vs %1").arg(bench), opt(s.beta, ratio), s.beta,
            bench.isEmpty() ? m_riskNote : QString(), risk, QStringLiteral("beta"));
        add(Alpha, bench.isEmpty() ? tr("Alpha") : tr("Alpha vs %1").arg(bench), opt(s.alpha, pct), s.alpha,
            {}, risk, QStringLiteral("alpha"));
        const QString varLabel =
            tr("%1 %2, %n day(s), %3", nullptr, r.horizon)
                .arg(QStringLiteral("%1"),
                     QLocale().toString(r.confidence * 100.0, 'g', 4) + QStringLiteral(" %"),
                     varMethodName(r.varMethod));
        add(ValueAtRisk, varLabel.arg(tr("VaR")), percent(r.var.var), r.var.var,
            tr("%1 %2 of %3").arg(money(r.varAmount), qs(r.used.baseCurrency), money(r.currentValue)), risk,
            QStringLiteral("var"));
        add(ConditionalVaR, varLabel.arg(tr("CVaR")), percent(r.var.cvar), r.var.cvar,
            tr("%1 %2").arg(money(r.cvarAmount), qs(r.used.baseCurrency)), risk, QStringLiteral("var"));
    } else {
        add(AnnualReturn, tr("Risk metrics"), none, std::nullopt, m_errors[Risk], risk, {});
    }
    if (m_performance) {
        const PerformanceReport &p = *m_performance;
        add(Twr, tr("Time-weighted return (TTWROR)"), percent(p.ttwror), p.ttwror,
            tr("%1 to %2").arg(dateText(p.used.from), dateText(p.used.to)), perf, QStringLiteral("ttwror"));
        add(TwrAnnualised, tr("TTWROR annualised"),
            opt(p.ttwrorAnnualised, [](double v) { return percent(v); }), p.ttwrorAnnualised, {}, perf,
            QStringLiteral("ttwror"));
        add(Irr, tr("Money-weighted return (IRR)"), opt(p.irr.rate, [](double v) { return percent(v); }),
            p.irr.rate, p.irr.rate ? QString() : qs(userText("sn::Performance", p.irr.message.c_str())), perf,
            QStringLiteral("irr"));
    } else if (!m_errors[Performance].isEmpty()) {
        add(Twr, tr("Performance"), none, std::nullopt, m_errors[Performance], perf, {});
    }
    if (m_risk)
        m_conventionLabel->setText(conventionSummary(m_risk->convention));
    m_metricsView->resizeColumnsToContents();
    m_metricsView->setCurrentIndex(
        m_metrics->index(std::clamp(selected, 0, std::max(0, m_metrics->rowCount() - 1)), 0));
    showHowComputed();
}

void RiskView::showHowComputed()
{
    const QModelIndex index = m_metricsView->currentIndex();
    if (!index.isValid()) {
        m_how->clear();
        return;
    }
    const QStandardItem *nameItem = m_metrics->item(index.row(), 0);
    const QString source = nameItem->data(Qt::UserRole + 2).toString();
    const std::string key = nameItem->data(Qt::UserRole + 3).toString().toStdString();
    const Explanations *explanations = nullptr;
    const DataUsed *used = nullptr;
    QString convention;
    if (source == QLatin1String("risk") && m_risk) {
        explanations = &m_risk->explanations;
        used = &m_risk->used;
        convention = explanationOf(m_risk->explanations, "convention");
    } else if (source == QLatin1String("performance") && m_performance) {
        explanations = &m_performance->explanations;
        used = &m_performance->used;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(nameItem->text().toHtmlEscaped());
    const QString text = explanations ? explanationOf(*explanations, key) : QString();
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(text.isEmpty() ? tr("No explanation in the report.").toHtmlEscaped() : text.toHtmlEscaped());
    if (!convention.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Convention:").toHtmlEscaped(), convention.toHtmlEscaped());
    if (used)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Data:").toHtmlEscaped(), describeDataUsed(*used).toHtmlEscaped());
    m_how->setHtml(html);
}

void RiskView::showHeatmap()
{
    if (!m_risk) {
        m_heatmap->clear(m_errors[Risk]);
        m_heatmapNote->clear();
        return;
    }
    if (m_risk->correlation.empty()) {
        m_heatmap->clear(tr("No correlation: %1").arg(qs(m_risk->componentNote)));
        m_heatmapNote->clear();
        return;
    }
    QStringList symbols;
    for (const std::string &s : m_risk->symbols)
        symbols << qs(s);
    m_heatmap->setMatrix(symbols, m_risk->correlation, m_risk->covariance);
    m_heatmapNote->setText(explanationOf(m_risk->explanations, "covariance") + QLatin1Char(' ') +
                           explanationOf(m_risk->explanations, "correlation"));
}

void RiskView::showFan()
{
    m_fanLines.fill(nullptr);
    auto *chart = new QChart;
    applyChartTheme(chart,
                    QGuiApplication::palette()); // before the series, which then keep their own colours
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!m_projection) {
        chart->setTitle(m_errors[Projection]);
        replaceChart(m_fanView, chart);
        m_fanNote->clear();
        return;
    }
    const ProjectionReport &p = *m_projection;
    const auto &pct = p.fan.percentile;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (std::size_t k = 0; k < pct.size(); ++k) {
        auto *line = new QLineSeries;
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(pct[k].size()));
        for (std::size_t t = 0; t < pct[k].size(); ++t) {
            points.append(QPointF(static_cast<double>(t), pct[k][t]));
            lo = std::min(lo, pct[k][t]);
            hi = std::max(hi, pct[k][t]);
        }
        line->replace(points);
        line->setName(tr("%1th percentile").arg(MonteCarloProjection::kPercentiles[k]));
        m_fanLines[k] = line;
    }
    // Outer band 5-95, inner band 25-75, median on top.
    auto band = [chart](QLineSeries *upper, QLineSeries *lower, const QColor &colour, const QString &name) {
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(name);
        area->setColor(colour);
        area->setBorderColor(colour.darker(115));
        chart->addSeries(area);
    };
    band(m_fanLines[4], m_fanLines[0], QColor(144, 202, 249), tr("5th to 95th percentile"));
    band(m_fanLines[3], m_fanLines[1], QColor(66, 165, 245), tr("25th to 75th percentile"));
    QPen medianPen(QColor(13, 71, 161));
    medianPen.setWidthF(2.0);
    m_fanLines[2]->setPen(medianPen);
    m_fanLines[2]->setName(tr("Median"));
    chart->addSeries(m_fanLines[2]);

    auto *x = new QValueAxis;
    x->setTitleText(tr("Trading days ahead"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, std::max(1, p.input.steps));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Value (%1)").arg(qs(p.used.baseCurrency)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(lo, hi);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(
        tr("%1 paths, %2 from %3 %4")
            .arg(QLocale().toString(p.input.paths),
                 p.input.method == MonteCarloProjection::Method::Bootstrap ? tr("bootstrap") : tr("GBM"),
                 money(p.input.startValue), qs(p.used.baseCurrency)));
    replaceChart(m_fanView, chart);
    const std::size_t last = pct[2].empty() ? 0 : pct[2].size() - 1;
    QString note = pct[2].empty()
                       ? QString()
                       : tr("After %n trading day(s): median %1, 5th percentile %2, 95th percentile %3. ",
                            nullptr, static_cast<int>(last))
                             .arg(money(pct[2][last]), money(pct[0][last]), money(pct[4][last]));
    note += explanationOf(p.explanations, "method") + QLatin1Char(' ') +
            explanationOf(p.explanations, "percentiles");
    m_fanNote->setText(note);
}

// Where a position's stressed change came from, in words.
QString RiskView::stressSource(const std::string &source)
{
    if (source == "own history")
        return tr("own history");
    if (source == "proxy")
        return tr("proxy");
    if (source == "all")
        return tr("market-wide shock");
    return tr("shock to %1").arg(qs(source)); // the asset class or symbol the shock named
}

void RiskView::showStress()
{
    m_stressModel->removeRows(0, m_stressModel->rowCount());
    if (!m_stress) {
        m_stressNote->setText(m_errors[Stress]);
        return;
    }
    for (const StressScenario &s : m_stress->scenarios) {
        QStringList positions;
        for (const StressTest::PositionLoss &p : s.outcome.positions)
            positions << tr("%1 %2 (%3)").arg(qs(p.symbol), percent(p.change, 1), stressSource(p.source));
        // The analyst's scenarios come last, in the order of their list.
        const std::size_t row = static_cast<std::size_t>(&s - m_stress->scenarios.data());
        const std::size_t firstCustom =
            m_stress->scenarios.size() - std::min(m_stress->scenarios.size(), m_customStress.size());
        QStandardItem *name = textItem(row >= firstCustom ? m_customStress[row - firstCustom].name
                                                          : DisplayNames::stressScenario(s.label));
        name->setToolTip(qs(s.label)); // the form the CLI's --window / --shock options take
        m_stressModel->appendRow({name, numberItem(percent(s.outcome.totalChange), s.outcome.totalChange),
                                  numberItem(money(s.outcome.totalPnl), s.outcome.totalPnl),
                                  textItem(positions.join(QStringLiteral("; ")))});
    }
    QString note = m_stress->proxySymbol.empty() ? tr("No proxy series.")
                                                 : tr("Proxy: %1.").arg(qs(m_stress->proxySymbol));
    for (const auto &[name, text] : m_stress->explanations)
        note += QLatin1Char(' ') + qs(text);
    m_stressNote->setText(note);
}

void RiskView::showFrontier()
{
    m_frontierSeries = nullptr;
    auto *chart = new QChart;
    applyChartTheme(chart, QGuiApplication::palette());
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int previous = m_frontierChoice->currentData().isValid() ? m_frontierChoice->currentData().toInt()
                                                                   : kChoiceMaxSharpe;
    {
        const QSignalBlocker block(m_frontierChoice);
        m_frontierChoice->clear();
    }
    if (!m_frontier) {
        chart->setTitle(m_errors[Frontier]);
        replaceChart(m_frontierView, chart);
        m_weights->removeRows(0, m_weights->rowCount());
        m_frontierNote->setText(m_errors[Frontier]);
        return;
    }
    const OptimizationReport &mv = m_frontier->minVariance;
    const double P = mv.periodsPerYear;
    // Per-period figures to annual ones as the report's "annualised" entry says.
    auto at = [P](const PortfolioOptimizer::Portfolio &p) {
        return QPointF(p.volatility * std::sqrt(P) * 100.0, p.expectedReturn * P * 100.0);
    };
    double xMin = std::numeric_limits<double>::max(), xMax = 0, yMin = xMin,
           yMax = std::numeric_limits<double>::lowest();
    auto extend = [&](const QPointF &p) {
        xMin = std::min(xMin, p.x());
        xMax = std::max(xMax, p.x());
        yMin = std::min(yMin, p.y());
        yMax = std::max(yMax, p.y());
    };
    m_frontierSeries = new QScatterSeries;
    m_frontierSeries->setName(
        tr("Efficient frontier (%n point(s))", nullptr, static_cast<int>(mv.frontier.size())));
    m_frontierSeries->setMarkerSize(8);
    m_frontierSeries->setColor(QColor(66, 165, 245));
    for (const auto &p : mv.frontier) {
        m_frontierSeries->append(at(p));
        extend(at(p));
    }
    chart->addSeries(m_frontierSeries);
    auto marker = [&](const QPointF &point, const QString &name, const QColor &colour,
                      QScatterSeries::MarkerShape shape) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(15);
        s->setColor(colour);
        s->append(point);
        extend(point);
        chart->addSeries(s);
    };
    marker(at(mv.result), tr("Minimum variance"), QColor(46, 125, 50), QScatterSeries::MarkerShapeRectangle);
    if (m_frontier->maxSharpe)
        marker(at(m_frontier->maxSharpe->result), tr("Maximum Sharpe"), QColor(239, 108, 0),
               QScatterSeries::MarkerShapeRectangle);
    // The report has no expected return of today's weights, so the current
    // portfolio is placed at its realised annual volatility and return (risk
    // report, cash included) and labelled as such.
    if (m_risk && m_risk->summary.annualVolatility && m_risk->summary.annualReturn)
        marker(QPointF(*m_risk->summary.annualVolatility * 100.0, *m_risk->summary.annualReturn * 100.0),
               tr("Current portfolio (realised)"), QColor(198, 40, 40), QScatterSeries::MarkerShapeCircle);

    auto *x = new QValueAxis;
    x->setTitleText(tr("Volatility (annual, %)"));
    x->setRange(std::max(0.0, xMin - (xMax - xMin) * 0.1 - 0.5), xMax + (xMax - xMin) * 0.1 + 0.5);
    x->applyNiceNumbers();
    auto *y = new QValueAxis;
    y->setTitleText(tr("Expected return (annual, %)"));
    y->setRange(yMin - (yMax - yMin) * 0.1 - 0.5, yMax + (yMax - yMin) * 0.1 + 0.5);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("%1 daily returns, %2 to %3")
                        .arg(QLocale().toString(static_cast<qulonglong>(mv.used.observations)),
                             dateText(mv.used.from), dateText(mv.used.to)));
    replaceChart(m_frontierView, chart);
    connect(m_frontierSeries, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        const QList<QPointF> pts = m_frontierSeries->points();
        qsizetype best = -1;
        double bestDistance = std::numeric_limits<double>::max();
        for (qsizetype i = 0; i < pts.size(); ++i) {
            const double d = std::hypot(pts[i].x() - point.x(), pts[i].y() - point.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        const int index = m_frontierChoice->findData(static_cast<int>(best));
        if (index >= 0)
            m_frontierChoice->setCurrentIndex(index);
    });

    {
        const QSignalBlocker block(m_frontierChoice);
        m_frontierChoice->addItem(tr("Minimum variance"), kChoiceMinVariance);
        if (m_frontier->maxSharpe)
            m_frontierChoice->addItem(tr("Maximum Sharpe"), kChoiceMaxSharpe);
        for (std::size_t i = 0; i < mv.frontier.size(); ++i) {
            const QPointF p = at(mv.frontier[i]);
            m_frontierChoice->addItem(
                tr("Frontier point %1: volatility %2 %, return %3 %")
                    .arg(i + 1)
                    .arg(QLocale().toString(p.x(), 'f', 2), QLocale().toString(p.y(), 'f', 2)),
                static_cast<int>(i));
        }
        const int keep = m_frontierChoice->findData(previous);
        m_frontierChoice->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    QString note = explanationOf(mv.explanations, "annualised") + QStringLiteral(". ") +
                   explanationOf(mv.explanations, "inputs");
    if (!m_frontier->maxSharpe)
        note += QLatin1Char(' ') + tr("No maximum-Sharpe portfolio: %1").arg(m_frontier->maxSharpeError);
    note +=
        QLatin1Char(' ') +
        tr("The current portfolio is shown at its realised annual volatility and return (cash included).");
    m_frontierNote->setText(note);
    showWeights();
}

void RiskView::showWeights()
{
    m_weights->removeRows(0, m_weights->rowCount());
    if (!m_frontier)
        return;
    const OptimizationReport &mv = m_frontier->minVariance;
    const int code = m_frontierChoice->currentData().toInt();
    const PortfolioOptimizer::Portfolio *p = nullptr;
    if (code == kChoiceMinVariance)
        p = &mv.result;
    else if (code == kChoiceMaxSharpe && m_frontier->maxSharpe)
        p = &m_frontier->maxSharpe->result;
    else if (code >= 0 && static_cast<std::size_t>(code) < mv.frontier.size())
        p = &mv.frontier[static_cast<std::size_t>(code)];
    if (!p)
        return;
    for (std::size_t i = 0; i < mv.symbols.size(); ++i) {
        const double current = i < mv.currentWeights.size() ? mv.currentWeights[i] : 0.0;
        const double w =
            static_cast<Eigen::Index>(i) < p->weights.size() ? p->weights[static_cast<Eigen::Index>(i)] : 0.0;
        m_weights->appendRow(
            {textItem(qs(mv.symbols[i])), numberItem(percent(current), current), numberItem(percent(w), w)});
    }
}

void RiskView::showTargetSum()
{
    double sum = 0;
    for (int r = 0; r < m_targets->rowCount(); ++r)
        if (const QStandardItem *item = m_targets->item(r, 2))
            sum += item->text().toDouble();
    m_targetSum->setText(
        tr("Targets sum to %1 % of the total value (holdings + cash); they must sum to 100 %.")
            .arg(QLocale().toString(sum, 'f', 2)));
}

void RiskView::setTargets(const std::vector<std::string> &symbols, const std::vector<double> &weights)
{
    m_targetsPortfolio = portfolio();
    m_targets->removeRows(0, m_targets->rowCount());
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        std::optional<double> current;
        if (m_risk)
            for (std::size_t j = 0; j < m_risk->symbols.size(); ++j)
                if (m_risk->symbols[j] == symbols[i] && j < m_risk->weights.size())
                    current = m_risk->weights[j];
        auto *target =
            new QStandardItem(QString::number(i < weights.size() ? weights[i] * 100.0 : 0.0, 'f', 2));
        target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        target->setToolTip(tr("Per cent of the total value (holdings + cash)"));
        m_targets->appendRow(
            {textItem(qs(symbols[i])), numberItem(current ? percent(*current) : tr("n/a"), current), target});
    }
    showTargetSum();
}

void RiskView::targetsFromSelection()
{
    if (!m_frontier)
        return;
    std::vector<double> w;
    for (int r = 0; r < m_weights->rowCount(); ++r)
        w.push_back(m_weights->item(r, 2)->data(RawValueRole).toDouble());
    setTargets(m_frontier->minVariance.symbols, w);
    propose();
}

void RiskView::targetsEqualWeight()
{
    std::vector<std::string> symbols;
    if (m_frontier)
        symbols = m_frontier->minVariance.symbols;
    else if (m_risk)
        symbols = m_risk->symbols;
    if (symbols.empty())
        return;
    setTargets(symbols, std::vector<double>(symbols.size(), 1.0 / static_cast<double>(symbols.size())));
    propose();
}

void RiskView::propose()
{
    computeRebalance();
}

void RiskView::showProposal()
{
    m_trades->removeRows(0, m_trades->rowCount());
    if (!m_proposal) {
        m_apply->setEnabled(false);
        m_proposalNote->setText(m_errors[Rebalance]);
        return;
    }
    const Rebalancer::Plan &plan = m_proposal->report.plan;
    for (const Rebalancer::Trade &t : plan.trades)
        m_trades->appendRow({textItem(qs(t.symbol)), textItem(t.quantity > 0 ? tr("Buy") : tr("Sell")),
                             numberItem(QLocale().toString(std::abs(t.quantity), 'g', 10), t.quantity),
                             numberItem(money(t.value), t.value), numberItem(money(t.fee), t.fee)});
    const QString ccy = qs(m_proposal->report.used.baseCurrency);
    m_proposalNote->setText(tr("On %1: total %2 %3, cash after %4 %3, fees %5 %3. %6")
                                .arg(dateText(m_proposal->asOf), money(plan.totalValue), ccy,
                                     money(plan.cashAfter), money(plan.totalFees),
                                     explanationOf(m_proposal->report.explanations, "trades")));
    m_apply->setEnabled(!m_proposal->transactions.empty());
}

void RiskView::applyProposal()
{
    if (!m_proposal || m_proposal->transactions.empty())
        return;
    auto *command = new AddTransactionsCommand(
        m_workspace, *m_ledger, m_proposal->transactions,
        tr("Apply rebalancing (%n trade(s))", nullptr, static_cast<int>(m_proposal->transactions.size())),
        [this](const Error &error) { m_proposalNote->setText(tr("Not applied: %1").arg(errorText(error))); });
    m_apply->setEnabled(false);
    // push() runs redo(): the lines are stored in one transaction, or the
    // command is dropped and the error shown.
    m_undo->push(command);
}

QList<QPointF> RiskView::fanLine(int percentileIndex) const
{
    if (percentileIndex < 0 || percentileIndex >= static_cast<int>(m_fanLines.size()) ||
        !m_fanLines[static_cast<std::size_t>(percentileIndex)])
        return {};
    return m_fanLines[static_cast<std::size_t>(percentileIndex)]->points();
}

QList<QPointF> RiskView::drawnFrontier() const
{
    return m_frontierSeries ? m_frontierSeries->points() : QList<QPointF>();
}

} // namespace sn::ui
