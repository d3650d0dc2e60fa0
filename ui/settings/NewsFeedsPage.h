#pragma once

#include "core/workspace/NewsFeeds.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;

// Preferences > News feeds: the feeds "Refresh news" (Charts area) and
// `supernova-cli news ingest` with no source read. One row per feed: URL
// (http(s) or an absolute file path), optional symbol for per-symbol feeds,
// enabled. Add, Remove, Test (reads the selected feed in a job, stores
// nothing) and Save (checked by NewsFeedService, which stores the list as one
// setting and announces it).
class NewsFeedsPage : public QWidget
{
    Q_OBJECT
public:
    NewsFeedsPage(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString status() const;
    // The rows as they stand (not yet saved).
    std::vector<NewsFeed> feedsShown() const;

    // Tests drive these like the buttons.
    void load();
    int addFeed(const QString &url = {}, const QString &symbol = {}, bool enabled = true);
    void removeFeed(int row);
    void testFeed(int row);
    bool save();

Q_SIGNALS:
    void loaded();
    void tested(int row, bool ok, const QString &message);

private:
    void showFeeds(const std::vector<NewsFeed> &feeds);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QTableWidget *m_table;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace sn::ui
