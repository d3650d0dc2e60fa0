#include "core/secrets/KeychainError.h"

#include <QTest>

Q_DECLARE_METATYPE(QKeychain::Error)
Q_DECLARE_METATYPE(sn::ErrorCode)

// The messages below are the ones QtKeychain 0.13 / libsecret / gnome-keyring
// were seen to return on Debian 12 (see tst_secretstore for the live cases).
class TestKeychainError : public QObject
{
    Q_OBJECT
private slots:
    void mapsCodesAndMessages_data()
    {
        QTest::addColumn<QKeychain::Error>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<sn::ErrorCode>("expected");
        using sn::ErrorCode;
        QTest::newRow("entry not found")
            << QKeychain::EntryNotFound << "Entry not found" << ErrorCode::NotFound;
        QTest::newRow("access denied")
            << QKeychain::AccessDenied << "Cannot create an item in a locked collection"
            << ErrorCode::AccessDenied;
        QTest::newRow("denied by user") << QKeychain::AccessDeniedByUser << "" << ErrorCode::AccessDenied;
        QTest::newRow("no backend") << QKeychain::NoBackendAvailable << "No keychain service available"
                                    << ErrorCode::Unavailable;
        QTest::newRow("NotImplemented code") << QKeychain::NotImplemented << "" << ErrorCode::Unsupported;
        QTest::newRow("could not delete") << QKeychain::CouldNotDeleteEntry << "" << ErrorCode::IoError;
        QTest::newRow("no bus, no display")
            << QKeychain::OtherError << "Cannot autolaunch D-Bus without X11 $DISPLAY"
            << ErrorCode::Unavailable;
        QTest::newRow("bus address nowhere")
            << QKeychain::OtherError << "Could not connect: No such file or directory"
            << ErrorCode::Unavailable;
        QTest::newRow("service unknown") << QKeychain::OtherError
                                         << "GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
                                            "org.freedesktop.secrets was not "
                                            "provided by any .service files"
                                         << ErrorCode::Unavailable;
        QTest::newRow("no default collection")
            << QKeychain::OtherError
            << QStringLiteral(
                   "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << ErrorCode::Unavailable;
        QTest::newRow("locked as other")
            << QKeychain::OtherError << "Collection is locked" << ErrorCode::AccessDenied;
        QTest::newRow("prompt dismissed")
            << QKeychain::OtherError << "The prompt was dismissed" << ErrorCode::AccessDenied;
        QTest::newRow("unknown other") << QKeychain::OtherError << "Unknown error" << ErrorCode::IoError;
    }
    void mapsCodesAndMessages()
    {
        QFETCH(QKeychain::Error, code);
        QFETCH(QString, detail);
        QFETCH(sn::ErrorCode, expected);
        const sn::Error e = sn::keychainError(code, detail, "keychain service 'S', key 'k'");
        QCOMPARE(sn::errorCodeName(e.code), sn::errorCodeName(expected));
        QCOMPARE(e.context, std::string("keychain service 'S', key 'k'"));
        // The keychain's own words are kept for diagnosis (NotFound needs none).
        if (!detail.isEmpty() && expected != sn::ErrorCode::NotFound)
            QVERIFY2(e.message.find(detail.toStdString()) != std::string::npos, e.message.c_str());
    }

    void unavailableTellsWhatToStart()
    {
        const sn::Error e =
            sn::keychainError(QKeychain::OtherError, QStringLiteral("Could not connect: x"), "");
        QVERIFY2(e.message.find("no Secret Service") != std::string::npos, e.message.c_str());
        QVERIFY2(e.message.find("gnome-keyring") != std::string::npos, e.message.c_str());
        QVERIFY2(e.message.find("KWallet") != std::string::npos, e.message.c_str());
    }

    void lockedTellsToUnlock()
    {
        const sn::Error e = sn::keychainError(QKeychain::AccessDenied, QString(), "");
        QVERIFY2(e.message.find("unlock") != std::string::npos, e.message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestKeychainError)
#include "tst_keychainerror.moc"
