// End-to-end bar import: a seeded 1,000,000-row Yahoo CSV file through
// BarImporter (parse + validate + one transaction) into SQLite, and into
// PostgreSQL when a URL is given. Also the cold start of the desktop app to a
// shown main window on the sample database.
//
//   build/benchmarks/bench_import [postgresql://user@host:port/db]
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/SampleData.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <random>

namespace {

bool writeCsv(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 0.01);
    double price = 100.0;
    QByteArray out = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    out.reserve(64 * 1024 * 1024);
    // Daily bars back from 1900 so a million rows fit in valid dates.
    std::int64_t day = sn::daysFromCivil(1900, 1, 1);
    char line[160];
    for (int i = 0; i < rows; ++i, ++day) {
        const double open = price;
        price = std::max(1.0, price * (1.0 + step(rng)));
        const double close = price;
        const double high = std::max(open, close) * 1.004;
        const double low = std::min(open, close) * 0.996;
        const std::string date = sn::formatDate(day * sn::kMsPerDay);
        const int n = std::snprintf(line, sizeof line, "%s,%.6f,%.6f,%.6f,%.6f,%.6f,%d\n", date.c_str(), open,
                                    high, low, close, close, 1000000 + i % 5000);
        out.append(line, n);
    }
    return f.write(out) == out.size();
}

double importOnce(const QString &url, const QString &csv)
{
    auto db = sn::Database::open(url);
    if (!db || !db.value()->migrate()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(url));
        return -1;
    }
    sn::CsvReadOptions options;
    options.symbol = "BENCH";
    QElapsedTimer t;
    t.start();
    auto report = sn::BarImporter(*db.value()).importFile(csv, options);
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!report) {
        std::fprintf(stderr, "import failed: %s\n", report.error().toString().c_str());
        return -1;
    }
    if (report->rowsImported != 1'000'000)
        std::fprintf(stderr, "imported %lld rows, expected 1000000\n",
                     static_cast<long long>(report->rowsImported));
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("machine: %s\n", sn::bench::machineDescription().c_str());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bars.csv"));
    if (!writeCsv(csv, 1'000'000))
        return 1;
    bool ok = true;

    // Best of three fresh databases (a re-import would measure upserts of equal rows).
    sn::bench::Timing sqlite;
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i)
        runs.push_back(
            importOnce(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("b%1.sqlite").arg(i)), csv));
    std::sort(runs.begin(), runs.end());
    sqlite = {runs.front(), runs[1], 3};
    ok &= runs.front() > 0 &&
          sn::bench::report("import 1,000,000-row CSV into SQLite (parse+validate+store)", sqlite, 2000);
    const double reimport =
        importOnce(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("b0.sqlite")), csv);
    std::printf("re-import of the same file into SQLite (upsert, nothing changes): %.1f ms\n", reimport);

    if (argc > 1) {
        const QString pg = QString::fromLocal8Bit(argv[1]);
        runs.clear();
        for (int i = 0; i < 3; ++i) {
            // Each run starts without the instrument, so it measures inserts.
            if (auto db = sn::Database::open(pg); db && db.value()->migrate())
                sn::InstrumentRepository(*db.value()).remove(QStringLiteral("BENCH")).ok();
            runs.push_back(importOnce(pg, csv));
        }
        std::sort(runs.begin(), runs.end());
        ok &= runs.front() > 0 &&
              sn::bench::report("import 1,000,000-row CSV into PostgreSQL (parse+validate+store)",
                                {runs.front(), runs[1], 3}, 5000);
    }

    // Cold start: a new process on the seeded sample database, timed by the
    // app itself from main() to the first shown window, and from outside.
    const QString sampleDb = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("sample.sqlite"));
    {
        auto db = sn::Database::open(sampleDb);
        if (!db || !db.value()->migrate() || !sn::SampleData(*db.value()).load())
            return 1;
    }
    std::vector<double> inside, outside;
    for (int i = 0; i < 5; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(SUPERNOVA_DESKTOP_BINARY),
                {QStringLiteral("--db"), sampleDb, QStringLiteral("--exit-after-show")});
        p.waitForReadyRead(10000);
        const double wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
        p.waitForFinished(10000);
        const QString line = QString::fromUtf8(p.readAllStandardOutput());
        const double self = line.section(QLatin1Char(' '), 4, 4).toDouble();
        inside.push_back(self);
        outside.push_back(wall);
    }
    std::sort(inside.begin(), inside.end());
    std::sort(outside.begin(), outside.end());
    ok &= sn::bench::report(std::string("cold start to shown main window, process wall clock (platform ") +
                                (qEnvironmentVariableIsSet("DISPLAY") ? "xcb" : "offscreen") + ")",
                            {outside.front(), outside[2], 5}, 500);
    std::printf("  of which inside main() to shown: best %.0f ms, median %.0f ms\n", inside.front(),
                inside[2]);
    return ok ? 0 : 1;
}
