#include "app/server/ServerCommands.h"

#include "app/server/JsonLogSink.h"
#include "core/common/Log.h"
#include "core/common/Time.h"
#include "core/server/EventLog.h"
#include "core/server/OpsEndpoint.h"
#include "core/server/SelfSignedCertificate.h"
#include "core/server/ServerConfig.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerUsers.h"
#include "core/server/ServerWorkspaces.h"
#include "core/server/SyncServer.h"
#include "core/storage/Database.h"
#include "core/sync/Jwt.h"
#include "core/sync/PasswordHash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace sn::server::cli {

namespace {

const char kUsage[] =
    "usage: supernova-server [--config FILE] COMMAND ...\n"
    "\n"
    "  init DIR [--listen ADDR] [--port N] [--name HOST]... [--database URL] [--admin NAME]\n"
    "        write DIR/server.ini, a self-signed certificate and key, create the database,\n"
    "        the first admin (its one-time password is printed once) and a workspace 'Team'\n"
    "  serve [--insecure-loopback] [--listen ADDR] [--port N] [--database URL]\n"
    "        serve protocol v1 on wss:// (ws:// only on loopback with --insecure-loopback)\n"
    "  check-config            validate the config, its files and the database, then exit\n"
    "  user add NAME [--password-stdin]     (without it a password is generated and printed once)\n"
    "  user passwd NAME [--password-stdin]\n"
    "  user disable NAME | user enable NAME | user list\n"
    "  workspace create NAME | workspace list | workspace members NAME\n"
    "  workspace member add WORKSPACE USER [--role admin|analyst|viewer]   (default analyst)\n"
    "  workspace member remove WORKSPACE USER\n"
    "  workspace role WORKSPACE USER ROLE\n"
    "  compact --keep-days N   delete events older than N days that a newer revision of the same\n"
    "        entity supersedes (the newest revision of each entity and chat lines stay)\n"
    "\n"
    "--config defaults to $SUPERNOVA_SERVER_CONFIG, then ./server.ini. Every config key can be\n"
    "overridden by SUPERNOVA_SERVER_<SECTION>_<KEY> (e.g. SUPERNOVA_SERVER_SERVER_PORT).\n"
    "Exit codes: 0 ok, 1 failure, 2 usage error.\n";

int usageError(const QString &message)
{
    std::fprintf(stderr, "error: %s\n\n%s", qPrintable(message), kUsage);
    return 2;
}

int failure(const std::string &message)
{
    std::fprintf(stderr, "error: %s\n", message.c_str());
    return 1;
}

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

// Pulls "--name value" (every occurrence) out of args.
QStringList takeOption(QStringList &args, const QString &name, bool *missingValue)
{
    QStringList values;
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) {
                *missingValue = true;
                args.removeAt(i);
                continue;
            }
            values << args[i + 1];
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    return values;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QString generatedPassword()
{
    return QString::fromLatin1(sync::Jwt::base64Url(sync::PasswordHash::randomBytes(15)));
}

Result<QString> readPasswordFromStdin()
{
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "no password on standard input");
    if (line.size() < 8)
        return makeError(ErrorCode::InvalidArgument, "a password needs at least 8 characters");
    return line;
}

struct Context
{
    ServerConfig config;
    std::unique_ptr<Database> db;
};

Result<Context> openContext(const QString &configPath, bool migrate)
{
    auto config = ServerConfig::load(configPath);
    if (!config)
        return config.error();
    if (config->databaseUrl.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "is required", "config key 'server/database'");
    auto db = Database::open(config->databaseUrl);
    if (!db)
        return db.error();
    if (migrate) {
        auto m = ServerSchema::prepare(**db);
        if (!m)
            return m.error();
    }
    return Context{std::move(config).value(), std::move(db).value()};
}

bool checkName(const QString &what, const QString &name, int &code)
{
    if (sync::isValidName(name))
        return true;
    code = usageError(
        QStringLiteral("%1 '%2': names are 1-64 characters: letters, digits, space, '_', '.', '@', '-', "
                       "starting with a letter or digit")
            .arg(what, name));
    return false;
}

// ---- init ---------------------------------------------------------------

