#include "ui/about/AboutDialog.h"

#include "core/workspace/SampleData.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

namespace sn::ui {

namespace {
void showMarkdown(QWidget *parent, const QString &title, const QString &markdown)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *text = new QTextBrowser(&dialog);
    text->setMarkdown(markdown);
    text->setOpenExternalLinks(true);
    text->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}
} // namespace

QString AboutDialog::aboutMarkdown(const QString &databaseUrl)
{
    return QObject::tr("# SuperNova %1\n\n"
                       "A trading-advisor workstation for analysts.\n\n"
                       "- Database: `%2`\n"
                       "- Qt %3 (LGPL-3.0), QtKeychain, spdlog and fmt (MIT), Eigen (MPL-2.0), SQLite (public "
                       "domain), libpq (PostgreSQL licence), OpenSSL 3 (Apache-2.0)\n\n"
                       "The bundled sample data and its licences are listed under Help > About sample data.")
        .arg(QStringLiteral(SUPERNOVA_VERSION), databaseUrl, QString::fromLatin1(qVersion()));
}

void AboutDialog::showAbout(QWidget *parent, const QString &databaseUrl)
{
    showMarkdown(parent, QObject::tr("About SuperNova"), aboutMarkdown(databaseUrl));
}

void AboutDialog::showSampleData(QWidget *parent)
{
    showMarkdown(parent, QObject::tr("About sample data"), SampleData::provenance());
}

} // namespace sn::ui
