#include "core/workspace/ProviderSettings.h"

#include "core/providers/MarketDataProvider.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/Change.h"
#include "core/workspace/Workspace.h"

#include <QSet>

namespace sn {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");

// The stored value of `key`, or `fallback` when it is not set.
Result<QString> stored(const Database &db, const QString &key, const QString &fallback)
{
    auto v = SettingsRepository(db).get(key);
    if (!v && v.error().code == ErrorCode::NotFound)
        return fallback;
    return v;
}

Result<bool> storedFlag(const Database &db, const QString &key, bool fallback)
{
    auto v = stored(db, key, fallback ? kTrue : kFalse);
    if (!v)
        return v.error();
    const QString t = v->trimmed().toLower();
    if (t == kTrue || t == QLatin1String("1"))
        return true;
    if (t == kFalse || t == QLatin1String("0"))
        return false;
    return Error(ErrorCode::InvalidArgument,
                 SN_TEXT("sn::ProviderSettings", "setting %1 is not true or false: '%2'"), {s(key), s(*v)},
                 s(key));
}

} // namespace

ProviderSettings::ProviderSettings(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

QString ProviderSettings::orderKey()
{
    return QStringLiteral("providers.order");
}

QString ProviderSettings::enabledKey(const QString &provider)
{
    return QStringLiteral("providers.") + provider + QStringLiteral(".enabled");
}

QString ProviderSettings::baseUrlKey(const QString &provider)
{
    return QStringLiteral("providers.") + provider + QStringLiteral(".base_url");
}

QString ProviderSettings::refreshKey(const char *what)
{
    return QStringLiteral("providers.refresh.") + QLatin1String(what);
}

QStringList ProviderSettings::orderFrom(const QString &orderSetting)
{
    const QStringList known = marketDataProviderIds();
    QStringList order;
    for (const QString &id : orderSetting.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = id.trimmed();
        if (known.contains(t) && !order.contains(t))
            order << t;
    }
    for (const QString &id : known)
        if (!order.contains(id))
            order << id;
    return order;
}

Result<QUrl> ProviderSettings::checkBaseUrl(const QString &provider, const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::ProviderSettings",
                             "%1: the base URL '%2' is not an http:// or https:// URL with a host"),
                     {s(provider), s(text.trimmed())}, {}, "base_url");
    return url;
}

Result<std::vector<ProviderChoice>> ProviderSettings::providers() const
{
    auto order = stored(m_db, orderKey(), {});
    if (!order)
        return order.error();
    std::vector<ProviderChoice> out;
    for (const QString &id : orderFrom(*order)) {
        auto vendor = createMarketDataProvider(id);
        ProviderChoice c;
        c.id = id;
        c.displayName = vendor->displayName();
        c.defaultBaseUrl = vendor->defaultBaseUrl();
        c.secretKey = vendor->secretKey();
        c.hasSearch = vendor->hasSearch();
        auto enabled = storedFlag(m_db, enabledKey(id), true);
        if (!enabled)
            return enabled.error();
        c.enabled = *enabled;
        auto base = stored(m_db, baseUrlKey(id), {});
        if (!base)
            return base.error();
        c.baseUrl = *base;
        out.push_back(std::move(c));
    }
    return out;
}

Result<void> ProviderSettings::saveProviders(const std::vector<ProviderChoice> &providers) const
{
    const QStringList known = marketDataProviderIds();
    QStringList order;
    std::vector<std::pair<QString, QString>> values;
    for (const ProviderChoice &c : providers) {
        if (!known.contains(c.id))
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::ProviderSettings", "unknown provider '%1'; known: %2"),
                         {s(c.id), s(known.join(QStringLiteral(", ")))}, "data providers", "provider")
                .at(SN_TEXT("sn::ProviderSettings", "data providers"), {});
        if (order.contains(c.id))
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::ProviderSettings", "provider '%1' is listed twice"), {s(c.id)},
                         "data providers", "provider")
                .at(SN_TEXT("sn::ProviderSettings", "data providers"), {});
        order << c.id;
        const QString base = c.baseUrl.trimmed();
        if (!base.isEmpty())
            if (auto ok = checkBaseUrl(c.id, base); !ok)
                return ok.error();
        // Only a disabled provider is written: absent means enabled, as before this setting existed.
        values.emplace_back(enabledKey(c.id), c.enabled ? QString() : kFalse);
        values.emplace_back(baseUrlKey(c.id), base);
    }
    for (const QString &id : known)
        if (!order.contains(id))
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::ProviderSettings",
                                 "provider '%1' is missing from the order; every provider has a place"),
                         {s(id)}, "data providers", "provider")
                .at(SN_TEXT("sn::ProviderSettings", "data providers"), {});
    values.emplace_back(orderKey(), order.join(QLatin1Char(',')));
    return write(values);
}

