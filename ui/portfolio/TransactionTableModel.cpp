#include "ui/portfolio/TransactionTableModel.h"

#include "core/common/Time.h"
#include "core/workspace/LedgerService.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace sn::ui {

namespace {

QString decimalText(const Decimal &d)
{
    return QString::fromStdString(d.toString());
}

bool isTrade(const QString &type)
{
    return type == QLatin1String("buy") || type == QLatin1String("sell");
}

// Types that move cash only: no instrument.
bool isCashOnly(const QString &type)
{
    return type == QLatin1String("deposit") || type == QLatin1String("withdrawal") ||
           type == QLatin1String("interest") || type == QLatin1String("fee") || type == QLatin1String("tax");
}

bool earlier(const PortfolioTransaction &a, const PortfolioTransaction &b)
{
    return a.time != b.time ? a.time < b.time : a.id < b.id;
}

} // namespace

TransactionTableModel::TransactionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString TransactionTableModel::columnName(int column)
{
    switch (column) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Symbol:
        return tr("Symbol");
    case Quantity:
        return tr("Quantity");
    case Price:
        return tr("Price");
    case Amount:
        return tr("Amount");
    case Fee:
        return tr("Fee");
    case Tax:
        return tr("Tax");
    case Currency:
        return tr("Currency");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

void TransactionTableModel::setInstruments(QHash<QString, qint64> idsBySymbol)
{
    m_idsBySymbol = std::move(idsBySymbol);
    m_symbolsById.clear();
    for (auto it = m_idsBySymbol.cbegin(); it != m_idsBySymbol.cend(); ++it)
        m_symbolsById.insert(it.value(), it.key());
}

QString TransactionTableModel::symbolOf(const PortfolioTransaction &tx) const
{
    return tx.instrumentId ? m_symbolsById.value(*tx.instrumentId) : QString();
}

TransactionTableModel::Row TransactionTableModel::makeRow(const PortfolioTransaction &tx) const
{
    return makeRow(tx, symbolOf(tx));
}

TransactionTableModel::Row TransactionTableModel::makeRow(const PortfolioTransaction &tx,
                                                          const QString &symbol)
{
    Row row{tx, symbol, {}};
    QStringList parts;
    for (int c = 0; c < ColumnCount; ++c)
        parts << displayText(row, c);
    parts << DisplayNames::transactionType(tx.type.toStdString()); // a search for the shown name finds it too
    row.searchKey = parts.join(QLatin1Char('\t')).toLower().toUtf8();
    return row;
}

std::vector<TransactionTableModel::Row>
TransactionTableModel::makeRows(const std::vector<PortfolioTransaction> &txs,
                                const QHash<QString, qint64> &idsBySymbol)
{
    QHash<qint64, QString> symbols;
    for (auto it = idsBySymbol.cbegin(); it != idsBySymbol.cend(); ++it)
        symbols.insert(it.value(), it.key());
    std::vector<Row> rows;
    rows.reserve(txs.size());
    for (const PortfolioTransaction &tx : txs)
        rows.push_back(makeRow(tx, tx.instrumentId ? symbols.value(*tx.instrumentId) : QString()));
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return earlier(a.tx, b.tx); });
    return rows;
}

void TransactionTableModel::setRows(std::vector<Row> rows)
{
    // A draft the user is filling in survives a reload of the stored lines.
    std::optional<Row> draft;
    if (const int d = draftRow(); d >= 0)
        draft = m_rows[static_cast<std::size_t>(d)];
    beginResetModel();
    m_rows = std::move(rows);
    if (draft) {
        const auto pos = std::upper_bound(
            m_rows.begin(), m_rows.end(), draft->tx,
            [](const PortfolioTransaction &t, const Row &row) { return earlier(t, row.tx); });
        m_rows.insert(pos, *draft);
    }
    if (m_errorId > 0 && rowOfId(m_errorId) < 0)
        m_errorId = -1;
    endResetModel();
}

