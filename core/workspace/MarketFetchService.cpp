#include "core/workspace/MarketFetchService.h"

#include "core/common/Log.h"
#include "core/providers/EcbRates.h"
#include "core/providers/MarketDataProvider.h"
#include "core/providers/ProviderHttpClient.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/MarketCacheRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/Change.h"
#include "core/workspace/ProviderSettings.h"
#include "core/workspace/Workspace.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace sn {

namespace {

const log::Category lc("supernova.workspace.fetch");
const QString kEuro = QStringLiteral("EUR");

std::string s(const QString &text)
{
    return text.toStdString();
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// What people read of `e`'s message (the English when it has no translation).
const std::string &readerMessage(const Error &e)
{
    return e.userMessage.empty() ? e.message : e.userMessage;
}

// "symbol AAPL" as the context of an error about one symbol, in English and for people.
Error atSymbol(const Error &e, const QString &symbol)
{
    return e.withContext(SN_TEXT("sn::MarketFetch", "symbol %1"), {s(symbol)});
}

Error unknownProvider(const QString &provider, const char *where)
{
    return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::MarketFetch", "unknown provider '%1'; known: %2"),
                 {s(provider), s(marketDataProviderIds().join(QStringLiteral(", ")))}, where, "provider");
}

// The daily quota kept in the database, so it survives restarts and is
// shared by the app and the CLI on the same workspace.
class DatabaseQuotaStore : public QuotaStore
{
public:
    explicit DatabaseQuotaStore(const Database &db) : m_db(db) {}
    Result<int> used(const QString &provider, const QString &day) override
    {
        return MarketCacheRepository(m_db).usage(provider, day);
    }
    Result<void> add(const QString &provider, const QString &day, int requests) override
    {
        return MarketCacheRepository(m_db).addUsage(provider, day, requests);
    }

private:
    const Database &m_db;
};

bool isIntraday(const QString &interval)
{
    return interval != QLatin1String("1d") && interval != QLatin1String("1wk") &&
           interval != QLatin1String("1mo");
}

QString settingOr(const Database &db, const QString &key, const QString &fallback)
{
    auto v = SettingsRepository(db).get(key);
    return v ? v.value() : fallback;
}

} // namespace

MarketFetchService::MarketFetchService(const Workspace &workspace, KeyLookup keys,
                                       HttpEnvironment environment)
    : m_db(workspace.database()), m_changes(workspace.changes()), m_keys(std::move(keys)),
      m_env(std::move(environment)), m_quota(std::make_unique<DatabaseQuotaStore>(workspace.database()))
{
    if (!m_env.quota)
        m_env.quota = m_quota.get();
    if (!m_env.nowMs)
        m_env.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

MarketFetchService::~MarketFetchService() = default;

QString MarketFetchService::orderKey()
{
    return QStringLiteral("providers.order");
}

QString MarketFetchService::settingKey(const QString &provider, const char *what)
{
    return QStringLiteral("providers.") + provider + QLatin1Char('.') + QLatin1String(what);
}

QDate MarketFetchService::today() const
{
    return dayOf(m_env.nowMs());
}

namespace {

// Every provider switched off in Preferences and none named.
Error noProviderEnabled()
{
    return Error(ErrorCode::InvalidArgument,
                 SN_TEXT("sn::MarketFetch",
                         "no market-data provider is enabled: enable one in Preferences > Data "
                         "providers, or name one with --provider (yahoo, stooq, ...)"),
                 {}, {}, "provider");
}

} // namespace

Result<QStringList> MarketFetchService::providerOrder() const
{
    // The order and the enabled flags Preferences > Data providers saves (ProviderSettings).
    QStringList order;
    for (const QString &id : ProviderSettings::orderFrom(settingOr(m_db, orderKey(), {})))
        if (settingOr(m_db, ProviderSettings::enabledKey(id), {}).trimmed().toLower() !=
            QLatin1String("false"))
            order << id;
    return order;
}

Result<ProviderSetup> MarketFetchService::setup(const QString &provider) const
{
    ProviderSetup out;
    out.id = provider;
    if (provider == EcbRates::id()) {
        out.displayName = QStringLiteral("ECB euro reference rates");
        out.baseUrl = EcbRates::defaultBaseUrl();
        out.limits = EcbRates::defaultLimits();
    } else {
        auto vendor = createMarketDataProvider(provider);
        if (!vendor)
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::MarketFetch", "unknown provider '%1'; known: %2 (and ecb for FX)"),
                         {s(provider), s(marketDataProviderIds().join(QStringLiteral(", ")))}, "provider");
        out.displayName = vendor->displayName();
        out.baseUrl = vendor->defaultBaseUrl();
        out.limits = vendor->defaultLimits();
        out.secretKey = vendor->secretKey();
    }
    const QString base = settingOr(m_db, settingKey(provider, "base_url"), {});
    if (!base.isEmpty()) {
        const QUrl url(base);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::MarketFetch", "setting %1 is not an http(s) URL: '%2'"),
                         {s(settingKey(provider, "base_url")), s(base)}, s(provider), "base_url");
        out.baseUrl = url;
    }
    for (auto [what, target] : {std::pair{"requests_per_minute", &out.limits.requestsPerMinute},
                                std::pair{"daily_quota", &out.limits.dailyQuota}}) {
        const QString text = settingOr(m_db, settingKey(provider, what), {});
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0)
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::MarketFetch", "setting %1 is not a whole number >= 0: '%2'"),
                         {s(settingKey(provider, what)), s(text)}, s(provider), what);
        *target = value;
    }
    return out;
}

