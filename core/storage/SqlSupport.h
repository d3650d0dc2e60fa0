#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <string>

// Small helpers shared by the storage implementation files (not a public API).
namespace sn::sql {

// Maps a driver error to an sn::Error: unique violations to AlreadyExists,
// other constraint violations (foreign key, CHECK, NOT NULL) to Conflict,
// everything else to DatabaseError.
Error toError(const QSqlError &error, const std::string &context);

// Prepares `sql` on `db`, binds `values` positionally and executes it.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const std::string &context);

// A null QString binds as SQL NULL; text columns want '' instead.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// Runs a statement and returns how many rows it changed.
Result<int> change(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   const std::string &context);

} // namespace sn::sql
