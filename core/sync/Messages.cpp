#include "core/sync/Messages.h"

namespace sn::sync::msg {

namespace {
Frame make(const char *type, QJsonObject fields)
{
    return Frame(QString::fromLatin1(type), newId(), std::move(fields));
}
QJsonValue dataOrNull(const QJsonObject &data, bool deleted)
{
    return deleted ? QJsonValue(QJsonValue::Null) : QJsonValue(data);
}
} // namespace

Frame hello(const QList<int> &versions, const QString &client)
{
    QJsonArray list;
    for (int v : versions)
        list.append(v);
    return make("hello", {{QStringLiteral("versions"), list}, {QStringLiteral("client"), client}});
}

Frame login(const QString &user, const QString &password)
{
    return make("login", {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

Frame auth(const QString &accessToken)
{
    return make("auth", {{QStringLiteral("token"), accessToken}});
}

Frame refresh(const QString &refreshToken)
{
    return make("refresh", {{QStringLiteral("refresh_token"), refreshToken}});
}

Frame logout(const QString &refreshToken)
{
    QJsonObject fields;
    if (!refreshToken.isEmpty())
        fields.insert(QStringLiteral("refresh_token"), refreshToken);
    return make("logout", fields);
}

Frame workspaces()
{
    return make("workspaces", {});
}

Frame subscribe(const QString &workspace)
{
    return make("subscribe", {{QStringLiteral("workspace"), workspace}});
}

Frame unsubscribe(const QString &workspace)
{
    return make("unsubscribe", {{QStringLiteral("workspace"), workspace}});
}

Frame sync(const QString &workspace, qint64 sinceRev)
{
    return make("sync", {{QStringLiteral("workspace"), workspace}, {QStringLiteral("since_rev"), sinceRev}});
}

Frame put(const QString &workspace, const QString &entity, const QString &entityId, qint64 baseRev,
          const QJsonObject &data)
{
    return make("put", {{QStringLiteral("workspace"), workspace},
                        {QStringLiteral("entity"), entity},
                        {QStringLiteral("entity_id"), entityId},
                        {QStringLiteral("base_rev"), baseRev},
                        {QStringLiteral("data"), data}});
}

Frame remove(const QString &workspace, const QString &entity, const QString &entityId, qint64 baseRev)
{
    return make("delete", {{QStringLiteral("workspace"), workspace},
                           {QStringLiteral("entity"), entity},
                           {QStringLiteral("entity_id"), entityId},
                           {QStringLiteral("base_rev"), baseRev}});
}

Frame chatSend(const QString &workspace, const QString &room, const QString &text)
{
    return make("chat.send", {{QStringLiteral("workspace"), workspace},
                              {QStringLiteral("room"), room},
                              {QStringLiteral("text"), text}});
}

Frame ping()
{
    return make("ping", {});
}

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("rev"), rev},
            {QStringLiteral("data"), dataOrNull(data, deleted)},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("by"), by},
            {QStringLiteral("at"), at}};
}

Event Event::fromJson(const QString &workspace, const QJsonObject &o)
{
    Event e;
    e.workspace = workspace;
    e.entity = o.value(QStringLiteral("entity")).toString();
    e.entityId = o.value(QStringLiteral("entity_id")).toString();
    e.rev = o.value(QStringLiteral("rev")).toInteger();
    e.data = o.value(QStringLiteral("data")).toObject();
    e.deleted = o.value(QStringLiteral("deleted")).toBool();
    e.by = o.value(QStringLiteral("by")).toString();
    e.at = o.value(QStringLiteral("at")).toInteger();
    return e;
}

Frame welcome(int version, const QString &server, const Limits &limits)
{
    const QJsonObject l{{QStringLiteral("max_frame_bytes"), limits.maxFrameBytes},
                        {QStringLiteral("max_text_length"), limits.maxTextLength},
                        {QStringLiteral("max_sync_batch"), limits.maxSyncBatch}};
    return make("welcome", {{QStringLiteral("version"), version},
                            {QStringLiteral("server"), server},
                            {QStringLiteral("limits"), l}});
}

Frame token(const QString &ref, const QString &user, const QString &accessToken, qint64 expiresAt,
            const QString &refreshToken, qint64 refreshExpiresAt)
{
    return make("token", {{QStringLiteral("ref"), ref},
                          {QStringLiteral("user"), user},
                          {QStringLiteral("access_token"), accessToken},
                          {QStringLiteral("expires_at"), expiresAt},
                          {QStringLiteral("refresh_token"), refreshToken},
                          {QStringLiteral("refresh_expires_at"), refreshExpiresAt}});
}

