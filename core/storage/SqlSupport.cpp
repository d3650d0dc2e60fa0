#include "core/storage/SqlSupport.h"

#include <QSqlError>

namespace sn::sql {

Error toError(const QSqlError &error, const std::string &context)
{
    const QString text = error.text();
    const QString code = error.nativeErrorCode();
    ErrorCode ec = ErrorCode::DatabaseError;
    // SQLite reports 19 (SQLITE_CONSTRAINT) for every kind; PostgreSQL
    // uses SQLSTATE class 23 and 23505 for unique violations.
    const bool constraint = code == QLatin1String("19") || code.startsWith(QLatin1String("23")) ||
                            text.contains(QLatin1String("constraint"), Qt::CaseInsensitive);
    if (constraint) {
        const bool unique = code == QLatin1String("23505") ||
                            text.contains(QLatin1String("UNIQUE constraint")) ||
                            text.contains(QLatin1String("duplicate key"));
        ec = unique ? ErrorCode::AlreadyExists : ErrorCode::Conflict;
    }
    return makeError(ec, text.trimmed().toStdString(), context);
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const std::string &context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return toError(query.lastError(), context);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return toError(query.lastError(), context);
    return query;
}

Result<int> change(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   const std::string &context)
{
    auto q = run(db, sql, values, context);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace sn::sql
