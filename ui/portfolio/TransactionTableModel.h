#pragma once

#include "core/common/Result.h"
#include "core/model/PortfolioTransaction.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <functional>
#include <vector>

namespace sn::ui {

// The ledger of one portfolio as an editable grid. The model validates an
// edit field by field but never writes it: a valid edit is handed to the
// commit function (the view turns it into an undoable command that stores it
// and then calls replace()), an invalid one is refused with a message naming
// the field. Rows are kept with a lower-case search key and numeric sort keys
// so the filter proxy never formats a value per comparison.
class TransactionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Type,
        Symbol,
        Quantity,
        Price,
        Amount,
        Fee,
        Tax,
        Currency,
        Note,
        ColumnCount
    };

    // Sort key per cell: dates and decimals compare as integers, text as
    // lower-case strings (see TransactionFilterModel).
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Row
    {
        PortfolioTransaction tx;
        QString symbol;       // empty for cash-only lines
        QByteArray searchKey; // every column's text, lower-case UTF-8, tab-separated
        bool draft = false;   // a new line not stored yet (id 0): at most one
    };

    using CommitFn =
        std::function<void(const PortfolioTransaction &before, const PortfolioTransaction &after)>;
    // Called with the draft after each accepted edit of it; the view stores
    // it once it is complete.
    using DraftFn = std::function<void(const PortfolioTransaction &draft)>;

    explicit TransactionTableModel(QObject *parent = nullptr);

    // symbol -> instrument id, and instrument id -> symbol, for validation and display.
    void setInstruments(QHash<QString, qint64> idsBySymbol);
    void setCommit(CommitFn commit) { m_commit = std::move(commit); }
    void setDraftCommit(DraftFn commit) { m_draftCommit = std::move(commit); }
    void setTransactions(const std::vector<PortfolioTransaction> &txs);
    // Lines with their display and search text, in ledger order; pure, so a
    // background job builds them and setRows() only swaps them in.
    static std::vector<Row> makeRows(const std::vector<PortfolioTransaction> &txs,
                                     const QHash<QString, qint64> &idsBySymbol);
    void setRows(std::vector<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Row &row(int r) const { return m_rows[static_cast<std::size_t>(r)]; }
    int rowOfId(qint64 id) const;
    QString symbolOf(const PortfolioTransaction &tx) const;

    // `tx` with column `column` set from the user's text, or an error naming
    // the field and why. Buys and sells whose amount was quantity x price keep
    // it so when quantity or price change.
    Result<PortfolioTransaction> edited(const PortfolioTransaction &tx, int column,
                                        const QString &text) const;

    // Applied by the undo commands after the database accepted the change.
    void replace(const PortfolioTransaction &tx);
    void insert(const PortfolioTransaction &tx); // kept in time order (then id)
    void removeId(qint64 id);

    // The new line being filled in: shown in the grid (in date order) but not
    // stored; edits change it in place. Replaces an earlier draft.
    int addDraft(const PortfolioTransaction &tx);
    void removeDraft();
    int draftRow() const;

    // A refused change shown at its cell (tooltip and tint) until the next
    // accepted change or reload. `id` 0 is the draft.
    void setCellError(qint64 id, int column, const QString &message);
    void clearCellError();
    QString cellError(int row, int column) const;
    // The column of a ledger field named in Error::field ("quantity", ...); -1 when none.
    static int columnOfField(const std::string &field);

    // The columns a line of `type` takes values in (the others stay empty and read-only).
    static bool usesColumn(const QString &type, int column);

    // Set by the undo commands around their writes, so the view can tell its
    // own committed changes from changes made elsewhere.
    void setOwnWrite(bool on) { m_ownWrite = on; }
    bool ownWrite() const { return m_ownWrite; }

    // Tab-separated text of the given rows (header first), for the clipboard.
    QString toTsv(const std::vector<int> &rows, const std::vector<int> &columns) const;

    static QString columnName(int column);

Q_SIGNALS:
    // An edit that failed validation, with the reason (shown in place).
    void editRejected(const QModelIndex &index, const QString &message);

private:
    Row makeRow(const PortfolioTransaction &tx) const;
    static Row makeRow(const PortfolioTransaction &tx, const QString &symbol);
    static QString displayText(const Row &row, int column);
    static QString shownText(const Row &row, int column);

    std::vector<Row> m_rows;
    QHash<QString, qint64> m_idsBySymbol;
    QHash<qint64, QString> m_symbolsById;
    CommitFn m_commit;
    DraftFn m_draftCommit;
    qint64 m_errorId = -1;
    int m_errorColumn = -1;
    QString m_errorText;
    bool m_ownWrite = false;
};

} // namespace sn::ui
