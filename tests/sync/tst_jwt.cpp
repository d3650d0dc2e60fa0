#include "core/sync/Jwt.h"

#include <QJsonDocument>
#include <QTest>

using namespace sn::sync;

class TstJwt : public QObject
{
    Q_OBJECT

    const QByteArray m_key = QByteArray(32, 'k');

private slots:
    // RFC 4231 test case 2 pins the HMAC to the standard, not to itself.
    void hmacMatchesRfc4231()
    {
        const QByteArray mac = Jwt::hmacSha256("Jefe", "what do ya want for nothing?");
        QCOMPARE(mac.toHex(), QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void signAndVerify()
    {
        const QByteArray token = Jwt::sign(
            {{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), 2000}}, m_key);
        QCOMPARE(token.count('.'), 2);
        const Jwt::Check c = Jwt::verify(token, m_key, 1999);
        QVERIFY2(c.valid(), qPrintable(c.message));
        QCOMPARE(c.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
    }

    void expired()
    {
        const QByteArray token = Jwt::sign({{QStringLiteral("exp"), 2000}}, m_key);
        QCOMPARE(Jwt::verify(token, m_key, 2000).status, Jwt::Status::Expired);
    }

    void tamperedPayload()
    {
        const QByteArray token = Jwt::sign(
            {{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), 2000}}, m_key);
        QList<QByteArray> parts = token.split('.');
        parts[1] = Jwt::base64Url(QJsonDocument(QJsonObject{{QStringLiteral("sub"), QStringLiteral("admin")},
                                                            {QStringLiteral("exp"), 2000}})
                                      .toJson(QJsonDocument::Compact));
        QCOMPARE(Jwt::verify(parts.join('.'), m_key, 1).status, Jwt::Status::BadSignature);
        // Another key
        QCOMPARE(Jwt::verify(token, QByteArray(32, 'x'), 1).status, Jwt::Status::BadSignature);
        // A flipped signature character
        QByteArray flipped = token;
        flipped[flipped.size() - 2] = flipped[flipped.size() - 2] == 'A' ? 'B' : 'A';
        QCOMPARE(Jwt::verify(flipped, m_key, 1).status, Jwt::Status::BadSignature);
    }

    void algNoneIsRefused()
    {
        const QByteArray header = Jwt::base64Url(R"({"alg":"none","typ":"JWT"})");
        const QByteArray payload = Jwt::base64Url(R"({"sub":"alice","exp":9999999999})");
        QCOMPARE(Jwt::verify(header + '.' + payload + '.', m_key, 1).status, Jwt::Status::BadAlgorithm);
    }

    void malformed()
    {
        QCOMPARE(Jwt::verify("abc", m_key, 1).status, Jwt::Status::Malformed);
        QCOMPARE(Jwt::verify("a.b", m_key, 1).status, Jwt::Status::Malformed);
        QCOMPARE(Jwt::verify("!!.??.##", m_key, 1).status, Jwt::Status::Malformed);
        const QByteArray notJson = Jwt::base64Url("nope");
        QCOMPARE(Jwt::verify(notJson + '.' + notJson + '.' + notJson, m_key, 1).status,
                 Jwt::Status::Malformed);
        // Signed but without an expiry.
        QCOMPARE(
            Jwt::verify(Jwt::sign({{QStringLiteral("sub"), QStringLiteral("a")}}, m_key), m_key, 1).status,
            Jwt::Status::Malformed);
    }
};

QTEST_APPLESS_MAIN(TstJwt)
#include "tst_jwt.moc"
