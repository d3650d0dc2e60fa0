#include "core/workspace/FxRates.h"

#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MarketCacheRepository.h"
#include "core/workspace/PortfolioServiceSupport.h"

#include <fmt/format.h>
#include <limits>

namespace sn {

namespace {

constexpr const char *kEuro = "EUR";

std::string pairName(const std::string &currency)
{
    return std::string(kEuro) + "/" + currency;
}

} // namespace

Result<const DailySeries *> FxRates::perEuro(const std::string &currency)
{
    if (auto it = m_perEuro.find(currency); it != m_perEuro.end())
        return &it->second;
    auto rows = MarketCacheRepository(m_db).rates(
        QString::fromLatin1(kEuro), QString::fromStdString(currency), std::numeric_limits<TimestampMs>::min(),
        std::numeric_limits<TimestampMs>::max());
    if (!rows)
        return rows.error();
    DailySeries s;
    s.time.reserve(rows->size());
    s.value.reserve(rows->size());
    for (const auto &r : *rows) {
        if (!(r.rate > 0))
            continue; // a stored rate is validated on the way in; never divide by a bad one
        s.time.push_back(startOfDay(r.day));
        s.value.push_back(r.rate);
    }
    return &m_perEuro.emplace(currency, std::move(s)).first->second;
}

Result<const FxRates::Series *> FxRates::series(const std::string &currency, const std::string &base)
{
    const auto key = std::make_pair(currency, base);
    if (auto it = m_series.find(key); it != m_series.end())
        return &it->second;
    if (currency == base)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::MarketFetch", "a currency is not converted into itself"), {},
                         "fx " + currency)
            .at(SN_TEXT("sn::MarketFetch", "fx %1"), {currency});

    Series out;
    Legs legs;
    // The euro legs: base per EUR and currency per EUR (the euro itself is 1).
    const DailySeries *basePerEuro = nullptr;
    const DailySeries *ccyPerEuro = nullptr;
    bool allStored = true;
    for (const auto &[leg, target] : {std::pair{base, &basePerEuro}, std::pair{currency, &ccyPerEuro}}) {
        if (leg == kEuro)
            continue;
        auto s = perEuro(leg);
        if (!s)
            return s.error();
        *target = *s;
        legs.ecb.emplace_back(pairName(leg), (*s)->time.empty()
                                                 ? std::optional<TimestampMs>()
                                                 : std::optional<TimestampMs>((*s)->time.front()));
        allStored = allStored && !(*s)->time.empty();
    }

    if (allStored) {
        out.ecb = true;
        std::string names;
        for (const auto &[name, first] : legs.ecb)
            names += (names.empty() ? "" : ", ") + name;
        out.source = "ECB reference rates " + names;
        DailySeries &s = out.series;
        if (!ccyPerEuro) { // the currency is the euro: base per EUR as published
            s = *basePerEuro;
        } else if (!basePerEuro) { // the base is the euro: EUR per unit = 1 / (units per EUR)
            s.time = ccyPerEuro->time;
            s.value.reserve(ccyPerEuro->value.size());
            for (double v : ccyPerEuro->value)
                s.value.push_back(1.0 / v);
        } else {
            // Cross through the euro on the days both were published (the ECB
            // publishes every currency on the same business days).
            std::size_t i = 0, j = 0;
            while (i < basePerEuro->time.size() && j < ccyPerEuro->time.size()) {
                const TimestampMs a = basePerEuro->time[i], b = ccyPerEuro->time[j];
                if (a < b) {
                    ++i;
                } else if (b < a) {
                    ++j;
                } else {
                    s.time.push_back(a);
                    s.value.push_back(basePerEuro->value[i] / ccyPerEuro->value[j]);
                    ++i;
                    ++j;
                }
            }
        }
        for (const auto &[leg, series] : {std::pair{base, basePerEuro}, std::pair{currency, ccyPerEuro}}) {
            if (series)
                out.used.push_back(portfolio_detail::usedOf("ECB " + pairName(leg), "fx", *series));
        }
    } else {
        // No ECB rate stored for a leg: an imported series of the pair, as before the feed.
        const std::string pair = currency + base;
        legs.importHint = pair + "=X";
        BarRepository bars(m_db);
        for (const std::string &symbol : {pair + "=X", pair}) {
            auto loaded = bars.load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval));
            if (loaded && !loaded->empty()) {
                out.series = portfolio_detail::closesOf(loaded.value());
                out.source = symbol;
                out.used.push_back(portfolio_detail::usedOf(symbol, "fx", out.series));
                legs.imported = symbol;
                break;
            }
            if (!loaded && loaded.error().code != ErrorCode::NotFound)
                return loaded.error();
        }
    }
    if (!out.series.time.empty())
        legs.first = out.series.time.front();
    m_legs[key] = std::move(legs);
    return &m_series.emplace(key, std::move(out)).first->second;
}

std::string FxRates::describe(const Legs &legs, const std::string &currency, const std::string &base,
                              TimestampMs day)
{
    const std::string date = formatDate(day);
    if (!legs.imported.empty())
        return fmt::format(
            "no {}->{} rate on or before {} in the imported series {}: import earlier daily bars "
            "of {}, or {}",
            currency, base, date, legs.imported, legs.imported, kFetchHint);
    std::string missing;
    int count = 0;
    for (const auto &[name, first] : legs.ecb)
        if (!first || *first > day) {
            missing += (missing.empty() ? "" : " and ") + name;
            ++count;
        }
    if (count == 0) // both legs exist, but not on a common day before `day`
        for (const auto &[name, first] : legs.ecb) {
            missing += (missing.empty() ? "" : " and ") + name;
            ++count;
        }
    std::string text =
        fmt::format("no {} {} on or before {}: {}", missing, count > 1 ? "rates" : "rate", date, kFetchHint);
    if (!legs.importHint.empty())
        text += fmt::format(", or import daily bars of {} ({} per {}); a rate of 1.0 is never assumed",
                            legs.importHint, base, currency);
    return text;
}

std::string FxRates::missingRate(const std::string &currency, const std::string &base, TimestampMs day) const
{
    auto it = m_legs.find({currency, base});
    if (it == m_legs.end())
        return fmt::format("no {}->{} rate on or before {}: {}", currency, base, formatDate(day), kFetchHint);
    return describe(it->second, currency, base, day);
}

std::function<std::string(const std::string &, TimestampMs)>
FxRates::missingRateText(const std::string &base) const
{
    std::map<std::string, Legs> legs;
    for (const auto &[key, value] : m_legs)
        if (key.second == base)
            legs.emplace(key.first, value);
    return [legs = std::move(legs), base](const std::string &currency, TimestampMs day) {
        auto it = legs.find(currency);
        if (it == legs.end())
            return fmt::format("no {}->{} rate on or before {}: {}", currency, base, formatDate(day),
                               kFetchHint);
        return describe(it->second, currency, base, day);
    };
}

} // namespace sn
