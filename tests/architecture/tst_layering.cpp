// The layering rules of docs/architecture.md, checked on the source tree so a
// forbidden include fails the build's tests instead of slipping in:
//  - views and the desktop app reach data only through core/workspace
//    services: nothing under ui/ or app/desktop/ includes a core/storage header;
//  - core never depends on QtWidgets, QtGui or QtCharts.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("SUPERNOVA_SOURCE_DIR");
}

// "path:line: text" for every line under `folder` matching `pattern`.
QStringList offending(const QString &folder, const QRegularExpression &pattern)
{
    QStringList hits;
    const QString root = sourceDir();
    QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            if (pattern.match(text).hasMatch())
                hits
                    << QStringLiteral("%1:%2: %3").arg(QDir(root).relativeFilePath(path)).arg(line).arg(text);
        }
    }
    return hits;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir(sourceDir() + QStringLiteral("/core/storage")).exists(),
                 "SUPERNOVA_SOURCE_DIR must name the source tree (run through ctest)");
    }

    // The check itself must be able to fail: it finds the storage includes
    // that core/workspace legitimately has.
    void theCheckFindsIncludesWhereTheyAre()
    {
        const QRegularExpression storage(QStringLiteral("^#\\s*include\\s+[\"<]core/storage/"));
        QVERIFY(!offending(QStringLiteral("core/workspace"), storage).isEmpty());
    }

    void viewsAndTheDesktopAppNeverIncludeStorage()
    {
        const QRegularExpression storage(QStringLiteral("^#\\s*include\\s+[\"<]core/storage/"));
        for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app/desktop")}) {
            const QStringList hits = offending(folder, storage);
            QVERIFY2(hits.isEmpty(),
                     qPrintable(QStringLiteral("storage reached from %1 (use a core/workspace "
                                               "service):\n")
                                    .arg(folder) +
                                hits.join(QLatin1Char('\n'))));
        }
    }

    void coreNeverIncludesWidgetsGuiOrCharts()
    {
        const QRegularExpression gui(QStringLiteral(
            "^#\\s*include\\s+<(QtWidgets|QtGui|QtCharts|QtSvg|QtPrintSupport)/"
            "|^#\\s*include\\s+<(QWidget|QApplication|"
            "QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QChart|QChartView|QPdfWriter)>"));
        const QStringList hits = offending(QStringLiteral("core"), gui);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("GUI reached from core:\n") + hits.join(QLatin1Char('\n'))));
    }
};

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
