#pragma once

#include "core/common/Result.h"
#include "core/model/Instrument.h"

#include <vector>

namespace sn {

class Database;

class InstrumentRepository
{
public:
    explicit InstrumentRepository(const Database &db) : m_db(db) {}

    // Inserts or updates by symbol; returns the id (stable across updates).
    Result<qint64> upsert(const Instrument &instrument);
    Result<Instrument> find(const QString &symbol);
    Result<Instrument> findById(qint64 id);
    // Ordered by symbol.
    Result<std::vector<Instrument>> list();
    // Removes the instrument, its bars and its watchlist memberships. Fails
    // with Conflict while a portfolio transaction refers to it.
    Result<void> remove(const QString &symbol);

private:
    const Database &m_db;
};

} // namespace sn
