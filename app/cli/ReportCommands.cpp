#include "app/cli/BacktestInputs.h"
#include "app/cli/BacktestSweep.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "app/cli/PortfolioOptions.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/report/ReportFile.h"
#include "core/report/ReportSettings.h"
#include "core/report/builders/BacktestReportBuilder.h"
#include "core/report/builders/ConversationReportBuilder.h"
#include "core/report/builders/PortfolioReportBuilder.h"
#include "core/report/builders/SweepReportBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "ui/report/ReportRenderer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <variant>

namespace sn::cli {

namespace {

using report::Document;

const QString kCommand = QStringLiteral("report");

// Preferences' company name and logo (report::kCompanySetting,
// report::kLogoSetting) apply unless the command line says otherwise.
using report::kCompanySetting;
using report::kLogoSetting;

// Options that change how a report looks, never what it says: they are left
// out of the recipe that `report verify` replays.
const QStringList kRenderOptions{
    QStringLiteral("format"), QStringLiteral("o"),       QStringLiteral("out"),
    QStringLiteral("page"),   QStringLiteral("theme"),   QStringLiteral("company"),
    QStringLiteral("logo"),   QStringLiteral("created"), QStringLiteral("table")};
const QStringList kRenderFlags{QStringLiteral("json")};

struct Render
{
    report::OutputFormat format = report::OutputFormat::Html;
    QString out;
    std::string table;
    report::RenderOptions options;
};

void addRenderOptions(QCommandLineParser &p, bool withFormat = true)
{
    if (withFormat)
        p.addOption({QStringLiteral("format"),
                     QStringLiteral("pdf, html, md, xlsx, csv or json (default: from the --out extension)."),
                     QStringLiteral("FMT")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                 QStringLiteral("The file to write (CSV: a folder, one file per table, unless --table)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("table"),
                 QStringLiteral("CSV: write only this table (its id, e.g. trades) to --out."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("page"), QStringLiteral("PDF page size: a4 (default) or letter."),
                 QStringLiteral("SIZE")});
    p.addOption({QStringLiteral("theme"),
                 QStringLiteral("HTML colours: auto (the reader's system, default), light or dark."),
                 QStringLiteral("THEME")});
    p.addOption({QStringLiteral("company"),
                 QStringLiteral("Company name in the header (default: the setting report.company_name)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("logo"),
                 QStringLiteral("PNG or JPEG logo in the header (default: the setting report.logo_path)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("created"),
                 QStringLiteral(
                     "Creation date of the PDF/XLSX (YYYY-MM-DD or ISO date-time, UTC); default now for PDF, "
                     "the data's last day for XLSX. $SOURCE_DATE_EPOCH is honoured too."),
                 QStringLiteral("WHEN")});
}

// Reads the render options; an error is a usage error naming the option.
std::optional<QString> readRender(CliContext &ctx, const QCommandLineParser &p, Render &r, QString format)
{
    r.out = p.value(QStringLiteral("out"));
    if (r.out.isEmpty())
        return QStringLiteral("--out FILE is required");
    if (format.isEmpty()) {
        const QString ext = r.out.section(QLatin1Char('.'), -1);
        if (!r.out.contains(QLatin1Char('.')))
            return QStringLiteral(
                "--format is required when --out has no extension (pdf, html, md, xlsx, csv, json)");
        format = ext;
    }
    auto f = report::ReportRenderer::formatFromName(format);
    if (!f)
        return QStringLiteral("--format: ") + qs(f.error().message);
    r.format = *f;
    r.table = p.value(QStringLiteral("table")).trimmed().toStdString();
    if (!r.table.empty() && r.format != report::OutputFormat::Csv)
        return QStringLiteral("--table applies to --format csv only");
    const QString page = p.value(QStringLiteral("page")).trimmed().toLower();
    if (page == QLatin1String("letter"))
        r.options.page = report::PageFormat::Letter;
    else if (!page.isEmpty() && page != QLatin1String("a4"))
        return QStringLiteral("--page: a4 or letter, got '%1'").arg(page);
    const QString theme = p.value(QStringLiteral("theme")).trimmed().toLower();
    if (theme == QLatin1String("light"))
        r.options.theme = report::Theme::Light;
    else if (theme == QLatin1String("dark"))
        r.options.theme = report::Theme::Dark;
    else if (!theme.isEmpty() && theme != QLatin1String("auto"))
        return QStringLiteral("--theme: auto, light or dark, got '%1'").arg(theme);
    if (p.isSet(QStringLiteral("created"))) {
        const QString text = p.value(QStringLiteral("created")).trimmed();
        QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        if (!when.isValid()) {
            auto t = parseTimestamp(text.toStdString(), DateFormat::Iso);
            if (t)
                when = QDateTime::fromMSecsSinceEpoch(*t, Qt::UTC);
        }
        if (!when.isValid())
            return QStringLiteral("--created: not a date '%1' (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
                .arg(text);
        if (when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC);
        r.options.createdAt = when;
    } else if (qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH")) {
        bool ok = false;
        const qint64 secs = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (ok)
            r.options.createdAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    }
    r.options.company = p.value(QStringLiteral("company"));
    QString logo = p.value(QStringLiteral("logo"));
    // Preferences fill in what the command line leaves out.
    if (!p.isSet(QStringLiteral("company")) || !p.isSet(QStringLiteral("logo"))) {
        if (auto db = ctx.database()) {
            SettingsRepository settings(*db.value());
            if (!p.isSet(QStringLiteral("company")))
                if (auto v = settings.get(QLatin1String(kCompanySetting)))
                    r.options.company = *v;
            if (!p.isSet(QStringLiteral("logo")))
                if (auto v = settings.get(QLatin1String(kLogoSetting)))
                    logo = *v;
        }
    }
    if (!logo.isEmpty()) {
        QFile file(logo);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("--logo: cannot read '%1': %2").arg(logo, file.errorString());
        r.options.logoPng = file.readAll();
        if (!r.options.logoPng.startsWith("\x89PNG") && !r.options.logoPng.startsWith("\xFF\xD8"))
            return QStringLiteral("--logo: '%1' is not a PNG or JPEG file").arg(logo);
    }
    return std::nullopt;
}

// The arguments that decide what the report says: everything but the
// render options (and --json), in the order given.
QStringList recipeOf(const QStringList &args)
{
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        bool skip = false;
        for (const QString &o : kRenderOptions) {
            const QString dashed = (o.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + o;
            const QString doubled = QStringLiteral("--") + o;
            if (a == dashed || a == doubled) {
                skip = true;
                ++i; // its value
                break;
            }
            if (a.startsWith(dashed + QLatin1Char('=')) || a.startsWith(doubled + QLatin1Char('='))) {
                skip = true;
                break;
            }
        }
        for (const QString &f : kRenderFlags)
            if (a == QStringLiteral("--") + f)
                skip = true;
        if (!skip)
            out << a;
    }
    return out;
}

// A parse or build that stopped: the exit code (help, usage error, failure).
using Built = std::variant<int, Document>;

// ------------------------------------------------------------------ backtest

// `backtest` already has a --format: the CSV layout of --csv files. Here
// --format is the report's format, so the CSV layout is spelled --csv-format.
QStringList splitFormat(const QStringList &args, QString &reportFormat)
{
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--format") && i + 1 < args.size())
            reportFormat = args[++i];
        else if (a.startsWith(QLatin1String("--format=")))
            reportFormat = a.mid(9);
        else if (a == QLatin1String("--csv-format"))
            out << QStringLiteral("--format");
        else if (a.startsWith(QLatin1String("--csv-format=")))
            out << QStringLiteral("--format=") + a.mid(13);
        else
            out << a;
    }
    return out;
}

Built buildBacktest(CliContext &ctx, const QStringList &rawArgs, Render *render)
{
    const QString cmd = kCommand + QStringLiteral(" backtest");
    QString reportFormat;
    const QStringList args = splitFormat(rawArgs, reportFormat);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A backtest report: strategy, parameters, data range, costs and fills; key figures; equity against "
        "buy & hold;\n"
        "drawdown; monthly returns; trades; every metric's formula and convention; the data fingerprint.\n"
        "Takes the options of 'supernova-cli backtest'. Here --format FMT is the report's format (pdf, html, "
        "md,\n"
        "xlsx, csv, json; default from the --out extension) and the CSV layout option is spelled "
        "--csv-format."));
    BacktestInputs::addDataOptions(p);
    BacktestInputs::addStrategyOptions(p, false);
    if (render)
        addRenderOptions(p, false);
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    if (render)
        if (auto bad = readRender(ctx, p, *render, reportFormat))
            return ctx.usage(*bad, cmd);
    auto parsed = BacktestInputs::fromParser(p, cmd);
    if (!parsed)
        return ctx.usage(qs(parsed.error().message), cmd);
    BacktestInputs in = std::move(parsed).value();
    const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo(in.strategy.toStdString());
    if (auto params = info->resolve(in.params); !params)
        return ctx.usage(QStringLiteral("--param: ") + qs(params.error().toString()), cmd);
    if (info->multiAsset && in.csvPath.isEmpty() && in.symbols.size() < 2)
        return ctx.usage(QStringLiteral("--symbol: strategy '%1' rotates between assets; give at least two")
                             .arg(in.strategy),
                         cmd);
    if (!info->multiAsset && in.symbols.size() > 1)
        return ctx.usage(QStringLiteral("--symbol: strategy '%1' takes one series, %2 given")
                             .arg(in.strategy)
                             .arg(in.symbols.size()),
                         cmd);
    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    if (!info->multiAsset && in.series.size() != 1)
        return ctx.usage(
            QStringLiteral("--symbol: the data holds %1 series; '%2' takes one, pick it with --symbol")
                .arg(in.series.size())
                .arg(in.strategy),
            cmd);
    bt::BacktestRequest request;
    request.strategy = in.strategy.toStdString();
    request.params = in.params;
    request.config = in.config;
    request.convention = in.convention;
    std::vector<const BarSeries *> assets;
    for (const BarSeries &s : in.series)
        assets.push_back(&s);
    auto run = info->multiAsset ? bt::Backtester::runMulti(assets, request)
                                : bt::Backtester::run(in.series.front(), request);
    if (!run)
        return ctx.fail(run.error());
    report::BacktestReportInput input;
    input.series = assets;
    input.origin = in.sourceName.toStdString();
    input.interval = in.interval.toStdString();
    input.daily = in.daily();
    input.sizingText = in.sizingText.toStdString();
    input.fillText = in.fillText.toStdString();
    input.config = in.config;
    input.convention = in.convention;
    input.report = &run.value();
    return report::buildBacktestReport(input);
}

// ------------------------------------------------------ optimize, walkforward

// The data, strategy and sweep options of `optimize` / `walkforward`, read
// and checked; the series loaded. Returns an exit code when it must stop.
std::optional<int> readSweep(CliContext &ctx, QCommandLineParser &p, const QStringList &args,
                             const QString &cmd, Render *render, const QString &reportFormat,
                             BacktestInputs &in, BacktestSweep &sweep)
{
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    if (render)
        if (auto bad = readRender(ctx, p, *render, reportFormat))
            return ctx.usage(*bad, cmd);
    auto parsed = BacktestInputs::fromParser(p, cmd);
    if (!parsed)
        return ctx.usage(qs(parsed.error().message), cmd);
    in = std::move(parsed).value();
    auto sweepParsed = BacktestSweep::fromParser(p, in);
    if (!sweepParsed)
        return ctx.usage(qs(sweepParsed.error().message), cmd);
    sweep = std::move(sweepParsed).value();
    if (in.symbols.size() > 1)
        return ctx.usage(QStringLiteral("--symbol: takes one series, %1 given").arg(in.symbols.size()), cmd);
    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    if (in.series.size() != 1)
        return ctx.usage(QStringLiteral("--symbol: the data holds %1 series; pick one with --symbol")
                             .arg(in.series.size()),
                         cmd);
    return std::nullopt;
}

report::SweepReportInput sweepInput(const BacktestInputs &in, const BacktestSweep &sweep)
{
    report::SweepReportInput input;
    input.series = &in.series.front();
    input.origin = in.sourceName.toStdString();
    input.interval = in.interval.toStdString();
    input.daily = in.daily();
    input.sizingText = in.sizingText.toStdString();
    input.fillText = in.fillText.toStdString();
    input.sweep = sweep.config;
    return input;
}

Built buildOptimize(CliContext &ctx, const QStringList &rawArgs, Render *render)
{
    const QString cmd = kCommand + QStringLiteral(" optimize");
    QString reportFormat;
    const QStringList args = splitFormat(rawArgs, reportFormat);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("An optimisation report: the grid's heatmap, the top N, the "
                                               "best combination in full against buy & hold.\n"
                                               "Takes the options of 'supernova-cli optimize' (--format is "
                                               "the report's format; the CSV layout option is\n"
                                               "spelled --csv-format)."));
    BacktestInputs::addDataOptions(p);
    BacktestInputs::addStrategyOptions(p, false);
    BacktestSweep::addOptions(p);
    p.addOption({QStringLiteral("top"),
                 QStringLiteral("How many of the best combinations to list (default 10)."),
                 QStringLiteral("K")});
    if (render)
        addRenderOptions(p, false);
    BacktestInputs in;
    BacktestSweep sweep;
    if (auto code = readSweep(ctx, p, args, cmd, render, reportFormat, in, sweep))
        return *code;
    std::size_t top = 10;
    if (p.isSet(QStringLiteral("top"))) {
        bool ok = false;
        const int k = p.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || k < 1)
            return ctx.usage(QStringLiteral("--top: a positive whole number, got '%1'")
                                 .arg(p.value(QStringLiteral("top"))),
                             cmd);
        top = std::size_t(k);
    }
    auto result = bt::Optimizer::run(in.series.front(), sweep.config);
    if (!result)
        return ctx.fail(result.error());
    const bt::SweepResult &res = result.value();
    std::optional<bt::BacktestReport> best;
    if (!res.ranking.empty()) {
        const bt::Strategy *strategy = bt::StrategyRegistry::find(in.strategy.toStdString());
        auto full = bt::Backtester::run(in.series.front(), *strategy, res.table.row(res.ranking.front()),
                                        in.config, in.convention, true);
        if (!full)
            return ctx.fail(full.error().withContext("re-running the best combination"));
        best = std::move(full).value();
    }
    report::SweepReportInput input = sweepInput(in, sweep);
    input.top = top;
    return report::buildOptimizeReport(input, res, best ? &*best : nullptr);
}

Built buildWalkForward(CliContext &ctx, const QStringList &rawArgs, Render *render)
{
    const QString cmd = kCommand + QStringLiteral(" walkforward");
    QString reportFormat;
    const QStringList args = splitFormat(rawArgs, reportFormat);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A walk-forward report: in sample against out of sample per "
                                               "window, the chosen parameters, the chained\n"
                                               "out-of-sample equity. Takes the options of 'supernova-cli "
                                               "walkforward' (--format is the report's format;\n"
                                               "the CSV layout option is spelled --csv-format)."));
    BacktestInputs::addDataOptions(p);
    BacktestInputs::addStrategyOptions(p, false);
    BacktestSweep::addOptions(p);
    p.addOption({QStringLiteral("in-sample"),
                 QStringLiteral("In-sample window length in bars (default 756)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("out-of-sample"),
                 QStringLiteral("Out-of-sample window length in bars (default 252)."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("mode"), QStringLiteral("rolling (default) or anchored."), QStringLiteral("MODE")});
    if (render)
        addRenderOptions(p, false);
    BacktestInputs in;
    BacktestSweep sweep;
    if (auto code = readSweep(ctx, p, args, cmd, render, reportFormat, in, sweep))
        return *code;
    bt::WalkForwardConfig wf;
    for (const auto &[option, target] : {std::pair{QStringLiteral("in-sample"), &wf.inSampleBars},
                                         std::pair{QStringLiteral("out-of-sample"), &wf.outOfSampleBars}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const qlonglong v = p.value(option).toLongLong(&ok);
        if (!ok || v < 2)
            return ctx.usage(
                QStringLiteral("--%1: a whole number of bars >= 2, got '%2'").arg(option, p.value(option)),
                cmd);
        *target = std::size_t(v);
    }
    const QString mode = p.isSet(QStringLiteral("mode")) ? p.value(QStringLiteral("mode")).trimmed().toLower()
                                                         : QStringLiteral("rolling");
    if (mode != QLatin1String("rolling") && mode != QLatin1String("anchored"))
        return ctx.usage(
            QStringLiteral("--mode: rolling or anchored, got '%1'").arg(p.value(QStringLiteral("mode"))),
            cmd);
    wf.anchored = mode == QLatin1String("anchored");
    if (const std::size_t bars = in.series.front().size(); wf.inSampleBars + wf.outOfSampleBars > bars)
        return ctx.fail(
            QStringLiteral("too few bars: --in-sample %1 + --out-of-sample %2 = %3, the data has %4")
                .arg(wf.inSampleBars)
                .arg(wf.outOfSampleBars)
                .arg(wf.inSampleBars + wf.outOfSampleBars)
                .arg(bars));
    wf.sweep = sweep.config;
    auto result = bt::WalkForward::run(in.series.front(), wf);
    if (!result)
        return ctx.fail(result.error());
    return report::buildWalkForwardReport(sweepInput(in, sweep), wf, result.value());
}

// -------------------------------------------------------------- conversation

Built buildConversation(CliContext &ctx, const QStringList &args, Render *render)
{
    const QString cmd = kCommand + QStringLiteral(" conversation");
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("An advisor conversation as a report: every question and answer, the tool calls and "
                       "their results, tokens,\n"
                       "cost and latency (see 'supernova-cli conversations list' for the ids)."));
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The conversation's id."));
    if (render)
        addRenderOptions(p);
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one conversation ID"), cmd);
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(QStringLiteral("ID: not a conversation id '%1' (see 'conversations list')")
                             .arg(p.positionalArguments().first()),
                         cmd);
    if (render)
        if (auto bad = readRender(ctx, p, *render, p.value(QStringLiteral("format"))))
            return ctx.usage(*bad, cmd);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto doc = report::buildConversationReport(*db.value(), id);
    if (!doc)
        return ctx.fail(doc.error());
    return std::move(doc).value();
}

// ---------------------------------------------------------------- portfolio

struct PortfolioArgs
{
    QString name;
    PortfolioService::Period period;
    Convention convention;
    QString benchmark;
};

// The options of `portfolio performance` / `portfolio risk`, from the same
// PortfolioOptions those commands use (no --explain: a report always has its
// methodology), plus the benchmark.
void addPortfolioOptions(QCommandLineParser &p)
{
    PortfolioOptions{true, true, false}.add(p);
    p.addOption({QStringLiteral("benchmark"), QStringLiteral("Symbol to compare with (its daily closes)."),
                 QStringLiteral("SYM")});
}

// Returns a usage message, or fills `out` (the risk-free rate from settings
// comes later, with the database: withSettings).
std::optional<QString> readPortfolio(const QCommandLineParser &p, PortfolioArgs &out)
{
    if (p.positionalArguments().size() != 1)
        return QStringLiteral("give exactly one portfolio NAME");
    out.name = p.positionalArguments().first();
    const PortfolioOptions options{true, true, false};
    if (auto bad = options.readPeriod(p, out.period))
        return bad->message;
    if (auto bad = PortfolioOptions::readConvention(p, out.convention))
        return bad->message;
    out.benchmark = p.value(QStringLiteral("benchmark")).trimmed();
    return std::nullopt;
}

// What every portfolio report does after declaring its options: parse, read
// the portfolio and render options, open the database and take the risk-free
// rate from the settings unless --risk-free gave one. The exit code when the
// command ends here, else the database in `db`.
std::optional<int> readPortfolioReport(CliContext &ctx, QCommandLineParser &p, const QStringList &args,
                                       const QString &cmd, Render *render, PortfolioArgs &a, Database *&db)
{
    if (render)
        addRenderOptions(p);
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (auto bad = readPortfolio(p, a))
        return ctx.usage(*bad, cmd);
    if (render)
        if (auto bad = readRender(ctx, p, *render, p.value(QStringLiteral("format"))))
            return ctx.usage(*bad, cmd);
    auto opened = ctx.database();
    if (!opened)
        return ctx.fail(opened.error());
    db = opened.value();
    return applySettingsRiskFree(ctx, p, PortfolioService(*db), a.convention);
}

Built buildPortfolio(CliContext &ctx, const QStringList &args, Render *render)
{
    const QString cmd = kCommand + QStringLiteral(" portfolio");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A portfolio performance report: value, TTWROR and IRR, "
                                               "monthly and yearly returns, contribution by holding,\n"
                                               "the benchmark comparison, holdings and the ledger for the "
                                               "period. Takes the options of 'portfolio performance'."));
    addPortfolioOptions(p);
    PortfolioArgs a;
    Database *db = nullptr;
    if (auto code = readPortfolioReport(ctx, p, args, cmd, render, a, db))
        return *code;
    PortfolioService::PerformanceOptions o;
    o.period = a.period;
    o.convention = a.convention;
    o.benchmark = a.benchmark.toStdString();
    auto doc = report::PortfolioReportBuilder(*db).performance(a.name, o);
    if (!doc)
        return ctx.fail(doc.error());
    return std::move(doc).value();
}

