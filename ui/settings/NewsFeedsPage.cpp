#include "ui/settings/NewsFeedsPage.h"

#include "ui/shell/JobTracker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

enum Column
{
    UrlColumn,
    SymbolColumn,
    EnabledColumn
};

} // namespace

NewsFeedsPage::NewsFeedsPage(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : QWidget(parent), m_workspace(db), m_jobs(jobs), m_table(new QTableWidget(0, 3, this)),
      m_test(new QPushButton(tr("&Test"), this)), m_status(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Feed URL or file"), tr("Symbol"), tr("Enabled")});
    m_table->setAccessibleName(tr("News feeds"));
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SymbolColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("News feeds status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *save = new QPushButton(tr("&Save"), this);
    m_test->setToolTip(tr("Read the selected feed now and say how many items it holds; nothing is stored"));
    connect(add, &QPushButton::clicked, this, [this]() {
        const int row = addFeed();
        m_table->setCurrentCell(row, UrlColumn);
        m_table->editItem(m_table->item(row, UrlColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this]() { removeFeed(m_table->currentRow()); });
    connect(m_test, &QPushButton::clicked, this, [this]() { testFeed(m_table->currentRow()); });
    connect(save, &QPushButton::clicked, this, &NewsFeedsPage::save);

    auto *about = new QLabel(
        tr("RSS and Atom feeds (or feed and CSV headline files) that <b>Refresh news</b> in the Charts area "
           "and "
           "<tt>supernova-cli news ingest</tt> read. Give a symbol for a feed about one company; items of "
           "general feeds are linked by $cashtags and company names."),
        this);
    about->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    load();
}

QString NewsFeedsPage::status() const
{
    return m_status->text();
}

void NewsFeedsPage::load()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<std::vector<NewsFeed>>(
        tr("Reading news feeds"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return NewsFeedService(*db).feeds();
        },
        this,
        [this](Result<std::vector<NewsFeed>> feeds) {
            if (feeds) {
                showFeeds(*feeds);
                m_status->setText(feeds->empty() ? tr("No feeds yet: Add one, Test it, then Save.")
                                                 : QString());
            } else {
                m_status->setText(tr("Could not read the feeds: %1")
                                      .arg(QString::fromStdString(feeds.error().toUserString())));
            }
            Q_EMIT loaded();
        });
}

void NewsFeedsPage::showFeeds(const std::vector<NewsFeed> &feeds)
{
    m_table->setRowCount(0);
    for (const NewsFeed &f : feeds)
        addFeed(f.url, f.symbol, f.enabled);
}

int NewsFeedsPage::addFeed(const QString &url, const QString &symbol, bool enabled)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, UrlColumn, new QTableWidgetItem(url));
    m_table->setItem(row, SymbolColumn, new QTableWidgetItem(symbol));
    auto *on = new QTableWidgetItem;
    on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    on->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, on);
    return row;
}

void NewsFeedsPage::removeFeed(int row)
{
    if (row < 0 || row >= m_table->rowCount()) {
        m_status->setText(tr("Select the feed to remove."));
        return;
    }
    m_table->removeRow(row);
    m_status->setText(tr("Removed; Save to keep the change."));
}

std::vector<NewsFeed> NewsFeedsPage::feedsShown() const
{
    std::vector<NewsFeed> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *url = m_table->item(r, UrlColumn);
        const QTableWidgetItem *symbol = m_table->item(r, SymbolColumn);
        const QTableWidgetItem *on = m_table->item(r, EnabledColumn);
        out.push_back(NewsFeed{url ? url->text() : QString(), symbol ? symbol->text() : QString(),
                               !on || on->checkState() == Qt::Checked});
    }
    return out;
}

void NewsFeedsPage::testFeed(int row)
{
    const std::vector<NewsFeed> feeds = feedsShown();
    if (row < 0 || row >= int(feeds.size())) {
        m_status->setText(tr("Select the feed to test."));
        return;
    }
    auto checked = NewsFeedService::check(feeds[std::size_t(row)]);
    if (!checked) {
        const QString message =
            tr("Row %1: %2").arg(row + 1).arg(QString::fromStdString(checked.error().toUserString()));
        m_status->setText(message);
        Q_EMIT tested(row, false, message);
        return;
    }
    const NewsFeed feed = *checked;
    const Workspace *db = &m_workspace;
    m_test->setEnabled(false);
    m_status->setText(tr("Reading %1...").arg(feed.url));
    m_jobs.run<int>(
        tr("Testing news feed"),
        [db, feed](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return NewsFeedService(*db).test(feed);
        },
        this,
        [this, row, feed](Result<int> items) {
            m_test->setEnabled(true);
            const QString message =
                items ? tr("%1: a feed with %n item(s).", nullptr, *items).arg(feed.url)
                      : tr("%1: %2").arg(feed.url, QString::fromStdString(items.error().toUserString()));
            m_status->setText(message);
            Q_EMIT tested(row, bool(items), message);
        });
}

bool NewsFeedsPage::save()
{
    // One setting write: quick enough for the GUI thread, and the user waits for the answer.
    auto saved = NewsFeedService(m_workspace).setFeeds(feedsShown());
    if (!saved) {
        m_status->setText(tr("Not saved: %1").arg(QString::fromStdString(saved.error().toUserString())));
        return false;
    }
    auto stored = NewsFeedService(m_workspace).feeds();
    if (stored)
        showFeeds(*stored); // as stored: trimmed, symbols in capitals
    m_status->setText(tr("Saved %n feed(s).", nullptr, m_table->rowCount()));
    return true;
}

} // namespace sn::ui
