#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace sn {
class Database;
}

namespace sn::server {

struct ServerUser
{
    qint64 id = 0;
    QString name;
    QString passwordHash;
    bool disabled = false;
    qint64 createdAt = 0;
};

// Users, their refresh tokens and the server's own settings (the token
// signing key lives here so every instance on one database agrees on it).
class ServerUsers
{
public:
    explicit ServerUsers(const Database &db) : m_db(db) {}

    // AlreadyExists when the name is taken.
    Result<qint64> add(const QString &name, const QString &passwordHash);
    // NotFound when there is no such user.
    Result<ServerUser> find(const QString &name);
    Result<ServerUser> findById(qint64 id);
    Result<QList<ServerUser>> list();
    Result<void> setPasswordHash(const QString &name, const QString &passwordHash);
    // Disabling also revokes every refresh token of the user.
    Result<void> setDisabled(const QString &name, bool disabled);

    // Refresh tokens are stored by their SHA-256 only.
    Result<void> storeRefreshToken(const QByteArray &tokenHash, qint64 userId, qint64 expiresAt);
    // The user id of a live token (not revoked, not expired at `now`);
    // NotFound otherwise. `revoke` retires it in the same statement, so a
    // token is good for exactly one refresh even under concurrent use.
    Result<qint64> takeRefreshToken(const QByteArray &tokenHash, qint64 now, bool revoke);
    Result<void> revokeRefreshTokens(qint64 userId);

    // NotFound when unset.
    Result<QString> setting(const QString &key);
    // Inserts the value unless the key is set; returns the value that is stored
    // afterwards (so two instances starting at once agree on one).
    Result<QString> settingOrInsert(const QString &key, const QString &value);

private:
    const Database &m_db;
};

} // namespace sn::server
