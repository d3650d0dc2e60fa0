#include "core/storage/SqlSupport.h"

#include <QSqlError>

namespace sn::sql {

namespace {

struct Explanation
{
    const char *raw; // as the driver writes it, matched ignoring case
    TextKey text;    // what happened and what to do
};

// The driver's words mean little to the analyst; these say what happened and
// what to do. The message stays the driver's (logs, --json).
const Explanation kExplanations[] = {
    {"file is not a database",
     SN_TEXT("sn::Database", "the file is not a SuperNova database (not an SQLite file, or a damaged one); "
                             "open another file, or move this one away and SuperNova creates a new one")},
    {"unable to open database file",
     SN_TEXT(
         "sn::Database",
         "the database file cannot be opened; check that its folder exists and that you may write to it")},
    {"database is locked",
     SN_TEXT("sn::Database", "another program is writing to the database; try again in a moment")},
    // Before "Unable to fetch row": SQLite's full-disk failure arrives with it.
    {"database or disk is full",
     SN_TEXT("sn::Database", "the disk holding the database is full, so nothing of this change was written; "
                             "free some space and try again")},
    {"could not extend file",
     SN_TEXT("sn::Database",
             "the disk of the database server is full, so nothing of this change was written; "
             "free some space there and try again")},
    {"Unable to fetch row",
     SN_TEXT("sn::Database", "the database could not be read (locked by another program, or damaged); close "
                             "other programs using it and try again")},
    {"UNIQUE constraint failed",
     SN_TEXT("sn::Database", "that already exists: names and symbols must be unique; choose another one")},
    {"duplicate key value",
     SN_TEXT("sn::Database", "that already exists: names and symbols must be unique; choose another one")},
    {"readonly database", SN_TEXT("sn::Database", "the database is read-only; open one you may write to")},
    {"disk I/O error",
     SN_TEXT("sn::Database", "the disk could not be read or written; check free space and the disk itself")},
    {"Unknown error", SN_TEXT("sn::Database", "the database gave no reason for the failure; check that the "
                                              "file or server is reachable and writable")},
};

} // namespace

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
    Error e = makeError(ec, text.trimmed().toStdString(), context);
    for (const Explanation &x : kExplanations) {
        if (!text.contains(QLatin1String(x.raw), Qt::CaseInsensitive))
            continue;
        QString said = text.simplified();
        if (said.size() > 160)
            said = said.left(160) + QStringLiteral("...");
        e.userMessage = translatedText(SN_TEXT("sn::Database", "%1 (the database said: %2)"),
                                       {translatedText(x.text), said.toStdString()});
        // The statement and the URL are for the log; people read what happened.
        e.userContext = translatedText(SN_TEXT("sn::Database", "database"));
        break;
    }
    return e;
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
