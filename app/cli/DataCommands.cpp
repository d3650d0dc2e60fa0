#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "core/market/CsvReadOptions.h"
#include "core/market/Currency.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/Schema.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace sn::cli {

namespace {

QString dateText(TimestampMs t)
{
    return qs(formatDate(t));
}

// Dates on the command line: ISO dates or date-times.
std::optional<TimestampMs> parseCliDate(const QString &text)
{
    return parseTimestamp(text.toStdString(), DateFormat::Iso);
}

QString number(double v)
{
    return QString::number(v, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QJsonObject reportJson(const ImportReport &r)
{
    QJsonArray series;
    for (const ImportedSeries &s : r.series)
        series.append(QJsonObject{{QStringLiteral("symbol"), s.symbol},
                                  {QStringLiteral("interval"), s.interval},
                                  {QStringLiteral("interval_note"), s.intervalNote},
                                  {QStringLiteral("bars"), s.bars},
                                  {QStringLiteral("first"), dateText(s.first)},
                                  {QStringLiteral("last"), dateText(s.last)}});
    return QJsonObject{{QStringLiteral("source"), r.source},
                       {QStringLiteral("format"), r.format},
                       {QStringLiteral("delimiter"), r.delimiter},
                       {QStringLiteral("date_format"), r.dateFormat},
                       {QStringLiteral("decimal_comma"), r.decimalComma},
                       {QStringLiteral("rows_read"), r.rowsRead},
                       {QStringLiteral("rows_imported"), r.rowsImported},
                       {QStringLiteral("rows_skipped"), r.rowsSkipped},
                       {QStringLiteral("rows_reordered"), r.rowsReordered},
                       {QStringLiteral("skipped"), QJsonArray::fromStringList(r.skipped)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                       {QStringLiteral("series"), series}};
}

int importCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Import OHLCV bars from a CSV file (Yahoo, Stooq, generic with a column map, close-only, or long\n"
        "symbol,date,price). The whole file is one transaction: a file with bad rows is rejected whole,\n"
        "listing every bad row, unless --skip-bad-rows is given. Re-importing the same file changes "
        "nothing."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    for (const CsvCliOption &o : csvCliOptions()) {
        if (o.argument && *o.argument)
            p.addOption(QCommandLineOption(QString::fromLatin1(o.name), QString::fromUtf8(o.help),
                                           QString::fromLatin1(o.argument)));
        else
            p.addOption(QCommandLineOption(QString::fromLatin1(o.name), QString::fromUtf8(o.help)));
    }
    p.addOption(
        {QStringLiteral("name"), QStringLiteral("Name for a new instrument."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("kind"),
                 QStringLiteral("Kind of a new instrument: %1.")
                     .arg(Schema::instrumentKinds().join(QStringLiteral(", "))),
                 QStringLiteral("KIND"), QStringLiteral("stock")});
    p.addOption({QStringLiteral("currency"), QStringLiteral("Currency of a new instrument."),
                 QStringLiteral("CCY"), QStringLiteral("USD")});
    if (auto code = ctx.parse(p, args, QStringLiteral("import")))
        return *code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("import takes exactly one FILE"), QStringLiteral("import"));

    CsvReadOptions options;
    for (const CsvCliOption &o : csvCliOptions()) {
        const QString name = QString::fromLatin1(o.name);
        if (!p.isSet(name))
            continue;
        const QString value = (o.argument && *o.argument) ? p.value(name) : QString();
        if (auto applied = applyCsvCliOption(options, name.toStdString(), value.toStdString()); !applied)
            return ctx.usage(qs(applied.error().toString()), QStringLiteral("import"));
    }
    InstrumentDefaults defaults;
    defaults.name = p.value(QStringLiteral("name"));
    defaults.kind = p.value(QStringLiteral("kind"));
    defaults.currency = p.value(QStringLiteral("currency"));
    if (!Schema::instrumentKinds().contains(defaults.kind))
        return ctx.usage(QStringLiteral("--kind: unknown kind '%1'").arg(defaults.kind),
                         QStringLiteral("import"));
    if (auto known = checkCurrency(defaults.currency.toStdString(), "--currency"); !known)
        return ctx.usage(qs(known.error().toString()), QStringLiteral("import"));

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto report = BarImporter(*ws.value()).importFile(p.positionalArguments().first(), options, defaults);
    if (!report)
        return ctx.fail(report.error());
    const ImportReport &r = report.value();
    if (ctx.json) {
        ctx.printJson(reportJson(r));
        return Ok;
    }
    ctx.out() << "imported " << r.rowsImported << " bars from " << r.source << " (format " << r.format
              << ", dates " << r.dateFormat << ")\n";
    QList<QStringList> rows;
    for (const ImportedSeries &s : r.series)
        rows << QStringList{s.symbol, s.interval, QString::number(s.bars), dateText(s.first),
                            dateText(s.last)};
    ctx.printTable({QStringLiteral("symbol"), QStringLiteral("interval"), QStringLiteral("bars"),
                    QStringLiteral("first"), QStringLiteral("last")},
                   rows);
    for (const ImportedSeries &s : r.series)
        if (!s.intervalNote.isEmpty())
            ctx.out() << s.symbol << ": " << s.intervalNote << '\n';
    for (const QString &w : r.warnings)
        ctx.err() << "warning: " << w << '\n';
    if (!r.skipped.isEmpty()) {
        ctx.err() << "skipped " << r.rowsSkipped << " bad row(s):\n";
        for (const QString &s : r.skipped)
            ctx.err() << "  " << s << '\n';
    }
    ctx.err().flush();
    return Ok;
}

int instrumentsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("List the instruments in the database with the bars stored for each."));
    if (auto code = ctx.parse(p, args, QStringLiteral("instruments")))
        return *code;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    InstrumentRepository instruments(*db.value());
    BarRepository bars(*db.value());
    auto list = instruments.list();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray jsonRows;
    QList<QStringList> rows;
    for (const Instrument &i : list.value()) {
        auto intervals = bars.intervals(i.id);
        if (!intervals)
            return ctx.fail(intervals.error());
        QJsonArray coverageJson;
        QStringList coverageText;
        for (const QString &interval : intervals.value()) {
            auto c = bars.coverage(i.id, interval);
            if (!c)
                return ctx.fail(c.error());
            coverageJson.append(QJsonObject{{QStringLiteral("interval"), interval},
                                            {QStringLiteral("bars"), c->count},
                                            {QStringLiteral("first"), dateText(c->first)},
                                            {QStringLiteral("last"), dateText(c->last)}});
            coverageText << QStringLiteral("%1: %2 bars %3..%4")
                                .arg(interval)
                                .arg(c->count)
                                .arg(dateText(c->first), dateText(c->last));
        }
        jsonRows.append(QJsonObject{{QStringLiteral("symbol"), i.symbol},
                                    {QStringLiteral("name"), i.name},
                                    {QStringLiteral("kind"), i.kind},
                                    {QStringLiteral("currency"), i.currency},
                                    {QStringLiteral("exchange"), i.exchange},
                                    {QStringLiteral("source"), i.source},
                                    {QStringLiteral("bars"), coverageJson}});
        rows << QStringList{i.symbol, i.name, i.kind, i.currency, coverageText.join(QStringLiteral("; "))};
    }
    if (ctx.json)
        ctx.printJson(jsonRows);
    else
        ctx.printTable({QStringLiteral("symbol"), QStringLiteral("name"), QStringLiteral("kind"),
                        QStringLiteral("ccy"), QStringLiteral("bars")},
                       rows);
    return Ok;
}

int barsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the stored bars of one instrument."));
    p.addPositionalArgument(QStringLiteral("SYMBOL"), QStringLiteral("The instrument's symbol."));
    p.addOption({QStringLiteral("from"), QStringLiteral("First date (YYYY-MM-DD), inclusive."),
                 QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last date (YYYY-MM-DD), inclusive."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("interval"), QStringLiteral("Bar interval (1d, 1mo, 5m, ...)."),
                 QStringLiteral("I"), QStringLiteral("1d")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("CSV on stdout (date,open,high,low,close,volume).")});
    if (auto code = ctx.parse(p, args, QStringLiteral("bars")))
        return *code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("bars takes exactly one SYMBOL"), QStringLiteral("bars"));
    TimestampMs from = BarRepository::kMinTime, to = BarRepository::kMaxTime;
    if (p.isSet(QStringLiteral("from"))) {
        auto t = parseCliDate(p.value(QStringLiteral("from")));
        if (!t)
            return ctx.usage(QStringLiteral("--from: not a date '%1' (use YYYY-MM-DD)")
                                 .arg(p.value(QStringLiteral("from"))),
                             QStringLiteral("bars"));
        from = *t;
    }
    if (p.isSet(QStringLiteral("to"))) {
        auto t = parseCliDate(p.value(QStringLiteral("to")));
        if (!t)
            return ctx.usage(
                QStringLiteral("--to: not a date '%1' (use YYYY-MM-DD)").arg(p.value(QStringLiteral("to"))),
                QStringLiteral("bars"));
        // A date alone means the whole day.
        to = *t == startOfDay(*t) ? *t + kMsPerDay - 1 : *t;
    }
    if (from > to)
        return ctx.usage(QStringLiteral("--from is after --to"), QStringLiteral("bars"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const QString symbol = p.positionalArguments().first();
    auto series = BarRepository(*db.value()).load(symbol, p.value(QStringLiteral("interval")), from, to);
    if (!series)
        return ctx.fail(series.error());
    const BarSeries &s = series.value();
    const bool daily = s.interval.find('m') == std::string::npos || s.interval == "1mo";
    auto timeText = [&](TimestampMs t) { return daily ? dateText(t) : qs(formatDateTime(t)); };
    if (ctx.json) {
        QJsonArray rows;
        for (std::size_t k = 0; k < s.size(); ++k)
            rows.append(QJsonObject{{QStringLiteral("time"), timeText(s.time[k])},
                                    {QStringLiteral("open"), s.open[k]},
                                    {QStringLiteral("high"), s.high[k]},
                                    {QStringLiteral("low"), s.low[k]},
                                    {QStringLiteral("close"), s.close[k]},
                                    {QStringLiteral("volume"), s.volume[k]}});
        ctx.printJson(QJsonObject{{QStringLiteral("symbol"), symbol},
                                  {QStringLiteral("interval"), qs(s.interval)},
                                  {QStringLiteral("count"), static_cast<qint64>(s.size())},
                                  {QStringLiteral("bars"), rows}});
        return Ok;
    }
    QTextStream &out = ctx.out();
    const QChar sep = p.isSet(QStringLiteral("csv")) ? QLatin1Char(',') : QLatin1Char('\t');
    out << (daily ? "date" : "time") << sep << "open" << sep << "high" << sep << "low" << sep << "close"
        << sep << "volume\n";
    for (std::size_t k = 0; k < s.size(); ++k)
        out << timeText(s.time[k]) << sep << number(s.open[k]) << sep << number(s.high[k]) << sep
            << number(s.low[k]) << sep << number(s.close[k]) << sep << number(s.volume[k]) << '\n';
    out.flush();
    if (s.empty())
        ctx.err() << "no bars for " << symbol << " in that range" << Qt::endl;
    return Ok;
}

int dbCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Database: 'info' shows where it is and its schema version;\n"
                                               "'migrate' brings the schema to the latest version."));
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("info | migrate"));
    if (auto code = ctx.parse(p, args, QStringLiteral("db")))
        return *code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos[0] != QLatin1String("info") && pos[0] != QLatin1String("migrate")))
        return ctx.usage(QStringLiteral("db takes one action: info or migrate"), QStringLiteral("db"));
    auto db = ctx.database(); // opening migrates
    if (!db)
        return ctx.fail(db.error());
    auto version = db.value()->schemaVersion();
    if (!version)
        return ctx.fail(version.error());
    auto instruments = InstrumentRepository(*db.value()).list();
    if (!instruments)
        return ctx.fail(instruments.error());
    const QString engine = db.value()->engine() == Database::Engine::Sqlite ? QStringLiteral("sqlite")
                                                                            : QStringLiteral("postgresql");
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("url"), db.value()->displayUrl()},
                                  {QStringLiteral("engine"), engine},
                                  {QStringLiteral("schema_version"), version.value()},
                                  {QStringLiteral("latest_schema_version"), Schema::latestVersion()},
                                  {QStringLiteral("instruments"), static_cast<qint64>(instruments->size())}});
        return Ok;
    }
    if (pos[0] == QLatin1String("migrate")) {
        ctx.out() << "schema at version " << version.value() << " (latest " << Schema::latestVersion() << ")"
                  << Qt::endl;
        return Ok;
    }
    ctx.out() << "url:            " << db.value()->displayUrl() << '\n'
              << "engine:         " << engine << '\n'
              << "schema version: " << version.value() << " (latest " << Schema::latestVersion() << ")\n"
              << "instruments:    " << instruments->size() << Qt::endl;
    return Ok;
}

int sampleCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The bundled real sample data (AAPL daily 2013-2018, S&P 500 daily 2000-2020, five stocks monthly\n"
        "2000-2010) and the sample watchlist and portfolio built from it.\n"
        "'status' tells whether it is loaded, 'load' loads it, 'reset' puts it back as shipped, 'remove'\n"
        "deletes it, 'about' prints its "
        "provenance and licences."));
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            QStringLiteral("status | load | reset | remove | about"));
    if (auto code = ctx.parse(p, args, QStringLiteral("sample")))
        return *code;
    const QStringList pos = p.positionalArguments();
    const QStringList actions{QStringLiteral("status"), QStringLiteral("load"), QStringLiteral("reset"),
                              QStringLiteral("remove"), QStringLiteral("about")};
    if (pos.size() != 1 || !actions.contains(pos[0]))
        return ctx.usage(QStringLiteral("sample takes one action: status, load, reset, remove or about"),
                         QStringLiteral("sample"));
    if (pos[0] == QLatin1String("about")) {
        ctx.out() << SampleData::provenance() << Qt::endl;
        return Ok;
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    SampleData sample(*ws.value());
    if (pos[0] == QLatin1String("load")) {
        auto r = sample.load();
        if (!r)
            return ctx.fail(r.error());
    } else if (pos[0] == QLatin1String("reset")) {
        auto r = sample.reset();
        if (!r)
            return ctx.fail(r.error());
    } else if (pos[0] == QLatin1String("remove")) {
        auto r = sample.remove();
        if (!r)
            return ctx.fail(r.error());
    }
    auto loaded = sample.isLoaded();
    if (!loaded)
        return ctx.fail(loaded.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("loaded"), loaded.value()}});
    else
        ctx.out() << "sample data: " << (loaded.value() ? "loaded" : "not loaded") << Qt::endl;
    return Ok;
}

} // namespace

std::vector<Command> dataCommands()
{
    return {
        {QStringLiteral("import"), QStringLiteral("Import bars from a CSV file"), importCommand},
        {QStringLiteral("instruments"), QStringLiteral("List instruments and their stored bars"),
         instrumentsCommand},
        {QStringLiteral("bars"), QStringLiteral("Print an instrument's bars (table, --csv or --json)"),
         barsCommand},
        {QStringLiteral("db"), QStringLiteral("Database info and migration"), dbCommand},
        {QStringLiteral("sample"), QStringLiteral("Status, load, remove or describe the sample data"),
         sampleCommand},
    };
}

} // namespace sn::cli
