#include "core/backtest/Backtester.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/IndicatorRegistry.h"
#include "core/model/FileOutput.h"
#include "core/rules/RuleStrategy.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/RuleService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/LabData.h"
#include "ui/backtest/OptimisationPanel.h"
#include "ui/backtest/RunCodec.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/charts/PriceChartView.h"
#include "ui/report/ReportRenderer.h"
#include "ui/settings/Language.h"
#include "ui/shell/JobTracker.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// `n` daily bars of a gently rising price, from 2024-01-01.
BarSeries risingBars(const std::string &symbol, std::size_t n)
{
    BarSeries s;
    s.symbol = symbol;
    s.interval = "1d";
    for (std::size_t i = 0; i < n; ++i) {
        const double price = 100.0 + double(i);
        s.time.push_back(1'704'067'200'000 + TimestampMs(i) * kMsPerDay);
        s.open.push_back(price);
        s.high.push_back(price + 1);
        s.low.push_back(price - 1);
        s.close.push_back(price + 0.5);
        s.volume.push_back(1000);
    }
    return s;
}

} // namespace

// Issue 17 in the backtest lab: what a German (or Spanish) lab user meets
// running a backtest, a sweep or a walk-forward, saving and reopening a run,
// adding an indicator and exporting with bad inputs or too little data reads
// in their language; the English (logs, the CLI, --json) stays word for word.
class TestErrorLanguageLab : public QObject
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
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("lab.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        m_ws = std::make_unique<Workspace>(*m_db);
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    // Saving without a name, reopening, renaming and deleting a run that is
    // gone (another window or a team member removed it).
    void savedRunsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        RunService runs(*m_ws);
        BacktestRun unnamed;
        unnamed.name = QStringLiteral("   ");
        unnamed.strategy = QStringLiteral("sma_cross");
        auto save = runs.save(unnamed);
        QVERIFY(!save.ok());
        QCOMPARE(qs(save.error().toUserString()),
                 QStringLiteral("Backtest-Lauf: ein gespeicherter Lauf braucht einen Namen"));
        QCOMPARE(qs(save.error().toString()), QStringLiteral("backtest run: a saved run needs a name"));
        QCOMPARE(qs(save.error().field), QStringLiteral("name"));
        auto rename = runs.rename(4711, QString());
        QVERIFY(!rename.ok());
        QCOMPARE(qs(rename.error().toUserString()),
                 QStringLiteral("Backtest-Lauf: ein gespeicherter Lauf braucht einen Namen"));

        auto load = runs.load(4711);
        QVERIFY(!load.ok());
        QCOMPARE(qs(load.error().toUserString()),
                 QStringLiteral("Backtest-Lauf 4711: Backtest-Lauf nicht gefunden"));
        QCOMPARE(qs(load.error().toString()), QStringLiteral("backtest run 4711: no such backtest run"));
        auto gone = runs.rename(4711, QStringLiteral("neu"));
        QVERIFY(!gone.ok());
        QCOMPARE(qs(gone.error().toUserString()),
                 QStringLiteral("Backtest-Lauf 4711: Backtest-Lauf nicht gefunden"));
        auto removed = runs.remove(4711);
        QVERIFY(!removed.ok());
        QCOMPARE(qs(removed.error().toString()), QStringLiteral("backtest run 4711: no such backtest run"));

        // The lab's own path: reopening from the history shows it in its status line.
        JobTracker jobs;
        BacktestLabView lab(*m_ws, jobs);
        QSignalSpy failed(&lab, &BacktestLabView::failed);
        lab.reopenRun(4711);
        QVERIFY(failed.wait(10000));
        const QString shown = failed.front().at(0).toString();
        QVERIFY2(shown.contains(QStringLiteral("Backtest-Lauf 4711: Backtest-Lauf nicht gefunden")),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("no such")), qPrintable(shown));
        jobs.waitForAll();
    }

    // A stored run that does not read back (RunCodec), named as the history lists it.
    void damagedRunInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        BacktestRun run;
        run.id = 7;
        run.name = QStringLiteral("Alt");
        run.strategy = QStringLiteral("sma_cross");
        auto noMetrics = RunCodec::decode(run, 400);
        QVERIFY(!noMetrics.ok());
        QCOMPARE(
            qs(noMetrics.error().toUserString()),
            QStringLiteral("gespeicherter Lauf 7 ('Alt'): die Ergebnisse enthalten kein 'metrics'-Objekt"));
        QCOMPARE(qs(noMetrics.error().toString()),
                 QStringLiteral("saved run 7 ('Alt'): the results hold no 'metrics' object"));
        run.results = QStringLiteral(R"({"metrics":{},"equity":{"time":["2024-01-02","x"],"equity":[1]}})");
        auto uneven = RunCodec::decode(run, 400);
        QVERIFY(!uneven.ok());
        QCOMPARE(
            qs(uneven.error().toUserString()),
            QStringLiteral("gespeicherter Lauf 7 ('Alt'): die Kapitalkurve hat 2 Zeitpunkte und 1 Werte"));
        QCOMPARE(qs(uneven.error().toString()),
                 QStringLiteral("saved run 7 ('Alt'): the equity curve has 2 times and 1 values"));
    }

    // A symbol without bars, and a period without any.
    void labDataInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        Instrument bare;
        bare.symbol = QStringLiteral("LEER");
        QVERIFY(InstrumentRepository(*m_db).upsert(bare).ok());
        SeriesCache cache(*m_ws);
        auto none = cache.get(QStringLiteral("LEER"), QStringLiteral("1d"));
        QVERIFY(!none.ok());
        QCOMPARE(qs(none.error().toUserString()), QStringLiteral("LEER: keine 1d-Bars gespeichert"));
        QCOMPARE(qs(none.error().toString()), QStringLiteral("LEER: no 1d bars stored"));

        const TimestampMs y2100 = 4'102'444'800'000; // 2100-01-01
        auto later = cache.get(QStringLiteral("^GSPC"), QStringLiteral("1d"), y2100, y2100 + 31 * kMsPerDay);
        QVERIFY(!later.ok());
        QCOMPARE(qs(later.error().toUserString()),
                 QStringLiteral("^GSPC: keine Bars zwischen 2100-01-01 und 2100-02-01"));
        QCOMPARE(qs(later.error().toString()),
                 QStringLiteral("^GSPC: no bars between 2100-01-01 .. 2100-02-01"));
        auto from = cache.get(QStringLiteral("^GSPC"), QStringLiteral("1d"), y2100, std::nullopt);
        QCOMPARE(qs(from.error().toUserString()), QStringLiteral("^GSPC: keine Bars ab 2100-01-01"));
        QCOMPARE(qs(from.error().toString()), QStringLiteral("^GSPC: no bars between 2100-01-01 .. end"));
        auto to = cache.get(QStringLiteral("^GSPC"), QStringLiteral("1d"), std::nullopt, 0);
        QCOMPARE(qs(to.error().toUserString()), QStringLiteral("^GSPC: keine Bars bis 1970-01-01"));
        QCOMPARE(qs(to.error().toString()), QStringLiteral("^GSPC: no bars between start .. 1970-01-01"));
    }

    // The optimisation panel's own checks, and a sweep or walk-forward asked
    // of a multi-asset strategy, as the lab shows them.
    void sweepRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        OptimisationPanel panel;
        auto nothing = panel.sweepConfig();
        QVERIFY(!nothing.ok());
        QCOMPARE(
            qs(nothing.error().toUserString()),
            QStringLiteral("Optimierung: die Strategie hat keinen numerischen Parameter für einen Scan"));
        QCOMPARE(qs(nothing.error().toString()),
                 QStringLiteral("optimisation: the strategy has no numeric parameter to sweep"));
        panel.setStrategy(bt::StrategyRegistry::findInfo("sma_cross"));
        panel.setRange(QStringLiteral("fast"), 20, 5, 1, false);
        auto backwards = panel.sweepConfig();
        QVERIFY(!backwards.ok());
        QCOMPARE(qs(backwards.error().toUserString()),
                 QStringLiteral("Optimierung: 'fast': der Bereich endet, bevor er beginnt"));
        QCOMPARE(qs(backwards.error().toString()),
                 QStringLiteral("optimisation: 'fast': the range ends before it starts"));

        JobTracker jobs;
        BacktestLabView lab(*m_ws, jobs);
        QSignalSpy loaded(&lab, &BacktestLabView::instrumentsLoaded);
        lab.refresh();
        QVERIFY(loaded.wait(10000));
        lab.form()->setStrategy(QStringLiteral("momentum_rotation"));
        QListWidget *symbols = lab.form()->symbolList();
        symbols->clearSelection();
        for (int i = 0; i < symbols->count(); ++i) {
            const QString text = symbols->item(i)->text();
            if (text.contains(QLatin1String("(1mo")) &&
                (text.startsWith(QLatin1String("IBM")) || text.startsWith(QLatin1String("MSFT"))))
                symbols->item(i)->setSelected(true);
        }
        QVERIFY2(lab.form()->isValid(), qPrintable(lab.form()->problem()));
        QSignalSpy failed(&lab, &BacktestLabView::failed);
        lab.runSweep();
        QVERIFY(!failed.isEmpty());
        QString shown = failed.takeFirst().at(0).toString();
        QVERIFY2(shown.endsWith(
                     QStringLiteral("Optimierung: ein Scan braucht eine Strategie für eine einzelne Reihe")),
                 qPrintable(shown));
        lab.runWalkForward();
        QVERIFY(!failed.isEmpty());
        shown = failed.takeFirst().at(0).toString();
        QVERIFY2(shown.endsWith(QStringLiteral(
                     "Walk-Forward: Walk-Forward braucht eine Strategie für eine einzelne Reihe")),
                 qPrintable(shown));
        // The form's own refusal names the form in German too.
        symbols->clearSelection();
        auto noSymbol = lab.form()->inputs();
        QVERIFY(!noSymbol.ok());
        QVERIFY2(qs(noSymbol.error().toUserString()).startsWith(QStringLiteral("Backtest-Formular: ")),
                 qPrintable(qs(noSymbol.error().toUserString())));
        QCOMPARE(qs(noSymbol.error().context), QStringLiteral("backtest form"));
        jobs.waitForAll();
    }

    // A sweep cancelled part-way: the optimisation panel says how far it got,
    // in one German sentence ("Scan abgebrochen nach ..."), not "Scan Scan: ...".
    void cancelledSweepInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        JobTracker jobs;
        BacktestLabView lab(*m_ws, jobs);
        QSignalSpy loaded(&lab, &BacktestLabView::instrumentsLoaded);
        lab.refresh();
        QVERIFY(loaded.wait(10000));
        lab.form()->setStrategy(QStringLiteral("sma_cross"));
        lab.form()->setSymbol(QStringLiteral("^GSPC"));
        QVERIFY2(lab.form()->isValid(), qPrintable(lab.form()->problem()));
        OptimisationPanel *opt = lab.optimisation();
        // About 1.1 million combinations: minutes of work, cancelled after a moment.
        opt->setRange(QStringLiteral("fast"), 2, 1500, 1, false);
        opt->setRange(QStringLiteral("slow"), 3, 1500, 1, true);
        QSignalSpy failed(&lab, &BacktestLabView::failed);
        lab.runSweep();
        QVERIFY(lab.sweepJob());
        QVERIFY(QTest::qWaitFor([&] { return lab.sweepJob()->progress() > 0; }, 10000));
        QTest::mouseClick(opt->cancelButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        const QString status = opt->statusLabel()->text();
        QVERIFY2(status.startsWith(QStringLiteral("Scan abgebrochen nach ")), qPrintable(status));
        QVERIFY2(status.endsWith(QStringLiteral(" Kombinationen; es wird nichts angezeigt")),
                 qPrintable(status));
        jobs.waitForAll();
    }

    // The engine's refusals the lab passes on: an unknown strategy, a bar
    // range with nothing in it, a stop given both by a rule and the form.
    void engineRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        const Error unknown = bt::StrategyRegistry::unknown("sma_crosss");
        QVERIFY2(qs(unknown.toUserString())
                     .startsWith(QStringLiteral("Strategie: unbekannte Strategie 'sma_crosss' (bekannt: ")),
                 qPrintable(qs(unknown.toUserString())));
        QVERIFY(qs(unknown.toString())
                    .startsWith(QStringLiteral("strategy: unknown strategy 'sma_crosss' (known: ")));

        const BarSeries bars = risingBars("TEST", 40);
        const std::vector<std::uint8_t> flags(bars.size(), 0);
        auto empty = bt::Simulator::run(bars, flags, bt::BacktestConfig{}, 5, 5);
        QVERIFY(!empty.ok());
        QCOMPARE(qs(empty.error().toUserString()),
                 QStringLiteral("Backtest: leerer oder ungültiger Bar-Bereich [5, 5) von 40 Bars"));
        QCOMPARE(qs(empty.error().toString()),
                 QStringLiteral("backtest: empty or invalid bar range [5, 5) of 40 bars"));

        auto rule =
            rules::RuleStrategy::fromText("param fast: int = 5 in 1..50\nparam slow: int = 10 in 2..50\n"
                                          "entry = cross_above(sma(close, fast), sma(close, slow))\n"
                                          "exit = cross_below(sma(close, fast), sma(close, slow))\n"
                                          "stop_loss = 0.05\n",
                                          "stopper");
        QVERIFY2(rule.ok(), rule.ok() ? "" : rule.error().toString().c_str());
        bt::BacktestConfig withStop;
        withStop.stopLoss = 0.04; // the lab form's stop loss as well
        auto twice = bt::Backtester::run(bars, **rule, std::vector<double>{5, 10}, withStop,
                                         Convention::supernova(), false);
        QVERIFY(!twice.ok());
        QCOMPARE(qs(twice.error().toUserString()),
                 QStringLiteral("Regel stopper: 'stop_loss' wird sowohl von der Regel als auch von den "
                                "Backtest-Optionen gesetzt; behalten Sie nur eine Angabe"));
        QCOMPARE(
            qs(twice.error().toString()),
            QStringLiteral(
                "rule stopper: 'stop_loss' is set both by the rule and by the backtest options; keep one"));
    }

    // The rule library and the instruments: a rule or instrument that is not
    // (or no longer) there, a version past the last.
    void rulesAndInstrumentsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        RuleService rules(*m_ws);
        auto missing = rules.remove(QStringLiteral("fehlt"));
        QVERIFY(!missing.ok());
        QCOMPARE(qs(missing.error().toUserString()), QStringLiteral("Regel 'fehlt': keine solche Regel"));
        QCOMPARE(qs(missing.error().toString()), QStringLiteral("rule 'fehlt': no such rule"));
        QVERIFY(rules
                    .save(QStringLiteral("kreuz"),
                          QStringLiteral("entry = cross_above(sma(close, 5), sma(close, 10))\n"
                                         "exit = cross_below(sma(close, 5), sma(close, 10))\n"))
                    .ok());
        auto past = rules.version(QStringLiteral("kreuz"), 5);
        QVERIFY(!past.ok());
        QCOMPARE(qs(past.error().toUserString()),
                 QStringLiteral("Regel 'kreuz': keine Version 5 (Versionen 1 bis 1)"));
        QCOMPARE(qs(past.error().toString()), QStringLiteral("rule 'kreuz': no version 5 (versions 1 to 1)"));

        InstrumentRepository instruments(*m_db);
        auto nowhere = instruments.find(QStringLiteral("NIRGENDS"));
        QVERIFY(!nowhere.ok());
        QCOMPARE(qs(nowhere.error().toUserString()),
                 QStringLiteral("Instrument 'NIRGENDS': Instrument nicht gefunden"));
        QCOMPARE(qs(nowhere.error().toString()), QStringLiteral("instrument 'NIRGENDS': no such instrument"));
        Instrument badCurrency;
        badCurrency.symbol = QStringLiteral("EURO");
        badCurrency.currency = QStringLiteral("EU");
        auto currency = instruments.upsert(badCurrency);
        QVERIFY(!currency.ok());
        QCOMPARE(qs(currency.error().toUserString()),
                 QStringLiteral(
                     "Instrument 'EURO': Feld 'currency' ist 'EU'; erwartet wird ein Code aus 3 Buchstaben"));
        QCOMPARE(qs(currency.error().toString()),
                 QStringLiteral("instrument 'EURO': field 'currency' is 'EU'; expected a 3-letter code"));
    }

    // An indicator added to a chart of too short a history, or with
    // parameters that do not fit (as the chart's indicator dialog meets them).
    void indicatorRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        const BarSeries bars = risingBars("KURZ", 50);
        const ind::IndicatorInput input{bars.open, bars.high, bars.low, bars.close, bars.volume};
        auto shortHistory = ind::IndicatorRegistry::compute("sma", {{"period", 200}}, input);
        QVERIFY(!shortHistory.ok());
        QCOMPARE(qs(shortHistory.error().toUserString()),
                 QStringLiteral("Indikator sma: zu wenige Bars: 50 vorhanden, die Aufwärmphase braucht 200"));
        QCOMPARE(qs(shortHistory.error().toString()),
                 QStringLiteral("indicator sma: too few bars: 50 given, the warm-up needs 200"));
        auto macd = ind::IndicatorRegistry::compute("macd", {{"fast", 30}, {"slow", 20}}, input);
        QVERIFY(!macd.ok());
        QCOMPARE(qs(macd.error().toUserString()),
                 QStringLiteral("Indikator macd: Parameter 'fast' muss kleiner sein als 'slow'"));
        auto fraction = ind::IndicatorRegistry::compute("sma", {{"period", 2.5}}, input);
        QVERIFY(!fraction.ok());
        QCOMPARE(qs(fraction.error().toUserString()),
                 QStringLiteral("Indikator sma: Parameter 'period' muss eine ganze Zahl sein"));
        QCOMPARE(qs(fraction.error().toString()),
                 QStringLiteral("indicator sma: parameter 'period' must be a whole number"));
    }

    // An export to a full disk (/dev/full) or to no file: the export
    // actions show the error as it is made here.
    void exportErrorsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto full = writeFileAtomically(QStringLiteral("/dev/full"), QByteArray("report"));
        QVERIFY(!full.ok());
        QVERIFY2(qs(full.error().toUserString())
                     .startsWith(QStringLiteral("/dev/full: kann nicht geschrieben werden: ")),
                 qPrintable(qs(full.error().toUserString())));
        QVERIFY(qs(full.error().toString()).startsWith(QStringLiteral("/dev/full: cannot write: ")));
        auto noName = writeFileAtomically(QString(), QByteArray("report"));
        QVERIFY(!noName.ok());
        QCOMPARE(qs(noName.error().toUserString()), QStringLiteral("Pfad: kein Dateiname angegeben"));
        QCOMPARE(qs(noName.error().toString()), QStringLiteral("path: no file name given"));
    }

    // The chart's indicator refusals and the report writer's own refusals
    // (what Add indicator and Export show), in German; English unchanged.
    void chartAndReportRefusalsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        PriceChartView chart(nullptr, nullptr);
        auto unknown = chart.setIndicators({IndicatorSpec{"nosuch", {}}});
        QVERIFY(!unknown.ok());
        QCOMPARE(qs(unknown.error().toString()), QStringLiteral("chart: unknown indicator 'nosuch'"));
        QVERIFY2(!qs(unknown.error().toUserString()).contains(QLatin1String("unknown")),
                 qPrintable(qs(unknown.error().toUserString())));
        auto badParam = chart.setIndicators({IndicatorSpec{"sma", {{"period", -3.0}}}});
        QVERIFY(!badParam.ok());
        QVERIFY2(qs(badParam.error().toString()).contains(QLatin1String("is not allowed")),
                 qPrintable(qs(badParam.error().toString())));
        QVERIFY2(!qs(badParam.error().toUserString()).contains(QLatin1String("not allowed")),
                 qPrintable(qs(badParam.error().toUserString())));

        report::Document doc;
        auto noFile = report::ReportRenderer::write(doc, report::OutputFormat::Html, QString(), {}, {});
        QVERIFY(!noFile.ok());
        QCOMPARE(qs(noFile.error().toString()), QStringLiteral("no output file given"));
        QVERIFY2(qs(noFile.error().toUserString()) != QStringLiteral("no output file given"),
                 qPrintable(qs(noFile.error().toUserString())));
    }

    void spanishToo()
    {
        QVERIFY(Language::apply(QStringLiteral("es")));
        auto load = RunService(*m_ws).load(4711);
        QCOMPARE(qs(load.error().toUserString()),
                 QStringLiteral("ejecución de backtest 4711: no existe esa ejecución de backtest"));
        const BarSeries bars = risingBars("CORTO", 50);
        const ind::IndicatorInput input{bars.open, bars.high, bars.low, bars.close, bars.volume};
        auto shortHistory = ind::IndicatorRegistry::compute("sma", {{"period", 200}}, input);
        QCOMPARE(qs(shortHistory.error().toUserString()),
                 QStringLiteral(
                     "indicador sma: muy pocas barras: hay 50, el periodo de calentamiento necesita 200"));
        OptimisationPanel panel;
        QCOMPARE(
            qs(panel.sweepConfig().error().toUserString()),
            QStringLiteral("optimización: la estrategia no tiene ningún parámetro numérico para el barrido"));
        auto noName = writeFileAtomically(QString(), QByteArray("x"));
        QCOMPARE(qs(noName.error().toUserString()),
                 QStringLiteral("ruta: no se indicó ningún nombre de archivo"));
    }

    // Before a language is set (the CLI's case) the same errors read in English.
    void englishStaysEnglish()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        auto load = RunService(*m_ws).load(4711);
        QCOMPARE(qs(load.error().toUserString()), QStringLiteral("backtest run 4711: no such backtest run"));
        QVERIFY(load.error().userMessage.empty());
    }
};

QTEST_MAIN(TestErrorLanguageLab)
#include "tst_error_language_lab.moc"
