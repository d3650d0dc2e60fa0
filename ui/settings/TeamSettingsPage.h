#pragma once

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sn::ui {

class TeamSession;

// Preferences > Team: the team server's URL, the user and the workspace
// (kept in the database's settings, shared with `supernova-cli sync`), trust
// of a self-signed certificate (its SHA-256 is shown and the analyst is asked
// once; the pinned fingerprint is remembered through SettingsService), sign in
// (the token goes to the keychain through SecretStore, the password is not
// kept) and sign out (the token is revoked and deleted from the keychain).
class TeamSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeamSettingsPage(TeamSession &session, QWidget *parent = nullptr);

    // Asked before a certificate the system does not trust is pinned; true
    // pins it. A question box by default; tests answer it themselves.
    using TrustPrompt = std::function<bool(const QString &fingerprint, const QString &why)>;
    void setTrustPrompt(TrustPrompt prompt) { m_prompt = std::move(prompt); }

    // Tests drive these like the buttons.
    bool save();
    void checkCertificate();
    void signIn();
    void signOut();
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *workspaceField() const { return m_workspace; }
    QLineEdit *passwordField() const { return m_password; }
    QString status() const;
    QString fingerprint() const;

Q_SIGNALS:
    // After checkCertificate: the shown fingerprint and whether it is trusted
    // now (by the system or pinned).
    void certificateChecked(const QString &fingerprint, bool trusted);
    void statusChanged(const QString &status);

private:
    void load();
    void setStatus(const QString &text);
    void certificateSeen(const QString &fingerprint, bool systemTrusted, const QString &why);

    TeamSession &m_session;
    TrustPrompt m_prompt;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_workspace = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sn::ui
