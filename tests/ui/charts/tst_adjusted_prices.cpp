#include "core/backtest/BacktestTypes.h"
#include "core/model/BacktestRun.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/MarketCacheRepository.h"
#include "core/workspace/RunService.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/charts/ChartsView.h"
#include "ui/charts/PriceChartView.h"
#include "ui/shell/JobTracker.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

namespace {

// The largest one-bar fall of the closes, as a positive fraction.
double largestFall(const BarSeries &s)
{
    double worst = 0;
    for (std::size_t i = 1; i < s.size(); ++i)
        worst = std::max(worst, 1.0 - s.close[i] / s.close[i - 1]);
    return worst;
}

} // namespace

// The "Split/dividend adjusted" toggle of the Charts area and of the Backtest
// lab, offscreen, on SPLT: 60 weekdays with close = 100 + n, halved from the
// 2-for-1 split on the 31st bar on (stored as a corporate action, as a fetch
// stores it). Unadjusted, the split is a 50 % fall; adjusted, there is none.
class TestAdjustedPrices : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("adj.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        m_ws = std::make_unique<Workspace>(*m_db);

        Instrument i;
        i.symbol = QStringLiteral("SPLT");
        i.name = QStringLiteral("Split Corp");
        i.kind = QStringLiteral("stock");
        i.currency = QStringLiteral("USD");
        auto id = InstrumentRepository(*m_db).upsert(i);
        QVERIFY(id.ok());
        BarSeries s;
        s.symbol = "SPLT";
        TimestampMs splitDay = 0;
        TimestampMs t = *parseTimestamp("2024-01-01", DateFormat::Iso); // a Monday
        for (int n = 0; n < 60; t += kMsPerDay) {
            if ((t / kMsPerDay + 3) % 7 >= 5) // 1970-01-01 was a Thursday: Saturdays and Sundays
                continue;
            double c = 100 + n;
            if (n >= 30) {
                if (n == 30)
                    splitDay = t;
                c /= 2;
            }
            s.append(t, c, c + 0.5, c - 0.5, c, 1000);
            ++n;
        }
        QVERIFY(BarRepository(*m_db).store(*id, s).ok());
        QVERIFY(MarketCacheRepository(*m_db)
                    .storeActions(*id, {{QStringLiteral("split"), splitDay, 2.0, QStringLiteral("test")}})
                    .ok());
    }

    void chartToggleShowsTheAdjustedSeries()
    {
        JobTracker jobs;
        ChartsView area(*m_ws, jobs);
        area.resize(1200, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy charted(&area, &ChartsView::chartLoaded);
        area.openSymbol(QStringLiteral("SPLT"));
        QVERIFY(charted.wait(15000));
        QVERIFY(!area.adjustedBox()->isChecked()); // the stored prices by default
        QVERIFY2(largestFall(area.chart()->bars()) > 0.49, "the split should show as traded");
        QVERIFY2(area.statusText().contains(QLatin1String("unadjusted prices (as traded)")),
                 qPrintable(area.statusText()));

        charted.clear();
        area.adjustedBox()->setChecked(true);
        QVERIFY(charted.wait(15000));
        QVERIFY(area.chart()->isAdjusted());
        QVERIFY2(largestFall(area.chart()->bars()) < 0.01, "a 2:1 split must not be a 50 % crash adjusted");
        QCOMPARE(area.chart()->bars().close.front(), 50.0); // 100 before the split, halved
        QCOMPARE(area.chart()->bars().size(), std::size_t(60));
        QVERIFY2(area.statusText().contains(QLatin1String("split/dividend-adjusted prices")),
                 qPrintable(area.statusText()));
        jobs.waitForAll();
    }

    void labRunsSavesAndReopensWithTheChoice()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        view.resize(1300, 850);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &BacktestLabView::instrumentsLoaded);
        view.refresh();
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        StrategyForm *form = view.form();
        form->setSymbol(QStringLiteral("SPLT"));
        form->setStrategy(QStringLiteral("buy_hold"));
        QVERIFY(!form->isAdjusted());
        QVERIFY2(form->isValid(), qPrintable(form->problem()));

        QSignalSpy finished(&view, &BacktestLabView::runFinished);
        view.run();
        QVERIFY(finished.wait(15000));
        QVERIFY(view.lastReport());
        QVERIFY2(view.lastReport()->metrics.maxDrawdown > 0.49, "unadjusted: the split is a loss");
        QVERIFY2(view.statusLabel()->text().contains(QLatin1String("unadjusted prices")),
                 qPrintable(view.statusLabel()->text()));

        form->adjustedBox()->setChecked(true);
        auto in = form->inputs();
        QVERIFY(in.ok());
        QVERIFY(in->adjusted);
        finished.clear();
        view.run();
        QVERIFY(finished.wait(15000));
        QVERIFY2(view.lastReport()->metrics.maxDrawdown < 0.01,
                 qPrintable(QString::number(view.lastReport()->metrics.maxDrawdown)));
        QVERIFY2(view.statusLabel()->text().contains(QLatin1String("split/dividend-adjusted prices")),
                 qPrintable(view.statusLabel()->text()));

        // Saved with its recipe: the stored inputs say which prices, as `backtest --adjusted --save` does.
        QSignalSpy saved(&view, &BacktestLabView::runSaved);
        view.saveNameEdit()->setText(QStringLiteral("adjusted hold"));
        view.saveRun();
        QVERIFY(saved.wait(10000));
        const qint64 id = saved.front().at(0).toLongLong();
        auto stored = RunService(*m_ws).load(id);
        QVERIFY(stored.ok());
        QCOMPARE(QJsonDocument::fromJson(stored->inputs.toUtf8())
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("prices"))
                     .toString(),
                 QStringLiteral("adjusted"));

        // Reopened, the form is set back to the adjusted series, so a re-run rebuilds the same.
        form->setAdjusted(false);
        QSignalSpy reopened(&view, &BacktestLabView::runReopened);
        view.reopenRun(id);
        QVERIFY(reopened.wait(10000));
        QVERIFY(form->isAdjusted());
        finished.clear();
        view.run();
        QVERIFY(finished.wait(15000));
        QVERIFY(view.lastReport()->metrics.maxDrawdown < 0.01);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestAdjustedPrices)
#include "tst_adjusted_prices.moc"
