#include "ui/risk/CustomStress.h"

#include "core/common/UserText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace sn::ui {

namespace {

QString scopeName(StressTest::Shock::Scope scope)
{
    switch (scope) {
    case StressTest::Shock::Scope::All:
        return QStringLiteral("all");
    case StressTest::Shock::Scope::AssetClass:
        return QStringLiteral("class");
    case StressTest::Shock::Scope::Symbol:
        return QStringLiteral("symbol");
    }
    return QStringLiteral("all");
}

} // namespace

Result<CustomStress> makeCustomStress(const QString &name, StressTest::Shock::Scope scope,
                                      const QString &target, double changePercent)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::ui::RiskView", "a stress scenario needs a name"), {})
            .at(SN_TEXT("sn::ui::RiskView", "custom stress"), {});
    if (scope != StressTest::Shock::Scope::All && target.trimmed().isEmpty())
        return makeError(
                   ErrorCode::InvalidArgument,
                   SN_TEXT("sn::ui::RiskView", "name the asset class or the instrument the shock moves"), {})
            .at(SN_TEXT("sn::ui::RiskView", "custom stress '%1'"), {trimmed.toStdString()});
    if (!std::isfinite(changePercent) || changePercent <= -100.0 || changePercent > 1000.0)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::ui::RiskView", "the change must be above -100 % and at most +1000 %"),
                         {})
            .at(SN_TEXT("sn::ui::RiskView", "custom stress '%1'"), {trimmed.toStdString()});
    CustomStress s;
    s.name = trimmed;
    s.shock.scope = scope;
    if (scope == StressTest::Shock::Scope::AssetClass)
        s.shock.name = target.trimmed().toLower().toStdString(); // asset classes are stored in lower case
    else if (scope == StressTest::Shock::Scope::Symbol)
        s.shock.name = target.trimmed().toUpper().toStdString();
    s.shock.change = changePercent / 100.0;
    return s;
}

Result<std::vector<CustomStress>> parseCustomStress(const QString &json)
{
    std::vector<CustomStress> out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::ui::RiskView", "not a JSON array of scenarios"), {},
                         kCustomStressSetting);
    int index = 0;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString scope = o.value(QStringLiteral("scope")).toString();
        StressTest::Shock::Scope s = StressTest::Shock::Scope::All;
        if (scope == QLatin1String("class"))
            s = StressTest::Shock::Scope::AssetClass;
        else if (scope == QLatin1String("symbol"))
            s = StressTest::Shock::Scope::Symbol;
        else if (scope != QLatin1String("all"))
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::ui::RiskView", "unknown scope '%1'"),
                             {scope.toStdString()},
                             std::string(kCustomStressSetting) + " entry " + std::to_string(index));
        auto item = makeCustomStress(o.value(QStringLiteral("name")).toString(), s,
                                     o.value(QStringLiteral("target")).toString(),
                                     o.value(QStringLiteral("change")).toDouble(std::nan("")) * 100.0);
        if (!item)
            return item.error().withContext(std::string(kCustomStressSetting) + " entry " +
                                            std::to_string(index));
        out.push_back(std::move(item).value());
        ++index;
    }
    return out;
}

QString customStressJson(const std::vector<CustomStress> &list)
{
    QJsonArray array;
    for (const CustomStress &s : list)
        array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("scope"), scopeName(s.shock.scope)},
                                 {QStringLiteral("target"), QString::fromStdString(s.shock.name)},
                                 {QStringLiteral("change"), s.shock.change}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace sn::ui
