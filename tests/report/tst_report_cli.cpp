#include "tests/testutils/CliRunner.h"
#include "tests/testutils/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

// The real supernova-cli on a real SQLite database loaded with the bundled
// sample data: every report kind in every format, read back with real
// readers (poppler's pdfinfo/pdftotext/pdftoppm, Python's html.parser,
// openpyxl), the numbers compared with what the matching --json command
// prints; same inputs give the same bytes; a changed bar changes the
// fingerprint and `report verify` says so; bad input gets a clear error and
// no file.
class TestReportCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    using Run = sn::test::CliRun;

    Run cli(QStringList args)
    {
        args = QStringList{QStringLiteral("--db"), m_db} + args;
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), args,
                                m_dir.filePath(QStringLiteral("xdg")), 120000);
    }
    Run tool(const QString &program, const QStringList &args)
    {
        return sn::test::runCli(program, args, m_dir.filePath(QStringLiteral("xdg")), 60000);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray bytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    // The text a report shows for a number, as core/report formats it.
    static QString pct(double v) { return QString::number(v * 100.0, 'f', 2) + QStringLiteral(" %"); }
    static QString money(double v) { return QLocale(QLocale::English).toString(v, 'f', 2); }
    static QString fixed(double v, int d) { return QString::number(v, 'f', d); }

    static bool haveTool(const char *name)
    {
        return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
    }
    // Debian's interpreter, where python3-openpyxl installs, ahead of any
    // other python3 on PATH (pyenv and the like).
    static QString python3()
    {
        const QString system =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        return system.isEmpty() ? QStringLiteral("python3") : system;
    }

    QStringList backtestArgs() const
    {
        return {QStringLiteral("--symbol"),  QStringLiteral("AAPL"),    QStringLiteral("--strategy"),
                QStringLiteral("sma_cross"), QStringLiteral("--param"), QStringLiteral("fast=10"),
                QStringLiteral("--param"),   QStringLiteral("slow=30")};
    }
    Run report(const QString &kind, const QStringList &args, const QString &out,
               const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("report"), kind} + args +
                   QStringList{QStringLiteral("-o"), out, QStringLiteral("--created"),
                               QStringLiteral("2026-01-02")} +
                   extra);
    }

    QString pdfText(const QString &pdf)
    {
        Run r = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        return r.code == 0 ? r.out : QString();
    }
    int pdfPages(const QString &pdf)
    {
        Run r = tool(QStringLiteral("pdfinfo"), {pdf});
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("Pages:")))
                return line.mid(6).trimmed().toInt();
        return -1;
    }
    // Share of pixels that are not white on one page drawn by pdftoppm.
    double inkOnPage(const QString &pdf, int page)
    {
        const QString prefix = path(QStringLiteral("page"));
        Run r = tool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                      QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
        if (r.code != 0)
            return -1;
        QImage img(prefix + QStringLiteral(".png"));
        if (img.isNull())
            return -1;
        qint64 ink = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (qGray(img.pixel(x, y)) < 235)
                    ++ink;
        return double(ink) / double(img.width() * img.height());
    }
    QJsonObject python(const QString &script, const QString &file)
    {
        Run r =
            tool(python3(), {QStringLiteral(SUPERNOVA_REPORT_TEST_DIR) + QLatin1Char('/') + script, file});
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(script), qPrintable(r.err));
        return json(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + path(QStringLiteral("reports.sqlite"));
        Run r = cli({QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void backtestPdfShowsTheJsonNumbers()
    {
        if (!haveTool("pdftotext") || !haveTool("pdfinfo") || !haveTool("pdftoppm"))
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed: installer/install-deps.sh "
                  "adds it");
        Run j = cli(QStringList{QStringLiteral("backtest")} + backtestArgs() +
                    QStringList{QStringLiteral("--json")});
        QVERIFY2(j.code == 0, qPrintable(j.err));
        const QJsonObject m = json(j).value(QStringLiteral("metrics")).toObject();
        const QString pdf = path(QStringLiteral("bt.pdf"));
        Run r = report(QStringLiteral("backtest"), backtestArgs(), pdf);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(pdfPages(pdf) >= 4);
        const QString text = pdfText(pdf);
        for (const QString &expected : {pct(m.value(QStringLiteral("total_return")).toDouble()),
                                        pct(m.value(QStringLiteral("cagr")).toDouble()),
                                        pct(m.value(QStringLiteral("max_drawdown")).toDouble()),
                                        pct(m.value(QStringLiteral("win_rate")).toDouble()),
                                        pct(m.value(QStringLiteral("annual_volatility")).toDouble()),
                                        money(json(j).value(QStringLiteral("final_equity")).toDouble()),
                                        fixed(m.value(QStringLiteral("sharpe")).toDouble(), 3),
                                        fixed(m.value(QStringLiteral("sortino")).toDouble(), 3),
                                        fixed(m.value(QStringLiteral("profit_factor")).toDouble(), 3),
                                        m.value(QStringLiteral("drawdown_trough")).toString(),
                                        QString::number(m.value(QStringLiteral("trades")).toInt())})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const char *heading :
             {"Contents", "Summary", "Equity against buy & hold", "Monthly returns", "Closed trades",
              "Methodology", "Data sources and fingerprint", "Page 1 of"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // Every page has something on it; the chart page has a lot.
        const int pages = pdfPages(pdf);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(inkOnPage(pdf, p) > 0.005, qPrintable(QString::number(p)));
        QVERIFY(inkOnPage(pdf, 3) > 0.03);
        QFile::remove(sn::test::outputDir(QStringLiteral("report")) + QStringLiteral("/aapl-backtest.pdf"));
        QFile::copy(pdf,
                    sn::test::outputDir(QStringLiteral("report")) + QStringLiteral("/aapl-backtest.pdf"));
    }

    void backtestHtmlParsesWithSvgCharts()
    {
        const QString html = path(QStringLiteral("bt.html"));
        Run r = report(QStringLiteral("backtest"), backtestArgs(), html,
                       {QStringLiteral("--theme"), QStringLiteral("light")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject parsed = python(QStringLiteral("check_html.py"), html);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed.value(QStringLiteral("errors")).toArray(), QJsonArray());
        const QJsonObject counts = parsed.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("svg")).toInt(), 3);
        QVERIFY(counts.value(QStringLiteral("table")).toInt() >= 5);
        QVERIFY(parsed.value(QStringLiteral("svg_children")).toInt() > 50);
        Run j = cli(QStringList{QStringLiteral("backtest")} + backtestArgs() +
                    QStringList{QStringLiteral("--json")});
        const QJsonObject m = json(j).value(QStringLiteral("metrics")).toObject();
        const QJsonArray cells = parsed.value(QStringLiteral("cells")).toArray();
        for (const QString &expected : {pct(m.value(QStringLiteral("total_return")).toDouble()),
                                        fixed(m.value(QStringLiteral("sharpe")).toDouble(), 3)})
            QVERIFY2(cells.contains(expected), qPrintable(expected));
    }

    void backtestXlsxHoldsNumbers()
    {
        const QString xlsx = path(QStringLiteral("bt.xlsx"));
        Run r = report(QStringLiteral("backtest"), backtestArgs(), xlsx);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Run check = tool(python3(), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (check.code != 0)
            QSKIP("python3-openpyxl is not installed: installer/install-deps.sh adds it");
        const QJsonObject book = python(QStringLiteral("read_xlsx.py"), xlsx);
        const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
        QCOMPARE(sheets.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Report"));
        QCOMPARE(book.value(QStringLiteral("title")).toString(), QStringLiteral("Backtest report"));
        Run j = cli(QStringList{QStringLiteral("backtest")} + backtestArgs() +
                    QStringList{QStringLiteral("--json")});
        const QJsonObject m = json(j).value(QStringLiteral("metrics")).toObject();
        QJsonArray kpis;
        QJsonArray trades;
        for (const QJsonValue &s : sheets) {
            const QString name = s.toObject().value(QStringLiteral("name")).toString();
            if (name == QLatin1String("Key figures"))
                kpis = s.toObject().value(QStringLiteral("rows")).toArray();
            if (name == QLatin1String("Closed trades"))
                trades = s.toObject().value(QStringLiteral("rows")).toArray();
        }
        QVERIFY(!kpis.isEmpty());
        QCOMPARE(trades.size(), m.value(QStringLiteral("trades")).toInt() + 1); // head + one row per trade
        int compared = 0;
        for (const QJsonValue &rowValue : kpis) {
            const QJsonArray row = rowValue.toArray();
            const QString key = row[2].toArray()[0].toString();
            const QJsonArray cell = row[1].toArray();
            if (!m.contains(key) || !m.value(key).isDouble())
                continue;
            QVERIFY2(cell[0].isDouble(), qPrintable(key)); // a number, not text
            const double want = m.value(key).toDouble();
            QVERIFY2(std::abs(cell[0].toDouble() - want) <= 1e-14 * std::max(1.0, std::abs(want)),
                     qPrintable(key));
            if (key == QLatin1String("total_return"))
                QCOMPARE(cell[1].toString(), QStringLiteral("0.00%"));
            if (key == QLatin1String("final_equity"))
                QCOMPARE(cell[1].toString(), QStringLiteral("#,##0.00"));
            ++compared;
        }
        QVERIFY2(compared >= 15, qPrintable(QString::number(compared)));
        // Trade dates are dates.
        QVERIFY(trades[1].toArray()[1].toArray()[0].toObject().contains(QStringLiteral("date")));
    }

    void sameInputsSameBytes()
    {
        for (const char *ext : {"html", "md", "xlsx", "json", "pdf"}) {
            const QString a = path(QStringLiteral("same-a.") + QLatin1String(ext));
            const QString b = path(QStringLiteral("same-b.") + QLatin1String(ext));
            QCOMPARE(report(QStringLiteral("backtest"), backtestArgs(), a).code, 0);
            QCOMPARE(report(QStringLiteral("backtest"), backtestArgs(), b).code, 0);
            QVERIFY2(bytes(a) == bytes(b) && !bytes(a).isEmpty(), ext);
        }
    }

    void csvOneFilePerTable()
    {
        const QString dir = path(QStringLiteral("csv"));
        Run r = cli(QStringList{QStringLiteral("report"), QStringLiteral("backtest")} + backtestArgs() +
                    QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), dir,
                                QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("files")).toArray().size(), 5);
        const QByteArray trades = bytes(dir + QStringLiteral("/trades.csv"));
        QVERIFY(trades.startsWith("Symbol,Entry,Exit,Entry price,Exit price,Quantity,P&L "
                                  "(net),Costs,Return,Bars held,Exit reason\r\n"));
    }

    void portfolioReportsMatchTheirJson()
    {
        const QString name = QStringLiteral("Sample portfolio");
        Run pj =
            cli({QStringLiteral("portfolio"), QStringLiteral("performance"), name, QStringLiteral("--json")});
        QVERIFY2(pj.code == 0, qPrintable(pj.err));
        const QJsonObject perf = json(pj);
        const QString md = path(QStringLiteral("pf.md"));
        Run r = report(QStringLiteral("portfolio"),
                       {name, QStringLiteral("--benchmark"), QStringLiteral("^GSPC")}, md);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(bytes(md));
        QVERIFY(text.contains(QStringLiteral("| Time-weighted return (TTWROR) | ") +
                              pct(perf.value(QStringLiteral("ttwror")).toDouble())));
        QVERIFY(text.contains(
            pct(perf.value(QStringLiteral("irr")).toObject().value(QStringLiteral("rate")).toDouble())));
        QVERIFY(text.contains(money(perf.value(QStringLiteral("value_end")).toDouble())));
        for (const char *section : {"## Holdings", "## Ledger for the period", "## Contribution by holding",
                                    "Monthly returns", "Benchmark return"})
            QVERIFY2(text.contains(QLatin1String(section)), section);

        Run rj = cli({QStringLiteral("portfolio"), QStringLiteral("risk"), name, QStringLiteral("--json")});
        QVERIFY2(rj.code == 0, qPrintable(rj.err));
        const QJsonObject risk = json(rj);
        const QString html = path(QStringLiteral("risk.html"));
        r = report(QStringLiteral("risk"), {name, QStringLiteral("--paths"), QStringLiteral("2000")}, html);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject parsed = python(QStringLiteral("check_html.py"), html);
        QCOMPARE(parsed.value(QStringLiteral("errors")).toArray(), QJsonArray());
        QCOMPARE(parsed.value(QStringLiteral("counts")).toObject().value(QStringLiteral("svg")).toInt(),
                 3); // correlation, fan, frontier
        const QJsonArray cells = parsed.value(QStringLiteral("cells")).toArray();
        const QJsonObject var = risk.value(QStringLiteral("var")).toObject();
        for (const QString &expected : {pct(var.value(QStringLiteral("var")).toDouble()),
                                        pct(var.value(QStringLiteral("cvar")).toDouble()),
                                        money(var.value(QStringLiteral("var_amount")).toDouble()),
                                        fixed(risk.value(QStringLiteral("sharpe")).toDouble(), 3),
                                        pct(risk.value(QStringLiteral("max_drawdown"))
                                                .toObject()
                                                .value(QStringLiteral("depth"))
                                                .toDouble())})
            QVERIFY2(cells.contains(expected), qPrintable(expected));
        if (haveTool("pdftotext")) {
            const QString pdf = path(QStringLiteral("risk.pdf"));
            QCOMPARE(report(QStringLiteral("risk"), {name, QStringLiteral("--paths"), QStringLiteral("2000")},
                            pdf, {QStringLiteral("--page"), QStringLiteral("letter")})
                         .code,
                     0);
            QVERIFY(pdfText(pdf).contains(pct(var.value(QStringLiteral("var")).toDouble())));
            QVERIFY(tool(QStringLiteral("pdfinfo"), {pdf})
                        .out.contains(QStringLiteral("612 x 792 pts (letter)")));
        }
    }

    void optimizeWalkForwardAndConversationReports()
    {
        const QStringList sweep{QStringLiteral("--symbol"),   QStringLiteral("^GSPC"),
                                QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                                QStringLiteral("--grid"),     QStringLiteral("fast=5:20:5"),
                                QStringLiteral("--grid"),     QStringLiteral("slow=30:60:10")};
        Run oj = cli(QStringList{QStringLiteral("optimize")} + sweep + QStringList{QStringLiteral("--json")});
        QVERIFY2(oj.code == 0, qPrintable(oj.err));
        const QJsonObject best = json(oj).value(QStringLiteral("top")).toArray().first().toObject();
        const QString html = path(QStringLiteral("opt.html"));
        Run r = report(QStringLiteral("optimize"), sweep, html);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject parsed = python(QStringLiteral("check_html.py"), html);
        QCOMPARE(parsed.value(QStringLiteral("errors")).toArray(), QJsonArray());
        QCOMPARE(parsed.value(QStringLiteral("counts")).toObject().value(QStringLiteral("svg")).toInt(),
                 2); // grid heatmap, best equity
        const QJsonArray cells = parsed.value(QStringLiteral("cells")).toArray();
        QVERIFY(cells.contains(fixed(best.value(QStringLiteral("score")).toDouble(), 3)));
        QVERIFY(cells.contains(money(best.value(QStringLiteral("final_equity")).toDouble())));
        QVERIFY(
            cells.contains(QStringLiteral("fast=15, slow=60")) ||
            cells.contains(
                QStringLiteral("fast=%1, slow=%2")
                    .arg(
                        best.value(QStringLiteral("params")).toObject().value(QStringLiteral("fast")).toInt())
                    .arg(best.value(QStringLiteral("params"))
                             .toObject()
                             .value(QStringLiteral("slow"))
                             .toInt())));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("verify"), html}).code, 0);

        Run wj =
            cli(QStringList{QStringLiteral("walkforward")} + sweep + QStringList{QStringLiteral("--json")});
        QVERIFY2(wj.code == 0, qPrintable(wj.err));
        const QJsonObject wf = json(wj);
        const QString md = path(QStringLiteral("wf.md"));
        r = report(QStringLiteral("walkforward"), sweep, md);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(bytes(md));
        const QJsonObject oos = wf.value(QStringLiteral("out_of_sample")).toObject();
        QVERIFY(text.contains(
            QStringLiteral("| Windows | %1 |").arg(wf.value(QStringLiteral("windows")).toArray().size())));
        QVERIFY(text.contains(QStringLiteral("| Total return | ") +
                              pct(oos.value(QStringLiteral("total_return")).toDouble())));
        QVERIFY(text.contains(QStringLiteral("| Sharpe ratio | ") +
                              fixed(oos.value(QStringLiteral("sharpe")).toDouble(), 3)));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("verify"), md}).code, 0);

        // A conversation asked through the offline advisor, then reported.
        Run ask = cli({QStringLiteral("ask"), QStringLiteral("what is my portfolio's 95% VaR")});
        QVERIFY2(ask.code == 0, qPrintable(ask.err));
        Run list = cli({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray conversations = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(!conversations.isEmpty());
        const QString id =
            QString::number(conversations.first().toObject().value(QStringLiteral("id")).toInteger());
        const QString conv = path(QStringLiteral("conv.html"));
        r = report(QStringLiteral("conversation"), {id}, conv);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString convText = QString::fromUtf8(bytes(conv));
        QVERIFY(convText.contains(QStringLiteral("what is my portfolio&#39;s 95% VaR")) ||
                convText.contains(QStringLiteral("what is my portfolio's 95% VaR")));
        QVERIFY(convText.contains(QStringLiteral("VaR")));
        QCOMPARE(python(QStringLiteral("check_html.py"), conv).value(QStringLiteral("errors")).toArray(),
                 QJsonArray());
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("verify"), conv}).code, 0);
        QCOMPARE(report(QStringLiteral("conversation"), {QStringLiteral("999999")},
                        path(QStringLiteral("none.html")))
                     .code,
                 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("none.html"))));
    }

    void aChangedBarChangesTheFingerprintAndVerifySaysSo()
    {
        const QString html = path(QStringLiteral("verify.html"));
        const QString pdf = path(QStringLiteral("verify.pdf"));
        const QString xlsx = path(QStringLiteral("verify.xlsx"));
        QCOMPARE(report(QStringLiteral("backtest"), backtestArgs(), html).code, 0);
        QCOMPARE(report(QStringLiteral("backtest"), backtestArgs(), pdf).code, 0);
        QCOMPARE(report(QStringLiteral("backtest"), backtestArgs(), xlsx).code, 0);
        for (const QString &file : {html, pdf, xlsx}) {
            Run v = cli({QStringLiteral("report"), QStringLiteral("verify"), file});
            QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
            QVERIFY(v.out.contains(QStringLiteral("matches")));
        }
        const QByteArray before = bytes(html);
        // One bar changes: the last AAPL close, re-imported like any correction.
        QFile csv(path(QStringLiteral("fix.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Date,Open,High,Low,Close,Adj "
                  "Close,Volume\n2018-05-11,189.490005,190.059998,187.449997,188.000000,188.0,26212200\n");
        csv.close();
        Run imp = cli(
            {QStringLiteral("import"), csv.fileName(), QStringLiteral("--symbol"), QStringLiteral("AAPL")});
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
        Run v = cli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("verify"), html});
        QCOMPARE(v.code, 1);
        const QJsonObject o = json(v);
        QCOMPARE(o.value(QStringLiteral("matches")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("report_fingerprint")) !=
                o.value(QStringLiteral("current_fingerprint")));
        Run text = cli({QStringLiteral("report"), QStringLiteral("verify"), pdf});
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains(QStringLiteral("DOES NOT MATCH")));
        // The workbook's stamp is read back from inside the zip, so it is verified like the others.
        Run book = cli({QStringLiteral("report"), QStringLiteral("verify"), xlsx});
        QCOMPARE(book.code, 1);
        QVERIFY2(book.out.contains(QStringLiteral("DOES NOT MATCH")), qPrintable(book.out + book.err));
        QCOMPARE(report(QStringLiteral("backtest"), backtestArgs(), html).code, 0);
        QVERIFY(bytes(html) != before);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("verify"), html}).code, 0);
    }

    // --whole-shares (the Risk area's rebalancing option) is part of what the
    // report says, so it is part of the fingerprint; alone it is a usage error.
    void wholeShareRebalancingIsFingerprinted()
    {
        const QStringList targets{QStringLiteral("Sample portfolio"), QStringLiteral("--target"),
                                  QStringLiteral("AAPL=0.5"), QStringLiteral("--target"),
                                  QStringLiteral("^GSPC=0.5")};
        Run fractional =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("risk")} +
                targets + QStringList{QStringLiteral("-o"), path(QStringLiteral("frac.json"))});
        QVERIFY2(fractional.code == 0, qPrintable(fractional.err));
        const QString whole = path(QStringLiteral("whole.json"));
        Run shares =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("risk")} +
                targets + QStringList{QStringLiteral("--whole-shares"), QStringLiteral("-o"), whole});
        QVERIFY2(shares.code == 0, qPrintable(shares.err));
        QVERIFY(json(fractional).value(QStringLiteral("fingerprint")) !=
                json(shares).value(QStringLiteral("fingerprint")));
        Run v = cli({QStringLiteral("report"), QStringLiteral("verify"), whole});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        Run alone =
            cli({QStringLiteral("report"), QStringLiteral("risk"), QStringLiteral("Sample portfolio"),
                 QStringLiteral("--whole-shares"), QStringLiteral("-o"), path(QStringLiteral("alone.json"))});
        QCOMPARE(alone.code, 2);
        QVERIFY2(alone.err.contains(QStringLiteral("--whole-shares")), qPrintable(alone.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("alone.json"))));
    }

    void badInputGetsAClearErrorAndNoFile()
    {
        // Unknown format: a usage error naming it.
        Run r = report(QStringLiteral("backtest"), backtestArgs(), path(QStringLiteral("x.docx")));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown report format 'docx'")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.docx"))));
        // Unwritable path.
        const QString nowhere = path(QStringLiteral("missing-folder/r.pdf"));
        r = report(QStringLiteral("backtest"), backtestArgs(), nowhere);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing-folder/r.pdf")), qPrintable(r.err));
        QVERIFY(!QFile::exists(nowhere));
        // Unknown kind.
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("weather")}).code, 2);
        // A portfolio with no transactions.
        QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("Empty")}).code,
                 0);
        r = report(QStringLiteral("portfolio"), {QStringLiteral("Empty")},
                   path(QStringLiteral("empty.html")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: ")) &&
                     r.err.contains(QStringLiteral("transactions")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("empty.html"))));
        // A symbol with two bars: too short for the strategy, said plainly.
        QFile two(path(QStringLiteral("two.csv")));
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write("Date,Open,High,Low,Close,Adj "
                  "Close,Volume\n2020-01-02,10,11,9,10.5,10.5,100\n2020-01-03,10.5,11,10,10.8,10.8,100\n");
        two.close();
        QCOMPARE(
            cli({QStringLiteral("import"), two.fileName(), QStringLiteral("--symbol"), QStringLiteral("TWO")})
                .code,
            0);
        r = report(QStringLiteral("backtest"),
                   {QStringLiteral("--symbol"), QStringLiteral("TWO"), QStringLiteral("--strategy"),
                    QStringLiteral("sma_cross")},
                   path(QStringLiteral("two.html")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bars")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("two.html"))));
        // A backtest with no trades: the report says so.
        const QString quiet = path(QStringLiteral("quiet.md"));
        r = report(QStringLiteral("backtest"),
                   {QStringLiteral("--symbol"), QStringLiteral("AAPL"), QStringLiteral("--strategy"),
                    QStringLiteral("sma_cross"), QStringLiteral("--param"), QStringLiteral("fast=50"),
                    QStringLiteral("--param"), QStringLiteral("slow=200"), QStringLiteral("--from"),
                    QStringLiteral("2013-05-01"), QStringLiteral("--to"), QStringLiteral("2014-04-01")},
                   quiet);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(bytes(quiet)).contains(QStringLiteral("closed no trades")));
        // A file that is no report (here the CSV just imported): said plainly, naming the file.
        r = cli({QStringLiteral("report"), QStringLiteral("verify"), two.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no SuperNova report stamp")) &&
                     r.err.contains(two.fileName()),
                 qPrintable(r.err));
        // A zip that is not a workbook of ours: no stamp inside, said the same way.
        const QString zip = path(QStringLiteral("other.xlsx"));
        QVERIFY(QProcess::execute(
                    QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral(
                         "import zipfile,sys; "
                         "zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED).writestr('a.xml','<a/>')"),
                     zip}) == 0);
        r = cli({QStringLiteral("report"), QStringLiteral("verify"), zip});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no SuperNova report stamp")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
