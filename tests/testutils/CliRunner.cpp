#include "tests/testutils/CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace sn::test {

CliRun runCli(const QString &program, const QStringList &args, const QString &dataHome, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("SUPERNOVA_DB"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace sn::test
