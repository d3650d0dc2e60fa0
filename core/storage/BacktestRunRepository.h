#pragma once

#include "core/common/Result.h"
#include "core/model/BacktestRun.h"

#include <vector>

namespace sn {

class Database;

class BacktestRunRepository
{
public:
    explicit BacktestRunRepository(const Database &db) : m_db(db) {}

    // Inserts a new run and returns its id. params / inputs / results must be
    // JSON objects or arrays; createdAt 0 means now.
    Result<qint64> save(const BacktestRun &run);
    // Newest first, without `inputs` and `results` (they can be large): use
    // load() for one run in full.
    Result<std::vector<BacktestRun>> list();
    Result<BacktestRun> load(qint64 id);
    Result<void> rename(qint64 id, const QString &name);
    Result<void> remove(qint64 id);

private:
    const Database &m_db;
};

} // namespace sn
