// libFuzzer target: the news readers (documents from any feed URL or any
// file an analyst picks): RSS 2.0 / RSS 1.0 / Atom (parseFeed, with its
// HTML-to-text cleanup and feed dates), CSV headline files (readHeadlineCsv)
// and the two date grammars on their own.
//
// Input: byte 0 picks the reader (bits 0-1: 0 and 3 feed, 1 headline CSV,
// 2 dates) and, for feeds, whether the feed's name is an http URL (bit 2), so
// relative links are resolved against it. The rest is the document.
#include "core/news/FeedDates.h"
#include "core/news/FeedParser.h"
#include "core/news/HeadlineCsv.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace {

// A fixed "time it was read", so an item without a date is recognisable.
constexpr sn::TimestampMs kReadAt = 1'700'000'000'000;

void checkError(const sn::Error &error)
{
    if (error.message.empty() || error.code != sn::ErrorCode::ParseError)
        __builtin_trap(); // a refusal names what was wrong, as a ParseError
}

void feed(const QByteArray &document, bool httpName)
{
    const QString name = httpName ? QStringLiteral("https://news.example.com/feeds/markets.xml")
                                  : QStringLiteral("/home/analyst/feeds/markets.xml");
    const auto r = sn::news::parseFeed(document, name, kReadAt);
    if (!r.ok()) {
        checkError(r.error());
        return;
    }
    if (r->title.isEmpty())
        __builtin_trap(); // falls back to the name
    for (const auto &item : r->items) {
        // Items without a title (and no description to make one) are skipped
        // with a warning, never stored blank.
        if (item.title.isEmpty() || item.source.isEmpty() || item.line < 1)
            __builtin_trap();
        if (item.dateEstimated && item.publishedAt != kReadAt)
            __builtin_trap();
    }
    for (const auto &w : r->warnings)
        if (!w.startsWith(name + QLatin1Char(':')))
            __builtin_trap(); // every warning names the feed and the line
}

void headlineCsv(const QByteArray &data)
{
    const auto r = sn::news::readHeadlineCsv(data, QStringLiteral("headlines.csv"));
    if (!r.ok()) {
        if (r.error().message.empty())
            __builtin_trap();
        return;
    }
    for (const auto &item : *r)
        if (item.title.isEmpty() || item.line < 2)
            __builtin_trap(); // title is required; line 1 is the header
}

void dates(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const auto rfc3339 = sn::news::parseRfc3339(text);
    const auto rfc822 = sn::news::parseRfc822(text);
    const auto either = sn::news::parseFeedDate(text);
    if (either != (rfc3339 ? rfc3339 : rfc822))
        __builtin_trap();
    // A fraction of a second moves the time by less than a second: the
    // same text without the fraction lies within [t - 999 ms, t].
    if (rfc3339 && text.trimmed().size() > 20 && text.trimmed()[19] == QLatin1Char('.')) {
        QString whole = text.trimmed();
        qsizetype end = 20;
        while (end < whole.size() && whole[end] != QLatin1Char('Z') && whole[end] != QLatin1Char('z') &&
               whole[end] != QLatin1Char('+') && whole[end] != QLatin1Char('-'))
            ++end;
        whole.remove(19, end - 19);
        const auto truncated = sn::news::parseRfc3339(whole);
        if (!truncated || *rfc3339 < *truncated || *rfc3339 - *truncated > 999)
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t sel = data[0];
    const QByteArray document(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (sel & 3) {
    case 1:
        headlineCsv(document);
        break;
    case 2:
        dates(document);
        break;
    default:
        feed(document, sel & 4);
        break;
    }
    return 0;
}