// --------------------------------------------------------------------- risk

Built buildRisk(CliContext &ctx, const QStringList &args, Render *render)
{
    const QString cmd = kCommand + QStringLiteral(" risk");
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A portfolio risk report: the metrics with their formulas, VaR/CVaR (method, "
                       "confidence, horizon), component VaR,\n"
                       "correlation, stress tests, the Monte Carlo fan, the efficient frontier and (with "
                       "--target) a rebalancing proposal.\n"
                       "Takes the options of 'portfolio risk' and 'portfolio montecarlo'."));
    addPortfolioOptions(p);
    p.addOption({QStringLiteral("method"),
                 QStringLiteral("VaR method: historical, normal, cornish-fisher, montecarlo."),
                 QStringLiteral("M")});
    p.addOption({QStringLiteral("confidence"), QStringLiteral("VaR confidence in (0, 1), default 0.95."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("horizon"), QStringLiteral("VaR horizon in trading days, default 1."),
                 QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("draws"), QStringLiteral("Monte Carlo VaR draws, default 100000."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("shrink"),
                 QStringLiteral("Ledoit-Wolf covariance shrinkage: constant-correlation or identity."),
                 QStringLiteral("TARGET")});
    p.addOption({QStringLiteral("seed"),
                 QStringLiteral("Seed of the Monte Carlo VaR and projection, default 1."),
                 QStringLiteral("SEED")});
    p.addOption({QStringLiteral("paths"), QStringLiteral("Monte Carlo projection paths, default 10000."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("steps"),
                 QStringLiteral("Monte Carlo projection trading days ahead, default 252."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("frontier"), QStringLiteral("Efficient frontier points, default 20."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("target"),
                 QStringLiteral("SYMBOL=WEIGHT for the rebalancing proposal (repeatable; weights sum to 1)."),
                 QStringLiteral("SYM=W")});
    p.addOption(
        {QStringLiteral("whole-shares"),
         QStringLiteral("The rebalancing proposal trades whole shares only (as the Risk area's option).")});
    PortfolioArgs a;
    Database *db = nullptr;
    if (auto code = readPortfolioReport(ctx, p, args, cmd, render, a, db))
        return *code;
    report::RiskReportOptions o;
    o.risk.period = a.period;
    o.risk.convention = a.convention;
    o.risk.benchmark = a.benchmark.toStdString();
    o.projection.period = a.period;
    const QString method = p.value(QStringLiteral("method")).trimmed().toLower();
    if (method == QLatin1String("normal"))
        o.risk.varMethod = RiskReport::VarMethod::Normal;
    else if (method == QLatin1String("cornish-fisher"))
        o.risk.varMethod = RiskReport::VarMethod::CornishFisher;
    else if (method == QLatin1String("montecarlo"))
        o.risk.varMethod = RiskReport::VarMethod::MonteCarlo;
    else if (!method.isEmpty() && method != QLatin1String("historical"))
        return ctx.usage(
            QStringLiteral(
                "--method: unknown VaR method '%1' (historical, normal, cornish-fisher, montecarlo)")
                .arg(method),
            cmd);
    if (p.isSet(QStringLiteral("confidence"))) {
        auto v = toNumber(p.value(QStringLiteral("confidence")));
        if (!v || *v <= 0 || *v >= 1)
            return ctx.usage(QStringLiteral("--confidence: a fraction in (0, 1) such as 0.99, got '%1'")
                                 .arg(p.value(QStringLiteral("confidence"))),
                             cmd);
        o.risk.confidence = *v;
    }
    auto count = [&](const char *name, long long min, long long &target) -> std::optional<QString> {
        const QString option = QLatin1String(name);
        if (!p.isSet(option))
            return std::nullopt;
        bool ok = false;
        const long long v = p.value(option).trimmed().toLongLong(&ok);
        if (!ok || v < min)
            return QStringLiteral("--%1: a whole number >= %2, got '%3'")
                .arg(option)
                .arg(min)
                .arg(p.value(option));
        target = v;
        return std::nullopt;
    };
    long long horizon = 1, seed = 1, paths = 10'000, steps = 252, frontier = 20, draws = 100'000;
    for (auto [name, min, target] :
         {std::tuple{"horizon", 1LL, &horizon}, std::tuple{"seed", 0LL, &seed},
          std::tuple{"draws", 1LL, &draws}, std::tuple{"paths", 1LL, &paths},
          std::tuple{"steps", 1LL, &steps}, std::tuple{"frontier", 2LL, &frontier}})
        if (auto bad = count(name, min, *target))
            return ctx.usage(*bad, cmd);
    o.risk.horizon = int(horizon);
    o.risk.draws = std::size_t(draws);
    if (p.isSet(QStringLiteral("shrink"))) {
        const QString target = p.value(QStringLiteral("shrink")).trimmed().toLower();
        if (target == QLatin1String("constant-correlation"))
            o.risk.shrinkage = Covariance::ShrinkageTarget::ConstantCorrelation;
        else if (target == QLatin1String("identity"))
            o.risk.shrinkage = Covariance::ShrinkageTarget::ScaledIdentity;
        else
            return ctx.usage(
                QStringLiteral("--shrink: constant-correlation or identity, got '%1'").arg(target), cmd);
    }
    o.risk.seed = std::uint64_t(seed);
    o.projection.seed = std::uint64_t(seed);
    o.projection.paths = int(std::min(paths, 1'000'000LL));
    o.projection.steps = int(std::min(steps, 10'000LL));
    o.frontierPoints = int(std::min(frontier, 200LL));
    o.stress.asOf = a.period.to;
    o.rebalance.asOf = a.period.to;
    for (const QString &t : p.values(QStringLiteral("target"))) {
        const auto eq = t.indexOf(QLatin1Char('='));
        const auto w = eq > 0 ? toNumber(t.mid(eq + 1)) : std::nullopt;
        if (!w || *w < 0 || *w > 1)
            return ctx.usage(
                QStringLiteral("--target: SYMBOL=WEIGHT with WEIGHT in [0, 1], e.g. AAPL=0.6, got '%1'")
                    .arg(t),
                cmd);
        o.rebalance.targets.push_back({t.left(eq).trimmed().toStdString(), *w});
    }
    o.rebalance.wholeShares = p.isSet(QStringLiteral("whole-shares"));
    if (o.rebalance.wholeShares && o.rebalance.targets.empty())
        return ctx.usage(
            QStringLiteral("--whole-shares applies to the rebalancing proposal: give --target weights too"),
            cmd);
    auto doc = report::PortfolioReportBuilder(*db).risk(a.name, o);
    if (!doc)
        return ctx.fail(doc.error());
    return std::move(doc).value();
}

// ------------------------------------------------------------------ dispatch

using Builder = Built (*)(CliContext &, const QStringList &, Render *);

struct Kind
{
    const char *name;
    const char *summary;
    Builder build;
};

const Kind kKinds[] = {
    {"backtest", "strategy, KPIs, equity vs buy & hold, drawdown, monthly returns, trades", buildBacktest},
    {"portfolio", "value, TTWROR/IRR, period returns, contribution, holdings, ledger", buildPortfolio},
    {"risk", "risk metrics, VaR/CVaR, correlation, stress, Monte Carlo fan, frontier, rebalancing",
     buildRisk},
    {"optimize", "the grid's heatmap, the top N, the best combination in full", buildOptimize},
    {"walkforward", "in sample against out of sample per window, chained out-of-sample equity",
     buildWalkForward},
    {"conversation", "an advisor conversation: questions, answers, tool calls, tokens and cost",
     buildConversation},
};

const Kind *findKind(const QString &name)
{
    for (const Kind &k : kKinds)
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

int writeReport(CliContext &ctx, const Kind &kind, const QStringList &args)
{
    Render render;
    Built built = kind.build(ctx, args, &render);
    if (const int *code = std::get_if<int>(&built))
        return *code;
    Document doc = std::get<Document>(std::move(built));
    for (const QString &a : recipeOf(args))
        doc.recipe.push_back(a.toStdString());
    auto written =
        report::ReportRenderer::write(doc, render.format, render.out, render.options, render.table);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("report"), QLatin1String(kind.name)},
                        {QStringLiteral("format"), report::ReportRenderer::extension(render.format)},
                        {QStringLiteral("files"), QJsonArray::fromStringList(written.value())},
                        {QStringLiteral("fingerprint"), qs(doc.fingerprint.sha256)}});
        return Ok;
    }
    for (const QString &f : written.value())
        ctx.out() << "wrote " << f << '\n';
    ctx.out() << kind.name << " report, fingerprint " << qs(doc.fingerprint.sha256) << Qt::endl;
    return Ok;
}

int verifyReport(CliContext &ctx, const QStringList &args)
{
    const QString cmd = kCommand + QStringLiteral(" verify");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Recomputes a report's data fingerprint from the database (or the CSV file it was made from) with "
        "the\n"
        "options it was made with, and says whether the report still matches. Reads PDF, HTML, Markdown, "
        "XLSX and JSON\n"
        "reports. Exit 0: matches; 1: the data or the options changed, or the report cannot be rebuilt."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("A report written by 'supernova-cli report'."));
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one report FILE"), cmd);
    const QString file = p.positionalArguments().first();
    auto stamp = report::ReportFile::readStamp(file);
    if (!stamp)
        return ctx.fail(stamp.error());
    const Kind *kind = findKind(qs(stamp->kind));
    if (!kind)
        return ctx.fail(QStringLiteral("%1: a '%2' report cannot be verified by this version")
                            .arg(file, qs(stamp->kind)));
    QStringList recipe;
    for (const std::string &a : stamp->recipe)
        recipe << qs(a);
    const bool json = ctx.json;
    ctx.json = false;
    Built built = kind->build(ctx, recipe, nullptr);
    ctx.json = json;
    if (const int *code = std::get_if<int>(&built)) {
        ctx.err() << "error: " << file << ": the report could not be rebuilt from its recipe (see above)"
                  << Qt::endl;
        return *code == Ok ? Failure : *code;
    }
    const Document &doc = std::get<Document>(built);
    const bool match = doc.fingerprint.sha256 == stamp->sha256;
    const bool sameVersion = doc.fingerprint.appVersion == stamp->appVersion;
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), file},
                                  {QStringLiteral("report"), qs(stamp->kind)},
                                  {QStringLiteral("matches"), match},
                                  {QStringLiteral("report_fingerprint"), qs(stamp->sha256)},
                                  {QStringLiteral("current_fingerprint"), qs(doc.fingerprint.sha256)},
                                  {QStringLiteral("report_app_version"), qs(stamp->appVersion)},
                                  {QStringLiteral("current_app_version"), qs(doc.fingerprint.appVersion)}});
    } else if (match) {
        ctx.out() << file << ": matches (fingerprint " << qs(stamp->sha256) << ")" << Qt::endl;
    } else {
        ctx.out() << file << ": DOES NOT MATCH the current data\n  report:  " << qs(stamp->sha256)
                  << "\n  now:     " << qs(doc.fingerprint.sha256) << '\n';
        if (!sameVersion)
            ctx.out() << "  the report was made by SuperNova " << qs(stamp->appVersion) << ", this is "
                      << qs(doc.fingerprint.appVersion) << " (the version is part of the fingerprint)\n";
        else
            ctx.out() << "  the input rows (bars or transactions) or the settings they were read with have "
                         "changed\n";
        ctx.out().flush();
    }
    return match ? Ok : Failure;
}

