#pragma once

#include "core/common/Result.h"
#include "core/common/Time.h"

#include <QString>
#include <optional>
#include <vector>

namespace sn {

class Database;

// The online-market-data side of the cache (issue 15): corporate actions,
// FX reference rates, fetch coverage per instrument, interval and provider,
// and request counts per provider and UTC day. Bars themselves stay in
// BarRepository. Writes upsert, so a re-fetch that returns the same values
// changes nothing; callers wrap them in one transaction per symbol.
class MarketCacheRepository
{
public:
    struct Action
    {
        QString kind; // "split" | "dividend"
        TimestampMs time = 0;
        double value = 0;
        QString source;
    };
    struct Rate
    {
        QString quote;
        TimestampMs day = 0;
        double rate = 0;
        QString source;
    };
    struct Coverage
    {
        qint64 instrumentId = 0;
        QString symbol; // filled by allCoverage()
        QString interval;
        QString provider;
        TimestampMs coveredFrom = 0; // first day asked for and answered
        TimestampMs coveredTo = 0;   // last day asked for and answered
        TimestampMs fetchedAt = 0;
        QString note;
    };

    explicit MarketCacheRepository(const Database &db) : m_db(db) {}

    // Returns how many rows were new or changed.
    Result<int> storeActions(qint64 instrumentId, const std::vector<Action> &actions);
    Result<std::vector<Action>> actions(qint64 instrumentId);

    Result<int> storeRates(const QString &base, const std::vector<Rate> &rates);
    // Every quote's rate on the latest day stored for it.
    Result<std::vector<Rate>> latestRates(const QString &base);
    Result<std::vector<Rate>> rates(const QString &base, const QString &quote, TimestampMs from,
                                    TimestampMs to);
    // The latest day with any rate for `base`; nullopt when none.
    Result<std::optional<TimestampMs>> lastRateDay(const QString &base);

    Result<std::optional<Coverage>> coverage(qint64 instrumentId, const QString &interval,
                                             const QString &provider);
    Result<void> setCoverage(const Coverage &coverage);
    // Every row, with its instrument's symbol, by symbol then interval.
    Result<std::vector<Coverage>> allCoverage();

    Result<int> usage(const QString &provider, const QString &day);
    Result<void> addUsage(const QString &provider, const QString &day, int requests);

private:
    const Database &m_db;
};

} // namespace sn
