#pragma once

#include <QCoreApplication>
#include <QString>
#include <string_view>

namespace sn::ui {

// What the analyst reads for the ids the core and the CLI use ("sma_cross",
// "sharpe", "vectorbt", ...). The ids stay the stored and scripted form; only
// the screen shows these, translated. An id without an entry is shown as it is,
// so a strategy added to the core is never hidden, only less readable.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString strategy(std::string_view id);
    static QString strategyDescription(std::string_view id);
    // A strategy parameter ("fast", "exit_period") as a form label.
    static QString parameter(std::string_view id);
    static QString metric(std::string_view id);
    static QString convention(std::string_view id);
    // A stress scenario's label as the core gives it ("2008-09-01:2009-03-31",
    // "class:equity=-0.2", "AAPL=-0.3", "all=-0.1").
    static QString stressScenario(std::string_view label);
    // A ledger transaction type ("buy", "transfer_in").
    static QString transactionType(std::string_view id);
};

} // namespace sn::ui
