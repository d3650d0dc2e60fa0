// Issue 11, the Portfolio area's half of the guarded write path: a grid edit
// that would break the ledger is refused before it is shown, with the reason
// at the cell; a new line is typed first and stored only once complete and
// accepted; portfolios are created, renamed and deleted from the GUI and the
// other areas learn of it from the announcement. Screenshots of the flows go
// to <build>/test-output/portfolio/.
#include "core/common/Time.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/shell/JobTracker.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sn;
using namespace sn::ui;

namespace {

const QString kPortfolio = QString::fromLatin1(SampleData::kPortfolioName);
constexpr int kWait = 20000;

} // namespace

class TestPortfolioWritePath : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_portfolio = 0;

    std::vector<PortfolioTransaction> stored() const
    {
        auto l = LedgerService(*m_ws).transactions(m_portfolio);
        return l ? *l : std::vector<PortfolioTransaction>{};
    }

    void load(PortfolioView &view)
    {
        QSignalSpy snapshot(&view, &PortfolioView::snapshotLoaded);
        view.refresh();
        QVERIFY(snapshot.wait(kWait));
        QCOMPARE(view.currentPortfolio(), kPortfolio);
    }

    // Source row of the last line of `type` (the newest when several share a day).
    int lastOfType(PortfolioView &view, const QString &type) const
    {
        auto *model = view.transactionModel();
        int found = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->row(r).tx.type == type && !model->row(r).draft)
                found = r;
        return found;
    }

    void select(PortfolioView &view, int sourceRow)
    {
        const QModelIndex i =
            view.transactionProxy()->mapFromSource(view.transactionModel()->index(sourceRow, 0));
        view.transactionView()->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString path = QDir(test::outputDir(QStringLiteral("portfolio"))).filePath(name);
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // The line the duplicate of row `sourceRow` became (the newest of its type).
    int duplicate(PortfolioView &view, int sourceRow)
    {
        const QString type = view.transactionModel()->row(sourceRow).tx.type;
        const int before = view.transactionModel()->rowCount();
        select(view, sourceRow);
        view.duplicateSelected();
        if (view.transactionModel()->rowCount() != before + 1)
            return -1;
        qint64 newest = 0;
        for (int r = 0; r < view.transactionModel()->rowCount(); ++r)
            if (view.transactionModel()->row(r).tx.type == type)
                newest = std::max(newest, view.transactionModel()->row(r).tx.id);
        return view.transactionModel()->rowOfId(newest);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_ws.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("grid.sqlite")));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
        QVERIFY(SampleData(*m_ws).load().ok());
        m_portfolio = LedgerService(*m_ws).portfolioByName(kPortfolio)->id;
    }

    // Issue 11: duplicating the AAPL sell and setting its quantity to 10000
    // was accepted and broke every view.
    void duplicatedSellBeyondHoldingsIsRefusedAtTheCell()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        view.resize(1200, 700);
        view.show();
        load(view);
        const int sell = lastOfType(view, QStringLiteral("sell"));
        QVERIFY(sell >= 0);
        const int copy = duplicate(view, sell);
        QVERIFY2(copy >= 0, qPrintable(view.messageText()));
        const auto before = stored();
        const qint64 copyId = view.transactionModel()->row(copy).tx.id;
        const QString shownQuantity =
            view.transactionModel()->index(copy, TransactionTableModel::Quantity).data().toString();

        auto *model = view.transactionModel();
        model->setData(model->index(copy, TransactionTableModel::Quantity), QStringLiteral("10000"));
        // Refused before it is shown: the grid and the database keep the old line.
        QCOMPARE(model->index(model->rowOfId(copyId), TransactionTableModel::Quantity).data().toString(),
                 shownQuantity);
        QCOMPARE(stored().size(), before.size());
        for (const auto &l : stored())
            if (l.id == copyId)
                QCOMPARE(QString::fromStdString(l.quantity.toString()), shownQuantity);
        QVERIFY(LedgerService(*m_ws).verify(m_portfolio).ok());
        // The reason at the quantity cell, in words.
        const QModelIndex at = view.transactionProxy()->mapToSource(view.cellErrorIndex());
        QVERIFY(at.isValid());
        QCOMPARE(at.row(), model->rowOfId(copyId));
        QCOMPARE(at.column(), int(TransactionTableModel::Quantity));
        const QString why = view.cellErrorText();
        // The reader's text names the type as the grid shows it ("Sell").
        QVERIFY2(why.contains(QLatin1String("Sell of 10000 exceeds the")) &&
                     why.contains(QLatin1String("held")),
                 qPrintable(why));
        QVERIFY2(view.messageText().contains(why), qPrintable(view.messageText()));
        QCOMPARE(view.undoStack()->count(), 1); // the duplicate only; the refused edit left nothing
        screenshot(view, QStringLiteral("refused-edit.png"));

        // An accepted edit clears the mark.
        QVERIFY(model->setData(model->index(model->rowOfId(copyId), TransactionTableModel::Note),
                               QStringLiteral("ok")));
        QVERIFY(view.cellErrorText().isEmpty());
    }

    // Issue 11: a duplicated buy beyond the cash was accepted too. The
    // duplicate of the last ^GSPC buy needs more cash than is left: it is
    // refused, nothing is added, and the reason is shown at the quantity of
    // the line it copies.
    void duplicatedBuyBeyondCashIsRefusedAtTheCell()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        load(view);
        auto *model = view.transactionModel();
        const int buy = lastOfType(view, QStringLiteral("buy"));
        QVERIFY(buy >= 0);
        const qint64 buyId = model->row(buy).tx.id;
        const auto before = stored();
        const int rows = model->rowCount();
        QCOMPARE(duplicate(view, buy), -1);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(stored().size(), before.size());
        QCOMPARE(view.undoStack()->count(), 0);
        QVERIFY(LedgerService(*m_ws).verify(m_portfolio).ok());
        const QModelIndex at = view.transactionProxy()->mapToSource(view.cellErrorIndex());
        QCOMPARE(at.row(), model->rowOfId(buyId));
        QCOMPARE(at.column(), int(TransactionTableModel::Quantity));
        QVERIFY2(view.cellErrorText().contains(QLatin1String("cash")), qPrintable(view.cellErrorText()));
        QVERIFY2(view.messageText().startsWith(QLatin1String("Not duplicated")),
                 qPrintable(view.messageText()));
    }

    // Issue 11: "Add transaction" made a deposit that could never become a
    // buy, dated today. Now the type comes first, only its fields are
    // editable, the date is the last price date, and the line is stored once
    // it is complete and accepted.
    void newTransactionTypeFirstStoredWhenComplete()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        view.resize(1200, 700);
        view.show();
        load(view);
        auto *model = view.transactionModel();
        const auto before = stored();
        const int rows = model->rowCount();

        view.addTransaction(QStringLiteral("buy"));
        const int draft = model->draftRow();
        QVERIFY(draft >= 0);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(stored().size(), before.size()); // a draft is not stored
        const TimestampMs expected = *LedgerService(*m_ws).defaultDate(m_portfolio);
        QCOMPARE(model->row(draft).tx.time, expected);
        QVERIFY(expected != startOfDay(nowMs()));
        // A buy takes symbol, quantity, price (fee, tax); the type is fixed.
        QVERIFY(!(model->flags(model->index(draft, TransactionTableModel::Type)) & Qt::ItemIsEditable));
        for (int c :
             {TransactionTableModel::Symbol, TransactionTableModel::Quantity, TransactionTableModel::Price})
            QVERIFY(model->flags(model->index(draft, c)) & Qt::ItemIsEditable);

        QVERIFY(model->setData(model->index(model->draftRow(), TransactionTableModel::Symbol),
                               QStringLiteral("AAPL")));
        QVERIFY(model->setData(model->index(model->draftRow(), TransactionTableModel::Quantity),
                               QStringLiteral("2")));
        QCOMPARE(stored().size(), before.size()); // still incomplete: no price
        QVERIFY2(view.messageText().contains(QLatin1String("price")), qPrintable(view.messageText()));
        screenshot(view, QStringLiteral("new-transaction-draft.png"));

        QVERIFY(model->setData(model->index(model->draftRow(), TransactionTableModel::Price),
                               QStringLiteral("100")));
        QCOMPARE(stored().size(), before.size() + 1);
        QCOMPARE(model->draftRow(), -1);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(view.undoStack()->count(), 1);
        QVERIFY(LedgerService(*m_ws).verify(m_portfolio).ok());
        screenshot(view, QStringLiteral("new-transaction-stored.png"));
        view.undoStack()->undo();
        QCOMPARE(stored().size(), before.size());

        // A deposit takes an amount only: no symbol, quantity or price.
        view.addTransaction(QStringLiteral("deposit"));
        const int deposit = model->draftRow();
        for (int c :
             {TransactionTableModel::Symbol, TransactionTableModel::Quantity, TransactionTableModel::Price})
            QVERIFY(!(model->flags(model->index(deposit, c)) & Qt::ItemIsEditable));
        QVERIFY(model->flags(model->index(deposit, TransactionTableModel::Amount)) & Qt::ItemIsEditable);
        view.deleteSelected(); // discards the draft (it is the current line)
        QCOMPARE(model->draftRow(), -1);

        // A complete line the ledger refuses stays a draft, with the reason at its cell.
        view.addTransaction(QStringLiteral("withdrawal"));
        QVERIFY(model->setData(model->index(model->draftRow(), TransactionTableModel::Amount),
                               QStringLiteral("99999999")));
        QVERIFY(model->draftRow() >= 0);
        QCOMPARE(stored().size(), before.size());
        const QModelIndex at = view.transactionProxy()->mapToSource(view.cellErrorIndex());
        QCOMPARE(at.row(), model->draftRow());
        QCOMPARE(at.column(), int(TransactionTableModel::Amount));
        QVERIFY2(view.cellErrorText().contains(QLatin1String("cash")), qPrintable(view.cellErrorText()));
        screenshot(view, QStringLiteral("new-transaction-refused.png"));
    }

    void portfoliosAreCreatedRenamedAndDeletedFromTheGui()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        DashboardView dashboard(*m_ws, jobs);
        load(view);
        QSignalSpy dashLoaded(&dashboard, &DashboardView::loaded);
        dashboard.refresh();
        QVERIFY(dashLoaded.wait(kWait));

        QVERIFY(view.createPortfolio(QStringLiteral("Second"), QStringLiteral("eur")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.currentPortfolio(), QStringLiteral("Second"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.snapshot().portfolios.contains(QStringLiteral("Second")), kWait);
        QCOMPARE(LedgerService(*m_ws).portfolioByName(QStringLiteral("Second"))->baseCurrency,
                 QStringLiteral("EUR"));

        auto taken = view.createPortfolio(kPortfolio, QStringLiteral("USD"));
        QVERIFY(!taken.ok());
        QVERIFY2(view.messageText().contains(QLatin1String("not created")), qPrintable(view.messageText()));

        QVERIFY(view.renameCurrentPortfolio(QStringLiteral("Renamed")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.currentPortfolio(), QStringLiteral("Renamed"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.snapshot().portfolios.contains(QStringLiteral("Renamed")) &&
                                     !dashboard.snapshot().portfolios.contains(QStringLiteral("Second")),
                                 kWait);

        QVERIFY(view.deleteCurrentPortfolio().ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.currentPortfolio(), kPortfolio, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.snapshot().portfolios.contains(QStringLiteral("Renamed")), kWait);
        QVERIFY(!LedgerService(*m_ws).portfolioByName(QStringLiteral("Renamed")).ok());
    }
};

QTEST_MAIN(TestPortfolioWritePath)
#include "tst_portfolio_write_path.moc"