void TransactionTableModel::setTransactions(const std::vector<PortfolioTransaction> &txs)
{
    setRows(makeRows(txs, m_idsBySymbol));
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionTableModel::displayText(const Row &row, int column)
{
    const PortfolioTransaction &tx = row.tx;
    switch (column) {
    case Date:
        return QString::fromStdString(formatDate(tx.time));
    case Type:
        return tx.type;
    case Symbol:
        return row.symbol;
    case Quantity:
        return decimalText(tx.quantity);
    case Price:
        return decimalText(tx.price);
    case Amount:
        return decimalText(tx.amount);
    case Fee:
        return decimalText(tx.fee);
    case Tax:
        return decimalText(tx.tax);
    case Currency:
        return tx.currency;
    case Note:
        return tx.note;
    default:
        return {};
    }
}

QString TransactionTableModel::shownText(const Row &row, int column)
{
    switch (column) {
    case Date:
        return Formats::date(row.tx.time);
    case Type:
        return DisplayNames::transactionType(row.tx.type.toStdString());
    case Quantity:
        return Formats::decimal(displayText(row, column), 0);
    case Price:
    case Amount:
    case Fee:
    case Tax:
        return Formats::decimal(displayText(row, column), 2);
    default:
        return displayText(row, column);
    }
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        // A draft shows only what its type takes, so no stray 0 invites an edit.
        if (r.draft && !usesColumn(r.tx.type, index.column()))
            return QString();
        // Shown like the holdings (locale digits, two decimals for money, the
        // type's name); edited and copied in the exact stored form.
        return role == Qt::DisplayRole ? shownText(r, index.column()) : displayText(r, index.column());
    case Qt::ToolTipRole:
        if (r.tx.id == m_errorId && index.column() == m_errorColumn)
            return m_errorText;
        if (r.draft)
            return tr("New %1: not stored until it is complete")
                .arg(DisplayNames::transactionType(r.tx.type.toStdString()));
        return {};
    case Qt::BackgroundRole:
        if (r.tx.id == m_errorId && index.column() == m_errorColumn)
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        if (r.draft)
            return QBrush(QColor(0xff, 0xf8, 0xe1));
        return {};
    case Qt::FontRole:
        if (r.draft) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Quantity && index.column() <= Tax)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case Date:
            return QVariant::fromValue<qlonglong>(r.tx.time);
        case Quantity:
            return QVariant::fromValue<qlonglong>(r.tx.quantity.raw());
        case Price:
            return QVariant::fromValue<qlonglong>(r.tx.price.raw());
        case Amount:
            return QVariant::fromValue<qlonglong>(r.tx.amount.raw());
        case Fee:
            return QVariant::fromValue<qlonglong>(r.tx.fee.raw());
        case Tax:
            return QVariant::fromValue<qlonglong>(r.tx.tax.raw());
        default:
            return displayText(r, index.column()).toLower();
        }
    default:
        return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnName(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags TransactionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.row() >= rowCount())
        return base;
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    // The type is chosen first (Add transaction); a line then takes only the
    // fields its type uses.
    if (index.column() == Type && r.draft)
        return base;
    if (!usesColumn(r.tx.type, index.column()))
        return base;
    return base | Qt::ItemIsEditable;
}

bool TransactionTableModel::usesColumn(const QString &type, int column)
{
    switch (column) {
    case Date:
    case Type:
    case Currency:
    case Note:
        return true;
    case Symbol:
        return LedgerService::fieldsOf(type).contains(QStringLiteral("symbol"));
    case Quantity:
        return LedgerService::fieldsOf(type).contains(QStringLiteral("quantity"));
    case Price:
        return LedgerService::fieldsOf(type).contains(QStringLiteral("price"));
    // A trade's amount follows from quantity and price, but an imported line
    // may carry its own: it stays editable on stored lines.
    case Amount:
        return LedgerService::fieldsOf(type).contains(QStringLiteral("amount")) || isTrade(type);
    case Fee:
        return LedgerService::fieldsOf(type).contains(QStringLiteral("fee"));
    case Tax:
        return LedgerService::fieldsOf(type).contains(QStringLiteral("tax"));
    default:
        return false;
    }
}

