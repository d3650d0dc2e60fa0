#pragma once

#include <QString>

class QWidget;

namespace sn::ui {

// "About SuperNova" (versions, database, licences) and "About sample data"
// (the bundled files' provenance and licences).
class AboutDialog
{
public:
    static void showAbout(QWidget *parent, const QString &databaseUrl);
    static void showSampleData(QWidget *parent);
    static QString aboutMarkdown(const QString &databaseUrl);
    // What the sample data is, for the analyst (translated).
    static QString sampleDataMarkdown();
};

} // namespace sn::ui
