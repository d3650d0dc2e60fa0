#include "core/sync/Messages.h"
#include "core/sync/Protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace sn::sync;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject validPut()
{
    return msg::put(QStringLiteral("Research"), QStringLiteral("portfolio"), QStringLiteral("p-1"), 3,
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Growth")}})
        .object();
}

} // namespace

class TstProtocol : public QObject
{
    Q_OBJECT

private slots:
    // Every builder's frame survives encode -> decode unchanged and passes
    // validation, so both sides can trust what the other builds.
    void roundTripEveryMessage()
    {
        msg::Event e{QStringLiteral("Research"),
                     QStringLiteral("watchlist"),
                     QStringLiteral("w1"),
                     7,
                     QJsonObject{{QStringLiteral("symbols"), QJsonArray{QStringLiteral("AAPL")}}},
                     false,
                     QStringLiteral("alice"),
                     1700000000000};
        msg::Event chat{QStringLiteral("Research"),
                        QStringLiteral("chat"),
                        QStringLiteral("general"),
                        8,
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}},
                        false,
                        QStringLiteral("bob"),
                        1700000000001};
        msg::Event gone = e;
        gone.deleted = true;
        gone.rev = 9;
        const QList<Frame> frames = {
            msg::hello({1}, QStringLiteral("test")),
            msg::login(QStringLiteral("alice"), QStringLiteral("pw")),
            msg::auth(QStringLiteral("a.b.c")),
            msg::refresh(QStringLiteral("r")),
            msg::logout(),
            msg::logout(QStringLiteral("r")),
            msg::workspaces(),
            msg::subscribe(QStringLiteral("Research")),
            msg::unsubscribe(QStringLiteral("Research")),
            msg::sync(QStringLiteral("Research"), 0),
            msg::put(QStringLiteral("Research"), QStringLiteral("note"), QStringLiteral("n:1"), 0, {}),
            msg::remove(QStringLiteral("Research"), QStringLiteral("note"), QStringLiteral("n:1"), 4),
            msg::chatSend(QStringLiteral("Research"), QStringLiteral("general"), QStringLiteral("hello")),
            msg::ping(),
            msg::members(QStringLiteral("Research")),
            msg::welcome(1, QStringLiteral("supernova-server"), Limits{}),
            msg::token(QStringLiteral("r1"), QStringLiteral("alice"), QStringLiteral("x.y.z"), 1,
                       QStringLiteral("rt"), 2),
            msg::authenticated(QStringLiteral("r1"), QStringLiteral("alice"), 5),
            msg::workspacesList(QStringLiteral("r1"), QJsonArray{}),
            msg::subscribed(QStringLiteral("r1"), QStringLiteral("Research"), QStringLiteral("viewer"), 3),
            msg::unsubscribed(QStringLiteral("r1"), QStringLiteral("Research")),
            msg::syncBatch(QStringLiteral("r1"), QStringLiteral("Research"), {e, chat, gone}, 9, false),
            msg::ack(QStringLiteral("r1"), QStringLiteral("Research"), QStringLiteral("note"),
                     QStringLiteral("n"), 4),
            msg::conflict(QStringLiteral("r1"), QStringLiteral("Research"), QStringLiteral("note"),
                          QStringLiteral("n"), 4, QJsonObject{{QStringLiteral("a"), 1}}, false),
            msg::conflict(QStringLiteral("r1"), QStringLiteral("Research"), QStringLiteral("note"),
                          QStringLiteral("n"), 5, {}, true),
            msg::event(e),
            msg::event(gone),
            msg::event(chat),
            msg::presence(QStringLiteral("Research"), QJsonArray{}),
            msg::membersList(QStringLiteral("r1"), QStringLiteral("Research"),
                             QJsonArray{QJsonObject{{QStringLiteral("user"), QStringLiteral("carol")},
                                                    {QStringLiteral("role"), QStringLiteral("viewer")}}}),
            msg::pong(QStringLiteral("r1")),
            msg::ok(QStringLiteral("r1")),
            msg::error(QString::fromLatin1(code::BadField), QStringLiteral("bad"), QStringLiteral("base_rev"),
                       QStringLiteral("r1")),
        };
        QSet<QString> seen;
        for (const Frame &f : frames) {
            const DecodeResult r = decode(f.encode());
            QVERIFY2(r.ok(), qPrintable(f.type() + QStringLiteral(": ") + r.error.field +
                                        QStringLiteral(" ") + r.error.message));
            QCOMPARE(r.frame->type(), f.type());
            QCOMPARE(r.frame->id(), f.id());
            QCOMPARE(r.frame->object(), f.object());
            seen.insert(f.type());
        }
        // Every message type has a builder that round-trips.
        for (const QString &t : clientTypes() + serverTypes())
            QVERIFY2(seen.contains(t), qPrintable(t));

        const DecodeResult batch = decode(
            msg::syncBatch(QStringLiteral("r"), QStringLiteral("Research"), {e, gone}, 9, true).encode());
        QVERIFY(batch.ok());
        const msg::Event back = msg::Event::fromJson(
            QStringLiteral("Research"), batch.frame->arr(QStringLiteral("events"))[0].toObject());
        QCOMPARE(back.entityId, e.entityId);
        QCOMPARE(back.rev, e.rev);
        QCOMPARE(back.data, e.data);
        QCOMPARE(back.by, e.by);
        QCOMPARE(back.at, e.at);
        QVERIFY(
            batch.frame->arr(QStringLiteral("events"))[1].toObject().value(QStringLiteral("data")).isNull());
    }

    void frameLevelErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"v\":1,") << "bad_frame"
                                  << "";
        QTest::newRow("truncated") << QByteArray("{\"v\":1,\"id\":\"a\",\"type\":\"pi") << "bad_frame"
                                   << "";
        QTest::newRow("array") << QByteArray("[1,2]") << "bad_frame"
                               << "";
        QTest::newRow("string") << QByteArray("\"hello\"") << "bad_frame"
                                << "";
        QTest::newRow("empty") << QByteArray("") << "bad_frame"
                               << "";
        QTest::newRow("no v") << QByteArray("{\"id\":\"a\",\"type\":\"ping\"}") << "bad_field"
                              << "v";
        QTest::newRow("v string") << QByteArray("{\"v\":\"1\",\"id\":\"a\",\"type\":\"ping\"}") << "bad_field"
                                  << "v";
        QTest::newRow("v 2") << QByteArray("{\"v\":2,\"id\":\"a\",\"type\":\"ping\"}")
                             << "unsupported_version"
                             << "v";
        QTest::newRow("v 1.5") << QByteArray("{\"v\":1.5,\"id\":\"a\",\"type\":\"ping\"}") << "bad_field"
                               << "v";
        QTest::newRow("no id") << QByteArray("{\"v\":1,\"type\":\"ping\"}") << "bad_field"
                               << "id";
        QTest::newRow("id number") << QByteArray("{\"v\":1,\"id\":5,\"type\":\"ping\"}") << "bad_field"
                                   << "id";
        QTest::newRow("id empty") << QByteArray("{\"v\":1,\"id\":\"\",\"type\":\"ping\"}") << "bad_field"
                                  << "id";
        QTest::newRow("id spaces") << QByteArray("{\"v\":1,\"id\":\"a b\",\"type\":\"ping\"}") << "bad_field"
                                   << "id";
        QTest::newRow("id long") << (QByteArray("{\"v\":1,\"id\":\"") + QByteArray(65, 'a') +
                                     "\",\"type\":\"ping\"}")
                                 << "bad_field"
                                 << "id";
        QTest::newRow("no type") << QByteArray("{\"v\":1,\"id\":\"a\"}") << "bad_field"
                                 << "type";
        QTest::newRow("type number") << QByteArray("{\"v\":1,\"id\":\"a\",\"type\":3}") << "bad_field"
                                     << "type";
        QTest::newRow("unknown type")
            << QByteArray("{\"v\":1,\"id\":\"a\",\"type\":\"launch\"}") << "unknown_type"
            << "type";
    }
    void frameLevelErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const DecodeResult r = decode(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.field, field);
        QVERIFY(!r.error.message.isEmpty());
    }

    void oversizedFrame()
    {
        Limits limits;
        limits.maxFrameBytes = 100;
        QJsonObject o = validPut();
        o.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("x"), QString(200, QLatin1Char('a'))}});
        const DecodeResult r = decode(json(o), limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("too_large"));
        QVERIFY(r.error.message.contains(QLatin1String("limit is 100")));
    }

    // Each malformed field is named, and the frame id comes back as ref so
    // the client can pair the error with its request.
    void fieldErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
        QTest::newRow("workspace missing") << "workspace" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("workspace number") << "workspace" << QJsonValue(3);
        QTest::newRow("workspace empty") << "workspace" << QJsonValue(QString());
        QTest::newRow("workspace bad char") << "workspace" << QJsonValue(QStringLiteral("a/b"));
        QTest::newRow("workspace long") << "workspace" << QJsonValue(QString(65, QLatin1Char('w')));
        QTest::newRow("entity unknown") << "entity" << QJsonValue(QStringLiteral("rocket"));
        QTest::newRow("entity chat") << "entity" << QJsonValue(QStringLiteral("chat"));
        QTest::newRow("entity_id missing") << "entity_id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("entity_id slash") << "entity_id" << QJsonValue(QStringLiteral("../x"));
        QTest::newRow("base_rev missing") << "base_rev" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("base_rev negative") << "base_rev" << QJsonValue(-1);
        QTest::newRow("base_rev fraction") << "base_rev" << QJsonValue(1.5);
        QTest::newRow("base_rev string") << "base_rev" << QJsonValue(QStringLiteral("3"));
        QTest::newRow("base_rev huge") << "base_rev" << QJsonValue(1e300);
        QTest::newRow("base_rev null") << "base_rev" << QJsonValue(QJsonValue::Null);
        QTest::newRow("data array") << "data" << QJsonValue(QJsonArray{1});
        QTest::newRow("data null") << "data" << QJsonValue(QJsonValue::Null);
        QTest::newRow("data string") << "data" << QJsonValue(QStringLiteral("{}"));
    }
    void fieldErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = validPut();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        const DecodeResult r = decode(json(o));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("bad_field"));
        QCOMPARE(r.error.field, field);
        QCOMPARE(r.error.ref, o.value(QStringLiteral("id")).toString());
        QVERIFY(!r.error.message.isEmpty());
    }

    void otherTypesNameTheirFields()
    {
        struct Case
        {
            QJsonObject object;
            QString field;
        };
        QJsonObject hello = msg::hello({1}, QString()).object();
        QJsonObject helloEmpty = hello;
        helloEmpty.insert(QStringLiteral("versions"), QJsonArray{});
        QJsonObject helloBad = hello;
        helloBad.insert(QStringLiteral("versions"), QJsonArray{1, QStringLiteral("2")});
        QJsonObject login = msg::login(QStringLiteral("alice"), QStringLiteral("x")).object();
        login.insert(QStringLiteral("password"), QString());
        QJsonObject loginUser = msg::login(QStringLiteral(" alice"), QStringLiteral("x")).object();
        QJsonObject chat =
            msg::chatSend(QStringLiteral("W"), QStringLiteral("general"), QStringLiteral("   ")).object();
        QJsonObject chatLong =
            msg::chatSend(QStringLiteral("W"), QStringLiteral("general"), QString(4001, QLatin1Char('x')))
                .object();
        QJsonObject sync = msg::sync(QStringLiteral("W"), 1).object();
        sync.remove(QStringLiteral("since_rev"));
        QJsonObject batch = msg::syncBatch(QStringLiteral("r"), QStringLiteral("W"), {}, 1, false).object();
        batch.insert(QStringLiteral("events"),
                     QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("note")},
                                            {QStringLiteral("entity_id"), QStringLiteral("n")},
                                            {QStringLiteral("rev"), -4}}});
        const QList<Case> cases = {
            {helloEmpty, QStringLiteral("versions")}, {helloBad, QStringLiteral("versions[1]")},
            {login, QStringLiteral("password")},      {loginUser, QStringLiteral("user")},
            {chat, QStringLiteral("text")},           {chatLong, QStringLiteral("text")},
            {sync, QStringLiteral("since_rev")},      {batch, QStringLiteral("events[0].rev")},
        };
        for (const Case &c : cases) {
            const DecodeResult r = decode(json(c.object));
            QVERIFY2(!r.ok(), qPrintable(c.field));
            QCOMPARE(r.error.field, c.field);
        }
    }

    void extraFieldsAreIgnored()
    {
        QJsonObject o = validPut();
        o.insert(QStringLiteral("future_option"), true);
        QVERIFY(decode(json(o)).ok());
    }
};

QTEST_APPLESS_MAIN(TstProtocol)
#include "tst_protocol.moc"
