#include "app/cli/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sn::cli::JsonText {

namespace {

constexpr const char *kRowIndent = "        ";        // an array item inside a top-level member
constexpr const char *kFieldIndent = "            ";  // a field of that item

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
    return std::isfinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
}

void RowArray::beginRow()
{
    if (m_anyRow)
        m_text += ",\n";
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
    QByteArray out;
    out.reserve(m_text.size() + 8);
    out += "[\n";
    out += m_text;
    out += "\n    ]";
    return out;
}

QByteArray indentedObject(const QJsonObject &members, std::vector<std::pair<QString, QByteArray>> rendered)
{
    std::vector<std::pair<QString, QByteArray>> all;
    all.reserve(std::size_t(members.size()) + rendered.size());
    for (auto it = members.begin(); it != members.end(); ++it)
        all.emplace_back(it.key(), memberText(it.key(), it.value()));
    for (auto &[key, text] : rendered) {
        QByteArray member = "    " + quoted(key) + ": ";
        member += text;
        all.emplace_back(key, std::move(member));
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (all.empty())
        return QByteArrayLiteral("{\n}\n");
    qsizetype size = 4;
    for (const auto &m : all)
        size += m.second.size() + 2;
    QByteArray out;
    out.reserve(size);
    out += "{\n";
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i)
            out += ",\n";
        out += all[i].second;
    }
    out += "\n}\n";
    return out;
}

} // namespace sn::cli::JsonText
