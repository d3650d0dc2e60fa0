// News sentiment speed (issue 15):
//   scoring 100,000 headlines with VaderScorer            limit 1 s
//   hourly and daily aggregates over 1,000,000 items (one
//   symbol, SQLite, NewsRepository::aggregate)             limit 2 s
//   bench_news [--items N]
// The items are written straight into a freshly migrated SQLite file in one
// transaction (the setup, not timed); only the aggregate queries are timed.
#include "core/news/VaderScorer.h"
#include "core/storage/Database.h"
#include "core/storage/NewsRepository.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace sn;

namespace {

// Realistic headline shapes, varied by company, verb and number so that no
// two are the same string.
std::vector<QString> makeHeadlines(std::size_t n)
{
    const char *companies[] = {"Apple", "Microsoft", "Tesla", "Nvidia", "Amazon", "Meta", "Netflix", "Intel"};
    const char *shapes[] = {
        "%1 beats estimates as sales surge %2%",
        "%1 shares plunge %2% after analyst downgrade",
        "%1 is not expected to raise guidance this quarter",
        "Why %1 stock could rally another %2% this year",
        "%1 faces lawsuit over alleged fraud in unit %2",
        "%1 holds annual meeting; investors focus on buybacks",
        "BREAKING: %1 CEO resigns unexpectedly!!!",
        "%1 earnings were slightly better than feared, but margins remain weak",
    };
    std::vector<QString> out;
    out.reserve(n);
    std::mt19937 rng(15);
    for (std::size_t i = 0; i < n; ++i) {
        QString h = QString::fromLatin1(shapes[rng() % 8]);
        h.replace(QLatin1String("%1"), QLatin1String(companies[rng() % 8]));
        h.replace(QLatin1String("%2"), QString::number(i % 97 + 1));
        out.push_back(h);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t items = 1'000'000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--items") == 0)
            items = std::size_t(std::strtoull(argv[i + 1], nullptr, 10));
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    bool ok = true;

    const std::vector<QString> headlines = makeHeadlines(100'000);
    const news::VaderScorer scorer;
    double sink = 0;
    const auto scoring = bench::measure(
        [&] {
            for (const QString &h : headlines)
                sink += scorer.score(h).compound;
        },
        5);
    ok &= bench::report("score 100,000 headlines", scoring, 1000);

    QTemporaryDir dir;
    auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("news.sqlite")));
    if (!db || !(*db)->migrate()) {
        std::fprintf(stderr, "cannot open or migrate the database\n");
        return 1;
    }
    const TimestampMs start = toTimestamp(CivilDate{2020, 1, 1});
    auto filled = (*db)->transaction([&](QSqlDatabase &conn) -> Result<void> {
        QSqlQuery item(conn), link(conn);
        item.prepare(QStringLiteral(
            "INSERT INTO news_items (id, title, title_key, published_at, ingested_at, scorer,"
            " compound, positive, negative, neutral) VALUES (?, ?, ?, ?, 0, 'bench', ?, 0, 0, 1)"));
        link.prepare(
            QStringLiteral("INSERT INTO news_item_symbols (item_id, symbol, how, published_at, hour_bucket,"
                           " compound) VALUES (?, 'BENCH', 'feed', ?, ?, ?)"));
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> score(-1.0, 1.0);
        for (std::size_t i = 0; i < items; ++i) {
            // About 4 years at one item every two minutes.
            const qint64 t = start + qint64(i) * 120'000;
            const double c = std::round(score(rng) * 10000) / 10000;
            const QString title = QStringLiteral("item %1").arg(i);
            item.addBindValue(qint64(i + 1));
            item.addBindValue(title);
            item.addBindValue(title);
            item.addBindValue(t);
            item.addBindValue(c);
            link.addBindValue(qint64(i + 1));
            link.addBindValue(t);
            link.addBindValue(t / 3'600'000); // as NewsRepository::insert fills it
            link.addBindValue(c);
            if (!item.exec() || !link.exec())
                return makeError(ErrorCode::DatabaseError, "insert failed");
        }
        return {};
    });
    if (!filled) {
        std::fprintf(stderr, "%s\n", filled.error().toString().c_str());
        return 1;
    }
    const TimestampMs end = start + qint64(items) * 120'000;
    NewsRepository repo(**db);
    std::size_t buckets = 0;
    const auto daily = bench::measure(
        [&] { buckets = repo.aggregate(QStringLiteral("BENCH"), start, end, kMsPerDay)->size(); }, 5);
    ok &= bench::report("daily aggregate over " + std::to_string(items) + " items (" +
                            std::to_string(buckets) + " days, SQLite)",
                        daily, 2000);
    const auto hourly = bench::measure(
        [&] { buckets = repo.aggregate(QStringLiteral("BENCH"), start, end, 3'600'000)->size(); }, 5);
    ok &= bench::report("hourly aggregate over " + std::to_string(items) + " items (" +
                            std::to_string(buckets) + " hours, SQLite)",
                        hourly, 2000);
    // Reference under the same load: the hourly query as it was before the
    // "news hour buckets" migration, on the index it had then (added here
    // after the timings above). Not a limit, only a comparison.
    {
        QSqlQuery q(*(*db)->connection());
        if (!q.exec(
                QStringLiteral("CREATE INDEX bench_old_series ON news_item_symbols (symbol, published_at, "
                               "compound)"))) {
            std::fprintf(stderr, "cannot add the old index\n");
            return 1;
        }
        const auto before = bench::measure(
            [&] {
                QSqlQuery old(*(*db)->connection());
                old.prepare(QStringLiteral(
                    "SELECT (published_at / 3600000) * 3600000 AS bucket, COUNT(*), AVG(compound),"
                    " AVG(CASE WHEN compound >= 0.05 THEN 1.0 ELSE 0.0 END),"
                    " AVG(CASE WHEN compound <= -0.05 THEN 1.0 ELSE 0.0 END)"
                    " FROM news_item_symbols INDEXED BY bench_old_series WHERE symbol = 'BENCH'"
                    " AND published_at >= ? AND published_at < ? GROUP BY bucket ORDER BY bucket"));
                old.addBindValue(qint64(start));
                old.addBindValue(qint64(end));
                old.exec();
                buckets = 0;
                while (old.next())
                    ++buckets;
            },
            5);
        bench::report("reference: hourly, the query before the migration (" + std::to_string(buckets) +
                          " hours, SQLite)",
                      before, 0);
    }
    std::printf("(checksum %.4f)\n", sink);
    return ok ? 0 : 1;
}
