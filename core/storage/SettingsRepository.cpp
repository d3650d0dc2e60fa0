#include "core/storage/SettingsRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

namespace sn {

namespace {
std::string where(const QString &key)
{
    return "setting '" + key.toStdString() + "'";
}
} // namespace

Result<QString> SettingsRepository::get(const QString &key)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                      "reading " + where(key));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "not set", where(key));
    return q->value(0).toString();
}

Result<void> SettingsRepository::set(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "parameter 'key' is empty", "settings");
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn,
                         QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, sql::text(value)}, "saving " + where(key));
    if (!n)
        return n.error();
    return {};
}

Result<void> SettingsRepository::remove(const QString &key)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                         "removing " + where(key));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, "not set", where(key));
    return {};
}

Result<QStringList> SettingsRepository::keys()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT key FROM settings ORDER BY key"), {}, "listing settings");
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace sn
