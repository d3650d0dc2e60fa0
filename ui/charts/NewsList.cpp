#include "ui/charts/NewsList.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

enum Column
{
    TimeColumn,
    SourceColumn,
    HeadlineColumn,
    ScoreColumn
};

constexpr int kIndexRole = Qt::UserRole;

const QColor kUpColour(0x1b, 0x8a, 0x3c);
const QColor kDownColour(0xc6, 0x28, 0x28);

// The feed's host when an item has no source name.
QString sourceOf(const news::NewsItem &item)
{
    if (!item.source.isEmpty())
        return item.source;
    const QString host = QUrl(item.link).host();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

} // namespace

NewsList::NewsList(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_tree(new QTreeWidget(this)), m_message(new QLabel(this)), m_status(new QLabel(this)),
      m_feedStatus(new QLabel(this)), m_refresh(new QPushButton(tr("&Refresh news"), this))
{
    setObjectName(QStringLiteral("NewsList"));
    m_tree->setAccessibleName(tr("News"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Time"), tr("Source"), tr("Headline"), tr("Score")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(HeadlineColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(SourceColumn, 90);
    m_tree->installEventFilter(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setAccessibleName(tr("News list message"));
    m_message->setMargin(12);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("News status"));
    m_feedStatus->setWordWrap(true);
    m_feedStatus->setAccessibleName(tr("News refresh status"));
    m_feedStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setToolTip(tr("Read every enabled feed of Preferences > News feeds now"));
    m_title->setText(tr("<b>News</b>"));
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_feedStatus);
    layout->addWidget(m_refresh);
    setMinimumWidth(220);

    // A click opens the item; Enter does in the event filter. Not
    // itemActivated: a double-click would open the link twice.
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { open(item); });
    connect(m_refresh, &QPushButton::clicked, this, &NewsList::refreshRequested);
    showMessage(tr("Open a symbol to see its news."));
}

void NewsList::setItems(const QString &symbol, std::vector<news::NewsItem> items, bool capped)
{
    m_symbol = symbol;
    m_items = std::move(items);
    m_capped = capped;
    m_title->setText(tr("<b>News about %1</b>").arg(symbol.toHtmlEscaped()));
    fill();
}

void NewsList::showMessage(const QString &text)
{
    m_symbol.clear();
    m_items.clear();
    m_status->clear();
    m_tree->clear();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void NewsList::setVisibleRange(TimestampMs from, TimestampMs to)
{
    m_from = from;
    m_to = to;
    m_rangeSet = true;
    applyRange();
}

void NewsList::fill()
{
    m_tree->clear();
    const QLocale loc = locale();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(qsizetype(m_items.size()));
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const news::NewsItem &item = m_items[i];
        auto *row = new QTreeWidgetItem;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(item.publishedAt).toLocalTime();
        row->setText(TimeColumn, loc.toString(local, QLocale::ShortFormat) +
                                     (item.dateEstimated ? QStringLiteral(" ~") : QString()));
        row->setText(SourceColumn, sourceOf(item));
        row->setText(HeadlineColumn, item.title);
        row->setText(ScoreColumn, (item.score.compound > 0 ? QStringLiteral("+") : QString()) +
                                      loc.toString(item.score.compound, 'f', 2));
        row->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (item.score.compound >= 0.05)
            row->setForeground(ScoreColumn, kUpColour);
        else if (item.score.compound <= -0.05)
            row->setForeground(ScoreColumn, kDownColour);
        QString tip = item.title.toHtmlEscaped();
        if (!item.summary.isEmpty())
            tip += QStringLiteral("<br><br>") + item.summary.left(400).toHtmlEscaped();
        tip += QStringLiteral("<br><br>") +
               (item.link.isEmpty() ? tr("(no link)")
                                    : tr("Click or press Enter to open %1").arg(item.link.toHtmlEscaped()));
        if (item.dateEstimated)
            tip += QStringLiteral("<br>") + tr("The feed gave no date: the time is when it was read.");
        row->setToolTip(HeadlineColumn, tip);
        row->setData(TimeColumn, kIndexRole, qulonglong(i));
        rows.append(row);
    }
    m_tree->addTopLevelItems(rows);
    applyRange();
}

void NewsList::applyRange()
{
    int shown = 0;
    for (int r = 0; r < m_tree->topLevelItemCount(); ++r) {
        QTreeWidgetItem *row = m_tree->topLevelItem(r);
        const news::NewsItem &item = m_items[row->data(TimeColumn, kIndexRole).toULongLong()];
        const bool inside = !m_rangeSet || (item.publishedAt >= m_from && item.publishedAt <= m_to);
        row->setHidden(!inside);
        shown += inside ? 1 : 0;
    }
    if (m_symbol.isEmpty())
        return;
    if (m_items.empty()) {
        m_message->setText(tr("No news about %1 stored yet.\n\nAdd feeds under Preferences > News feeds "
                              "(Edit > Preferences), then press Refresh news; or run\n"
                              "supernova-cli news ingest FEED --symbol %1")
                               .arg(m_symbol));
        m_stack->setCurrentWidget(m_message);
        m_status->clear();
        return;
    }
    if (shown == 0) {
        m_message->setText(
            tr("No news about %1 in the period shown (%n item(s) stored). Zoom out to see them.", nullptr,
               int(m_items.size()))
                .arg(m_symbol));
        m_stack->setCurrentWidget(m_message);
        m_status->clear();
        return;
    }
    m_stack->setCurrentWidget(m_tree);
    m_status->setText(m_capped ? tr("%n item(s) in this period, from the newest %1 stored.", nullptr, shown)
                                     .arg(locale().toString(qulonglong(m_items.size())))
                               : tr("%n item(s) in this period.", nullptr, shown));
}

int NewsList::shownCount() const
{
    if (m_stack->currentWidget() != m_tree)
        return 0;
    int n = 0;
    for (int r = 0; r < m_tree->topLevelItemCount(); ++r)
        n += m_tree->topLevelItem(r)->isHidden() ? 0 : 1;
    return n;
}

QString NewsList::shownTitle(int row) const
{
    for (int r = 0; r < m_tree->topLevelItemCount(); ++r) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(r);
        if (item->isHidden())
            continue;
        if (row-- == 0)
            return item->text(HeadlineColumn);
    }
    return {};
}

QString NewsList::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QString NewsList::statusText() const
{
    return m_status->text();
}

QString NewsList::feedStatus() const
{
    return m_feedStatus->text();
}

void NewsList::setFeedStatus(const QString &text)
{
    m_feedStatus->setText(text);
}

bool NewsList::openRow(int row)
{
    return open(m_tree->topLevelItem(row));
}

bool NewsList::open(QTreeWidgetItem *row)
{
    if (!row)
        return false;
    const news::NewsItem &item = m_items[row->data(TimeColumn, kIndexRole).toULongLong()];
    const QUrl url(item.link);
    if (item.link.isEmpty() || !url.isValid()) {
        m_feedStatus->setText(tr("This item has no link."));
        return false;
    }
    // Only web links: a feed could carry any scheme, and a stored link is
    // opened by whatever handles that scheme on this machine.
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        m_feedStatus->setText(tr("Not opened: %1 is not a web link.").arg(item.link));
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        m_feedStatus->setText(tr("Could not open %1").arg(item.link));
        return false;
    }
    Q_EMIT linkOpened(item.link);
    return true;
}

bool NewsList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            open(m_tree->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NewsList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange && !m_items.empty())
        fill();
}

} // namespace sn::ui
