#include "core/server/ServerUsers.h"

#include "core/common/Time.h"
#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

namespace sn::server {

namespace {

ServerUser readUser(const QSqlQuery &q)
{
    ServerUser u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.passwordHash = q.value(2).toString();
    u.disabled = q.value(3).toInt() != 0;
    u.createdAt = q.value(4).toLongLong();
    return u;
}

const QString kUserColumns = QStringLiteral("id, name, password_hash, disabled, created_at");

} // namespace

Result<qint64> ServerUsers::add(const QString &name, const QString &passwordHash)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("INSERT INTO users (name, password_hash, disabled, created_at) VALUES (?, ?, 0, ?)"
                       " RETURNING id"),
        {name, passwordHash, QVariant::fromValue<qint64>(nowMs())}, "user '" + name.toStdString() + "'");
    if (!q) {
        if (q.error().code == ErrorCode::AlreadyExists)
            return makeError(ErrorCode::AlreadyExists, "a user with this name exists",
                             "user '" + name.toStdString() + "'");
        return q.error();
    }
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned for the new user", name.toStdString());
    return q->value(0).toLongLong();
}

Result<ServerUser> ServerUsers::find(const QString &name)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE name = ?"),
                      {name}, "reading user");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such user", "user '" + name.toStdString() + "'");
    return readUser(*q);
}

Result<ServerUser> ServerUsers::findById(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE id = ?"),
                 {QVariant::fromValue(id)}, "reading user");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such user", "user id " + std::to_string(id));
    return readUser(*q);
}

Result<QList<ServerUser>> ServerUsers::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ORDER BY name"),
                      {}, "listing users");
    if (!q)
        return q.error();
    QList<ServerUser> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

Result<void> ServerUsers::setPasswordHash(const QString &name, const QString &passwordHash)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto changed = sql::change(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"),
                                   {passwordHash, name}, "setting a password");
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorCode::NotFound, "no such user", "user '" + name.toStdString() + "'");
        // A new password ends every session started with the old one.
        auto revoked = sql::change(db,
                                   QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE user_id ="
                                                  " (SELECT id FROM users WHERE name = ?)"),
                                   {name}, "revoking refresh tokens");
        if (!revoked)
            return revoked.error();
        return {};
    });
}

Result<void> ServerUsers::setDisabled(const QString &name, bool disabled)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto changed = sql::change(db, QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"),
                                   {disabled ? 1 : 0, name}, "disabling a user");
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorCode::NotFound, "no such user", "user '" + name.toStdString() + "'");
        if (disabled) {
            auto revoked = sql::change(db,
                                       QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE user_id ="
                                                      " (SELECT id FROM users WHERE name = ?)"),
                                       {name}, "revoking refresh tokens");
            if (!revoked)
                return revoked.error();
        }
        return {};
    });
}

Result<void> ServerUsers::storeRefreshToken(const QByteArray &tokenHash, qint64 userId, qint64 expiresAt)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("INSERT INTO refresh_tokens (token_hash, user_id, expires_at, revoked, created_at)"
                       " VALUES (?, ?, ?, 0, ?)"),
        {QString::fromLatin1(tokenHash.toHex()), QVariant::fromValue(userId), QVariant::fromValue(expiresAt),
         QVariant::fromValue<qint64>(nowMs())},
        "storing a refresh token");
    if (!q)
        return q.error();
    return {};
}

Result<qint64> ServerUsers::takeRefreshToken(const QByteArray &tokenHash, qint64 now, bool revoke)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QString hex = QString::fromLatin1(tokenHash.toHex());
    auto q = revoke
                 ? sql::run(*conn,
                            QStringLiteral(
                                "UPDATE refresh_tokens SET revoked = 1"
                                " WHERE token_hash = ? AND revoked = 0 AND expires_at > ? RETURNING user_id"),
                            {hex, QVariant::fromValue(now)}, "using a refresh token")
                 : sql::run(*conn,
                            QStringLiteral("SELECT user_id FROM refresh_tokens"
                                           " WHERE token_hash = ? AND revoked = 0 AND expires_at > ?"),
                            {hex, QVariant::fromValue(now)}, "reading a refresh token");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "the refresh token is unknown, revoked or expired");
    return q->value(0).toLongLong();
}

Result<void> ServerUsers::revokeRefreshTokens(qint64 userId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::change(*conn, QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"),
                         {QVariant::fromValue(userId)}, "revoking refresh tokens");
    if (!q)
        return q.error();
    return {};
}

Result<QString> ServerUsers::setting(const QString &key)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT value FROM server_settings WHERE key = ?"), {key},
                      "reading a setting");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "not set", "setting '" + key.toStdString() + "'");
    return q->value(0).toString();
}

Result<QString> ServerUsers::settingOrInsert(const QString &key, const QString &value)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("INSERT INTO server_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
        {key, value}, "writing a setting");
    if (!q)
        return q.error();
    return setting(key);
}

} // namespace sn::server