int cmdInit(QStringList args)
{
    bool missing = false;
    const QStringList listen = takeOption(args, QStringLiteral("--listen"), &missing);
    const QStringList port = takeOption(args, QStringLiteral("--port"), &missing);
    const QStringList names = takeOption(args, QStringLiteral("--name"), &missing);
    const QStringList database = takeOption(args, QStringLiteral("--database"), &missing);
    const QStringList admin = takeOption(args, QStringLiteral("--admin"), &missing);
    if (missing)
        return usageError(QStringLiteral("an option is missing its value"));
    if (args.size() != 1)
        return usageError(QStringLiteral("init takes one folder"));
    const QString adminName = admin.isEmpty() ? QStringLiteral("admin") : admin.back();
    int code = 0;
    if (!checkName(QStringLiteral("admin"), adminName, code))
        return code;
    QDir dir(args[0]);
    if (!QDir().mkpath(dir.absolutePath()))
        return failure("cannot create the folder " + dir.absolutePath().toStdString());
    const QString ini = dir.absoluteFilePath(QStringLiteral("server.ini"));
    if (QFileInfo::exists(ini))
        return failure(ini.toStdString() + " exists; init does not overwrite a server");

    QStringList certNames = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    for (const QString &n : names)
        if (!certNames.contains(n))
            certNames.prepend(n);
    auto cert = writeSelfSignedCertificate(dir.absoluteFilePath(QStringLiteral("cert.pem")),
                                           dir.absoluteFilePath(QStringLiteral("key.pem")), certNames, 825);
    if (!cert)
        return failure(cert.error().toString());

    const QString dbUrl = database.isEmpty() ? QStringLiteral("sqlite://") +
                                                   dir.absoluteFilePath(QStringLiteral("server.sqlite"))
                                             : database.back();
    QFile file(ini);
    if (!file.open(QIODevice::WriteOnly))
        return failure("cannot write " + ini.toStdString());
    QTextStream(&file) << "# supernova-server configuration (docs/deployment.md lists every key)\n"
                       << "[server]\n"
                       << "listen = " << (listen.isEmpty() ? QStringLiteral("0.0.0.0") : listen.back())
                       << "\n"
                       << "port = " << (port.isEmpty() ? QStringLiteral("8765") : port.back()) << "\n"
                       << "certificate = cert.pem\n"
                       << "private_key = key.pem\n"
                       << "database = " << dbUrl << "\n"
                       << "\n[ops]\n"
                       << "# /healthz, /readyz, /metrics (plain HTTP; keep it private)\n"
                       << "listen = 127.0.0.1\n"
                       << "port = " << (port.isEmpty() ? 8766 : port.back().toInt() + 1) << "\n"
                       << "\n[limits]\n"
                       << "max_frame_bytes = 1048576\n"
                       << "messages_per_second = 50\n"
                       << "message_burst = 200\n"
                       << "login_failures = 5\n"
                       << "login_window_seconds = 60\n"
                       << "\n[auth]\n"
                       << "access_token_seconds = 900\n"
                       << "refresh_token_days = 30\n";
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto ctx = openContext(ini, true);
    if (!ctx)
        return failure(ctx.error().toString());
    auto valid = ctx->config.validate();
    if (!valid)
        return failure(valid.error().toString());
    const QString password = generatedPassword();
    auto hash = sync::PasswordHash::hash(password, {ctx->config.passwordCostLog2N, 8, 1});
    if (!hash)
        return failure(hash.error().toString());
    ServerUsers users(*ctx->db);
    auto added = users.add(adminName, *hash);
    if (!added)
        return failure(added.error().toString());
    ServerWorkspaces workspaces(*ctx->db);
    auto team = workspaces.create(QStringLiteral("Team"));
    if (!team)
        return failure(team.error().toString());
    auto member = workspaces.setMember(QStringLiteral("Team"), adminName, Role::Admin);
    if (!member)
        return failure(member.error().toString());
    out(QStringLiteral("created %1 (certificate for %2, database %3)")
            .arg(ini, certNames.join(QStringLiteral(", ")), ctx->db->displayUrl()));
    out(QStringLiteral("admin user: %1").arg(adminName));
    out(QStringLiteral("one-time password (shown only now; change it with 'user passwd'): %1").arg(password));
    out(QStringLiteral("next: supernova-server --config %1 serve").arg(ini));
    return 0;
}

