#include "ui/portfolio/TransactionFilterModel.h"

#include "ui/portfolio/TransactionTableModel.h"

#include <QHash>
#include <algorithm>
#include <numeric>
#include <string_view>

namespace sn::ui {

namespace {

using C = TransactionTableModel;

// Rank of each line's text among the column's distinct values.
template <typename Text>
std::vector<qint64> ranks(const TransactionTableModel &m, Text text, bool caseInsensitive)
{
    const int n = m.rowCount();
    QHash<QString, qint64> ids;
    std::vector<qint64> keys(static_cast<std::size_t>(n));
    QStringList distinct;
    for (int r = 0; r < n; ++r) {
        const QString &t = text(m.row(r));
        auto it = ids.constFind(t);
        if (it == ids.cend()) {
            it = ids.insert(t, distinct.size());
            distinct << t;
        }
        keys[static_cast<std::size_t>(r)] = it.value();
    }
    std::vector<qint64> byText(static_cast<std::size_t>(distinct.size()));
    std::iota(byText.begin(), byText.end(), 0);
    const Qt::CaseSensitivity cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    std::sort(byText.begin(), byText.end(),
              [&](qint64 a, qint64 b) { return QString::compare(distinct[a], distinct[b], cs) < 0; });
    std::vector<qint64> rankOf(byText.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        rankOf[static_cast<std::size_t>(byText[i])] = static_cast<qint64>(i);
    for (auto &k : keys)
        k = rankOf[static_cast<std::size_t>(k)];
    return keys;
}

std::vector<qint64> sortKeys(const TransactionTableModel &m, int column)
{
    const int n = m.rowCount();
    auto numeric = [&](auto value) {
        std::vector<qint64> keys(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r)
            keys[static_cast<std::size_t>(r)] = value(m.row(r));
        return keys;
    };
    switch (column) {
    case C::Date:
        return numeric([](const C::Row &r) { return r.tx.time; });
    case C::Quantity:
        return numeric([](const C::Row &r) { return r.tx.quantity.raw(); });
    case C::Price:
        return numeric([](const C::Row &r) { return r.tx.price.raw(); });
    case C::Amount:
        return numeric([](const C::Row &r) { return r.tx.amount.raw(); });
    case C::Fee:
        return numeric([](const C::Row &r) { return r.tx.fee.raw(); });
    case C::Tax:
        return numeric([](const C::Row &r) { return r.tx.tax.raw(); });
    case C::Type:
        return ranks(
            m, [](const C::Row &r) -> const QString & { return r.tx.type; }, false);
    case C::Symbol:
        return ranks(
            m, [](const C::Row &r) -> const QString & { return r.symbol; }, false);
    case C::Currency:
        return ranks(
            m, [](const C::Row &r) -> const QString & { return r.tx.currency; }, false);
    case C::Note:
        return ranks(
            m, [](const C::Row &r) -> const QString & { return r.tx.note; }, true);
    default:
        return std::vector<qint64>(static_cast<std::size_t>(n), 0);
    }
}

} // namespace

TransactionFilterModel::TransactionFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

void TransactionFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_source = qobject_cast<TransactionTableModel *>(model);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        // Lines added, removed or reset change the order: rebuild (O(n log n), a few ms at 100,000).
        connect(m_source, &QAbstractItemModel::modelReset, this, &TransactionFilterModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
        connect(
            m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { sourceRowsAboutToBeRemoved(first, last); });
        connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); });
        connect(m_source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
                        const QModelIndex left = mapFromSource(m_source->index(r, topLeft.column()));
                        if (left.isValid())
                            Q_EMIT dataChanged(left, index(left.row(), bottomRight.column()), roles);
                    }
                });
    }
    orderAll();
    applyFilter();
    endResetModel();
}

void TransactionFilterModel::rebuild()
{
    beginResetModel();
    orderAll();
    applyFilter();
    endResetModel();
}

void TransactionFilterModel::orderAll()
{
    const int n = m_source ? m_source->rowCount() : 0;
    m_order.resize(static_cast<std::size_t>(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!m_source || m_sortColumn < 0 || n == 0)
        return;
    const std::vector<qint64> keys = sortKeys(*m_source, m_sortColumn);
    // Ties keep the ledger's order (time, then id), in both directions.
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_order.begin(), m_order.end(), [&keys](int a, int b) {
            const auto ka = keys[static_cast<std::size_t>(a)], kb = keys[static_cast<std::size_t>(b)];
            return ka != kb ? ka < kb : a < b;
        });
    else
        std::sort(m_order.begin(), m_order.end(), [&keys](int a, int b) {
            const auto ka = keys[static_cast<std::size_t>(a)], kb = keys[static_cast<std::size_t>(b)];
            return ka != kb ? ka > kb : a < b;
        });
}

