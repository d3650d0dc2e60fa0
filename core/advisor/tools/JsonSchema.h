#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace sn::advisor {

// The subset of JSON Schema the tools declare and the registry enforces:
// type (object, string, integer, number, boolean, array), enum, minimum,
// maximum, minItems, maxItems, items, properties, required and
// additionalProperties (false, or a schema every extra value must meet).
// Models send whatever they like; validating against the same schema they
// were shown turns a bad call into an error that names the field, which the
// model can read and correct.
namespace schema {

QJsonObject string(const QString &description, const QStringList &enumValues = {});
QJsonObject integer(const QString &description, std::optional<double> min = {},
                    std::optional<double> max = {});
QJsonObject number(const QString &description, std::optional<double> min = {},
                   std::optional<double> max = {});
QJsonObject boolean(const QString &description);
QJsonObject array(const QString &description, const QJsonObject &items, std::optional<int> minItems = {},
                  std::optional<int> maxItems = {});
// A map of names to numbers ({"fast": 20}); names are checked by the tool.
QJsonObject numberMap(const QString &description);
// type object, additionalProperties false.
QJsonObject object(const QJsonObject &properties, const QStringList &required = {},
                   const QString &description = {});
// "YYYY-MM-DD" date string.
QJsonObject date(const QString &description);

// Checks `value` against `schema`; the error message names the field path
// ("windows[1].from") and what is wrong with it.
Result<void> validate(const QJsonValue &value, const QJsonObject &schema, const QString &path = {});

} // namespace schema

} // namespace sn::advisor
