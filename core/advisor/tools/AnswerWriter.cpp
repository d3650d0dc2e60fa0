#include "core/advisor/tools/AnswerWriter.h"

#include "core/common/TextTranslatorState.h"
#include "core/common/UserText.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace sn::advisor {

QJsonValue AnswerWriter::at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else if (v.isObject())
            v = v.toObject().value(part);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

double AnswerWriter::value(const QString &path) const
{
    const QJsonValue v = at(m_result, path);
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QString AnswerWriter::cite(const QString &path, double scale, int decimals, const QString &suffix)
{
    const double v = value(path);
    if (!std::isfinite(v))
        return QString::fromStdString(userText("sn::advisor::OfflineAdvisor", "n/a"));
    // The desktop sets QLocale's default with its language, so a reader of
    // German sees "6,22 %" as the tool card does; the CLI (no translator)
    // keeps the JSON's own form whatever the system locale is.
    const double shown = v * scale;
    QString text = (textTranslatorInstalled() ? QLocale().toString(shown, 'f', decimals)
                                              : QString::number(shown, 'f', decimals)) +
                   suffix;
    m_cited.push_back({m_tool, path, v, text});
    return text;
}

QString AnswerWriter::pct(const QString &path)
{
    return cite(path, 100.0, 2, QStringLiteral(" %"));
}

QString AnswerWriter::money(const QString &path)
{
    return cite(path, 1.0, 2, QString());
}

QString AnswerWriter::ratio(const QString &path)
{
    return cite(path, 1.0, 2, QString());
}

QString AnswerWriter::count(const QString &path)
{
    return cite(path, 1.0, 0, QString());
}

} // namespace sn::advisor