Result<ProviderHttpClient *> MarketFetchService::client(const ProviderSetup &setup)
{
    auto it = m_clients.find(setup.id);
    if (it == m_clients.end())
        it = m_clients.emplace(setup.id, std::make_unique<ProviderHttpClient>(setup.id, setup.limits, m_env))
                 .first;
    return it->second.get();
}

Result<QString> MarketFetchService::apiKey(const ProviderSetup &setup) const
{
    if (setup.secretKey.isEmpty())
        return QString();
    if (!m_keys)
        return Error(
            ErrorCode::AccessDenied,
            SN_TEXT("sn::MarketFetch", "%1 needs an API key, and this caller has no keychain access"),
            {s(setup.id)}, s(setup.id), "api-key");
    auto key = m_keys(setup.secretKey);
    if (!key) {
        if (key.error().code == ErrorCode::NotFound)
            return Error(
                ErrorCode::AccessDenied,
                SN_TEXT("sn::MarketProvider",
                        "%1 needs an API key and none is stored: add it in Preferences > Data providers "
                        "(keychain entry %2)"),
                {s(setup.id), s(setup.secretKey)}, s(setup.id), "api-key");
        return key.error().withContext(SN_TEXT("sn::MarketFetch", "%1 API key"), {s(setup.id)});
    }
    return key;
}

Result<int> MarketFetchService::usedToday(const QString &provider) const
{
    return MarketCacheRepository(m_db).usage(provider, quotaDay(m_env.nowMs()));
}

