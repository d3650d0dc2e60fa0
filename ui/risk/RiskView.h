#pragma once

#include "core/workspace/PortfolioService.h"
#include "ui/risk/RiskData.h"
#include "ui/shell/Area.h"

#include <QPointF>
#include <array>
#include <cstdint>
#include <optional>

class QAbstractButton;
class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace sn {
class Workspace;
}

namespace sn::ui {

class CorrelationHeatmap;
class JobTracker;
class TransactionTableModel;

// The portfolio's risk: metrics under a named convention with the formula of
// each, VaR/CVaR by method, confidence and horizon, the positions'
// correlation, a Monte Carlo fan, stress scenarios, the efficient frontier
// and a rebalancing proposal that becomes ledger lines through an undoable
// command. Every number comes from a PortfolioService report computed in a
// background job; the view only formats it.
class RiskView : public Area
{
    Q_OBJECT
public:
    // The independently computed parts; each has its own job and generation
    // so a slow stale result never overwrites a newer one.
    enum Part
    {
        Risk,
        Performance,
        Projection,
        Stress,
        Frontier,
        Rebalance,
        PartCount
    };

    // Rows of the metrics table, in order.
    enum Metric
    {
        AnnualReturn,
        AnnualVolatility,
        Sharpe,
        Sortino,
        Calmar,
        MaxDrawdown,
        Beta,
        Alpha,
        ValueAtRisk,
        ConditionalVaR,
        Twr,
        TwrAnnualised,
        Irr,
        MetricCount
    };

    static constexpr int RawValueRole =
        Qt::UserRole + 1; // the report's number (double), absent when undefined
    static constexpr const char *kBenchmark = "^GSPC";

    RiskView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);
    ~RiskView() override;

    QString areaId() const override { return QStringLiteral("risk"); }
    QString title() const override { return tr("Risk"); }
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undo; }
    void refresh() override;
    // The risk report with the options shown (and the proposal, when there is one).
    AreaReport report() const override;

protected:
    // A theme switch: the fan and frontier charts are rebuilt in the new colours.
    void changeEvent(QEvent *event) override;

