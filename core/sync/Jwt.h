#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sn::sync {

// JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, "HS256") through
// OpenSSL. Only HS256 is accepted: a token naming any other algorithm
// (including "none") is refused before its signature is looked at.
class Jwt
{
public:
    enum class Status
    {
        Valid,
        Malformed,
        BadAlgorithm,
        BadSignature,
        Expired
    };

    struct Check
    {
        Status status = Status::Malformed;
        QJsonObject claims; // set when Valid
        QString message;    // why not, for logs and error frames
        bool valid() const { return status == Status::Valid; }
    };

    // header.payload.signature, base64url without padding. `claims` should hold
    // "exp" (seconds since the epoch); verify() refuses a token without it.
    static QByteArray sign(const QJsonObject &claims, const QByteArray &key);
    // Checks shape, algorithm, signature (constant-time compare) and expiry
    // against `nowSeconds`, in that order.
    static Check verify(const QByteArray &token, const QByteArray &key, qint64 nowSeconds);

    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
    static QByteArray base64Url(const QByteArray &bytes);
};

} // namespace sn::sync
