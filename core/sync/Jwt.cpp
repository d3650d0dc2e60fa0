#include "core/sync/Jwt.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sn::sync {

namespace {

Jwt::Check refuse(Jwt::Status status, const QString &message)
{
    Jwt::Check c;
    c.status = status;
    c.message = message;
    return c;
}

bool decodePart(const QByteArray &part, QByteArray &out)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = *decoded;
    return true;
}

bool parseObject(const QByteArray &json, QJsonObject &out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out = doc.object();
    return true;
}

} // namespace

QByteArray Jwt::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Jwt::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
              mac, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(length));
}

QByteArray Jwt::sign(const QJsonObject &claims, const QByteArray &key)
{
    static const QByteArray header =
        base64Url(QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                            {QStringLiteral("typ"), QStringLiteral("JWT")}})
                      .toJson(QJsonDocument::Compact));
    const QByteArray signingInput =
        header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(hmacSha256(key, signingInput));
}

Jwt::Check Jwt::verify(const QByteArray &token, const QByteArray &key, qint64 nowSeconds)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return refuse(Status::Malformed, QStringLiteral("a token has three dot-separated parts"));
    QByteArray headerJson, payloadJson, signature;
    if (!decodePart(parts[0], headerJson) || !decodePart(parts[1], payloadJson) ||
        !decodePart(parts[2], signature))
        return refuse(Status::Malformed, QStringLiteral("a token part is not base64url"));
    QJsonObject header, claims;
    if (!parseObject(headerJson, header) || !parseObject(payloadJson, claims))
        return refuse(Status::Malformed, QStringLiteral("a token part is not a JSON object"));
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return refuse(Status::BadAlgorithm, QStringLiteral("only HS256 tokens are accepted"));
    const QByteArray expected = hmacSha256(key, parts[0] + '.' + parts[1]);
    if (expected.isEmpty() || signature.size() != expected.size() ||
        CRYPTO_memcmp(signature.constData(), expected.constData(), static_cast<size_t>(expected.size())) != 0)
        return refuse(Status::BadSignature, QStringLiteral("the token's signature does not match"));
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return refuse(Status::Malformed, QStringLiteral("the token has no expiry"));
    if (exp.toInteger() <= nowSeconds)
        return refuse(Status::Expired, QStringLiteral("the token expired"));
    Check ok;
    ok.status = Status::Valid;
    ok.claims = claims;
    return ok;
}

} // namespace sn::sync
