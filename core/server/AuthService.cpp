#include "core/server/AuthService.h"

#include "core/common/Log.h"
#include "core/server/ServerUsers.h"
#include "core/sync/Jwt.h"
#include "core/sync/PasswordHash.h"

#include <QCryptographicHash>

namespace sn::server {

static const sn::log::Category lc("supernova.server.auth");

namespace {
const QString kKeySetting = QStringLiteral("jwt_signing_key");

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

AuthService::AuthService(ServerUsers &users, const ServerConfig &config, Clock clock)
    : m_users(users), m_config(config), m_clock(std::move(clock)),
      m_limiter(config.loginFailures, qint64(config.loginWindowSeconds) * 1000)
{
}

Result<void> AuthService::init()
{
    const QByteArray fresh = sync::PasswordHash::randomBytes(32);
    if (fresh.isEmpty())
        return makeError(ErrorCode::Internal, "OpenSSL could not produce a signing key");
    auto stored = m_users.settingOrInsert(kKeySetting, QString::fromLatin1(fresh.toBase64()));
    if (!stored)
        return stored.error().withContext("loading the token signing key");
    m_key = QByteArray::fromBase64(stored->toLatin1());
    if (m_key.size() < 32)
        return makeError(ErrorCode::Internal, "the stored token signing key is shorter than 32 bytes");
    sn::log::registerSecret(stored->toStdString());
    // Unknown users are checked against this hash, so a login takes as long
    // whether or not the name exists.
    auto dummy =
        sync::PasswordHash::hash(QStringLiteral("not a password"), {m_config.passwordCostLog2N, 8, 1});
    if (!dummy)
        return dummy.error();
    m_dummyHash = *dummy;
    return {};
}

AuthOutcome AuthService::fail(const char *code, const QString &message) const
{
    AuthOutcome o;
    o.error = sync::ProtocolError{QString::fromLatin1(code), QString(), message, QString()};
    return o;
}

AuthOutcome AuthService::issue(qint64 userId, const QString &user)
{
    const qint64 now = m_clock();
    Grant g;
    g.userId = userId;
    g.user = user;
    g.accessExpiresAt = now + qint64(m_config.accessTokenSeconds) * 1000;
    g.accessToken = QString::fromLatin1(sync::Jwt::sign({{QStringLiteral("sub"), user},
                                                         {QStringLiteral("uid"), userId},
                                                         {QStringLiteral("iat"), now / 1000},
                                                         {QStringLiteral("exp"), g.accessExpiresAt / 1000},
                                                         {QStringLiteral("typ"), QStringLiteral("access")}},
                                                        m_key));
    const QByteArray raw = sync::PasswordHash::randomBytes(32);
    if (raw.isEmpty())
        return fail(sync::code::Internal, QStringLiteral("could not create a refresh token"));
    g.refreshToken = QString::fromLatin1(sync::Jwt::base64Url(raw));
    g.refreshExpiresAt = now + qint64(m_config.refreshTokenDays) * 86'400'000;
    auto stored = m_users.storeRefreshToken(tokenHash(g.refreshToken), userId, g.refreshExpiresAt);
    if (!stored)
        return fail(sync::code::Unavailable,
                    QStringLiteral("the server cannot store the session now; try again: ") +
                        QString::fromStdString(stored.error().message));
    AuthOutcome o;
    o.grant = g;
    return o;
}

AuthOutcome AuthService::login(const QString &user, const QString &password, const QString &address)
{
    const QString key = LoginLimiter::key(user, address);
    const qint64 now = m_clock();
    if (const qint64 wait = m_limiter.retryAfter(key, now); wait > 0)
        return fail(sync::code::RateLimited,
                    QStringLiteral("too many failed logins for '%1' from this address; try again in %2 s")
                        .arg(user)
                        .arg((wait + 999) / 1000));
    auto found = m_users.find(user);
    if (!found && found.error().code != ErrorCode::NotFound)
        return fail(sync::code::Unavailable, QStringLiteral("the user database is unavailable; try again"));
    const bool known = found.ok();
    const bool matches = sync::PasswordHash::verify(password, known ? found->passwordHash : m_dummyHash);
    if (!known || !matches || found->disabled) {
        m_limiter.recordFailure(key, now);
        lc.warn("failed login for '{}' from {}", user.toStdString(), address.toStdString());
        // One message for every cause, so names cannot be probed.
        return fail(sync::code::AuthFailed,
                    QStringLiteral("wrong user name or password, or the account is disabled"));
    }
    m_limiter.recordSuccess(key);
    lc.info("login '{}' from {}", user.toStdString(), address.toStdString());
    return issue(found->id, found->name);
}

AuthOutcome AuthService::refresh(const QString &refreshToken)
{
    auto userId = m_users.takeRefreshToken(tokenHash(refreshToken), m_clock(), true);
    if (!userId) {
        if (userId.error().code == ErrorCode::NotFound)
            return fail(sync::code::TokenInvalid,
                        QStringLiteral("the refresh token is unknown, used, revoked or expired; "
                                       "log in again"));
        return fail(sync::code::Unavailable,
                    QStringLiteral("the server cannot check the token now; try again"));
    }
    auto user = m_users.findById(*userId);
    if (!user || user->disabled)
        return fail(sync::code::AuthFailed, QStringLiteral("the account is disabled or gone"));
    return issue(user->id, user->name);
}

AuthOutcome AuthService::verifyAccess(const QString &accessToken)
{
    const sync::Jwt::Check check = sync::Jwt::verify(accessToken.toLatin1(), m_key, m_clock() / 1000);
    if (check.status == sync::Jwt::Status::Expired)
        return fail(sync::code::TokenExpired,
                    QStringLiteral("the access token expired; refresh it or log in again"));
    if (!check.valid())
        return fail(sync::code::TokenInvalid,
                    QStringLiteral("the access token is not valid: ") + check.message);
    if (check.claims.value(QStringLiteral("typ")).toString() != QLatin1String("access"))
        return fail(sync::code::TokenInvalid, QStringLiteral("this is not an access token"));
    const qint64 userId = check.claims.value(QStringLiteral("uid")).toInteger();
    auto user = m_users.findById(userId);
    if (!user) {
        if (user.error().code == ErrorCode::NotFound)
            return fail(sync::code::TokenInvalid, QStringLiteral("the token's user no longer exists"));
        return fail(sync::code::Unavailable, QStringLiteral("the user database is unavailable; try again"));
    }
    if (user->disabled)
        return fail(sync::code::AuthFailed, QStringLiteral("the account is disabled"));
    Grant g;
    g.userId = user->id;
    g.user = user->name;
    g.accessToken = accessToken;
    g.accessExpiresAt = check.claims.value(QStringLiteral("exp")).toInteger() * 1000;
    AuthOutcome o;
    o.grant = g;
    return o;
}

Result<void> AuthService::logout(qint64 userId, const QString &refreshToken)
{
    if (refreshToken.isEmpty())
        return m_users.revokeRefreshTokens(userId);
    auto taken = m_users.takeRefreshToken(tokenHash(refreshToken), m_clock(), true);
    if (!taken)
        return taken.error();
    return {};
}

} // namespace sn::server