int TransactionTableModel::columnOfField(const std::string &field)
{
    const QString f = QString::fromStdString(field).toLower();
    static const std::pair<const char *, int> names[] = {
        {"date", Date},         {"time", Date},         {"type", Type},         {"symbol", Symbol},
        {"instrument", Symbol}, {"quantity", Quantity}, {"price", Price},       {"amount", Amount},
        {"fee", Fee},           {"tax", Tax},           {"currency", Currency}, {"note", Note}};
    for (const auto &[name, column] : names)
        if (f == QLatin1String(name))
            return column;
    return -1;
}

int TransactionTableModel::addDraft(const PortfolioTransaction &tx)
{
    removeDraft();
    PortfolioTransaction draft = tx;
    draft.id = 0;
    Row row = makeRow(draft);
    row.draft = true;
    const auto pos =
        std::upper_bound(m_rows.begin(), m_rows.end(), draft,
                         [](const PortfolioTransaction &t, const Row &r) { return earlier(t, r.tx); });
    const int r = static_cast<int>(pos - m_rows.begin());
    beginInsertRows({}, r, r);
    m_rows.insert(pos, std::move(row));
    endInsertRows();
    return r;
}

void TransactionTableModel::removeDraft()
{
    const int r = draftRow();
    if (r < 0)
        return;
    if (m_errorId == 0)
        m_errorId = -1;
    beginRemoveRows({}, r, r);
    m_rows.erase(m_rows.begin() + r);
    endRemoveRows();
}

int TransactionTableModel::draftRow() const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].draft)
            return static_cast<int>(i);
    return -1;
}

void TransactionTableModel::setCellError(qint64 id, int column, const QString &message)
{
    clearCellError();
    m_errorId = id;
    m_errorColumn = column;
    m_errorText = message;
    if (const int r = rowOfId(id); r >= 0 && column >= 0)
        Q_EMIT dataChanged(index(r, column), index(r, column), {Qt::ToolTipRole, Qt::BackgroundRole});
}

void TransactionTableModel::clearCellError()
{
    const int r = m_errorId >= 0 ? rowOfId(m_errorId) : -1;
    const int column = m_errorColumn;
    m_errorId = -1;
    m_errorColumn = -1;
    m_errorText.clear();
    if (r >= 0 && column >= 0)
        Q_EMIT dataChanged(index(r, column), index(r, column), {Qt::ToolTipRole, Qt::BackgroundRole});
}

QString TransactionTableModel::cellError(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column != m_errorColumn)
        return {};
    return m_rows[static_cast<std::size_t>(row)].tx.id == m_errorId ? m_errorText : QString();
}

