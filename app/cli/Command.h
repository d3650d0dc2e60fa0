#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace sn::cli {

class CliContext;

// One top-level command: "import", "bars", "db", "backtest", ...
struct Command
{
    QString name;
    QString summary;
    std::function<int(CliContext &, const QStringList &args)> run;
};

// Each file that implements commands contributes them through one function;
// the registry in Cli.cpp lists those functions, so adding an area of
// commands touches one line there.
std::vector<Command> dataCommands();      // import, instruments, bars, db, sample
std::vector<Command> backtestCommands();  // backtest, optimize, walkforward
std::vector<Command> catalogCommands();   // strategies, indicator
std::vector<Command> runCommands();       // runs
std::vector<Command> portfolioCommands(); // portfolio
std::vector<Command> advisorCommands();   // ask, conversations
std::vector<Command> ruleCommands();      // rules (alias rule): list, show, save, export, import, check, ...
std::vector<Command> reportCommands();    // report
std::vector<Command> syncCommands();      // sync login|logout|status|push|pull|share|conflicts|resolve
std::vector<Command> fetchCommands();     // fetch, fx
std::vector<Command> newsCommands();      // news ingest|list, sentiment

// "backtest runs ..." is the same as "runs ...": backtest hands it over.
int runsCommand(CliContext &ctx, const QStringList &args);

// True when the command line runs a command that draws with QtGui (report):
// main() then makes an offscreen QGuiApplication instead of a QCoreApplication.
bool commandNeedsGui(const QStringList &arguments);

// Runs the CLI over the process arguments (argv[0] first).
int run(const QStringList &arguments);

} // namespace sn::cli
