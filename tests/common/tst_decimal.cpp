#include "core/common/Decimal.h"

#include <QTest>
#include <cstdint>
#include <functional>
#include <limits>

using sn::Decimal;
using sn::DecimalOverflow;

namespace {

// Runs `op` and returns the DecimalOverflow message, or "" when it did not throw.
std::string overflowMessage(const std::function<void()> &op)
{
    try {
        op();
    } catch (const DecimalOverflow &e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT
private slots:
    void parseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<QString>("printed");
        QTest::newRow("integer") << "42" << qint64(42'000'000) << "42";
        QTest::newRow("fraction") << "0.1" << qint64(100'000) << "0.1";
        QTest::newRow("six places") << "-12.345678" << qint64(-12'345'678) << "-12.345678";
        QTest::newRow("leading dot") << ".5" << qint64(500'000) << "0.5";
        QTest::newRow("trailing zeros beyond six") << "1.2500000" << qint64(1'250'000) << "1.25";
        QTest::newRow("plus sign and spaces") << " +3.000001 " << qint64(3'000'001) << "3.000001";
        QTest::newRow("smallest") << "-0.000001" << qint64(-1) << "-0.000001";
    }
    void parseAndPrint()
    {
        QFETCH(QString, text);
        QFETCH(qint64, raw);
        QFETCH(QString, printed);
        auto d = Decimal::parse(text.toStdString());
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().message.c_str());
        QCOMPARE(d->raw(), raw);
        QCOMPARE(QString::fromStdString(d->toString()), printed);
    }

    void rejectsInexactOrJunk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("seven places") << "0.0000001";
        QTest::newRow("exponent") << "1e3";
        QTest::newRow("comma") << "1,5";
        QTest::newRow("letters") << "12abc";
        QTest::newRow("sign only") << "-";
        QTest::newRow("overflow") << "99999999999999999";
        QTest::newRow("nan") << "nan";
    }
    void rejectsInexactOrJunk()
    {
        QFETCH(QString, text);
        auto d = Decimal::parse(text.toStdString());
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, sn::ErrorCode::ParseError);
        QVERIFY(d.error().message.find(text.toStdString()) != std::string::npos);
    }

    void arithmeticIsExact()
    {
        // 0.1 + 0.2 == 0.3 exactly, unlike double.
        auto a = *Decimal::parse("0.1");
        auto b = *Decimal::parse("0.2");
        QCOMPARE(a + b, *Decimal::parse("0.3"));
        // Ten thousand additions of one cent stay exact.
        Decimal sum;
        auto cent = *Decimal::parse("0.01");
        for (int i = 0; i < 10000; ++i)
            sum += cent;
        QCOMPARE(sum, Decimal::fromInt(100));
    }

    void multiplicationRoundsHalfEven()
    {
        // 0.000005 * 0.5 = 0.0000025 -> 0.000002 (even)
        QCOMPARE((*Decimal::parse("0.000005") * *Decimal::parse("0.5")).raw(), qint64(2));
        // 0.000007 * 0.5 = 0.0000035 -> 0.000004 (even)
        QCOMPARE((*Decimal::parse("0.000007") * *Decimal::parse("0.5")).raw(), qint64(4));
        // negative symmetric
        QCOMPARE((*Decimal::parse("-0.000007") * *Decimal::parse("0.5")).raw(), qint64(-4));
        // 123.45 shares * 67.891234 = 8381.172837... -> exact to 6 places
        QCOMPARE((*Decimal::parse("123.45") * *Decimal::parse("67.891234")).toString(),
                 std::string("8381.172837"));
    }

    void division()
    {
        auto q = Decimal::fromInt(1).dividedBy(Decimal::fromInt(3));
        QVERIFY(q);
        QCOMPARE(q->toString(), std::string("0.333333"));
        QVERIFY(!Decimal::fromInt(1).dividedBy(Decimal()));
        auto neg = Decimal::fromInt(2).dividedBy(Decimal::fromInt(-3));
        QCOMPARE(neg->toString(), std::string("-0.666667"));
    }

