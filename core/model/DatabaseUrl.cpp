#include "core/model/DatabaseUrl.h"

#include <QByteArray>
#include <QDir>
#include <QUrl>

namespace sn {

namespace {

const QString kMask = QStringLiteral("****");

// Masks the password of a URL that may not even parse, so error messages can
// quote what the user typed without leaking it.
QString maskedInput(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return url;
    const qsizetype authStart = schemeEnd + 3;
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'));
    if (at < authStart)
        return url;
    const qsizetype colon = url.indexOf(QLatin1Char(':'), authStart);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon + 1) + kMask + url.mid(at);
}

Error urlError(const QString &url, const QString &what)
{
    return makeError(ErrorCode::InvalidArgument, what.toStdString(),
                     "database URL '" + maskedInput(url).toStdString() + "'");
}

QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &url)
{
    const QString trimmed = url.trimmed();
    DatabaseUrl result;
    if (trimmed.isEmpty())
        return urlError(trimmed,
                        QStringLiteral("empty URL (expected sqlite:///path or postgresql://user@host/db)"));

    if (trimmed == QLatin1String("sqlite::memory:")) {
        result.m_engine = Engine::Sqlite;
        result.m_memory = true;
        return result;
    }

    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return urlError(trimmed, QStringLiteral("missing scheme (expected 'sqlite://' or 'postgresql://')"));
    const QString scheme = trimmed.left(schemeEnd).toLower();
    const QString rest = trimmed.mid(schemeEnd + 3);

    if (scheme == QLatin1String("sqlite")) {
        // sqlite:///abs/path: the authority is empty and the path absolute.
        if (!rest.startsWith(QLatin1Char('/')))
            return urlError(trimmed,
                            QStringLiteral("path must be absolute (sqlite:///absolute/path.sqlite)"));
        if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0)
            return urlError(
                trimmed, QStringLiteral("query options ('%1') are not supported for SQLite: the database is "
                                        "always opened for reading and writing (a file name with a '?' "
                                        "is written %3F)")
                             .arg(rest.mid(q)));
        const QString path = decode(rest);
        if (path.size() < 2 || path.endsWith(QLatin1Char('/')))
            return urlError(trimmed, QStringLiteral("path names no file"));
        result.m_engine = Engine::Sqlite;
        result.m_path = QDir::cleanPath(path);
        return result;
    }

    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return urlError(
            trimmed, QStringLiteral("unsupported scheme '%1' (expected sqlite or postgresql)").arg(scheme));

    result.m_engine = Engine::PostgreSql;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'), rest.lastIndexOf(QLatin1Char('@')) + 1);
    if (slash < 0)
        return urlError(trimmed, QStringLiteral("missing database name (postgresql://user@host/database)"));
    const QString authority = rest.left(slash);
    QString database = rest.mid(slash + 1);
    if (const qsizetype q = database.indexOf(QLatin1Char('?')); q >= 0)
        return urlError(trimmed,
                        QStringLiteral("query options ('%1') are not supported").arg(database.mid(q)));
    database = decode(database);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return urlError(trimmed, QStringLiteral("missing or invalid database name after the host"));

    QString hostPort = authority;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        result.m_user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            result.m_password = decode(userInfo.mid(colon + 1));
        if (result.m_user.isEmpty())
            return urlError(trimmed, QStringLiteral("empty user name before '@'"));
    }
    if (hostPort.isEmpty())
        return urlError(trimmed, QStringLiteral("missing host"));
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString portText = hostPort.mid(colon + 1);
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return urlError(trimmed, QStringLiteral("invalid port '%1' (expected 1..65535)").arg(portText));
        result.m_port = port;
        hostPort = hostPort.left(colon);
    }
    if (hostPort.isEmpty())
        return urlError(trimmed, QStringLiteral("missing host"));
    result.m_host = hostPort;
    result.m_database = database;
    return result;
}

QString DatabaseUrl::display() const
{
    if (m_engine == Engine::Sqlite)
        return m_memory ? QStringLiteral("sqlite::memory:") : QStringLiteral("sqlite://") + m_path;
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty()) {
        out += m_user;
        if (!m_password.isEmpty())
            out += QLatin1Char(':') + kMask;
        out += QLatin1Char('@');
    }
    return out + m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
}

} // namespace sn
