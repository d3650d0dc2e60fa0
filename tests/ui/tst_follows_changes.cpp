// Issue 11: every area follows committed changes made elsewhere, without a
// refresh. Each test opens one area on a real SQLite workspace with the
// sample data, loads it once, then changes the data through a core/workspace
// service (not through the view) and waits for the view to show it; nothing
// here calls refresh() after the first load.
#include "core/model/Conversation.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/ConversationService.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/RebalanceLedger.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/RunHistoryPanel.h"
#include "ui/charts/ChartsView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/market/InstrumentTableModel.h"
#include "ui/market/MarketDataView.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/risk/RiskView.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"
#include "ui/watchlists/WatchlistsView.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace sn;
using namespace sn::ui;

namespace {

const QString kPortfolio = QString::fromLatin1(SampleData::kPortfolioName);
// Generous: jobs share the machine's thread pool with the earlier tests' computations.
constexpr int kWait = 60000;

// Two daily bars of a symbol the sample data does not have.
QByteArray newSeries()
{
    return QByteArrayLiteral("Date,Open,High,Low,Close,Adj Close,Volume\n"
                             "2024-01-02,10,11,9,10.5,10.5,1000\n"
                             "2024-01-03,10.5,12,10,11.5,11.5,1200\n");
}

} // namespace

