#pragma once

#include "core/secrets/SecretStore.h"
#include "core/workspace/ProviderSettings.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;

// Preferences > Data providers: the market-data providers in priority order
// (Move up / Move down; unchecked = disabled), each one's base URL, its API
// key (a masked field stored only through SecretStore, i.e. the keychain;
// the page says "key stored" and never shows it), "Test connection" per
// provider (a background job through MarketFetchService: OK, or the
// provider's own error for a bad key, an unreachable vendor or a spent
// quota), and the scheduled refresh of watchlist symbols (off by default,
// interval, whether it may run on a metered connection). Saved through
// ProviderSettings (one transaction, announced), which MarketFetchService and
// supernova-cli read, so the app and the CLI use the same order and URLs.
class DataProvidersPage : public QWidget
{
    Q_OBJECT
public:
    DataProvidersPage(const Workspace &workspace, JobTracker &jobs, SecretStore secrets = SecretStore(),
                      QWidget *parent = nullptr);

    // Tests drive these like the buttons.
    void selectProvider(const QString &id);
    QString currentProvider() const;
    void moveUp();
    void moveDown();
    void setProviderEnabled(const QString &id, bool enabled);
    QStringList order() const;            // as listed now, enabled or not
    QStringList enabledProviders() const; // as listed now
    bool save();                          // providers and schedule; false with the reason shown
    void storeKey();                      // the key field's text, for the current provider
    void deleteKey();                     // the current provider's key
    void testConnection();                // the current provider, with the URL in the field
    QString keyStatus(const QString &id) const;
    QString testStatus() const;
    QString status() const;

    QListWidget *providerList() const { return m_list; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *keyField() const { return m_key; }
    QCheckBox *refreshEnabledBox() const { return m_refreshEnabled; }
    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *allowMeteredBox() const { return m_allowMetered; }

Q_SIGNALS:
    void loaded();
    void keyStatusChanged(const QString &id, const QString &status);
    void connectionTested(const QString &id, bool ok, const QString &message);

private:
    void load();
    void showCurrent();
    void keepEditedUrl();
    void readKeyStatus(const QString &id);
    void setKeyStatus(const QString &id, const QString &status);
    void move(int by);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    SecretStore m_secrets;
    QMap<QString, ProviderChoice> m_choices; // by id; the order is the list's
    QMap<QString, QString> m_keyStatus;
    QString m_shown; // the provider the detail fields show
    QListWidget *m_list;
    QLabel *m_title;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QPushButton *m_storeKey;
    QPushButton *m_deleteKey;
    QLabel *m_keyLabel;
    QPushButton *m_test;
    QLabel *m_testStatus;
    QCheckBox *m_refreshEnabled;
    QSpinBox *m_interval;
    QCheckBox *m_allowMetered;
    QLabel *m_network;
    QLabel *m_status;
};

} // namespace sn::ui
