// The CLI writes large JSON documents row by row (JsonText); their bytes must
// stay those QJsonDocument writes for the same document, escaping and number
// forms included, so scripts see no difference.
#include "app/cli/BacktestInputs.h"
#include "app/cli/BacktestOutput.h"
#include "app/cli/JsonText.h"
#include "core/backtest/BacktestTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace sn;
using namespace sn::cli;

namespace {

const QString kAwkward = QStringLiteral("A\"B\\C\nD\tE\x01 Z\u00fcrich \u20ac /");

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndMembersMatchQt()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const std::vector<double> numbers{
            0.0,    -0.0, 1.0, -2.5, 0.1 + 0.2, 1e21, 1e-7, 123456789012345678.0, 975.447974482281,
            5e-324, nan,  inf, -inf};
        QJsonArray rows;
        JsonText::RowArray written;
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const QString text = i % 2 ? kAwkward : QStringLiteral("2020-01-0%1").arg(i % 9);
            rows.append(QJsonObject{{QStringLiteral("a_number"), numbers[i]},
                                    {QStringLiteral("b_text"), text},
                                    {QStringLiteral("c_count"), double(i)}});
            written.beginRow();
            written.number("a_number", numbers[i]);
            written.quotedString("b_text", JsonText::quoted(text));
            written.number("c_count", double(i));
            written.endRow();
        }
        const QJsonObject small{
            {QStringLiteral("alpha"), 1.5},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), QJsonArray{1, 2}}}},
            {QStringLiteral("zulu"), kAwkward},
            {QStringLiteral("empty"), QJsonArray{}}};
        QJsonObject whole = small;
        whole.insert(QStringLiteral("rows"), rows);
        whole.insert(QStringLiteral("none"), QJsonArray{});
        const QByteArray expected = QJsonDocument(whole).toJson(QJsonDocument::Indented);
        const QByteArray actual =
            JsonText::indentedObject(small, {{QStringLiteral("rows"), std::move(written).finish()},
                                             {QStringLiteral("none"), JsonText::RowArray().finish()}});
        QCOMPARE(actual, expected);
    }

    void backtestReportMatchesQt()
    {
        BacktestInputs in;
        BarSeries s;
        s.symbol = kAwkward.toStdString();
        in.series.push_back(s);
        bt::BacktestReport report;
        report.strategy = "sma_cross";
        bt::BacktestResult &r = report.result;
        r.initialCash = 100000;
        r.finalCash = 101234.5678;
        r.finalEquity = 101234.5678;
        for (int i = 0; i < 5; ++i) {
            bt::Fill f;
            f.time = 946684800000LL + i * 86400000LL + 3600000LL * i;
            f.asset = i == 4 ? 7 : 0; // an asset without a series: its number
            f.quantity = i % 2 ? -975.447974482281 : 975.447974482281;
            f.price = 102.517 + i;
            f.commission = i * 0.1;
            f.reason = i % 2 ? bt::FillReason::StopLoss : bt::FillReason::Signal;
            r.fills.push_back(f);
        }
        for (int i = 0; i < 3; ++i) {
            bt::Trade t;
            t.asset = 0;
            t.entryTime = 946684800000LL + i * 86400000LL;
            t.exitTime = t.entryTime + 3 * 86400000LL;
            t.entryPrice = 100 + i;
            t.exitPrice = i == 1 ? std::numeric_limits<double>::quiet_NaN() : 101.25 + i;
            t.quantity = 10;
            t.pnl = 12.5 * i;
            t.costs = 0.3;
            t.returnPct = 1.0 / 3.0;
            r.trades.push_back(t);
        }
        const QJsonObject extra{{QStringLiteral("saved_run_id"), 42}};
        QJsonObject o = BacktestOutput::reportJson(report, in, false);
        o.insert(QStringLiteral("saved_run_id"), 42);
        QCOMPARE(BacktestOutput::reportJsonText(report, in, extra),
                 QJsonDocument(o).toJson(QJsonDocument::Indented));

        // No trades and no fills: the empty arrays as Qt writes them.
        report.result.trades.clear();
        report.result.fills.clear();
        QCOMPARE(
            BacktestOutput::reportJsonText(report, in, {}),
            QJsonDocument(BacktestOutput::reportJson(report, in, false)).toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
