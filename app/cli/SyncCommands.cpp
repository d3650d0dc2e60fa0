// `supernova-cli sync ...`: team sync from scripts and headless machines
// (docs/sync.md). The connection (server, user, workspace, pinned
// certificate) is kept in the database's settings; the tokens only in the OS
// keychain. Every change still goes through core/workspace services.
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "core/sync/SyncClient.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/NoteService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/SyncSettings.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <functional>

namespace sn::cli {

namespace {

const QString kCommand = QStringLiteral("sync");

using Connection = SyncConnection;

Result<Connection> loadConnection(const Workspace &ws)
{
    auto c = readSyncConnection(ws);
    if (!c)
        return c.error();
    if (!c->complete())
        return makeError(
            ErrorCode::NotFound,
            "no team server configured for this database: run 'supernova-cli sync login --server URL "
            "--user NAME --workspace NAME --password-stdin' first",
            "sync");
    return c;
}

sync::SyncClientOptions optionsFor(const Connection &c, double rate)
{
    sync::SyncClientOptions o;
    o.url = QUrl(c.server);
    o.user = c.user;
    o.workspace = c.workspace;
    o.pinnedSha256 = c.fingerprint;
    o.allowInsecureLoopback = c.insecureLoopback;
    o.backoffMinMs = 250;
    o.backoffMaxMs = 5000;
    if (rate > 0) {
        o.messagesPerSecond = rate;
        o.messageBurst = std::max(o.messageBurst, rate);
    }
    return o;
}

// Problems after which waiting longer cannot help.
bool fatal(const QString &code)
{
    return code == QLatin1String("signed_out") || code == QLatin1String("tls") ||
           code == QLatin1String("keychain") || code == QLatin1String("auth_failed") ||
           code == QLatin1String("not_found");
}

// Runs the event loop until `done` is called, a fatal problem is reported or
// `timeoutSeconds` pass. Returns an empty string on success, else why not.
QString runClient(sync::SyncClient &client, int timeoutSeconds,
                  const std::function<void(std::function<void()> done)> &arm, QStringList *notes)
{
    QEventLoop loop;
    QString failure;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        failure = QStringLiteral("timed out after %1 s (state %2, %3 changes waiting)")
                      .arg(timeoutSeconds)
                      .arg(QString::fromLatin1(sync::stateName(client.state())))
                      .arg(client.pendingEdits());
        loop.quit();
    });
    QObject::connect(&client, &sync::SyncClient::problem, &loop,
                     [&](const QString &code, const QString &message) {
                         if (fatal(code)) {
                             failure = message;
                             loop.quit();
                         } else if (notes) {
                             *notes << message;
                         }
                     });
    arm([&] { loop.quit(); });
    timeout.start(timeoutSeconds * 1000);
    loop.exec();
    return failure;
}

QString summary(const std::optional<QJsonObject> &o)
{
    if (!o)
        return QStringLiteral("(deleted)");
    if (o->contains(QStringLiteral("type")))
        return QStringLiteral("%1 %2 amount %3 qty %4 \"%5\"")
            .arg(
                QDateTime::fromMSecsSinceEpoch(o->value(QStringLiteral("time")).toInteger(), QTimeZone::utc())
                    .toString(QStringLiteral("yyyy-MM-dd")),
                o->value(QStringLiteral("type")).toString(), o->value(QStringLiteral("amount")).toString(),
                o->value(QStringLiteral("quantity")).toString(), o->value(QStringLiteral("note")).toString());
    return QString::fromUtf8(QJsonDocument(*o).toJson(QJsonDocument::Compact));
}

QJsonValue jsonOrNull(const std::optional<QJsonObject> &o)
{
    return o ? QJsonValue(*o) : QJsonValue(QJsonValue::Null);
}