Result<SymbolFetchOutcome> MarketFetchService::fetch(const QString &symbolIn,
                                                     const MarketFetchOptions &options,
                                                     const std::atomic<bool> *cancel)
{
    const QString symbol = symbolIn.trimmed();
    if (symbol.isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::MarketFetch", "no symbol given"), {}, "fetch",
                     "symbol")
            .at(SN_TEXT("sn::MarketFetch", "fetch"), {});
    QString providerId = options.provider;
    if (providerId.isEmpty()) {
        auto order = providerOrder();
        if (!order)
            return order.error();
        if (order->isEmpty())
            return atSymbol(noProviderEnabled(), symbol);
        providerId = order->value(0);
    }
    auto vendor = createMarketDataProvider(providerId);
    if (!vendor)
        return unknownProvider(providerId, "fetch").at(SN_TEXT("sn::MarketFetch", "fetch"), {});
    auto set = setup(providerId);
    if (!set)
        return set.error();
    if (options.baseUrl.isValid() && !options.baseUrl.isEmpty())
        set->baseUrl = options.baseUrl;
    if (!vendor->intervals().contains(options.interval))
        return Error(ErrorCode::Unsupported,
                     SN_TEXT("sn::MarketProvider", "%1 has no '%2' bars; it offers %3"),
                     {s(providerId), s(options.interval), s(vendor->intervals().join(QStringLiteral(", ")))},
                     "symbol " + s(symbol), "interval")
            .at(SN_TEXT("sn::MarketFetch", "symbol %1"), {s(symbol)});

    const QDate now = today();
    QDate to = options.to.isValid() ? std::min(options.to, now) : now;
    InstrumentRepository instruments(m_db);
    MarketCacheRepository cache(m_db);
    std::optional<Instrument> existing;
    if (auto found = instruments.find(symbol); found)
        existing = found.value();
    else if (found.error().code != ErrorCode::NotFound)
        return found.error();
    std::optional<MarketCacheRepository::Coverage> covered;
    if (existing) {
        auto c = cache.coverage(existing->id, options.interval, providerId);
        if (!c)
            return c.error();
        covered = *c;
    }
    QDate from = options.from;
    if (!from.isValid())
        from = covered ? dayOf(covered->coveredFrom) : to.addYears(-5);
    if (from > to)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::MarketFetch",
                             "the range %1..%2 is empty (--from after --to, or in the future)"),
                     {s(from.toString(Qt::ISODate)), s(to.toString(Qt::ISODate))}, "symbol " + s(symbol),
                     "from")
            .at(SN_TEXT("sn::MarketFetch", "symbol %1"), {s(symbol)});

    SymbolFetchOutcome outcome;
    outcome.symbol = symbol;
    outcome.provider = providerId;
    outcome.interval = options.interval;

    // Only what the cache does not cover, plus the last days again.
    if (!covered) {
        outcome.rangesAsked.append({from, to});
    } else {
        const QDate cf = dayOf(covered->coveredFrom);
        const QDate ct = dayOf(covered->coveredTo);
        const int revise = isIntraday(options.interval) ? 1 : std::max(0, options.revisionDays);
        if (from < cf)
            outcome.rangesAsked.append({from, std::min(to, cf.addDays(-1))});
        const QDate tailFrom = std::max(from, ct.addDays(-revise));
        if (to > ct.addDays(-revise) && tailFrom <= to) {
            // Joined with the head range when they touch, so one request does.
            if (!outcome.rangesAsked.isEmpty() && outcome.rangesAsked.last().second.addDays(1) >= tailFrom)
                outcome.rangesAsked.last().second = to;
            else
                outcome.rangesAsked.append({tailFrom, to});
        }
    }

    auto lastStoredBar = [&](qint64 instrumentId) -> std::optional<TimestampMs> {
        auto cov = BarRepository(m_db).coverage(instrumentId, options.interval);
        if (cov && cov->count > 0)
            return cov->last;
        return std::nullopt;
    };

    if (outcome.rangesAsked.isEmpty()) {
        if (existing)
            outcome.lastStored = lastStoredBar(existing->id);
        const auto upToDate = SN_TEXT("sn::MarketFetch", "up to date: the cache covers %1..%2");
        const std::string range[] = {s(from.toString(Qt::ISODate)), s(to.toString(Qt::ISODate))};
        outcome.note = qs(englishText(upToDate, {range[0], range[1]}));
        outcome.userNote = qs(translatedText(upToDate, {range[0], range[1]}));
        return outcome;
    }

    auto key = apiKey(*set);
    if (!key)
        return atSymbol(key.error(), symbol);
    auto http = client(*set);
    if (!http)
        return http.error();
    const int attemptsBefore = (*http)->attempts();

    std::vector<ProviderBars> parts;
    for (const auto &[rangeFrom, rangeTo] : outcome.rangesAsked) {
        FetchRequest request{symbol, rangeFrom, rangeTo, options.interval};
        auto got = fetchBars(*vendor, **http, request, set->baseUrl, *key, cancel);
        outcome.requests = (*http)->attempts() - attemptsBefore;
        if (!got) {
            if (got.error().code != ErrorCode::Unavailable)
                return got.error();
            // Offline, breaker open, quota spent, vendor down: keep the cache.
            outcome.offline = true;
            if (existing)
                outcome.lastStored = lastStoredBar(existing->id);
            const Error &why = got.error();
            if (!outcome.lastStored) {
                const auto nothingCached = SN_TEXT("sn::MarketFetch", "%1; nothing is cached for %2 yet");
                Error e(ErrorCode::Unavailable, englishText(nothingCached, {why.message, s(symbol)}),
                        "symbol " + s(symbol));
                const std::string reader = translatedText(nothingCached, {readerMessage(why), s(symbol)});
                if (reader != e.message)
                    e.userMessage = reader;
                return e.at(SN_TEXT("sn::MarketFetch", "symbol %1"), {s(symbol)});
            }
            const auto showing = SN_TEXT("sn::MarketFetch", "offline: showing data up to %1 (%2)");
            const std::string upTo = formatDate(*outcome.lastStored);
            outcome.note = qs(englishText(showing, {upTo, why.message}));
            outcome.userNote = qs(translatedText(showing, {upTo, readerMessage(why)}));
            lc.warn("{}", s(outcome.note));
            return outcome;
        }
        parts.push_back(std::move(got).value());
    }

    // One series of all parts, later parts winning on equal times (they are
    // the newer answer for the revised days).
    BarSeries merged;
    merged.symbol = symbol.toStdString();
    merged.interval = options.interval.toStdString();
    std::vector<CorporateAction> actions;
    ProviderBars *meta = nullptr;
    {
        std::map<TimestampMs, std::array<double, 5>> byTime;
        for (ProviderBars &p : parts) {
            for (std::size_t i = 0; i < p.bars.size(); ++i)
                byTime[p.bars.time[i]] = {p.bars.open[i], p.bars.high[i], p.bars.low[i], p.bars.close[i],
                                          p.bars.volume[i]};
            actions.insert(actions.end(), p.actions.begin(), p.actions.end());
            if (!meta || !p.currency.isEmpty())
                meta = &p;
        }
        merged.reserve(byTime.size());
        for (const auto &[t, v] : byTime)
            merged.append(t, v[0], v[1], v[2], v[3], v[4]);
    }
    outcome.barsReceived = static_cast<qint64>(merged.size());
    outcome.actionsReceived = static_cast<int>(actions.size());
    if (cancel && cancel->load())
        return Error(ErrorCode::Cancelled, SN_TEXT("sn::MarketFetch", "fetch cancelled; nothing was written"),
                     {}, "symbol " + s(symbol))
            .at(SN_TEXT("sn::MarketFetch", "symbol %1"), {s(symbol)});

    qint64 instrumentId = existing ? existing->id : 0;
    bool created = false;
    const qint64 fetchedAt = m_env.nowMs();
    auto written = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        if (!existing) {
            Instrument instrument;
            instrument.symbol = symbol;
            instrument.name = meta && !meta->name.isEmpty() ? meta->name : symbol;
            if (meta && meta->currency.size() == 3)
                instrument.currency = meta->currency.toUpper();
            if (meta)
                instrument.exchange = meta->exchange;
            instrument.source = providerId;
            auto id = instruments.upsert(instrument);
            if (!id)
                return id.error();
            instrumentId = *id;
            created = true;
        }
        if (!merged.empty()) {
            auto n = BarRepository(m_db).store(instrumentId, merged);
            if (!n)
                return atSymbol(n.error(), symbol);
            outcome.barsWritten = *n;
        }
        std::vector<MarketCacheRepository::Action> rows;
        rows.reserve(actions.size());
        for (const CorporateAction &a : actions)
            rows.push_back({QLatin1String(corporateActionKindName(a.kind)), a.time, a.value, providerId});
        auto changed = cache.storeActions(instrumentId, rows);
        if (!changed)
            return changed.error();
        outcome.actionsChanged = *changed;
        MarketCacheRepository::Coverage c;
        c.instrumentId = instrumentId;
        c.interval = options.interval;
        c.provider = providerId;
        c.coveredFrom = dayStartMs(covered ? std::min(from, dayOf(covered->coveredFrom)) : from);
        c.coveredTo = dayStartMs(covered ? std::max(to, dayOf(covered->coveredTo)) : to);
        c.fetchedAt = fetchedAt;
        c.note = meta ? meta->adjustmentNote : QString();
        return cache.setCoverage(c);
    });
    if (!written)
        return written.error();

    ChangeSet changes;
    changes.append(Change{Change::Entity::Instrument,
                          created ? Change::Kind::Created : Change::Kind::Updated,
                          instrumentId,
                          0,
                          symbol,
                          {}});
    changes.append(
        Change{Change::Entity::Bars, Change::Kind::Updated, 0, instrumentId, symbol, options.interval});
    m_changes.announce(changes);
    outcome.lastStored = lastStoredBar(instrumentId);
    lc.info("{}: {} bars, {} actions from {} in {} request(s)", s(symbol), outcome.barsWritten,
            outcome.actionsChanged, s(providerId), outcome.requests);
    return outcome;
}

