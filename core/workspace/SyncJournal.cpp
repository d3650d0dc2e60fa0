#include "core/workspace/SyncJournal.h"

#include "core/common/Time.h"
#include "core/storage/BacktestRunRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/storage/WatchlistRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <map>

namespace sn::syncjournal {

namespace {

thread_local int t_remoteDepth = 0;

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString dec(const Decimal &d)
{
    return QString::fromStdString(d.toString());
}

// Deletes of a row and, for a portfolio, of its shared lines: the mapping is
// kept as a tombstone until the delete is acknowledged.
Result<void> queueDelete(SyncRepository &repo, const SyncShared &shared, qint64 now)
{
    if (auto q =
            repo.enqueue(shared.workspace, shared.entity, shared.entityId, QStringLiteral("delete"), {}, now);
        !q)
        return q;
    if (shared.localId > 0) {
        SyncShared tomb = shared;
        tomb.localId = tombstoneId(shared.localId);
        if (auto r = repo.removeShared(shared.workspace, shared.entityId); !r)
            return r;
        if (auto r = repo.insertShared(tomb); !r)
            return r;
    }
    return {};
}

} // namespace

RemoteApplyScope::RemoteApplyScope()
{
    ++t_remoteDepth;
}

RemoteApplyScope::~RemoteApplyScope()
{
    --t_remoteDepth;
}

bool applyingRemote()
{
    return t_remoteDepth > 0;
}

QString newEntityId(const QString &entity)
{
    QString prefix = QStringLiteral("tx-");
    if (entity == QLatin1String(kPortfolio))
        prefix = QStringLiteral("pf-");
    else if (entity == QLatin1String(kWatchlist))
        prefix = QStringLiteral("wl-");
    else if (entity == QLatin1String(kBacktestRun))
        prefix = QStringLiteral("run-");
    else if (entity == QLatin1String(kNote))
        prefix = QStringLiteral("note-");
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject portfolioData(const QString &name, const QString &currency, const QString &note)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("note"), note}};
}

QJsonObject watchlistData(const Watchlist &list)
{
    return {{QStringLiteral("name"), list.name},
            {QStringLiteral("symbols"), QJsonArray::fromStringList(list.symbols)}};
}

Result<QJsonObject> runData(const BacktestRun &run)
{
    QJsonObject o{{QStringLiteral("name"), run.name},
                  {QStringLiteral("strategy"), run.strategy},
                  {QStringLiteral("created_at"), qint64(run.createdAt)}};
    for (auto [field, text] : {std::pair{"params", &run.params}, std::pair{"inputs", &run.inputs},
                               std::pair{"results", &run.results}}) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &error);
        if (doc.isNull())
            return makeError(ErrorCode::InvalidArgument,
                             "its " + std::string(field) +
                                 " are not JSON: " + error.errorString().toStdString(),
                             "saved run " + std::to_string(run.id));
        o.insert(QLatin1String(field), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }
    return o;
}

QJsonObject noteData(const TeamNote &note)
{
    return {{QStringLiteral("target_entity"), note.targetEntity},
            {QStringLiteral("target"), note.targetId},
            {QStringLiteral("author"), note.author},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("created_at"), note.createdAt},
            {QStringLiteral("updated_at"), note.updatedAt}};
}

Result<void> recordNote(const Database &db, qint64 noteId)
{
    if (applyingRemote())
        return {};
    auto note = NoteRepository(db).find(noteId);
    if (!note)
        return note.error();
    if (!*note)
        return makeError(ErrorCode::NotFound, "no such note", "note " + std::to_string(noteId));
    SyncRepository repo(db);
    auto shared = repo.sharedByLocal(QLatin1String(kNote), noteId);
    if (!shared)
        return shared.error();
    QString entityId;
    if (*shared) {
        entityId = (*shared)->entityId;
    } else {
        // No parent in the mapping: a portfolio's children are its lines,
        // which a portfolio's deletion deletes with it; its notes are kept.
        entityId = newEntityId(QLatin1String(kNote));
        if (auto r = repo.insertShared({QLatin1String(kNote), noteId, (*note)->workspace, entityId, {}, 0});
            !r)
            return r;
    }
    return repo.enqueue((*note)->workspace, QLatin1String(kNote), entityId, QStringLiteral("put"),
                        jsonText(noteData(**note)), nowMs());
}

// A watchlist or a saved run: one row, no children.
static Result<void> recordSingle(SyncRepository &repo, const Database &db, const Change &c,
                                 const QString &entity, qint64 now)
{
    auto shared = repo.sharedByLocal(entity, c.id);
    if (!shared)
        return shared.error();
    if (!*shared)
        return {};
    if (c.kind == Change::Kind::Removed)
        return queueDelete(repo, **shared, now);
    QJsonObject data;
    if (entity == QLatin1String(kWatchlist)) {
        auto list = WatchlistRepository(db).find(c.id);
        if (!list)
            return list.error();
        data = watchlistData(*list);
    } else {
        auto run = BacktestRunRepository(db).load(c.id);
        if (!run)
            return run.error();
        auto d = runData(*run);
        if (!d)
            return d.error();
        data = *d;
    }
    return repo.enqueue((*shared)->workspace, entity, (*shared)->entityId, QStringLiteral("put"),
                        jsonText(data), now);
}

