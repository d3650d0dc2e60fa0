#include "tests/testutils/TestPaths.h"

#include <QDir>
#include <QtGlobal>

namespace sn::test {

namespace {
QString sourceDir()
{
    return qEnvironmentVariable("SUPERNOVA_SOURCE_DIR", QStringLiteral(SUPERNOVA_SOURCE_DIR_DEFAULT));
}
} // namespace

QString sampleDataDir()
{
    return sourceDir() + QStringLiteral("/resources/sample-data");
}

QString sampleDataFile(const QString &name)
{
    return sampleDataDir() + QLatin1Char('/') + name;
}

QString testDataFile(const QString &relativePath)
{
    return sourceDir() + QStringLiteral("/tests/data/") + relativePath;
}

QString outputDir(const QString &sub)
{
    QString base = qEnvironmentVariable("SUPERNOVA_TEST_OUTPUT",
                                        QDir::tempPath() + QStringLiteral("/supernova-test-output"));
    QString dir = base + QLatin1Char('/') + sub;
    QDir().mkpath(dir);
    return dir;
}

QString postgresUrl()
{
    return qEnvironmentVariable("SUPERNOVA_TEST_PG_URL");
}

} // namespace sn::test