int login(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Signs in to a team server and keeps the sign-in in the OS "
                                               "keychain (never in a file). The password is read "
                                               "from the first line of standard input."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("wss://host:port of the team server."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Your user name on the server."),
                                  QStringLiteral("name"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("The team workspace to sync."), QStringLiteral("name"));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        QStringLiteral(
            "SHA-256 of the server's certificate to trust (self-signed); shown when it is not trusted."),
        QStringLiteral("hex"));
    const QCommandLineOption stdinPassword(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the password from standard input (required)."));
    const QCommandLineOption insecure(
        QStringLiteral("insecure-loopback"),
        QStringLiteral("Allow ws:// to a loopback address (development only)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds to wait (default 30)."), QStringLiteral("s"),
                                     QStringLiteral("30"));
    p.addOptions({server, user, workspace, fingerprint, stdinPassword, insecure, timeout});
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" login")))
        return *r;
    if (!p.isSet(server) || !p.isSet(user) || !p.isSet(workspace))
        return ctx.usage(QStringLiteral("--server, --user and --workspace are required"), kCommand);
    if (!p.isSet(stdinPassword))
        return ctx.usage(
            QStringLiteral("--password-stdin is required (a password on the command line would be "
                           "visible to other users)"),
            kCommand);
    const QUrl url(p.value(server));
    if (!url.isValid() || (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws")))
        return ctx.usage(QStringLiteral("--server '%1' is not a wss:// URL").arg(p.value(server)), kCommand);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read the password from standard input"));
    QString password = QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.isEmpty())
        return ctx.fail(QStringLiteral("no password on standard input"));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Connection c{p.value(server), p.value(user), p.value(workspace), p.value(fingerprint), p.isSet(insecure)};
    sync::SyncClient client(**ws, optionsFor(c, 0));
    bool signedIn = false;
    const QString failure = runClient(
        client, p.value(timeout).toInt(),
        [&](std::function<void()> done) {
            QObject::connect(&client, &sync::SyncClient::loggedIn, &client, [&, done](const QString &) {
                signedIn = true;
                done();
            });
            client.login(password);
        },
        nullptr);
    password.fill(QLatin1Char(' '));
    client.stop();
    if (!signedIn) {
        QString why = failure;
        if (why.contains(QLatin1String("SHA-256 is")) && !p.isSet(fingerprint))
            why += QStringLiteral("\nif you trust this server, run again with --fingerprint and that value");
        return ctx.fail(why);
    }
    if (auto r = writeSyncConnection(**ws, c); !r)
        return ctx.fail(r.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("signed_in"), true},
                                  {QStringLiteral("server"), c.server},
                                  {QStringLiteral("user"), c.user},
                                  {QStringLiteral("workspace"), c.workspace},
                                  {QStringLiteral("role"), client.role()}});
    else
        ctx.out() << "signed in to " << c.server << " as " << c.user << " (workspace " << c.workspace
                  << "); the sign-in is kept in the keychain\n";
    return Ok;
}

int logout(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Signs out: revokes the sign-in on the server when it answers, and deletes it from the keychain."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds to wait (default 10)."), QStringLiteral("s"),
                                     QStringLiteral("10"));
    p.addOption(timeout);
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" logout")))
        return *r;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto c = loadConnection(**ws);
    if (!c)
        return ctx.fail(c.error());
    sync::SyncClient client(**ws, optionsFor(*c, 0));
    bool out = false;
    QStringList notes;
    // Online first when possible, so the server revokes the refresh token.
    runClient(
        client, p.value(timeout).toInt(),
        [&](std::function<void()> done) {
            QObject::connect(&client, &sync::SyncClient::caughtUp, &client, [done](qint64) { done(); });
            client.start();
        },
        &notes);
    const QString failure = runClient(
        client, p.value(timeout).toInt(),
        [&](std::function<void()> done) {
            QObject::connect(&client, &sync::SyncClient::signedOut, &client, [&, done] {
                out = true;
                done();
            });
            client.logout();
        },
        &notes);
    if (!out)
        return ctx.fail(failure);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("signed_in"), false}, {QStringLiteral("user"), c->user}});
    else
        ctx.out() << "signed out " << c->user << " from " << c->server << "\n";
    return Ok;
}