Frame authenticated(const QString &ref, const QString &user, qint64 expiresAt)
{
    return make("authenticated", {{QStringLiteral("ref"), ref},
                                  {QStringLiteral("user"), user},
                                  {QStringLiteral("expires_at"), expiresAt}});
}

Frame members(const QString &workspace)
{
    return make("members", {{QStringLiteral("workspace"), workspace}});
}

Frame membersList(const QString &ref, const QString &workspace, const QJsonArray &members)
{
    return make("members.list", {{QStringLiteral("ref"), ref},
                                 {QStringLiteral("workspace"), workspace},
                                 {QStringLiteral("members"), members}});
}

Frame workspacesList(const QString &ref, const QJsonArray &workspaces)
{
    return make("workspaces.list",
                {{QStringLiteral("ref"), ref}, {QStringLiteral("workspaces"), workspaces}});
}

Frame subscribed(const QString &ref, const QString &workspace, const QString &role, qint64 rev)
{
    return make("subscribed", {{QStringLiteral("ref"), ref},
                               {QStringLiteral("workspace"), workspace},
                               {QStringLiteral("role"), role},
                               {QStringLiteral("rev"), rev}});
}

Frame unsubscribed(const QString &ref, const QString &workspace)
{
    return make("unsubscribed", {{QStringLiteral("ref"), ref}, {QStringLiteral("workspace"), workspace}});
}

Frame syncBatch(const QString &ref, const QString &workspace, const QList<Event> &events, qint64 rev,
                bool more)
{
    QJsonArray list;
    for (const Event &e : events)
        list.append(e.toJson());
    return make("sync.batch", {{QStringLiteral("ref"), ref},
                               {QStringLiteral("workspace"), workspace},
                               {QStringLiteral("events"), list},
                               {QStringLiteral("rev"), rev},
                               {QStringLiteral("more"), more}});
}

Frame ack(const QString &ref, const QString &workspace, const QString &entity, const QString &entityId,
          qint64 rev)
{
    return make("ack", {{QStringLiteral("ref"), ref},
                        {QStringLiteral("workspace"), workspace},
                        {QStringLiteral("entity"), entity},
                        {QStringLiteral("entity_id"), entityId},
                        {QStringLiteral("rev"), rev}});
}

Frame conflict(const QString &ref, const QString &workspace, const QString &entity, const QString &entityId,
               qint64 serverRev, const QJsonObject &data, bool deleted)
{
    return make("conflict", {{QStringLiteral("ref"), ref},
                             {QStringLiteral("workspace"), workspace},
                             {QStringLiteral("entity"), entity},
                             {QStringLiteral("entity_id"), entityId},
                             {QStringLiteral("server_rev"), serverRev},
                             {QStringLiteral("data"), dataOrNull(data, deleted)},
                             {QStringLiteral("deleted"), deleted}});
}

Frame event(const Event &e)
{
    if (e.entity == QLatin1String("chat")) {
        return make("chat.message",
                    {{QStringLiteral("workspace"), e.workspace},
                     {QStringLiteral("room"), e.entityId},
                     {QStringLiteral("rev"), e.rev},
                     {QStringLiteral("by"), e.by},
                     {QStringLiteral("text"), e.data.value(QStringLiteral("text")).toString()},
                     {QStringLiteral("at"), e.at}});
    }
    QJsonObject fields = e.toJson();
    fields.insert(QStringLiteral("workspace"), e.workspace);
    return make("event", fields);
}

Frame presence(const QString &workspace, const QJsonArray &users)
{
    return make("presence", {{QStringLiteral("workspace"), workspace}, {QStringLiteral("users"), users}});
}

Frame pong(const QString &ref)
{
    return make("pong", {{QStringLiteral("ref"), ref}});
}

Frame ok(const QString &ref)
{
    return make("ok", {{QStringLiteral("ref"), ref}});
}

Frame error(const QString &code, const QString &message, const QString &field, const QString &ref)
{
    QJsonObject fields{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        fields.insert(QStringLiteral("field"), field);
    if (!ref.isEmpty())
        fields.insert(QStringLiteral("ref"), ref);
    return make("error", fields);
}

Frame error(const ProtocolError &e)
{
    return error(e.code, e.message, e.field, e.ref);
}

} // namespace sn::sync::msg