Result<FxFetchOutcome> MarketFetchService::fetchFx(const QDate &fromIn, const QDate &toIn,
                                                   const QUrl &baseUrl, const std::atomic<bool> *cancel)
{
    auto set = setup(EcbRates::id());
    if (!set)
        return set.error();
    if (baseUrl.isValid() && !baseUrl.isEmpty())
        set->baseUrl = baseUrl;
    MarketCacheRepository cache(m_db);
    auto last = cache.lastRateDay(kEuro);
    if (!last)
        return last.error();
    FxFetchOutcome outcome;
    const QDate now = today();
    outcome.to = toIn.isValid() ? std::min(toIn, now) : now;
    // The euro's first reference rates are of 4 January 1999.
    outcome.from = fromIn.isValid() ? fromIn : (*last ? dayOf(**last).addDays(-3) : QDate(1999, 1, 4));
    if (*last)
        outcome.lastStored = dayOf(**last);
    if (outcome.from > outcome.to) {
        outcome.note = qs(englishText(SN_TEXT("sn::MarketFetch", "nothing to fetch: the range is empty")));
        outcome.userNote =
            qs(translatedText(SN_TEXT("sn::MarketFetch", "nothing to fetch: the range is empty")));
        return outcome;
    }
    auto http = client(*set);
    if (!http)
        return http.error();
    const int before = (*http)->attempts();
    auto rates = EcbRates::fetch(**http, set->baseUrl, outcome.from, outcome.to, now, cancel);
    outcome.requests = (*http)->attempts() - before;
    if (!rates) {
        if (rates.error().code != ErrorCode::Unavailable || !outcome.lastStored)
            return rates.error();
        outcome.offline = true;
        const auto showing = SN_TEXT("sn::MarketFetch", "offline: showing rates up to %1 (%2)");
        const std::string upTo = s(outcome.lastStored->toString(Qt::ISODate));
        outcome.note = qs(englishText(showing, {upTo, rates.error().message}));
        outcome.userNote = qs(translatedText(showing, {upTo, readerMessage(rates.error())}));
        return outcome;
    }
    outcome.ratesReceived = static_cast<int>(rates->size());
    std::vector<MarketCacheRepository::Rate> rows;
    rows.reserve(rates->size());
    for (const FxRate &r : *rates)
        rows.push_back({r.currency, dayStartMs(r.day), r.perEuro, EcbRates::id()});
    auto written = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        auto n = cache.storeRates(kEuro, rows);
        if (!n)
            return n.error();
        outcome.ratesChanged = *n;
        return {};
    });
    if (!written)
        return written.error();
    if (outcome.ratesChanged > 0) {
        // No entity of its own in Change: rates are announced as the setting-
        // like table they are, so valuation views can refresh on the key.
        m_changes.announce({Change{Change::Entity::Setting, Change::Kind::Updated, 0, 0,
                                   QStringLiteral("market.fx_rates"), kEuro}});
    }
    if (auto l = cache.lastRateDay(kEuro); l && *l)
        outcome.lastStored = dayOf(**l);
    return outcome;
}

