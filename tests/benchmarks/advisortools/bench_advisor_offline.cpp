// Offline advisor: a whole answer (parse, list_instruments, the tool run,
// writing) on the bundled sample data in a temporary SQLite file. The issue
// asks for <= 100 ms for a backtest question.
#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace sn;
using namespace sn::advisor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    QTemporaryDir dir;
    auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db || !db.value()->migrate() || !SampleData(**db).load()) {
        std::fprintf(stderr, "cannot set up the sample database\n");
        return 1;
    }
    const ToolRegistry tools = makeAdvisorTools(**db);
    const OfflineAdvisor advisor(tools);
    bool ok = true;
    struct Case
    {
        const char *name;
        const char *question;
        double limitMs;
    };
    for (const Case &c :
         {Case{"backtest question (AAPL, 20/50 since 2015, vs buy & hold)",
               "Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold", 100},
          Case{"backtest question (^GSPC, 5,105 bars, RSI 30/70)", "Backtest RSI 30/70 on ^GSPC", 100},
          Case{"portfolio VaR question", "What is my portfolio's 95% VaR and what drives it?", 0},
          Case{"optimise question (100-point grid on AAPL)", "Optimise the SMA crossover on AAPL", 0}}) {
        bool answered = true;
        const bench::Timing t = bench::measure(
            [&] {
                const AdvisorAnswer a = advisor.answer(QString::fromUtf8(c.question));
                answered = answered && !a.toolCalls.empty() && a.toolCalls.front().ok;
            },
            20);
        if (!answered) {
            std::fprintf(stderr, "%s: the tool failed\n", c.name);
            ok = false;
        }
        ok = bench::report(c.name, t, c.limitMs) && ok;
    }
    return ok ? 0 : 1;
}