class TestFollowsChanges : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_portfolio = 0;

    void importNewSeries(const char *symbol)
    {
        CsvReadOptions options;
        options.symbol = symbol;
        auto r = BarImporter(*m_ws).importText(newSeries(), QStringLiteral("new.csv"), options);
        QVERIFY2(r.ok(), r ? "" : r.error().toString().c_str());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A fresh sample workspace per test: the tests change it.
    void init()
    {
        m_ws.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("follow.sqlite")));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
        QVERIFY(SampleData(*m_ws).load().ok());
        auto p = LedgerService(*m_ws).portfolioByName(kPortfolio);
        QVERIFY(p.ok());
        m_portfolio = p->id;
    }

    // Issue 11: a run saved in the lab reached the dashboard only after F5.
    void dashboardShowsARunSavedElsewhere()
    {
        JobTracker jobs;
        DashboardView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(kWait));
        BacktestRun run;
        run.name = QStringLiteral("Saved in the lab");
        run.strategy = QStringLiteral("sma_cross");
        run.results = QStringLiteral("{\"metrics\":{\"total_return\":0.25,\"sharpe\":1.5}}");
        QVERIFY(RunService(*m_ws).save(run).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!view.snapshot().runs.empty() &&
                                     view.snapshot().runs.front().name == QStringLiteral("Saved in the lab"),
                                 kWait);
        QCOMPARE(*view.snapshot().runs.front().totalReturn, 0.25);

        // A deposit made elsewhere moves the dashboard's value.
        const double before = *view.snapshot().value;
        PortfolioTransaction deposit;
        deposit.portfolioId = m_portfolio;
        deposit.type = QStringLiteral("deposit");
        deposit.time = view.snapshot().valueDate; // the day the value is shown for
        deposit.amount = *Decimal::parse("1000");
        deposit.currency = QStringLiteral("USD");
        QVERIFY(LedgerService(*m_ws).add(m_portfolio, {deposit}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            view.snapshot().value && std::abs(*view.snapshot().value - before - 1000.0) < 1e-6, kWait);
    }

    // Issue 11: a rebalance applied in Risk reached Portfolio only after F5.
    // The user's place in the grid and the undo stack are kept, since the
    // change touched none of the lines the stack holds; a change to a held
    // line clears the stack.
    void portfolioShowsARebalanceAppliedElsewhere()
    {
        JobTracker jobs;
        PortfolioView view(*m_ws, jobs);
        QSignalSpy snapshot(&view, &PortfolioView::snapshotLoaded);
        view.refresh();
        QVERIFY(snapshot.wait(kWait));
        QCOMPARE(view.currentPortfolio(), kPortfolio);
        auto *model = view.transactionModel();
        auto *proxy = view.transactionProxy();

        // An edit made here (undoable), and the user's place on another line.
        int noteRow = -1;
        for (int r = 0; r < model->rowCount() && noteRow < 0; ++r)
            if (model->row(r).tx.type == QLatin1String("deposit"))
                noteRow = r;
        QVERIFY(noteRow >= 0);
        const qint64 editedId = model->row(noteRow).tx.id;
        QVERIFY(model->setData(model->index(noteRow, TransactionTableModel::Note),
                               QStringLiteral("edited here")));
        QCOMPARE(view.undoStack()->count(), 1);
        const int placeRow = noteRow == 0 ? 1 : 0;
        const qint64 placeId = model->row(placeRow).tx.id;
        view.transactionView()->setCurrentIndex(
            proxy->mapFromSource(model->index(placeRow, TransactionTableModel::Price)));
        QTest::qWait(100); // the view's own announcement is delivered and ignored
        QCOMPARE(view.undoStack()->count(), 1);

        PortfolioService::RebalanceOptions options;
        options.targets = {{"AAPL", 0.9}, {"^GSPC", 0.1}};
        auto proposal = RebalanceLedger(*m_ws).propose(kPortfolio, options);
        QVERIFY2(proposal.ok(), proposal ? "" : proposal.error().toString().c_str());
        const int before = model->rowCount();
        QVERIFY(RebalanceLedger(*m_ws).apply(*proposal).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + int(proposal->transactions.size()), kWait);
        // Same place, same undo history.
        const QModelIndex current = proxy->mapToSource(view.transactionView()->currentIndex());
        QVERIFY(current.isValid());
        QCOMPARE(model->row(current.row()).tx.id, placeId);
        QCOMPARE(current.column(), int(TransactionTableModel::Price));
        QCOMPARE(view.undoStack()->count(), 1);

        // The line the stack would write back is changed elsewhere: undoing
        // would overwrite that change, so the stack is cleared.
        auto stored = LedgerService(*m_ws).transactions(m_portfolio);
        QVERIFY(stored.ok());
        PortfolioTransaction line;
        for (const auto &l : *stored)
            if (l.id == editedId)
                line = l;
        line.note = QStringLiteral("edited elsewhere");
        QVERIFY(LedgerService(*m_ws).update(line).ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.undoStack()->count(), 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(model->row(model->rowOfId(editedId)).tx.note,
                                  QStringLiteral("edited elsewhere"), kWait);
    }

    // Issue 11: after Data > Remove sample data, Risk kept showing the
    // removed portfolio's metrics.
    void riskForgetsARemovedPortfolio()
    {
        JobTracker jobs;
        RiskView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &RiskView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(60000));
        QVERIFY(view.riskReport().has_value());
        QCOMPARE(view.portfolioBox()->currentText(), kPortfolio);

        // A change to the ledger elsewhere recomputes the reports.
        loaded.clear();
        PortfolioTransaction deposit;
        deposit.portfolioId = m_portfolio;
        deposit.type = QStringLiteral("deposit");
        deposit.time = *LedgerService(*m_ws).defaultDate(m_portfolio);
        deposit.amount = *Decimal::parse("500");
        deposit.currency = QStringLiteral("USD");
        QVERIFY(LedgerService(*m_ws).add(m_portfolio, {deposit}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 60000);

        QVERIFY(SampleData(*m_ws).remove().ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.portfolioBox()->count(), 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!view.riskReport().has_value(), kWait);
        QVERIFY(!view.performanceReport().has_value());
        QVERIFY(!view.frontier().has_value());
        QVERIFY(!view.proposal().has_value());
        // No figure of the removed portfolio stays in the metrics table.
        for (int r = 0; r < view.metricsModel()->rowCount(); ++r)
            QVERIFY(!view.metricsModel()->item(r, 1)->data(RiskView::RawValueRole).isValid());
        QTest::qWait(300); // a late result of the removed portfolio must not come back
        QVERIFY(!view.riskReport().has_value());
    }

    void labShowsARunSavedElsewhere()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        QSignalSpy history(&view, &BacktestLabView::historyLoaded);
        view.refresh();
        QVERIFY(history.wait(kWait));
        const int before = view.history()->runsModel()->rowCount();
        history.clear();
        BacktestRun run;
        run.name = QStringLiteral("From the command line");
        run.strategy = QStringLiteral("sma_cross");
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        QVERIFY(RunService(*m_ws).save(run).ok());
        const bool reloaded = history.wait(kWait);
        QStringList watchers;
        for (const ChangeWatcher *w : view.findChildren<ChangeWatcher *>(Qt::FindDirectChildrenOnly))
            watchers << QString::number(w->pending().size());
        QVERIFY2(reloaded,
                 qPrintable(
                     QStringLiteral("the history was not reloaded: %1 announcement(s), watchers' pending: %2")
                         .arg(announced.count())
                         .arg(watchers.join(QLatin1Char(',')))));
        QCOMPARE(RunService(*m_ws).list()->size(), std::size_t(before + 1));
        QTRY_VERIFY2_WITH_TIMEOUT(view.history()->runsModel()->rowCount() == before + 1,
                                  qPrintable(QStringLiteral("rows %1, status '%2', running jobs %3")
                                                 .arg(view.history()->runsModel()->rowCount())
                                                 .arg(view.statusLabel()->text())
                                                 .arg(jobs.runningCount())),
                                  kWait);
    }

    // Issue 11: Add did not show the added symbol, and a second Add showed
    // a raw "UNIQUE constraint failed ... Unable to fetch row".
    void watchlistsFollowChangesAndExplainADuplicate()
    {
        JobTracker jobs;
        WatchlistsView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &WatchlistsView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(kWait));
        QVERIFY(view.selectWatchlist(QString::fromLatin1(SampleData::kWatchlistName)));
        // An instrument imported elsewhere is offered at once.
        const QString symbol = QStringLiteral("NEWCO");
        QVERIFY(!view.currentSymbols().contains(symbol));
        importNewSeries("NEWCO");
        QTest::qWait(200); // the import's announcement reloads the view
        QVERIFY(view.selectWatchlist(QString::fromLatin1(SampleData::kWatchlistName)));

        view.addSymbol(symbol);
        QTRY_VERIFY_WITH_TIMEOUT(view.currentSymbols().contains(symbol), kWait);
        view.addSymbol(symbol);
        QTRY_VERIFY_WITH_TIMEOUT(!view.messageText().isEmpty(), kWait);
        QVERIFY2(view.messageText().contains(QLatin1String("already")), qPrintable(view.messageText()));
        QVERIFY2(!view.messageText().contains(QLatin1String("UNIQUE")), qPrintable(view.messageText()));
        QCOMPARE(view.currentSymbols().count(symbol), 1);

        // Changed elsewhere: the view follows.
        auto lists = WatchlistService(*m_ws).list();
        QVERIFY(lists.ok() && !lists->empty());
        QVERIFY(WatchlistService(*m_ws).removeSymbol(lists->front().id, symbol).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!view.currentSymbols().contains(symbol), kWait);
        QVERIFY(WatchlistService(*m_ws).create(QStringLiteral("Made elsewhere")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(view.watchlistNames().contains(QStringLiteral("Made elsewhere")), kWait);
    }

    void marketDataShowsImportedBars()
    {
        JobTracker jobs;
        MarketDataView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &MarketDataView::instrumentsLoaded);
        view.refresh();
        QVERIFY(loaded.wait(kWait));
        auto hasSymbol = [&view](const QString &symbol) {
            for (int r = 0; r < view.instrumentModel()->rowCount(); ++r)
                if (const InstrumentSummary *s = view.instrumentModel()->summaryAt(r);
                    s && s->symbol == symbol)
                    return true;
            return false;
        };
        QVERIFY(!hasSymbol(QStringLiteral("NEWCO")));
        importNewSeries("NEWCO");
        QTRY_VERIFY_WITH_TIMEOUT(hasSymbol(QStringLiteral("NEWCO")), kWait);
    }

    void chartsOfferImportedBars()
    {
        JobTracker jobs;
        ChartsView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &ChartsView::instrumentsLoaded);
        view.refresh();
        QVERIFY(loaded.wait(kWait));
        QVERIFY(!view.symbols().contains(QStringLiteral("NEWCO")));
        const QString shown = view.currentSymbol();
        importNewSeries("NEWCO");
        QTRY_VERIFY_WITH_TIMEOUT(view.symbols().contains(QStringLiteral("NEWCO")), kWait);
        QCOMPARE(view.currentSymbol(), shown); // the chart shown stays
        // Removed elsewhere: the symbols go away.
        QVERIFY(SampleData(*m_ws).remove().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!view.symbols().contains(QStringLiteral("AAPL")), kWait);
    }

    void advisorFollowsConversations()
    {
        Conversation c;
        c.title = QStringLiteral("Crossover notes");
        c.persona = QStringLiteral("analyst");
        c.provider = QStringLiteral("offline");
        auto id = ConversationRepository(m_ws->database()).create(c); // set-up only
        QVERIFY(id.ok());
        JobTracker jobs;
        AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &AdvisorView::conversationsLoaded);
        view.refresh();
        QVERIFY(loaded.wait(kWait));
        auto titles = [&view]() {
            QStringList out;
            for (int r = 0; r < view.conversationModel()->rowCount(); ++r)
                out << view.conversationModel()->item(r)->text();
            return out;
        };
        QVERIFY(titles().contains(QStringLiteral("Crossover notes")));
        QVERIFY(ConversationService(*m_ws).rename(*id, QStringLiteral("Renamed elsewhere")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(titles().contains(QStringLiteral("Renamed elsewhere")), kWait);
        QVERIFY(ConversationService(*m_ws).remove(*id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!titles().contains(QStringLiteral("Renamed elsewhere")), kWait);
    }
};

QTEST_MAIN(TestFollowsChanges)
#include "tst_follows_changes.moc"
