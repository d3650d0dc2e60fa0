#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

class QCommandLineParser;

namespace sn {
class Database;
class Workspace;
} // namespace sn

namespace sn::cli {

// Exit codes every command uses.
enum ExitCode
{
    Ok = 0,
    Failure = 1,
    Usage = 2
};

// What a command needs from the process: the database (opened and migrated
// lazily, so `--help` never touches it), output streams and output mode.
// Errors go to stderr as "error: ...", results to stdout.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    QString dbUrl;     // empty: the app's default SQLite file
    bool json = false; // machine-readable output on stdout
    bool dbExplicit = false;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens and migrates the database on first use. The default database is
    // seeded with the bundled sample data when it is created, as the desktop
    // app does, so both executables see the same workspace.
    Result<Database *> database();
    // The same database as a workspace: every write goes through its services.
    Result<Workspace *> workspace();

    int fail(const Error &error);
    int fail(const QString &message);
    int usage(const QString &message, const QString &command = {});
    void printJson(const QJsonObject &object);
    void printJson(const QJsonArray &array);
    // UTF-8 text as it is, after what the text stream holds.
    void writeUtf8(const QByteArray &bytes);
    // Left-aligned text columns, widths fitted to the content.
    void printTable(const QStringList &headers, const QList<QStringList> &rows);

    // Parses `args` (the command's own arguments) with the common options
    // (--help, --json) added. Returns Ok when parsing succeeded and the
    // command should run, or the exit code to return (help shown, usage error).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &command);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace sn::cli