Result<std::vector<SymbolMatch>> MarketFetchService::search(const QString &provider, const QString &query,
                                                            const QUrl &baseUrl)
{
    if (provider.isEmpty()) {
        // No --provider: the first enabled one, as fetch does.
        auto order = providerOrder();
        if (!order)
            return order.error();
        if (order->isEmpty())
            return noProviderEnabled().withContext(SN_TEXT("sn::MarketFetch", "search"), {});
        return search(order->value(0), query, baseUrl);
    }
    auto vendor = createMarketDataProvider(provider);
    if (!vendor)
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::MarketFetch", "unknown provider '%1'"),
                     {s(provider)}, "search", "provider")
            .at(SN_TEXT("sn::MarketFetch", "search"), {});
    if (!vendor->hasSearch())
        return Error(ErrorCode::Unsupported, SN_TEXT("sn::MarketProvider", "%1 has no symbol search"),
                     {s(provider)}, "search")
            .at(SN_TEXT("sn::MarketFetch", "search"), {});
    auto set = setup(provider);
    if (!set)
        return set.error();
    auto key = apiKey(*set);
    if (!key)
        return key.error();
    auto http = client(*set);
    if (!http)
        return http.error();
    return searchSymbols(*vendor, **http, query, baseUrl.isEmpty() ? set->baseUrl : baseUrl, *key);
}

