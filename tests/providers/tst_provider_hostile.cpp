// Vendor answers that no honest vendor sends but a broken proxy, a captive
// portal or a hostile server can: the parsers must refuse them with an error
// that names the provider, the symbol and the field, never read them into
// undefined behaviour. Each case is an input tests/fuzz/fuzz_provider_responses
// found (docs/hardening.md); they run on bytes alone, no server.
#include "core/providers/YahooProvider.h"

#include <QTest>

using namespace sn;

namespace {

HttpReply answer(const QByteArray &body)
{
    HttpReply reply;
    reply.status = 200;
    reply.body = body;
    reply.url = QUrl(QStringLiteral("https://query1.finance.yahoo.com/v8/finance/chart/ACME"));
    return reply;
}

FetchRequest acme(const QString &interval = QStringLiteral("1d"))
{
    return FetchRequest{QStringLiteral("ACME"), QDate(2024, 1, 2), QDate(2024, 3, 28), interval};
}

QByteArray chart(const QByteArray &gmtoffset, const QByteArray &stamp, const QByteArray &events = "{}")
{
    return R"({"chart":{"result":[{"meta":{"currency":"USD","gmtoffset":)" + gmtoffset +
           R"(},"timestamp":[)" + stamp + R"(],"events":)" + events +
           R"(,"indicators":{"quote":[{"open":[10],"high":[11],"low":[9],"close":[10.5],"volume":[100]}]}}],"error":null}})";
}

} // namespace

class TestProviderHostile : public QObject
{
    Q_OBJECT

private slots:
    void yahooOutOfRangeNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QString>("field");
        // Found by the fuzzer: a double beyond qint64 converted to it (UBSan:
        // float-cast-overflow), and seconds * 1000 overflowing.
        QTest::newRow("gmtoffset 1e300") << chart("-1.8e300", "1704205800") << "1d"
                                         << "gmtoffset";
        QTest::newRow("gmtoffset beyond a day") << chart("9000000000000", "1704205800") << "1d"
                                                << "gmtoffset";
        QTest::newRow("timestamp 1e19") << chart("-18000", "1e19") << "1d"
                                        << "timestamp";
        QTest::newRow("timestamp ms overflow") << chart("-18000", "9223372036854775") << "5m"
                                               << "timestamp";
        QTest::newRow("split date 1e300")
            << chart("-18000", "1704205800",
                     R"({"splits":{"x":{"date":1e300,"numerator":2,"denominator":1}}})")
            << "1d"
            << "date";
        QTest::newRow("dividend date -1e300")
            << chart("-18000", "1704205800", R"({"dividends":{"x":{"date":-1e300,"amount":0.2}}})") << "1d"
            << "date";
    }

    void yahooOutOfRangeNumbersAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, interval);
        QFETCH(QString, field);
        const auto r = YahooProvider().parseBars(answer(body), acme(interval));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QVERIFY2(QString::fromStdString(r.error().message).contains(QStringLiteral("yahoo")),
                 r.error().message.c_str());
        QVERIFY2(QString::fromStdString(r.error().message).contains(QStringLiteral("ACME")),
                 r.error().message.c_str());
        QCOMPARE(QString::fromStdString(r.error().field), field);
    }

    // The same answers with sane numbers still read: the bounds refuse only
    // what no exchange has.
    void yahooSaneNumbersStillRead()
    {
        const auto r = YahooProvider().parseBars(
            answer(chart("-18000", "1704205800",
                         R"({"splits":{"x":{"date":1704205800,"numerator":2,"denominator":1}},)"
                         R"("dividends":{"y":{"date":1704205800,"amount":0.2}}})")),
            acme());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(r->bars.size(), std::size_t(1));
        // 09:30 New York on 2024-01-02 is that exchange-local day.
        QCOMPARE(r->bars.time[0], dayStartMs(QDate(2024, 1, 2)));
        QCOMPARE(r->actions.size(), std::size_t(2));
    }
};

QTEST_APPLESS_MAIN(TestProviderHostile)
#include "tst_provider_hostile.moc"
