#include "core/news/TextCleanup.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sn::news {

namespace {

const QHash<QString, QChar> &namedEntities()
{
    // The ones seen in real feeds; XML's own five are decoded by the XML
    // reader already but appear again when a title is escaped twice.
    static const QHash<QString, QChar> entities{
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("ndash"), QChar(0x2013)},    {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("lsquo"), QChar(0x2018)},    {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},    {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("hellip"), QChar(0x2026)},   {QStringLiteral("euro"), QChar(0x20AC)},
        {QStringLiteral("pound"), QChar(0x00A3)},    {QStringLiteral("copy"), QChar(0x00A9)},
        {QStringLiteral("reg"), QChar(0x00AE)},      {QStringLiteral("trade"), QChar(0x2122)},
    };
    return entities;
}

// Decodes "&name;", "&#123;" and "&#x7B;" at `i` (which is '&'); returns the
// characters consumed, 0 when it is not a reference.
int decodeEntity(const QString &s, int i, QString &out)
{
    const int semicolon = s.indexOf(QLatin1Char(';'), i + 1);
    if (semicolon < 0 || semicolon - i > 10)
        return 0;
    const QString name = s.mid(i + 1, semicolon - i - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return 0;
        const char32_t c = code;
        out += QString::fromUcs4(&c, 1);
        return semicolon - i + 1;
    }
    const auto it = namedEntities().find(name);
    if (it == namedEntities().end())
        return 0;
    out += *it;
    return semicolon - i + 1;
}

QString stripOnce(const QString &html)
{
    QString text;
    text.reserve(html.size());
    for (int i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            // A tag is '<' then a letter, '/' or '!'; "a < b" stays text.
            const QChar next = i + 1 < html.size() ? html[i + 1] : QChar();
            if (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!')) {
                const int end = html.indexOf(QLatin1Char('>'), i + 1);
                if (end > 0) {
                    text += QLatin1Char(' ');
                    i = end;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('&')) {
            const int used = decodeEntity(html, i, text);
            if (used > 0) {
                i += used - 1;
                continue;
            }
        }
        text += c;
    }
    return text.simplified();
}

} // namespace

QString htmlToText(const QString &html)
{
    // Titles escaped twice ("&amp;lt;b&amp;gt;") come out of one pass as
    // markup; a second pass removes it.
    static const QRegularExpression tag(QStringLiteral("<[/!]?[A-Za-z][^<>]*>"));
    QString text = stripOnce(html);
    if (text.contains(tag))
        text = stripOnce(text);
    return text;
}

QString titleKey(const QString &title)
{
    const QString folded = htmlToText(title).normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            key += c;
            space = false;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            space = true;
        }
    }
    return key;
}

QString linkKey(const QString &link)
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    url.setFragment({});
    if (url.hasQuery()) {
        QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery kept;
        for (const auto &[name, value] : items)
            if (!name.startsWith(QLatin1String("utm_")))
                kept.addQueryItem(name, value);
        url.setQuery(kept.isEmpty() ? QString() : kept.query(QUrl::FullyEncoded), QUrl::StrictMode);
        if (kept.isEmpty())
            url.setQuery(QString());
    }
    QString path = url.path(QUrl::FullyEncoded);
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        url.setPath(path.chopped(1), QUrl::StrictMode);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace sn::news