int status(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("What is shared, waiting and in conflict here (no network)."));
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" status")))
        return *r;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto c = loadConnection(**ws);
    SyncService sync(**ws);
    auto pending = sync.pendingCount();
    auto conflicts = sync.conflicts();
    if (!pending)
        return ctx.fail(pending.error());
    if (!conflicts)
        return ctx.fail(conflicts.error());
    const QString workspace = c ? c->workspace : QString();
    auto cursor = sync.cursor(workspace.isEmpty() ? QStringLiteral("-") : workspace);
    auto shared = sync.shared(workspace);
    auto waiting = sync.outgoing(0, 1000000);
    if (!cursor || !shared || !waiting)
        return ctx.fail(!cursor ? cursor.error() : (!shared ? shared.error() : waiting.error()));
    qint64 refused = 0;
    for (const SyncOutgoing &o : waiting.value())
        refused += o.lastError.isEmpty() ? 0 : 1;
    if (ctx.json) {
        QJsonArray items;
        for (const SyncSharedItem &s : shared.value())
            items.append(QJsonObject{{QStringLiteral("entity"), s.entity},
                                     {QStringLiteral("entity_id"), s.entityId},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("rev"), s.rev}});
        ctx.printJson(QJsonObject{{QStringLiteral("configured"), c.ok()},
                                  {QStringLiteral("server"), c ? c->server : QString()},
                                  {QStringLiteral("user"), c ? c->user : QString()},
                                  {QStringLiteral("workspace"), workspace},
                                  {QStringLiteral("pending"), *pending},
                                  {QStringLiteral("refused"), refused},
                                  {QStringLiteral("conflicts"), qint64(conflicts->size())},
                                  {QStringLiteral("rev"), *cursor},
                                  {QStringLiteral("shared"), items}});
        return Ok;
    }
    if (!c)
        ctx.out() << "not configured: " << QString::fromStdString(c.error().message) << "\n";
    else
        ctx.out() << "server     " << c->server << "\nuser       " << c->user << "\nworkspace  "
                  << c->workspace << "\n";
    ctx.out() << "pending    " << *pending
              << (refused ? QStringLiteral(" (%1 refused by the server)").arg(refused) : QString())
              << "\nconflicts  " << conflicts->size() << "\nread up to rev " << *cursor << "\n";
    for (const SyncSharedItem &s : shared.value())
        ctx.out() << "shared     " << s.entity << " '" << s.name << "' (" << s.entityId << ", rev " << s.rev
                  << ")\n";
    return Ok;
}

// push and pull: connect, catch up, replay the outbox, report.
int exchange(CliContext &ctx, const QStringList &args, bool push)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        push ? QStringLiteral("Connects, catches up and sends every waiting change; waits "
                              "for each to be acknowledged or to conflict.")
             : QStringLiteral("Connects and applies every change made on the server since "
                              "the last sync."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds to wait (default 120)."), QStringLiteral("s"),
                                     QStringLiteral("120"));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        QStringLiteral("Messages per second at most (default 40, below the server's limit)."),
        QStringLiteral("n"), QStringLiteral("0"));
    p.addOptions({timeout, rate});
    if (auto r = ctx.parse(p, args, kCommand + (push ? QStringLiteral(" push") : QStringLiteral(" pull"))))
        return *r;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto c = loadConnection(**ws);
    if (!c)
        return ctx.fail(c.error());
    SyncService sync(**ws);
    auto before = sync.pendingCount();
    if (!before)
        return ctx.fail(before.error());
    sync::SyncClient client(**ws, optionsFor(*c, p.value(rate).toDouble()));
    int applied = 0;
    QObject::connect(&client, &sync::SyncClient::remoteApplied, &client, [&](int n) { applied += n; });
    QStringList notes;
    const QString failure = runClient(
        client, p.value(timeout).toInt(),
        [&](std::function<void()> done) {
            if (push)
                QObject::connect(&client, &sync::SyncClient::outboxDrained, &client, [&client, done] {
                    if (client.state() == sync::SyncState::Online)
                        done();
                });
            else
                QObject::connect(&client, &sync::SyncClient::caughtUp, &client, [done](qint64) { done(); });
            client.start();
        },
        &notes);
    client.stop();
    auto after = sync.pendingCount();
    auto conflicts = sync.conflicts();
    if (!after || !conflicts)
        return ctx.fail(!after ? after.error() : conflicts.error());
    for (const QString &n : notes)
        ctx.err() << "warning: " << n << "\n";
    if (!failure.isEmpty())
        return ctx.fail(failure);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("applied"), applied},
                                  {QStringLiteral("sent"), *before - *after},
                                  {QStringLiteral("pending"), *after},
                                  {QStringLiteral("conflicts"), qint64(conflicts->size())}});
    else
        ctx.out() << "applied " << applied << " remote change(s); sent " << (*before - *after) << "; "
                  << *after << " waiting; " << conflicts->size() << " conflict(s)\n";
    if (push && *after > 0)
        return ctx.fail(QStringLiteral("%1 change(s) still waiting (see the warnings above)").arg(*after));
    return Ok;
}

// A shareable item named on the command line: kind "portfolio" or
// "watchlist" with a name, "run" with an id.
struct ItemRef
{
    QString entity; // as on the wire
    qint64 id = 0;
    QString name;
};

