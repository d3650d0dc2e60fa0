#pragma once

#include "core/common/Result.h"
#include "core/model/BacktestRun.h"
#include "core/workspace/Change.h"

#include <vector>

namespace sn {

class Database;
class Workspace;

// Saved backtest runs for the lab, the dashboard and the CLI; every change
// is announced as a BacktestRun change. A saved run's content does not
// change; renaming or removing a shared run queues its outbox row in the
// same transaction (syncjournal::record).
class RunService
{
public:
    explicit RunService(const Workspace &workspace);

    // Newest first, without inputs and results (load() has them).
    Result<std::vector<BacktestRun>> list() const;
    // The newest `count` runs in full (the dashboard shows their metrics).
    Result<std::vector<BacktestRun>> recent(int count) const;
    Result<BacktestRun> load(qint64 id) const;
    Result<qint64> save(const BacktestRun &run) const;
    Result<void> rename(qint64 id, const QString &name) const;
    Result<void> remove(qint64 id) const;

private:
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
