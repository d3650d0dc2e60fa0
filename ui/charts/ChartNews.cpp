#include "ui/charts/ChartNews.h"

#include "core/workspace/NewsFeeds.h"
#include "core/workspace/NewsService.h"
#include "ui/charts/NewsList.h"
#include "ui/charts/PriceChartView.h"
#include "ui/charts/SentimentPane.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QPushButton>

namespace sn::ui {

namespace {

struct SymbolNews
{
    std::vector<news::SentimentBucket> hours;
    std::vector<news::SentimentBucket> days;
    std::vector<news::NewsItem> items;
};

QString howToGetNews(const QString &symbol)
{
    return ChartNews::tr("No news about %1 stored yet: add feeds under Preferences > News feeds, then press "
                         "Refresh news.")
        .arg(symbol);
}

} // namespace

ChartNews::ChartNews(const Workspace &workspace, JobTracker &jobs, PriceChartView *chart, SentimentPane *pane,
                     NewsList *list, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_jobs(jobs), m_chart(chart), m_pane(pane), m_list(list)
{
    connect(m_chart, &PriceChartView::loaded, this, &ChartNews::load);
    connect(m_chart, &PriceChartView::visibleRangeChanged, this, [this]() { applyRange(); });
    connect(m_list, &NewsList::refreshRequested, this, &ChartNews::refreshFeeds);
    new ChangeWatcher(m_workspace, {Change::Entity::News}, this, [this](const ChangeSet &changes) {
        if (m_symbol.isEmpty())
            return;
        for (const Change &c : changes)
            if (c.entity == Change::Entity::Everything ||
                c.key.split(QLatin1Char(',')).contains(m_symbol, Qt::CaseInsensitive)) {
                load(m_symbol);
                return;
            }
    });
    m_pane->clearSeries(tr("Open a symbol to see its news sentiment."));
}

void ChartNews::load(const QString &symbol)
{
    const quint64 generation = ++m_generation;
    if (symbol != m_symbol) {
        // Never the previous symbol's news under this chart, even for a moment.
        const QString reading = tr("Reading news about %1...").arg(symbol);
        m_pane->clearSeries(reading);
        m_list->showMessage(reading);
    }
    m_symbol = symbol;
    // The period of the chart's bars (to the end of the last bar's day):
    // news outside it is never on screen.
    TimestampMs from = 0;
    TimestampMs to = nowMs() + 2 * kMsPerDay;
    if (!m_chart->bars().empty()) {
        from = m_chart->bars().time.front() - kMsPerDay;
        to = m_chart->bars().time.back() + kMsPerDay;
    }
    const Workspace *ws = &m_workspace;
    m_jobs.run<SymbolNews>(
        tr("Reading news for %1").arg(symbol),
        [ws, symbol, from, to](const JobTracker::ProgressFn &,
                               const std::atomic<bool> &) -> Result<SymbolNews> {
            const NewsService news(*ws);
            SymbolNews out;
            auto hours = news.sentiment(symbol, from, to, NewsService::Bucket::Hour);
            if (!hours)
                return hours.error();
            auto days = news.sentiment(symbol, from, to, NewsService::Bucket::Day);
            if (!days)
                return days.error();
            auto items = news.list(symbol, from, to, kListLimit);
            if (!items)
                return items.error();
            out.hours = std::move(hours).value();
            out.days = std::move(days).value();
            out.items = std::move(items).value();
            return out;
        },
        this,
        [this, symbol, generation](Result<SymbolNews> r) {
            if (generation != m_generation)
                return; // another symbol was opened meanwhile
            if (!r) {
                const QString message =
                    tr("News not loaded: %1").arg(QString::fromStdString(r.error().toUserString()));
                m_pane->clearSeries(message);
                m_list->showMessage(message);
            } else {
                if (r->days.empty())
                    m_pane->clearSeries(howToGetNews(symbol));
                m_pane->setSeries(symbol, std::move(r->hours), std::move(r->days));
                const bool capped = int(r->items.size()) >= kListLimit;
                m_list->setItems(symbol, std::move(r->items), capped);
            }
            applyRange();
            Q_EMIT newsLoaded(symbol);
        });
}

void ChartNews::applyRange()
{
    if (m_chart->bars().empty())
        return;
    m_pane->setXRange(m_chart->visibleFrom(), m_chart->visibleTo());
    // The list also keeps the items of the last visible bar's day.
    m_list->setVisibleRange(m_chart->visibleFrom(), m_chart->visibleTo() + kMsPerDay - 1);
}

void ChartNews::refreshFeeds()
{
    if (m_refreshJob)
        return; // one refresh at a time
    m_list->refreshButton()->setEnabled(false);
    m_list->setFeedStatus(tr("Reading the news feeds..."));
    const Workspace *ws = &m_workspace;
    m_refreshJob = m_jobs.run<NewsFeedService::RefreshReport>(
        tr("Refreshing news"),
        [ws](const JobTracker::ProgressFn &progress, const std::atomic<bool> &cancel) {
            return NewsFeedService(*ws).refresh(
                [&progress](int done, int total, const QString &url) {
                    progress(total > 0 ? double(done) / total : 1.0,
                             url.isEmpty() ? tr("done")
                                           : tr("feed %1 of %2: %3").arg(done + 1).arg(total).arg(url));
                },
                &cancel);
        },
        this,
        [this](Result<NewsFeedService::RefreshReport> r) {
            m_refreshJob = nullptr;
            m_list->refreshButton()->setEnabled(true);
            QString summary;
            if (!r) {
                summary = tr("News not refreshed: %1").arg(QString::fromStdString(r.error().toUserString()));
            } else if (r->feeds.empty() && !r->cancelled) {
                summary = tr("No enabled news feeds: add them under Preferences > News feeds.");
            } else {
                summary = tr("%n new item(s) from %1 feed(s)", nullptr, r->stored()).arg(r->feeds.size());
                if (r->failed() > 0) {
                    QStringList failures;
                    for (const NewsFeedService::FeedOutcome &f : r->feeds)
                        if (!f.report)
                            failures << f.userError;
                    summary += QStringLiteral("; ") + tr("%n feed(s) failed: %1", nullptr, r->failed())
                                                          .arg(failures.join(QStringLiteral("; ")));
                }
                if (r->cancelled)
                    summary += QStringLiteral("; ") + tr("cancelled before the last feed");
                summary += QLatin1Char('.');
            }
            m_list->setFeedStatus(summary);
            Q_EMIT feedsRefreshed(summary);
        });
}

} // namespace sn::ui
