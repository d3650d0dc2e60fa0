#include "core/server/ChangeListener.h"

#include "core/common/Log.h"
#include "core/server/PresenceBoard.h"
#include "core/storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sn::server {

static const sn::log::Category lc("supernova.server.listen");

ChangeListener::ChangeListener(const Database &db, QString channel, QObject *parent)
    : QObject(parent), m_db(db), m_channel(std::move(channel)),
      m_connectionName(QStringLiteral("supernova-listen-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_health.setInterval(1000);
    connect(&m_health, &QTimer::timeout, this, &ChangeListener::checkHealth);
}

ChangeListener::~ChangeListener()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isValid())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> ChangeListener::start()
{
    auto r = connectAndListen();
    m_health.start();
    return r;
}

Result<void> ChangeListener::connectAndListen()
{
    m_listening = false;
    auto base = m_db.connection();
    if (!base)
        return base.error();
    {
        QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
        if (old.isValid())
            old.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QSqlDatabase conn = QSqlDatabase::cloneDatabase(*base, m_connectionName);
    if (!conn.open())
        return makeError(ErrorCode::Unavailable,
                         "cannot open the LISTEN connection: " + conn.lastError().text().toStdString(),
                         m_db.displayUrl().toStdString());
    if (!conn.driver()->subscribeToNotification(m_channel))
        return makeError(ErrorCode::Unavailable, "LISTEN " + m_channel.toStdString() + " failed: " +
                                                     conn.driver()->lastError().text().toStdString());
    connect(conn.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != m_channel)
                    return;
                const QString text = payload.toString();
                if (const qint64 presence = PresenceBoard::workspaceOf(text); presence >= 0)
                    return emit presenceChanged(presence);
                bool ok = false;
                const qint64 workspaceId = text.toLongLong(&ok);
                if (ok)
                    emit workspaceChanged(workspaceId);
            });
    m_listening = true;
    lc.info("listening on channel {} of {}", m_channel.toStdString(), m_db.displayUrl().toStdString());
    return {};
}

void ChangeListener::checkHealth()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (m_listening && conn.isValid() && conn.isOpen()) {
            QSqlQuery q(conn);
            if (q.exec(QStringLiteral("SELECT 1")))
                return;
            lc.warn("the LISTEN connection is lost: {}", q.lastError().text().toStdString());
        }
    }
    auto r = connectAndListen();
    if (!r) {
        lc.warn("cannot listen yet: {}", r.error().toString());
        return;
    }
    emit reconnected();
}

} // namespace sn::server