Result<RefreshSchedule> ProviderSettings::schedule() const
{
    RefreshSchedule out;
    auto enabled = storedFlag(m_db, refreshKey("enabled"), false);
    if (!enabled)
        return enabled.error();
    out.enabled = *enabled;
    auto metered = storedFlag(m_db, refreshKey("allow_metered"), false);
    if (!metered)
        return metered.error();
    out.allowMetered = *metered;
    auto minutes = stored(m_db, refreshKey("interval_minutes"), QString::number(out.intervalMinutes));
    if (!minutes)
        return minutes.error();
    bool ok = false;
    const int value = minutes->trimmed().toInt(&ok);
    if (!ok || value < kMinIntervalMinutes || value > kMaxIntervalMinutes)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::ProviderSettings",
                             "setting %1 is not a whole number of minutes from %2 to %3: '%4'"),
                     {s(refreshKey("interval_minutes")), std::to_string(kMinIntervalMinutes),
                      std::to_string(kMaxIntervalMinutes), s(*minutes)},
                     s(refreshKey("interval_minutes")), "interval_minutes");
    out.intervalMinutes = value;
    return out;
}

Result<void> ProviderSettings::saveSchedule(const RefreshSchedule &schedule) const
{
    if (schedule.intervalMinutes < kMinIntervalMinutes || schedule.intervalMinutes > kMaxIntervalMinutes)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::ProviderSettings",
                             "the refresh interval must be from %1 to %2 minutes, not %3"),
                     {std::to_string(kMinIntervalMinutes), std::to_string(kMaxIntervalMinutes),
                      std::to_string(schedule.intervalMinutes)},
                     {}, "interval_minutes")
            .at(SN_TEXT("sn::ProviderSettings", "scheduled refresh"), {});
    return write({{refreshKey("enabled"), schedule.enabled ? kTrue : kFalse},
                  {refreshKey("interval_minutes"), QString::number(schedule.intervalMinutes)},
                  {refreshKey("allow_metered"), schedule.allowMetered ? kTrue : kFalse}});
}

Result<RefreshRecord> ProviderSettings::lastRefresh() const
{
    RefreshRecord out;
    auto ranAt = stored(m_db, refreshKey("last_run"), QStringLiteral("0"));
    if (!ranAt)
        return ranAt.error();
    out.ranAt = ranAt->toLongLong();
    auto summary = stored(m_db, refreshKey("last_result"), {});
    if (!summary)
        return summary.error();
    out.summary = *summary;
    return out;
}

Result<void> ProviderSettings::recordRefresh(const RefreshRecord &record) const
{
    return write({{refreshKey("last_run"), QString::number(record.ranAt)},
                  {refreshKey("last_result"), record.summary}});
}

Result<void> ProviderSettings::write(const std::vector<std::pair<QString, QString>> &values) const
{
    ChangeSet changes;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        SettingsRepository repo(m_db);
        for (const auto &[key, value] : values) {
            auto current = repo.get(key);
            if (!current && current.error().code != ErrorCode::NotFound)
                return current.error();
            if (value.isEmpty()) {
                if (!current)
                    continue;
                if (auto r = repo.remove(key); !r)
                    return r.error();
                changes.append(Change{Change::Entity::Setting, Change::Kind::Removed, 0, 0, key, {}});
                continue;
            }
            if (current && *current == value)
                continue;
            if (auto r = repo.set(key, value); !r)
                return r.error();
            changes.append(Change{Change::Entity::Setting, Change::Kind::Updated, 0, 0, key, {}});
        }
        return {};
    });
    if (!done)
        return done.error();
    m_changes.announce(changes);
    return {};
}

} // namespace sn