bool TransactionFilterModel::before(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    const C::Row &x = m_source->row(a);
    const C::Row &y = m_source->row(b);
    int c = 0;
    auto cmp = [](auto u, auto v) { return u < v ? -1 : (v < u ? 1 : 0); };
    switch (m_sortColumn) {
    case C::Date:
        c = cmp(x.tx.time, y.tx.time);
        break;
    case C::Quantity:
        c = cmp(x.tx.quantity, y.tx.quantity);
        break;
    case C::Price:
        c = cmp(x.tx.price, y.tx.price);
        break;
    case C::Amount:
        c = cmp(x.tx.amount, y.tx.amount);
        break;
    case C::Fee:
        c = cmp(x.tx.fee, y.tx.fee);
        break;
    case C::Tax:
        c = cmp(x.tx.tax, y.tx.tax);
        break;
    case C::Type:
        c = QString::compare(x.tx.type, y.tx.type);
        break;
    case C::Symbol:
        c = QString::compare(x.symbol, y.symbol);
        break;
    case C::Currency:
        c = QString::compare(x.tx.currency, y.tx.currency);
        break;
    case C::Note:
        c = QString::compare(x.tx.note, y.tx.note, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    if (c != 0)
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    return a < b;
}

void TransactionFilterModel::reindex()
{
    m_position.assign(m_order.size(), -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_position[static_cast<std::size_t>(m_rows[i])] = static_cast<int>(i);
}

void TransactionFilterModel::sourceRowsInserted(int first, int last)
{
    if (last != first) {
        rebuild();
        return;
    }
    for (int &r : m_order)
        if (r >= first)
            ++r;
    for (int &r : m_rows)
        if (r >= first)
            ++r;
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), first,
                                    [this](int a, int b) { return before(a, b); }),
                   first);
    m_position.push_back(-1);
    if (!m_words.empty() && !accepts(first)) {
        reindex();
        return;
    }
    const auto at =
        std::lower_bound(m_rows.begin(), m_rows.end(), first, [this](int a, int b) { return before(a, b); });
    const int proxyRow = static_cast<int>(at - m_rows.begin());
    beginInsertRows({}, proxyRow, proxyRow);
    m_rows.insert(at, first);
    reindex();
    endInsertRows();
}

void TransactionFilterModel::sourceRowsAboutToBeRemoved(int first, int last)
{
    if (last != first || first >= static_cast<int>(m_position.size()))
        return;
    const int proxyRow = m_position[static_cast<std::size_t>(first)];
    if (proxyRow >= 0) {
        beginRemoveRows({}, proxyRow, proxyRow);
        m_removing = true;
    }
}

void TransactionFilterModel::sourceRowsRemoved(int first, int last)
{
    if (last != first) {
        rebuild();
        return;
    }
    m_order.erase(std::remove(m_order.begin(), m_order.end(), first), m_order.end());
    m_rows.erase(std::remove(m_rows.begin(), m_rows.end(), first), m_rows.end());
    for (int &r : m_order)
        if (r > first)
            --r;
    for (int &r : m_rows)
        if (r > first)
            --r;
    reindex();
    if (m_removing) {
        m_removing = false;
        endRemoveRows();
    }
}

bool TransactionFilterModel::accepts(int sourceRow) const
{
    const QByteArray &k = m_source->row(sourceRow).searchKey;
    const std::string_view key(k.constData(), static_cast<std::size_t>(k.size()));
    for (const QByteArray &word : m_words)
        if (key.find(std::string_view(word.constData(), static_cast<std::size_t>(word.size()))) ==
            std::string_view::npos)
            return false;
    return true;
}

void TransactionFilterModel::applyFilter(bool narrowing)
{
    std::vector<int> candidates = narrowing ? std::move(m_rows) : m_order;
    m_rows.clear();
    m_position.assign(m_order.size(), -1);
    if (m_words.empty()) {
        m_rows = std::move(candidates);
    } else {
        m_rows.reserve(candidates.size());
        for (int r : candidates)
            if (accepts(r))
                m_rows.push_back(r);
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_position[static_cast<std::size_t>(m_rows[i])] = static_cast<int>(i);
}

void TransactionFilterModel::setFilterWords(const QString &text)
{
    if (text == m_text)
        return;
    // Typing on at the end only narrows what is shown.
    const bool narrowing = !m_text.isEmpty() && text.startsWith(m_text);
    m_text = text;
    m_words.clear();
    for (const QString &w : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_words.push_back(w.toUtf8());
    beginResetModel();
    applyFilter(narrowing);
    endResetModel();
}

void TransactionFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &i : before)
        sources << mapToSource(i);
    orderAll();
    applyFilter();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &s : sources)
        after << mapFromSource(s);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex TransactionFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.row() >= static_cast<int>(m_rows.size()))
        return {};
    return m_source->index(m_rows[static_cast<std::size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TransactionFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= static_cast<int>(m_position.size()))
        return {};
    const int row = m_position[static_cast<std::size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex TransactionFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TransactionFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int TransactionFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransactionFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant TransactionFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

} // namespace sn::ui
