#include "core/common/Decimal.h"

#include <QTest>

using sn::Decimal;

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
        QCOMPARE((*Decimal::parse("123.45") * *Decimal::parse("67.891234")).toString(), std::string("8381.172837"));
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
