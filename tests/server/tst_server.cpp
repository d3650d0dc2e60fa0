// The team server against real clients: wss:// on loopback with a generated
// certificate, a real database (SQLite here; tst_server_postgres runs the same
// suite on the `postgres` fixture's server with SUPERNOVA_TEST_ENGINE=postgresql).
#include "core/common/Time.h"
#include "core/server/EventLog.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerUsers.h"
#include "core/server/ServerWorkspaces.h"
#include "core/server/SyncServer.h"
#include "core/storage/Database.h"
#include "core/sync/Messages.h"
#include "core/sync/PasswordHash.h"
#include "tests/server/ServerTestSupport.h"
#include "tests/testutils/TestPaths.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketProtocol>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace sn;
using namespace sn::server;
using sn::sync::Frame;
namespace msg = sn::sync::msg;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

const QString kWs = QStringLiteral("Research");
const QString kPassword = QStringLiteral("s3cret-pass");

QString errorCode(const std::optional<Frame> &f)
{
    if (!f)
        return QStringLiteral("<no reply>");
    if (f->type() != QLatin1String("error"))
        return QStringLiteral("<") + f->type() + QStringLiteral(">");
    return f->str(QStringLiteral("code"));
}

} // namespace

class TstServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestCertificate m_cert;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncServer> m_server;
    qint64 m_clockOffset = 0;
    bool m_postgres = false;
    QString m_dbUrl;

    ServerConfig config() const
    {
        ServerConfig c;
        c.listenAddress = QHostAddress::LocalHost;
        c.port = 0;
        c.certificateFile = m_cert.certificateFile;
        c.privateKeyFile = m_cert.keyFile;
        c.databaseUrl = m_dbUrl;
        c.messageBurst = 100000;
        c.messagesPerSecond = 100000;
        c.passwordCostLog2N = 10;
        c.limits.maxFrameBytes = 64 * 1024;
        return c;
    }

    std::unique_ptr<SyncServer> startServer(const ServerConfig &c)
    {
        auto server = std::make_unique<SyncServer>(*m_db, c);
        server->setClock([this] { return nowMs() + m_clockOffset; });
        auto started = server->start();
        if (!started) {
            qWarning("server start failed: %s", started.error().toString().c_str());
            return nullptr;
        }
        return server;
    }

    QUrl url(const SyncServer &server) const
    {
        return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(server.port()));
    }

    std::unique_ptr<test::TestClient> client(const SyncServer &server)
    {
        auto c = std::make_unique<test::TestClient>(m_cert.clientSsl());
        if (!c->open(url(server)))
            return nullptr;
        return c;
    }

    std::unique_ptr<test::TestClient> loggedIn(const QString &user)
    {
        auto c = client(*m_server);
        if (!c || !c->helloAndLogin(user, kPassword))
            return nullptr;
        return c;
    }

    // A fresh database named for this suite on the fixture's server, so the
    // suite never touches the desktop schema other suites reset.
    QString postgresUrl()
    {
        const QString base = test::postgresUrl();
        auto admin = Database::open(base);
        if (!admin)
            return {};
        QSqlQuery q(*(*admin)->connection());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS supernova_server_test WITH (FORCE)"));
        if (!q.exec(QStringLiteral("CREATE DATABASE supernova_server_test")))
            return {};
        QString url = base;
        url.replace(QStringLiteral("/supernova_test"), QStringLiteral("/supernova_server_test"));
        return url;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cert = test::makeCertificate(m_dir.path());
        QVERIFY2(m_cert.ok(), qPrintable(m_cert.error));
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        QString dbUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("server.sqlite"));
        if (m_postgres) {
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
            dbUrl = postgresUrl();
            QVERIFY2(!dbUrl.isEmpty(), "cannot create the server test database");
        }
        qInfo("engine: %s", m_postgres ? "postgresql" : "sqlite");
        m_dbUrl = dbUrl;
        auto db = Database::open(dbUrl);
        REQUIRE_OK(db);
        m_db = std::move(db).value();
        REQUIRE_OK(ServerSchema::prepare(*m_db));

        ServerUsers users(*m_db);
        ServerWorkspaces workspaces(*m_db);
        for (const char *name : {"alice", "bob", "carol", "dave", "erin"}) {
            auto hash = sync::PasswordHash::hash(kPassword, {10, 8, 1});
            REQUIRE_OK(hash);
            REQUIRE_OK(users.add(QString::fromLatin1(name), *hash));
        }
        REQUIRE_OK(workspaces.create(kWs));
        REQUIRE_OK(workspaces.create(QStringLiteral("Private")));
        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("alice"), Role::Admin));
        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("bob"), Role::Analyst));
        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("carol"), Role::Viewer));
        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("erin"), Role::Analyst));
        REQUIRE_OK(workspaces.setMember(QStringLiteral("Private"), QStringLiteral("dave"), Role::Admin));

        m_server = startServer(config());
        QVERIFY(m_server);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    void helloNegotiatesTheVersion()
    {
        auto c = client(*m_server);
        QVERIFY(c);
        // Anything before hello is refused, and the connection stays.
        QCOMPARE(errorCode(c->request(msg::login(QStringLiteral("alice"), kPassword))),
                 QStringLiteral("hello_required"));
        auto refused = c->request(msg::hello({2, 3}, QStringLiteral("future")));
        QCOMPARE(errorCode(refused), QStringLiteral("unsupported_version"));
        QCOMPARE(refused->str(QStringLiteral("field")), QStringLiteral("versions"));
        QVERIFY(refused->str(QStringLiteral("message")).contains(QLatin1String("offered 2, 3")));
        // A frame of another protocol version is named by its `v`.
        c->sendText(QStringLiteral("{\"v\":2,\"id\":\"x1\",\"type\":\"ping\"}"));
        auto wrongV = c->waitFor(QStringLiteral("error"));
        QCOMPARE(errorCode(wrongV), QStringLiteral("unsupported_version"));
        QCOMPARE(wrongV->str(QStringLiteral("field")), QStringLiteral("v"));
        QCOMPARE(wrongV->str(QStringLiteral("ref")), QStringLiteral("x1"));
        auto welcome = c->request(msg::hello({1, 2}, QStringLiteral("tst")));
        QVERIFY(welcome);
        QCOMPARE(welcome->type(), QStringLiteral("welcome"));
        QCOMPARE(welcome->integer(QStringLiteral("version")), 1);
        QCOMPARE(welcome->obj(QStringLiteral("limits")).value(QStringLiteral("max_frame_bytes")).toInteger(),
                 64 * 1024);
        QVERIFY(c->invalidFrames().isEmpty());
    }

    void loginTokensAndRefresh()
    {
        auto c = client(*m_server);
        QVERIFY(c);
        QVERIFY(c->request(msg::hello({1}, {})));
        QCOMPARE(errorCode(c->request(msg::workspaces())), QStringLiteral("unauthenticated"));
        QCOMPARE(errorCode(c->request(msg::login(QStringLiteral("alice"), QStringLiteral("wrong")))),
                 QStringLiteral("auth_failed"));
        QCOMPARE(errorCode(c->request(msg::login(QStringLiteral("nobody"), kPassword))),
                 QStringLiteral("auth_failed"));
        auto token = c->request(msg::login(QStringLiteral("alice"), kPassword));
        QVERIFY(token);
        QCOMPARE(token->type(), QStringLiteral("token"));
        QCOMPARE(token->str(QStringLiteral("user")), QStringLiteral("alice"));
        const QString access = token->str(QStringLiteral("access_token"));
        const QString refresh = token->str(QStringLiteral("refresh_token"));
        QVERIFY(token->integer(QStringLiteral("expires_at")) > nowMs());

        auto list = c->request(msg::workspaces());
        QVERIFY(list);
        QCOMPARE(list->type(), QStringLiteral("workspaces.list"));
        const QJsonArray spaces = list->arr(QStringLiteral("workspaces"));
        QCOMPARE(spaces.size(), 1); // alice is not a member of "Private"
        QCOMPARE(spaces[0].toObject().value(QStringLiteral("name")).toString(), kWs);
        QCOMPARE(spaces[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

        // A second connection resumes with the access token.
        auto d = client(*m_server);
        QVERIFY(d);
        QVERIFY(d->request(msg::hello({1}, {})));
        auto authed = d->request(msg::auth(access));
        QVERIFY(authed);
        QCOMPARE(authed->type(), QStringLiteral("authenticated"));
        QCOMPARE(authed->str(QStringLiteral("user")), QStringLiteral("alice"));

        // Tampered: the payload says bob, the signature is alice's.
        QStringList parts = access.split(QLatin1Char('.'));
        QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        payload.replace("alice", "bob\0\0");
        parts[1] = QString::fromLatin1(
            payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        auto tampered = d->request(msg::auth(parts.join(QLatin1Char('.'))));
        QCOMPARE(errorCode(tampered), QStringLiteral("token_invalid"));
        QCOMPARE(tampered->str(QStringLiteral("field")), QStringLiteral("token"));
        QCOMPARE(errorCode(d->request(msg::auth(QStringLiteral("not-a-token")))),
                 QStringLiteral("token_invalid"));

        // Expired: the server's clock moves past the 15-minute lifetime.
        m_clockOffset = 16 * 60 * 1000;
        QCOMPARE(errorCode(d->request(msg::auth(access))), QStringLiteral("token_expired"));
        // The already authenticated connection is told too, and survives.
        QCOMPARE(errorCode(c->request(msg::workspaces())), QStringLiteral("token_expired"));
        // Refresh gives a new pair; the old refresh token is spent.
        auto renewed = c->request(msg::refresh(refresh));
        QVERIFY(renewed);
        QCOMPARE(renewed->type(), QStringLiteral("token"));
        QVERIFY(c->request(msg::workspaces())->type() == QLatin1String("workspaces.list"));
        QCOMPARE(errorCode(d->request(msg::refresh(refresh))), QStringLiteral("token_invalid"));
        m_clockOffset = 0;

        // Logout revokes the refresh token server-side.
        const QString refresh2 = renewed->str(QStringLiteral("refresh_token"));
        auto out = c->request(msg::logout(refresh2));
        QCOMPARE(out->type(), QStringLiteral("ok"));
        QCOMPARE(errorCode(c->request(msg::workspaces())), QStringLiteral("unauthenticated"));
        QCOMPARE(errorCode(d->request(msg::refresh(refresh2))), QStringLiteral("token_invalid"));

        // A disabled account cannot use a still-valid access token.
        auto e = loggedIn(QStringLiteral("erin"));
        QVERIFY(e);
        ServerUsers users(*m_db);
        REQUIRE_OK(users.setDisabled(QStringLiteral("erin"), true));
        auto f = client(*m_server);
        QVERIFY(f->request(msg::hello({1}, {})));
        QCOMPARE(errorCode(f->request(msg::auth(e->accessToken))), QStringLiteral("auth_failed"));
        QCOMPARE(errorCode(f->request(msg::refresh(e->refreshToken))), QStringLiteral("token_invalid"));
        REQUIRE_OK(users.setDisabled(QStringLiteral("erin"), false));
        QVERIFY(c->invalidFrames().isEmpty() && d->invalidFrames().isEmpty());
    }

    void loginAttemptsAreLimited()
    {
        auto c = client(*m_server);
        QVERIFY(c);
        QVERIFY(c->request(msg::hello({1}, {})));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(errorCode(c->request(msg::login(QStringLiteral("carol"), QStringLiteral("guess")))),
                     QStringLiteral("auth_failed"));
        // Locked for carol from this address, even with the right password...
        auto limited = c->request(msg::login(QStringLiteral("carol"), kPassword));
        QCOMPARE(errorCode(limited), QStringLiteral("rate_limited"));
        QVERIFY(limited->str(QStringLiteral("message")).contains(QLatin1String("try again in")));
        // ...but not for another user from the same address.
        QCOMPARE(c->request(msg::login(QStringLiteral("bob"), kPassword))->type(), QStringLiteral("token"));
        // After the window the right password works again.
        m_clockOffset = 61 * 1000;
        QCOMPARE(c->request(msg::login(QStringLiteral("carol"), kPassword))->type(), QStringLiteral("token"));
        m_clockOffset = 0;
    }

    void rolesAreEnforcedByTheServer()
    {
        auto viewer = loggedIn(QStringLiteral("carol"));
        QVERIFY(viewer);
        auto refused = viewer->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("n-viewer"), 0,
                                                {{QStringLiteral("text"), QStringLiteral("x")}}));
        QCOMPARE(errorCode(refused), QStringLiteral("forbidden"));
        QVERIFY(refused->str(QStringLiteral("message")).contains(QLatin1String("viewer")));
        QCOMPARE(errorCode(viewer->request(msg::remove(kWs, QStringLiteral("note"), QStringLiteral("n"), 1))),
                 QStringLiteral("forbidden"));
        // A viewer reads, syncs and chats.
        QCOMPARE(viewer->request(msg::subscribe(kWs))->str(QStringLiteral("role")), QStringLiteral("viewer"));
        QCOMPARE(viewer->request(msg::sync(kWs, 0))->type(), QStringLiteral("sync.batch"));
        QCOMPARE(
            viewer->request(msg::chatSend(kWs, QStringLiteral("general"), QStringLiteral("read-only here")))
                ->type(),
            QStringLiteral("ack"));

        // Non-members cannot tell a foreign workspace from a missing one.
        auto outsider = loggedIn(QStringLiteral("dave"));
        QVERIFY(outsider);
        QCOMPARE(errorCode(outsider->request(msg::subscribe(kWs))), QStringLiteral("not_found"));
        QCOMPARE(errorCode(outsider->request(msg::subscribe(QStringLiteral("Nope")))),
                 QStringLiteral("not_found"));
        QCOMPARE(
            errorCode(outsider->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("n"), 0, {}))),
            QStringLiteral("not_found"));
        QCOMPARE(errorCode(outsider->request(msg::sync(kWs, 0))), QStringLiteral("not_found"));
    }

    // Membership and role are checked inside the write's transaction: a role
    // changed or a member removed by another process (the admin CLI) applies
    // to the very next put, with no cache to invalidate.
    void aRoleChangeAppliesToTheNextWrite()
    {
        ServerUsers users(*m_db);
        auto hash = sync::PasswordHash::hash(kPassword, {10, 8, 1});
        REQUIRE_OK(hash);
        REQUIRE_OK(users.add(QStringLiteral("gina"), *hash));
        ServerWorkspaces workspaces(*m_db);
        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("gina"), Role::Analyst));
        auto gina = loggedIn(QStringLiteral("gina"));
        QVERIFY(gina);
        auto ack = gina->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("n-gina"), 0,
                                          {{QStringLiteral("text"), QStringLiteral("first")}}));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        const qint64 rev = ack->integer(QStringLiteral("rev"));

        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("gina"), Role::Viewer));
        auto refused = gina->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("n-gina"), rev,
                                              {{QStringLiteral("text"), QStringLiteral("second")}}));
        QCOMPARE(errorCode(refused), QStringLiteral("forbidden"));
        QVERIFY(refused->str(QStringLiteral("message")).contains(QLatin1String("viewer")));

        REQUIRE_OK(workspaces.removeMember(kWs, QStringLiteral("gina")));
        auto gone = gina->request(msg::remove(kWs, QStringLiteral("note"), QStringLiteral("n-gina"), rev));
        QCOMPARE(errorCode(gone), QStringLiteral("not_found"));
        QCOMPARE(gone->str(QStringLiteral("field")), QStringLiteral("workspace"));

        REQUIRE_OK(workspaces.setMember(kWs, QStringLiteral("gina"), Role::Analyst));
        auto back = gina->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("n-gina"), rev,
                                           {{QStringLiteral("text"), QStringLiteral("third")}}));
        QCOMPARE(back->type(), QStringLiteral("ack"));
        QCOMPARE(back->integer(QStringLiteral("rev")) > rev, true);
    }

    // `supernova-server compact`: superseded events older than the cut go,
    // the newest revision of each entity (a deletion included) and chat lines
    // stay. A client whose since_rev predates the cut gets what survives and
    // still ends with the server's state.
    void compactionKeepsTheNewestRevisionOfEachEntity()
    {
        ServerWorkspaces workspaces(*m_db);
        auto id = workspaces.create(QStringLiteral("Archive"));
        REQUIRE_OK(id);
        REQUIRE_OK(workspaces.setMember(QStringLiteral("Archive"), QStringLiteral("alice"), Role::Admin));
        EventLog log(*m_db);
        // Written "long ago" (at 1,000-1,300 ms after the epoch), except the last.
        auto put = [&](const QString &entityId, qint64 base, int v, qint64 at) -> qint64 {
            auto o = log.put(*id, QStringLiteral("note"), entityId, base, {{QStringLiteral("v"), v}},
                             QStringLiteral("alice"), at);
            return o && o->kind == WriteOutcome::Kind::Applied ? o->rev : -1;
        };
        const qint64 a1 = put(QStringLiteral("a"), 0, 1, 1000);
        const qint64 a2 = put(QStringLiteral("a"), a1, 2, 1100);
        const qint64 a3 = put(QStringLiteral("a"), a2, 3, 1200);
        const qint64 b1 = put(QStringLiteral("b"), 0, 1, 1000);
        QCOMPARE(QList<qint64>({a1, a2, a3, b1}), QList<qint64>({1, 2, 3, 4}));
        auto bGone =
            log.remove(*id, QStringLiteral("note"), QStringLiteral("b"), b1, QStringLiteral("alice"), 1300);
        REQUIRE_OK(bGone);
        QCOMPARE(bGone->rev, qint64(5));
        auto chat = log.appendChat(*id, QStringLiteral("general"), QStringLiteral("an old line"),
                                   QStringLiteral("alice"), 1000);
        REQUIRE_OK(chat);
        QCOMPARE(*chat, qint64(6));
        QCOMPARE(put(QStringLiteral("a"), a3, 4, nowMs()), qint64(7));

        auto deleted = log.compact(2000);
        REQUIRE_OK(deleted);
        QCOMPARE(*deleted, qint64(4)); // a@1, a@2, a@3 (superseded by a@7) and b@4 (by its deletion)
        auto again = log.compact(2000);
        REQUIRE_OK(again);
        QCOMPARE(*again, qint64(0));

        auto alice = loggedIn(QStringLiteral("alice"));
        QVERIFY(alice);
        for (const qint64 since :
             {qint64(0), qint64(2)}) { // from the start, and from a revision the cut removed
            auto batch = alice->request(msg::sync(QStringLiteral("Archive"), since));
            QCOMPARE(batch->type(), QStringLiteral("sync.batch"));
            QCOMPARE(batch->integer(QStringLiteral("rev")), qint64(7));
            const QJsonArray events = batch->arr(QStringLiteral("events"));
            QCOMPARE(events.size(), 3);
            QCOMPARE(events[0].toObject().value(QStringLiteral("rev")).toInteger(), qint64(5));
            QCOMPARE(events[0].toObject().value(QStringLiteral("entity_id")).toString(), QStringLiteral("b"));
            QVERIFY(events[0].toObject().value(QStringLiteral("deleted")).toBool());
            QCOMPARE(events[1].toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("chat"));
            QCOMPARE(events[1].toObject().value(QStringLiteral("rev")).toInteger(), qint64(6));
            QCOMPARE(events[2].toObject().value(QStringLiteral("rev")).toInteger(), qint64(7));
            QCOMPARE(events[2]
                         .toObject()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("v"))
                         .toInt(),
                     4);
        }
        // Writes go on from the head as before.
        auto ack = alice->request(msg::put(QStringLiteral("Archive"), QStringLiteral("note"),
                                           QStringLiteral("a"), 7, {{QStringLiteral("v"), 5}}));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        QCOMPARE(ack->integer(QStringLiteral("rev")), qint64(8));
    }

    void putAckConflictDelete()
    {
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(bob);
        const QJsonObject v1{{QStringLiteral("name"), QStringLiteral("Growth")},
                             {QStringLiteral("currency"), QStringLiteral("USD")}};
        auto ack = bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), 0, v1));
        QVERIFY(ack);
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        const qint64 rev1 = ack->integer(QStringLiteral("rev"));
        QVERIFY(rev1 > 0);

        // Creating it again from base 0 is a conflict carrying the server's data.
        auto conflict = bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), 0,
                                              {{QStringLiteral("name"), QStringLiteral("Other")}}));
        QCOMPARE(conflict->type(), QStringLiteral("conflict"));
        QCOMPARE(conflict->integer(QStringLiteral("server_rev")), rev1);
        QCOMPARE(conflict->obj(QStringLiteral("data")), v1);
        QVERIFY(!conflict->boolean(QStringLiteral("deleted")));

        // An update on the current revision is acknowledged with the next one.
        const QJsonObject v2{{QStringLiteral("name"), QStringLiteral("Growth II")}};
        auto ack2 =
            bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), rev1, v2));
        QCOMPARE(ack2->type(), QStringLiteral("ack"));
        const qint64 rev2 = ack2->integer(QStringLiteral("rev"));
        QVERIFY(rev2 > rev1);
        // The stale base is refused, nothing is lost.
        auto stale =
            bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), rev1, v1));
        QCOMPARE(stale->type(), QStringLiteral("conflict"));
        QCOMPARE(stale->obj(QStringLiteral("data")), v2);

        // Delete on a stale base conflicts; on the current one it is acked.
        QCOMPARE(
            bob->request(msg::remove(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), rev1))->type(),
            QStringLiteral("conflict"));
        auto deleted =
            bob->request(msg::remove(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), rev2));
        QCOMPARE(deleted->type(), QStringLiteral("ack"));
        const qint64 rev3 = deleted->integer(QStringLiteral("rev"));
        auto again =
            bob->request(msg::remove(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), rev3));
        QCOMPARE(errorCode(again), QStringLiteral("not_found"));
        QCOMPARE(again->str(QStringLiteral("field")), QStringLiteral("entity_id"));
        QCOMPARE(
            errorCode(bob->request(msg::remove(kWs, QStringLiteral("note"), QStringLiteral("never"), 0))),
            QStringLiteral("not_found"));
        // A put on the tombstone's revision brings it back; one on 0 conflicts and says it is deleted.
        auto onZero = bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), 0, v1));
        QCOMPARE(onZero->type(), QStringLiteral("conflict"));
        QVERIFY(onZero->boolean(QStringLiteral("deleted")));
        QVERIFY(onZero->value(QStringLiteral("data")).isNull());
        QCOMPARE(bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-1"), rev3, v1))
                     ->type(),
                 QStringLiteral("ack"));

        // The log holds every revision in order with who and what.
        auto batch = bob->request(msg::sync(kWs, rev1 - 1));
        QCOMPARE(batch->type(), QStringLiteral("sync.batch"));
        const QJsonArray events = batch->arr(QStringLiteral("events"));
        QCOMPARE(events.size(), 4);
        qint64 last = rev1 - 1;
        for (const QJsonValue &e : events) {
            QVERIFY(e.toObject().value(QStringLiteral("rev")).toInteger() > last);
            last = e.toObject().value(QStringLiteral("rev")).toInteger();
            QCOMPARE(e.toObject().value(QStringLiteral("by")).toString(), QStringLiteral("bob"));
        }
        QVERIFY(events[2].toObject().value(QStringLiteral("deleted")).toBool());
        QCOMPARE(batch->integer(QStringLiteral("rev")), last);
        QVERIFY(bob->invalidFrames().isEmpty());
    }

    // A put whose ack was lost (the client was killed, the line dropped) is
    // sent again after the restart, on the base it had or on the revision its
    // own echo brought back. Either way the data is already the server's: it
    // is acknowledged at the current revision, and neither a conflict nor a
    // second revision of the same data is made.
    void aPutOfTheCurrentDataIsAcknowledgedAtItsRevision()
    {
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(bob);
        const QJsonObject data{{QStringLiteral("name"), QStringLiteral("Resent")}, {QStringLiteral("n"), 3}};
        auto first =
            bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-resent"), 0, data));
        QCOMPARE(first->type(), QStringLiteral("ack"));
        const qint64 rev = first->integer(QStringLiteral("rev"));

        auto onOldBase =
            bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-resent"), 0, data));
        QCOMPARE(onOldBase->type(), QStringLiteral("ack"));
        QCOMPARE(onOldBase->integer(QStringLiteral("rev")), rev);
        auto onEcho =
            bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-resent"), rev, data));
        QCOMPARE(onEcho->type(), QStringLiteral("ack"));
        QCOMPARE(onEcho->integer(QStringLiteral("rev")), rev);

        // Different data on the old base is still a conflict.
        QJsonObject other = data;
        other.insert(QStringLiteral("n"), 4);
        auto conflict =
            bob->request(msg::put(kWs, QStringLiteral("portfolio"), QStringLiteral("pf-resent"), 0, other));
        QCOMPARE(conflict->type(), QStringLiteral("conflict"));

        auto batch = bob->request(msg::sync(kWs, rev - 1));
        int events = 0;
        for (const QJsonValue &e : batch->arr(QStringLiteral("events")))
            events +=
                e.toObject().value(QStringLiteral("entity_id")).toString() == QStringLiteral("pf-resent");
        QCOMPARE(events, 1);
        QCOMPARE(batch->integer(QStringLiteral("rev")), rev);
    }

    // Puts that arrive together share one transaction (group commit); each
    // still gets its own answer, refused ones take no revision, revisions
    // stay gap-free, and a request sent after the puts is answered after them.
    void groupCommitKeepsEveryAnswerAndOrder()
    {
        auto alice = loggedIn(QStringLiteral("alice"));
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(alice->request(msg::subscribe(kWs))->type(), QStringLiteral("subscribed"));
        const qint64 writesBefore = m_server->stats().commitWrites;
        const qint64 batchesBefore = m_server->stats().commitBatches;

        QStringList refs;
        QString duplicateRef;
        for (int i = 0; i < 20; ++i) {
            const Frame put = msg::put(kWs, QStringLiteral("note"), QStringLiteral("gc-%1").arg(i), 0,
                                       {{QStringLiteral("i"), i}});
            refs << put.id();
            bob->send(put);
            if (i == 5) { // the same entity from base 0 again: a conflict inside the batch
                const Frame again = msg::put(kWs, QStringLiteral("note"), QStringLiteral("gc-5"), 0,
                                             {{QStringLiteral("i"), -1}});
                duplicateRef = again.id();
                refs << again.id();
                bob->send(again);
            }
        }
        const Frame syncAfter = msg::sync(kWs, 0);
        refs << syncAfter.id();
        bob->send(syncAfter);

        QList<Frame> replies;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < bob->queue().size();) {
                    if (refs.contains(bob->queue()[i].str(QStringLiteral("ref"))))
                        replies.append(bob->queue().takeAt(i));
                    else
                        ++i;
                }
                return replies.size() == refs.size();
            },
            20000));
        // Answers come in request order.
        for (qsizetype i = 0; i < refs.size(); ++i)
            QCOMPARE(replies[i].str(QStringLiteral("ref")), refs[i]);

        QList<qint64> revs;
        qint64 gc5Rev = 0;
        for (const Frame &f : replies) {
            if (f.str(QStringLiteral("ref")) == duplicateRef) {
                QCOMPARE(f.type(), QStringLiteral("conflict"));
                QCOMPARE(f.integer(QStringLiteral("server_rev")), gc5Rev);
                QCOMPARE(f.obj(QStringLiteral("data")).value(QStringLiteral("i")).toInt(), 5);
            } else if (f.type() == QLatin1String("ack")) {
                revs << f.integer(QStringLiteral("rev"));
                if (f.str(QStringLiteral("entity_id")) == QLatin1String("gc-5"))
                    gc5Rev = f.integer(QStringLiteral("rev"));
            }
        }
        QCOMPARE(revs.size(), 20);
        for (qsizetype i = 1; i < revs.size(); ++i)
            QCOMPARE(revs[i], revs[i - 1] + 1); // gap-free: the conflict took none

        // The sync sent after the puts already sees all of them.
        const Frame &batch = replies.back();
        QCOMPARE(batch.type(), QStringLiteral("sync.batch"));
        QCOMPARE(batch.integer(QStringLiteral("rev")), revs.back());

        // The subscriber gets each applied change once, in revision order.
        QList<qint64> seen;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (auto e = alice->waitFor(QStringLiteral("event"), 0))
                    if (e->str(QStringLiteral("entity_id")).startsWith(QLatin1String("gc-")))
                        seen << e->integer(QStringLiteral("rev"));
                return seen.size() >= 20;
            },
            20000));
        QCOMPARE(seen, revs);

        const qint64 writes = m_server->stats().commitWrites - writesBefore;
        const qint64 batches = m_server->stats().commitBatches - batchesBefore;
        QCOMPARE(writes, 21);
        QVERIFY(batches >= 1 && batches <= 21);
        qInfo("21 writes committed in %lld transaction(s)", static_cast<long long>(batches));
        QVERIFY(alice->invalidFrames().isEmpty() && bob->invalidFrames().isEmpty());
    }

    // A write the database itself refuses (here a trigger; in life a
    // constraint or a value it cannot store) rolls back its group commit's
    // transaction. The server then commits that batch's writes one by one:
    // the bad write is answered with an error and the others are applied,
    // acknowledged with gap-free revisions and fanned out.
    void aWriteTheDatabaseRefusesFailsAloneInItsBatch()
    {
        auto conn = m_db->connection();
        REQUIRE_OK(conn);
        QSqlQuery q(*conn);
        const QStringList install =
            m_postgres
                ? QStringList{QStringLiteral(
                                  "CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS"
                                  " $$ BEGIN IF NEW.entity_id LIKE 'poison%' THEN"
                                  " RAISE EXCEPTION 'poisoned for the test'; END IF;"
                                  " RETURN NEW; END $$"),
                              QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON entities"
                                             " FOR EACH ROW EXECUTE FUNCTION refuse_poison()")}
                : QStringList{QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON entities"
                                             " WHEN NEW.entity_id LIKE 'poison%'"
                                             " BEGIN SELECT RAISE(ABORT, 'poisoned for the test'); END")};
        for (const QString &statement : install)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        auto removeTrigger = qScopeGuard([&] {
            QSqlQuery drop(*conn);
            drop.exec(QStringLiteral("DROP TRIGGER refuse_poison") +
                      (m_postgres ? QStringLiteral(" ON entities") : QString()));
            if (m_postgres)
                drop.exec(QStringLiteral("DROP FUNCTION refuse_poison()"));
        });

        auto alice = loggedIn(QStringLiteral("alice"));
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(alice->request(msg::subscribe(kWs))->type(), QStringLiteral("subscribed"));

        // Whether frames share a batch is up to the network: repeat until one
        // round's writes were committed together before the retry (the
        // commit counter then counts them twice).
        bool sharedABatch = false;
        for (int round = 0; round < 5 && !sharedABatch; ++round) {
            const qint64 writesBefore = m_server->stats().commitWrites;
            QStringList refs;
            QSet<QString> poisoned;
            for (int i = 0; i < 10; ++i) {
                const bool poison = i == 3 || i == 7;
                const QString id = QStringLiteral("%1-%2-%3")
                                       .arg(poison ? QStringLiteral("poison") : QStringLiteral("good"))
                                       .arg(round)
                                       .arg(i);
                const Frame put = msg::put(kWs, QStringLiteral("note"), id, 0, {{QStringLiteral("i"), i}});
                refs << put.id();
                if (poison)
                    poisoned.insert(put.id());
                bob->send(put);
            }
            QList<Frame> replies;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    for (qsizetype i = 0; i < bob->queue().size();) {
                        if (refs.contains(bob->queue()[i].str(QStringLiteral("ref"))))
                            replies.append(bob->queue().takeAt(i));
                        else
                            ++i;
                    }
                    return replies.size() == refs.size();
                },
                20000));
            QList<qint64> revs;
            for (qsizetype i = 0; i < replies.size(); ++i) {
                const Frame &f = replies[i];
                QCOMPARE(f.str(QStringLiteral("ref")), refs[i]); // in request order
                if (poisoned.contains(f.str(QStringLiteral("ref")))) {
                    QCOMPARE(errorCode(f), QStringLiteral("internal"));
                    QVERIFY2(f.str(QStringLiteral("message")).contains(QLatin1String("poison-")),
                             qPrintable(f.str(QStringLiteral("message"))));
                } else {
                    QCOMPARE(f.type(), QStringLiteral("ack"));
                    revs << f.integer(QStringLiteral("rev"));
                }
            }
            QCOMPARE(revs.size(), 8);
            for (qsizetype i = 1; i < revs.size(); ++i)
                QCOMPARE(revs[i], revs[i - 1] + 1); // the refused writes took no revision

            // The subscriber gets the eight applied writes, nothing of the refused ones.
            QList<qint64> seen;
            QStringList refusedButSeen;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    while (auto e = alice->waitFor(QStringLiteral("event"), 0)) {
                        const QString id = e->str(QStringLiteral("entity_id"));
                        if (id.startsWith(QLatin1String("poison")))
                            refusedButSeen << id;
                        if (id.startsWith(QStringLiteral("good-%1-").arg(round)))
                            seen << e->integer(QStringLiteral("rev"));
                    }
                    return seen.size() >= 8;
                },
                20000));
            QCOMPARE(seen, revs);
            QVERIFY2(refusedButSeen.isEmpty(), qPrintable(refusedButSeen.join(QLatin1Char(' '))));
            // The log holds them too, and the database still answers.
            auto batch = bob->request(msg::sync(kWs, revs.front() - 1));
            QCOMPARE(batch->type(), QStringLiteral("sync.batch"));
            QCOMPARE(batch->arr(QStringLiteral("events")).size(), 8);

            const qint64 writes = m_server->stats().commitWrites - writesBefore;
            sharedABatch = writes > 10;
            qInfo("round %d: 10 writes took %lld commit attempts", round, static_cast<long long>(writes));
        }
        QVERIFY2(sharedABatch, "no round put a refused write in a batch with others");
        QVERIFY(bob->connected());
        QVERIFY(alice->invalidFrames().isEmpty() && bob->invalidFrames().isEmpty());
    }

    // One batch may change an entity several times: each write is checked
    // against the state the earlier ones left, every applied write gets its
    // own revision and event, and the entity row ends at the last one (it is
    // written once per batch, so PostgreSQL's one-row-per-upsert rule holds).
    void aBatchChainsWritesToOneEntity()
    {
        ServerWorkspaces workspaces(*m_db);
        auto ws = workspaces.find(kWs);
        REQUIRE_OK(ws);
        EventLog log(*m_db);
        auto head = log.headRev(ws->id);
        REQUIRE_OK(head);
        const qint64 h = *head;
        const QJsonObject a{{QStringLiteral("v"), QStringLiteral("a")}};
        const QJsonObject b{{QStringLiteral("v"), QStringLiteral("b")}};
        const qint64 at = nowMs();
        auto write = [&](const QString &id, qint64 base, std::optional<QJsonObject> data) {
            return WriteRequest{
                ws->id, QStringLiteral("note"), id, base, std::move(data), QStringLiteral("alice"), at, 0,
                {}};
        };
        auto outcomes = log.writeBatch(
            {write(QStringLiteral("chain-x"), 0, a), write(QStringLiteral("chain-x"), h + 1, b),
             write(QStringLiteral("chain-x"), h + 1, a), // stale: conflict with b
             write(QStringLiteral("chain-x"), h + 2, std::nullopt), write(QStringLiteral("chain-y"), 0, b),
             write(QStringLiteral("chain-y"), h + 4, b)}); // same data: unchanged
        REQUIRE_OK(outcomes);
        QCOMPARE(outcomes->size(), 6);
        using K = WriteOutcome::Kind;
        QCOMPARE((*outcomes)[0].kind, K::Applied);
        QCOMPARE((*outcomes)[0].rev, h + 1);
        QCOMPARE((*outcomes)[1].kind, K::Applied);
        QCOMPARE((*outcomes)[1].rev, h + 2);
        QCOMPARE((*outcomes)[2].kind, K::Conflict);
        QCOMPARE((*outcomes)[2].rev, h + 2);
        QCOMPARE((*outcomes)[2].serverData, b);
        QCOMPARE((*outcomes)[3].kind, K::Applied);
        QCOMPARE((*outcomes)[3].rev, h + 3);
        QCOMPARE((*outcomes)[4].kind, K::Applied);
        QCOMPARE((*outcomes)[4].rev, h + 4);
        QCOMPARE((*outcomes)[5].kind, K::Unchanged);
        QCOMPARE((*outcomes)[5].rev, h + 4);
        auto newHead = log.headRev(ws->id);
        REQUIRE_OK(newHead);
        QCOMPARE(*newHead, h + 4);

        auto page = log.since(ws->id, kWs, h, 100);
        REQUIRE_OK(page);
        QCOMPARE(page->events.size(), 4);
        QCOMPARE(page->events[0].data, a);
        QCOMPARE(page->events[1].data, b);
        QVERIFY(page->events[2].deleted);
        QCOMPARE(page->events[3].entityId, QStringLiteral("chain-y"));
        // The entity rows hold the final states: x deleted at h+3, so a put
        // on that tombstone's revision brings it back, and one on 0 conflicts.
        auto again = log.writeBatch(
            {write(QStringLiteral("chain-x"), 0, a), write(QStringLiteral("chain-x"), h + 3, a)});
        REQUIRE_OK(again);
        QCOMPARE((*again)[0].kind, K::Conflict);
        QVERIFY((*again)[0].serverDeleted);
        QCOMPARE((*again)[1].kind, K::Applied);
        QCOMPARE((*again)[1].rev, h + 5);
    }

    // Acks go out only after their transaction commits: a server shut down
    // with hundreds of puts in flight, then started again on the same
    // database, holds every put it acknowledged, with the acknowledged
    // revision and data. Puts it never answered may or may not be there.
    void everyAcknowledgedPutSurvivesARestart()
    {
        auto writer = loggedIn(QStringLiteral("erin"));
        QVERIFY(writer);
        const int total = 400;
        QHash<QString, int> indexOfRef;
        for (int i = 0; i < total; ++i) {
            const Frame put = msg::put(kWs, QStringLiteral("note"), QStringLiteral("inflight-%1").arg(i), 0,
                                       {{QStringLiteral("i"), i}});
            indexOfRef.insert(put.id(), i);
            writer->send(put);
        }
        std::map<int, qint64> acked; // put index -> acknowledged revision
        auto collect = [&] {
            for (qsizetype i = 0; i < writer->queue().size();) {
                const Frame &f = writer->queue()[i];
                auto it = indexOfRef.constFind(f.str(QStringLiteral("ref")));
                if (it != indexOfRef.constEnd() && f.type() == QLatin1String("ack")) {
                    acked[it.value()] = f.integer(QStringLiteral("rev"));
                    writer->queue().removeAt(i);
                } else {
                    ++i;
                }
            }
        };
        // Stop the server in the middle of the stream.
        QVERIFY(QTest::qWaitFor(
            [&] {
                collect();
                return acked.size() >= 20;
            },
            20000));
        const quint16 port = m_server->port();
        m_server->shutdown();
        QVERIFY(writer->waitClosed());
        collect();
        m_server.reset();
        qInfo("%zu of %d puts acknowledged before the shutdown", acked.size(), total);
        QVERIFY(!acked.empty());

        ServerConfig again = config();
        again.port = port;
        m_server = startServer(again);
        QVERIFY(m_server);
        auto reader = loggedIn(QStringLiteral("alice"));
        QVERIFY(reader);
        std::map<int, std::pair<qint64, int>> stored; // put index -> revision, data
        qint64 since = 0;
        for (bool more = true; more;) {
            auto page = reader->request(msg::sync(kWs, since));
            QVERIFY(page && page->type() == QLatin1String("sync.batch"));
            for (const QJsonValue &v : page->arr(QStringLiteral("events"))) {
                const QJsonObject e = v.toObject();
                since = e.value(QStringLiteral("rev")).toInteger();
                const QString id = e.value(QStringLiteral("entity_id")).toString();
                if (id.startsWith(QLatin1String("inflight-")))
                    stored[id.mid(9).toInt()] = {
                        since,
                        e.value(QStringLiteral("data")).toObject().value(QStringLiteral("i")).toInt(-1)};
            }
            more = page->boolean(QStringLiteral("more"));
        }
        for (const auto &[index, rev] : acked) {
            auto it = stored.find(index);
            QVERIFY2(it != stored.end(), qPrintable(QStringLiteral("acked put %1 is lost").arg(index)));
            QCOMPARE(it->second.first, rev);
            QCOMPARE(it->second.second, index);
        }
    }

    // Every reply carries the correlation id of its request ("cid"), fresh
    // per request and prefixed by this instance's tag.
    void repliesCarryACorrelationId()
    {
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(bob);
        auto ack = bob->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("cid-1"), 0, {}));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        const QString first = ack->str(QStringLiteral("cid"));
        const Frame broken(QStringLiteral("put"), QStringLiteral("cid-bad"),
                           {{QStringLiteral("v"), 1},
                            {QStringLiteral("id"), QStringLiteral("cid-bad")},
                            {QStringLiteral("type"), QStringLiteral("put")}});
        bob->sendText(QString::fromUtf8(broken.encode()));
        auto refused = bob->waitFor(QStringLiteral("error"));
        QVERIFY(refused);
        QCOMPARE(refused->str(QStringLiteral("ref")), QStringLiteral("cid-bad"));
        const QString second = refused->str(QStringLiteral("cid"));
        const QString pong = bob->request(msg::ping())->str(QStringLiteral("cid"));
        QVERIFY2(first.contains(QLatin1Char('-')), qPrintable(first));
        QVERIFY(!second.isEmpty() && !pong.isEmpty());
        QVERIFY(first != second && second != pong && first != pong);
        QCOMPARE(first.section(QLatin1Char('-'), 0, 0), pong.section(QLatin1Char('-'), 0, 0));
        QVERIFY(bob->invalidFrames().isEmpty());
    }

    void fanOutPresenceAndChat()
    {
        auto alice = loggedIn(QStringLiteral("alice"));
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        auto subA = alice->request(msg::subscribe(kWs));
        QCOMPARE(subA->type(), QStringLiteral("subscribed"));
        QCOMPARE(subA->str(QStringLiteral("role")), QStringLiteral("admin"));
        QCOMPARE(bob->request(msg::subscribe(kWs))->type(), QStringLiteral("subscribed"));

        // Presence names both once bob has joined.
        bool both = false;
        (void)QTest::qWaitFor(
            [&] {
                while (auto p = alice->waitFor(QStringLiteral("presence"), 0)) {
                    QStringList users;
                    for (const QJsonValue &u : p->arr(QStringLiteral("users")))
                        users << u.toObject().value(QStringLiteral("user")).toString();
                    both = users.contains(QStringLiteral("alice")) && users.contains(QStringLiteral("bob"));
                }
                return both;
            },
            10000);
        QVERIFY(both);

        // bob writes; alice's socket receives the event.
        const ServerStats before = m_server->stats();
        const QJsonObject data{
            {QStringLiteral("symbols"), QJsonArray{QStringLiteral("AAPL"), QStringLiteral("MSFT")}}};
        auto ack = bob->request(msg::put(kWs, QStringLiteral("watchlist"), QStringLiteral("wl-7"), 0, data));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        auto event = alice->waitFor(QStringLiteral("event"));
        QVERIFY(event);
        QCOMPARE(event->str(QStringLiteral("entity_id")), QStringLiteral("wl-7"));
        QCOMPARE(event->integer(QStringLiteral("rev")), ack->integer(QStringLiteral("rev")));
        QCOMPARE(event->obj(QStringLiteral("data")), data);
        QCOMPARE(event->str(QStringLiteral("by")), QStringLiteral("bob"));
        // One event, written to both subscribers (the writer is one), with
        // the server thread's CPU time counted apart from the wall time.
        QCOMPARE(m_server->stats().fanoutEvents - before.fanoutEvents, 1);
        QCOMPARE(m_server->stats().fanoutDeliveries - before.fanoutDeliveries, 2);
        QVERIFY(m_server->stats().fanoutCpuSeconds > before.fanoutCpuSeconds);
        QVERIFY(m_server->stats().fanoutSeconds > before.fanoutSeconds);

        // Chat goes to every subscriber, the sender included.
        auto chatAck =
            alice->request(msg::chatSend(kWs, QStringLiteral("general"), QStringLiteral("Looks good")));
        QCOMPARE(chatAck->type(), QStringLiteral("ack"));
        for (test::TestClient *c : {alice.get(), bob.get()}) {
            auto line = c->waitFor(QStringLiteral("chat.message"));
            QVERIFY(line);
            QCOMPARE(line->str(QStringLiteral("text")), QStringLiteral("Looks good"));
            QCOMPARE(line->str(QStringLiteral("by")), QStringLiteral("alice"));
            QCOMPARE(line->str(QStringLiteral("room")), QStringLiteral("general"));
        }

        // bob leaves; alice sees presence without him.
        QCOMPARE(bob->request(msg::unsubscribe(kWs))->type(), QStringLiteral("unsubscribed"));
        bool alone = false;
        (void)QTest::qWaitFor(
            [&] {
                while (auto p = alice->waitFor(QStringLiteral("presence"), 0))
                    alone = p->arr(QStringLiteral("users")).size() == 1;
                return alone;
            },
            10000);
        QVERIFY(alone);
        QCOMPARE(errorCode(bob->request(msg::unsubscribe(kWs))), QStringLiteral("not_subscribed"));

        // Catch-up: sync from 0 holds the watchlist and the chat line.
        auto batch = bob->request(msg::sync(kWs, 0));
        bool sawWatchlist = false, sawChat = false;
        for (const QJsonValue &e : batch->arr(QStringLiteral("events"))) {
            sawWatchlist = sawWatchlist || e.toObject().value(QStringLiteral("entity_id")).toString() ==
                                               QLatin1String("wl-7");
            sawChat =
                sawChat || e.toObject().value(QStringLiteral("entity")).toString() == QLatin1String("chat");
        }
        QVERIFY(sawWatchlist && sawChat);
        QVERIFY(alice->invalidFrames().isEmpty() && bob->invalidFrames().isEmpty());
    }

    // A burst of clients (all of them reconnecting after a restart) is
    // queued by the kernel until the event loop accepts it. Qt's default
    // backlog of 50 made the kernel drop the SYNs beyond it (retried after
    // 1 s, 3 s, ...). The event loop does not run here, so nothing is
    // accepted while the connections are made.
    void aConnectionBurstFitsTheListenBacklog()
    {
        constexpr int kBurst = 300;
        std::vector<int> fds;
        auto closeAll = [&fds] {
            for (const int fd : fds)
                ::close(fd);
        };
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(m_server->port());
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (int i = 0; i < kBurst; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            fds.push_back(fd);
            const int r = ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
            QVERIFY2(r == 0 || errno == EINPROGRESS, strerror(errno));
        }
        // Connected means writable with no socket error; give dropped SYNs
        // one retransmit (1 s) so the count below is not a race.
        auto connected = [&fds] {
            std::vector<pollfd> p;
            for (const int fd : fds)
                p.push_back({fd, POLLOUT, 0});
            ::poll(p.data(), p.size(), 0);
            int n = 0;
            for (const pollfd &e : p) {
                int err = 0;
                socklen_t len = sizeof err;
                if ((e.revents & POLLOUT) && ::getsockopt(e.fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 &&
                    err == 0)
                    ++n;
            }
            return n;
        };
        QElapsedTimer waited;
        waited.start();
        int n = connected();
        while (n < kBurst && waited.elapsed() < 1500) {
            ::usleep(20000);
            n = connected();
        }
        closeAll();
        QCOMPARE(n, kBurst);
    }

    void badFramesGetNamedErrorsAndTheConnectionSurvives()
    {
        auto c = loggedIn(QStringLiteral("bob"));
        QVERIFY(c);
        struct Case
        {
            QString text;
            QString code;
            QString field;
        };
        const QList<Case> cases = {
            {QStringLiteral("{\"v\":1,\"id\":\"t1\",\"type\":\"put\""), QStringLiteral("bad_frame"),
             QString()},
            {QStringLiteral("not json at all"), QStringLiteral("bad_frame"), QString()},
            {QStringLiteral("[]"), QStringLiteral("bad_frame"), QString()},
            {QStringLiteral("{\"v\":1,\"id\":\"t2\",\"type\":\"teleport\"}"), QStringLiteral("unknown_type"),
             QStringLiteral("type")},
            {QStringLiteral(
                 "{\"v\":1,\"id\":\"t3\",\"type\":\"event\",\"workspace\":\"Research\",\"entity\":\"note\","
                 "\"entity_id\":\"n\",\"rev\":1,\"data\":null,\"deleted\":false,\"by\":\"bob\",\"at\":1}"),
             QStringLiteral("unknown_type"), QStringLiteral("type")},
            {QStringLiteral(
                 "{\"v\":1,\"id\":\"t4\",\"type\":\"put\",\"workspace\":\"Research\",\"entity\":\"note\","
                 "\"entity_id\":\"n\",\"base_rev\":\"zero\",\"data\":{}}"),
             QStringLiteral("bad_field"), QStringLiteral("base_rev")},
            {QStringLiteral(
                 "{\"v\":1,\"id\":\"t5\",\"type\":\"put\",\"workspace\":\"Research\",\"entity\":\"rocket\","
                 "\"entity_id\":\"n\",\"base_rev\":0,\"data\":{}}"),
             QStringLiteral("bad_field"), QStringLiteral("entity")},
            {QStringLiteral(
                 "{\"v\":1,\"id\":\"t6\",\"type\":\"put\",\"workspace\":\"Research\",\"entity\":\"note\","
                 "\"entity_id\":\"n\",\"base_rev\":0,\"data\":[1]}"),
             QStringLiteral("bad_field"), QStringLiteral("data")},
            {QStringLiteral("{\"v\":1,\"type\":\"ping\"}"), QStringLiteral("bad_field"),
             QStringLiteral("id")},
            {QStringLiteral("{\"v\":1,\"id\":\"t7\",\"type\":\"sync\",\"workspace\":\"Research\"}"),
             QStringLiteral("bad_field"), QStringLiteral("since_rev")},
        };
        for (const Case &k : cases) {
            c->sendText(k.text);
            auto e = c->waitFor(QStringLiteral("error"));
            QVERIFY2(e, qPrintable(k.text));
            QCOMPARE(e->str(QStringLiteral("code")), k.code);
            QCOMPARE(e->str(QStringLiteral("field")), k.field);
            QVERIFY(!e->str(QStringLiteral("message")).isEmpty());
        }
        // Binary frames are refused by name.
        c->sendBinary(QByteArray("\x00\x01\x02", 3));
        auto binary = c->waitFor(QStringLiteral("error"));
        QCOMPARE(errorCode(binary), QStringLiteral("bad_frame"));
        QVERIFY(binary->str(QStringLiteral("message")).contains(QLatin1String("binary")));
        // Above the frame limit (64 KiB here) but below Qt's hard ceiling.
        auto big = msg::put(kWs, QStringLiteral("note"), QStringLiteral("big"), 0,
                            {{QStringLiteral("text"), QString(100 * 1024, QLatin1Char('x'))}});
        c->send(big);
        auto tooLarge = c->waitFor(QStringLiteral("error"));
        QCOMPARE(errorCode(tooLarge), QStringLiteral("too_large"));
        // Still connected and served.
        QVERIFY(c->connected());
        QCOMPARE(c->request(msg::ping())->type(), QStringLiteral("pong"));
        QVERIFY(c->invalidFrames().isEmpty());
    }

    void aFloodingClientIsCutOff()
    {
        ServerConfig tight = config();
        tight.messageBurst = 40;
        tight.messagesPerSecond = 0.01; // no refill within the test
        auto server = startServer(tight);
        QVERIFY(server);
        auto c = std::make_unique<test::TestClient>(m_cert.clientSsl());
        QVERIFY(c->open(url(*server)));
        auto quiet = std::make_unique<test::TestClient>(m_cert.clientSsl());
        QVERIFY(quiet->open(url(*server)));
        for (int i = 0; i < 200; ++i)
            c->send(msg::ping());
        QVERIFY(c->waitClosed());
        QCOMPARE(c->closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        // The 40 frames of the burst were answered (hello_required: no hello
        // was sent), then one rate_limited error, then the close.
        QCOMPARE(c->queue().size(), 41);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(errorCode(c->queue()[i]), QStringLiteral("hello_required"));
        QCOMPARE(errorCode(c->queue().back()), QStringLiteral("rate_limited"));
        QVERIFY(
            c->queue().back().str(QStringLiteral("message")).contains(QLatin1String("connection is closed")));
        QCOMPARE(server->stats().floodsCut, 1);
        // Another connection is unaffected.
        QCOMPARE(quiet->request(msg::hello({1}, {}))->type(), QStringLiteral("welcome"));
    }

    // A server restart with clients connected: they are told (1001), come back
    // to the new process with their token, and catch up; nothing acknowledged
    // before the restart is lost.
    void restartWithClientsConnected()
    {
        auto writer = loggedIn(QStringLiteral("bob"));
        auto reader = loggedIn(QStringLiteral("alice"));
        QVERIFY(writer && reader);
        QCOMPARE(reader->request(msg::subscribe(kWs))->type(), QStringLiteral("subscribed"));
        const qint64 seen = reader->request(msg::sync(kWs, 0))->integer(QStringLiteral("rev"));
        QList<qint64> acked;
        for (int i = 0; i < 5; ++i) {
            auto ack =
                writer->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("restart-%1").arg(i), 0,
                                         {{QStringLiteral("i"), i}}));
            QCOMPARE(ack->type(), QStringLiteral("ack"));
            acked << ack->integer(QStringLiteral("rev"));
        }
        const quint16 port = m_server->port();
        m_server->shutdown();
        QVERIFY(writer->waitClosed());
        QVERIFY(reader->waitClosed());
        QCOMPARE(reader->closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
        m_server.reset();

        ServerConfig again = config();
        again.port = port;
        m_server = startServer(again);
        QVERIFY(m_server);
        auto back = std::make_unique<test::TestClient>(m_cert.clientSsl());
        QVERIFY(back->open(url(*m_server)));
        QVERIFY(back->request(msg::hello({1}, {})));
        QCOMPARE(back->request(msg::auth(reader->accessToken))->type(), QStringLiteral("authenticated"));
        auto batch = back->request(msg::sync(kWs, seen));
        QList<qint64> revs;
        for (const QJsonValue &e : batch->arr(QStringLiteral("events")))
            revs << e.toObject().value(QStringLiteral("rev")).toInteger();
        for (qint64 rev : acked)
            QVERIFY2(revs.contains(rev), qPrintable(QString::number(rev)));
    }

    // PostgreSQL only: the server's database connection is killed under it.
    // The request in flight fails with `unavailable`; the next one works on a
    // fresh connection, without restarting the server.
    // Login limits count per user and client address. Behind a trusted proxy
    // the address is the X-Forwarded-For client (the rightmost hop that is
    // not a trusted proxy, so a client cannot prepend a fake one); from any
    // other peer the header is ignored.
    void forwardedForIsBelievedOnlyFromTrustedProxies()
    {
        {
            ServerUsers users(*m_db);
            auto hash = sync::PasswordHash::hash(kPassword, {10, 8, 1});
            REQUIRE_OK(hash);
            REQUIRE_OK(users.add(QStringLiteral("frank"), *hash));
        }
        ServerConfig behindProxy = config();
        behindProxy.trustedProxies = {QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8"))};
        auto proxied = startServer(behindProxy);
        QVERIFY(proxied);

        auto from = [this](const SyncServer &server, const QByteArray &forwardedFor) {
            QNetworkRequest request(url(server));
            request.setRawHeader("X-Forwarded-For", forwardedFor);
            auto c = std::make_unique<test::TestClient>(m_cert.clientSsl());
            if (!c->open(request) || !c->request(msg::hello({1}, {})))
                return std::unique_ptr<test::TestClient>();
            return c;
        };
        const auto wrong = msg::login(QStringLiteral("frank"), QStringLiteral("wrong"));
        for (const SyncServer *server : {proxied.get(), m_server.get()}) {
            const bool trusted = server == proxied.get();
            auto a = from(*server, "203.0.113.7");
            QVERIFY(a);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(errorCode(a->request(msg::login(QStringLiteral("frank"), QStringLiteral("wrong")))),
                         QStringLiteral("auth_failed"));
            QCOMPARE(errorCode(a->request(wrong)), QStringLiteral("rate_limited"));
            // Another forwarded client: its own count behind the proxy; the
            // same (the TCP peer's) count when the peer is not trusted.
            auto b = from(*server, "198.51.100.9");
            QVERIFY(b);
            QCOMPARE(errorCode(b->request(wrong)),
                     trusted ? QStringLiteral("auth_failed") : QStringLiteral("rate_limited"));
            // A forged hop in front of the real one changes nothing.
            auto forged = from(*server, "198.51.100.9, 203.0.113.7");
            QVERIFY(forged);
            QCOMPARE(errorCode(forged->request(wrong)), QStringLiteral("rate_limited"));
            if (trusted)
                QCOMPARE(b->request(msg::login(QStringLiteral("frank"), kPassword))->type(),
                         QStringLiteral("token"));
        }
        proxied.reset();
    }

    void databaseGoesAwayAndComesBack()
    {
        if (!m_postgres)
            QSKIP("needs PostgreSQL (tst_server_postgres)");
        auto bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(bob);
        // Puts commit on the server's writer thread, whose connection opens
        // with its first batch: open it, so the kill below hits it.
        QCOMPARE(bob->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("db-up"), 0, {}))->type(),
                 QStringLiteral("ack"));
        auto killer = Database::open(test::postgresUrl());
        REQUIRE_OK(killer);
        QSqlQuery q(*(*killer)->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                  " WHERE datname = 'supernova_server_test' AND pid <> pg_backend_pid()")));
        QTest::qWait(200);
        auto failed = bob->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("db-down"), 0, {}));
        QCOMPARE(errorCode(failed), QStringLiteral("unavailable"));
        auto ok = bob->request(msg::put(kWs, QStringLiteral("note"), QStringLiteral("db-back"), 0, {}));
        QCOMPARE(ok->type(), QStringLiteral("ack"));
        QVERIFY(bob->connected());
    }
};

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