int reportCommand(CliContext &ctx, const QStringList &args)
{
    const QString first = args.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QTextStream &out = ctx.out();
        out << "Usage: supernova-cli report <kind> [options] --format pdf|html|md|xlsx|csv|json --out FILE\n"
               "       supernova-cli report verify FILE\n\n"
               "Reports an analyst can hand over: the analysis, its charts, a methodology appendix and a "
               "data\n"
               "fingerprint (SHA-256 over the input rows, the parameters, the convention and the app "
               "version).\n"
               "The same inputs give byte-identical HTML, Markdown, XLSX, CSV and JSON, and a PDF identical "
               "up to\n"
               "its creation date (--created fixes it).\n\nKinds:\n";
        for (const Kind &k : kKinds)
            out << "  " << QString::fromLatin1(k.name).leftJustified(13) << ' ' << k.summary << '\n';
        out << "  " << QStringLiteral("verify").leftJustified(13)
            << " recompute a report's fingerprint and say whether it still matches\n"
            << "\n'supernova-cli report <kind> --help' lists each kind's options.\n";
        out.flush();
        return first.isEmpty() ? Usage : Ok;
    }
    if (first == QLatin1String("verify"))
        return verifyReport(ctx, args.mid(1));
    const Kind *kind = findKind(first);
    if (!kind) {
        QStringList names;
        for (const Kind &k : kKinds)
            names << QLatin1String(k.name);
        return ctx.usage(QStringLiteral("unknown report kind '%1' (%2, or verify)")
                             .arg(first, names.join(QStringLiteral(", "))),
                         kCommand);
    }
    return writeReport(ctx, *kind, args.mid(1));
}

} // namespace

bool commandNeedsGui(const QStringList &arguments)
{
    // The first argument that is not a global option names the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--log-level")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a == kCommand;
    }
    return false;
}

std::vector<Command> reportCommands()
{
    return {
        {kCommand,
         QStringLiteral(
             "Write a backtest, optimize, walkforward, portfolio, risk or conversation report; verify one"),
         reportCommand}};
}

} // namespace sn::cli