// ---- serve --------------------------------------------------------------

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

int cmdServe(QStringList args, const QString &configPath, bool checkOnly)
{
    bool missing = false;
    const bool insecure = takeFlag(args, QStringLiteral("--insecure-loopback"));
    const QStringList listen = takeOption(args, QStringLiteral("--listen"), &missing);
    const QStringList port = takeOption(args, QStringLiteral("--port"), &missing);
    const QStringList database = takeOption(args, QStringLiteral("--database"), &missing);
    if (missing)
        return usageError(QStringLiteral("an option is missing its value"));
    if (!args.isEmpty())
        return usageError(QStringLiteral("unknown argument '%1'").arg(args.front()));

    auto loaded = ServerConfig::load(configPath);
    if (!loaded)
        return failure(loaded.error().toString());
    ServerConfig config = std::move(loaded).value();
    if (insecure)
        config.insecureLoopback = true;
    if (!listen.isEmpty() && !config.listenAddress.setAddress(listen.back()))
        return usageError(QStringLiteral("--listen: '%1' is not an IP address").arg(listen.back()));
    if (!port.isEmpty()) {
        bool ok = false;
        const int p = port.back().toInt(&ok);
        if (!ok || p < 0 || p > 65535)
            return usageError(QStringLiteral("--port: '%1' is not a port").arg(port.back()));
        config.port = static_cast<quint16>(p);
    }
    if (!database.isEmpty())
        config.databaseUrl = database.back();
    auto valid = config.validate();
    if (!valid)
        return failure(valid.error().toString());
    auto db = Database::open(config.databaseUrl);
    if (!db)
        return failure(db.error().toString());
    if (checkOnly) {
        auto version = (*db)->schemaVersion();
        if (!version)
            return failure(version.error().toString());
        const int latest = static_cast<int>(ServerSchema::migrations().size());
        out(QStringLiteral("config ok: %1://%2:%3, database %4 (schema %5 of %6%7)")
                .arg(config.secure() ? QStringLiteral("wss") : QStringLiteral("ws"),
                     config.listenAddress.toString())
                .arg(config.port)
                .arg((*db)->displayUrl())
                .arg(*version)
                .arg(latest)
                .arg(*version < latest ? QStringLiteral("; serve will migrate it") : QString()));
        return 0;
    }
    auto migrated = ServerSchema::prepare(**db);
    if (!migrated)
        return failure(migrated.error().toString());

    auto sink = std::make_shared<JsonLogSink>();
    sn::log::addSink(sink);
    sn::log::setLevel(sn::log::parseLevel(
        qEnvironmentVariable("SUPERNOVA_SERVER_LOG_LEVEL", QStringLiteral("info")).toStdString(),
        sn::log::Level::Info));

    SyncServer server(**db, config);
    auto started = server.start();
    if (!started)
        return failure(started.error().toString());

    OpsEndpoint ops(server);
    if (config.opsPort != 0) {
        auto opsListening = ops.listen(config.opsAddress, config.opsPort);
        if (!opsListening)
            return failure(opsListening.error().toString());
    }

    // SIGTERM/SIGINT: stop accepting, close every socket with 1001 so clients
    // reconnect elsewhere, and exit once they are gone (or after 5 s).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return failure("cannot set up signal handling");
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    bool draining = false;
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        if (draining)
            return;
        draining = true;
        std::fprintf(stderr, "supernova-server: draining %d connection(s)\n", server.connectionCount());
        server.shutdown();
        if (server.connectionCount() == 0)
            QCoreApplication::exit(0);
        QObject::connect(&server, &SyncServer::connectionCountChanged, &server, [](int count) {
            if (count == 0)
                QCoreApplication::exit(0);
        });
        QTimer::singleShot(5000, &server, [] { QCoreApplication::exit(0); });
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::fprintf(stderr, "supernova-server: serving on %s://%s:%d\n", config.secure() ? "wss" : "ws",
                 qPrintable(config.listenAddress.toString()), server.port());
    const int rc = QCoreApplication::exec();
    sn::log::flush();
    return rc;
}

// ---- user / workspace ---------------------------------------------------

