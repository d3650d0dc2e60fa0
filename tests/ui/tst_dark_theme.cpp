// Issue 17, "Dark theme complete" outside ui/charts: the lab's equity and
// drawdown charts, the walk-forward and comparison charts, and the advisor's
// cards and bubbles take the theme's colours, and follow a switch made while
// they are open.
#include "ui/advisor/TranscriptWidgets.h"
#include "ui/backtest/ResultsPanel.h"
#include "ui/settings/Theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace sn;
using namespace sn::ui;

namespace {

bool isDark(const QColor &c)
{
    return c.lightness() < 128;
}

QList<QChart *> chartsOf(QWidget &w)
{
    QList<QChart *> charts;
    for (QChartView *v : w.findChildren<QChartView *>())
        charts << v->chart();
    return charts;
}

} // namespace

class TestDarkTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void labChartsFollowTheTheme()
    {
        Theme::apply(Theme::Mode::Light);
        ResultsPanel panel;
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<QChart *> charts = chartsOf(panel);
        QCOMPARE(charts.size(), 2); // equity and drawdown
        for (QChart *c : charts)
            QVERIFY(!isDark(c->backgroundBrush().color()));

        // Switched while the panel is open.
        Theme::apply(Theme::Mode::Dark);
        QCoreApplication::processEvents();
        for (QChart *c : chartsOf(panel)) {
            QVERIFY2(isDark(c->backgroundBrush().color()), qPrintable(c->title()));
            QVERIFY(!isDark(c->titleBrush().color()));
            for (QAbstractAxis *axis : c->axes())
                QVERIFY2(!isDark(axis->labelsBrush().color()),
                         qPrintable(c->title())); // readable axis labels
        }
        // The series keep their meaning colours: the drawdown stays red, the benchmark grey.
        bool red = false;
        for (QChart *c : chartsOf(panel))
            for (QAbstractSeries *s : c->series())
                if (auto *line = qobject_cast<QLineSeries *>(s);
                    line && line->name() == QLatin1String("Drawdown"))
                    red = line->pen().color().red() > 200 && line->pen().color().green() < 100;
        QVERIFY(red);

        Theme::apply(Theme::Mode::Light);
        QCoreApplication::processEvents();
        for (QChart *c : chartsOf(panel))
            QVERIFY(!isDark(c->backgroundBrush().color()));
    }

    void advisorCardsFollowTheTheme()
    {
        Theme::apply(Theme::Mode::Dark);
        advisor::ToolActivity activity;
        activity.name = QStringLiteral("portfolio_risk");
        activity.result = QJsonObject{
            {QStringLiteral("var"), 0.021},
            {QStringLiteral("sharpe"), 0.9},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("portfolio"), QStringLiteral("Sample")}}}};
        MessageBubble bubble(MessageBubble::Kind::Answer, QStringLiteral("An answer"));
        bubble.addToolCard(activity);
        bubble.resize(600, 400);
        bubble.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bubble));
        ToolCard *card = bubble.toolCards().first();
        // No light background is left behind the dark theme's light text.
        for (const QString &sheet : {card->styleSheet(), bubble.styleSheet()})
            for (const QString &light :
                 {QStringLiteral("#f4f6fa"), QStringLiteral("#ffffff"), QStringLiteral("#e8f0fe")})
                QVERIFY2(!sheet.contains(light), qPrintable(sheet));
        const QImage dark = card->grab().toImage();
        QVERIFY(isDark(dark.pixelColor(dark.width() / 2, 3)));

        Theme::apply(Theme::Mode::Light);
        QCoreApplication::processEvents();
        const QImage light = card->grab().toImage();
        QVERIFY(!isDark(light.pixelColor(light.width() / 2, 3)));
    }
};

QTEST_MAIN(TestDarkTheme)
#include "tst_dark_theme.moc"
