#include "core/indicators/IndicatorRegistry.h"
#include "core/storage/Database.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/ChartsView.h"
#include "ui/charts/PriceChartView.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QXmlStreamReader>
#include <cmath>

using namespace sn;
using namespace sn::ui;

// The price chart on the real sample database: decimation limits, zoom,
// pan, presets, crosshair readout against the indicator registry, log scale,
// compare mode, trade markers and export. PNGs land in test-output/ui/charts.
class TestPriceChartView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    BarSeries m_aapl;
    QString m_out;

    std::vector<IndicatorSpec> someIndicators()
    {
        return {{"sma", {{"period", 50}}}, {"bollinger", {}}, {"rsi", {}}, {"macd", {}}};
    }

    // A shown chart of AAPL with the given indicators, loaded through the database.
    std::unique_ptr<PriceChartView> openAapl(JobTracker &jobs, std::vector<IndicatorSpec> specs = {})
    {
        auto view = std::make_unique<PriceChartView>(m_ws.get(), &jobs);
        view->resize(1000, 720);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        if (!view->setIndicators(std::move(specs)).ok())
            return nullptr;
        QSignalSpy loaded(view.get(), &PriceChartView::loaded);
        view->openSymbol(QStringLiteral("AAPL"));
        if (!loaded.wait(15000))
            return nullptr;
        return view;
    }

    static void checkPointLimit(const PriceChartView &view, const char *where)
    {
        const int width = view.plotWidth();
        QVERIFY2(width > 500, where);
        for (const auto &s : view.seriesSizes())
            QVERIFY2(s.points <= width, qPrintable(QStringLiteral("%1: series %2 got %3 points for %4 pixels")
                                                       .arg(QString::fromLatin1(where), s.name)
                                                       .arg(s.points)
                                                       .arg(width)));
    }

    static int sizeOf(const PriceChartView &view, const QString &name)
    {
        for (const auto &s : view.seriesSizes())
            if (s.name == name)
                return s.points;
        return -1;
    }

    static void wheel(ChartPane *pane, QPointF at, int delta)
    {
        QWheelEvent e(at, pane->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(pane, &e);
    }

    static void mouse(ChartPane *pane, QEvent::Type type, QPointF at, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QMouseEvent e(type, at, pane->mapToGlobal(at), button, buttons, mods);
        QCoreApplication::sendEvent(pane, &e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("charts.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        auto bars = MarketData(*m_db).bars(QStringLiteral("AAPL"), QStringLiteral("1d"));
        QVERIFY(bars.ok());
        m_aapl = std::move(*bars);
        QVERIFY(m_aapl.size() > 1000);
        m_out = test::outputDir(QStringLiteral("ui/charts"));
    }

    void neverMorePointsThanPixels()
    {
        JobTracker jobs;
        auto view = openAapl(jobs, {{"sma", {{"period", 50}}},
                                    {"ema", {}},
                                    {"bollinger", {}},
                                    {"donchian", {}},
                                    {"rsi", {}},
                                    {"macd", {}},
                                    {"stochastic", {}}});
        QVERIFY(view);
        QCOMPARE(view->bars().size(), m_aapl.size());
        for (ChartType type : {ChartType::Candles, ChartType::OhlcBars, ChartType::Line, ChartType::Area}) {
            view->setChartType(type);
            for (RangePreset p :
                 {RangePreset::Max, RangePreset::FiveYears, RangePreset::OneYear, RangePreset::OneMonth}) {
                view->applyPreset(p);
                checkPointLimit(*view, "preset");
            }
            view->applyPreset(RangePreset::Max);
            for (int i = 0; i < 6; ++i) {
                view->zoom(1.7);
                view->pan(-0.3);
                checkPointLimit(*view, "zoom/pan");
            }
        }
        // Everything was drawn from decimated data: the whole history in far fewer candles than bars.
        view->setChartType(ChartType::Candles);
        view->applyPreset(RangePreset::Max);
        const int candles = sizeOf(*view, QStringLiteral("candles"));
        QVERIFY(candles > 100);
        QVERIFY(candles <= view->plotWidth() / 3);
        QVERIFY(sizeOf(*view, QStringLiteral("volume")) > 100);
        QVERIFY(sizeOf(*view, QStringLiteral("RSI(14)")) > 100);
        // Zoomed to a month, every bar is its own candle.
        view->applyPreset(RangePreset::OneMonth);
        const std::size_t first = m_aapl.lowerBound(view->visibleFrom());
        QCOMPARE(sizeOf(*view, QStringLiteral("candles")), static_cast<int>(m_aapl.size() - first));
        jobs.waitForAll();
    }

    void zoomNarrowsAndPanShifts()
    {
        JobTracker jobs;
        auto view = openAapl(jobs);
        QVERIFY(view);
        view->applyPreset(RangePreset::FiveYears);
        auto span = [&]() { return view->visibleTo() - view->visibleFrom(); };
        const TimestampMs s0 = span();

        // Programmatic zoom around the middle.
        view->zoom(2.0);
        QVERIFY(std::abs(double(span()) - double(s0) / 2) < double(kMsPerDay));

        // Keys: + narrows, - widens, Left moves earlier by a tenth, Right later.
        view->setFocus();
        TimestampMs before = span();
        QTest::keyClick(view.get(), Qt::Key_Plus);
        QVERIFY(span() < before);
        before = span();
        QTest::keyClick(view.get(), Qt::Key_Minus);
        QVERIFY(span() > before);
        TimestampMs from = view->visibleFrom();
        before = span();
        QTest::keyClick(view.get(), Qt::Key_Left);
        QVERIFY(view->visibleFrom() < from);
        QCOMPARE(span(), before);
        from = view->visibleFrom();
        QTest::keyClick(view.get(), Qt::Key_Right);
        QVERIFY(view->visibleFrom() > from);

        // Wheel up at the left quarter zooms in around that instant: it keeps its place.
        ChartPane *pane = view->pricePane();
        const QRectF plot = pane->plotRect();
        const double x = plot.width() / 4;
        const TimestampMs anchor = view->timeAtPlotX(x);
        before = span();
        wheel(pane, QPointF(plot.left() + x, plot.center().y()), 120);
        QVERIFY(span() < before);
        QVERIFY(std::abs(view->timeAtPlotX(x) - anchor) < kMsPerDay);
        before = span();
        wheel(pane, QPointF(plot.left() + x, plot.center().y()), -240);
        QVERIFY(span() > before);

        // Dragging right by a quarter of the plot shows earlier bars by a quarter of the span.
        from = view->visibleFrom();
        before = span();
        const QPointF start(plot.left() + plot.width() / 2, plot.center().y());
        mouse(pane, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        mouse(pane, QEvent::MouseMove, start + QPointF(plot.width() / 4, 0), Qt::NoButton, Qt::LeftButton);
        mouse(pane, QEvent::MouseButtonRelease, start + QPointF(plot.width() / 4, 0), Qt::LeftButton,
              Qt::NoButton);
        QCOMPARE(span(), before);
        QVERIFY(std::abs(double(from - view->visibleFrom()) - double(before) / 4) < double(kMsPerDay));

        // Shift+drag selects a band: the range becomes the band.
        const TimestampMs bandFrom = view->timeAtPlotX(plot.width() * 0.2),
                          bandTo = view->timeAtPlotX(plot.width() * 0.6);
        mouse(pane, QEvent::MouseButtonPress, QPointF(plot.left() + plot.width() * 0.2, 50), Qt::LeftButton,
              Qt::LeftButton, Qt::ShiftModifier);
        mouse(pane, QEvent::MouseMove, QPointF(plot.left() + plot.width() * 0.6, 60), Qt::NoButton,
              Qt::LeftButton, Qt::ShiftModifier);
        mouse(pane, QEvent::MouseButtonRelease, QPointF(plot.left() + plot.width() * 0.6, 60), Qt::LeftButton,
              Qt::NoButton, Qt::ShiftModifier);
        QVERIFY(std::abs(view->visibleFrom() - bandFrom) < kMsPerDay);
        QVERIFY(std::abs(view->visibleTo() - bandTo) < kMsPerDay);

        // Zooming far out stops at the whole history; far in stops at a few bars.
        view->zoom(0.001);
        QCOMPARE(view->visibleFrom(), m_aapl.time.front());
        QCOMPARE(view->visibleTo(), m_aapl.time.back());
        for (int i = 0; i < 40; ++i)
            view->zoom(3);
        const std::size_t shown =
            m_aapl.lowerBound(view->visibleTo() + 1) - m_aapl.lowerBound(view->visibleFrom());
        QVERIFY2(shown >= 3 && shown <= 12, qPrintable(QString::number(shown)));
        jobs.waitForAll();
    }

    // Wide views of a long history decimate 16-bar block summaries: the
    // extremes shown are still the history's own, and narrow views use every bar.
    void longHistoriesKeepTheirExtremes()
    {
        BarSeries s;
        s.symbol = "LONG";
        const std::size_t n = 300'000;
        double last = 100;
        for (std::size_t i = 0; i < n; ++i) {
            const double next =
                last * (1 + 0.004 * std::sin(double(i) * 0.37) + 0.0021 * std::cos(double(i) * 0.011));
            s.append(toTimestamp({2000, 1, 3}) + TimestampMs(i) * 60'000, last, std::max(last, next) * 1.001,
                     std::min(last, next) * 0.999, next, double(1000 + i % 97));
            last = next;
        }
        const double minLow = *std::min_element(s.low.begin(), s.low.end());
        const double maxHigh = *std::max_element(s.high.begin(), s.high.end());
        const double minClose = *std::min_element(s.close.begin(), s.close.end());
        const double maxClose = *std::max_element(s.close.begin(), s.close.end());
        PriceChartView view(nullptr, nullptr);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBars(s);
        QTest::qWait(20);
        ChartPane *price = view.pricePane();
        const double range = maxHigh - minLow;
        QVERIFY(price->yMin() <= minLow && price->yMin() > minLow - 0.05 * range);
        QVERIFY(price->yMax() >= maxHigh && price->yMax() < maxHigh + 0.05 * range);
        checkPointLimit(view, "300,000 bars, candles");
        view.setChartType(ChartType::Line);
        const QList<QPointF> &line = price->lines().front().points;
        double lo = line.front().y(), hi = lo;
        for (const QPointF &p : line) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        QCOMPARE(lo, minClose);
        QCOMPARE(hi, maxClose);
        checkPointLimit(view, "300,000 bars, line");
        // A day of minute bars: every bar gets its own candle.
        view.setChartType(ChartType::Candles);
        view.setVisibleRange(s.time[1000], s.time[1000 + 299]);
        QCOMPARE(sizeOf(view, QStringLiteral("candles")), 300);
    }

    void presetsSelectTheRightDates()
    {
        JobTracker jobs;
        auto view = openAapl(jobs);
        QVERIFY(view);
        const TimestampMs last = m_aapl.time.back();
        const CivilDate end = toCivil(last);
        auto check = [&](RangePreset p, CivilDate from) {
            view->applyPreset(p);
            QCOMPARE(view->visibleTo(), last);
            // A preset longer than the history starts at the first bar.
            QCOMPARE(QString::fromStdString(formatDate(view->visibleFrom())),
                     QString::fromStdString(formatDate(std::max(toTimestamp(from), m_aapl.time.front()))));
        };
        check(RangePreset::OneYear, {end.year - 1, end.month, std::min(end.day, 28)});
        check(RangePreset::FiveYears, {end.year - 5, end.month, std::min(end.day, 28)});
        check(RangePreset::YearToDate, {end.year, 1, 1});
        const int m = end.month == 1 ? 12 : end.month - 1;
        check(RangePreset::OneMonth, {end.month == 1 ? end.year - 1 : end.year, m, std::min(end.day, 28)});
        check(RangePreset::Max, toCivil(m_aapl.time.front()));
        jobs.waitForAll();
    }

    void crosshairShowsTheBarAndIndicatorsUnderIt()
    {
        JobTracker jobs;
        auto view = openAapl(jobs, someIndicators());
        QVERIFY(view);
        view->applyPreset(RangePreset::OneYear);
        const ind::IndicatorInput input{m_aapl.open, m_aapl.high, m_aapl.low, m_aapl.close, m_aapl.volume};
        auto sma = ind::IndicatorRegistry::compute("sma", {{"period", 50}}, input);
        auto bb = ind::IndicatorRegistry::compute("bollinger", {}, input);
        auto rsi = ind::IndicatorRegistry::compute("rsi", {}, input);
        auto macd = ind::IndicatorRegistry::compute("macd", {}, input);
        QVERIFY(sma.ok() && bb.ok() && rsi.ok() && macd.ok());
        const double width = view->plotWidth();
        for (double fraction : {0.0, 0.137, 0.5, 0.81, 1.0}) {
            const double x = width * fraction;
            const CrosshairReadout r = view->crosshairAtPlotX(x);
            // The nearest bar to the instant under x.
            const TimestampMs t = view->timeAtPlotX(x);
            std::size_t want = m_aapl.lowerBound(t);
            if (want == m_aapl.size() || (want > 0 && t - m_aapl.time[want - 1] < m_aapl.time[want] - t))
                --want;
            QCOMPARE(r.index, want);
            QCOMPARE(r.time, m_aapl.time[want]);
            QCOMPARE(r.open, m_aapl.open[want]);
            QCOMPARE(r.high, m_aapl.high[want]);
            QCOMPARE(r.low, m_aapl.low[want]);
            QCOMPARE(r.close, m_aapl.close[want]);
            QCOMPARE(r.volume, m_aapl.volume[want]);
            const std::vector<std::pair<QString, double>> expected{
                {QStringLiteral("SMA(50)"), sma->values[0][want]},
                {QStringLiteral("Bollinger(20, 2) mid"), bb->values[0][want]},
                {QStringLiteral("Bollinger(20, 2) upper"), bb->values[1][want]},
                {QStringLiteral("Bollinger(20, 2) lower"), bb->values[2][want]},
                {QStringLiteral("RSI(14)"), rsi->values[0][want]},
                {QStringLiteral("MACD(12, 26, 9) macd"), macd->values[0][want]},
                {QStringLiteral("MACD(12, 26, 9) signal"), macd->values[1][want]},
                {QStringLiteral("MACD(12, 26, 9) histogram"), macd->values[2][want]}};
            QCOMPARE(r.indicators.size(), expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(r.indicators[i].first, expected[i].first);
                QCOMPARE(r.indicators[i].second, expected[i].second);
            }
            // The bar's date in the reader's style (Formats::date), not ISO.
            QVERIFY(view->readoutText().contains(Formats::date(m_aapl.time[want])));
        }
        // The mouse does the same: hovering the RSI pane shows the bar under the pointer.
        ChartPane *rsiPane = view->panes().at(2);
        const QRectF plot = rsiPane->plotRect();
        QSignalSpy moved(view.get(), &PriceChartView::crosshairMoved);
        mouse(rsiPane, QEvent::MouseMove, QPointF(plot.left() + plot.width() * 0.3, plot.center().y()),
              Qt::NoButton, Qt::NoButton);
        QCOMPARE(moved.count(), 1);
        const CrosshairReadout r = view->readoutAt(view->timeAtPlotX(plot.width() * 0.3));
        QCOMPARE(view->readoutText(), r.text);
        QVERIFY(view->readoutText().contains(QLocale().toString(r.close, 'f', 2)));
        QVERIFY(view->grab().save(m_out + QStringLiteral("/crosshair.png")));
        jobs.waitForAll();
    }

    void logScaleToggles()
    {
        JobTracker jobs;
        auto view = openAapl(jobs);
        QVERIFY(view);
        ChartPane *price = view->pricePane();
        QVERIFY(!price->isLog());
        view->setLogScale(true);
        QVERIFY(view->isLogScale());
        QVERIFY(price->isLog());
        // The range covers the history's lowest low and highest high (AAPL: cents to hundreds of dollars).
        QVERIFY(price->yMin() > 0 &&
                price->yMin() <= *std::min_element(m_aapl.low.begin(), m_aapl.low.end()));
        QVERIFY(price->yMax() >= *std::max_element(m_aapl.high.begin(), m_aapl.high.end()));
        // Mapped through the log: equal ratios are equal distances on screen.
        const double a = price->mapY(1), b = price->mapY(10), c = price->mapY(100);
        QVERIFY(std::abs((a - b) - (b - c)) < 1e-6);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/aapl-log-max.png")));
        view->setLogScale(false);
        QVERIFY(!price->isLog());
        jobs.waitForAll();
    }

    void compareStartsEverySeriesAtZero()
    {
        JobTracker jobs;
        auto view = openAapl(jobs);
        QVERIFY(view);
        view->applyPreset(RangePreset::FiveYears);
        QSignalSpy loaded(view.get(), &PriceChartView::loaded);
        view->setCompareSymbols({QStringLiteral("^GSPC")});
        QVERIFY(loaded.wait(15000));
        QVERIFY(view->isCompareMode());
        int lines = 0;
        const PaneLine *aapl = nullptr;
        for (const PaneLine &line : view->pricePane()->lines()) {
            if (!line.visible || line.points.isEmpty())
                continue;
            ++lines;
            QCOMPARE(line.points.at(0).y(), 0.0);
            QVERIFY(line.points.at(0).x() >= double(view->visibleFrom()));
            QVERIFY(line.points.size() <= view->plotWidth());
            if (line.name == QStringLiteral("AAPL"))
                aapl = &line;
        }
        QCOMPARE(lines, 2);
        QCOMPARE(view->pricePane()->axis(), ChartPane::Axis::Percent);
        // AAPL's last % point is its close over the close at the common start.
        const std::size_t base = m_aapl.lowerBound(view->visibleFrom());
        QVERIFY(aapl);
        QVERIFY(std::abs(aapl->points.back().y() - (m_aapl.close.back() / m_aapl.close[base] - 1) * 100) <
                1e-9);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/compare-aapl-gspc-5y.png")));
        view->setCompareSymbols({});
        QVERIFY(!view->isCompareMode());
        QVERIFY(sizeOf(*view, QStringLiteral("candles")) > 0);
        jobs.waitForAll();
    }

    void tradeMarkersAppear()
    {
        JobTracker jobs;
        auto view = openAapl(jobs);
        QVERIFY(view);
        view->applyPreset(RangePreset::OneYear);
        std::vector<TradeMarker> trades;
        const std::size_t n = m_aapl.size();
        for (std::size_t i : {n - 200, n - 120, n - 40})
            trades.push_back(
                {m_aapl.time[i], m_aapl.close[i], TradeMarker::Side::Buy, QStringLiteral("Buy 10")});
        for (std::size_t i : {n - 150, n - 60})
            trades.push_back(
                {m_aapl.time[i], m_aapl.close[i], TradeMarker::Side::Sell, QStringLiteral("Sell 10")});
        trades.push_back(
            {m_aapl.time[n - 1000], m_aapl.close[n - 1000], TradeMarker::Side::Buy, {}}); // not visible
        view->setTradeMarkers(trades);
        QCOMPARE(sizeOf(*view, QStringLiteral("buys")), 3);
        QCOMPARE(sizeOf(*view, QStringLiteral("sells")), 2);
        view->applyPreset(RangePreset::Max);
        QCOMPARE(sizeOf(*view, QStringLiteral("buys")), 4);
        view->applyPreset(RangePreset::OneYear);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/aapl-trades-1y.png")));
        view->setTradeMarkers({});
        QCOMPARE(sizeOf(*view, QStringLiteral("buys")), 0);
        jobs.waitForAll();
    }

    void exportsPngAndSvg()
    {
        JobTracker jobs;
        auto view = openAapl(jobs, someIndicators());
        QVERIFY(view);
        view->applyPreset(RangePreset::OneYear);
        const QString png = m_out + QStringLiteral("/export.png");
        const QString svg = m_out + QStringLiteral("/export.svg");
        QFile::remove(png);
        QFile::remove(svg);
        QVERIFY(view->exportPng(png).ok());
        QImage image(png);
        QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
        QVERIFY(view->exportSvg(svg).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int elements = 0;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(elements > 50); // axes, labels, candles: drawn, not a blank page
        auto bad = view->exportPng(m_dir.filePath(QStringLiteral("no/such/dir/x.png")));
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.error().toString()).contains(QStringLiteral("no/such/dir")));
        jobs.waitForAll();
    }

    void rendersConfigurations()
    {
        JobTracker jobs;
        auto view = openAapl(jobs, {{"sma", {{"period", 50}}},
                                    {"sma", {{"period", 200}}},
                                    {"bollinger", {}},
                                    {"rsi", {}},
                                    {"macd", {}},
                                    {"stochastic", {}}});
        QVERIFY(view);
        view->applyPreset(RangePreset::OneYear);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/aapl-candles-1y-indicators.png")));
        view->setChartType(ChartType::OhlcBars);
        view->applyPreset(RangePreset::ThreeMonths);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/aapl-ohlc-3m.png")));
        QVERIFY(view->setIndicators({{"donchian", {}}, {"ema", {{"period", 30}}}}).ok());
        view->setChartType(ChartType::Area);
        view->applyPreset(RangePreset::FiveYears);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/aapl-area-5y-donchian.png")));
        view->setChartType(ChartType::Line);
        view->applyPreset(RangePreset::Max);
        QVERIFY(view->grab().save(m_out + QStringLiteral("/aapl-line-max.png")));
        // A bad parameter is refused with the registry's words and changes nothing.
        auto bad = view->setIndicators({{"rsi", {{"period", 0}}}});
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.error().toString()).contains(QStringLiteral("period")));
        QCOMPARE(view->indicators().size(), std::size_t(2));
        jobs.waitForAll();
    }

    void chartsAreaPicksSymbols()
    {
        JobTracker jobs;
        ChartsView area(*m_ws, jobs);
        QCOMPARE(area.areaId(), QStringLiteral("charts"));
        area.resize(1300, 800);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy charted(&area, &ChartsView::chartLoaded);
        area.openSymbol(QStringLiteral("^GSPC"));
        QVERIFY(charted.wait(15000));
        QCOMPARE(charted.last().at(0).toString(), QStringLiteral("^GSPC"));
        QCOMPARE(area.currentSymbol(), QStringLiteral("^GSPC"));
        QVERIFY2(area.statusText().contains(QStringLiteral("^GSPC")), qPrintable(area.statusText()));
        auto *symbols = area.findChild<QComboBox *>();
        QVERIFY(symbols && symbols->count() >= 3);
        area.openSymbol(QStringLiteral("AAPL"));
        QVERIFY(charted.wait(15000));
        QCOMPARE(area.chart()->bars().size(), m_aapl.size());
        area.chart()->applyPreset(RangePreset::OneYear);
        QVERIFY(area.grab().save(m_out + QStringLiteral("/charts-area.png")));
        area.openSymbol(QStringLiteral("NOPE"));
        QVERIFY(area.statusText().contains(QStringLiteral("NOPE")));
        jobs.waitForAll();
    }

    // Issue 17: the readout dates a bar as the reader writes dates (de: 23.03.2020), not ISO.
    void crosshairDatesFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        JobTracker jobs;
        auto view = openAapl(jobs);
        QVERIFY(view);
        const CrosshairReadout r = view->crosshairAtPlotX(view->plotWidth() * 0.5);
        const QDate day = QDateTime::fromMSecsSinceEpoch(r.time, QTimeZone::utc()).date();
        const QString german = day.toString(QStringLiteral("dd.MM.yyyy"));
        QVERIFY2(view->readoutText().contains(german), qPrintable(view->readoutText()));
        QVERIFY2(!view->readoutText().contains(QString::fromStdString(formatDate(r.time))),
                 qPrintable(view->readoutText()));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        view->crosshairAtPlotX(view->plotWidth() * 0.5);
        QVERIFY2(view->readoutText().contains(
                     QStringLiteral("%1/%2/%3").arg(day.month()).arg(day.day()).arg(day.year())),
                 qPrintable(view->readoutText()));
        jobs.waitForAll();
    }

    // Issue 17: a preset's own range change keeps its button lit (also
    // across a reload); a zoom by hand unlights it.
    void presetStaysCheckedUntilAManualZoom()
    {
        JobTracker jobs;
        ChartsView area(*m_ws, jobs);
        area.resize(1500, 800);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy charted(&area, &ChartsView::chartLoaded);
        area.openSymbol(QStringLiteral("AAPL"));
        QVERIFY(charted.wait(15000));
        QToolButton *oneYear = nullptr;
        QToolButton *max = nullptr;
        for (QToolButton *b : area.findChildren<QToolButton *>()) {
            if (b->text() == QStringLiteral("1Y"))
                oneYear = b;
            else if (b->text() == QStringLiteral("Max"))
                max = b;
        }
        QVERIFY(oneYear && max);
        QVERIFY(max->isChecked());
        QTest::mouseClick(oneYear, Qt::LeftButton);
        QVERIFY(oneYear->isChecked());
        const TimestampMs last = area.chart()->bars().time.back();
        QCOMPARE(area.chart()->visibleTo(), last);
        QVERIFY(area.chart()->visibleFrom() > last - 367LL * kMsPerDay);
        // Another symbol loads with the chosen preset still lit and applied.
        area.openSymbol(QStringLiteral("^GSPC"));
        QVERIFY(charted.wait(15000));
        QVERIFY(oneYear->isChecked());
        QVERIFY(area.chart()->visibleFrom() > area.chart()->bars().time.back() - 367LL * kMsPerDay);
        // A zoom by hand leaves the preset.
        area.chart()->zoom(2.0);
        QVERIFY(!oneYear->isChecked());
        QVERIFY(!max->isChecked());
        jobs.waitForAll();
    }

    // Regression: loaded while hidden (an area not shown in the main window's
    // stack) and shown larger afterwards, the chart kept the plot area, axes
    // and candles of its hidden size.
    void loadedHiddenThenShownFillsItsPanes()
    {
        JobTracker jobs;
        QStackedWidget stack;
        auto *other = new QWidget(&stack);
        stack.addWidget(other);
        // As in the main window: the Charts area is a page of a stack that is
        // not the current one when its chart loads.
        auto *area = new ChartsView(*m_ws, jobs);
        stack.addWidget(area);
        PriceChartView *view = area->chart();
        // Wide enough for the news list beside the chart (issue 15) and a plot over 800 px.
        stack.resize(1500, 800);
        stack.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stack));
        QSignalSpy loaded(view, &PriceChartView::loaded);
        area->openSymbol(QStringLiteral("AAPL"));
        QVERIFY(loaded.wait(15000));
        stack.setCurrentWidget(area);
        QTest::qWait(50);
        ChartPane *price = view->pricePane();
        QVERIFY(price->width() > 800);
        // The axes are laid out on the shown size: the last bar maps near the plot's right edge.
        const QRectF plot = price->plotRect();
        QVERIFY2(plot.width() > price->width() * 0.8, qPrintable(QString::number(plot.width())));
        // What is painted covers the shown plot: candles (coloured pixels) reach its right third.
        QTest::qWait(50);
        const QImage image = price->grab().toImage();
        int coloured = 0;
        for (int x = int(plot.left() + plot.width() * 0.7); x < int(plot.right()) - 1; ++x)
            for (int y = int(plot.top()); y < int(plot.bottom()); ++y)
                if (QColor(image.pixel(x, y)).hsvSaturation() > 80)
                    ++coloured;
        QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
        QVERIFY(price->grab().save(m_out + QStringLiteral("/charts-shown-after-hidden-load.png")));
        // What was drawn follows the new plot width too.
        checkPointLimit(*view, "shown after a hidden load");
        QVERIFY2(view->plotWidth() > 800, qPrintable(QString::number(view->plotWidth())));
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestPriceChartView)
#include "tst_pricechartview.moc"
