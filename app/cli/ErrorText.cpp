#include "app/cli/ErrorText.h"

namespace sn::cli {

namespace {

struct Translation
{
    const char *raw;  // as the driver writes it, matched ignoring case
    const char *text; // what happened and what to do
};

constexpr Translation kTranslations[] = {
    {"file is not a database", "the file is not a SuperNova database (not an SQLite file, or a damaged one); "
                               "give another file with --db, or "
                               "move this one away and SuperNova creates a new database there"},
    {"unable to open database file",
     "the database file cannot be opened; check that its folder exists and that you may write to it"},
    {"database is locked", "another program is writing to the database; try again in a moment"},
    // Before "Unable to fetch row": SQLite's full-disk failure arrives with it.
    {"database or disk is full", "the disk holding the database is full, so nothing of this change was "
                                 "written; free some space there (or "
                                 "move the database) and run it again"},
    {"could not extend file", "the disk of the PostgreSQL server is full, so nothing of this change was "
                              "written; free some space there and "
                              "run it again"},
    {"Unable to fetch row", "the database could not be read (locked by another program, or damaged); close "
                            "other programs using it and "
                            "try again"},
    {"UNIQUE constraint failed", "that already exists: names and symbols must be unique; choose another one"},
    {"duplicate key value", "that already exists: names and symbols must be unique; choose another one"},
    {"readonly database", "the database is read-only; give a database you may write to"},
    {"disk I/O error", "the disk could not be read or written; check free space and the disk itself"},
    {"Unknown error",
     "the database gave no reason for the failure; check that the file or server is reachable and writable"},
};

} // namespace

QString userText(const Error &error)
{
    const QString raw = QString::fromStdString(error.toString());
    for (const Translation &t : kTranslations) {
        if (!raw.contains(QLatin1String(t.raw), Qt::CaseInsensitive))
            continue;
        QString detail = raw.simplified();
        if (detail.size() > 160)
            detail = detail.left(160) + QStringLiteral("...");
        // Only the first part of the context (what was being done, e.g.
        // "configuring sqlite:///path"); the driver's statement stays in the detail.
        QString where = QString::fromStdString(error.context).section(QStringLiteral(": "), 0, 0);
        if (where.size() > 120)
            where = where.left(120) + QStringLiteral("...");
        return (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + QLatin1String(t.text) +
               QStringLiteral(" (database said: ") + detail + QLatin1Char(')');
    }
    return raw;
}

} // namespace sn::cli
