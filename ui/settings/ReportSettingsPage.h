#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;

// Preferences > Reports: the company name and logo every report's header
// shows (PDF and HTML). Kept in the database through SettingsService, which
// announces the change, so `supernova-cli report` uses them too. The logo is
// the path of a PNG or JPEG file, checked before it is saved.
class ReportSettingsPage : public QWidget
{
    Q_OBJECT
public:
    ReportSettingsPage(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);

    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *logoEdit() const { return m_logo; }
    QString status() const;

    // Reads the stored values (in a job; loaded() follows).
    void load();
    // Checks the logo, then stores both (an empty field removes its setting).
    // Returns false with the reason shown when nothing was stored.
    bool save();

Q_SIGNALS:
    void loaded();

private:
    void pickLogo();
    void showLogoPreview();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QLineEdit *m_company;
    QLineEdit *m_logo;
    QLabel *m_preview;
    QLabel *m_status;
};

} // namespace sn::ui
