// The guarded write path on large ledgers: one grid edit (LedgerService::update)
// and one added line (LedgerService::add) on a SQLite portfolio of 1,000,
// 10,000 and 100,000 lines. Each write locks, writes, reads the whole ledger
// back inside its transaction, replays it and commits, so its cost grows with
// the ledger; the portfolio grid makes this call on the GUI thread.
//   build/benchmarks/bench_ledger_write
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/Workspace.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace sn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    QTemporaryDir dir;
    for (int lines : {1'000, 10'000, 100'000}) {
        auto db = Database::open(QStringLiteral("sqlite://") +
                                 dir.filePath(QStringLiteral("l%1.sqlite").arg(lines)));
        if (!db || !(*db)->migrate()) {
            std::fprintf(stderr, "cannot open the database\n");
            return 1;
        }
        Instrument instrument;
        instrument.symbol = QStringLiteral("BENCH");
        instrument.name = QStringLiteral("Bench");
        auto id = InstrumentRepository(**db).upsert(instrument);
        BarSeries bars;
        bars.symbol = "BENCH";
        bars.interval = "1d";
        const TimestampMs start = 946'684'800'000LL; // 2000-01-01
        for (int d = 0; d < 9000; ++d) {
            bars.time.push_back(start + d * kMsPerDay);
            bars.open.push_back(100);
            bars.high.push_back(100);
            bars.low.push_back(100);
            bars.close.push_back(100);
            bars.volume.push_back(1000);
        }
        if (!id || !BarRepository(**db).store(*id, bars)) {
            std::fprintf(stderr, "cannot store bars\n");
            return 1;
        }
        Workspace workspace(**db);
        LedgerService ledger(workspace);
        auto portfolio = ledger.createPortfolio(QStringLiteral("Big"), QStringLiteral("USD"));
        std::vector<PortfolioTransaction> txs;
        PortfolioTransaction deposit;
        deposit.portfolioId = *portfolio;
        deposit.time = start;
        deposit.type = QStringLiteral("deposit");
        deposit.amount = Decimal::fromInt(1'000'000'000);
        txs.push_back(deposit);
        for (int i = 1; i < lines; ++i) {
            PortfolioTransaction buy;
            buy.portfolioId = *portfolio;
            buy.time = start + (i % 8000) * kMsPerDay;
            buy.type = QStringLiteral("buy");
            buy.instrumentId = *id;
            buy.quantity = Decimal::fromInt(1);
            buy.price = Decimal::fromInt(100);
            txs.push_back(buy);
        }
        // Set-up through the repository in one go; the writes measured go through the service.
        if (!PortfolioRepository(**db).addTransactions(txs)) {
            std::fprintf(stderr, "cannot store the ledger\n");
            return 1;
        }
        auto stored = ledger.transactions(*portfolio);
        PortfolioTransaction edited = stored->back();
        int flip = 0;
        bench::Timing update = bench::measure(
            [&]() {
                edited.quantity = Decimal::fromInt(1 + (++flip % 2));
                if (!ledger.update(edited))
                    std::fprintf(stderr, "update refused\n");
            },
            5);
        bench::report("LedgerService::update, ledger of " + std::to_string(lines) + " lines", update, 0);
        PortfolioTransaction extra = edited;
        extra.id = 0;
        bench::Timing add = bench::measure(
            [&]() {
                if (!ledger.add(*portfolio, {extra}))
                    std::fprintf(stderr, "add refused\n");
            },
            5);
        bench::report("LedgerService::add (one line), ledger of " + std::to_string(lines) + " lines", add, 0);
    }
    return 0;
}