Result<ItemRef> findItem(const Workspace &ws, const QString &kind, const QString &target)
{
    if (kind == QLatin1String("portfolio")) {
        auto portfolio = LedgerService(ws).portfolioByName(target);
        if (!portfolio)
            return portfolio.error();
        return ItemRef{QStringLiteral("portfolio"), portfolio->id, portfolio->name};
    }
    if (kind == QLatin1String("watchlist")) {
        auto lists = WatchlistService(ws).list();
        if (!lists)
            return lists.error();
        for (const Watchlist &w : lists.value())
            if (w.name == target.trimmed())
                return ItemRef{QStringLiteral("watchlist"), w.id, w.name};
        return makeError(ErrorCode::NotFound,
                         "no watchlist named '" + target.trimmed().toStdString() +
                             "' (names are case-sensitive; the Watchlists area lists them)",
                         "sync");
    }
    bool ok = false;
    const qint64 runId = target.toLongLong(&ok);
    if (!ok || runId <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         "a saved run is named by its id (a positive number), not '" +
                             target.left(40).toStdString() + "'",
                         "sync");
    auto run = RunService(ws).load(runId);
    if (!run)
        return run.error();
    return ItemRef{QStringLiteral("backtest_run"), runId, run->name};
}

int share(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Shares a portfolio and its ledger, a watchlist or a saved backtest run with the team "
                       "workspace (queued; 'sync push' sends it)."));
    p.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("'portfolio', 'watchlist' or 'run'"));
    p.addPositionalArgument(QStringLiteral("name"),
                            QStringLiteral("The portfolio's or watchlist's name, the run's id."));
    const QCommandLineOption portfolioOption(QStringLiteral("portfolio"),
                                             QStringLiteral("Share this portfolio and its ledger."),
                                             QStringLiteral("name"));
    const QCommandLineOption watchlistOption(QStringLiteral("watchlist"),
                                             QStringLiteral("Share this watchlist."), QStringLiteral("name"));
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QStringLiteral("Share this saved run (its id, see 'supernova-cli runs list')."),
        QStringLiteral("id"));
    p.addOptions({portfolioOption, watchlistOption, runOption});
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" share")))
        return *r;
    // Either "share KIND NAME" or exactly one of the options.
    QString kind;
    QString target;
    const QStringList pos = p.positionalArguments();
    int given = 0;
    for (const auto &[option, name] :
         {std::pair{&portfolioOption, "portfolio"}, std::pair{&watchlistOption, "watchlist"},
          std::pair{&runOption, "run"}}) {
        if (p.isSet(*option)) {
            ++given;
            kind = QLatin1String(name);
            target = p.value(*option);
        }
    }
    if (given == 0 && pos.size() == 2) {
        kind = pos[0];
        target = pos[1];
        given = 1;
    } else if (!pos.isEmpty()) {
        given = 2;
    }
    const QString usage = QStringLiteral(
        "usage: sync share portfolio NAME | watchlist NAME | run ID (or --portfolio NAME, --watchlist NAME, "
        "--run ID; one at a time)");
    if (given != 1 || target.trimmed().isEmpty() ||
        (kind != QLatin1String("portfolio") && kind != QLatin1String("watchlist") &&
         kind != QLatin1String("run")))
        return ctx.usage(usage, kCommand);
    if (kind == QLatin1String("run")) {
        bool numeric = false;
        if (target.toLongLong(&numeric) <= 0 || !numeric)
            return ctx.usage(QStringLiteral("--run takes a saved run's id (a positive number), not '%1'")
                                 .arg(target.left(40)),
                             kCommand);
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto c = loadConnection(**ws);
    if (!c)
        return ctx.fail(c.error());
    auto item = findItem(**ws, kind, target);
    if (!item)
        return ctx.fail(item.error());
    SyncService sync(**ws);
    const QString name = item->name;
    const QString noun = kind;
    Result<QString> id = kind == QLatin1String("portfolio")   ? sync.sharePortfolio(item->id, c->workspace)
                         : kind == QLatin1String("watchlist") ? sync.shareWatchlist(item->id, c->workspace)
                                                              : sync.shareRun(item->id, c->workspace);
    if (!id)
        return ctx.fail(id.error());
    auto pending = sync.pendingCount();
    if (ctx.json)
        ctx.printJson(QJsonObject{{noun, name},
                                  {QStringLiteral("entity_id"), *id},
                                  {QStringLiteral("workspace"), c->workspace},
                                  {QStringLiteral("pending"), pending.valueOr(0)}});
    else
        ctx.out() << "shared " << noun << " '" << name << "' in " << c->workspace << " as " << *id << "; "
                  << pending.valueOr(0) << " change(s) waiting: run 'supernova-cli sync push'\n";
    return Ok;
}

int conflictsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists conflicts: both versions, until resolved."));
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" conflicts")))
        return *r;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto conflicts = SyncService(**ws).conflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    if (ctx.json) {
        QJsonArray out;
        for (const SyncConflictInfo &c : conflicts.value())
            out.append(QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("workspace"), c.workspace},
                                   {QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("entity_id"), c.entityId},
                                   {QStringLiteral("mine"), jsonOrNull(c.mine)},
                                   {QStringLiteral("theirs"), jsonOrNull(c.theirs)},
                                   {QStringLiteral("server_rev"), c.serverRev},
                                   {QStringLiteral("reason"), c.reason}});
        ctx.printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const SyncConflictInfo &c : conflicts.value())
        rows << QStringList{QString::number(c.id), c.entity, summary(c.mine), summary(c.theirs),
                            c.reason.isEmpty() ? QStringLiteral("both changed") : c.reason};
    ctx.printTable({QStringLiteral("id"), QStringLiteral("entity"), QStringLiteral("mine"),
                    QStringLiteral("theirs"), QStringLiteral("why")},
                   rows);
    return Ok;
}

int resolve(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Resolves a conflict: --mine sends this database's version on top of the server's, --theirs takes "
        "the server's version here, --keep both (a ledger line) takes theirs and adds mine as a new line."));
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The conflict's id (sync conflicts)."));
    const QCommandLineOption mine(QStringLiteral("mine"), QStringLiteral("Keep this database's version."));
    const QCommandLineOption theirs(QStringLiteral("theirs"), QStringLiteral("Take the server's version."));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("mine, theirs or both."),
                                  QStringLiteral("which"));
    p.addOptions({mine, theirs, keep});
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" resolve")))
        return *r;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok)
        return ctx.usage(QStringLiteral("give one conflict id (see 'sync conflicts')"), kCommand);
    if (int(p.isSet(mine)) + int(p.isSet(theirs)) + int(p.isSet(keep)) != 1)
        return ctx.usage(QStringLiteral("give exactly one of --mine, --theirs and --keep mine|theirs|both"),
                         kCommand);
    QString which = p.isSet(mine) ? QStringLiteral("mine") : QStringLiteral("theirs");
    if (p.isSet(keep)) {
        which = p.value(keep).trimmed().toLower();
        if (which != QLatin1String("mine") && which != QLatin1String("theirs") &&
            which != QLatin1String("both"))
            return ctx.usage(
                QStringLiteral("--keep takes mine, theirs or both, not '%1'").arg(p.value(keep).left(40)),
                kCommand);
    }
    const SyncService::Resolution how = which == QLatin1String("mine") ? SyncService::Resolution::KeepMine
                                        : which == QLatin1String("theirs")
                                            ? SyncService::Resolution::TakeTheirs
                                            : SyncService::Resolution::KeepBoth;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto r = SyncService(**ws).resolve(id, how);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("resolved"), id}, {QStringLiteral("kept"), which}});
    else if (how == SyncService::Resolution::KeepMine)
        ctx.out() << "resolved conflict " << id << " (kept mine; 'sync push' sends it)\n";
    else if (how == SyncService::Resolution::TakeTheirs)
        ctx.out() << "resolved conflict " << id << " (took theirs)\n";
    else
        ctx.out() << "resolved conflict " << id
                  << " (took theirs and added mine as a new line; 'sync push' sends it)\n";
    return Ok;
}

