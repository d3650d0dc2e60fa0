#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace sn::advisor {

// A number an offline answer shows, with where in which tool result it came
// from, so tests (and a UI) can check the text against the tool's JSON.
struct CitedNumber
{
    QString tool;
    QString path; // "metrics.sharpe", "instruments.0.change"
    double value = 0.0;
    QString text; // as written in the answer
};

// Formats numbers straight out of a tool result and records each one. A
// value that is null (not defined) reads "n/a" and is not recorded.
class AnswerWriter
{
public:
    AnswerWriter(QString tool, QJsonObject result) : m_tool(std::move(tool)), m_result(std::move(result)) {}

    // Written as QString::number does, or in QLocale()'s form when a text
    // translator is installed (the desktop in German: "12,34 %").
    QString pct(const QString &path);   // 0.1234 -> "12.34 %"
    QString money(const QString &path); // "123456.78"
    QString ratio(const QString &path); // "1.23"
    QString count(const QString &path); // "42"

    const QJsonObject &result() const { return m_result; }
    double value(const QString &path) const; // NaN when missing or null
    std::vector<CitedNumber> takeCited() { return std::move(m_cited); }

    // The value at a dotted path; array elements by index.
    static QJsonValue at(const QJsonObject &root, const QString &path);

private:
    QString cite(const QString &path, double scale, int decimals, const QString &suffix);

    QString m_tool;
    QJsonObject m_result;
    std::vector<CitedNumber> m_cited;
};

} // namespace sn::advisor
