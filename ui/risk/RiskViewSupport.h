#pragma once

// Formatting and chart helpers shared by the files that implement RiskView
// (RiskView.cpp, RiskViewCompute.cpp, RiskViewShow.cpp); not an API.

#include "core/common/Time.h"
#include "core/workspace/SettingsService.h"
#include "ui/portfolio/TransactionCommands.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/risk/CorrelationHeatmap.h"
#include "ui/risk/RiskView.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sn::ui::risk_detail {

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString percent(double v, int decimals = 2)
{
    return Formats::percent(v, decimals);
}

inline QString ratio(double v)
{
    return Formats::ratio(v);
}

inline QString money(double v)
{
    return Formats::money(v);
}

inline QString dateText(TimestampMs ms)
{
    return Formats::date(ms);
}

inline QString errorText(const Error &e)
{
    return qs(e.toUserString());
}

inline QTableView *makeTable(QWidget *parent, QStandardItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

inline QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

inline QStandardItem *numberItem(const QString &text, std::optional<double> raw)
{
    auto *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (raw)
        item->setData(*raw, RiskView::RawValueRole);
    return item;
}

inline QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setAccessibleName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

inline QString varMethodName(RiskReport::VarMethod m)
{
    switch (m) {
    case RiskReport::VarMethod::Historical:
        return RiskView::tr("historical");
    case RiskReport::VarMethod::Normal:
        return RiskView::tr("parametric normal");
    case RiskReport::VarMethod::CornishFisher:
        return RiskView::tr("Cornish-Fisher");
    case RiskReport::VarMethod::MonteCarlo:
        return RiskView::tr("Monte Carlo");
    }
    return {};
}

inline QString conventionSummary(const Convention &c)
{
    return RiskView::tr("Convention: %1 (%2 periods/year, %3, risk-free %4 a year)")
        .arg(DisplayNames::convention(c.name), QLocale().toString(c.periodsPerYear, 'g', 4),
             c.ddof == 1 ? RiskView::tr("sample deviation") : RiskView::tr("population deviation"),
             percent(c.riskFreeAnnual));
}

// Replaces the view's chart, deleting the old one (QChartView releases it).
inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

// Frontier choice codes in the combo's item data.
constexpr int kChoiceMinVariance = -1;
constexpr int kChoiceMaxSharpe = -2;

} // namespace sn::ui::risk_detail