Result<QString> MarketFetchService::testConnection(const QString &provider, const QUrl &baseUrl)
{
    auto set = setup(provider);
    if (!set)
        return set.error();
    const QUrl base = baseUrl.isEmpty() ? set->baseUrl : baseUrl;
    auto http = client(*set);
    if (!http)
        return http.error();
    if (provider == EcbRates::id()) {
        auto rates = EcbRates::fetch(**http, base, today().addDays(-10), today(), today());
        if (!rates)
            return rates.error();
        // Shown in Preferences: the reader's language there; the CLI installs no translator.
        return qs(translatedText(SN_TEXT("sn::MarketFetch", "ecb: %1 rates for the last 10 days"),
                                 {std::to_string(rates->size())}));
    }
    auto vendor = createMarketDataProvider(provider);
    auto key = apiKey(*set);
    if (!key)
        return key.error();
    // A well-known symbol over a few days: the cheapest request every vendor has.
    const QString probe =
        provider == QLatin1String("stooq") ? QStringLiteral("AAPL.US") : QStringLiteral("AAPL");
    FetchRequest request{probe, today().addDays(-7), today(), QStringLiteral("1d")};
    auto bars = fetchBars(*vendor, **http, request, base, *key);
    if (!bars)
        return bars.error();
    return qs(translatedText(SN_TEXT("sn::MarketFetch", "%1: %2 bars of %3 for the last 7 days"),
                             {s(provider), std::to_string(bars->bars.size()), s(probe)}));
}

Result<std::vector<FxQuote>> MarketFetchService::latestFx() const
{
    auto rows = MarketCacheRepository(m_db).latestRates(kEuro);
    if (!rows)
        return rows.error();
    std::vector<FxQuote> out;
    for (const auto &r : *rows)
        out.push_back({kEuro, r.quote, dayOf(r.day), r.rate, r.source});
    return out;
}

