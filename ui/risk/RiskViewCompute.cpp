#include "ui/risk/RiskViewSupport.h"

// RiskView: each part computed by PortfolioService in a background job.
namespace sn::ui {

using namespace risk_detail;

void RiskView::computeRisk()
{
    if (portfolio().isEmpty())
        return;
    m_varDebounce->stop();
    const auto gen = begin(Risk);
    const Workspace *db = &m_workspace;
    const QString name = portfolio();
    const auto options = riskOptions();
    struct Out
    {
        RiskReport report;
        QString note;
    };
    m_jobs.run<Out>(
        tr("Risk of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &progress,
                            const std::atomic<bool> &) -> Result<Out> {
            progress(0.0, QObject::tr("Returns, VaR and covariance"));
            Out out;
            auto r = riskWithFallback(PortfolioService(*db), name, options, out.note);
            if (!r)
                return r.error();
            out.report = std::move(r).value();
            return out;
        },
        this,
        [this, gen](Result<Out> out) {
            if (!accept(Risk, gen))
                return;
            if (out) {
                m_risk = std::move(out->report);
                m_riskNote = out->note;
            } else {
                m_risk.reset();
                m_riskNote.clear();
                setPartMessage(Risk, tr("Risk not computed: %1").arg(errorText(out.error())));
            }
            showMetrics();
            showHeatmap();
            showFrontier();
            finish(Risk);
        });
}

void RiskView::computePerformance()
{
    const auto gen = begin(Performance);
    const Workspace *db = &m_workspace;
    const QString name = portfolio();
    const auto options = performanceOptions();
    struct Out
    {
        PerformanceReport report;
        QString note;
    };
    m_jobs.run<Out>(
        tr("Performance of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Out> {
            Out out;
            auto r = performanceWithFallback(PortfolioService(*db), name, options, out.note);
            if (!r)
                return r.error();
            out.report = std::move(r).value();
            return out;
        },
        this,
        [this, gen](Result<Out> out) {
            if (!accept(Performance, gen))
                return;
            if (out) {
                m_performance = std::move(out->report);
                m_performanceNote = out->note;
            } else {
                m_performance.reset();
                m_performanceNote.clear();
                setPartMessage(Performance, tr("Performance not computed: %1").arg(errorText(out.error())));
            }
            showMetrics();
            finish(Performance);
        });
}

void RiskView::computeProjection()
{
    const auto gen = begin(Projection);
    const Workspace *db = &m_workspace;
    const QString name = portfolio();
    const auto options = projectionOptions();
    m_jobs.run<ProjectionReport>(
        tr("Monte Carlo projection of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &progress, const std::atomic<bool> &) {
            progress(0.0, QObject::tr("Simulating %n path(s)", nullptr, options.paths));
            return PortfolioService(*db).projection(name, options);
        },
        this,
        [this, gen](Result<ProjectionReport> r) {
            if (!accept(Projection, gen))
                return;
            if (r)
                m_projection = std::move(r).value();
            else {
                m_projection.reset();
                setPartMessage(Projection, tr("Projection not computed: %1").arg(errorText(r.error())));
            }
            showFan();
            finish(Projection);
        });
}

void RiskView::computeStress()
{
    const auto gen = begin(Stress);
    const Workspace *db = &m_workspace;
    const QString name = portfolio();
    const auto options = stressOptions();
    m_jobs.run<StressReport>(
        tr("Stress tests of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return PortfolioService(*db).stress(name, options);
        },
        this,
        [this, gen](Result<StressReport> r) {
            if (!accept(Stress, gen))
                return;
            if (r)
                m_stress = std::move(r).value();
            else {
                m_stress.reset();
                setPartMessage(Stress, tr("Stress tests not computed: %1").arg(errorText(r.error())));
            }
            showStress();
            finish(Stress);
        });
}

void RiskView::computeFrontier()
{
    if (portfolio().isEmpty())
        return;
    const auto gen = begin(Frontier);
    const Workspace *db = &m_workspace;
    const QString name = portfolio();
    const Convention c = convention();
    const int points = m_frontierPointCount;
    m_jobs.run<FrontierResult>(
        tr("Efficient frontier of %1").arg(name),
        [db, name, c, points](const JobTracker::ProgressFn &progress,
                              const std::atomic<bool> &cancel) -> Result<FrontierResult> {
            progress(0.0, QObject::tr("Optimising"));
            if (cancel)
                return makeError(ErrorCode::Cancelled, "cancelled", "frontier");
            return loadFrontier(*db, name, c, points);
        },
        this,
        [this, gen](Result<FrontierResult> r) {
            if (!accept(Frontier, gen))
                return;
            if (r)
                m_frontier = std::move(r).value();
            else {
                m_frontier.reset();
                setPartMessage(Frontier, tr("Frontier not computed: %1").arg(errorText(r.error())));
            }
            showFrontier();
            // The proposal starts from the optimal portfolio, so the
            // rebalancing tab is filled along with the rest.
            if (m_frontier) {
                // Targets the user typed for this portfolio stay; a new
                // portfolio starts from its optimum.
                if (m_targetsPortfolio != portfolio() || m_targets->rowCount() == 0) {
                    const OptimizationReport &best =
                        m_frontier->maxSharpe ? *m_frontier->maxSharpe : m_frontier->minVariance;
                    std::vector<double> w(best.result.weights.data(),
                                          best.result.weights.data() + best.result.weights.size());
                    setTargets(best.symbols, w);
                }
                computeRebalance();
            } else {
                m_trades->removeRows(0, m_trades->rowCount());
                m_proposal.reset();
                m_apply->setEnabled(false);
                m_proposalNote->setText(
                    tr("No optimal portfolio to start from; use equal weights or type targets."));
            }
            finish(Frontier);
        });
}

void RiskView::computeRebalance()
{
    if (portfolio().isEmpty() || m_targets->rowCount() == 0)
        return;
    const auto gen = begin(Rebalance);
    const Workspace *db = &m_workspace;
    const QString name = portfolio();
    const auto options = rebalanceOptions();
    const QString note = tr("Rebalancing proposal");
    m_apply->setEnabled(false);
    m_jobs.run<RebalanceProposal>(
        tr("Rebalancing proposal for %1").arg(name),
        [db, name, options, note](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return RebalanceLedger(*db).propose(name, options, note);
        },
        this,
        [this, gen](Result<RebalanceProposal> r) {
            if (!accept(Rebalance, gen))
                return;
            if (r)
                m_proposal = std::move(r).value();
            else {
                m_proposal.reset();
                setPartMessage(Rebalance, tr("No proposal: %1").arg(errorText(r.error())));
            }
            showProposal();
            finish(Rebalance);
        });
}

// ---- Presentation ---------------------------------------------------------

} // namespace sn::ui
