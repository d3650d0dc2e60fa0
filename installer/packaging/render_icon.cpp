// Renders the app's SVG icon to PNG files at the hicolor theme's sizes, at
// build time, with the same SVG renderer the app itself draws the icon with.
//
//   sn_render_icon ICON.svg OUTDIR SIZE...   writes OUTDIR/<SIZE>.png for each SIZE
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    // No display at build time; the offscreen platform is enough for QPainter.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments().mid(1);
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: sn_render_icon ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[0]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "sn_render_icon: %s: not a readable SVG file\n", qPrintable(args[0]));
        return 1;
    }
    const QDir outDir(args[1]);
    if (!QDir().mkpath(outDir.absolutePath())) {
        std::fprintf(stderr, "sn_render_icon: cannot create the folder %s\n", qPrintable(args[1]));
        return 1;
    }
    for (const QString &sizeText : args.mid(2)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr,
                         "sn_render_icon: size '%s': must be a whole number of pixels from 1 to 4096\n",
                         qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString file = outDir.absoluteFilePath(sizeText + QStringLiteral(".png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "sn_render_icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