Result<QJsonObject> transactionData(const Database &db, const PortfolioTransaction &line,
                                    const QString &portfolioEntityId)
{
    QJsonObject o{{QStringLiteral("portfolio"), portfolioEntityId},
                  {QStringLiteral("time"), qint64(line.time)},
                  {QStringLiteral("type"), line.type},
                  {QStringLiteral("quantity"), dec(line.quantity)},
                  {QStringLiteral("price"), dec(line.price)},
                  {QStringLiteral("amount"), dec(line.amount)},
                  {QStringLiteral("fee"), dec(line.fee)},
                  {QStringLiteral("tax"), dec(line.tax)},
                  {QStringLiteral("currency"), line.currency},
                  {QStringLiteral("note"), line.note}};
    if (line.instrumentId) {
        auto instrument = InstrumentRepository(db).findById(*line.instrumentId);
        if (!instrument)
            return instrument.error();
        o.insert(QStringLiteral("symbol"), instrument->symbol);
    }
    return o;
}

Result<void> record(const Database &db, const ChangeSet &changes)
{
    if (applyingRemote() || changes.isEmpty())
        return {};
    SyncRepository repo(db);
    const qint64 now = nowMs();
    // Ledgers read once per portfolio, and only when one of its lines changed.
    std::map<qint64, std::map<qint64, PortfolioTransaction>> ledgers;
    for (const Change &c : changes) {
        if (c.entity == Change::Entity::Transaction) {
            auto portfolio = repo.sharedByLocal(QLatin1String(kPortfolio), c.owner);
            if (!portfolio)
                return portfolio.error();
            if (!*portfolio)
                continue;
            auto shared = repo.sharedByLocal(QLatin1String(kTransaction), c.id);
            if (!shared)
                return shared.error();
            if (c.kind == Change::Kind::Removed) {
                if (*shared)
                    if (auto r = queueDelete(repo, **shared, now); !r)
                        return r;
                continue;
            }
            auto ledger = ledgers.find(c.owner);
            if (ledger == ledgers.end()) {
                auto lines = PortfolioRepository(db).transactions(c.owner);
                if (!lines)
                    return lines.error();
                std::map<qint64, PortfolioTransaction> byId;
                for (PortfolioTransaction &line : lines.value())
                    byId.emplace(line.id, std::move(line));
                ledger = ledgers.emplace(c.owner, std::move(byId)).first;
            }
            const auto line = ledger->second.find(c.id);
            if (line == ledger->second.end())
                continue; // added and removed within the same change
            const QString workspace = (*portfolio)->workspace;
            QString entityId;
            if (*shared) {
                entityId = (*shared)->entityId;
            } else {
                entityId = newEntityId(QLatin1String(kTransaction));
                if (auto r = repo.insertShared(
                        {QLatin1String(kTransaction), c.id, workspace, entityId, (*portfolio)->entityId, 0});
                    !r)
                    return r;
            }
            auto data = transactionData(db, line->second, (*portfolio)->entityId);
            if (!data)
                return data.error();
            if (auto q = repo.enqueue(workspace, QLatin1String(kTransaction), entityId, QStringLiteral("put"),
                                      jsonText(*data), now);
                !q)
                return q;
        } else if (c.entity == Change::Entity::Watchlist || c.entity == Change::Entity::BacktestRun) {
            if (auto r = recordSingle(repo, db, c,
                                      c.entity == Change::Entity::Watchlist ? QLatin1String(kWatchlist)
                                                                            : QLatin1String(kBacktestRun),
                                      now);
                !r)
                return r;
        } else if (c.entity == Change::Entity::Portfolio) {
            // A portfolio's row is gone by the time its removal is recorded,
            // so its mapping is found by the local id alone.
            auto shared = repo.sharedByLocal(QLatin1String(kPortfolio), c.id);
            if (!shared)
                return shared.error();
            if (!*shared)
                continue;
            if (c.kind == Change::Kind::Removed) {
                auto children = repo.sharedChildren((*shared)->entityId);
                if (!children)
                    return children.error();
                for (const SyncShared &child : children.value())
                    if (child.localId > 0)
                        if (auto r = queueDelete(repo, child, now); !r)
                            return r;
                if (auto r = queueDelete(repo, **shared, now); !r)
                    return r;
                continue;
            }
            auto p = PortfolioRepository(db).find(c.id);
            if (!p)
                return p.error();
            if (auto q = repo.enqueue((*shared)->workspace, QLatin1String(kPortfolio), (*shared)->entityId,
                                      QStringLiteral("put"),
                                      jsonText(portfolioData(p->name, p->baseCurrency, p->note)), now);
                !q)
                return q;
        }
    }
    return {};
}

} // namespace sn::syncjournal
