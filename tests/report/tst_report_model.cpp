#include "core/report/Fingerprint.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportFile.h"
#include "core/report/TableExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace sn;
using namespace sn::report;

// The document model, the fingerprint, the CSV/JSON exporter and the stamp
// `report verify` reads back.
class TestReportModel : public QObject
{
    Q_OBJECT

    static FingerprintInfo fingerprintOf(const std::string &version, double close, const std::string &param)
    {
        Fingerprint fp(version);
        fp.setConvention("supernova: 252 periods a year");
        fp.addParameter("fast", param);
        fp.beginRows("bars AAPL 1d");
        const double row1[] = {1.0, 10.0, 11.0, 9.0, close, 1000.0};
        const double row2[] = {2.0, 10.5, 11.5, 9.5, 11.0, 2000.0};
        fp.addRow(row1);
        fp.addRow(row2);
        return fp.finish();
    }

private Q_SLOTS:
    void cellTextFollowsTheFormat()
    {
        QCOMPARE(cellText(Cell::percent(0.123456)), std::string("12.35 %"));
        QCOMPARE(cellText(Cell::percent(-0.00001)), std::string("0.00 %")); // no "-0.00 %"
        QCOMPARE(cellText(Cell::money(1234567.891)), std::string("1,234,567.89"));
        QCOMPARE(cellText(Cell::money(-999.5, 0)), std::string("-1,000"));
        QCOMPARE(cellText(Cell::money(12.0)), std::string("12.00"));
        QCOMPARE(cellText(Cell::number(0.60549, 3)), std::string("0.605"));
        QCOMPARE(cellText(Cell::integer(1260)), std::string("1260"));
        QCOMPARE(cellText(Cell::date(toTimestamp({2018, 5, 11}))), std::string("2018-05-11"));
        QCOMPARE(cellText(Cell::number(std::optional<double>())), std::string("n/a"));
        QCOMPARE(cellText(Cell::percent(std::numeric_limits<double>::quiet_NaN())), std::string("n/a"));
        QCOMPARE(cellText(Cell::textCell("AAPL")), std::string("AAPL"));
    }

    void csvQuotesAndKeepsNumbersRaw()
    {
        Table t;
        t.id = "trades";
        t.columns = {
            {"Symbol", false}, {"Return", true}, {"Note", false}, {"Date", false}, {"Missing", true}};
        t.rows.push_back({Cell::textCell("AAPL"), Cell::percent(0.0123),
                          Cell::textCell("a, \"quoted\"\nnote"), Cell::date(toTimestamp({2020, 3, 23})),
                          Cell::none()});
        const QByteArray csv = TableExport::csv(t);
        QCOMPARE(csv, QByteArray("Symbol,Return,Note,Date,Missing\r\nAAPL,0.0123,\"a, "
                                 "\"\"quoted\"\"\nnote\",2020-03-23,\r\n"));
    }

    void jsonHasNullForUndefinedAndNumbersAsNumbers()
    {
        Table t;
        t.id = "kpis";
        t.columns = {{"Metric", false}, {"Value", true}};
        t.rows.push_back({Cell::textCell("Sharpe"), Cell::none()});
        t.rows.push_back({Cell::textCell("Trades"), Cell::integer(26)});
        t.rows.push_back({Cell::textCell("Return"), Cell::percent(0.5203)});
        const QJsonObject o = TableExport::tableJson(t);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QVERIFY(rows[0].toArray()[1].isNull());
        QCOMPARE(rows[1].toArray()[1].toInteger(), 26);
        QCOMPARE(rows[2].toArray()[1].toDouble(), 0.5203);
    }

    void fingerprintIsStableAndSeesEveryChange()
    {
        const FingerprintInfo a = fingerprintOf("0.1.0", 10.5, "10");
        QCOMPARE(a.sha256.size(), std::size_t(64));
        QCOMPARE(a.rows, std::size_t(2));
        QCOMPARE(fingerprintOf("0.1.0", 10.5, "10").sha256, a.sha256);
        QVERIFY(fingerprintOf("0.1.0", 10.500000000000002, "10").sha256 != a.sha256); // one ulp of one close
        QVERIFY(fingerprintOf("0.1.0", 10.5, "11").sha256 != a.sha256);
        QVERIFY(fingerprintOf("0.2.0", 10.5, "10").sha256 != a.sha256);
        // A tab inside a field cannot fake a field boundary.
        Fingerprint x("v");
        Fingerprint y("v");
        x.beginRows("t");
        y.beginRows("t");
        const std::string xf[] = {"a\tb", "c"};
        const std::string yf[] = {"a", "b\tc"};
        x.addRow(xf);
        y.addRow(yf);
        QVERIFY(x.finish().sha256 != y.finish().sha256);
        QCOMPARE(Fingerprint::numberText(100000.0), std::string("100000"));
        QCOMPARE(Fingerprint::numberText(0.1), std::string("0.1"));
    }

    void stampRoundTripsThroughAnyText()
    {
        Document doc;
        doc.kind = "backtest";
        doc.fingerprint = fingerprintOf("0.1.0", 10.5, "10");
        doc.recipe = {"--symbol", "AAPL", "--param", "fast=10", "--from", "2015-01-01"};
        const QByteArray stamp = ReportFile::stamp(doc);
        const QByteArray wrapped = "<html><meta name=\"x\" content=\"" + stamp + "\"></html>";
        auto s = ReportFile::readStamp(wrapped, "test.html");
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().toString().c_str());
        QCOMPARE(s->kind, std::string("backtest"));
        QCOMPARE(s->sha256, doc.fingerprint.sha256);
        QCOMPARE(s->recipe, doc.recipe);
        auto none = ReportFile::readStamp(QByteArray("just text"), "plain.txt");
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY(none.error().toString().find("plain.txt") != std::string::npos);
        auto damaged = ReportFile::readStamp(QByteArray("supernova-report-stamp:AAAA"), "bad.md");
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, ErrorCode::ParseError);
    }

    void atomicWriteLeavesNothingBehindOnFailure()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(ReportFile::writeAtomically(good, QByteArray("first")).ok());
        QVERIFY(ReportFile::writeAtomically(good, QByteArray("second")).ok());
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        const QString bad = dir.filePath(QStringLiteral("no/such/folder/report.html"));
        auto w = ReportFile::writeAtomically(bad, QByteArray("x"));
        QVERIFY(!w.ok());
        QVERIFY(w.error().toString().find("no/such/folder/report.html") != std::string::npos);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.html")});
    }

    void documentListsTablesAndChartsInOrder()
    {
        Document doc;
        Table a;
        a.id = "a";
        Table b;
        b.id = "b";
        Chart c;
        c.id = "c";
        doc.sections.push_back({"One", {Paragraph{"x"}, a, c}});
        doc.sections.push_back({"Two", {Note{"y"}, b}});
        QCOMPARE(doc.tables().size(), std::size_t(2));
        QCOMPARE(doc.tables()[1]->id, std::string("b"));
        QCOMPARE(doc.charts().size(), std::size_t(1));
        QCOMPARE(TableExport::safeName("monthly returns/2020"), std::string("monthly-returns-2020"));
    }
};

QTEST_APPLESS_MAIN(TestReportModel)
#include "tst_report_model.moc"
