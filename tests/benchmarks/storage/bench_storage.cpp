// Bulk bar storage: 1,000,000 bars into SQLite and PostgreSQL, and back.
//   bench_storage [--pg postgresql://user@host:port/db] [--bars N] [--skip-baseline]
// Without --pg (or SUPERNOVA_BENCH_PG_URL) the PostgreSQL figures are skipped.
// Each store runs into a freshly migrated database (SQLite: a new file;
// PostgreSQL: a new schema), timing only the store() call.
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

using namespace sn;

namespace {

// A deterministic 5-minute random walk: realistic magnitudes, increasing times.
BarSeries makeBars(std::size_t n)
{
    BarSeries s;
    s.symbol = "BENCH";
    s.interval = "5m";
    s.reserve(n);
    std::mt19937_64 rng(20240229);
    std::normal_distribution<double> step(0.0, 0.002);
    std::uniform_real_distribution<double> range(0.0, 0.003);
    double price = 100.0;
    TimestampMs t = toTimestamp(CivilDate{2000, 1, 3});
    for (std::size_t i = 0; i < n; ++i) {
        const double open = price;
        price *= 1.0 + step(rng);
        const double close = price;
        const double high = std::max(open, close) * (1.0 + range(rng));
        const double low = std::min(open, close) * (1.0 - range(rng));
        s.append(t, open, high, low, close, std::floor(1000.0 + 5000.0 * range(rng) * 333.0));
        t += 5 * 60 * 1000;
    }
    return s;
}

bench::Timing fromRuns(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    bench::Timing t;
    t.runs = static_cast<int>(ms.size());
    t.bestMs = ms.front();
    t.medianMs = ms[ms.size() / 2];
    return t;
}

double elapsedMs(bench::Clock::time_point since)
{
    return std::chrono::duration<double, std::milli>(bench::Clock::now() - since).count();
}

struct Fresh
{
    std::unique_ptr<Database> db;
    qint64 instrumentId = 0;
};

Fresh freshDatabase(const QString &url, bool postgres)
{
    Fresh f;
    auto db = Database::open(url);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", url.toStdString().c_str(),
                     db.error().toString().c_str());
        std::exit(2);
    }
    f.db = std::move(db).value();
    if (postgres) {
        QSqlQuery q(*f.db->connection());
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
    }
    if (auto m = f.db->migrate(); !m) {
        std::fprintf(stderr, "migrate: %s\n", m.error().toString().c_str());
        std::exit(2);
    }
    Instrument i;
    i.symbol = QStringLiteral("BENCH");
    f.instrumentId = InstrumentRepository(*f.db).upsert(i).valueOr(0);
    return f;
}

// The row-by-row path QtSql offers: one prepared INSERT, execBatch, one transaction.
double execBatchMs(const Fresh &f, const BarSeries &bars)
{
    QVariantList ids, ivs, ts, o, h, l, c, v;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        ids << f.instrumentId;
        ivs << QString::fromStdString(bars.interval);
        ts << QVariant::fromValue<qint64>(bars.time[i]);
        o << bars.open[i];
        h << bars.high[i];
        l << bars.low[i];
        c << bars.close[i];
        v << bars.volume[i];
    }
    const auto t0 = bench::Clock::now();
    auto r = f.db->transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO bars (instrument_id, \"interval\", ts, open, high, low, close, volume)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariantList *list : {&ids, &ivs, &ts, &o, &h, &l, &c, &v})
            q.addBindValue(*list);
        if (!q.execBatch())
            return makeError(ErrorCode::DatabaseError, q.lastError().text().toStdString());
        return {};
    });
    const double ms = elapsedMs(t0);
    if (!r)
        std::fprintf(stderr, "execBatch failed: %s\n", r.error().toString().c_str());
    return ms;
}

bool g_skipBaseline = false;

