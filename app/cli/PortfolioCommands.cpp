#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "app/cli/PortfolioOptions.h"
#include "app/cli/PortfolioOutput.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace sn::cli {

namespace {

const QString kCommand = QStringLiteral("portfolio");

QString sub(const char *name)
{
    return kCommand + QLatin1Char(' ') + QLatin1String(name);
}

// The shared portfolio options live in PortfolioOptions (report portfolio|risk reads them too).
using Bad = BadOption;
using Shared = PortfolioOptions;

template <typename Report> int present(CliContext &ctx, const Report &report, bool explain)
{
    if (ctx.json) {
        QJsonObject o = PortfolioOutput::json(report);
        if (explain)
            o.insert(QStringLiteral("explain"), PortfolioOutput::json(report.explanations));
        ctx.printJson(o);
        return Ok;
    }
    PortfolioOutput::print(ctx.out(), report);
    if (explain)
        PortfolioOutput::print(ctx.out(), report.explanations);
    ctx.out().flush();
    return Ok;
}

// What a subcommand has once its arguments are read: the portfolio name,
// --explain, and (after openService) the service over the database.
struct Prepared
{
    std::unique_ptr<PortfolioService> service;
    Workspace *workspace = nullptr; // writes go through its services
    QString name;
    bool explain = false;
};

// Parses the subcommand's options and checks the positional count; returns
// an exit code when the command must stop (help shown, usage error).
std::optional<int> prepare(CliContext &ctx, QCommandLineParser &p, const QStringList &args,
                           const QString &command, int positionals, Prepared &out)
{
    if (auto code = ctx.parse(p, args, command))
        return *code;
    if (p.positionalArguments().size() != positionals)
        return ctx.usage(positionals == 0   ? command + QStringLiteral(" takes no arguments")
                         : positionals == 1 ? command + QStringLiteral(" takes exactly one portfolio NAME")
                                            : command + QStringLiteral(" takes a portfolio NAME and a FILE"),
                         command);
    if (positionals > 0)
        out.name = p.positionalArguments().first();
    out.explain = p.optionNames().contains(QStringLiteral("explain")) && p.isSet(QStringLiteral("explain"));
    return std::nullopt;
}

std::optional<int> openService(CliContext &ctx, Prepared &out)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    out.workspace = ws.value();
    out.service = std::make_unique<PortfolioService>(*out.workspace);
    return std::nullopt;
}

int listCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("List the portfolios with their base currency and transaction count."));
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("list"), 0, prep))
        return *code;
    if (auto code = openService(ctx, prep))
        return *code;
    auto list = prep.service->list();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const PortfolioSummary &s : list.value())
            rows.append(QJsonObject{{QStringLiteral("name"), qs(s.name)},
                                    {QStringLiteral("base_currency"), qs(s.baseCurrency)},
                                    {QStringLiteral("transactions"), static_cast<qint64>(s.transactions)},
                                    {QStringLiteral("created"), qs(formatDate(s.createdAt))},
                                    {QStringLiteral("note"), qs(s.note)}});
        ctx.printJson(rows);
        return Ok;
    }
    QList<QStringList> rows;
    for (const PortfolioSummary &s : list.value())
        rows << QStringList{qs(s.name), qs(s.baseCurrency), QString::number(s.transactions),
                            qs(formatDate(s.createdAt))};
    ctx.printTable({QStringLiteral("name"), QStringLiteral("ccy"), QStringLiteral("transactions"),
                    QStringLiteral("created")},
                   rows);
    return Ok;
}

int createCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create an empty portfolio."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The new portfolio's name."));
    p.addOption({QStringLiteral("currency"), QStringLiteral("Base currency (three letters)."),
                 QStringLiteral("CCY"), QStringLiteral("USD")});
    p.addOption(
        {QStringLiteral("note"), QStringLiteral("A note kept with the portfolio."), QStringLiteral("TEXT")});
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("create"), 1, prep))
        return *code;
    const QString currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
    if (currency.size() != 3)
        return ctx.usage(QStringLiteral("--currency: not a three-letter code '%1'").arg(currency),
                         sub("create"));
    if (auto code = openService(ctx, prep))
        return *code;
    auto id =
        LedgerService(*prep.workspace).createPortfolio(prep.name, currency, p.value(QStringLiteral("note")));
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("name"), prep.name.trimmed()},
                                  {QStringLiteral("base_currency"), currency},
                                  {QStringLiteral("id"), id.value()}});
    else
        ctx.out() << "created portfolio '" << prep.name.trimmed() << "' (" << currency << ")" << Qt::endl;
    return Ok;
}

int deleteCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Delete a portfolio and its transactions (instruments and bars stay)."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The portfolio's name."));
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("delete"), 1, prep))
        return *code;
    if (auto code = openService(ctx, prep))
        return *code;
    LedgerService ledger(*prep.workspace);
    auto portfolio = ledger.portfolioByName(prep.name);
    if (!portfolio)
        return ctx.fail(portfolio.error());
    if (auto removed = ledger.removePortfolio(portfolio->id); !removed)
        return ctx.fail(removed.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), prep.name}});
    else
        ctx.out() << "deleted portfolio '" << prep.name << "'" << Qt::endl;
    return Ok;
}

int importCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Import transactions from a CSV file into a portfolio. Columns (by header name): date, type, "
        "symbol,\n"
        "quantity, price, fee, tax, amount, currency, note; --map renames them. Types: buy, sell, dividend,\n"
        "interest, fee, tax, deposit, withdrawal, split, transfer_in, transfer_out. Amounts are positive; "
        "the\n"
        "type gives the direction. The file is one transaction: any bad line (unknown type or symbol, "
        "negative\n"
        "price, unparseable decimal, a sell of more than held) rejects it whole, listing each by line and "
        "field."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The portfolio."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    p.addOption({QStringLiteral("map"),
                 QStringLiteral("FIELD=COLUMN (repeatable or comma-separated), e.g. "
                                "--map \"date=Trade Date,symbol=Ticker\"."),
                 QStringLiteral("MAP")});
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("import"), 2, prep))
        return *code;
    std::vector<std::string> entries;
    for (const QString &m : p.values(QStringLiteral("map")))
        entries.push_back(m.toStdString());
    auto map = TransactionCsv::parseColumnMap(entries);
    if (!map)
        return ctx.usage(qs(map.error().toString()), sub("import"));
    if (auto code = openService(ctx, prep))
        return *code;
    const QString file = p.positionalArguments().at(1);
    auto report = TransactionImporter(*prep.workspace).importFile(prep.name, file, map.value());
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("portfolio"), prep.name},
                                  {QStringLiteral("source"), file},
                                  {QStringLiteral("rows_read"), static_cast<qint64>(report->rowsRead)},
                                  {QStringLiteral("imported"), static_cast<qint64>(report->imported)},
                                  {QStringLiteral("first"), qs(formatDate(report->first))},
                                  {QStringLiteral("last"), qs(formatDate(report->last))}});
        return Ok;
    }
    ctx.out() << "imported " << report->imported << " transaction(s) into '" << prep.name << "' ("
              << qs(formatDate(report->first)) << " to " << qs(formatDate(report->last)) << ")" << Qt::endl;
    return Ok;
}

int exportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Export a portfolio's transactions to CSV "
                       "(date,type,symbol,quantity,price,fee,tax,amount,currency,note),\n"
                       "exact decimals: importing the file into an empty portfolio and exporting again gives "
                       "the same bytes."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The portfolio."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file to write."));
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("export"), 2, prep))
        return *code;
    if (auto code = openService(ctx, prep))
        return *code;
    const QString file = p.positionalArguments().at(1);
    auto n = prep.service->exportCsv(prep.name, file);
    if (!n)
        return ctx.fail(n.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("portfolio"), prep.name},
                                  {QStringLiteral("file"), file},
                                  {QStringLiteral("transactions"), static_cast<qint64>(n.value())}});
    else
        ctx.out() << "exported " << n.value() << " transaction(s) to " << file << Qt::endl;
    return Ok;
}

int showCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Holdings: quantity, lots, cost basis, realised and unrealised P&L, income, cash per currency and "
        "the\n"
        "total value in the base currency, at the last close on or before the valuation day."));
    Shared shared;
    shared.add(p);
    p.addOption({QStringLiteral("lot-method"), QStringLiteral("fifo (default) or average (average cost)."),
                 QStringLiteral("M"), QStringLiteral("fifo")});
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("show"), 1, prep))
        return *code;
    const QString lotMethod = p.value(QStringLiteral("lot-method")).trimmed().toLower();
    if (lotMethod != QLatin1String("fifo") && lotMethod != QLatin1String("average"))
        return ctx.usage(QStringLiteral("--lot-method: fifo or average, got '%1'").arg(lotMethod),
                         sub("show"));
    PortfolioService::Period period;
    if (auto bad = shared.readPeriod(p, period))
        return ctx.usage(bad->message, sub("show"));
    if (period.from)
        return ctx.usage(QStringLiteral("show values one day: use --to"), sub("show"));
    if (auto code = openService(ctx, prep))
        return *code;
    prep.service->setLotMethod(lotMethod == QLatin1String("average") ? Ledger::LotMethod::AverageCost
                                                                     : Ledger::LotMethod::Fifo);
    auto h = prep.service->holdings(prep.name, period.to);
    if (!h)
        return ctx.fail(h.error());
    return present(ctx, h.value(), prep.explain);
}

int performanceCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Time-weighted (TTWROR) and money-weighted (IRR) returns, monthly and yearly returns, contribution "
        "per\n"
        "position, and optionally a benchmark comparison (beta, alpha, tracking error, information ratio)."));
    Shared shared;
    shared.convention = true;
    shared.add(p);
    p.addOption({QStringLiteral("benchmark"), QStringLiteral("Symbol to compare with (its daily closes)."),
                 QStringLiteral("SYMBOL")});
    p.addOption(
        {QStringLiteral("daily"), QStringLiteral("Also list the value, flows and cumulative return of every "
                                                 "day (JSON: \"daily\").")});
    Prepared prep;
    if (auto code = prepare(ctx, p, args, sub("performance"), 1, prep))
        return *code;
    PortfolioService::PerformanceOptions o;
    if (auto bad = shared.readPeriod(p, o.period))
        return ctx.usage(bad->message, sub("performance"));
    if (auto bad = Shared::readConvention(p, o.convention))
        return ctx.usage(bad->message, sub("performance"));
    o.benchmark = p.value(QStringLiteral("benchmark")).trimmed().toStdString();
    if (auto code = openService(ctx, prep))
        return *code;
    if (auto code = applySettingsRiskFree(ctx, p, *prep.service, o.convention))
        return *code;
    auto r = prep.service->performance(prep.name, o);
    if (!r)
        return ctx.fail(r.error());
    if (!p.isSet(QStringLiteral("daily")))
        return present(ctx, r.value(), prep.explain);
    auto series = prep.service->valuation(prep.name, o.period);
    if (!series)
        return ctx.fail(series.error());
    for (const auto &e : series->explanations)
        r->explanations.push_back(e);
    if (ctx.json) {
        QJsonObject out = PortfolioOutput::json(r.value());
        out.insert(QStringLiteral("daily"), PortfolioOutput::json(series.value()));
        if (prep.explain)
            out.insert(QStringLiteral("explain"), PortfolioOutput::json(r->explanations));
        ctx.printJson(out);
        return Ok;
    }
    PortfolioOutput::print(ctx.out(), r.value());
    PortfolioOutput::print(ctx.out(), series.value());
    if (prep.explain)
        PortfolioOutput::print(ctx.out(), r->explanations);
    ctx.out().flush();
    return Ok;
}

int riskCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Volatility, Sharpe, Sortino, Calmar, max drawdown (and beta/alpha with --benchmark) of the "
        "portfolio's\n"
        "trading-day returns under a named convention; VaR and CVaR; component VaR and correlation of the\n"
        "current positions."));
    Shared shared;
    shared.convention = true;
    shared.add(p);
    p.addOption({QStringLiteral("benchmark"), QStringLiteral("Symbol for beta, alpha, tracking error."),
                 QStringLiteral("SYMBOL")});
    p.addOption({QStringLiteral("method"),
                 QStringLiteral("VaR method: historical, normal, cornish-fisher, montecarlo."),
                 QStringLiteral("M"), QStringLiteral("historical")});
    p.addOption({QStringLiteral("confidence"), QStringLiteral("VaR confidence in (0, 1), default 0.95."),
                 QStringLiteral("C"), QStringLiteral("0.95")});
    p.addOption({QStringLiteral("horizon"), QStringLiteral("VaR horizon in trading days, default 1."),
                 QStringLiteral("DAYS"), QStringLiteral("1")});
    p.addOption({QStringLiteral("draws"), QStringLiteral("Monte Carlo VaR draws, default 100000."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Monte Carlo seed, default 1."),
                 QStringLiteral("SEED"), QStringLiteral("1")});
    p.addOption({QStringLiteral("shrink"),
                 QStringLiteral("Ledoit-Wolf covariance shrinkage: constant-correlation or "
                                "identity (default: sample covariance)."),
                 QStringLiteral("TARGET")});
    Prepared prep;
    const QString command = sub("risk");
    if (auto code = prepare(ctx, p, args, command, 1, prep))
        return *code;
    PortfolioService::RiskOptions o;
    if (auto bad = shared.readPeriod(p, o.period))
        return ctx.usage(bad->message, command);
    if (auto bad = Shared::readConvention(p, o.convention))
        return ctx.usage(bad->message, command);
    o.benchmark = p.value(QStringLiteral("benchmark")).trimmed().toStdString();
    const QString method = p.value(QStringLiteral("method")).trimmed().toLower();
    if (method == QLatin1String("historical"))
        o.varMethod = RiskReport::VarMethod::Historical;
    else if (method == QLatin1String("normal") || method == QLatin1String("parametric"))
        o.varMethod = RiskReport::VarMethod::Normal;
    else if (method == QLatin1String("cornish-fisher"))
        o.varMethod = RiskReport::VarMethod::CornishFisher;
    else if (method == QLatin1String("montecarlo") || method == QLatin1String("monte-carlo"))
        o.varMethod = RiskReport::VarMethod::MonteCarlo;
    else
        return ctx.usage(
            QStringLiteral("--method: unknown VaR method '%1' (historical, normal, cornish-fisher, "
                           "montecarlo)")
                .arg(method),
            command);
    auto confidence = toNumber(p.value(QStringLiteral("confidence")));
    if (!confidence || *confidence <= 0.0 || *confidence >= 1.0)
        return ctx.usage(QStringLiteral("--confidence: a fraction in (0, 1) such as 0.99, got '%1'")
                             .arg(p.value(QStringLiteral("confidence"))),
                         command);
    o.confidence = *confidence;
    bool ok = false;
    o.horizon = p.value(QStringLiteral("horizon")).toInt(&ok);
    if (!ok || o.horizon < 1)
        return ctx.usage(QStringLiteral("--horizon: whole trading days >= 1, got '%1'")
                             .arg(p.value(QStringLiteral("horizon"))),
                         command);
    const qlonglong draws = p.value(QStringLiteral("draws")).toLongLong(&ok);
    if (!ok || draws < 1)
        return ctx.usage(
            QStringLiteral("--draws: a positive count, got '%1'").arg(p.value(QStringLiteral("draws"))),
            command);
    o.draws = static_cast<std::size_t>(draws);
    if (p.isSet(QStringLiteral("shrink"))) {
        const QString target = p.value(QStringLiteral("shrink")).trimmed().toLower();
        if (target == QLatin1String("constant-correlation"))
            o.shrinkage = Covariance::ShrinkageTarget::ConstantCorrelation;
        else if (target == QLatin1String("identity"))
            o.shrinkage = Covariance::ShrinkageTarget::ScaledIdentity;
        else
            return ctx.usage(
                QStringLiteral("--shrink: constant-correlation or identity, got '%1'").arg(target), command);
    }
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return ctx.usage(
            QStringLiteral("--seed: a non-negative integer, got '%1'").arg(p.value(QStringLiteral("seed"))),
            command);
    if (auto code = openService(ctx, prep))
        return *code;
    if (auto code = applySettingsRiskFree(ctx, p, *prep.service, o.convention))
        return *code;
    auto r = prep.service->risk(prep.name, o);
    if (!r)
        return ctx.fail(r.error());
    return present(ctx, r.value(), prep.explain);
}

int montecarloCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Monte Carlo projection of the portfolio's value from its current value: bootstrap of its "
        "historical\n"
        "trading-day returns or GBM fitted to them; percentile fan (5/25/50/75/95) and the probability of\n"
        "touching a target or a loss limit. --from/--to choose the history."));
    Shared shared;
    shared.add(p);
    p.addOption({QStringLiteral("method"), QStringLiteral("bootstrap or gbm (default bootstrap)."),
                 QStringLiteral("M"), QStringLiteral("bootstrap")});
    p.addOption({QStringLiteral("paths"), QStringLiteral("Simulated paths, default 10000."),
                 QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("steps"), QStringLiteral("Trading days ahead, default 252."),
                 QStringLiteral("N"), QStringLiteral("252")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed, default 1."), QStringLiteral("SEED"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("target"),
                 QStringLiteral("Target as a change from today's value (0.2 = +20 %)."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("loss-limit"),
                 QStringLiteral("Loss limit as a change from today's value (-0.2)."), QStringLiteral("R")});
    Prepared prep;
    const QString command = sub("montecarlo");
    if (auto code = prepare(ctx, p, args, command, 1, prep))
        return *code;
    PortfolioService::ProjectionOptions o;
    if (auto bad = shared.readPeriod(p, o.period))
        return ctx.usage(bad->message, command);
    const QString method = p.value(QStringLiteral("method")).trimmed().toLower();
    if (method == QLatin1String("bootstrap"))
        o.method = MonteCarloProjection::Method::Bootstrap;
    else if (method == QLatin1String("gbm"))
        o.method = MonteCarloProjection::Method::Gbm;
    else
        return ctx.usage(QStringLiteral("--method: bootstrap or gbm, got '%1'").arg(method), command);
    bool ok = false;
    o.paths = p.value(QStringLiteral("paths")).toInt(&ok);
    if (!ok || o.paths < 1)
        return ctx.usage(
            QStringLiteral("--paths: a positive count, got '%1'").arg(p.value(QStringLiteral("paths"))),
            command);
    o.steps = p.value(QStringLiteral("steps")).toInt(&ok);
    if (!ok || o.steps < 1)
        return ctx.usage(
            QStringLiteral("--steps: a positive count, got '%1'").arg(p.value(QStringLiteral("steps"))),
            command);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return ctx.usage(
            QStringLiteral("--seed: a non-negative integer, got '%1'").arg(p.value(QStringLiteral("seed"))),
            command);
    for (const char *name : {"target", "loss-limit"}) {
        const QString option = QLatin1String(name);
        if (!p.isSet(option))
            continue;
        auto v = toNumber(p.value(option));
        if (!v)
            return ctx.usage(
                QStringLiteral("--%1: a fraction such as 0.2, got '%2'").arg(option, p.value(option)),
                command);
        (option == QLatin1String("target") ? o.targetChange : o.lossLimitChange) = *v;
    }
    if (auto code = openService(ctx, prep))
        return *code;
    auto r = prep.service->projection(prep.name, o);
    if (!r)
        return ctx.fail(r.error());
    return present(ctx, r.value(), prep.explain);
}

int stressCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Stress tests on the current holdings: replay of historical windows (each position by its own "
        "prices,\n"
        "or by a proxy such as the S&P 500 where it has none) and shocks. Without --window or --shock: the\n"
        "2008-09-01:2009-03-31 and 2020-02-19:2020-03-23 windows and every equity -20 %."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The portfolio's name."));
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Holdings of this day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("window"), QStringLiteral("FROM:TO dates (repeatable)."), QStringLiteral("FROM:TO")});
    p.addOption({QStringLiteral("shock"),
                 QStringLiteral("SYMBOL=-0.5, all=-0.2 or class:equity=-0.2 (repeatable)."),
                 QStringLiteral("SHOCK")});
    p.addOption({QStringLiteral("proxy"),
                 QStringLiteral("Proxy series for windows (default ^GSPC when stored)."),
                 QStringLiteral("SYMBOL")});
    p.addOption({QStringLiteral("no-proxy"),
                 QStringLiteral("No proxy: a position without data in a window is an error.")});
    p.addOption(
        {QStringLiteral("explain"), QStringLiteral("Show the formula and convention of every number.")});
    Prepared prep;
    const QString command = sub("stress");
    if (auto code = prepare(ctx, p, args, command, 1, prep))
        return *code;
    PortfolioService::StressOptions o;
    if (p.isSet(QStringLiteral("to"))) {
        auto t = toDate(p.value(QStringLiteral("to")));
        if (!t)
            return ctx.usage(
                QStringLiteral("--to: not a date '%1' (use YYYY-MM-DD)").arg(p.value(QStringLiteral("to"))),
                command);
        o.asOf = *t;
    }
    for (const QString &w : p.values(QStringLiteral("window"))) {
        const QStringList parts = w.split(QLatin1Char(':'));
        std::optional<TimestampMs> from, to;
        if (parts.size() == 2) {
            from = toDate(parts[0]);
            to = toDate(parts[1]);
        }
        if (!from || !to || *from > *to)
            return ctx.usage(
                QStringLiteral("--window: FROM:TO with FROM <= TO, e.g. 2020-02-19:2020-03-23, got '%1'")
                    .arg(w),
                command);
        o.windows.push_back({*from, *to});
    }
    for (const QString &s : p.values(QStringLiteral("shock"))) {
        const qsizetype eq = s.lastIndexOf(QLatin1Char('='));
        auto change = eq > 0 ? toNumber(s.mid(eq + 1)) : std::nullopt;
        if (!change || *change < -1.0)
            return ctx.usage(
                QStringLiteral("--shock: SYMBOL=CHANGE with CHANGE >= -1, e.g. AAPL=-0.5, got '%1'").arg(s),
                command);
        const QString target = s.left(eq).trimmed();
        StressTest::Shock shock;
        shock.change = *change;
        if (target.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            shock.scope = StressTest::Shock::Scope::All;
        } else if (target.startsWith(QLatin1String("class:"))) {
            shock.scope = StressTest::Shock::Scope::AssetClass;
            shock.name = target.mid(6).toStdString();
        } else {
            shock.scope = StressTest::Shock::Scope::Symbol;
            shock.name = target.toStdString();
        }
        o.shocks.push_back(shock);
    }
    o.proxy = p.value(QStringLiteral("proxy")).trimmed().toStdString();
    o.noProxy = p.isSet(QStringLiteral("no-proxy"));
    if (auto code = openService(ctx, prep))
        return *code;
    auto r = prep.service->stress(prep.name, o);
    if (!r)
        return ctx.fail(r.error());
    return present(ctx, r.value(), prep.explain);
}

int optimizeCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Mean-variance optimisation of the held instruments from their daily returns: min-variance, "
        "max-sharpe,\n"
        "target-return (--target, annual) with per-asset bounds (long only by default), or equal risk\n"
        "contribution (erc). Weights sum to 1 and stay within the bounds exactly."));
    Shared shared;
    shared.convention = true;
    shared.add(p);
    p.addOption({QStringLiteral("method"), QStringLiteral("min-variance, max-sharpe, target-return or erc."),
                 QStringLiteral("M"), QStringLiteral("min-variance")});
    p.addOption({QStringLiteral("target"),
                 QStringLiteral("Annual target return for target-return (0.1 = 10 %)."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("bounds"), QStringLiteral("SYMBOL=LO:HI weight bounds (repeatable)."),
                 QStringLiteral("B")});
    p.addOption({QStringLiteral("frontier"), QStringLiteral("Also compute N efficient frontier points."),
                 QStringLiteral("N")});
    Prepared prep;
    const QString command = sub("optimize");
    if (auto code = prepare(ctx, p, args, command, 1, prep))
        return *code;
    PortfolioService::OptimizeOptions o;
    if (auto bad = shared.readPeriod(p, o.period))
        return ctx.usage(bad->message, command);
    if (auto bad = Shared::readConvention(p, o.convention))
        return ctx.usage(bad->message, command);
    const QString method = p.value(QStringLiteral("method")).trimmed().toLower();
    if (method == QLatin1String("min-variance"))
        o.method = OptimizationReport::Method::MinVariance;
    else if (method == QLatin1String("max-sharpe"))
        o.method = OptimizationReport::Method::MaxSharpe;
    else if (method == QLatin1String("target-return"))
        o.method = OptimizationReport::Method::TargetReturn;
    else if (method == QLatin1String("erc"))
        o.method = OptimizationReport::Method::EqualRiskContribution;
    else
        return ctx.usage(
            QStringLiteral("--method: min-variance, max-sharpe, target-return or erc, got '%1'").arg(method),
            command);
    if (o.method == OptimizationReport::Method::TargetReturn) {
        auto t =
            p.isSet(QStringLiteral("target")) ? toNumber(p.value(QStringLiteral("target"))) : std::nullopt;
        if (!t)
            return ctx.usage(QStringLiteral("target-return needs --target R (annual, 0.1 = 10 %)"), command);
        o.targetAnnualReturn = *t;
    } else if (p.isSet(QStringLiteral("target"))) {
        return ctx.usage(QStringLiteral("--target applies to --method target-return"), command);
    }
    for (const QString &b : p.values(QStringLiteral("bounds"))) {
        const qsizetype eq = b.lastIndexOf(QLatin1Char('='));
        const QStringList range = eq > 0 ? b.mid(eq + 1).split(QLatin1Char(':')) : QStringList();
        std::optional<double> lo, hi;
        if (range.size() == 2) {
            lo = toNumber(range[0]);
            hi = toNumber(range[1]);
        }
        if (!lo || !hi)
            return ctx.usage(QStringLiteral("--bounds: SYMBOL=LO:HI, e.g. AAPL=0:0.4, got '%1'").arg(b),
                             command);
        o.bounds.push_back({b.left(eq).trimmed().toStdString(), *lo, *hi});
    }
    if (p.isSet(QStringLiteral("frontier"))) {
        bool ok = false;
        o.frontierPoints = p.value(QStringLiteral("frontier")).toInt(&ok);
        if (!ok || o.frontierPoints < 2)
            return ctx.usage(QStringLiteral("--frontier: at least 2 points, got '%1'")
                                 .arg(p.value(QStringLiteral("frontier"))),
                             command);
    }
    if (auto code = openService(ctx, prep))
        return *code;
    if (auto code = applySettingsRiskFree(ctx, p, *prep.service, o.convention))
        return *code;
    auto r = prep.service->optimize(prep.name, o);
    if (!r)
        return ctx.fail(r.error());
    return present(ctx, r.value(), prep.explain);
}

int rebalanceCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Trade list from the current holdings to target weights of the total value (holdings + cash): sells\n"
        "first, buys from cash and proceeds, minimum trade value, whole shares and fees respected; drift "
        "per\n"
        "position. Target weights must sum to 1; held instruments not named are sold."));
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The portfolio's name."));
    p.addOption({QStringLiteral("to"), QStringLiteral("Holdings and prices of this day (YYYY-MM-DD)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("target"), QStringLiteral("SYMBOL=WEIGHT (repeatable), e.g. AAPL=0.6."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("whole-shares"), QStringLiteral("Trade whole shares only (rounded down).")});
    p.addOption({QStringLiteral("min-trade"), QStringLiteral("Skip trades below this value (base currency)."),
                 QStringLiteral("X"), QStringLiteral("0")});
    p.addOption({QStringLiteral("fee-rate"), QStringLiteral("Fee as a fraction of each trade's value."),
                 QStringLiteral("F"), QStringLiteral("0")});
    p.addOption({QStringLiteral("fee"), QStringLiteral("Fixed fee per trade."), QStringLiteral("X"),
                 QStringLiteral("0")});
    p.addOption(
        {QStringLiteral("explain"), QStringLiteral("Show the formula and convention of every number.")});
    Prepared prep;
    const QString command = sub("rebalance");
    if (auto code = prepare(ctx, p, args, command, 1, prep))
        return *code;
    PortfolioService::RebalanceOptions o;
    if (p.isSet(QStringLiteral("to"))) {
        auto t = toDate(p.value(QStringLiteral("to")));
        if (!t)
            return ctx.usage(
                QStringLiteral("--to: not a date '%1' (use YYYY-MM-DD)").arg(p.value(QStringLiteral("to"))),
                command);
        o.asOf = *t;
    }
    if (!p.isSet(QStringLiteral("target")))
        return ctx.usage(QStringLiteral("rebalance needs target weights: --target SYMBOL=WEIGHT ..."),
                         command);
    for (const QString &t : p.values(QStringLiteral("target"))) {
        const qsizetype eq = t.lastIndexOf(QLatin1Char('='));
        auto w = eq > 0 ? toNumber(t.mid(eq + 1)) : std::nullopt;
        if (!w)
            return ctx.usage(QStringLiteral("--target: SYMBOL=WEIGHT, e.g. AAPL=0.6, got '%1'").arg(t),
                             command);
        o.targets.push_back({t.left(eq).trimmed().toStdString(), *w});
    }
    o.wholeShares = p.isSet(QStringLiteral("whole-shares"));
    struct NumberOption
    {
        const char *name;
        double *out;
    };
    for (const NumberOption &n : {NumberOption{"min-trade", &o.minTradeValue},
                                  NumberOption{"fee-rate", &o.feeRate}, NumberOption{"fee", &o.feeFixed}}) {
        const QString option = QLatin1String(n.name);
        auto v = toNumber(p.value(option));
        if (!v || *v < 0)
            return ctx.usage(
                QStringLiteral("--%1: a non-negative number, got '%2'").arg(option, p.value(option)),
                command);
        *n.out = *v;
    }
    if (auto code = openService(ctx, prep))
        return *code;
    auto r = prep.service->rebalance(prep.name, o);
    if (!r)
        return ctx.fail(r.error());
    return present(ctx, r.value(), prep.explain);
}

struct Sub
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

constexpr Sub kSubs[] = {
    {"list", "List portfolios", listCommand},
    {"create", "Create a portfolio: create NAME [--currency CCY]", createCommand},
    {"delete", "Delete a portfolio and its transactions: delete NAME", deleteCommand},
    {"import", "Import transactions: import NAME FILE [--map FIELD=COLUMN]", importCommand},
    {"export", "Export transactions: export NAME FILE", exportCommand},
    {"show", "Holdings, lots, P&L and cash: show NAME [--to DATE]", showCommand},
    {"performance", "TTWROR, IRR, monthly/yearly returns, contribution, benchmark", performanceCommand},
    {"risk", "Volatility, Sharpe, Sortino, drawdown, VaR/CVaR, correlation", riskCommand},
    {"montecarlo", "Monte Carlo projection of the value (bootstrap or GBM)", montecarloCommand},
    {"stress", "Historical windows and shocks on the current holdings", stressCommand},
    {"optimize", "Mean-variance or equal-risk-contribution weights", optimizeCommand},
    {"rebalance", "Trade list to target weights", rebalanceCommand},
};

void printPortfolioHelp(QTextStream &out)
{
    out << "Usage: supernova-cli portfolio <subcommand> NAME [options]\n\n"
           "Portfolios by name: their ledger, performance and risk from the stored daily bars.\n"
           "Every subcommand has --help and --json; analyses have --explain (formula and convention of "
           "every\n"
           "number).\n\nSubcommands:\n";
    for (const Sub &s : kSubs)
        out << "  " << QString::fromLatin1(s.name).leftJustified(12) << ' ' << s.summary << '\n';
    out.flush();
}

int portfolioCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty()) {
        printPortfolioHelp(ctx.err());
        return Usage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printPortfolioHelp(ctx.out());
        return Ok;
    }
    for (const Sub &s : kSubs)
        if (first == QLatin1String(s.name))
            return s.run(ctx, args.mid(1));
    return ctx.usage(QStringLiteral("unknown portfolio subcommand '%1'").arg(first), kCommand);
}

} // namespace

std::vector<Command> portfolioCommands()
{
    return {{kCommand,
             QStringLiteral("Portfolios: list, create, delete, import, export, show, performance, risk, ..."),
             portfolioCommand}};
}

} // namespace sn::cli
