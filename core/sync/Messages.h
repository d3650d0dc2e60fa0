#pragma once

#include "core/sync/Protocol.h"

// Builders for every protocol v1 message, so neither side spells field names
// by hand. Each returns a Frame with a fresh id; replies carry `ref`, the id of
// the request they answer. docs/protocol.md shows each one on the wire.
namespace sn::sync::msg {

// client -> server
Frame hello(const QList<int> &versions, const QString &client);
Frame login(const QString &user, const QString &password);
Frame auth(const QString &accessToken);
Frame refresh(const QString &refreshToken);
Frame logout(const QString &refreshToken = {});
Frame workspaces();
Frame subscribe(const QString &workspace);
Frame unsubscribe(const QString &workspace);
Frame sync(const QString &workspace, qint64 sinceRev);
Frame put(const QString &workspace, const QString &entity, const QString &entityId, qint64 baseRev,
          const QJsonObject &data);
Frame remove(const QString &workspace, const QString &entity, const QString &entityId, qint64 baseRev);
Frame chatSend(const QString &workspace, const QString &room, const QString &text);
// Who belongs to the workspace (answer: members.list); any member may ask.
Frame members(const QString &workspace);
Frame ping();

// One entry of the event log as the server sends it (event, sync.batch).
struct Event
{
    QString workspace;
    QString entity;
    QString entityId;
    qint64 rev = 0;
    QJsonObject data; // empty for a deletion
    bool deleted = false;
    QString by;
    qint64 at = 0; // UTC epoch ms

    QJsonObject toJson() const; // without workspace (sync.batch lists carry it once)
    static Event fromJson(const QString &workspace, const QJsonObject &object);
};

// server -> client
Frame welcome(int version, const QString &server, const Limits &limits);
Frame token(const QString &ref, const QString &user, const QString &accessToken, qint64 expiresAt,
            const QString &refreshToken, qint64 refreshExpiresAt);
Frame authenticated(const QString &ref, const QString &user, qint64 expiresAt);
Frame workspacesList(const QString &ref, const QJsonArray &workspaces);
Frame subscribed(const QString &ref, const QString &workspace, const QString &role, qint64 rev);
Frame unsubscribed(const QString &ref, const QString &workspace);
Frame syncBatch(const QString &ref, const QString &workspace, const QList<Event> &events, qint64 rev,
                bool more);
Frame ack(const QString &ref, const QString &workspace, const QString &entity, const QString &entityId,
          qint64 rev);
Frame conflict(const QString &ref, const QString &workspace, const QString &entity, const QString &entityId,
               qint64 serverRev, const QJsonObject &data, bool deleted);
// An entity change as `event`, a chat line (entity "chat") as `chat.message`.
Frame event(const Event &e);
Frame presence(const QString &workspace, const QJsonArray &users);
// Every member of the workspace with their role ([{user, role}]), online or not.
Frame membersList(const QString &ref, const QString &workspace, const QJsonArray &members);
Frame pong(const QString &ref);
Frame ok(const QString &ref);
Frame error(const QString &code, const QString &message, const QString &field = {}, const QString &ref = {});
Frame error(const ProtocolError &e);

} // namespace sn::sync::msg