bool runEngine(const char *engine, const std::function<QString()> &newUrl, bool postgres,
               const BarSeries &bars, std::size_t baselineBars, double storeLimitMs, double loadLimitMs)
{
    bool ok = true;
    const std::string n = std::to_string(bars.size());

    if (!g_skipBaseline) {
        Fresh f = freshDatabase(newUrl(), postgres);
        const BarSeries part = bars.sliceIndex(0, std::min(baselineBars, bars.size()));
        const double ms = execBatchMs(f, part);
        const double scaled = ms * static_cast<double>(bars.size()) / static_cast<double>(part.size());
        std::printf("%s baseline QSqlQuery::execBatch: %zu bars in %.1f ms -> %.1f ms per %s bars (before)\n",
                    engine, part.size(), ms, scaled, n.c_str());
        std::fflush(stdout);
    }

    // Process CPU time next to wall time: on a shared machine the wall
    // figures include waiting for a core (and, for PostgreSQL, the server
    // process's work is not in this process's CPU time).
    std::vector<double> storeCpu;
    std::vector<double> loadCpu;
    std::vector<double> storeRuns;
    std::vector<double> reimportRuns;
    std::vector<double> loadRuns;
    for (int run = 0; run < 3; ++run) {
        Fresh f = freshDatabase(newUrl(), postgres);
        BarRepository repo(*f.db);
        auto t0 = bench::Clock::now();
        std::clock_t c0 = std::clock();
        auto stored = repo.store(f.instrumentId, bars);
        storeRuns.push_back(elapsedMs(t0));
        storeCpu.push_back(1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
        if (!stored || *stored != static_cast<qint64>(bars.size())) {
            std::fprintf(stderr, "store failed: %s\n",
                         stored ? "short count" : stored.error().toString().c_str());
            return false;
        }
        t0 = bench::Clock::now();
        auto again = repo.store(f.instrumentId, bars);
        reimportRuns.push_back(elapsedMs(t0));
        if (!again)
            return false;
        for (int k = 0; k < 2; ++k) {
            t0 = bench::Clock::now();
            c0 = std::clock();
            auto loaded = repo.load(f.instrumentId, QStringLiteral("5m"));
            loadRuns.push_back(elapsedMs(t0));
            loadCpu.push_back(1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
            if (!loaded || loaded->size() != bars.size() || loaded->close != bars.close) {
                std::fprintf(stderr, "load returned different bars\n");
                return false;
            }
        }
    }
    ok &= bench::report(std::string(engine) + " store " + n + " bars (after, fresh table)",
                        fromRuns(storeRuns), storeLimitMs);
    bench::report(std::string(engine) + " re-import " + n + " bars (upsert over existing)",
                  fromRuns(reimportRuns), 0);
    ok &= bench::report(std::string(engine) + " load " + n + " bars into BarSeries", fromRuns(loadRuns),
                        loadLimitMs);
    std::printf("%s CPU time of this process: store best %.1f ms, load best %.1f ms\n", engine,
                *std::min_element(storeCpu.begin(), storeCpu.end()),
                *std::min_element(loadCpu.begin(), loadCpu.end()));
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QString pgUrl = qEnvironmentVariable("SUPERNOVA_BENCH_PG_URL");
    std::size_t nBars = 1'000'000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pg") == 0 && i + 1 < argc)
            pgUrl = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--bars") == 0 && i + 1 < argc)
            nBars = std::strtoull(argv[++i], nullptr, 10);
        else if (std::strcmp(argv[i], "--skip-baseline") == 0)
            g_skipBaseline = true;
    }
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    const BarSeries bars = makeBars(nBars);

    QTemporaryDir dir;
    int counter = 0;
    bool ok = runEngine(
        "sqlite",
        [&] { return QStringLiteral("sqlite://%1/bench-%2.sqlite").arg(dir.path()).arg(++counter); }, false,
        bars, bars.size(), 1500, 300);
    if (pgUrl.isEmpty()) {
        std::printf("postgresql: skipped (pass --pg URL or set SUPERNOVA_BENCH_PG_URL)\n");
    } else {
        // Row-by-row over a socket is slow: the baseline runs on 100,000 bars and is scaled.
        ok &= runEngine(
            "postgresql", [&] { return pgUrl; }, true, bars, 100'000, 5000, 0);
    }
    std::printf("peak RSS: %.0f MiB\n", bench::peakRssMiB());
    std::printf("%s\n", ok ? "ALL PASS" : "SOME FAIL");
    return ok ? 0 : 1;
}
