#pragma once

#include "core/analytics/ReturnStats.h"
#include "ui/backtest/LabData.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTableView;
class QValueAxis;

namespace sn::ui {

class HeatmapWidget;
class TradeTableModel;

// One run's results: KPI cards (each with its formula and convention from
// bt::Metrics::explain), equity against buy & hold, drawdown, the monthly
// returns grid and the trades table. Shows a prepared RunView; computes
// nothing heavier than setting points.
class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    void showRun(const RunView &run, const Convention &convention);
    void clear();

    // The KPI card keys, in display order: total_return, cagr, sharpe,
    // sortino, max_drawdown, trades, win_rate, profit_factor.
    static QStringList kpiKeys();
    QLabel *kpiCard(const QString &key) const { return m_cards.value(key); }
    // The value text of a card ("12.34 %"), as formatted for display.
    QString kpiText(const QString &key) const;
    static QString formatKpi(const QString &key, const bt::BacktestMetrics &m);

    // Pixel width the curves are decimated to.
    int plotWidth() const;
    QChartView *equityView() const { return m_equityView; }
    QChartView *drawdownView() const { return m_drawdownView; }
    QLineSeries *equitySeries() const { return m_equity; }
    QLineSeries *benchmarkSeries() const { return m_benchmark; }
    HeatmapWidget *monthlyHeatmap() const { return m_monthly; }
    QTableView *tradesView() const { return m_tradesView; }
    TradeTableModel *tradesModel() const { return m_trades; }

Q_SIGNALS:
    void tradeSelected(const QString &symbol, qint64 entryTimeMs, qint64 exitTimeMs);
    // The same with the fill prices, for trade markers on a price chart.
    void tradeSelectedWithPrices(const QString &symbol, qint64 entryTimeMs, double entryPrice,
                                 qint64 exitTimeMs, double exitPrice);

private:
    QLabel *m_title;
    QHash<QString, QLabel *> m_cards;
    QHash<QString, QString> m_values;
    QChart *m_equityChart;
    QChartView *m_equityView;
    QLineSeries *m_equity;
    QLineSeries *m_benchmark;
    QDateTimeAxis *m_equityX;
    QValueAxis *m_equityY;
    QChart *m_drawdownChart;
    QChartView *m_drawdownView;
    QLineSeries *m_drawdown;
    QDateTimeAxis *m_drawdownX;
    QValueAxis *m_drawdownY;
    HeatmapWidget *m_monthly;
    TradeTableModel *m_trades;
    QTableView *m_tradesView;
    bool m_tradesSized = false;
};

} // namespace sn::ui
