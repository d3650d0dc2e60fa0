#include "core/market/CsvReadOptions.h"

#include <QTest>

using namespace sn;

class TestCsvReadOptions : public QObject
{
    Q_OBJECT
private slots:
    void mapByNameAndIndex()
    {
        auto m = parseColumnMap(
            " date = Trade Date , open=2,high=3,low=4, close=\"Px Last\",volume=Qty,symbol=1 ");
        QVERIFY(m.ok());
        QCOMPARE(m->date, std::string("Trade Date"));
        QCOMPARE(m->open, std::string("2"));
        QCOMPARE(m->close, std::string("Px Last"));
        QCOMPARE(m->volume, std::string("Qty"));
        QCOMPARE(m->symbol, std::string("1"));
        QVERIFY(m->time.empty());
        auto price = parseColumnMap("DATE=d,price=p");
        QVERIFY(price.ok());
        QCOMPARE(price->close, std::string("p"));
    }

    void mapErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "--map is empty";
        QTest::newRow("no equals") << "date=Date,close"
                                   << "entry 'close' has no '='";
        QTest::newRow("no column") << "date=,close=Close"
                                   << "entry 'date=' names no column";
        QTest::newRow("unknown key") << "date=D,close=C,bid=B"
                                     << "unknown key 'bid'";
        QTest::newRow("twice") << "date=D,close=C,close=X"
                               << "key 'close' is given twice";
        QTest::newRow("index 0") << "date=0,close=C"
                                 << "column index '0' for 'date' is out of range";
        QTest::newRow("no date") << "close=C"
                                 << "no 'date' column";
        QTest::newRow("no close") << "date=D,open=O,high=H,low=L"
                                  << "no 'close' column";
        QTest::newRow("partial ohl") << "date=D,close=C,high=H"
                                     << "all of open, high and low";
        QTest::newRow("empty entry") << "date=D,,close=C"
                                     << "empty entry";
    }
    void mapErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto m = parseColumnMap(text.toStdString());
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(m.error().message).contains(message), m.error().message.c_str());
    }

    void delimiters()
    {
        QCOMPARE(parseCsvDelimiter(",").value(), ',');
        QCOMPARE(parseCsvDelimiter("semicolon").value(), ';');
        QCOMPARE(parseCsvDelimiter("tab").value(), '\t');
        QCOMPARE(parseCsvDelimiter("\t").value(), '\t');
        QCOMPARE(parseCsvDelimiter("|").value(), '|');
        QVERIFY(!parseCsvDelimiter(":").ok());
        QCOMPARE(csvDelimiterName('\t'), std::string("tab"));
        QCOMPARE(csvDelimiterName(';'), std::string(";"));
    }

    void formatNames()
    {
        for (auto f : {CsvFormat::Auto, CsvFormat::Yahoo, CsvFormat::Stooq, CsvFormat::StooqBulk,
                       CsvFormat::Generic, CsvFormat::CloseOnly, CsvFormat::Long})
            QCOMPARE(csvFormatFromName(csvFormatName(f)), std::optional<CsvFormat>(f));
        QCOMPARE(csvFormatFromName("Yahoo"), std::optional<CsvFormat>(CsvFormat::Yahoo));
        QCOMPARE(csvFormatFromName("close"), std::optional<CsvFormat>(CsvFormat::CloseOnly));
        QVERIFY(!csvFormatFromName("excel"));
    }

    void cliOptions()
    {
        CsvReadOptions o;
        QVERIFY(applyCsvCliOption(o, "--format", "stooq").ok());
        QCOMPARE(o.format, CsvFormat::Stooq);
        QVERIFY(applyCsvCliOption(o, "date-format", "dmy").ok());
        QCOMPARE(o.dateFormat, std::optional<DateFormat>(DateFormat::DayMonthYear));
        QVERIFY(applyCsvCliOption(o, "delimiter", "tab").ok());
        QCOMPARE(o.delimiter, '\t');
        QVERIFY(applyCsvCliOption(o, "decimal-comma", "").ok());
        QCOMPARE(o.decimalComma, std::optional<bool>(true));
        QVERIFY(applyCsvCliOption(o, "skip-bad-rows", "").ok());
        QVERIFY(o.skipBadRows);
        QVERIFY(applyCsvCliOption(o, "symbol", " SPY ").ok());
        QCOMPARE(o.symbol, std::string("SPY"));
        QVERIFY(applyCsvCliOption(o, "adjusted", "").ok());
        QVERIFY(o.useAdjustedClose);

        CsvReadOptions g;
        QVERIFY(applyCsvCliOption(g, "map", "date=1,close=2").ok());
        QCOMPARE(g.format, CsvFormat::Generic);
        QCOMPARE(g.columns.close, std::string("2"));

        auto bad = applyCsvCliOption(g, "format", "excel");
        QVERIFY(!bad.ok());
        QVERIFY(
            QString::fromStdString(bad.error().message).contains(QStringLiteral("unknown format 'excel'")));
        auto badDate = applyCsvCliOption(g, "date-format", "ddmmyy");
        QVERIFY(QString::fromStdString(badDate.error().message).contains(QStringLiteral("ddmmyy")));
        QVERIFY(!applyCsvCliOption(g, "skip-bad-rows", "yes").ok());
        QVERIFY(!applyCsvCliOption(g, "symbol", "").ok());
        QVERIFY(!applyCsvCliOption(g, "colour", "red").ok());
        QVERIFY(!applyCsvCliOption(g, "map", "date").ok());

        // Every listed option is understood by applyCsvCliOption.
        for (const auto &opt : csvCliOptions()) {
            CsvReadOptions t;
            std::string value;
            std::string name = opt.name;
            if (name == "format")
                value = "long";
            else if (name == "map")
                value = "date=1,close=2";
            else if (name == "date-format")
                value = "iso";
            else if (name == "delimiter")
                value = ";";
            else if (name == "symbol")
                value = "X";
            else if (name == "interval")
                value = "1mo";
            QVERIFY2(applyCsvCliOption(t, name, value).ok(), opt.name);
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvReadOptions)
#include "tst_csvreadoptions.moc"
