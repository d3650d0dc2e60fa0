#pragma once

#include "core/advisor/ChatTypes.h"
#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <functional>
#include <map>
#include <optional>

namespace sn::advisor {

// USD per million tokens for one model.
struct ModelPrice
{
    double inputPerMTok = 0;
    double outputPerMTok = 0;
};

// Tokens and estimated cost per call, today's running total (UTC day) and a
// daily limit that refuses further cloud calls once reached. Prices are a
// table the user edits; the built-in defaults are list prices at the time of
// writing and only a starting point. Local endpoints cost nothing and are
// never refused.
class UsageMeter
{
public:
    using Clock = std::function<QDateTime()>; // UTC

    explicit UsageMeter(Clock clock = {});

    // Editable defaults for a few well-known models (list prices, USD per
    // 1M tokens, as published by the vendors in 2025; check yours).
    static std::map<QString, ModelPrice> defaultPrices();

    void setPrice(const QString &model, ModelPrice price) { m_prices[model] = price; }
    void removePrice(const QString &model) { m_prices.erase(model); }
    const std::map<QString, ModelPrice> &prices() const { return m_prices; }
    // The price for `model`: an exact entry, else the longest entry that is a
    // prefix of it ("gpt-4o-mini-2024-07-18" uses "gpt-4o-mini").
    std::optional<ModelPrice> priceFor(const QString &model) const;

    // {"version": 1, "currency": "USD", "unit": "per 1M tokens",
    //  "models": {"gpt-4o": {"input": 2.5, "output": 10}, ...}}
    Result<void> loadPrices(const QString &path);
    Result<void> savePrices(const QString &path) const;

    // USD; 0 for a model without a price (the caller can say "unpriced").
    double estimateCost(const QString &model, const TokenUsage &usage) const;

    void setDailyLimitUsd(double limit) { m_dailyLimit = limit; } // <= 0: no limit
    double dailyLimitUsd() const { return m_dailyLimit; }

    // Refuses a cloud call once today's spending reached the limit.
    Result<void> check(const QString &model, bool localEndpoint) const;
    // Adds a finished call to today's total; returns its cost (0 if local).
    double record(const QString &model, const TokenUsage &usage, bool localEndpoint);
    // Seeds a day's total (from stored messages after a restart).
    void addSpent(QDate utcDay, double usd) { m_spent[utcDay] += usd; }
    double spentOn(QDate utcDay) const;
    double spentToday() const { return spentOn(today()); }

private:
    QDate today() const { return m_clock().date(); }

    Clock m_clock;
    std::map<QString, ModelPrice> m_prices;
    std::map<QDate, double> m_spent;
    double m_dailyLimit = 0;
};

} // namespace sn::advisor
