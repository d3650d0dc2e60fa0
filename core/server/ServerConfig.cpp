#include "core/server/ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>

namespace sn::server {

namespace {

Error keyError(const char *key, const std::string &message)
{
    return makeError(ErrorCode::InvalidArgument, message, std::string("config key '") + key + "'");
}

struct Source
{
    QSettings *file = nullptr;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    // "limits/max_frame_bytes" <- SUPERNOVA_SERVER_LIMITS_MAX_FRAME_BYTES
    std::optional<QString> get(const char *key) const
    {
        QString envName = QStringLiteral("SUPERNOVA_SERVER_") + QString::fromLatin1(key).toUpper();
        envName.replace(QLatin1Char('/'), QLatin1Char('_'));
        if (env.contains(envName))
            return env.value(envName);
        if (file && file->contains(QString::fromLatin1(key))) {
            // QSettings reads an unquoted "a, b" as a list.
            const QVariant v = file->value(QString::fromLatin1(key));
            if (v.typeId() == QMetaType::QStringList)
                return v.toStringList().join(QLatin1Char(','));
            return v.toString();
        }
        return std::nullopt;
    }
};

Result<qint64> integer(const Source &src, const char *key, qint64 fallback, qint64 min, qint64 max)
{
    const auto text = src.get(key);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 v = text->trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return keyError(key, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max) +
                                 ", not '" + text->toStdString() + "'");
    return v;
}

Result<double> number(const Source &src, const char *key, double fallback, double min, double max)
{
    const auto text = src.get(key);
    if (!text)
        return fallback;
    bool ok = false;
    const double v = text->trimmed().toDouble(&ok);
    // Written so that a NaN (toDouble reads "nan") fails it too.
    if (!ok || !(v >= min && v <= max))
        return keyError(key, "must be a number from " + std::to_string(min) + " to " + std::to_string(max) +
                                 ", not '" + text->toStdString() + "'");
    return v;
}

Result<bool> boolean(const Source &src, const char *key, bool fallback)
{
    const auto text = src.get(key);
    if (!text)
        return fallback;
    const QString t = text->trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
        return false;
    return keyError(key, "must be true or false, not '" + text->toStdString() + "'");
}

QString resolve(const QString &path, const QString &configPath)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute() || configPath.isEmpty())
        return path;
    return QFileInfo(configPath).absoluteDir().filePath(path);
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QString &path)
{
    std::unique_ptr<QSettings> file;
    if (!path.isEmpty()) {
        if (!QFileInfo(path).isReadable())
            return makeError(ErrorCode::NotFound, "the config file cannot be read", path.toStdString());
        file = std::make_unique<QSettings>(path, QSettings::IniFormat);
        if (file->status() != QSettings::NoError)
            return makeError(ErrorCode::ParseError, "the config file is not valid INI", path.toStdString());
    }
    Source src;
    src.file = file.get();
    ServerConfig c;
    auto withPath = [&](const Error &e) { return path.isEmpty() ? e : e.withContext(path.toStdString()); };

    if (auto listen = src.get("server/listen")) {
        QHostAddress address;
        if (!address.setAddress(listen->trimmed()))
            return withPath(
                keyError("server/listen", "is not an IP address: '" + listen->toStdString() + "'"));
        c.listenAddress = address;
    }
    auto port = integer(src, "server/port", c.port, 0, 65535);
    if (!port)
        return withPath(port.error());
    c.port = static_cast<quint16>(*port);
    c.certificateFile = resolve(src.get("server/certificate").value_or(QString()), path);
    c.privateKeyFile = resolve(src.get("server/private_key").value_or(QString()), path);
    auto insecure = boolean(src, "server/insecure_loopback", false);
    if (!insecure)
        return withPath(insecure.error());
    c.insecureLoopback = *insecure;
    c.databaseUrl = src.get("server/database").value_or(QString());
    if (c.databaseUrl.startsWith(QLatin1String("sqlite://")) &&
        !c.databaseUrl.startsWith(QLatin1String("sqlite:///")) && !path.isEmpty()) {
        // sqlite://relative/path.sqlite is relative to the config file.
        c.databaseUrl = QStringLiteral("sqlite://") + resolve(c.databaseUrl.mid(9), path);
    }
    if (auto ops = src.get("ops/listen")) {
        if (!c.opsAddress.setAddress(ops->trimmed()))
            return withPath(keyError("ops/listen", "is not an IP address: '" + ops->toStdString() + "'"));
    }
    auto opsPort = integer(src, "ops/port", 0, 0, 65535);
    if (!opsPort)
        return withPath(opsPort.error());
    c.opsPort = static_cast<quint16>(*opsPort);
    c.serverName = src.get("server/name").value_or(c.serverName);
    if (auto proxies = src.get("server/trusted_proxies")) {
        for (const QString &part : proxies->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString entry = part.trimmed();
            if (entry.isEmpty())
                continue;
            QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull()) {
                QHostAddress single;
                if (!single.setAddress(entry))
                    return withPath(
                        keyError("server/trusted_proxies",
                                 "'" + entry.toStdString() +
                                     "' is not an IP address or subnet (like 127.0.0.1 or 10.0.0.0/8)"));
                subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            }
            c.trustedProxies.append(subnet);
        }
    }
    c.notifyChannel = src.get("server/notify_channel").value_or(c.notifyChannel);

    auto frame = integer(src, "limits/max_frame_bytes", c.limits.maxFrameBytes, 1024, 64 * 1024 * 1024);
    auto rate = number(src, "limits/messages_per_second", c.messagesPerSecond, 0.001, 100000);
    auto burst = number(src, "limits/message_burst", c.messageBurst, 1, 1000000);
    auto failures = integer(src, "limits/login_failures", c.loginFailures, 1, 1000);
    auto window = integer(src, "limits/login_window_seconds", c.loginWindowSeconds, 1, 86400);
    auto access = integer(src, "auth/access_token_seconds", c.accessTokenSeconds, 10, 86400);
    auto refresh = integer(src, "auth/refresh_token_days", c.refreshTokenDays, 1, 3650);
    auto cost = integer(src, "auth/password_cost", c.passwordCostLog2N, 10, 20);
    for (const Result<qint64> *r : {&frame, &failures, &window, &access, &refresh, &cost})
        if (!*r)
            return withPath(r->error());
    for (const Result<double> *r : {&rate, &burst})
        if (!*r)
            return withPath(r->error());
    c.limits.maxFrameBytes = *frame;
    c.messagesPerSecond = *rate;
    c.messageBurst = *burst;
    c.loginFailures = static_cast<int>(*failures);
    c.loginWindowSeconds = static_cast<int>(*window);
    c.accessTokenSeconds = static_cast<int>(*access);
    c.refreshTokenDays = static_cast<int>(*refresh);
    c.passwordCostLog2N = static_cast<int>(*cost);
    return c;
}