public:
    // The options the shown reports were (or are being) computed with.
    QString portfolio() const;
    Convention convention() const;
    // Picks the convention by its id ("supernova", ...), as the user would:
    // it then outranks the stored default. False for an unknown id.
    bool pickConvention(const QString &id);
    PortfolioService::RiskOptions riskOptions() const;
    PortfolioService::PerformanceOptions performanceOptions() const;
    PortfolioService::ProjectionOptions projectionOptions() const;
    PortfolioService::StressOptions stressOptions() const;
    PortfolioService::RebalanceOptions rebalanceOptions() const;
    int frontierPoints() const;
    void setFrontierPoints(int points);

    const std::optional<RiskReport> &riskReport() const { return m_risk; }
    const std::optional<PerformanceReport> &performanceReport() const { return m_performance; }
    const std::optional<ProjectionReport> &projectionReport() const { return m_projection; }
    const std::optional<StressReport> &stressReport() const { return m_stress; }
    const std::optional<FrontierResult> &frontier() const { return m_frontier; }
    const std::optional<RebalanceProposal> &proposal() const { return m_proposal; }
    QString partError(Part part) const { return m_errors[static_cast<std::size_t>(part)]; }

    QStandardItemModel *metricsModel() const { return m_metrics; }
    QStandardItemModel *stressModel() const { return m_stressModel; }
    QStandardItemModel *weightsModel() const { return m_weights; }
    QStandardItemModel *targetsModel() const { return m_targets; }
    QStandardItemModel *tradesModel() const { return m_trades; }
    CorrelationHeatmap *heatmap() const { return m_heatmap; }
    QTableView *metricsView() const { return m_metricsView; }
    QTextBrowser *howComputed() const { return m_how; }
    QComboBox *portfolioBox() const { return m_portfolios; }
    QComboBox *conventionBox() const { return m_conventions; }
    QComboBox *varMethodBox() const { return m_varMethod; }
    QDoubleSpinBox *confidenceBox() const { return m_confidence; }
    // Monte Carlo: trading days ahead and simulated paths.
    QSpinBox *projectionHorizonBox() const { return m_projectionHorizon; }
    // The analyst's own stress scenarios, kept as a workspace setting. Adding
    // validates and stores, then the stress tests run again; false (and the
    // reason shown under the table) when refused or not stored.
    bool addCustomStress(const QString &name, StressTest::Shock::Scope scope, const QString &target,
                         double changePercent);
    bool removeCustomStress(int index);
    const std::vector<CustomStress> &customStress() const { return m_customStress; }
    QSpinBox *projectionPathsBox() const { return m_projectionPaths; }
    QSpinBox *horizonBox() const { return m_horizon; }
    QComboBox *frontierChoice() const { return m_frontierChoice; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *conventionLabel() const { return m_conventionLabel; }

    // The drawn fan: the 5/25/50/75/95th percentile lines as plotted.
    QList<QPointF> fanLine(int percentileIndex) const;
    // The drawn frontier points (annualised volatility, annualised return) in %.
    QList<QPointF> drawnFrontier() const;

public Q_SLOTS:
    // Targets from the frontier portfolio chosen in the frontier tab.
    void targetsFromSelection();
    void targetsEqualWeight();
    void propose();
    // Stores the proposed trades as ledger lines (one undoable command).
    void applyProposal();

Q_SIGNALS:
    // Every part of the current portfolio has its result (or its error).
    void loaded();
    void partUpdated(int part);

private:
    void buildMetricsPanel(QWidget *host);
    QWidget *buildHeatmapTab();
    QWidget *buildFanTab();
    QWidget *buildStressTab();
    QWidget *buildFrontierTab();
    QWidget *buildRebalanceTab();

    void applyStartup(const RiskStartup &startup);
    // Forgets every report and proposal and empties the panels.
    void clearReports();
    void computeAll();
    void computeRisk();
    void computePerformance();
    void computeProjection();
    void computeStress();
    void computeFrontier();
    void computeRebalance();
    // Bumps the part's generation and marks it pending; returns the generation.
    std::uint64_t begin(Part part);
    // False when the result is stale. Clears the part's pending flag.
    bool accept(Part part, std::uint64_t generation);
    void finish(Part part);

    void showMetrics();
    void showHowComputed();
    void showHeatmap();
    void showFan();
    void showStress();
    static QString stressSource(const std::string &source);
    void showFrontier();
    void showWeights();
    void showProposal();
    void showTargetSum();
    void setTargets(const std::vector<std::string> &symbols, const std::vector<double> &weights);
    void setPartMessage(Part part, const QString &text);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QUndoStack *m_undo;
    TransactionTableModel *m_ledger; // the lines this view added, for the undo commands

    RiskStartup m_startup;
    bool m_startupLoaded = false;
    bool m_conventionPicked = false; // by the user, or carried over a language switch
    std::array<std::uint64_t, PartCount> m_generation{};
    unsigned m_pending = 0; // bit per Part
    bool m_reportLoaded = false;
    std::array<QString, PartCount> m_errors;
    QString m_riskNote;
    QString m_performanceNote;

    std::optional<RiskReport> m_risk;
    std::optional<PerformanceReport> m_performance;
    std::optional<ProjectionReport> m_projection;
    std::optional<StressReport> m_stress;
    std::optional<FrontierResult> m_frontier;
    std::optional<RebalanceProposal> m_proposal;
    int m_frontierPointCount = 25;
    QString m_targetsPortfolio; // whose targets the table holds

    QComboBox *m_portfolios;
    QComboBox *m_conventions;
    QLabel *m_conventionLabel;
    QLabel *m_status;
    QStandardItemModel *m_metrics;
    QTableView *m_metricsView;
    QTextBrowser *m_how;
    QComboBox *m_varMethod;
    QDoubleSpinBox *m_confidence;
    QSpinBox *m_horizon;
    QTimer *m_varDebounce;
    QTabWidget *m_tabs;

    CorrelationHeatmap *m_heatmap;
    QLabel *m_heatmapNote;

    QChartView *m_fanView;
    QSpinBox *m_projectionHorizon = nullptr;
    std::vector<CustomStress> m_customStress;
    bool storeCustomStress(std::vector<CustomStress> list);
    QSpinBox *m_projectionPaths = nullptr;
    QTimer *m_projectionDebounce = nullptr;
    std::array<QLineSeries *, 5> m_fanLines{};
    QLabel *m_fanNote;

    QStandardItemModel *m_stressModel;
    QLabel *m_stressNote;

    QChartView *m_frontierView;
    QScatterSeries *m_frontierSeries = nullptr;
    QSpinBox *m_frontierCount;
    QComboBox *m_frontierChoice;
    QStandardItemModel *m_weights;
    QLabel *m_frontierNote;

    QStandardItemModel *m_targets;
    QLabel *m_targetSum;
    QCheckBox *m_wholeShares;
    QStandardItemModel *m_trades;
    QLabel *m_proposalNote;
    QPushButton *m_apply;
};

} // namespace sn::ui
