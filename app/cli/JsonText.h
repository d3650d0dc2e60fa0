#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <utility>
#include <vector>

namespace sn::cli {

// JSON text in exactly the layout of QJsonDocument::toJson(Indented), for
// outputs too large to build as QJsonObjects first: a 1M-bar backtest has
// ~60,000 trades and fills, and building them as objects took longer than the
// backtest and the CSV read together. Large arrays of flat objects are written
// row by row (`RowArray`); the rest of the document still goes through Qt.
// tst_jsontext holds the bytes equal to Qt's for the same document.
namespace JsonText {

// A JSON string literal with Qt's escaping.
QByteArray quoted(const QString &text);
// Qt's rendering of a finite double (shortest round-trip, 'g'); null otherwise.
QByteArray number(double value);

// An array of flat objects, a member of the top-level object. Fields must be
// given in key order (Qt sorts an object's keys).
class RowArray
{
public:
    // Room for `rows` rows of about `bytesPerRow`, so 18 MB of text is not
    // grown (copied) a dozen times.
    void reserve(std::size_t rows, std::size_t bytesPerRow);
    void beginRow();
    void number(const char *key, double value);
    // `quotedValue` from quoted(), so a value repeated on every row is escaped once.
    void quotedString(const char *key, const QByteArray &quotedValue);
    void endRow();
    QByteArray finish() &&;

private:
    void key(const char *key);
    QByteArray m_text;
    bool m_anyRow = false;
    bool m_anyField = false;
};

// The whole document: `members` rendered by Qt, `rendered` (key, value text
// at the top level's member indent) spliced in key order.
QByteArray indentedObject(const QJsonObject &members, std::vector<std::pair<QString, QByteArray>> rendered);

} // namespace JsonText

} // namespace sn::cli
