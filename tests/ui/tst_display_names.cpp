// Issue 17, "Names for people, not code": the lab, the sweep, the risk area,
// the run lists and Help show names and dates an analyst reads, never the ids
// the core and the CLI use ("sma_cross", "sharpe", "class:equity=-0.2").
#include "core/backtest/Metrics.h"
#include "core/backtest/StrategyRegistry.h"
#include "ui/about/AboutDialog.h"
#include "ui/backtest/LabData.h"
#include "ui/backtest/OptimisationPanel.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace sn;
using namespace sn::ui;

class TestDisplayNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyStrategyHasANameAndADescription()
    {
        StrategyForm form;
        QComboBox *box = form.strategyBox();
        QCOMPARE(box->count(), int(bt::StrategyRegistry::infos().size()));
        for (int i = 0; i < box->count(); ++i) {
            const QString id = box->itemData(i).toString();
            // The id stays the data (the CLI's and the saved runs' form); the text is a name.
            QVERIFY(bt::StrategyRegistry::findInfo(id.toStdString()));
            QVERIFY2(box->itemText(i) != id && !box->itemText(i).contains(QLatin1Char('_')), qPrintable(id));
            QVERIFY2(!DisplayNames::strategyDescription(id.toStdString()).isEmpty(), qPrintable(id));
            QCOMPARE(box->itemData(i, Qt::ToolTipRole).toString(),
                     DisplayNames::strategyDescription(id.toStdString()));
        }
        QCOMPARE(box->currentText(), QStringLiteral("Moving-average crossover (SMA)"));
        // The parameters' rows are labelled in words too.
        for (const bt::StrategyInfo *info : bt::StrategyRegistry::infos())
            for (const bt::ParamSpec &p : info->params)
                QVERIFY2(!DisplayNames::parameter(p.name).contains(QLatin1Char('_')), p.name.c_str());
    }

    void theSweepRanksByNamedMetrics()
    {
        OptimisationPanel panel;
        QComboBox *rank = nullptr;
        for (QComboBox *box : panel.findChildren<QComboBox *>())
            if (box->accessibleName() == QLatin1String("Rank by"))
                rank = box;
        QVERIFY(rank);
        QCOMPARE(rank->currentText(), QStringLiteral("Sharpe ratio"));
        for (int i = 0; i < rank->count(); ++i)
            QVERIFY2(!rank->itemText(i).contains(QLatin1Char('_')), qPrintable(rank->itemText(i)));
        for (bt::Metric m : bt::Metrics::all())
            QVERIFY(DisplayNames::metric(bt::Metrics::name(m)) != QLatin1String(bt::Metrics::name(m)));
    }

    void runTitlesNameTheStrategy()
    {
        const std::vector<std::string> names{"fast", "slow"};
        const std::vector<double> values{10, 30};
        QCOMPARE(runTitle(QStringLiteral("sma_cross"), names, values, {QStringLiteral("AAPL")}),
                 QStringLiteral("Moving-average crossover (SMA) (Fast length 10, Slow length 30) on AAPL"));
        QCOMPARE(describeParams(QString(), names, values), QStringLiteral("Fast length 10, Slow length 30"));
    }

    void conventionsAndStressScenariosHaveNames()
    {
        for (const std::string_view id : {"supernova", "vectorbt", "backtrader", "lean"})
            QVERIFY(DisplayNames::convention(id) != QLatin1String(id.data(), qsizetype(id.size())));
        QCOMPARE(DisplayNames::stressScenario("2008-09-01:2009-03-31"),
                 QStringLiteral("Financial crisis 2008-09"));
        QCOMPARE(DisplayNames::stressScenario("class:equity=-0.2"), QStringLiteral("Equities -20 %"));
        QCOMPARE(DisplayNames::stressScenario("class:bond=-0.05"), QStringLiteral("Asset class bond -5 %"));
        QCOMPARE(DisplayNames::stressScenario("all=-0.125"), QStringLiteral("Every position -12.5 %"));
        QCOMPARE(DisplayNames::stressScenario("AAPL=-0.3"), QStringLiteral("AAPL -30 %"));
        QCOMPARE(DisplayNames::stressScenario("2015-08-01:2015-09-30"),
                 QStringLiteral("Replay 8/1/15 to 9/30/15"));
    }

    void dateTimesFollowTheLocale()
    {
        const QDateTime at(QDate(2024, 3, 5), QTime(14, 30), Qt::LocalTime);
        const QString text = Formats::dateTime(at.toMSecsSinceEpoch());
        QCOMPARE(text, QLocale().toString(at, QLocale::ShortFormat));
        QVERIFY(!text.contains(QLatin1String("2024-03-05")));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Formats::dateTime(at.toMSecsSinceEpoch()), QStringLiteral("05.03.24 14:30"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // One text form per kind of number, following the locale.
    void oneFormatPerKindOfNumber()
    {
        QCOMPARE(Formats::money(12345.6), QStringLiteral("12,345.60"));
        QCOMPARE(Formats::price(187.5), QStringLiteral("187.50"));
        QCOMPARE(Formats::price(0.12345), QStringLiteral("0.1235"));
        QCOMPARE(Formats::percent(0.1234), QStringLiteral("12.34 %"));
        QCOMPARE(Formats::signedPercent(0.012), QStringLiteral("+1.20 %"));
        QCOMPARE(Formats::signedPercent(-0.034), QStringLiteral("-3.40 %"));
        QCOMPARE(Formats::signedPercent(0.00001), QStringLiteral("0.00 %"));
        // A drawdown reads as a loss whichever sign the engine gave it.
        QCOMPARE(Formats::drawdown(0.25), QStringLiteral("-25.00 %"));
        QCOMPARE(Formats::drawdown(-0.25), QStringLiteral("-25.00 %"));
        QCOMPARE(Formats::ratio(0.9123), QStringLiteral("0.91"));
        QCOMPARE(Formats::count(7925), QStringLiteral("7,925"));
        QCOMPARE(Formats::quantity(12.5), QStringLiteral("12.5"));
        // Ledger decimals keep every stored digit.
        QCOMPARE(Formats::decimal(QStringLiteral("100000")), QStringLiteral("100,000.00"));
        QCOMPARE(Formats::decimal(QStringLiteral("-1234.56789")), QStringLiteral("-1,234.56789"));
        QCOMPARE(Formats::decimal(QStringLiteral("7"), 0), QStringLiteral("7"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Formats::money(12345.6), QStringLiteral("12.345,60"));
        QCOMPARE(Formats::percent(0.1234), QStringLiteral("12,34 %"));
        QCOMPARE(Formats::decimal(QStringLiteral("-1234.5")), QStringLiteral("-1.234,50"));
        QCOMPARE(DisplayNames::transactionType("buy"), QStringLiteral("Buy")); // no translator installed here
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aboutSampleDataIsWrittenForUsers()
    {
        const QString text = AboutDialog::sampleDataMarkdown();
        QVERIFY(text.contains(QLatin1String("Apple")));
        QVERIFY(text.contains(QLatin1String("S&P 500")));
        QVERIFY(text.contains(QLatin1String("licence")));
        // No file names, row counts or test notes meant for the developers.
        QVERIFY(!text.contains(QLatin1String(".csv")));
        QVERIFY(!text.contains(QLatin1String("backtest tests")));
        QVERIFY(!text.contains(QLatin1String("peer-reference")));
        QVERIFY(!text.contains(QLatin1String("| ---")));
    }
};

QTEST_MAIN(TestDisplayNames)
#include "tst_display_names.moc"
