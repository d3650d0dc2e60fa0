#pragma once

#include "core/common/Time.h"
#include "core/news/NewsItem.h"

#include <QString>
#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sn::ui {

// The news list beside the price chart: the chart symbol's items in the
// chart's visible period, newest first, with the time in the local time
// zone and format, the source, the headline and its score. A click or Enter
// on an item opens its link with QDesktopServices. "Refresh news" asks for
// the stored feeds to be read (ChartNews does it in a job). With nothing to
// list it says how to get news.
class NewsList : public QWidget
{
    Q_OBJECT
public:
    explicit NewsList(QWidget *parent = nullptr);

    // The symbol's items (newest first); `capped` says the list was cut at
    // the newest `items.size()`.
    void setItems(const QString &symbol, std::vector<news::NewsItem> items, bool capped);
    // Nothing listed; `text` says why (no symbol, an error).
    void showMessage(const QString &text);
    // Only items published in [from, to] are shown.
    void setVisibleRange(TimestampMs from, TimestampMs to);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *refreshButton() const { return m_refresh; }
    // Rows shown at the current range.
    int shownCount() const;
    // The headline of a shown row (0: the newest shown).
    QString shownTitle(int row) const;
    QString messageText() const;
    // How many items the period holds.
    QString statusText() const;
    // The last feed refresh or link opening, under the list.
    QString feedStatus() const;
    void setFeedStatus(const QString &text);
    // Opens the link of the item in `row` of the tree; false when it has none.
    bool openRow(int row);

Q_SIGNALS:
    void refreshRequested();
    // A link was handed to QDesktopServices.
    void linkOpened(const QString &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void applyRange();
    bool open(QTreeWidgetItem *item);

    QString m_symbol;
    std::vector<news::NewsItem> m_items;
    bool m_capped = false;
    TimestampMs m_from = 0;
    TimestampMs m_to = 0;
    bool m_rangeSet = false;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QLabel *m_status;
    QLabel *m_feedStatus;
    QPushButton *m_refresh;
};

} // namespace sn::ui
