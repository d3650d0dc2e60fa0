#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "core/common/Log.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sn::cli {

namespace {

std::vector<Command> allCommands()
{
    std::vector<Command> commands;
    for (auto group :
         {dataCommands, backtestCommands, catalogCommands, runCommands, ruleCommands, portfolioCommands,
          advisorCommands, reportCommands, syncCommands, fetchCommands, newsCommands})
        for (Command &c : group())
            commands.push_back(std::move(c));
    return commands;
}

void printHelp(CliContext &ctx, const std::vector<Command> &commands)
{
    QTextStream &out = ctx.out();
    out << "Usage: supernova-cli [--db URL] [--json] [--log-level LEVEL] <command> [options]\n\n"
           "SuperNova from the command line: the same data and engines as the desktop app.\n\n"
           "Global options:\n"
           "  --db URL            sqlite:///path/file.sqlite or postgresql://user[:pass]@host[:port]/db\n"
           "                      (default: the desktop app's database; also $SUPERNOVA_DB)\n"
           "  --json              machine-readable output on stdout\n"
           "  --log-level LEVEL   trace|debug|info|warn|error|off (default warn, to stderr)\n"
           "  --version           print the version\n\n"
           "Commands:\n";
    for (const Command &c : commands)
        out << "  " << c.name.leftJustified(14) << ' ' << c.summary << '\n';
    out << "\nEvery command has --help. Exit codes: 0 ok, 1 failure, 2 usage error.\n";
    out.flush();
}

} // namespace

namespace {

// A command that printed into a full disk or a closed pipe did not do its
// job: stdout is flushed here and a failed write turns success into failure.
int finishOutput(CliContext &ctx, int code)
{
    ctx.out().flush();
    errno = 0;
    const bool failed =
        ctx.out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (!failed)
        return code;
    const int saved = errno;
    ctx.err()
        << "error: writing the output failed"
        << (saved ? QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(saved))) : QString())
        << "; what was written is incomplete. Free some space or write somewhere else, then run it again.\n";
    ctx.err().flush();
    return code == Ok ? Failure : code;
}

} // namespace

int run(const QStringList &arguments)
{
    CliContext ctx;
    const std::vector<Command> commands = allCommands();
    ctx.dbUrl = qEnvironmentVariable("SUPERNOVA_DB");
    ctx.dbExplicit = !ctx.dbUrl.isEmpty();
    log::Level level = log::Level::Warn;

    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (a.startsWith(name + QLatin1Char('=')))
                return a.mid(name.size() + 1);
            if (a == name && i + 1 < arguments.size())
                return arguments[++i];
            return std::nullopt;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp(ctx, commands);
            return Ok;
        }
        if (a == QLatin1String("--version")) {
            ctx.out() << "supernova-cli " << SUPERNOVA_VERSION << Qt::endl;
            return Ok;
        }
        if (a == QLatin1String("--json")) {
            ctx.json = true;
            continue;
        }
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            auto v = value(QStringLiteral("--db"));
            if (!v)
                return ctx.usage(QStringLiteral("--db needs a URL"));
            // An empty URL (an unset shell variable) must not quietly mean the default database.
            if (v->trimmed().isEmpty())
                return ctx.usage(
                    QStringLiteral("--db is empty; give a URL (sqlite:///path/file.sqlite or "
                                   "postgresql://user@host/db), or leave --db out for the default database"));
            ctx.dbUrl = *v;
            ctx.dbExplicit = true;
            continue;
        }
        if (a == QLatin1String("--log-level") || a.startsWith(QLatin1String("--log-level="))) {
            auto v = value(QStringLiteral("--log-level"));
            if (!v)
                return ctx.usage(QStringLiteral("--log-level needs a level"));
            level = log::parseLevel(v->toStdString(), log::Level(-1));
            if (static_cast<int>(level) < 0)
                return ctx.usage(QStringLiteral("unknown log level '%1'").arg(*v));
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            return ctx.usage(QStringLiteral("unknown global option '%1'").arg(a));
        break;
    }
    log::setLevel(level);
    log::addStderrSink(level);

    if (i >= arguments.size()) {
        printHelp(ctx, commands);
        return Usage;
    }
    const QString name = arguments[i];
    const QStringList rest = arguments.mid(i + 1);
    for (const Command &c : commands)
        if (c.name == name)
            return finishOutput(ctx, c.run(ctx, rest));
    return ctx.usage(QStringLiteral("unknown command '%1'").arg(name));
}

} // namespace sn::cli
