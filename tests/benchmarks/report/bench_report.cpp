// Report rendering: a backtest report of 5,000 daily bars and about 200
// trades, built and rendered as PDF, HTML and XLSX (limits from issue 12:
// PDF <= 1 s, HTML <= 200 ms, XLSX <= 300 ms).
#include "tests/benchmarks/benchutils/Bench.h"
#include "tests/report/SyntheticBacktest.h"
#include "ui/report/ReportRenderer.h"

#include <QGuiApplication>
#include <cstdio>

using namespace sn;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    test::SyntheticBacktest run = test::syntheticBacktest(5000);
    std::printf("input: %zu bars, %zu trades\n", run.series.size(), run.report.result.trades.size());

    bool ok = true;
    const bench::Timing build = bench::measure([] { (void)test::syntheticBacktest(5000); }, 5);
    bench::report("backtest + document (5,000 bars)", build, 0);
    report::RenderOptions options;
    options.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    std::size_t size = 0;
    auto timeFormat = [&](report::OutputFormat f, const char *name, double limit) {
        const bench::Timing t = bench::measure(
            [&] {
                auto bytes = report::ReportRenderer::render(run.document, f, options);
                size = bytes ? std::size_t(bytes->size()) : 0;
            },
            5);
        ok &= bench::report(name, t, limit);
        std::printf("  %s size: %zu bytes\n", name, size);
    };
    timeFormat(report::OutputFormat::Pdf, "render PDF", 1000);
    timeFormat(report::OutputFormat::Html, "render HTML", 200);
    timeFormat(report::OutputFormat::Xlsx, "render XLSX", 300);
    timeFormat(report::OutputFormat::Markdown, "render Markdown", 0);
    timeFormat(report::OutputFormat::Json, "render JSON", 0);
    return ok ? 0 : 1;
}
