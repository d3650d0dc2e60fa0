#pragma once

#include "core/common/Result.h"
#include "core/server/RateLimits.h"
#include "core/server/ServerConfig.h"
#include "core/sync/Protocol.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace sn::server {

class ServerUsers;

// What a successful login, refresh or auth proves: who, until when, and
// (login and refresh only) a new refresh token.
struct Grant
{
    qint64 userId = 0;
    QString user;
    QString accessToken;
    qint64 accessExpiresAt = 0; // UTC epoch ms
    QString refreshToken;
    qint64 refreshExpiresAt = 0;
};

struct AuthOutcome
{
    std::optional<Grant> grant;
    sync::ProtocolError error; // set when grant is empty
};

// Passwords, access tokens (JWT HS256, short-lived) and refresh tokens
// (random, stored hashed, single use, revocable), and the login limiter.
// The signing key is kept in the server database so every instance on one
// database accepts the others' tokens.
class AuthService
{
public:
    using Clock = std::function<qint64()>; // UTC epoch ms

    AuthService(ServerUsers &users, const ServerConfig &config, Clock clock);

    // Loads (or on first start creates) the signing key.
    Result<void> init();

    AuthOutcome login(const QString &user, const QString &password, const QString &address);
    // Exchanges a refresh token for a new pair; the old token is spent.
    AuthOutcome refresh(const QString &refreshToken);
    // Checks an access token: signature, expiry, and that the user still
    // exists and is enabled.
    AuthOutcome verifyAccess(const QString &accessToken);
    // Revokes one refresh token, or every one of the user when empty.
    Result<void> logout(qint64 userId, const QString &refreshToken);

    QByteArray signingKey() const { return m_key; }

private:
    AuthOutcome issue(qint64 userId, const QString &user);
    AuthOutcome fail(const char *code, const QString &message) const;

    ServerUsers &m_users;
    const ServerConfig &m_config;
    Clock m_clock;
    QByteArray m_key;
    QString m_dummyHash;
    LoginLimiter m_limiter;
};

} // namespace sn::server
