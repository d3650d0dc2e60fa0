#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"

#include <QSqlDatabase>
#include <QString>

// Engine-specific bulk paths behind BarRepository (not a public API). Each
// runs inside the caller's transaction on the given connection.
namespace sn::bulk {

Result<qint64> storeSqlite(const QSqlDatabase &db, qint64 instrumentId, const BarSeries &bars);
Result<qint64> storePostgres(const QSqlDatabase &db, qint64 instrumentId, const BarSeries &bars);

Result<void> loadSqlite(const QSqlDatabase &db, qint64 instrumentId, const QString &interval,
                        TimestampMs from, TimestampMs to, BarSeries &out);
Result<void> loadPostgres(const QSqlDatabase &db, qint64 instrumentId, const QString &interval,
                          TimestampMs from, TimestampMs to, BarSeries &out);

// "bar 12 (2020-03-23)" for error messages.
std::string barContext(const BarSeries &bars, std::size_t index);

} // namespace sn::bulk
