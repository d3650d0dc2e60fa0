#include "core/common/Time.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::DateFormat)

class TestTime : public QObject
{
    Q_OBJECT
private slots:
    void civilRoundTrip()
    {
        // Every day from 1900 to 2100 survives days -> civil -> days.
        for (std::int64_t d = daysFromCivil(1900, 1, 1); d <= daysFromCivil(2100, 12, 31); ++d) {
            CivilDate c = civilFromDays(d);
            QVERIFY(isValidDate(c.year, c.month, c.day));
            if (daysFromCivil(c.year, c.month, c.day) != d)
                QFAIL("round trip failed");
        }
        QCOMPARE(daysFromCivil(1970, 1, 1), std::int64_t(0));
        QCOMPARE(daysFromCivil(2000, 3, 1), std::int64_t(11017));
        QCOMPARE(toCivil(-1), (CivilDate{1969, 12, 31}));
    }

    void formatting()
    {
        TimestampMs t = toTimestamp({2020, 3, 23}) + 14 * 3'600'000 + 30 * 60'000 + 125;
        QCOMPARE(formatDate(t), std::string("2020-03-23"));
        QCOMPARE(formatDateTime(t), std::string("2020-03-23T14:30:00.125Z"));
        QCOMPARE(formatDateTime(toTimestamp({2020, 3, 23})), std::string("2020-03-23T00:00:00Z"));
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<sn::DateFormat>("format");
        QTest::addColumn<QString>("expected"); // formatDateTime, or empty for failure
        QTest::newRow("iso") << "2013-05-13" << DateFormat::Iso << "2013-05-13T00:00:00Z";
        QTest::newRow("iso slash") << "2013/05/13" << DateFormat::Iso << "2013-05-13T00:00:00Z";
        QTest::newRow("iso mixed seps") << "2013-05/13" << DateFormat::Iso << "";
        QTest::newRow("iso time") << "2013-05-13 09:30" << DateFormat::Iso << "2013-05-13T09:30:00Z";
        QTest::newRow("iso T Z") << "2013-05-13T09:30:15Z" << DateFormat::Iso << "2013-05-13T09:30:15Z";
        QTest::newRow("iso offset") << "2013-05-13T09:30:00+02:00" << DateFormat::Iso
                                    << "2013-05-13T07:30:00Z";
        QTest::newRow("iso frac") << "2013-05-13T09:30:00.5Z" << DateFormat::Iso
                                  << "2013-05-13T09:30:00.500Z";
        QTest::newRow("compact") << "20130513" << DateFormat::Compact << "2013-05-13T00:00:00Z";
        QTest::newRow("dmy dot") << "13.05.2013" << DateFormat::DayMonthYear << "2013-05-13T00:00:00Z";
        QTest::newRow("mdy") << "05/13/2013" << DateFormat::MonthDayYear << "2013-05-13T00:00:00Z";
        QTest::newRow("mon d y") << "Jan 1 2000" << DateFormat::MonthNameDayYear << "2000-01-01T00:00:00Z";
        QTest::newRow("month d, y") << "March 23, 2020" << DateFormat::MonthNameDayYear
                                    << "2020-03-23T00:00:00Z";
        QTest::newRow("d-mon-y") << "23-Mar-2020" << DateFormat::DayMonthNameYear << "2020-03-23T00:00:00Z";
        QTest::newRow("epoch s") << "1584921600" << DateFormat::EpochSeconds << "2020-03-23T00:00:00Z";
        QTest::newRow("epoch ms") << "1584921600000" << DateFormat::EpochMillis << "2020-03-23T00:00:00Z";
        QTest::newRow("feb 30") << "2020-02-30" << DateFormat::Iso << "";
        QTest::newRow("feb 29 leap") << "2020-02-29" << DateFormat::Iso << "2020-02-29T00:00:00Z";
        QTest::newRow("feb 29 1900") << "1900-02-29" << DateFormat::Iso << "";
        QTest::newRow("hour 24") << "2020-01-01 24:00" << DateFormat::Iso << "";
        QTest::newRow("junk after") << "2020-01-01x" << DateFormat::Iso << "";
        QTest::newRow("empty") << "" << DateFormat::Iso << "";
        QTest::newRow("quoted CR") << "\"2020-01-01\"\r" << DateFormat::Iso << "2020-01-01T00:00:00Z";
    }
    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(sn::DateFormat, format);
        QFETCH(QString, expected);
        auto t = parseTimestamp(text.toStdString(), format);
        if (expected.isEmpty()) {
            QVERIFY(!t.has_value());
        } else {
            QVERIFY(t.has_value());
            QCOMPARE(QString::fromStdString(formatDateTime(*t)), expected);
        }
    }

    void detection()
    {
        std::vector<std::string_view> iso{"2020-01-02", "2020-01-03"};
        QCOMPARE(detectDateFormat(iso), std::optional(DateFormat::Iso));
        std::vector<std::string_view> dmy{"02.01.2020", "31.01.2020"};
        QCOMPARE(detectDateFormat(dmy), std::optional(DateFormat::DayMonthYear));
        std::vector<std::string_view> mdy{"01/02/2020", "01/31/2020"};
        QCOMPARE(detectDateFormat(mdy), std::optional(DateFormat::MonthDayYear));
        std::vector<std::string_view> ambiguous{"01/02/2020", "03/04/2020"};
        QCOMPARE(detectDateFormat(ambiguous), std::nullopt);
        std::vector<std::string_view> names{"Jan 1 2000", "Feb 1 2000"};
        QCOMPARE(detectDateFormat(names), std::optional(DateFormat::MonthNameDayYear));
        std::vector<std::string_view> junk{"hello"};
        QCOMPARE(detectDateFormat(junk), std::nullopt);
    }

    void formatNames()
    {
        for (auto f : {DateFormat::Iso, DateFormat::Compact, DateFormat::DayMonthYear,
                       DateFormat::MonthDayYear, DateFormat::MonthNameDayYear, DateFormat::DayMonthNameYear,
                       DateFormat::EpochSeconds, DateFormat::EpochMillis})
            QCOMPARE(dateFormatFromName(dateFormatName(f)), std::optional(f));
        QCOMPARE(dateFormatFromName("nope"), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestTime)
#include "tst_time.moc"
