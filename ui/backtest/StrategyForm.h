#pragma once

#include "core/backtest/Strategy.h"
#include "core/common/Result.h"
#include "core/workspace/MarketData.h"
#include "ui/backtest/LabData.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace sn::ui {

// The lab's input form: symbol(s), strategy, the strategy's parameters
// (editors generated from its ParamSpec with the spec's ranges and
// defaults), dates, costs, sizing and fill timing. Every edit re-validates
// through the strategy's own StrategyInfo::validate, and the error is shown
// under the parameter it names.
class StrategyForm : public QWidget
{
    Q_OBJECT
public:
    explicit StrategyForm(QWidget *parent = nullptr);

    void setInstruments(const std::vector<InstrumentSummary> &instruments);

    const bt::StrategyInfo *strategyInfo() const;
    bool isValid() const { return m_valid; }
    // The first problem, as shown in place ("" when valid).
    QString problem() const { return m_problem; }
    // Everything resolved for a run; the error is the shown problem.
    Result<LabInputs> inputs() const;

    void setStrategy(const QString &name);
    void setSymbol(const QString &symbol);
    bool setParam(const QString &name, double value);
    QStringList selectedSymbols() const;
    // "Split/dividend adjusted": the run reads the adjusted series (default off: as stored).
    void setAdjusted(bool adjusted);
    bool isAdjusted() const;
    QCheckBox *adjustedBox() const { return m_adjusted; }
    // Current parameter values in spec order (the last acceptable value of
    // an editor being typed in).
    std::vector<double> paramValues() const;

    // For tests and the accessibility tree.
    QWidget *paramEditor(const QString &name) const { return m_editors.value(name); }
    QLabel *paramError(const QString &name) const { return m_errors.value(name); }
    QComboBox *strategyBox() const { return m_strategy; }
    QListWidget *symbolList() const { return m_symbols; }

Q_SIGNALS:
    void validityChanged(bool valid);
    void strategyChanged();
    // Any input of a run changed (symbols, strategy, parameters, dates, prices, costs, sizing, fills).
    void inputsChanged();

private:
    void rebuildParams();
    void symbolsChanged();
    void validate();
    void showProblem(const QString &param, const QString &text);

    std::vector<InstrumentSummary> m_instruments;
    QListWidget *m_symbols;
    QComboBox *m_strategy;
    QLabel *m_description;
    QFormLayout *m_paramLayout;
    QWidget *m_paramBox;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDoubleSpinBox *m_cash;
    QDoubleSpinBox *m_commission;
    QDoubleSpinBox *m_perShare;
    QDoubleSpinBox *m_minimum;
    QDoubleSpinBox *m_slippage;
    QComboBox *m_sizing;
    QDoubleSpinBox *m_sizingValue;
    QComboBox *m_fill;
    QCheckBox *m_allowShort;
    QCheckBox *m_adjusted;
    QLabel *m_formError;
    bool m_valid = false;
    QString m_problem;
};

} // namespace sn::ui
