#include "core/sync/PasswordHash.h"

#include <QTest>

using namespace sn::sync;

class TstPasswordHash : public QObject
{
    Q_OBJECT

    // The smallest allowed cost keeps the suite fast; the format and the
    // checks do not depend on it.
    const PasswordHash::Cost m_cheap{10, 8, 1};

private slots:
    void hashAndVerify()
    {
        auto h = PasswordHash::hash(QStringLiteral("correct horse"), m_cheap);
        QVERIFY(h.ok());
        QVERIFY(h->startsWith(QLatin1String("$scrypt$ln=10,r=8,p=1$")));
        QVERIFY(PasswordHash::verify(QStringLiteral("correct horse"), *h));
        QVERIFY(!PasswordHash::verify(QStringLiteral("correct horsE"), *h));
        QVERIFY(!PasswordHash::verify(QString(), *h));
    }

    void saltPerHash()
    {
        auto a = PasswordHash::hash(QStringLiteral("same"), m_cheap);
        auto b = PasswordHash::hash(QStringLiteral("same"), m_cheap);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b);
        QVERIFY(PasswordHash::verify(QStringLiteral("same"), *a));
        QVERIFY(PasswordHash::verify(QStringLiteral("same"), *b));
    }

    void unicodePassword()
    {
        auto h = PasswordHash::hash(QStringLiteral("pässwörd-\u20ac"), m_cheap);
        QVERIFY(h.ok());
        QVERIFY(PasswordHash::verify(QStringLiteral("pässwörd-\u20ac"), *h));
        QVERIFY(!PasswordHash::verify(QStringLiteral("passwort-\u20ac"), *h));
    }

    // Strings this class did not write, or with costs outside the bounds, are
    // refused without running scrypt on attacker-chosen parameters.
    void refusesForeignOrHostileStrings()
    {
        auto h = PasswordHash::hash(QStringLiteral("pw"), m_cheap);
        QVERIFY(h.ok());
        QString hostile = *h;
        hostile.replace(QLatin1String("ln=10"), QLatin1String("ln=40"));
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw"), hostile));
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw"), QStringLiteral("pw")));
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw"), QStringLiteral("$2b$12$abcdefghijklmnopqrstuv")));
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw"), QString()));
        QString truncated = *h;
        truncated.chop(4);
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw"), truncated));
        QVERIFY(!PasswordHash::hash(QStringLiteral("pw"), PasswordHash::Cost{30, 8, 1}).ok());
    }

    void randomBytes()
    {
        const QByteArray a = PasswordHash::randomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != PasswordHash::randomBytes(32));
    }
};

QTEST_APPLESS_MAIN(TstPasswordHash)
#include "tst_passwordhash.moc"