int cmdUser(QStringList args, const QString &configPath)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("user needs a subcommand: add, passwd, disable, enable, list"));
    const QString sub = args.takeFirst();
    const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    auto ctx = openContext(configPath, true);
    if (!ctx)
        return failure(ctx.error().toString());
    ServerUsers users(*ctx->db);
    if (sub == QLatin1String("list")) {
        auto list = users.list();
        if (!list)
            return failure(list.error().toString());
        for (const ServerUser &u : *list)
            out(u.name + (u.disabled ? QStringLiteral("\tdisabled") : QStringLiteral("\tenabled")));
        return 0;
    }
    if (args.size() != 1)
        return usageError(QStringLiteral("user %1 takes one user name").arg(sub));
    const QString name = args[0];
    int code = 0;
    if (!checkName(QStringLiteral("user"), name, code))
        return code;
    if (sub == QLatin1String("add") || sub == QLatin1String("passwd")) {
        QString password;
        if (fromStdin) {
            auto read = readPasswordFromStdin();
            if (!read)
                return failure(read.error().toString());
            password = *read;
        } else {
            password = generatedPassword();
        }
        auto hash = sync::PasswordHash::hash(password, {ctx->config.passwordCostLog2N, 8, 1});
        if (!hash)
            return failure(hash.error().toString());
        if (sub == QLatin1String("add")) {
            auto added = users.add(name, *hash);
            if (!added)
                return failure(added.error().toString());
        } else {
            auto set = users.setPasswordHash(name, *hash);
            if (!set)
                return failure(set.error().toString());
        }
        out(QStringLiteral("%1 user '%2'")
                .arg(sub == QLatin1String("add") ? QStringLiteral("added")
                                                 : QStringLiteral("new password for"),
                     name));
        if (!fromStdin)
            out(QStringLiteral("one-time password (shown only now): %1").arg(password));
        return 0;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        auto r = users.setDisabled(name, sub == QLatin1String("disable"));
        if (!r)
            return failure(r.error().toString());
        out(QStringLiteral("%1d user '%2'").arg(sub, name));
        return 0;
    }
    return usageError(QStringLiteral("unknown user subcommand '%1'").arg(sub));
}

int cmdWorkspace(QStringList args, const QString &configPath)
{
    if (args.isEmpty())
        return usageError(
            QStringLiteral("workspace needs a subcommand: create, list, members, member, role"));
    const QString sub = args.takeFirst();
    bool missing = false;
    const QStringList roleOption = takeOption(args, QStringLiteral("--role"), &missing);
    if (missing)
        return usageError(QStringLiteral("--role needs a value"));
    auto ctx = openContext(configPath, true);
    if (!ctx)
        return failure(ctx.error().toString());
    ServerWorkspaces workspaces(*ctx->db);
    int code = 0;
    if (sub == QLatin1String("list")) {
        auto list = workspaces.list();
        if (!list)
            return failure(list.error().toString());
        for (const WorkspaceInfo &w : *list)
            out(QStringLiteral("%1\trev %2").arg(w.name).arg(w.rev));
        return 0;
    }
    if (sub == QLatin1String("create") || sub == QLatin1String("members")) {
        if (args.size() != 1)
            return usageError(QStringLiteral("workspace %1 takes one name").arg(sub));
        if (!checkName(QStringLiteral("workspace"), args[0], code))
            return code;
        if (sub == QLatin1String("create")) {
            auto created = workspaces.create(args[0]);
            if (!created)
                return failure(created.error().toString());
            out(QStringLiteral("created workspace '%1'").arg(args[0]));
            return 0;
        }
        auto members = workspaces.members(args[0]);
        if (!members)
            return failure(members.error().toString());
        for (const MemberInfo &m : *members)
            out(m.user + QLatin1Char('\t') + roleName(m.role));
        return 0;
    }
    auto parseRole = [&](const QString &text) -> std::optional<Role> {
        auto role = roleFromName(text);
        if (!role)
            code = usageError(QStringLiteral("role '%1': must be admin, analyst or viewer").arg(text));
        return role;
    };
    if (sub == QLatin1String("member")) {
        if (args.size() != 3 || (args[0] != QLatin1String("add") && args[0] != QLatin1String("remove")))
            return usageError(QStringLiteral("workspace member add|remove WORKSPACE USER"));
        if (args[0] == QLatin1String("add")) {
            auto role = parseRole(roleOption.isEmpty() ? QStringLiteral("analyst") : roleOption.back());
            if (!role)
                return code;
            auto r = workspaces.setMember(args[1], args[2], *role);
            if (!r)
                return failure(r.error().toString());
            out(QStringLiteral("'%1' is %2 in '%3'").arg(args[2], roleName(*role), args[1]));
            return 0;
        }
        auto r = workspaces.removeMember(args[1], args[2]);
        if (!r)
            return failure(r.error().toString());
        out(QStringLiteral("removed '%1' from '%2'").arg(args[2], args[1]));
        return 0;
    }
    if (sub == QLatin1String("role")) {
        if (args.size() != 3)
            return usageError(QStringLiteral("workspace role WORKSPACE USER ROLE"));
        auto role = parseRole(args[2]);
        if (!role)
            return code;
        auto members = workspaces.members(args[0]);
        if (!members)
            return failure(members.error().toString());
        bool isMember = false;
        for (const MemberInfo &m : *members)
            isMember = isMember || m.user == args[1];
        if (!isMember)
            return failure("'" + args[1].toStdString() + "' is not a member of '" + args[0].toStdString() +
                           "'; use 'workspace member add'");
        auto r = workspaces.setMember(args[0], args[1], *role);
        if (!r)
            return failure(r.error().toString());
        out(QStringLiteral("'%1' is %2 in '%3'").arg(args[1], roleName(*role), args[0]));
        return 0;
    }
    return usageError(QStringLiteral("unknown workspace subcommand '%1'").arg(sub));
}

