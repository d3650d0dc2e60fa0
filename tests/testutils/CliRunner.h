#pragma once

#include <QString>
#include <QStringList>

namespace sn::test {

// One run of a command-line program: exit code (-1 when it did not finish in
// time) and what it printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `program` with `args`; XDG_DATA_HOME points at `dataHome`, so the
// user's default database stays out of reach.
CliRun runCli(const QString &program, const QStringList &args, const QString &dataHome,
              int timeoutMs = 120000);

} // namespace sn::test