bool ServerConfig::isTrustedProxy(const QHostAddress &address) const
{
    // A v4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d.
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    const QHostAddress plain = v4 ? QHostAddress(ipv4) : address;
    for (const auto &subnet : trustedProxies)
        if (plain.isInSubnet(subnet) || address.isInSubnet(subnet))
            return true;
    return false;
}

Result<void> ServerConfig::validate() const
{
    if (databaseUrl.isEmpty())
        return keyError("server/database", "is required (sqlite:///path or postgresql://user@host/db)");
    if (insecureLoopback) {
        if (!listenAddress.isLoopback())
            return keyError(
                "server/insecure_loopback",
                "plain ws:// is allowed only on a loopback listen address (127.0.0.1 or ::1), not " +
                    listenAddress.toString().toStdString());
        return {};
    }
    if (certificateFile.isEmpty())
        return keyError("server/certificate", "is required for wss:// (a PEM file)");
    if (privateKeyFile.isEmpty())
        return keyError("server/private_key", "is required for wss:// (a PEM file)");
    QFile cert(certificateFile);
    if (!cert.open(QIODevice::ReadOnly))
        return keyError("server/certificate", "cannot read '" + certificateFile.toStdString() + "'");
    const QList<QSslCertificate> certs = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (certs.isEmpty() || certs.front().isNull())
        return keyError("server/certificate", "no PEM certificate in " + certificateFile.toStdString());
    QFile key(privateKeyFile);
    if (!key.open(QIODevice::ReadOnly))
        return keyError("server/private_key", "cannot read '" + privateKeyFile.toStdString() + "'");
    const QByteArray pem = key.readAll();
    if (QSslKey(pem, QSsl::Rsa).isNull() && QSslKey(pem, QSsl::Ec).isNull())
        return keyError("server/private_key", "no RSA or EC private key in " + privateKeyFile.toStdString());
    return {};
}

} // namespace sn::server
