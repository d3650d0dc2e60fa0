#include "ui/about/AboutDialog.h"

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
    return QObject::tr(
               "# SuperNova %1\n\n"
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

QString AboutDialog::sampleDataMarkdown()
{
    // Written for the analyst; the file-by-file record (resources/sample-data/PROVENANCE.md)
    // stays with the source for those who audit it.
    return QObject::tr(
        "# Sample data\n\n"
        "SuperNova comes with real prices, so every area has something true to show before you import "
        "your own:\n\n"
        "- **Apple (AAPL)**: daily prices from May 2013 to May 2018. The closes are adjusted for the 7-for-1 "
        "split of June 2014, not for dividends.\n"
        "- **S&P 500 index (^GSPC)**: daily values from January 2000 to April 2020, through the dot-com "
        "bust, "
        "the 2008 financial crisis and the 2020 crash. It is the benchmark of the risk figures and stands in "
        "for positions without data in the stress tests.\n"
        "- **Microsoft, Amazon, IBM, Apple and Google**: one price a month from January 2000 to March 2010 "
        "(Google from August 2004). Monthly prices serve charts and monthly backtests; for daily risk "
        "figures, import daily prices with File > Import.\n"
        "- A sample portfolio and watchlist built from these instruments, to try the Portfolio and Risk "
        "areas. Delete or change them freely.\n\n"
        "## Where the data comes from\n\n"
        "- Apple: the npm package `@observablehq/sample-datasets` 1.0.1, which names Yahoo! Finance as its "
        "source; ISC licence.\n"
        "- S&P 500 and the monthly prices: the npm package `vega-datasets` 3.2.1 (Yahoo Finance for the "
        "S&P 500); BSD-3-Clause licence. Its authors say the data is meant for demonstration and may contain "
        "inconsistencies.\n\n"
        "The sample data is for learning the program, not for investment decisions.");
}

void AboutDialog::showSampleData(QWidget *parent)
{
    showMarkdown(parent, QObject::tr("About sample data"), sampleDataMarkdown());
}

} // namespace sn::ui
