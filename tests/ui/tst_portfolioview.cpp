#include "core/common/Time.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/portfolio/HoldingsTableModel.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
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

} // namespace

// The portfolio area on the real sample database: holdings, editing the
// ledger in place with validation, undo/redo that reaches the database, add,
// duplicate, delete, filter, sort and copy.
class TestPortfolioView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

    std::vector<PortfolioTransaction> stored()
    {
        PortfolioRepository repo(*m_db);
        auto p = repo.findByName(kPortfolio);
        if (!p)
            return {};
        auto txs = repo.transactions(p->id);
        return txs ? *txs : std::vector<PortfolioTransaction>{};
    }

    // The view after its first load of the sample portfolio.
    void loaded(PortfolioView &view)
    {
        QSignalSpy snapshot(&view, &PortfolioView::snapshotLoaded);
        view.refresh();
        QVERIFY(snapshot.wait(10000));
        QCOMPARE(view.currentPortfolio(), kPortfolio);
    }

    // Proxy index of the first line whose column `column` shows `text` (and
    // whose type is `type` when given).
    QModelIndex find(PortfolioView &view, int column, const QString &text, const QString &type = {})
    {
        auto *proxy = view.transactionProxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex i = proxy->index(r, column);
            if (i.data(Qt::EditRole).toString() == text &&
                (type.isEmpty() ||
                 proxy->index(r, TransactionTableModel::Type).data(Qt::EditRole).toString() == type))
                return i;
        }
        return {};
    }

    double heldQuantity(PortfolioView &view, const QString &symbol)
    {
        for (const auto &line : view.holdingsModel()->lines())
            if (line.symbol == symbol)
                return line.quantity;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("portfolio.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        auto seeded = SampleData(*m_db).load();
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : seeded.error().toString().c_str());
    }

    void init()
    {
        // Every test starts from the shipped sample portfolio.
        QVERIFY(SampleData(*m_db).reset().ok());
    }

    void showsHoldingsValuedFromStoredCloses()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        QAbstractItemModelTester holdingsTester(view.holdingsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester txTester(view.transactionModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.transactionProxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        loaded(view);
        QCOMPARE(view.transactionModel()->rowCount(), 8);
        // 500 + 200 - 300 AAPL, 20 + 10 ^GSPC.
        QCOMPARE(heldQuantity(view, QStringLiteral("AAPL")), 400.0);
        QCOMPARE(heldQuantity(view, QStringLiteral("^GSPC")), 30.0);
        for (const auto &line : view.holdingsModel()->lines()) {
            auto bars = MarketData(*m_db).bars(line.symbol, QStringLiteral("1d"));
            QVERIFY(bars.ok());
            // Valued at the stored close of its price date; the previous close gives the day change.
            std::size_t i = 0;
            while (i < bars->size() && bars->time[i] != line.priceDate)
                ++i;
            QVERIFY(i > 0 && i < bars->size());
            QCOMPARE(line.lastPrice, bars->close[i]);
            QCOMPARE(line.marketValue, line.quantity * bars->close[i]);
            QVERIFY(line.dayChange.has_value());
            QVERIFY(qAbs(*line.dayChange - line.quantity * (bars->close[i] - bars->close[i - 1])) < 1e-6);
        }
        QVERIFY2(view.summaryText().contains(QStringLiteral("USD")), qPrintable(view.summaryText()));
    }

    void editsInPlaceWithUndoAndRedo()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        loaded(view);
        const QModelIndex quantity = find(view, TransactionTableModel::Quantity, QStringLiteral("200"));
        QVERIFY(quantity.isValid());
        QSignalSpy revalued(&view, &PortfolioView::holdingsLoaded);
        QVERIFY(view.transactionProxy()->setData(quantity, QStringLiteral("250")));
        auto quantityOf2014Buy = [this]() {
            for (const auto &tx : stored())
                if (tx.type == QLatin1String("buy") && tx.quantity == Decimal::fromInt(250))
                    return 250;
                else if (tx.type == QLatin1String("buy") && tx.quantity == Decimal::fromInt(200))
                    return 200;
            return 0;
        };
        QCOMPARE(quantityOf2014Buy(), 250);
        // The amount of a trade follows quantity x price.
        for (const auto &tx : stored())
            if (tx.quantity == Decimal::fromInt(250))
                QCOMPARE(tx.amount, tx.quantity * tx.price);
        QVERIFY(revalued.wait(10000));
        QCOMPARE(heldQuantity(view, QStringLiteral("AAPL")), 450.0);

        QUndoStack *undo = view.undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(quantityOf2014Buy(), 200);
        QVERIFY(find(view, TransactionTableModel::Quantity, QStringLiteral("200")).isValid());
        QVERIFY(revalued.wait(10000));
        QCOMPARE(heldQuantity(view, QStringLiteral("AAPL")), 400.0);
        undo->redo();
        QCOMPARE(quantityOf2014Buy(), 250);

        // A new date moves the line and is stored too.
        const QModelIndex date = find(view, TransactionTableModel::Date, QStringLiteral("2017-12-29"));
        QVERIFY(date.isValid());
        QVERIFY(view.transactionProxy()->setData(date, QStringLiteral("2018-01-02")));
        bool moved = false;
        for (const auto &tx : stored())
            moved = moved || (tx.type == QLatin1String("withdrawal") && formatDate(tx.time) == "2018-01-02");
        QVERIFY(moved);
        undo->undo();
        undo->undo();
        QCOMPARE(quantityOf2014Buy(), 200);
    }

    void refusesBadValuesInPlaceAndKeepsTheLedger()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        loaded(view);
        const auto before = stored();
        const QModelIndex quantity = find(view, TransactionTableModel::Quantity, QStringLiteral("200"));
        QVERIFY(quantity.isValid());
        struct Case
        {
            int column;
            const char *value;
            const char *field;
        };
        const Case cases[] = {
            {TransactionTableModel::Quantity, "abc", "field 'quantity'"},
            {TransactionTableModel::Quantity, "-5", "field 'quantity'"},
            {TransactionTableModel::Quantity, "0", "greater than zero"},
            {TransactionTableModel::Price, "1.1234567", "field 'price'"},
            {TransactionTableModel::Date, "2020-13-45", "field 'date'"},
            {TransactionTableModel::Type, "gift", "field 'type'"},
            {TransactionTableModel::Type, "deposit", "clear the symbol first"},
            {TransactionTableModel::Symbol, "NOPE", "no instrument 'NOPE'"},
            {TransactionTableModel::Currency, "dollars", "field 'currency'"},
        };
        for (const Case &c : cases) {
            const QModelIndex cell = view.transactionProxy()->index(quantity.row(), c.column);
            QVERIFY2(!view.transactionProxy()->setData(cell, QString::fromLatin1(c.value)), c.value);
            QVERIFY2(view.messageText().contains(QString::fromLatin1(c.field)),
                     qPrintable(view.messageText()));
            QVERIFY2(view.messageText().contains(QStringLiteral("Line %1").arg(cell.row() + 1)),
                     qPrintable(view.messageText()));
        }
        QCOMPARE(view.undoStack()->count(), 0);
        const auto after = stored();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].quantity, before[i].quantity);
            QCOMPARE(after[i].price, before[i].price);
            QCOMPARE(after[i].time, before[i].time);
            QCOMPARE(after[i].type, before[i].type);
        }
    }

    void addsDuplicatesAndDeletesUndoably()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        loaded(view);
        QTableView *table = view.transactionView();
        const QModelIndex sell = find(view, TransactionTableModel::Type, QStringLiteral("sell"));
        QVERIFY(sell.isValid());
        table->selectionModel()->select(sell,
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->setCurrentIndex(sell);

        view.duplicateSelected();
        QCOMPARE(stored().size(), std::size_t(9));
        QCOMPARE(view.transactionModel()->rowCount(), 9);
        view.undoStack()->undo();
        QCOMPARE(stored().size(), std::size_t(8));
        QCOMPARE(view.transactionModel()->rowCount(), 8);

        // A new line: the type first, dated on the last price day (not
        // today), stored once its amount is set.
        view.addTransaction(QStringLiteral("deposit"));
        QCOMPARE(stored().size(), std::size_t(8));
        auto *model = view.transactionModel();
        QVERIFY(model->draftRow() >= 0);
        QVERIFY(model->setData(model->index(model->draftRow(), TransactionTableModel::Amount),
                               QStringLiteral("100")));
        QCOMPARE(stored().size(), std::size_t(9));
        const TimestampMs lastPriceDay = *LedgerService(*m_ws).defaultDate(stored().front().portfolioId);
        bool dated = false;
        for (const auto &tx : stored())
            dated = dated || (tx.type == QLatin1String("deposit") && tx.amount == Decimal::fromInt(100) &&
                              tx.time == lastPriceDay);
        QVERIFY(dated);
        QVERIFY(lastPriceDay != startOfDay(nowMs()));
        view.undoStack()->undo();
        QCOMPARE(stored().size(), std::size_t(8));

        // Deleting the first deposit would leave the buys unpaid: the ledger
        // refuses it, and says why at the line.
        const QModelIndex deposit = find(view, TransactionTableModel::Type, QStringLiteral("deposit"));
        table->selectionModel()->select(deposit,
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.deleteSelected();
        QCOMPARE(stored().size(), std::size_t(8));
        QVERIFY2(view.messageText().startsWith(QStringLiteral("Not deleted")),
                 qPrintable(view.messageText()));
        QVERIFY2(view.cellErrorText().contains(QStringLiteral("cash")), qPrintable(view.cellErrorText()));

        const QModelIndex withdrawal = find(view, TransactionTableModel::Type, QStringLiteral("withdrawal"));
        table->selectionModel()->select(withdrawal,
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.deleteSelected();
        QCOMPARE(stored().size(), std::size_t(7));
        QVERIFY2(view.messageText().contains(QStringLiteral("Ctrl+Z")), qPrintable(view.messageText()));
        view.undoStack()->undo();
        QCOMPARE(stored().size(), std::size_t(8));
        QCOMPARE(view.transactionModel()->rowCount(), 8);
        // Redo after undo deletes the re-stored line (it has a new id).
        view.undoStack()->redo();
        QCOMPARE(stored().size(), std::size_t(7));
        view.undoStack()->undo();
        QCOMPARE(stored().size(), std::size_t(8));
    }

    void filtersSortsAndCopies()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        loaded(view);
        auto *proxy = view.transactionProxy();
        QTest::keyClicks(view.filterEdit(), QStringLiteral("aapl"));
        QCOMPARE(proxy->rowCount(), 3);
        QTest::keyClicks(view.filterEdit(), QStringLiteral(" SELL"));
        QCOMPARE(proxy->rowCount(), 1);
        view.filterEdit()->clear();
        QCOMPARE(proxy->rowCount(), 8);

        proxy->sort(TransactionTableModel::Amount, Qt::DescendingOrder);
        // Edited in the exact stored form, shown like the holdings (locale digits, two decimals).
        QCOMPARE(proxy->index(0, TransactionTableModel::Amount).data(Qt::EditRole).toString(),
                 QStringLiteral("100000"));
        QCOMPARE(proxy->index(0, TransactionTableModel::Amount).data().toString(), Formats::money(100000));
        QCOMPARE(proxy->index(0, TransactionTableModel::Type).data().toString(),
                 DisplayNames::transactionType("deposit"));
        for (int r = 1; r < proxy->rowCount(); ++r) {
            const auto &a = view.transactionModel()->row(proxy->mapToSource(proxy->index(r - 1, 0)).row());
            const auto &b = view.transactionModel()->row(proxy->mapToSource(proxy->index(r, 0)).row());
            QVERIFY(!(a.tx.amount < b.tx.amount));
        }
        proxy->sort(TransactionTableModel::Date, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, TransactionTableModel::Date).data().toString(),
                 Formats::date(toTimestamp(CivilDate{2013, 5, 13})));

        view.transactionView()->selectRow(0);
        view.copySelected();
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("Date\tType\tSymbol")));
        QVERIFY(lines[1].startsWith(QStringLiteral("2013-05-13\tdeposit\t")));
    }

    void editMenuUndoFollowsTheShownArea()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PortfolioView *view = nullptr;
        for (Area *a : w.areas())
            if (auto *p = qobject_cast<PortfolioView *>(a))
                view = p;
        QVERIFY(view);
        QSignalSpy snapshot(view, &PortfolioView::snapshotLoaded);
        const auto position = static_cast<int>(w.areas().indexOf(view));
        QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + position), Qt::ControlModifier);
        QCOMPARE(w.currentArea(), view);
        QVERIFY(snapshot.count() > 0 || snapshot.wait(10000));
        if (view->currentPortfolio().isEmpty())
            QVERIFY(snapshot.wait(10000));

        QAction *undo = nullptr;
        for (QAction *menu : w.menuBar()->actions())
            if (menu->text() == QStringLiteral("&Edit"))
                for (QAction *a : menu->menu()->actions())
                    if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                        undo = a;
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        const QModelIndex quantity = find(*view, TransactionTableModel::Quantity, QStringLiteral("200"));
        QVERIFY(view->transactionProxy()->setData(quantity, QStringLiteral("210")));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Edit transaction")));
        view->transactionView()->setFocus();
        QTest::keyClick(view->transactionView(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(find(*view, TransactionTableModel::Quantity, QStringLiteral("200")).isValid());

        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view->filterEdit()->hasFocus());

        QSignalSpy revalued(view, &PortfolioView::holdingsLoaded);
        QVERIFY(revalued.wait(10000));
        const QString png =
            test::outputDir(QStringLiteral("ui")) + QStringLiteral("/main-window-portfolio.png");
        QVERIFY(w.grab().save(png));
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestPortfolioView)
#include "tst_portfolioview.moc"
