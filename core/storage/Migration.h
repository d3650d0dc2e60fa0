#pragma once

#include <QString>
#include <QStringList>

namespace sn {

// One step of the schema. Each migration runs in its own transaction with a
// row in schema_version, so a database is always at a whole version. Most
// DDL is the same on both engines; where types differ a migration carries
// per-engine text.
struct Migration
{
    int version = 0;
    QString name;
    QStringList sqliteStatements;
    QStringList postgresStatements;

    // Statements written once with these tokens, expanded per engine:
    //   {ID}          64-bit auto-assigned primary key
    //   {BARS_SUFFIX} table options for the bars table (WITHOUT ROWID on SQLite)
    //   {BARS_FK}     the bars -> instruments REFERENCES clause (SQLite only;
    //                 PostgreSQL enforces it per statement, see Schema.cpp)
    static Migration portable(int version, const QString &name, const QStringList &statements);
};

} // namespace sn
