#pragma once

#include <QAbstractProxyModel>
#include <QStringList>
#include <vector>

namespace sn::ui {

class TransactionTableModel;

// Sort and filter for the transactions grid, written for 100,000 lines.
// QSortFilterProxyModel compares through QModelIndex and virtual calls per
// comparison and re-sorts on every filter change (~200-500 ms per step at
// that size); here a sort turns the column into one integer key per line
// (times and micro-units as they are, text as its rank among the column's
// distinct values) and sorts plain integers, and a filter keeps the current
// order and only tests each line's precomputed lower-case text.
class TransactionFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TransactionFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Every whitespace-separated word must occur in the line (any column).
    void setFilterWords(const QString &text);
    QString filterWords() const { return m_text; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();  // after the source's lines changed: re-sort, re-filter, reset
    void orderAll(); // m_order from the sort column
    // m_rows and m_position from m_order and the words; `narrowing`: the new
    // words only add conditions, so only the rows shown now need testing.
    void applyFilter(bool narrowing = false);
    bool accepts(int sourceRow) const;
    bool before(int a, int b) const; // source row a sorts before source row b
    // Single lines come and go with edits and their undo; they are placed in
    // the current order so the view keeps its selection.
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void reindex();

    TransactionTableModel *m_source = nullptr;
    QString m_text;
    std::vector<QByteArray> m_words; // lower-case UTF-8
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;    // every source row in sort order
    std::vector<int> m_rows;     // proxy row -> source row (the accepted part of m_order)
    std::vector<int> m_position; // source row -> proxy row, or -1
    bool m_removing = false;     // a removal announced to the view is pending
};

} // namespace sn::ui
