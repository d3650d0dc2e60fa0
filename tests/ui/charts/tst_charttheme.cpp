#include "core/common/Time.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/ChartsView.h"
#include "ui/charts/PriceChartView.h"
#include "ui/settings/Theme.h"
#include "ui/shell/JobTracker.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

// Issue 17: the Charts area follows the light and the dark theme: pane
// background, axis labels, grid, the readout's legend colours, the
// indicator checkboxes and the option checkboxes.
class TestChartTheme : public QObject
{
    Q_OBJECT
private:
    static BarSeries daily(int n)
    {
        BarSeries s;
        s.symbol = "SYN";
        double price = 20;
        for (int i = 0; i < n; ++i) {
            const double next = price * (i % 3 == 0 ? 0.99 : 1.012);
            s.append(toTimestamp({2015, 1, 1}) + i * kMsPerDay, price, std::max(price, next) * 1.01,
                     std::min(price, next) * 0.99, next, 1e6 * (1 + i % 5));
            price = next;
        }
        return s;
    }

    static int distance(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    }

    // The pane as painted follows the application palette of the moment.
    static void checkPane(ChartPane *pane, const char *theme)
    {
        const QPalette palette = QApplication::palette();
        const PaneColours colours = pane->colours();
        QCOMPARE(colours.background, palette.color(QPalette::Base));
        QCOMPARE(colours.text, palette.color(QPalette::Text));
        // The grid lies between background and text, nearer the background.
        QVERIFY(distance(colours.grid, colours.background) < distance(colours.grid, colours.text));
        const QImage image = pane->grab().toImage();
        QCOMPARE(QColor(image.pixel(2, 2)), palette.color(QPalette::Base));
        // The price axis labels, right of the plot, are drawn in the text colour.
        const QRectF plot = pane->plotRect();
        int textPixels = 0;
        for (int x = int(plot.right()) + 4; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                if (distance(QColor(image.pixel(x, y)), colours.text) < 150)
                    ++textPixels;
        QVERIFY2(textPixels > 30,
                 qPrintable(QStringLiteral("%1: %2 label pixels").arg(QLatin1String(theme)).arg(textPixels)));
    }

    // Legend colours in the readout are readable on the background.
    static void checkReadout(const PriceChartView &view)
    {
        const int background = QApplication::palette().color(QPalette::Base).lightness();
        static const QRegularExpression colour(QStringLiteral("color:(#[0-9a-fA-F]{6})"));
        int spans = 0;
        for (auto it = colour.globalMatch(view.readoutText()); it.hasNext(); ++spans) {
            const int lightness = QColor(it.next().captured(1)).lightness();
            QVERIFY2(std::abs(lightness - background) > 60, qPrintable(view.readoutText()));
        }
        QVERIFY(spans >= 2);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void panesAndReadoutFollowTheTheme()
    {
        Theme::apply(Theme::Mode::Light);
        PriceChartView view(nullptr, nullptr);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBars(daily(800));
        QVERIFY(view.setIndicators({{"sma", {{"period", 20}}}, {"wma", {{"period", 30}}}, {"rsi", {}}}).ok());
        QTest::qWait(20);
        checkPane(view.pricePane(), "light");
        checkReadout(view);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);

        Theme::apply(Theme::Mode::Dark);
        QTest::qWait(20);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        for (ChartPane *pane : view.panes())
            QCOMPARE(pane->colours().background, QApplication::palette().color(QPalette::Base));
        checkPane(view.pricePane(), "dark");
        checkPane(view.panes().at(1), "dark"); // volume: K/M/B labels
        checkReadout(view);
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui/charts")) +
                                 QStringLiteral("/theme-dark.png")));
        const auto *header = view.findChild<QLabel *>();
        QVERIFY(header);
        QCOMPARE(header->palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
        Theme::apply(Theme::Mode::Light);
        QTest::qWait(20);
        checkPane(view.pricePane(), "light again");
    }

    void chartsAreaCheckboxesFollowTheTheme()
    {
        QTemporaryDir dir;
        auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("theme.sqlite")));
        QVERIFY(db.ok());
        std::unique_ptr<Database> database = std::move(db).value();
        QVERIFY(database->migrate().ok());
        Workspace ws(*database);
        JobTracker jobs;
        Theme::apply(Theme::Mode::Dark);
        {
            ChartsView area(ws, jobs);
            area.resize(1200, 800);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            auto *list = area.findChild<QListWidget *>();
            QVERIFY(list && list->count() > 3);
            // The indicator list, its checkboxes included, is painted dark: few bright pixels.
            const QImage image = list->grab().toImage();
            int bright = 0;
            for (int x = 0; x < image.width(); ++x)
                for (int y = 0; y < image.height(); ++y)
                    if (QColor(image.pixel(x, y)).lightness() > 200)
                        ++bright;
            QVERIFY2(bright < image.width() * image.height() / 10, qPrintable(QString::number(bright)));
            for (QCheckBox *box : area.findChildren<QCheckBox *>())
                QVERIFY(box->palette().color(QPalette::WindowText).lightness() > 180);
            QVERIFY(area.chart()->pricePane()->colours().background.lightness() < 60);
            jobs.waitForAll();
        }
        Theme::apply(Theme::Mode::Light);
    }
};

QTEST_MAIN(TestChartTheme)
#include "tst_charttheme.moc"
