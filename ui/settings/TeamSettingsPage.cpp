#include "ui/settings/TeamSettingsPage.h"

#include "core/sync/SyncClient.h"
#include "ui/team/TeamSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSslSocket>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

namespace sn::ui {

namespace {

QString plainFingerprint(const QString &hex)
{
    QString s = hex.toLower();
    s.remove(QLatin1Char(':'));
    return s;
}

} // namespace

TeamSettingsPage::TeamSettingsPage(TeamSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("teamSettingsPage"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("wss://team.example.org:8443"));
    m_server->setAccessibleName(tr("Team server URL"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User"));
    m_workspace = new QLineEdit(this);
    m_workspace->setAccessibleName(tr("Workspace"));
    m_insecure = new QCheckBox(tr("Allow unencrypted ws:// to this computer (development only)"), this);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setAccessibleName(tr("Server certificate"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("used once to sign in, never stored"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Team sign-in status"));

    auto *saveButton = new QPushButton(tr("&Save"), this);
    auto *check = new QPushButton(tr("Check &certificate"), this);
    check->setToolTip(tr("Connects to the server and shows its certificate's SHA-256 fingerprint"));
    auto *signInButton = new QPushButton(tr("Sign &in"), this);
    auto *signOutButton = new QPushButton(tr("Sign &out"), this);
    signOutButton->setToolTip(tr("Revokes the sign-in on the server and deletes it from the keychain"));
    connect(saveButton, &QPushButton::clicked, this, &TeamSettingsPage::save);
    connect(check, &QPushButton::clicked, this, &TeamSettingsPage::checkCertificate);
    connect(signInButton, &QPushButton::clicked, this, &TeamSettingsPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, signInButton, &QPushButton::click);
    connect(signOutButton, &QPushButton::clicked, this, &TeamSettingsPage::signOut);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Workspace:"), m_workspace);
    form->addRow(QString(), m_insecure);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_fingerprint, 1);
    certRow->addWidget(check);
    form->addRow(tr("Certificate:"), certRow);
    auto *signRow = new QHBoxLayout;
    signRow->addWidget(m_password, 1);
    signRow->addWidget(signInButton);
    signRow->addWidget(signOutButton);
    form->addRow(tr("&Password:"), signRow);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The team server shares portfolios and chat with your team. These settings are "
                      "kept in the database (supernova-cli sync uses them too); the sign-in token is "
                      "kept only in the system keychain."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_prompt = [this](const QString &fp, const QString &why) {
        return QMessageBox::question(
                   this, tr("Trust this certificate?"),
                   tr("The team server's certificate is not trusted by this system (%1).\n\n"
                      "SHA-256 fingerprint:\n%2\n\nCompare it with the one your administrator "
                      "gave you. Trust this certificate for this server from now on?")
                       .arg(why, fp)) == QMessageBox::Yes;
    };
    connect(&m_session, &TeamSession::signedIn, this, [this](const QString &user) {
        setStatus(tr("Signed in as %1; the token is kept in the keychain.").arg(user));
    });
    connect(&m_session, &TeamSession::signedOut, this,
            [this]() { setStatus(tr("Signed out: the token was deleted from the keychain.")); });
    connect(&m_session, &TeamSession::problem, this,
            [this](const QString &, const QString &message) { setStatus(message); });
    load();
}

void TeamSettingsPage::load()
{
    const TeamSession::Config c = m_session.config();
    m_server->setText(c.server);
    m_user->setText(c.user);
    m_workspace->setText(c.workspace);
    m_insecure->setChecked(c.insecureLoopback);
    m_fingerprint->setText(c.fingerprint.isEmpty() ? tr("not checked") : tr("pinned: %1").arg(c.fingerprint));
}

bool TeamSettingsPage::save()
{
    TeamSession::Config c = m_session.config();
    const bool sameServer = m_server->text().trimmed() == c.server;
    c.server = m_server->text().trimmed();
    c.user = m_user->text().trimmed();
    c.workspace = m_workspace->text().trimmed();
    c.insecureLoopback = m_insecure->isChecked();
    if (!sameServer)
        c.fingerprint.clear(); // a pin belongs to one server
    if (auto r = m_session.saveConfig(c); !r) {
        setStatus(tr("Not saved: %1").arg(QString::fromStdString(r.error().toUserString())));
        return false;
    }
    if (!sameServer)
        m_fingerprint->setText(tr("not checked"));
    setStatus(tr("Saved."));
    return true;
}

void TeamSettingsPage::checkCertificate()
{
    const QUrl url(m_server->text().trimmed());
    if (url.scheme() != QLatin1String("wss") || url.host().isEmpty()) {
        setStatus(
            tr("'%1' is not a wss:// URL: there is no certificate to check.").arg(url.toDisplayString()));
        return;
    }
    setStatus(tr("Connecting to %1...").arg(url.host()));
    // Asynchronous: the handshake never blocks the GUI thread.
    auto *socket = new QSslSocket(this);
    socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    auto seen = std::make_shared<bool>(false);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket, seen](const QList<QSslError> &errors) {
        *seen = true;
        QStringList why;
        for (const QSslError &e : errors)
            why << e.errorString();
        certificateSeen(sync::SyncClient::fingerprint(socket->peerCertificate()), false,
                        why.join(QStringLiteral("; ")));
        // Not aborted inside its own signal: the errors are not ignored, so
        // the handshake fails by itself; the socket goes at the next turn.
        socket->deleteLater();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, seen]() {
        *seen = true;
        certificateSeen(sync::SyncClient::fingerprint(socket->peerCertificate()), true, {});
        socket->disconnectFromHost();
        socket->deleteLater();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket, seen](QAbstractSocket::SocketError) {
                if (*seen)
                    return;
                *seen = true;
                setStatus(tr("Cannot reach the server: %1").arg(socket->errorString()));
                emit certificateChecked({}, false);
                socket->deleteLater();
            });
    socket->connectToHostEncrypted(url.host(), static_cast<quint16>(url.port(443)));
}

void TeamSettingsPage::certificateSeen(const QString &fp, bool systemTrusted, const QString &why)
{
    const QString pinned = m_session.config().fingerprint;
    if (systemTrusted) {
        m_fingerprint->setText(tr("trusted by this system; SHA-256 %1").arg(fp));
        setStatus(tr("The server's certificate is trusted by this system."));
        emit certificateChecked(fp, true);
        return;
    }
    if (!pinned.isEmpty() && plainFingerprint(pinned) == plainFingerprint(fp)) {
        m_fingerprint->setText(tr("pinned: %1").arg(fp));
        setStatus(tr("The server's certificate is the pinned one."));
        emit certificateChecked(fp, true);
        return;
    }
    const bool changed = !pinned.isEmpty();
    const QString reason = changed ? tr("it is not the certificate pinned before: %1").arg(why) : why;
    if (!m_prompt || !m_prompt(fp, reason)) {
        m_fingerprint->setText(tr("not trusted: %1").arg(fp));
        setStatus(tr("The certificate was not trusted; the app will not connect to this server."));
        emit certificateChecked(fp, false);
        return;
    }
    if (auto r = m_session.savePinnedFingerprint(fp); !r) {
        setStatus(
            tr("Cannot remember the certificate: %1").arg(QString::fromStdString(r.error().toUserString())));
        emit certificateChecked(fp, false);
        return;
    }
    m_fingerprint->setText(tr("pinned: %1").arg(fp));
    setStatus(tr("Certificate pinned: the app trusts exactly this certificate for this server."));
    emit certificateChecked(fp, true);
}

void TeamSettingsPage::signIn()
{
    const QString password = m_password->text();
    m_password->clear();
    if (password.isEmpty()) {
        setStatus(tr("Type the password to sign in."));
        return;
    }
    if (!save())
        return;
    setStatus(tr("Signing in..."));
    m_session.signIn(password);
}

void TeamSettingsPage::signOut()
{
    setStatus(tr("Signing out..."));
    m_session.signOut();
}

QString TeamSettingsPage::status() const
{
    return m_status->text();
}

QString TeamSettingsPage::fingerprint() const
{
    return m_fingerprint->text();
}

void TeamSettingsPage::setStatus(const QString &text)
{
    m_status->setText(text);
    emit statusChanged(text);
}

} // namespace sn::ui
