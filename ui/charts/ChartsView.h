#pragma once

#include "core/workspace/MarketData.h"
#include "ui/charts/PriceChartView.h"
#include "ui/shell/Area.h"

#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace sn::ui {

class ChartNews;
class NewsList;
class SentimentPane;

// The Charts area: a symbol picker over the stored instruments, interval,
// chart type, range presets, log scale, compare symbols, an indicator list
// with parameters, export, and the PriceChartView showing it all.
class ChartsView : public Area
{
    Q_OBJECT
public:
    ChartsView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);

    QString areaId() const override { return QStringLiteral("charts"); }
    QString title() const override { return tr("Charts"); }
    QIcon icon() const override;
    QList<QAction *> fileActions() const override;
    void refresh() override;

    // Shows this symbol (and interval when given) once the instruments are
    // known; the backtest lab calls this before setTradeMarkers().
    void openSymbol(const QString &symbol, const QString &interval = QString());
    PriceChartView *chart() const { return m_chart; }
    // The news sentiment pane under the chart and the news list beside it
    // (issue 15), kept on the chart's symbol and period by ChartNews.
    SentimentPane *sentimentPane() const { return m_sentiment; }
    NewsList *newsList() const { return m_newsList; }
    ChartNews *news() const { return m_news; }
    // Opens `symbol` (daily) and marks one trade's entry and exit on it, with
    // the chart zoomed to the trade and some bars either side.
    void showTrade(const QString &symbol, TimestampMs entryTime, double entryPrice, TimestampMs exitTime,
                   double exitPrice);
    QString currentSymbol() const;
    // The symbols offered in the symbol box (those with stored bars).
    QStringList symbols() const;
    QString statusText() const;
    // The "Split/dividend adjusted" toggle (off: the stored prices as traded).
    QCheckBox *adjustedBox() const { return m_adjusted; }

    // One row of the indicator list: the indicator with its parameters, and
    // whether it is shown. The list's rows in order, copies included, so a
    // rebuilt view (language switch) can be given back the same list.
    struct IndicatorPick
    {
        IndicatorSpec spec;
        bool shown = false;
    };
    std::vector<IndicatorPick> indicatorPicks() const;
    void setIndicatorPicks(const std::vector<IndicatorPick> &picks);

Q_SIGNALS:
    // The instrument list arrived (after refresh()).
    void instrumentsLoaded();
    // The chart shows `symbol` (after openSymbol or a pick in the list).
    void chartLoaded(const QString &symbol);

private:
    void setInstruments(std::vector<InstrumentSummary> list);
    void fillIntervals();
    void load();
    void applyIndicators();
    void showParameters(QListWidgetItem *item);
    void exportTo(const QString &format);
    void markPendingTrade();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    std::vector<InstrumentSummary> m_instruments;
    QString m_pendingSymbol;
    QString m_pendingInterval;
    struct PendingTrade
    {
        QString symbol;
        TimestampMs entryTime = 0;
        double entryPrice = 0;
        TimestampMs exitTime = 0;
        double exitPrice = 0;
    };
    std::optional<PendingTrade> m_pendingTrade;
    PriceChartView *m_chart;
    QComboBox *m_symbol;
    QComboBox *m_interval;
    QComboBox *m_type;
    QButtonGroup *m_presets;
    QCheckBox *m_log;
    QCheckBox *m_volume;
    QCheckBox *m_adjusted;
    QLineEdit *m_compare;
    QListWidget *m_indicatorList;
    QWidget *m_paramBox;
    QFormLayout *m_paramForm;
    QLabel *m_status;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    SentimentPane *m_sentiment = nullptr;
    NewsList *m_newsList = nullptr;
    ChartNews *m_news = nullptr;
};

} // namespace sn::ui
