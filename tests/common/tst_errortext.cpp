#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/common/UserText.h"

#include <QTest>
#include <cstring>
#include <string>

using namespace sn;

namespace {

// A stand-in for the desktop's Qt translator: two sentences in German.
std::string toGerman(const char *context, const char *source)
{
    if (std::strcmp(context, "sn::Test") != 0)
        return source;
    if (std::strcmp(source, "price must be > 0, got %1") == 0)
        return "Preis muss > 0 sein, gefunden: %1";
    if (std::strcmp(source, "line %1") == 0)
        return "Zeile %1";
    if (std::strcmp(source, "portfolio '%1'") == 0)
        return "Depot „%1“";
    return source;
}

} // namespace

// Issue 17: an error carries its English text (logs, --json, the wire) and
// the reader's text, translated where it is made by the translator the
// executable installed; without one (the CLI) both are the same English.
class TestErrorText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { setTextTranslator(nullptr); }

    void englishWithoutATranslator()
    {
        const Error e{
            ErrorCode::ParseError, SN_TEXT("sn::Test", "price must be > 0, got %1"), {"'-3'"}, "a.csv:4"};
        QCOMPARE(QString::fromStdString(e.message), QStringLiteral("price must be > 0, got '-3'"));
        QVERIFY(e.userMessage.empty());
        QCOMPARE(QString::fromStdString(e.toUserString()), QString::fromStdString(e.toString()));
        QCOMPARE(QString::fromStdString(e.toString()),
                 QStringLiteral("a.csv:4: price must be > 0, got '-3'"));
    }

    void theReaderGetsTheirLanguageTheLogKeepsEnglish()
    {
        setTextTranslator(&toGerman);
        Error e{ErrorCode::ParseError, SN_TEXT("sn::Test", "price must be > 0, got %1"), {"'-3'"}};
        e.at(SN_TEXT("sn::Test", "line %1"), {"4"});
        QCOMPARE(QString::fromStdString(e.toString()), QStringLiteral("line 4: price must be > 0, got '-3'"));
        QCOMPARE(QString::fromStdString(e.toUserString()),
                 QStringLiteral("Zeile 4: Preis muss > 0 sein, gefunden: '-3'"));
        QCOMPARE(errorCodeName(e.code), "parse_error");
    }

    void outerContextsStackInBothLanguages()
    {
        setTextTranslator(&toGerman);
        const Error inner = makeError(ErrorCode::InvalidArgument,
                                      SN_TEXT("sn::Test", "price must be > 0, got %1"), {"0"}, "a.csv:2");
        // A plain (data) context goes to both texts.
        const Error plain = inner.withContext("import");
        QCOMPARE(QString::fromStdString(plain.toString()),
                 QStringLiteral("import: a.csv:2: price must be > 0, got 0"));
        QCOMPARE(QString::fromStdString(plain.toUserString()),
                 QStringLiteral("import: a.csv:2: Preis muss > 0 sein, gefunden: 0"));
        // A worded one is translated for the reader only.
        const Error worded = plain.withContext(SN_TEXT("sn::Test", "portfolio '%1'"), {"Rente"});
        QCOMPARE(QString::fromStdString(worded.toString()),
                 QStringLiteral("portfolio 'Rente': import: a.csv:2: price must be > 0, got 0"));
        QCOMPARE(QString::fromStdString(worded.toUserString()),
                 QStringLiteral("Depot „Rente“: import: a.csv:2: Preis muss > 0 sein, gefunden: 0"));
    }

    void untranslatedErrorsReadAsBefore()
    {
        setTextTranslator(&toGerman);
        const Error old{ErrorCode::IoError, "cannot read", "x.csv"};
        QCOMPARE(QString::fromStdString(old.toUserString()), QStringLiteral("x.csv: cannot read"));
        // A translation that drops or reorders arguments cannot break the English.
        const std::string english = englishText(SN_TEXT("sn::Test", "line %1"), {"7"});
        QCOMPARE(QString::fromStdString(english), QStringLiteral("line 7"));
        QCOMPARE(QString::fromStdString(translatedText(SN_TEXT("sn::Test", "line %1"), {"7"})),
                 QStringLiteral("Zeile 7"));
    }
};

QTEST_APPLESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
