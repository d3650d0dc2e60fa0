// The pure policies of the LLM layer: retry delays and Retry-After, the
// circuit breaker's states on an injected clock, the usage meter's prices,
// daily totals, limit and price file.
#include "core/advisor/llm/CircuitBreaker.h"
#include "core/advisor/llm/RetryPolicy.h"
#include "core/advisor/llm/UsageMeter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::advisor;

class TestLlmPolicies : public QObject
{
    Q_OBJECT

private slots:
    void retryDelays()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 10000;
        p.jitter = 0.2;
        QCOMPARE(p.delayMs(1, -1, 0.5), 1000);
        QCOMPARE(p.delayMs(2, -1, 0.5), 2000);
        QCOMPARE(p.delayMs(3, -1, 0.0), 3200); // 4000 - 20 %
        QCOMPARE(p.delayMs(3, -1, 0.999999), 4800);
        QCOMPARE(p.delayMs(9, -1, 0.5), 10000);     // capped
        QCOMPARE(p.delayMs(1, 2500, 0.0), 2500);    // the server's wish, not jittered
        QCOMPARE(p.delayMs(1, 600000, 0.5), 10000); // ... but capped
        QVERIFY(RetryPolicy::isRetryableStatus(429));
        QVERIFY(RetryPolicy::isRetryableStatus(503));
        QVERIFY(RetryPolicy::isRetryableStatus(529));
        QVERIFY(!RetryPolicy::isRetryableStatus(400));
        QVERIFY(!RetryPolicy::isRetryableStatus(401));
    }

    void retryAfterParsing()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("120", now), 120000);
        QCOMPARE(RetryPolicy::parseRetryAfterMs(" 0 ", now), 0);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("1.5", now), 1500);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:30 GMT", now), 30000);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), 0); // in the past
        QCOMPARE(RetryPolicy::parseRetryAfterMs("", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("soon", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("-3", now), -1);
        // Words QByteArray::toDouble reads as numbers (found by fuzz_setting_values:
        // NaN went through the cap and was converted to int).
        QCOMPARE(RetryPolicy::parseRetryAfterMs("nan", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("-nan", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("inf", now), 24 * 3600 * 1000);
    }

    void breakerOpensAfterConsecutiveFailures()
    {
        qint64 now = 0;
        CircuitBreaker b(3, 10000, [&now] { return now; });
        QCOMPARE(b.state(), CircuitBreaker::State::Closed);
        b.recordFailure();
        b.recordFailure();
        b.recordSuccess(); // not consecutive any more
        b.recordFailure();
        b.recordFailure();
        QCOMPARE(b.state(), CircuitBreaker::State::Closed);
        QVERIFY(b.allowRequest());
        b.recordFailure();
        QCOMPARE(b.state(), CircuitBreaker::State::Open);
        QVERIFY(!b.allowRequest());
        now = 4000;
        QCOMPARE(b.retryInMs(), 6000);
        QVERIFY2(b.describe().contains(QStringLiteral("3 times in a row; next try in 6 s")),
                 qPrintable(b.describe()));
        QVERIFY(!b.allowRequest());
    }

    void halfOpenLetsOneTrialThrough()
    {
        qint64 now = 0;
        CircuitBreaker b(2, 1000, [&now] { return now; });
        b.recordFailure();
        b.recordFailure();
        now = 1000;
        QCOMPARE(b.state(), CircuitBreaker::State::HalfOpen);
        QVERIFY(b.allowRequest());  // the trial
        QVERIFY(!b.allowRequest()); // only one
        b.recordFailure();          // the trial failed: open again, a new cool-down
        QCOMPARE(b.state(), CircuitBreaker::State::Open);
        now = 1999;
        QVERIFY(!b.allowRequest());
        now = 2000;
        QVERIFY(b.allowRequest());
        b.recordSuccess();
        QCOMPARE(b.state(), CircuitBreaker::State::Closed);
        QCOMPARE(b.consecutiveFailures(), 0);
        QVERIFY(b.allowRequest());
        QVERIFY(b.allowRequest());
    }

    void meterPricesAndCost()
    {
        UsageMeter m;
        QVERIFY(m.priceFor(QStringLiteral("gpt-4o-mini")).has_value());
        // The longest matching prefix wins: a dated snapshot uses its family.
        const auto mini = m.priceFor(QStringLiteral("gpt-4o-mini-2024-07-18"));
        QVERIFY(mini);
        QCOMPARE(mini->inputPerMTok, 0.15);
        QVERIFY(!m.priceFor(QStringLiteral("llama3.1:8b")));
        m.setPrice(QStringLiteral("my-model"), {2.0, 8.0});
        QCOMPARE(m.estimateCost(QStringLiteral("my-model"), {1'000'000, 500'000}), 6.0);
        QCOMPARE(m.estimateCost(QStringLiteral("unknown"), {1'000'000, 1'000'000}), 0.0);
    }

    void dailyLimitRefusesCloudCalls()
    {
        QDateTime now(QDate(2026, 12, 1), QTime(23, 59, 0), Qt::UTC);
        UsageMeter m([&now] { return now; });
        m.setPrice(QStringLiteral("cloud"), {10.0, 30.0});
        m.setDailyLimitUsd(1.0);
        QVERIFY(m.check(QStringLiteral("cloud"), false).ok());
        QCOMPARE(m.record(QStringLiteral("cloud"), {50'000, 10'000}, false), 0.8);
        QVERIFY(m.check(QStringLiteral("cloud"), false).ok());      // 0.80 < 1.00
        m.record(QStringLiteral("cloud"), {10'000, 10'000}, false); // +0.40
        const Result<void> refused = m.check(QStringLiteral("cloud"), false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
        const QString msg = QString::fromStdString(refused.error().toString());
        QVERIFY2(msg.contains(QStringLiteral("daily cost limit of $1.00")) &&
                     msg.contains(QStringLiteral("$1.20 spent today")),
                 qPrintable(msg));
        // Local endpoints are free and never refused, and do not add up.
        QVERIFY(m.check(QStringLiteral("cloud"), true).ok());
        QCOMPARE(m.record(QStringLiteral("cloud"), {1'000'000, 1'000'000}, true), 0.0);
        QCOMPARE(m.spentToday(), 1.2);
        // A new UTC day starts from zero.
        now = now.addSecs(120);
        QCOMPARE(m.spentToday(), 0.0);
        QVERIFY(m.check(QStringLiteral("cloud"), false).ok());
        QCOMPARE(m.spentOn(QDate(2026, 12, 1)), 1.2);
    }

    void priceFileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.json"));
        UsageMeter a;
        a.setPrice(QStringLiteral("house-model"), {1.25, 2.5});
        QVERIFY(a.savePrices(path).ok());
        UsageMeter b;
        b.removePrice(QStringLiteral("gpt-4o"));
        QVERIFY(b.loadPrices(path).ok());
        QCOMPARE(b.prices().size(), a.prices().size());
        QCOMPARE(b.priceFor(QStringLiteral("house-model"))->outputPerMTok, 2.5);
        QVERIFY(b.priceFor(QStringLiteral("gpt-4o")));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"models": {"x": {"input": "cheap", "output": 1}}})");
        bad.close();
        const Result<void> r = b.loadPrices(bad.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().toString()).contains(QStringLiteral("models.x")),
                 r.error().toString().c_str());
        QVERIFY(b.priceFor(QStringLiteral("house-model"))); // the old table stays
        QVERIFY(!b.loadPrices(dir.filePath(QStringLiteral("missing.json"))).ok());
    }
};

QTEST_APPLESS_MAIN(TestLlmPolicies)
#include "tst_llmpolicies.moc"