    void overflowIsDetected()
    {
        auto big = Decimal::fromRaw(INT64_MAX - 1);
        QVERIFY(!big.checkedAdd(Decimal::fromRaw(2)));
        QVERIFY(!big.checkedMul(Decimal::fromInt(2)));
        QVERIFY(!Decimal::fromDouble(1e300));
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()));
    }

    // Every unchecked operation refuses a result outside the range with a
    // DecimalOverflow, in every build type (CI runs the Release build, where
    // the old assert was compiled out and the result silently became 0).
    void everyUncheckedOperationThrowsOnOverflow()
    {
        const Decimal max = Decimal::fromRaw(INT64_MAX);
        const Decimal min = Decimal::fromRaw(INT64_MIN);
        const Decimal one = Decimal::fromRaw(1);
        const Decimal fiveTrillion = *Decimal::parse("5000000000000");

        // The case: two deposits of 5e12 summed.
        std::string msg = overflowMessage([&] { (void)(fiveTrillion + fiveTrillion); });
        QVERIFY2(msg.find("Decimal overflow: 5000000000000 + 5000000000000") != std::string::npos,
                 msg.c_str());
        QVERIFY(!overflowMessage([&] { (void)(max + one); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(min + (-one)); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(min - one); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(max - (-one)); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(Decimal() - min); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(fiveTrillion * Decimal::fromInt(2)); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(min * Decimal::fromInt(-1)); }).empty());
        QVERIFY(!overflowMessage([&] { (void)(-min); }).empty());
        QVERIFY(!overflowMessage([&] { (void)min.abs(); }).empty());
        QVERIFY(!overflowMessage([&] { (void)Decimal::fromInt(INT64_MAX / Decimal::kScale + 1); }).empty());
        QVERIFY(!overflowMessage([&] { (void)Decimal::fromInt(INT64_MIN / Decimal::kScale - 1); }).empty());
        QVERIFY(!overflowMessage([&] {
                     Decimal d = max;
                     d += one;
                 }).empty());
        QVERIFY(!overflowMessage([&] {
                     Decimal d = min;
                     d -= one;
                 }).empty());
        // The exception is a std::overflow_error, so a generic handler can catch it.
        bool caught = false;
        try {
            (void)(max + one);
        } catch (const std::overflow_error &) {
            caught = true;
        }
        QVERIFY(caught);
    }

    void operationsAtTheEdgeOfTheRangeStillWork()
    {
        const Decimal max = Decimal::fromRaw(INT64_MAX);
        const Decimal min = Decimal::fromRaw(INT64_MIN);
        const Decimal one = Decimal::fromRaw(1);
        QCOMPARE((max - one + one), max);
        QCOMPARE((min + one - one), min);
        QCOMPARE((-max).raw(), -INT64_MAX);
        QCOMPARE((min + one).abs(), max);
        QCOMPARE(Decimal() - max, min + one);
        QCOMPARE(Decimal::fromInt(INT64_MAX / Decimal::kScale).raw(),
                 INT64_MAX / Decimal::kScale * Decimal::kScale);
        QCOMPARE(Decimal::fromInt(-3).abs(), Decimal::fromInt(3));
        QCOMPARE(max * Decimal::fromInt(1), max);
        QCOMPARE(min * Decimal::fromInt(1), min);
    }

    void checkedVariantsReportOverflowWithoutThrowing()
    {
        const Decimal max = Decimal::fromRaw(INT64_MAX);
        const Decimal min = Decimal::fromRaw(INT64_MIN);
        const Decimal one = Decimal::fromRaw(1);
        QVERIFY(!max.checkedAdd(one));
        QVERIFY(!min.checkedAdd(-one));
        QVERIFY(!min.checkedSub(one));
        QVERIFY(!Decimal().checkedSub(min));
        QCOMPARE(*Decimal().checkedSub(max), min + one);
        QVERIFY(!min.checkedNeg());
        QCOMPARE(*max.checkedNeg(), min + one);
        QVERIFY(!max.checkedMul(Decimal::fromInt(2)));
        QVERIFY(!min.checkedMul(Decimal::fromInt(-1)));
        QVERIFY(!Decimal::checkedFromInt(INT64_MAX));
        QVERIFY(!Decimal::checkedFromInt(INT64_MIN));
        QCOMPARE(*Decimal::checkedFromInt(-7), Decimal::fromInt(-7));
        // Division overflows too: 9e12 / 0.5 does not fit.
        QVERIFY(!Decimal::fromInt(9'000'000'000'000).dividedBy(*Decimal::parse("0.5")));
        QVERIFY(!min.dividedBy(*Decimal::parse("-1")));
    }

    void printingMinimumDecimals()
    {
        QCOMPARE(Decimal::fromInt(5).toString(2), std::string("5.00"));
        QCOMPARE(Decimal::parse("5.5")->toString(2), std::string("5.50"));
        QCOMPARE(Decimal::parse("5.123")->toString(2), std::string("5.123"));
        QCOMPARE(Decimal::fromRaw(INT64_MIN).toString(), std::string("-9223372036854.775808"));
    }

    void fromDoubleRounds()
    {
        QCOMPARE(Decimal::fromDouble(0.1 + 0.2)->toString(), std::string("0.3"));
        QCOMPARE(Decimal::fromDouble(-1.0000005)->raw(), qint64(-1000001)); // away from zero
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