// ---- compact ---------------------------------------------------------------

int cmdCompact(QStringList args, const QString &configPath)
{
    bool missing = false;
    const QStringList keep = takeOption(args, QStringLiteral("--keep-days"), &missing);
    if (missing || keep.isEmpty())
        return usageError(QStringLiteral("compact needs --keep-days N"));
    if (!args.isEmpty())
        return usageError(QStringLiteral("compact: unknown argument '%1'").arg(args.front()));
    bool ok = false;
    const int days = keep.back().toInt(&ok);
    if (!ok || days < 0 || days > 36500)
        return usageError(
            QStringLiteral("--keep-days: '%1' is not a number of days (0-36500)").arg(keep.back()));
    auto ctx = openContext(configPath, true);
    if (!ctx)
        return failure(ctx.error().toString());
    const qint64 before = nowMs() - qint64(days) * 86400000;
    EventLog events(*ctx->db);
    auto deleted = events.compact(before);
    if (!deleted)
        return failure(deleted.error().toString());
    out(QStringLiteral("deleted %1 superseded events written before %2 (kept the newest revision of every "
                       "entity, chat lines and everything newer)")
            .arg(*deleted)
            .arg(QDateTime::fromMSecsSinceEpoch(before).toUTC().toString(Qt::ISODate)));
    return 0;
}

} // namespace

int run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (args.contains(QStringLiteral("--version"))) {
        out(QStringLiteral("supernova-server %1 (protocol v%2)")
                .arg(QStringLiteral(SUPERNOVA_VERSION))
                .arg(sync::kProtocolVersion));
        return 0;
    }
    bool missing = false;
    const QStringList configs = takeOption(args, QStringLiteral("--config"), &missing);
    if (missing)
        return usageError(QStringLiteral("--config needs a file"));
    const bool checkConfig = takeFlag(args, QStringLiteral("--check-config"));
    QString configPath = configs.isEmpty() ? qEnvironmentVariable("SUPERNOVA_SERVER_CONFIG") : configs.back();
    if (configPath.isEmpty() && QFileInfo::exists(QStringLiteral("server.ini")))
        configPath = QStringLiteral("server.ini");
    if (checkConfig)
        return cmdServe({}, configPath, true);
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("init"))
        return cmdInit(args);
    if (command == QLatin1String("serve"))
        return cmdServe(args, configPath, false);
    if (command == QLatin1String("check-config"))
        return cmdServe(args, configPath, true);
    if (command == QLatin1String("user"))
        return cmdUser(args, configPath);
    if (command == QLatin1String("workspace"))
        return cmdWorkspace(args, configPath);
    if (command == QLatin1String("compact"))
        return cmdCompact(args, configPath);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace sn::server::cli
