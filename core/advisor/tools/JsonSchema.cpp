#include "core/advisor/tools/JsonSchema.h"

#include <QRegularExpression>
#include <cmath>

namespace sn::advisor::schema {

namespace {

QJsonObject described(const char *type, const QString &description)
{
    QJsonObject o{{QStringLiteral("type"), QString::fromLatin1(type)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

void bounds(QJsonObject &o, std::optional<double> min, std::optional<double> max)
{
    if (min)
        o.insert(QStringLiteral("minimum"), *min);
    if (max)
        o.insert(QStringLiteral("maximum"), *max);
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

Error fieldError(const QString &path, const QString &what)
{
    const QString field =
        path.isEmpty() ? QStringLiteral("arguments") : QStringLiteral("argument '%1'").arg(path);
    return makeError(ErrorCode::InvalidArgument, QString(field + QStringLiteral(": ") + what).toStdString());
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString shortJson(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeOf(v);
}

} // namespace

QJsonObject string(const QString &description, const QStringList &enumValues)
{
    QJsonObject o = described("string", description);
    if (!enumValues.isEmpty())
        o.insert(QStringLiteral("enum"), QJsonArray::fromStringList(enumValues));
    return o;
}

QJsonObject integer(const QString &description, std::optional<double> min, std::optional<double> max)
{
    QJsonObject o = described("integer", description);
    bounds(o, min, max);
    return o;
}

QJsonObject number(const QString &description, std::optional<double> min, std::optional<double> max)
{
    QJsonObject o = described("number", description);
    bounds(o, min, max);
    return o;
}

QJsonObject boolean(const QString &description)
{
    return described("boolean", description);
}

QJsonObject array(const QString &description, const QJsonObject &items, std::optional<int> minItems,
                  std::optional<int> maxItems)
{
    QJsonObject o = described("array", description);
    o.insert(QStringLiteral("items"), items);
    if (minItems)
        o.insert(QStringLiteral("minItems"), *minItems);
    if (maxItems)
        o.insert(QStringLiteral("maxItems"), *maxItems);
    return o;
}

QJsonObject numberMap(const QString &description)
{
    QJsonObject o = described("object", description);
    o.insert(QStringLiteral("additionalProperties"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}});
    return o;
}

QJsonObject object(const QJsonObject &properties, const QStringList &required, const QString &description)
{
    QJsonObject o = described("object", description);
    o.insert(QStringLiteral("properties"), properties);
    if (!required.isEmpty())
        o.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    o.insert(QStringLiteral("additionalProperties"), false);
    return o;
}

QJsonObject date(const QString &description)
{
    QJsonObject o = described("string", description);
    o.insert(QStringLiteral("pattern"), QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return o;
}

Result<void> validate(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("object")) {
        if (!value.isObject())
            return fieldError(path, QStringLiteral("expected an object, got ") + typeOf(value));
        const QJsonObject obj = value.toObject();
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
            if (!obj.contains(r.toString()))
                return fieldError(child(path, r.toString()), QStringLiteral("is required"));
        const QJsonValue extra = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString name = child(path, it.key());
            if (props.contains(it.key())) {
                if (auto r = validate(it.value(), props.value(it.key()).toObject(), name); !r)
                    return r;
            } else if (extra.isObject()) {
                if (auto r = validate(it.value(), extra.toObject(), name); !r)
                    return r;
            } else if (extra.isBool() && !extra.toBool()) {
                QStringList known = props.keys();
                return fieldError(
                    name, QStringLiteral("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
            }
        }
        return {};
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return fieldError(path, QStringLiteral("expected an array, got ") + typeOf(value));
        const QJsonArray a = value.toArray();
        if (schema.contains(QStringLiteral("minItems")) &&
            a.size() < schema.value(QStringLiteral("minItems")).toInt())
            return fieldError(path, QStringLiteral("needs at least %1 items, got %2")
                                        .arg(schema.value(QStringLiteral("minItems")).toInt())
                                        .arg(a.size()));
        if (schema.contains(QStringLiteral("maxItems")) &&
            a.size() > schema.value(QStringLiteral("maxItems")).toInt())
            return fieldError(path, QStringLiteral("allows at most %1 items, got %2")
                                        .arg(schema.value(QStringLiteral("maxItems")).toInt())
                                        .arg(a.size()));
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto r = validate(a[i], items, path + QStringLiteral("[%1]").arg(i)); !r)
                return r;
        return {};
    }
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return fieldError(path, QStringLiteral("expected a string, got ") + typeOf(value));
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &a : allowed)
                names << a.toString();
            return fieldError(path, QStringLiteral("%1 is not one of %2")
                                        .arg(shortJson(value), names.join(QStringLiteral(", "))));
        }
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
            if (!re.match(value.toString()).hasMatch())
                return fieldError(
                    path, QStringLiteral("%1 does not match %2")
                              .arg(shortJson(value), schema.value(QStringLiteral("pattern")).toString()));
        }
        return {};
    }
    if (type == QLatin1String("number") || type == QLatin1String("integer")) {
        if (!value.isDouble())
            return fieldError(path, QStringLiteral("expected a %1, got %2").arg(type, typeOf(value)));
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return fieldError(path, QStringLiteral("is not a finite number"));
        if (type == QLatin1String("integer") && v != std::floor(v))
            return fieldError(path, QStringLiteral("expected an integer, got %1").arg(shortJson(value)));
        if (schema.contains(QStringLiteral("minimum")) &&
            v < schema.value(QStringLiteral("minimum")).toDouble())
            return fieldError(path,
                              QStringLiteral("%1 is below the minimum %2")
                                  .arg(shortJson(value), shortJson(schema.value(QStringLiteral("minimum")))));
        if (schema.contains(QStringLiteral("maximum")) &&
            v > schema.value(QStringLiteral("maximum")).toDouble())
            return fieldError(path,
                              QStringLiteral("%1 is above the maximum %2")
                                  .arg(shortJson(value), shortJson(schema.value(QStringLiteral("maximum")))));
        return {};
    }
    if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            return fieldError(path, QStringLiteral("expected a boolean, got ") + typeOf(value));
        return {};
    }
    return fieldError(path, QStringLiteral("schema has no known type ('%1')").arg(type));
}

} // namespace sn::advisor::schema
