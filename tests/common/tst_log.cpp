#include "core/common/Log.h"

#include <QTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

class TestLog : public QObject
{
    Q_OBJECT
private slots:
    void redactsRegisteredSecretsBeforeAnySink()
    {
        std::ostringstream captured;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
        sn::log::addSink(sink);
        sn::log::setLevel(sn::log::Level::Debug);

        const std::string key = "sk-test-0123456789abcdef";
        sn::log::registerSecret(key);
        static const sn::log::Category lc("supernova.test");
        lc.info("calling provider with key {} and again {}", key, key);
        lc.debug("header Authorization: Bearer {}", key);
        sn::log::flush();

        const std::string out = captured.str();
        QVERIFY2(out.find(key) == std::string::npos, out.c_str());
        QVERIFY(out.find("********") != std::string::npos);
        QVERIFY(out.find("[supernova.test]") != std::string::npos);

        sn::log::unregisterSecret(key);
        lc.info("after {}", key);
        sn::log::flush();
        QVERIFY(captured.str().find(key) != std::string::npos);
        sn::log::removeSink(sink);
    }

    // A key reaches a message encoded as often as raw: in a query string
    // (percent-encoded) or a Basic header or token (base64, either alphabet).
    void redactsEncodedFormsToo()
    {
        std::ostringstream captured;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
        sn::log::addSink(sink);
        sn::log::setLevel(sn::log::Level::Trace);
        const std::string key = "sk+te/st=0123?&~x\xfe";
        sn::log::registerSecret(key);
        static const sn::log::Category lc("supernova.test.encoded");
        // The same key percent-encoded, base64 (padded), base64url (unpadded).
        const std::string percent = "sk%2Bte%2Fst%3D0123%3F%26~x%FE";
        const std::string b64 = QByteArray::fromStdString(key).toBase64().toStdString();
        const std::string b64url =
            QByteArray::fromStdString(key)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                .toStdString();
        lc.debug("GET /v1?key={} auth Basic {} token {}", percent, b64, b64url);
        sn::log::flush();
        const std::string out = captured.str();
        for (const std::string &form : {key, percent, b64.substr(0, b64.find('=')), b64url})
            QVERIFY2(out.find(form) == std::string::npos, (form + " in: " + out).c_str());
        QVERIFY(out.find("GET /v1?key=********") != std::string::npos);
        sn::log::unregisterSecret(key);
        QCOMPARE(sn::log::redact(percent), percent);
        sn::log::removeSink(sink);
    }

    void levelFilters()
    {
        std::ostringstream captured;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
        sn::log::addSink(sink);
        sn::log::setLevel(sn::log::Level::Warn);
        static const sn::log::Category lc("supernova.test.level");
        lc.info("hidden");
        lc.warn("shown");
        sn::log::flush();
        QVERIFY(captured.str().find("hidden") == std::string::npos);
        QVERIFY(captured.str().find("shown") != std::string::npos);
        sn::log::removeSink(sink);
    }

    void shortSecretsAreIgnored()
    {
        sn::log::registerSecret("ab");
        QCOMPARE(sn::log::redact("abc"), std::string("abc"));
    }

    void longestSecretWins()
    {
        sn::log::registerSecret("token1234");
        sn::log::registerSecret("token1234-extended");
        QCOMPARE(sn::log::redact("x token1234-extended y"), std::string("x ******** y"));
        sn::log::unregisterSecret("token1234");
        sn::log::unregisterSecret("token1234-extended");
    }
};

QTEST_APPLESS_MAIN(TestLog)
#include "tst_log.moc"
