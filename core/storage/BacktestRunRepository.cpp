#include "core/storage/BacktestRunRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sn {

namespace {

std::string where(qint64 id)
{
    return "backtest run " + std::to_string(id);
}

// An error about stored run `id`, in English and in the reader's language.
Error runError(ErrorCode code, TextKey text, qint64 id)
{
    return Error(code, text, {}).at(SN_TEXT("sn::RunService", "backtest run %1"), {std::to_string(id)});
}

Result<void> checkJson(const QString &text, const char *field)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || doc.isNull())
        return makeError(ErrorCode::InvalidArgument,
                         std::string("field '") + field + "' is not JSON: " +
                             err.errorString().toStdString() + " at offset " + std::to_string(err.offset),
                         "backtest run");
    return {};
}

} // namespace

Result<qint64> BacktestRunRepository::save(const BacktestRun &run)
{
    if (run.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::RunService", "field 'name' is empty"), {})
            .at(SN_TEXT("sn::RunService", "backtest run"), {});
    if (run.strategy.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::RunService", "field 'strategy' is empty"),
                         {})
            .at(SN_TEXT("sn::RunService", "backtest run"), {});
    for (auto [text, field] : {std::pair{&run.params, "params"}, std::pair{&run.inputs, "inputs"},
                               std::pair{&run.results, "results"}}) {
        auto ok = checkJson(*text, field);
        if (!ok)
            return ok.error();
    }
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const qint64 created = run.createdAt != 0 ? run.createdAt : nowMs();
    auto q = sql::run(
        *conn,
        QStringLiteral("INSERT INTO backtest_runs (name, created_at, strategy, params, inputs, results)"
                       " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {run.name.trimmed(), created, run.strategy, run.params, run.inputs, run.results},
        "saving backtest run '" + run.name.toStdString() + "'");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", "saving backtest run");
    return q->value(0).toLongLong();
}

Result<std::vector<BacktestRun>> BacktestRunRepository::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT id, name, created_at, strategy, params FROM backtest_runs"
                                     " ORDER BY created_at DESC, id DESC"),
                      {}, "listing backtest runs");
    if (!q)
        return q.error();
    std::vector<BacktestRun> out;
    while (q->next()) {
        BacktestRun r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        r.createdAt = q->value(2).toLongLong();
        r.strategy = q->value(3).toString();
        r.params = q->value(4).toString();
        r.inputs.clear();
        r.results.clear();
        out.push_back(std::move(r));
    }
    return out;
}

Result<BacktestRun> BacktestRunRepository::load(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT id, name, created_at, strategy, params, inputs, results"
                                     " FROM backtest_runs WHERE id = ?"),
                      {id}, "reading " + where(id));
    if (!q)
        return q.error();
    if (!q->next())
        return runError(ErrorCode::NotFound, SN_TEXT("sn::RunService", "no such backtest run"), id);
    BacktestRun r;
    r.id = q->value(0).toLongLong();
    r.name = q->value(1).toString();
    r.createdAt = q->value(2).toLongLong();
    r.strategy = q->value(3).toString();
    r.params = q->value(4).toString();
    r.inputs = q->value(5).toString();
    r.results = q->value(6).toString();
    return r;
}

Result<void> BacktestRunRepository::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return runError(ErrorCode::InvalidArgument, SN_TEXT("sn::RunService", "parameter 'name' is empty"),
                        id);
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("UPDATE backtest_runs SET name = ? WHERE id = ?"),
                         {name.trimmed(), id}, "renaming " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return runError(ErrorCode::NotFound, SN_TEXT("sn::RunService", "no such backtest run"), id);
    return {};
}

Result<void> BacktestRunRepository::remove(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM backtest_runs WHERE id = ?"), {id},
                         "removing " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return runError(ErrorCode::NotFound, SN_TEXT("sn::RunService", "no such backtest run"), id);
    return {};
}

} // namespace sn
