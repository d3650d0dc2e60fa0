#include "core/workspace/RunService.h"

#include "core/storage/BacktestRunRepository.h"
#include "core/storage/Database.h"
#include "core/workspace/SyncJournal.h"
#include "core/workspace/Workspace.h"

namespace sn {

namespace {

Error nameNeeded()
{
    return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::RunService", "a saved run needs a name"), {}, {},
                 "name")
        .at(SN_TEXT("sn::RunService", "backtest run"), {});
}

} // namespace

RunService::RunService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

Result<std::vector<BacktestRun>> RunService::list() const
{
    return BacktestRunRepository(m_db).list();
}

Result<std::vector<BacktestRun>> RunService::recent(int count) const
{
    BacktestRunRepository repo(m_db);
    auto all = repo.list();
    if (!all)
        return all.error();
    std::vector<BacktestRun> out;
    for (const BacktestRun &summary : all.value()) {
        if (static_cast<int>(out.size()) >= count)
            break;
        auto run = repo.load(summary.id);
        if (!run)
            return run.error();
        out.push_back(std::move(run).value());
    }
    return out;
}

Result<BacktestRun> RunService::load(qint64 id) const
{
    return BacktestRunRepository(m_db).load(id);
}

Result<qint64> RunService::save(const BacktestRun &run) const
{
    if (run.name.trimmed().isEmpty()) {
        return nameNeeded();
    }
    auto id = BacktestRunRepository(m_db).save(run);
    if (id)
        m_changes.announce(
            {Change{Change::Entity::BacktestRun, Change::Kind::Created, id.value(), 0, run.name, {}}});
    return id;
}

Result<void> RunService::rename(qint64 id, const QString &name) const
{
    if (name.trimmed().isEmpty()) {
        return nameNeeded();
    }
    // A shared run's outbox row commits with the rename (docs/sync.md).
    auto r = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        if (auto renamed = BacktestRunRepository(m_db).rename(id, name.trimmed()); !renamed)
            return renamed;
        return syncjournal::record(
            m_db, {Change{Change::Entity::BacktestRun, Change::Kind::Updated, id, 0, name.trimmed(), {}}});
    });
    if (r)
        m_changes.announce(
            {Change{Change::Entity::BacktestRun, Change::Kind::Updated, id, 0, name.trimmed(), {}}});
    return r;
}

Result<void> RunService::remove(qint64 id) const
{
    auto r = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        if (auto removed = BacktestRunRepository(m_db).remove(id); !removed)
            return removed;
        return syncjournal::record(
            m_db, {Change{Change::Entity::BacktestRun, Change::Kind::Removed, id, 0, {}, {}}});
    });
    if (r)
        m_changes.announce({Change{Change::Entity::BacktestRun, Change::Kind::Removed, id, 0, {}, {}}});
    return r;
}

} // namespace sn