Result<PortfolioTransaction> TransactionTableModel::edited(const PortfolioTransaction &tx, int column,
                                                           const QString &input) const
{
    const QString text = input.trimmed();
    // The message in English (logs) and in the reader's language (the cell's
    // tooltip): `why` is marked with QT_TR_NOOP and filled in both.
    static const char *const englishColumns[ColumnCount] = {"date",   "type", "symbol", "quantity", "price",
                                                            "amount", "fee",  "tax",    "currency", "note"};
    const QString english =
        column >= 0 && column < ColumnCount ? QLatin1String(englishColumns[column]) : QString();
    auto refused = [&](const QString &message, const QString &userMessage) {
        Error e{ErrorCode::InvalidArgument, message.toStdString(),
                QStringLiteral("field '%1'").arg(english).toStdString(), english.toStdString()};
        if (userMessage != message)
            e.userMessage = userMessage.toStdString();
        // In English the field keeps its lower-case name, as the ledger's own errors write it.
        const QString fieldPattern = tr("field '%1'");
        if (fieldPattern != QLatin1String("field '%1'"))
            e.userContext = fieldPattern.arg(columnName(column)).toStdString();
        return e;
    };
    // `userArgs`: the arguments as the reader reads them (a type's shown
    // name), when they differ from the English ones (its id).
    auto invalid = [&](const char *why, const QStringList &args = {}, const QStringList &userArgs = {}) {
        QString message = QString::fromLatin1(why);
        QString userMessage = tr(why);
        for (const QString &arg : args)
            message = message.arg(arg);
        for (const QString &arg : userArgs.isEmpty() ? args : userArgs)
            userMessage = userMessage.arg(arg);
        return refused(message, userMessage);
    };
    PortfolioTransaction out = tx;
    auto decimal = [&](Decimal &target, bool mustBePositive) -> Result<void> {
        auto d = Decimal::parse(text.toStdString());
        if (!d)
            return refused(QString::fromStdString(d.error().message),
                           QString::fromStdString(d.error().userMessage.empty() ? d.error().message
                                                                                : d.error().userMessage));
        if (*d < Decimal() || (mustBePositive && *d == Decimal()))
            return invalid(mustBePositive ? QT_TR_NOOP("must be greater than zero")
                                          : QT_TR_NOOP("must not be negative"));
        target = *d;
        return {};
    };
    const bool derivedAmount =
        isTrade(tx.type) && std::optional(tx.amount) == tx.quantity.checkedMul(tx.price);
    switch (column) {
    case Date: {
        auto t = parseTimestamp(text.toStdString(), DateFormat::Iso);
        if (!t)
            return invalid(QT_TR_NOOP("'%1' is not a date (YYYY-MM-DD)"), {text});
        out.time = *t;
        break;
    }
    case Type: {
        // The stored id ("buy") or the name the grid shows for it ("Kauf").
        QString type = text.toLower();
        QStringList shownTypes;
        for (const QString &id : LedgerService::transactionTypes()) {
            const QString shown = DisplayNames::transactionType(id.toStdString());
            shownTypes << shown;
            if (shown.compare(text, Qt::CaseInsensitive) == 0)
                type = id;
        }
        if (!LedgerService::transactionTypes().contains(type))
            return invalid(QT_TR_NOOP("'%1' is not one of %2"),
                           {text, LedgerService::transactionTypes().join(QStringLiteral(", "))},
                           {text, shownTypes.join(QStringLiteral(", "))});
        const QString shownType = DisplayNames::transactionType(type.toStdString());
        if (isCashOnly(type) && tx.instrumentId)
            return invalid(QT_TR_NOOP("a %1 has no symbol: clear the symbol first"), {type}, {shownType});
        if (!isCashOnly(type) && !tx.instrumentId && type != QLatin1String("dividend"))
            return invalid(QT_TR_NOOP("a %1 needs a symbol: set the symbol first"), {type}, {shownType});
        out.type = type;
        break;
    }
    case Symbol: {
        const QString symbol = text.toUpper();
        if (symbol.isEmpty()) {
            if (!isCashOnly(tx.type))
                return invalid(QT_TR_NOOP("a %1 needs a symbol"), {tx.type},
                               {DisplayNames::transactionType(tx.type.toStdString())});
            out.instrumentId.reset();
            break;
        }
        auto it = m_idsBySymbol.constFind(symbol);
        if (it == m_idsBySymbol.cend())
            return invalid(QT_TR_NOOP("no instrument '%1' is stored (import its prices first)"), {symbol});
        if (isCashOnly(tx.type))
            return invalid(QT_TR_NOOP("a %1 has no symbol"), {tx.type},
                           {DisplayNames::transactionType(tx.type.toStdString())});
        out.instrumentId = it.value();
        break;
    }
    case Quantity:
        if (auto r = decimal(out.quantity, isTrade(tx.type)); !r)
            return r.error();
        break;
    case Price:
        if (auto r = decimal(out.price, isTrade(tx.type)); !r)
            return r.error();
        break;
    case Amount:
        if (auto r = decimal(out.amount, false); !r)
            return r.error();
        break;
    case Fee:
        if (auto r = decimal(out.fee, false); !r)
            return r.error();
        break;
    case Tax:
        if (auto r = decimal(out.tax, false); !r)
            return r.error();
        break;
    case Currency: {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        const QString currency = text.toUpper();
        if (!code.match(currency).hasMatch())
            return invalid(QT_TR_NOOP("'%1' is not a three-letter currency code"), {text});
        out.currency = currency;
        break;
    }
    case Note:
        out.note = input;
        break;
    default:
        return Error{ErrorCode::InvalidArgument, "no such column", {}};
    }
    if (derivedAmount && (column == Quantity || column == Price)) {
        auto amount = out.quantity.checkedMul(out.price);
        if (!amount)
            return invalid(QT_TR_NOOP("amount too large: quantity x price leaves the exact decimal range "
                                      "(+/-9.2 trillion)"));
        out.amount = *amount;
    }
    return out;
}

