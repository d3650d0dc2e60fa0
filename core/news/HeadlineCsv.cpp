#include "core/news/HeadlineCsv.h"

#include "core/news/FeedDates.h"
#include "core/news/TextCleanup.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace sn::news {

namespace {

struct Record
{
    int line = 0;
    QStringList fields;
};

Result<std::vector<Record>> splitRecords(const QString &text, const QString &name)
{
    std::vector<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    current.line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        current.fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields[0].isEmpty();
        if (!blank)
            records.push_back(std::move(current));
        current = Record{};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else if (c != QLatin1Char('\r')) {
            if (wasQuoted && !c.isSpace())
                return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "text after a closing quote"), {},
                                 name.toStdString() + ":" + std::to_string(line));
            field += c;
        }
    }
    if (quoted)
        return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "a quoted field is never closed"), {},
                         name.toStdString() + ":" + std::to_string(quoteLine));
    if (!field.isEmpty() || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return records;
}

std::optional<TimestampMs> parseCsvDate(const QString &text)
{
    if (auto t = parseFeedDate(text))
        return t;
    // ISO without a zone (UTC), with or without a time of day.
    return parseTimestamp(text.toStdString(), DateFormat::Iso);
}

enum Column
{
    Published,
    Title,
    Link,
    Symbol,
    Source,
    Summary
};

} // namespace

Result<std::vector<NewsItem>> readHeadlineCsv(const QByteArray &data, const QString &name)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto records = splitRecords(text, name);
    if (!records)
        return records.error();
    if (records->empty())
        return makeError(
            ErrorCode::ParseError,
            SN_TEXT("sn::News", "the file is empty: expected a header row with published and title"), {},
            name.toStdString());
    static const QHash<QString, Column> aliases{
        {QStringLiteral("published"), Published}, {QStringLiteral("date"), Published},
        {QStringLiteral("datetime"), Published},  {QStringLiteral("time"), Published},
        {QStringLiteral("title"), Title},         {QStringLiteral("headline"), Title},
        {QStringLiteral("link"), Link},           {QStringLiteral("url"), Link},
        {QStringLiteral("symbol"), Symbol},       {QStringLiteral("symbols"), Symbol},
        {QStringLiteral("ticker"), Symbol},       {QStringLiteral("source"), Source},
        {QStringLiteral("summary"), Summary},
    };
    const Record &header = records->front();
    QHash<Column, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = header.fields[i].trimmed().toLower();
        const auto it = aliases.find(h);
        if (it == aliases.end())
            return makeError(
                ErrorCode::ParseError,
                SN_TEXT("sn::News",
                        "unknown column '%1' (expected published, title, link, symbol, source, summary)"),
                {header.fields[i].toStdString()}, name.toStdString() + ":" + std::to_string(header.line));
        if (index.contains(*it))
            return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "column '%1' appears twice"),
                             {h.toStdString()}, name.toStdString() + ":" + std::to_string(header.line));
        index.insert(*it, i);
    }
    for (const auto &[column, label] : {std::pair{Published, "published"}, std::pair{Title, "title"}})
        if (!index.contains(column))
            return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "the header has no '%1' column"),
                             {label}, name.toStdString() + ":" + std::to_string(header.line));

    static const QRegularExpression symbolSeparators(QStringLiteral("[;\\s]+"));
    std::vector<NewsItem> items;
    for (std::size_t r = 1; r < records->size(); ++r) {
        const Record &rec = (*records)[r];
        const std::string at = name.toStdString() + ":" + std::to_string(rec.line);
        if (rec.fields.size() != header.fields.size())
            return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "expected %1 fields, found %2"),
                             {std::to_string(header.fields.size()), std::to_string(rec.fields.size())}, at);
        auto field = [&](Column c) { return index.contains(c) ? rec.fields[index[c]] : QString(); };
        NewsItem item;
        item.line = rec.line;
        item.title = htmlToText(field(Title));
        if (item.title.isEmpty())
            return Error(ErrorCode::ParseError, SN_TEXT("sn::News", "field 'title': the headline is empty"),
                         {}, at, "title");
        const QString published = field(Published).trimmed();
        const auto t = parseCsvDate(published);
        if (!t)
            return Error(ErrorCode::ParseError,
                         SN_TEXT("sn::News", "field 'published': cannot read '%1' as a date (use "
                                             "2024-05-02T14:30:00Z, 2024-05-02 14:30 or an RFC 822 date)"),
                         {published.toStdString()}, at, "published");
        item.publishedAt = *t;
        item.link = field(Link).trimmed();
        if (!item.link.isEmpty()) {
            const QUrl url(item.link, QUrl::StrictMode);
            if (!url.isValid() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
                url.host().isEmpty())
                return Error(ErrorCode::ParseError,
                             SN_TEXT("sn::News", "field 'link': '%1' is not an http(s) address"),
                             {item.link.toStdString()}, at, "link");
        }
        item.source = field(Source).trimmed();
        if (item.source.isEmpty())
            item.source = name.section(QLatin1Char('/'), -1);
        item.summary = htmlToText(field(Summary));
        for (const QString &s : field(Symbol).split(symbolSeparators, Qt::SkipEmptyParts))
            item.symbols.append(SymbolLink{s.toUpper(), SymbolSource::File});
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace sn::news
