#pragma once

#include "core/secrets/SecretStore.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;

// Preferences in four tabs:
// - Database: the SQLite file or PostgreSQL server used from the next start,
//   with "Test connection". A password typed into a PostgreSQL URL goes to
//   the keychain, never into the settings file.
// - API keys: each key the app knows, stored, checked and deleted only
//   through SecretStore; the field is masked and never shows a stored key.
// - Analytics: the default statistics convention and risk-free rate (in the
//   database, so the CLI uses them too).
// - Advisor: the daily cost limit for cloud models, the editable price table
//   the cost estimates use, and the risk profile that shapes the advisor's
//   wording (never its numbers).
// - Appearance: theme and language, applied at once.
// - News feeds: the stored feed list (NewsFeedsPage).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Workspace &db, JobTracker &jobs, SecretStore secrets = SecretStore(),
                   QWidget *parent = nullptr);

    // QSettings key of the database URL used at start-up (no password in it),
    // and the keychain entry holding that URL's password.
    static constexpr const char *kDatabaseUrlKey = "database/url";
    static constexpr const char *kDatabasePasswordSecret = "storage/postgresql/password";
    // Database settings keys.
    static constexpr const char *kConventionSetting = "analytics.convention";

    QTabWidget *tabs() const { return m_tabs; }
    QString keyStatus(const QString &key) const;
    QString connectionStatus() const;

    // Tests drive these like the buttons.
    void storeKey(const QString &key, const QString &secret);
    void deleteKey(const QString &key);
    void checkKey(const QString &key);
    void testConnection();
    bool saveDatabase();
    bool saveAnalytics();
    bool saveAdvisor();
    QString advisorStatus() const;
    void setTheme(const QString &name);
    void setLanguage(const QString &code);

Q_SIGNALS:
    void keyStatusChanged(const QString &key, const QString &status);
    void connectionTested(bool ok, const QString &message);
    void analyticsLoaded();
    void advisorLoaded();

private:
    struct KeyRow
    {
        QString key;
        QLineEdit *field = nullptr;
        QLabel *status = nullptr;
    };

    QWidget *databasePage();
    QWidget *keysPage();
    QWidget *analyticsPage();
    QWidget *advisorPage();
    QWidget *appearancePage();
    void loadAdvisor();
    KeyRow *row(const QString &key);
    void setKeyStatus(const QString &key, const QString &status);
    QString enteredUrl() const;
    void loadAnalytics();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    SecretStore m_secrets;
    QTabWidget *m_tabs;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_postgresUrl = nullptr;
    QLineEdit *m_postgresPassword = nullptr;
    QLabel *m_connection = nullptr;
    std::vector<KeyRow> m_keys;
    QComboBox *m_convention = nullptr;
    QDoubleSpinBox *m_riskFree = nullptr;
    QLabel *m_analyticsStatus = nullptr;
    QDoubleSpinBox *m_dailyLimit = nullptr;
    QSpinBox *m_riskScore = nullptr;
    QDoubleSpinBox *m_horizon = nullptr;
    QLineEdit *m_objectives = nullptr;
    QLineEdit *m_constraints = nullptr;
    QTableWidget *m_prices = nullptr;
    QLabel *m_advisorStatus = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_appearanceStatus = nullptr;
};

} // namespace sn::ui