Result<double> MarketFetchService::fxRate(const QString &base, const QString &quote, const QDate &day) const
{
    if (base == quote)
        return 1.0;
    MarketCacheRepository cache(m_db);
    // Per euro: the last rate on or before `day`, within a week (holidays).
    auto perEuro = [&](const QString &currency) -> Result<double> {
        if (currency == kEuro)
            return 1.0;
        auto r = cache.rates(kEuro, currency, dayStartMs(day.addDays(-7)), dayStartMs(day));
        if (!r)
            return r.error();
        if (r->empty())
            return Error(ErrorCode::NotFound,
                         SN_TEXT("sn::MarketFetch",
                                 "no EUR/%1 rate stored on or in the week before %2; run 'supernova-cli fx'"),
                         {s(currency), s(day.toString(Qt::ISODate))}, "fx " + s(base) + "/" + s(quote));
        return r->back().rate;
    };
    auto b = perEuro(base);
    if (!b)
        return b.error();
    auto q = perEuro(quote);
    if (!q)
        return q.error();
    return *q / *b;
}

Result<std::vector<FetchCoverageInfo>> MarketFetchService::coverage() const
{
    auto rows = MarketCacheRepository(m_db).allCoverage();
    if (!rows)
        return rows.error();
    std::vector<FetchCoverageInfo> out;
    for (const auto &c : *rows)
        out.push_back({c.symbol, c.interval, c.provider, dayOf(c.coveredFrom), dayOf(c.coveredTo),
                       c.fetchedAt, c.note});
    return out;
}

Result<std::vector<CorporateAction>> MarketFetchService::corporateActions(const QString &symbol) const
{
    auto instrument = InstrumentRepository(m_db).find(symbol);
    if (!instrument)
        return instrument.error();
    auto rows = MarketCacheRepository(m_db).actions(instrument->id);
    if (!rows)
        return rows.error();
    std::vector<CorporateAction> out;
    for (const auto &a : *rows)
        out.push_back({a.kind == QLatin1String("split") ? CorporateAction::Kind::Split
                                                        : CorporateAction::Kind::Dividend,
                       a.time, a.value});
    return out;
}

Result<BarSeries> MarketFetchService::adjustedBars(const QString &symbol, const QString &interval) const
{
    auto bars = BarRepository(m_db).load(symbol, interval);
    if (!bars)
        return bars.error();
    auto actions = corporateActions(symbol);
    if (!actions)
        return actions.error();
    return adjustForActions(*bars, *actions);
}

BarSeries MarketFetchService::adjustForActions(const BarSeries &bars,
                                               const std::vector<CorporateAction> &actions)
{
    BarSeries out = bars;
    const std::size_t n = out.size();
    if (n == 0)
        return out;
    // factor[i]: what bar i's prices are multiplied by; walked from the newest bar back.
    std::vector<double> factor(n, 1.0);
    std::vector<CorporateAction> sorted = actions;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.time > b.time; });
    double running = 1.0;
    std::size_t next = 0;
    for (std::size_t k = n; k-- > 0;) {
        // Every action whose ex-date is after bar k applies to it.
        while (next < sorted.size() && sorted[next].time > bars.time[k]) {
            const CorporateAction &a = sorted[next];
            if (a.kind == CorporateAction::Kind::Split && a.value > 0)
                running /= a.value;
            else if (a.kind == CorporateAction::Kind::Dividend && bars.close[k] > a.value)
                running *= 1.0 - a.value / bars.close[k]; // bar k is the last close before the ex-date
            ++next;
        }
        factor[k] = running;
    }
    for (std::size_t i = 0; i < n; ++i) {
        out.open[i] *= factor[i];
        out.high[i] *= factor[i];
        out.low[i] *= factor[i];
        out.close[i] *= factor[i];
    }
    // Volumes follow splits only (a dividend does not change the share count).
    running = 1.0;
    next = 0;
    for (std::size_t k = n; k-- > 0;) {
        while (next < sorted.size() && sorted[next].time > bars.time[k]) {
            if (sorted[next].kind == CorporateAction::Kind::Split && sorted[next].value > 0)
                running *= sorted[next].value;
            ++next;
        }
        out.volume[k] = bars.volume[k] * running;
    }
    return out;
}

} // namespace sn