bool TransactionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    const PortfolioTransaction &before = m_rows[static_cast<std::size_t>(index.row())].tx;
    if (value.toString() == displayText(m_rows[static_cast<std::size_t>(index.row())], index.column()))
        return false;
    auto after = edited(before, index.column(), value.toString());
    if (!after) {
        setCellError(before.id, index.column(), QString::fromStdString(after.error().toUserString()));
        Q_EMIT editRejected(index, QString::fromStdString(after.error().toUserString()));
        return false;
    }
    if (m_rows[static_cast<std::size_t>(index.row())].draft) {
        // Filled in place; the view stores it once it is complete.
        // In place (no row moves), so an open editor is never pulled from under the user.
        const PortfolioTransaction draft = *after;
        if (m_errorId == 0)
            clearCellError();
        Row row = makeRow(draft);
        row.draft = true;
        m_rows[static_cast<std::size_t>(index.row())] = std::move(row);
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        if (m_draftCommit)
            m_draftCommit(draft);
        return true;
    }
    if (m_commit)
        m_commit(before, *after);
    return true;
}

int TransactionTableModel::rowOfId(qint64 id) const
{
    if (id == 0)
        return draftRow();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].tx.id == id && !m_rows[i].draft)
            return static_cast<int>(i);
    return -1;
}

void TransactionTableModel::replace(const PortfolioTransaction &tx)
{
    const int r = rowOfId(tx.id);
    if (r < 0)
        return;
    if (m_rows[static_cast<std::size_t>(r)].tx.time != tx.time) {
        // A new date moves the line: keep the ledger in time order.
        removeId(tx.id);
        insert(tx);
        return;
    }
    m_rows[static_cast<std::size_t>(r)] = makeRow(tx);
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void TransactionTableModel::insert(const PortfolioTransaction &tx)
{
    const auto pos =
        std::upper_bound(m_rows.begin(), m_rows.end(), tx,
                         [](const PortfolioTransaction &t, const Row &row) { return earlier(t, row.tx); });
    const int r = static_cast<int>(pos - m_rows.begin());
    beginInsertRows({}, r, r);
    m_rows.insert(pos, makeRow(tx));
    endInsertRows();
}

void TransactionTableModel::removeId(qint64 id)
{
    const int r = rowOfId(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.erase(m_rows.begin() + r);
    endRemoveRows();
}

QString TransactionTableModel::toTsv(const std::vector<int> &rows, const std::vector<int> &columns) const
{
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << columnName(c);
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c : columns) {
            QString cell = displayText(m_rows[static_cast<std::size_t>(r)], c);
            // A tab or line break inside a note would split the cell.
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sn::ui