// sync note add|list: notes on a shared item, from scripts.
int noteCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Notes on a shared item: 'note list' prints them (author, "
                                               "local time, text), 'note add TEXT' adds one "
                                               "signed with the team user (queued; 'sync push' sends it)."));
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("'add' or 'list'"));
    p.addPositionalArgument(QStringLiteral("text"), QStringLiteral("The note (add)."));
    const QCommandLineOption portfolioOption(QStringLiteral("portfolio"),
                                             QStringLiteral("A shared portfolio."), QStringLiteral("name"));
    const QCommandLineOption watchlistOption(QStringLiteral("watchlist"),
                                             QStringLiteral("A shared watchlist."), QStringLiteral("name"));
    const QCommandLineOption runOption(QStringLiteral("run"), QStringLiteral("A shared saved run (its id)."),
                                       QStringLiteral("id"));
    p.addOptions({portfolioOption, watchlistOption, runOption});
    if (auto r = ctx.parse(p, args, kCommand + QStringLiteral(" note")))
        return *r;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    QString kind;
    QString target;
    int given = 0;
    for (const auto &[option, name] :
         {std::pair{&portfolioOption, "portfolio"}, std::pair{&watchlistOption, "watchlist"},
          std::pair{&runOption, "run"}}) {
        if (p.isSet(*option)) {
            ++given;
            kind = QLatin1String(name);
            target = p.value(*option);
        }
    }
    const bool add = action == QLatin1String("add");
    if (given != 1 || (!add && action != QLatin1String("list")) || pos.size() != (add ? 2 : 1))
        return ctx.usage(
            QStringLiteral("usage: sync note list --portfolio NAME|--watchlist NAME|--run ID, or "
                           "sync note add --portfolio NAME|--watchlist NAME|--run ID \"TEXT\""),
            kCommand);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto item = findItem(**ws, kind, target);
    if (!item)
        return ctx.fail(item.error());
    NoteService notes(**ws);
    if (add) {
        auto id = notes.add(item->entity, item->id, pos[1]);
        if (!id)
            return ctx.fail(id.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("note"), *id}, {QStringLiteral("on"), item->name}});
        else
            ctx.out() << "added note " << *id << " on " << kind << " '" << item->name
                      << "'; run 'supernova-cli sync push' to send it\n";
        return Ok;
    }
    auto list = notes.notesOn(item->entity, item->id);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray out;
        for (const TeamNote &n : list.value())
            out.append(QJsonObject{{QStringLiteral("id"), n.id},
                                   {QStringLiteral("author"), n.author},
                                   {QStringLiteral("created_at"), n.createdAt},
                                   {QStringLiteral("updated_at"), n.updatedAt},
                                   {QStringLiteral("text"), n.text}});
        ctx.printJson(out);
        return Ok;
    }
    QList<QStringList> rows;
    for (const TeamNote &n : list.value())
        rows << QStringList{QString::number(n.id), n.author,
                            QDateTime::fromMSecsSinceEpoch(n.createdAt)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            n.text};
    ctx.printTable(
        {QStringLiteral("id"), QStringLiteral("author"), QStringLiteral("time"), QStringLiteral("text")},
        rows);
    return Ok;
}

void printHelp(QTextStream &s)
{
    s << "usage: supernova-cli sync <subcommand> [options] [--json]\n\n"
         "Team sync with a SuperNova team server (docs/sync.md).\n\n"
         "  login --server wss://HOST:PORT --user NAME --workspace NAME --password-stdin [--fingerprint "
         "HEX]\n"
         "  logout                 revoke and delete the sign-in kept in the keychain\n"
         "  status                 shared items, waiting changes, conflicts (no network)\n"
         "  push                   send waiting changes (after catching up)\n"
         "  pull                   apply changes made on the server\n"
         "  share portfolio NAME   share a portfolio and its ledger\n"
         "  share watchlist NAME   share a watchlist (its name and symbols)\n"
         "  share run ID           share a saved backtest run\n"
         "  note list|add [TEXT] --portfolio NAME|--watchlist NAME|--run ID\n"
         "                         notes on a shared item\n"
         "  conflicts              list conflicts with both versions\n"
         "  resolve ID --mine|--theirs|--keep both\n";
}

int syncCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty()) {
        printHelp(ctx.err());
        return Usage;
    }
    const QString first = args.first();
    const QStringList rest = args.mid(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(ctx.out());
        return Ok;
    }
    if (first == QLatin1String("login"))
        return login(ctx, rest);
    if (first == QLatin1String("logout"))
        return logout(ctx, rest);
    if (first == QLatin1String("status"))
        return status(ctx, rest);
    if (first == QLatin1String("push"))
        return exchange(ctx, rest, true);
    if (first == QLatin1String("pull"))
        return exchange(ctx, rest, false);
    if (first == QLatin1String("share"))
        return share(ctx, rest);
    if (first == QLatin1String("conflicts"))
        return conflictsCommand(ctx, rest);
    if (first == QLatin1String("note"))
        return noteCommand(ctx, rest);
    if (first == QLatin1String("resolve"))
        return resolve(ctx, rest);
    return ctx.usage(QStringLiteral("unknown sync subcommand '%1'").arg(first), kCommand);
}

} // namespace

std::vector<Command> syncCommands()
{
    return {{kCommand,
             QStringLiteral("Team sync: login, logout, status, push, pull, share, note, conflicts, resolve"),
             syncCommand}};
}

} // namespace sn::cli
