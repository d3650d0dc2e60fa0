// Issue 15: refreshing 50 cached symbols when nothing is new must cost at most
// one request each and at most 2 s in all on loopback. The vendor is the
// Yahoo-format test server on 127.0.0.1 in this thread; the database is a
// fresh SQLite file. Run: build/benchmarks/bench_market_refresh
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/Workspace.h"
#include "tests/benchmarks/benchutils/Bench.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <cstdio>

using namespace sn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kSymbols = 50;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const test::Market market =
        test::Market::acme(today.addYears(-2), today, today.addDays(-200), today.addDays(-100));
    test::VendorServer server([&](const test::VendorServer::Request &r) {
        return test::yahooChart(market, QString::fromLatin1(r.path.mid(r.path.lastIndexOf('/') + 1)),
                                r.item("period1").toLongLong(), r.item("period2").toLongLong());
    });
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    QTemporaryDir dir;
    auto ws = Workspace::open(QStringLiteral("sqlite://") + dir.path() + QStringLiteral("/bench.sqlite"));
    if (!ws) {
        std::fprintf(stderr, "%s\n", ws.error().toString().c_str());
        return 1;
    }
    MarketFetchService service(**ws);
    MarketFetchOptions options;
    options.provider = QStringLiteral("yahoo");
    options.baseUrl = server.url();
    options.from = today.addYears(-2);
    QStringList symbols;
    for (int i = 0; i < kSymbols; ++i)
        symbols << QStringLiteral("SYM%1").arg(i, 2, 10, QLatin1Char('0'));
    for (const QString &s : symbols) {
        auto o = service.fetch(s, options);
        if (!o) {
            std::fprintf(stderr, "%s\n", o.error().toString().c_str());
            return 1;
        }
    }
    options.from = {};
    const auto before = server.requests().size();
    int failures = 0;
    const bench::Timing t = bench::measure(
        [&] {
            for (const QString &s : symbols)
                failures += service.fetch(s, options).ok() ? 0 : 1;
        },
        5);
    const double requestsPerSymbol =
        double(server.requests().size() - before) / double(kSymbols * (t.runs + 1)); // + the warm-up
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    std::printf("requests per symbol per refresh: %.2f (limit 1)\n", requestsPerSymbol);
    const bool fast = bench::report("refresh 50 cached symbols (nothing new), SQLite, loopback", t, 2000);
    return fast && failures == 0 && requestsPerSymbol <= 1.0 ? 0 : 1;
}
