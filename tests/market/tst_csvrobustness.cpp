#include "core/market/CsvBarReader.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QTest>
#include <random>

using namespace sn;

// Mutates and truncates valid files thousands of times: the reader must never
// crash, hang or break its own invariants; it returns data or an error.
class TestCsvRobustness : public QObject
{
    Q_OBJECT
private:
    static void checkResult(const Result<CsvBarData> &r, std::size_t textSize)
    {
        if (!r.ok()) {
            QVERIFY(!r.error().message.empty());
            return;
        }
        const CsvBarData &d = *r;
        std::size_t bars = 0;
        for (const auto &s : d.series) {
            QVERIFY(s.isStrictlyIncreasing());
            QCOMPARE(s.open.size(), s.size());
            QCOMPARE(s.volume.size(), s.size());
            for (std::size_t i = 0; i < s.size(); ++i) {
                QVERIFY(s.low[i] > 0);
                QVERIFY(s.low[i] <= s.open[i] && s.open[i] <= s.high[i]);
                QVERIFY(s.low[i] <= s.close[i] && s.close[i] <= s.high[i]);
                QVERIFY(s.volume[i] >= 0);
            }
            bars += s.size();
        }
        QCOMPARE(bars, d.rowsAccepted);
        QCOMPARE(d.rowsAccepted + d.rowsSkipped, d.rowsRead);
        for (const auto &i : d.issues)
            QVERIFY(i.line >= 2 && i.line <= textSize + 1);
    }

    void fuzz(const QString &path, int iterations, std::uint32_t seed)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        QVERIFY(original.size() > 100);
        std::mt19937 rng(seed);
        const char alphabet[] = ",;|\t\r\n\"\0.-+eE0123456789nainf ";
        for (int it = 0; it < iterations; ++it) {
            std::string text(original.constData(), static_cast<std::size_t>(original.size()));
            int mutations = 1 + static_cast<int>(rng() % 8);
            for (int m = 0; m < mutations && !text.empty(); ++m) {
                std::size_t pos = rng() % text.size();
                switch (rng() % 5) {
                case 0:
                    text[pos] = alphabet[rng() % (sizeof alphabet - 1)];
                    break;
                case 1:
                    text.erase(pos, 1 + rng() % 16);
                    break;
                case 2:
                    text.insert(pos, 1, alphabet[rng() % (sizeof alphabet - 1)]);
                    break;
                case 3:
                    text.resize(pos);
                    break; // truncation
                case 4:
                    text.insert(pos, text.substr(rng() % text.size(), rng() % 64));
                    break;
                }
            }
            CsvReadOptions opt;
            opt.skipBadRows = rng() % 2;
            // Now and then force a layout or a date format, as a user could.
            if (rng() % 4 == 0)
                opt.format = static_cast<CsvFormat>(rng() % 7);
            if (rng() % 8 == 0)
                opt.dateFormat = static_cast<DateFormat>(rng() % 8);
            auto r = readBarCsvText(text, "fuzz.csv", opt);
            checkResult(r, std::count(text.begin(), text.end(), '\n') + 1);
            if (QTest::currentTestFailed()) {
                qWarning("iteration %d (seed %u) failed", it, seed);
                return;
            }
        }
    }

private slots:
    void mutateYahoo()
    {
        fuzz(test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv")), 3000, 20261122);
    }
    void mutateLong() { fuzz(test::sampleDataFile(QStringLiteral("stocks_monthly_2000_2010.csv")), 2000, 7); }
    void mutateSmallFiles()
    {
        for (const char *name : {"semicolon_decimal_comma.csv", "aapl.us.txt", "quoted.csv", "bad_mixed.csv"})
            fuzz(test::testDataFile(QStringLiteral("csv/") + QLatin1String(name)), 1500, 99);
    }
};

QTEST_APPLESS_MAIN(TestCsvRobustness)
#include "tst_csvrobustness.moc"
