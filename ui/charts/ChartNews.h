#pragma once

#include "core/news/NewsItem.h"
#include "ui/shell/JobTracker.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace sn {
class Workspace;
}

namespace sn::ui {

class NewsList;
class PriceChartView;
class SentimentPane;

// Keeps the sentiment pane and the news list on the chart's symbol and
// period. When the chart loads a symbol, its hourly and daily sentiment and
// its newest kListLimit items over the chart's bars are read in a job (off
// the GUI thread); the visible range is then applied locally, so zoom and
// pan cost no query. A News change (any ingest, from the app or the CLI
// through a shared database's service) reloads them. "Refresh news" reads
// the stored feeds in a job with progress and cancel (the status bar's job
// list).
class ChartNews : public QObject
{
    Q_OBJECT
public:
    ChartNews(const Workspace &workspace, JobTracker &jobs, PriceChartView *chart, SentimentPane *pane,
              NewsList *list, QObject *parent = nullptr);

    static constexpr int kListLimit = 2000;

    // Reads the symbol's news (after the chart loaded it).
    void load(const QString &symbol);
    QString symbol() const { return m_symbol; }
    // Reads every enabled stored feed; the News change that follows reloads.
    void refreshFeeds();
    // The running feed refresh, if any (tests cancel it).
    Job *refreshJob() const { return m_refreshJob; }

Q_SIGNALS:
    // The pane and list show `symbol`'s news (or its error).
    void newsLoaded(const QString &symbol);
    // A feed refresh ended; `summary` is what the list's status line says.
    void feedsRefreshed(const QString &summary);

private:
    void applyRange();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    PriceChartView *m_chart;
    SentimentPane *m_pane;
    NewsList *m_list;
    QString m_symbol;
    quint64 m_generation = 0;
    QPointer<Job> m_refreshJob;
};

} // namespace sn::ui
