#include "app/cli/JsonText.h"

#include "core/common/HugePages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sn::cli::JsonText {

namespace {

constexpr const char *kRowIndent = "        ";       // an array item inside a top-level member
constexpr const char *kFieldIndent = "            "; // a field of that item

// Qt's text of one member of a top-level object: `    "key": value`.
QByteArray memberText(const QString &key, const QJsonValue &value)
{
    QByteArray doc = QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Indented);
    // "{\n" + member + "\n}\n"
    return doc.mid(2, doc.size() - 2 - 3);
}

} // namespace

QByteArray quoted(const QString &text)
{
    bool plain = true;
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            plain = false;
            break;
        }
    if (plain) {
        QByteArray out;
        out.reserve(text.size() + 2);
        out += '"';
        out += text.toLatin1();
        out += '"';
        return out;
    }
    // Anything to escape: Qt's own escaping, so the bytes stay Qt's.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray number(double value)
{
    return std::isfinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                                : QByteArray("null");
}

void RowArray::reserve(std::size_t rows, std::size_t bytesPerRow)
{
    m_text.reserve(qsizetype(rows * bytesPerRow + 16));
    adviseHugePages(m_text.data(), std::size_t(m_text.capacity()));
}

void RowArray::beginRow()
{
    m_text += m_anyRow ? ",\n" : "[\n";
    m_text += kRowIndent;
    m_text += "{\n";
    m_anyRow = true;
    m_anyField = false;
}

void RowArray::key(const char *key)
{
    if (m_anyField)
        m_text += ",\n";
    m_anyField = true;
    m_text += kFieldIndent;
    m_text += '"';
    m_text += key;
    m_text += "\": ";
}

void RowArray::number(const char *key, double value)
{
    this->key(key);
    if (std::isfinite(value))
        m_text += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_text += "null";
}

void RowArray::quotedString(const char *key, const QByteArray &quotedValue)
{
    this->key(key);
    m_text += quotedValue;
}

void RowArray::endRow()
{
    m_text += '\n';
    m_text += kRowIndent;
    m_text += '}';
}

QByteArray RowArray::finish() &&
{
    if (!m_anyRow)
        return QByteArrayLiteral("[\n    ]");
    m_text += "\n    ]";
    return std::move(m_text);
}

QByteArray indentedObject(const QJsonObject &members, std::vector<std::pair<QString, QByteArray>> rendered)
{
    struct Member
    {
        QString key;
        QByteArray head; // the whole member, or `    "key": ` before a rendered value
        QByteArray body;
    };
    std::vector<Member> all;
    all.reserve(std::size_t(members.size()) + rendered.size());
    for (auto it = members.begin(); it != members.end(); ++it)
        all.push_back({it.key(), memberText(it.key(), it.value()), {}});
    for (auto &[key, text] : rendered)
        all.push_back({key, "    " + quoted(key) + ": ", std::move(text)});
    std::sort(all.begin(), all.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
    if (all.empty())
        return QByteArrayLiteral("{\n}\n");
    qsizetype size = 4;
    for (const Member &m : all)
        size += m.head.size() + m.body.size() + 2;
    QByteArray out;
    out.reserve(size);
    adviseHugePages(out.data(), std::size_t(out.capacity()));
    out += "{\n";
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i)
            out += ",\n";
        out += all[i].head;
        out += all[i].body;
    }
    out += "\n}\n";
    return out;
}

} // namespace sn::cli::JsonText
