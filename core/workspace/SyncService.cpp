#include "core/workspace/SyncService.h"

#include "core/common/Log.h"
#include "core/common/Time.h"
#include "core/common/UserText.h"
#include "core/storage/BacktestRunRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/storage/WatchlistRepository.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SyncJournal.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <fmt/format.h>
#include <map>

namespace sn {

using namespace syncjournal;

namespace {

const log::Category lc("supernova.workspace.sync");

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<QJsonObject> optionalJson(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    return jsonObject(*text);
}

std::optional<QString> optionalText(const std::optional<QJsonObject> &o)
{
    if (!o)
        return std::nullopt;
    return jsonText(*o);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string where(const SyncRemoteEvent &e)
{
    return fmt::format("{} '{}' (rev {}) of workspace '{}'", str(e.entity), str(e.entityId), e.rev,
                       str(e.workspace));
}

Result<Decimal> decimalField(const QJsonObject &data, const char *field, const std::string &context)
{
    const QJsonValue v = data.value(QLatin1String(field));
    if (v.isUndefined())
        return Decimal();
    if (!v.isString())
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("field '{}' must be a decimal string", field), context);
    auto d = Decimal::parse(v.toString().toStdString());
    if (!d)
        return makeError(ErrorCode::InvalidArgument, fmt::format("field '{}': {}", field, d.error().message),
                         context);
    return d;
}

// The ledger line a remote transaction event describes, in this database's
// ids. Errors name the field and the event.
Result<PortfolioTransaction> lineFrom(const Database &db, const SyncRemoteEvent &e, qint64 portfolioId)
{
    const std::string context = where(e);
    PortfolioTransaction line;
    line.portfolioId = portfolioId;
    const QJsonValue time = e.data.value(QStringLiteral("time"));
    if (!time.isDouble())
        return makeError(ErrorCode::InvalidArgument, "field 'time' must be epoch milliseconds", context);
    line.time = time.toInteger();
    line.type = e.data.value(QStringLiteral("type")).toString();
    line.currency = e.data.value(QStringLiteral("currency")).toString();
    line.note = e.data.value(QStringLiteral("note")).toString();
    for (auto [field, target] :
         {std::pair{"quantity", &line.quantity}, std::pair{"price", &line.price},
          std::pair{"amount", &line.amount}, std::pair{"fee", &line.fee}, std::pair{"tax", &line.tax}}) {
        auto d = decimalField(e.data, field, context);
        if (!d)
            return d.error();
        *target = *d;
    }
    const QString symbol = e.data.value(QStringLiteral("symbol")).toString();
    if (!symbol.isEmpty()) {
        auto instrument = InstrumentRepository(db).find(symbol);
        if (!instrument) {
            if (instrument.error().code != ErrorCode::NotFound)
                return instrument.error();
            return makeError(
                ErrorCode::NotFound,
                SN_TEXT("sn::Sync", "instrument '%1' is not in this database: import its prices first"),
                {str(symbol)}, context);
        }
        line.instrumentId = instrument->id;
    }
    return line;
}

Result<void> checkTeamWorkspace(const QString &workspace)
{
    if (workspace.trimmed().isEmpty() || workspace.size() > 64)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Sync", "a workspace name is 1-64 characters"), {})
            .at(SN_TEXT("sn::Sync", "sync share"), {});
    return {};
}

// One whole sentence per kind, so a translation can inflect the noun.
TextKey alreadySharedText(const QString &entity)
{
    if (entity == QLatin1String(kWatchlist))
        return SN_TEXT("sn::Sync", "watchlist '%1' is already shared in workspace '%2'");
    if (entity == QLatin1String(kBacktestRun))
        return SN_TEXT("sn::Sync", "saved run '%1' is already shared in workspace '%2'");
    if (entity == QLatin1String(kPortfolio))
        return SN_TEXT("sn::Sync", "portfolio '%1' is already shared in workspace '%2'");
    return SN_TEXT("sn::Sync", "item '%1' is already shared in workspace '%2'");
}

// A JSON value of a remote run as the text backtest_runs stores.
Result<QString> runDocument(const QJsonObject &data, const char *field, const std::string &context)
{
    const QJsonValue v = data.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("{}");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return makeError(ErrorCode::InvalidArgument,
                     fmt::format("field '{}' must be an object or an array", field), context);
}

// The symbols of a remote watchlist, upper-cased, in order; every one must
// be an instrument of this database (a watchlist member is one).
Result<QStringList> watchlistSymbols(const Database &db, const SyncRemoteEvent &e)
{
    const std::string context = where(e);
    const QJsonValue v = e.data.value(QStringLiteral("symbols"));
    if (!v.isUndefined() && !v.isArray())
        return makeError(ErrorCode::InvalidArgument, "field 'symbols' must be an array of strings", context);
    QStringList symbols;
    QStringList missing;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return makeError(ErrorCode::InvalidArgument,
                             fmt::format("field 'symbols[{}]' must be a string", i), context);
        const QString symbol = array.at(i).toString().trimmed().toUpper();
        if (symbol.isEmpty() || symbols.contains(symbol))
            return makeError(ErrorCode::InvalidArgument,
                             fmt::format("field 'symbols[{}]' is empty or repeated", i), context);
        symbols << symbol;
        auto instrument = InstrumentRepository(db).find(symbol);
        if (!instrument) {
            if (instrument.error().code != ErrorCode::NotFound)
                return instrument.error();
            missing << symbol;
        }
    }
    if (!missing.isEmpty())
        return missing.size() == 1
                   ? makeError(ErrorCode::NotFound,
                               SN_TEXT("sn::Sync",
                                       "instrument '%1' is not in this database: import the prices first"),
                               {str(missing.front())}, context)
                   : makeError(ErrorCode::NotFound,
                               SN_TEXT("sn::Sync",
                                       "instruments %1 are not in this database: import the prices first"),
                               {str(missing.join(QStringLiteral(", ")))}, context);
    return symbols;
}

// Where a remote event's item stands here: its mapping, if any, and the local
// row the mapping points at (0 when the row is not here, e.g. never written
// or removed locally).
struct MappedItem
{
    std::optional<SyncShared> shared;
    qint64 localId = 0;
    bool here() const { return localId > 0; }
};

Result<MappedItem> mappedItem(SyncRepository &repo, const SyncRemoteEvent &e)
{
    auto shared = repo.sharedByEntity(e.workspace, e.entityId);
    if (!shared)
        return shared.error();
    MappedItem item;
    item.shared = std::move(shared).value();
    if (item.shared && item.shared->localId > 0)
        item.localId = item.shared->localId;
    return item;
}

// A remote delete of an item that is not here: only its mapping goes.
// Returns false (nothing here changed).
Result<bool> forgetMapping(SyncRepository &repo, const SyncRemoteEvent &e, const MappedItem &item)
{
    if (item.shared)
        if (auto r = repo.removeShared(e.workspace, e.entityId); !r)
            return r.error();
    return false;
}

// Maps the local row just written for a remote item, replacing a mapping
// whose row was gone. Called inside the writing transaction.
Result<void> mapWritten(SyncRepository &repo, const SyncRemoteEvent &e, const MappedItem &item,
                        const char *entity, qint64 localId, const QString &parent = {})
{
    if (item.shared)
        if (auto r = repo.removeShared(e.workspace, e.entityId); !r)
            return r;
    return repo.insertShared({QLatin1String(entity), localId, e.workspace, e.entityId, parent, e.rev});
}

} // namespace

struct SyncService::PendingLine
{
    const SyncRemoteEvent *event = nullptr;
    std::optional<SyncShared> shared;
};

SyncService::SyncService(const Workspace &workspace)
    : m_workspace(workspace), m_db(workspace.database()), m_changes(workspace.changes())
{
}

Result<QString> SyncService::sharePortfolio(qint64 portfolioId, const QString &workspace) const
{
    if (workspace.trimmed().isEmpty() || workspace.size() > 64)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Sync", "a workspace name is 1-64 characters"), {})
            .at(SN_TEXT("sn::Sync", "sync share"), {});
    QString entityId;
    QString name;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        PortfolioRepository portfolios(m_db);
        SyncRepository repo(m_db);
        auto p = portfolios.lockForWrite(portfolioId);
        if (!p)
            return p.error();
        name = p->name;
        auto existing = repo.sharedByLocal(QLatin1String(kPortfolio), portfolioId);
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(ErrorCode::AlreadyExists,
                             SN_TEXT("sn::Sync", "portfolio '%1' is already shared in workspace '%2'"),
                             {str(p->name), str((*existing)->workspace)})
                .at(SN_TEXT("sn::Sync", "sync share"), {});
        const qint64 now = nowMs();
        entityId = newEntityId(QLatin1String(kPortfolio));
        if (auto r = repo.insertShared({QLatin1String(kPortfolio), portfolioId, workspace, entityId, {}, 0});
            !r)
            return r;
        if (auto r = repo.enqueue(workspace, QLatin1String(kPortfolio), entityId, QStringLiteral("put"),
                                  jsonText(portfolioData(p->name, p->baseCurrency, p->note)), now);
            !r)
            return r;
        auto lines = portfolios.transactions(portfolioId);
        if (!lines)
            return lines.error();
        for (const PortfolioTransaction &line : lines.value()) {
            const QString lineId = newEntityId(QLatin1String(kTransaction));
            if (auto r =
                    repo.insertShared({QLatin1String(kTransaction), line.id, workspace, lineId, entityId, 0});
                !r)
                return r;
            auto data = transactionData(m_db, line, entityId);
            if (!data)
                return data.error();
            if (auto r = repo.enqueue(workspace, QLatin1String(kTransaction), lineId, QStringLiteral("put"),
                                      jsonText(*data), now);
                !r)
                return r;
        }
        return {};
    });
    if (!done)
        return done.error();
    // Areas show a shared portfolio's badge, and the sync client sends the
    // queued puts now rather than at its next outbox poll.
    m_changes.announce({Change{Change::Entity::Portfolio, Change::Kind::Updated, portfolioId, 0, name,
                               QStringLiteral("shared")}});
    return entityId;
}

Result<QString> SyncService::shareWatchlist(qint64 watchlistId, const QString &workspace) const
{
    return shareSingle(QLatin1String(kWatchlist), watchlistId, workspace);
}

Result<QString> SyncService::shareRun(qint64 runId, const QString &workspace) const
{
    return shareSingle(QLatin1String(kBacktestRun), runId, workspace);
}

Result<QString> SyncService::shareSingle(const QString &entity, qint64 localId,
                                         const QString &workspace) const
{
    if (auto ok = checkTeamWorkspace(workspace); !ok)
        return ok.error();
    const bool watchlist = entity == QLatin1String(kWatchlist);
    QString entityId;
    QString name;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        SyncRepository repo(m_db);
        QJsonObject data;
        if (watchlist) {
            auto list = WatchlistRepository(m_db).find(localId);
            if (!list)
                return list.error().code == ErrorCode::NotFound
                           ? makeError(ErrorCode::NotFound, SN_TEXT("sn::Sync", "no watchlist with id %1"),
                                       {std::to_string(localId)})
                                 .at(SN_TEXT("sn::Sync", "sync share"), {})
                           : list.error();
            name = list->name;
            data = watchlistData(*list);
        } else {
            auto run = BacktestRunRepository(m_db).load(localId);
            if (!run)
                return run.error().code == ErrorCode::NotFound
                           ? makeError(ErrorCode::NotFound, SN_TEXT("sn::Sync", "no saved run with id %1"),
                                       {std::to_string(localId)})
                                 .at(SN_TEXT("sn::Sync", "sync share"), {})
                           : run.error();
            name = run->name;
            auto d = runData(*run);
            if (!d)
                return d.error();
            data = *d;
        }
        auto existing = repo.sharedByLocal(entity, localId);
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(ErrorCode::AlreadyExists, alreadySharedText(entity),
                             {str(name), str((*existing)->workspace)})
                .at(SN_TEXT("sn::Sync", "sync share"), {});
        entityId = newEntityId(entity);
        if (auto r = repo.insertShared({entity, localId, workspace, entityId, {}, 0}); !r)
            return r;
        return repo.enqueue(workspace, entity, entityId, QStringLiteral("put"), jsonText(data), nowMs());
    });
    if (!done)
        return done.error();
    // The area shows its badge; the sync client sends the put now.
    m_changes.announce({Change{watchlist ? Change::Entity::Watchlist : Change::Entity::BacktestRun,
                               Change::Kind::Updated, localId, 0, name, QStringLiteral("shared")}});
    return entityId;
}

Result<std::vector<SyncSharedItem>> SyncService::shared(const QString &workspace) const
{
    SyncRepository repo(m_db);
    std::vector<SyncSharedItem> out;
    auto portfolioRows = repo.sharedOf(workspace, QLatin1String(kPortfolio));
    if (!portfolioRows)
        return portfolioRows.error();
    PortfolioRepository portfolios(m_db);
    for (const SyncShared &r : portfolioRows.value()) {
        if (r.localId <= 0)
            continue;
        auto p = portfolios.find(r.localId);
        out.push_back({r.workspace, r.entity, r.entityId, r.localId, p ? p->name : QString(), r.rev});
    }
    // Watchlists and runs are read once each (a run's list has no results).
    for (const QString &entity : {QStringLiteral("watchlist"), QStringLiteral("backtest_run")}) {
        auto rows = repo.sharedOf(workspace, entity);
        if (!rows)
            return rows.error();
        if (rows->empty())
            continue;
        std::map<qint64, QString> names;
        if (entity == QLatin1String(kWatchlist)) {
            auto lists = WatchlistRepository(m_db).list();
            if (!lists)
                return lists.error();
            for (const Watchlist &w : lists.value())
                names[w.id] = w.name;
        } else {
            auto runs = BacktestRunRepository(m_db).list();
            if (!runs)
                return runs.error();
            for (const BacktestRun &run : runs.value())
                names[run.id] = run.name;
        }
        for (const SyncShared &r : rows.value())
            if (r.localId > 0)
                out.push_back({r.workspace, r.entity, r.entityId, r.localId, names[r.localId], r.rev});
    }
    return out;
}

Result<std::optional<SyncSharedItem>> SyncService::sharedItem(const QString &entity, qint64 localId) const
{
    auto row = SyncRepository(m_db).sharedByLocal(entity, localId);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SyncSharedItem>();
    const SyncShared &r = **row;
    return std::optional<SyncSharedItem>(
        SyncSharedItem{r.workspace, r.entity, r.entityId, r.localId, {}, r.rev});
}

Result<std::vector<SyncOutgoing>> SyncService::outgoing(qint64 afterSeq, int limit) const
{
    SyncRepository repo(m_db);
    auto items = repo.pending(afterSeq, limit);
    if (!items)
        return items.error();
    std::vector<SyncOutgoing> out;
    out.reserve(items->size());
    for (const SyncOutboxItem &i : items.value()) {
        auto shared = repo.sharedByEntity(i.workspace, i.entityId);
        if (!shared)
            return shared.error();
        SyncOutgoing o;
        o.seq = i.seq;
        o.edit = i.edit;
        o.workspace = i.workspace;
        o.entity = i.entity;
        o.entityId = i.entityId;
        o.remove = i.op == QLatin1String("delete");
        if (!o.remove)
            o.data = jsonObject(i.data);
        o.baseRev = *shared ? (*shared)->rev : 0;
        o.lastError = i.lastError;
        out.push_back(std::move(o));
    }
    return out;
}

Result<qint64> SyncService::pendingCount() const
{
    return SyncRepository(m_db).pendingCount();
}

Result<void> SyncService::markSent(const std::vector<SyncOutgoing> &items) const
{
    std::vector<qint64> seqs;
    for (const SyncOutgoing &o : items)
        if (!o.remove)
            seqs.push_back(o.seq);
    if (seqs.empty())
        return {};
    return m_db.transaction(
        [&](QSqlDatabase &) -> Result<void> { return SyncRepository(m_db).markSent(seqs); });
}

Result<void> SyncService::acknowledged(const SyncOutgoing &item, qint64 rev) const
{
    return m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        SyncRepository repo(m_db);
        auto removed = repo.removeOutbox(item.seq, item.edit);
        if (!removed)
            return removed.error();
        if (item.remove && *removed)
            return repo.removeShared(item.workspace, item.entityId);
        if (!*removed)
            if (auto r = repo.clearSent(item.workspace, item.entityId); !r)
                return r; // the newer edit has not gone out yet
        return repo.setRev(item.workspace, item.entityId, rev);
    });
}

Result<void> SyncService::acknowledged(const std::vector<std::pair<SyncOutgoing, qint64>> &acks) const
{
    if (acks.empty())
        return {};
    return m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        for (const auto &[item, rev] : acks)
            if (auto r = acknowledged(item, rev); !r)
                return r;
        return {};
    });
}

Result<void> SyncService::conflicted(const SyncOutgoing &item, qint64 serverRev,
                                     const std::optional<QJsonObject> &theirs) const
{
    // A replay of a change the server already took (the ack was lost with a
    // crash or a dropped connection): same data, so nothing to decide.
    const bool same = item.remove ? !theirs.has_value() : (theirs && *theirs == item.data);
    if (same)
        return acknowledged(item, serverRev);
    return m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        SyncRepository repo(m_db);
        auto current = repo.outboxItem(item.workspace, item.entityId);
        if (!current)
            return current.error();
        if (*current && (*current)->sentData && theirs && jsonObject(*(*current)->sentData) == *theirs &&
            !(theirs == std::optional<QJsonObject>(item.data) && (*current)->edit == item.edit)) {
            // The server holds an earlier send of ours whose ack was lost
            // (the connection dropped first): not a conflict; the newer edit
            // goes out again on top of it.
            if (auto r = repo.clearSent(item.workspace, item.entityId); !r)
                return r;
            return repo.setRev(item.workspace, item.entityId, serverRev);
        }
        std::optional<QString> mine;
        if (*current && (*current)->op == QLatin1String("put"))
            mine = (*current)->data;
        else if (!*current && !item.remove)
            mine = jsonText(item.data);
        if (auto r = repo.removeOutboxFor(item.workspace, item.entityId); !r)
            return r;
        lc.info("conflict on {} '{}' in '{}': the server is at rev {}", str(item.entity), str(item.entityId),
                str(item.workspace), serverRev);
        return repo.putConflict({0,
                                 item.workspace,
                                 item.entity,
                                 item.entityId,
                                 mine,
                                 optionalText(theirs),
                                 serverRev,
                                 {},
                                 nowMs()});
    });
}

Result<void> SyncService::refused(const SyncOutgoing &item, const QString &message) const
{
    return SyncRepository(m_db).setOutboxError(item.seq, message);
}

Result<qint64> SyncService::cursor(const QString &workspace) const
{
    return SyncRepository(m_db).cursor(workspace);
}

Result<void> SyncService::advanceCursor(const QString &workspace, qint64 rev) const
{
    return SyncRepository(m_db).advanceCursor(workspace, rev);
}

Result<int> SyncService::applyRemote(const std::vector<SyncRemoteEvent> &events) const
{
    // Consecutive new or changed lines of one portfolio are applied in one
    // guarded ledger write: one lock and one replay of the ledger for the run
    // instead of one per line, which keeps a catch-up of thousands of lines
    // linear. Anything else (a deletion, a portfolio, an entity with a
    // waiting edit or a conflict) goes one event at a time.
    SyncRepository repo(m_db);
    int applied = 0;
    std::vector<PendingLine> run;
    qint64 runPortfolio = 0;
    QSet<QString> runIds;
    std::map<QString, qint64> portfolioOf; // portfolio entity id -> local id (0: not here)
    // What the database holds for each entity, read in a few statements up
    // front; valid for an entity's first event in `events` only (later ones
    // read it again, after the first was applied).
    std::map<QString, std::map<QString, SyncEntityState>> known;
    {
        std::map<QString, QStringList> ids;
        for (const SyncRemoteEvent &e : events)
            if (e.entity == QLatin1String(kTransaction) && !e.deleted)
                ids[e.workspace] << e.entityId;
        for (const auto &[workspace, list] : ids) {
            auto states = repo.entityStates(workspace, list);
            if (!states)
                return states.error();
            known.emplace(workspace, std::move(states).value());
        }
    }
    QSet<QString> seen;
    auto flush = [&]() -> Result<void> {
        if (run.empty())
            return {};
        auto n = applyLines(run, runPortfolio);
        if (n) {
            applied += *n;
        } else {
            // One of them cannot be applied here: find it (it becomes a
            // conflict with the reason) and apply the others.
            for (const PendingLine &l : run) {
                auto one = applyOne(*l.event, false);
                if (!one)
                    return one.error();
                applied += *one ? 1 : 0;
            }
        }
        run.clear();
        runIds.clear();
        return {};
    };
    for (const SyncRemoteEvent &e : events) {
        qint64 target = 0;
        std::optional<SyncShared> shared;
        if (e.entity == QLatin1String(kTransaction) && !e.deleted && !runIds.contains(e.entityId)) {
            const QString seenKey = e.workspace + QLatin1Char('\n') + e.entityId;
            Result<SyncEntityState> state = SyncEntityState{};
            if (!seen.contains(seenKey))
                state = known[e.workspace][e.entityId];
            else
                state = repo.entityState(e.workspace, e.entityId);
            seen.insert(seenKey);
            if (!state)
                return state.error();
            if (state->shared && e.rev <= state->shared->rev)
                continue; // already here
            if (!state->waiting && !state->conflicted) {
                const QString parent = e.data.value(QStringLiteral("portfolio")).toString();
                auto known = portfolioOf.find(parent);
                if (known == portfolioOf.end()) {
                    auto p = repo.sharedByEntity(e.workspace, parent);
                    if (!p)
                        return p.error();
                    known = portfolioOf.emplace(parent, *p && (*p)->localId > 0 ? (*p)->localId : 0).first;
                }
                target = known->second;
                shared = state->shared;
            }
        }
        if (target != 0 && (run.empty() || target == runPortfolio)) {
            run.push_back({&e, shared});
            runPortfolio = target;
            runIds.insert(e.entityId);
            continue;
        }
        if (auto f = flush(); !f)
            return f.error();
        if (target != 0) {
            run.push_back({&e, shared});
            runPortfolio = target;
            runIds.insert(e.entityId);
            continue;
        }
        auto one = applyOne(e, false);
        if (!one)
            return one.error();
        applied += *one ? 1 : 0;
        if (e.entity == QLatin1String(kPortfolio))
            portfolioOf.clear(); // a portfolio came or went
    }
    if (auto f = flush(); !f)
        return f.error();
    return applied;
}

Result<int> SyncService::applyLines(const std::vector<PendingLine> &lines, qint64 portfolioId) const
{
    syncjournal::RemoteApplyScope remote;
    SyncRepository repo(m_db);
    PortfolioRepository portfolios(m_db);
    int applied = 0;
    std::vector<SyncShared> mappings;
    auto done =
        LedgerService(m_workspace)
            .write(portfolioId, [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
                for (const PendingLine &l : lines) {
                    const SyncRemoteEvent &e = *l.event;
                    auto line = lineFrom(m_db, e, portfolioId);
                    if (!line)
                        return line.error();
                    const QString parent = e.data.value(QStringLiteral("portfolio")).toString();
                    if (l.shared && l.shared->localId > 0) {
                        line->id = l.shared->localId;
                        auto owner = portfolios.portfolioOf(line->id);
                        if (!owner)
                            return owner.error();
                        if (*owner != portfolioId)
                            return makeError(ErrorCode::Conflict, "the line moved to another portfolio",
                                             where(e));
                        if (auto r = portfolios.updateTransaction(*line); !r)
                            return r;
                        changes.append(Change{Change::Entity::Transaction,
                                              Change::Kind::Updated,
                                              line->id,
                                              portfolioId,
                                              {},
                                              {}});
                        if (auto r = repo.setRev(e.workspace, e.entityId, e.rev); !r)
                            return r;
                    } else {
                        auto id = portfolios.addTransaction(*line);
                        if (!id)
                            return id.error();
                        changes.append(Change{
                            Change::Entity::Transaction, Change::Kind::Created, *id, portfolioId, {}, {}});
                        if (l.shared)
                            if (auto r = repo.removeShared(e.workspace, e.entityId); !r)
                                return r;
                        mappings.push_back(
                            {QLatin1String(kTransaction), *id, e.workspace, e.entityId, parent, e.rev});
                    }
                    ++applied;
                }
                return repo.insertShared(mappings);
            });
    if (!done)
        return done.error();
    return applied;
}

Result<bool> SyncService::applyOne(const SyncRemoteEvent &e, bool force) const
{
    const bool portfolio = e.entity == QLatin1String(kPortfolio);
    const bool watchlist = e.entity == QLatin1String(kWatchlist);
    const bool run = e.entity == QLatin1String(kBacktestRun);
    const bool note = e.entity == QLatin1String(kNote);
    if (!portfolio && !watchlist && !run && !note && e.entity != QLatin1String(kTransaction))
        return false; // chat is the sync client's, not the database's
    SyncRepository repo(m_db);
    if (!force) {
        auto shared = repo.sharedByEntity(e.workspace, e.entityId);
        if (!shared)
            return shared.error();
        if (*shared && e.rev <= (*shared)->rev)
            return false; // already here (our own change echoed, or a replayed batch)
        auto waiting = repo.outboxItem(e.workspace, e.entityId);
        if (!waiting)
            return waiting.error();
        if (*waiting) {
            if ((*waiting)->sentData && !e.deleted && jsonObject(*(*waiting)->sentData) == e.data) {
                // Our own earlier send, whose ack was lost: this database
                // holds it (or a newer edit of it), now at e.rev.
                if (auto r = repo.setRev(e.workspace, e.entityId, e.rev); !r)
                    return r.error();
                if ((*waiting)->op == QLatin1String("put") && jsonObject((*waiting)->data) == e.data) {
                    // Nothing newer waits: the send is as good as acknowledged.
                    // Sending it again would write the same data as a new
                    // revision that every other client then applies once more.
                    if (auto r = repo.removeOutboxFor(e.workspace, e.entityId); !r)
                        return r.error();
                    return false;
                }
                if (auto r = repo.clearSent(e.workspace, e.entityId); !r)
                    return r.error();
                return false;
            }
            return false; // our edit will come back as a conflict with the server's version
        }
        auto conflict = repo.conflictFor(e.workspace, e.entityId);
        if (!conflict)
            return conflict.error();
        if (*conflict) {
            SyncConflict c = **conflict;
            c.theirs = e.deleted ? std::nullopt : std::optional<QString>(jsonText(e.data));
            c.serverRev = e.rev;
            if (auto r = repo.putConflict(c); !r)
                return r.error();
            return false;
        }
    }
    syncjournal::RemoteApplyScope remote;
    auto applied = portfolio   ? applyPortfolio(e)
                   : watchlist ? applyWatchlist(e)
                   : run       ? applyRun(e)
                   : note      ? applyNote(e)
                               : applyTransaction(e);
    if (applied || force)
        return applied;
    // Kept as a conflict with the reason, so the remote version is not lost.
    const Error &why = applied.error();
    lc.warn("cannot apply {}: {}", where(e), why.toString());
    auto mine = localState(e.workspace, e.entityId);
    if (!mine)
        return mine.error();
    if (auto r = repo.putConflict({0, e.workspace, e.entity, e.entityId, optionalText(*mine),
                                   e.deleted ? std::nullopt : std::optional<QString>(jsonText(e.data)), e.rev,
                                   QString::fromStdString(why.message), nowMs()});
        !r)
        return r.error();
    return false;
}

Result<bool> SyncService::applyPortfolio(const SyncRemoteEvent &e) const
{
    SyncRepository repo(m_db);
    PortfolioRepository portfolios(m_db);
    auto mapped = mappedItem(repo, e);
    if (!mapped)
        return mapped.error();
    const bool here = mapped->here();
    if (e.deleted) {
        if (!here)
            return forgetMapping(repo, e, *mapped);
        const qint64 id = mapped->localId;
        auto p = portfolios.find(id);
        auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            auto children = repo.sharedChildren(e.entityId);
            if (!children)
                return children.error();
            for (const SyncShared &child : children.value())
                if (auto r = repo.removeShared(child.workspace, child.entityId); !r)
                    return r;
            if (auto r = portfolios.remove(id); !r && r.error().code != ErrorCode::NotFound)
                return r;
            return repo.removeShared(e.workspace, e.entityId);
        });
        if (!done)
            return done.error();
        m_changes.announce(
            {Change{Change::Entity::Portfolio, Change::Kind::Removed, id, 0, p ? p->name : QString(), {}}});
        return true;
    }
    const QString name = e.data.value(QStringLiteral("name")).toString().trimmed();
    const QString currency = e.data.value(QStringLiteral("currency")).toString();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'name' is empty", where(e));
    Portfolio p;
    p.baseCurrency = currency.isEmpty() ? QStringLiteral("USD") : currency;
    p.note = e.data.value(QStringLiteral("note")).toString();
    p.createdAt = nowMs();
    Change change{
        Change::Entity::Portfolio, here ? Change::Kind::Updated : Change::Kind::Created, 0, 0, {}, {}};
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        // A local portfolio of the same name stays; the shared one is told
        // apart by a suffix rather than merged into it.
        for (int attempt = 0; attempt < 20; ++attempt) {
            p.name = attempt == 0 ? name
                                  : (attempt == 1 ? name + QStringLiteral(" (team)")
                                                  : name + QStringLiteral(" (team %1)").arg(attempt));
            Result<void> written;
            if (here) {
                p.id = mapped->localId;
                auto current = portfolios.find(p.id);
                if (!current)
                    return current.error();
                p.createdAt = current->createdAt;
                written = portfolios.update(p);
            } else {
                auto id = portfolios.create(p);
                if (id)
                    p.id = *id;
                else
                    written = id.error();
            }
            if (written) {
                change.id = p.id;
                change.key = p.name;
                if (here)
                    return repo.setRev(e.workspace, e.entityId, e.rev);
                return mapWritten(repo, e, *mapped, kPortfolio, p.id);
            }
            if (written.error().code != ErrorCode::AlreadyExists)
                return written;
        }
        return makeError(ErrorCode::AlreadyExists, "no free name for portfolio '" + str(name) + "'",
                         where(e));
    });
    if (!done)
        return done.error();
    m_changes.announce({change});
    return true;
}

Result<bool> SyncService::applyTransaction(const SyncRemoteEvent &e) const
{
    SyncRepository repo(m_db);
    PortfolioRepository portfolios(m_db);
    LedgerService ledger(m_workspace);
    auto mapped = mappedItem(repo, e);
    if (!mapped)
        return mapped.error();
    const bool here = mapped->here();
    if (e.deleted) {
        if (!here)
            return forgetMapping(repo, e, *mapped);
        const qint64 id = mapped->localId;
        auto owner = portfolios.portfolioOf(id);
        if (!owner) {
            if (owner.error().code != ErrorCode::NotFound)
                return owner.error();
            if (auto r = repo.removeShared(e.workspace, e.entityId); !r)
                return r.error();
            return false;
        }
        auto done = ledger.write(*owner, [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
            if (auto r = portfolios.removeTransaction(id); !r)
                return r;
            changes.append(Change{Change::Entity::Transaction, Change::Kind::Removed, id, *owner, {}, {}});
            return repo.removeShared(e.workspace, e.entityId);
        });
        if (!done)
            return done.error();
        return true;
    }
    const QString portfolioEntity = e.data.value(QStringLiteral("portfolio")).toString();
    auto parent = repo.sharedByEntity(e.workspace, portfolioEntity);
    if (!parent)
        return parent.error();
    if (!*parent || (*parent)->localId <= 0)
        return makeError(ErrorCode::NotFound,
                         fmt::format("its portfolio '{}' is not shared here", str(portfolioEntity)),
                         where(e));
    const qint64 portfolioId = (*parent)->localId;
    auto line = lineFrom(m_db, e, portfolioId);
    if (!line)
        return line.error();
    auto done = ledger.write(portfolioId, [&](const Portfolio &, ChangeSet &changes) -> Result<void> {
        if (here) {
            line->id = mapped->localId;
            auto owner = portfolios.portfolioOf(line->id);
            if (!owner)
                return owner.error();
            if (*owner == portfolioId) {
                if (auto r = portfolios.updateTransaction(*line); !r)
                    return r;
                changes.append(Change{
                    Change::Entity::Transaction, Change::Kind::Updated, line->id, portfolioId, {}, {}});
                return repo.setRev(e.workspace, e.entityId, e.rev);
            }
            // Moved to another portfolio: the old line goes, a new one comes.
            if (auto r = portfolios.removeTransaction(line->id); !r)
                return r;
            changes.append(
                Change{Change::Entity::Transaction, Change::Kind::Removed, line->id, *owner, {}, {}});
        }
        auto id = portfolios.addTransaction(*line);
        if (!id)
            return id.error();
        changes.append(Change{Change::Entity::Transaction, Change::Kind::Created, *id, portfolioId, {}, {}});
        return mapWritten(repo, e, *mapped, kTransaction, *id, portfolioEntity);
    });
    if (!done)
        return done.error();
    return true;
}

// A name no other watchlist here has: the remote one's, else with a
// " (team)" suffix, as for portfolios. Chosen before writing, so no statement
// fails inside the transaction (PostgreSQL would abort it).
static Result<QString> freeWatchlistName(const Database &db, const QString &name, qint64 self,
                                         const std::string &context)
{
    auto lists = WatchlistRepository(db).list();
    if (!lists)
        return lists.error();
    QSet<QString> taken;
    for (const Watchlist &w : lists.value())
        if (w.id != self)
            taken.insert(w.name);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString candidate = attempt == 0   ? name
                                  : attempt == 1 ? name + QStringLiteral(" (team)")
                                                 : name + QStringLiteral(" (team %1)").arg(attempt);
        if (!taken.contains(candidate))
            return candidate;
    }
    return makeError(ErrorCode::AlreadyExists, "no free name for watchlist '" + str(name) + "'", context);
}

Result<bool> SyncService::applyWatchlist(const SyncRemoteEvent &e) const
{
    SyncRepository repo(m_db);
    WatchlistRepository lists(m_db);
    auto mapped = mappedItem(repo, e);
    if (!mapped)
        return mapped.error();
    const bool here = mapped->here();
    if (e.deleted) {
        if (!here)
            return forgetMapping(repo, e, *mapped);
        const qint64 id = mapped->localId;
        auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            if (auto r = lists.remove(id); !r && r.error().code != ErrorCode::NotFound)
                return r;
            return repo.removeShared(e.workspace, e.entityId);
        });
        if (!done)
            return done.error();
        m_changes.announce({Change{Change::Entity::Watchlist, Change::Kind::Removed, id, 0, {}, {}}});
        return true;
    }
    const QString name = e.data.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'name' is empty", where(e));
    auto symbols = watchlistSymbols(m_db, e);
    if (!symbols)
        return symbols.error();
    qint64 id = here ? mapped->localId : 0;
    QString finalName;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        auto chosen = freeWatchlistName(m_db, name, id, where(e));
        if (!chosen)
            return chosen.error();
        finalName = *chosen;
        if (here) {
            auto current = lists.find(id);
            if (!current)
                return current.error();
            if (current->name != finalName)
                if (auto r = lists.rename(id, finalName); !r)
                    return r;
        } else {
            auto created = lists.create(finalName);
            if (!created)
                return created.error();
            id = *created;
        }
        auto stored = lists.find(id);
        if (!stored)
            return stored.error();
        const QStringList members = stored->symbols;
        for (const QString &symbol : members)
            if (!symbols->contains(symbol))
                if (auto r = lists.removeSymbol(id, symbol); !r)
                    return r;
        for (const QString &symbol : symbols.value())
            if (!members.contains(symbol))
                if (auto r = lists.addSymbol(id, symbol); !r)
                    return r;
        if (auto r = lists.reorder(id, *symbols); !r)
            return r;
        if (here)
            return repo.setRev(e.workspace, e.entityId, e.rev);
        return mapWritten(repo, e, *mapped, kWatchlist, id);
    });
    if (!done)
        return done.error();
    m_changes.announce({Change{Change::Entity::Watchlist,
                               here ? Change::Kind::Updated : Change::Kind::Created,
                               id,
                               0,
                               finalName,
                               {}}});
    return true;
}

Result<bool> SyncService::applyRun(const SyncRemoteEvent &e) const
{
    SyncRepository repo(m_db);
    BacktestRunRepository runs(m_db);
    auto mapped = mappedItem(repo, e);
    if (!mapped)
        return mapped.error();
    const bool here = mapped->here();
    if (e.deleted) {
        if (!here)
            return forgetMapping(repo, e, *mapped);
        const qint64 id = mapped->localId;
        auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            if (auto r = runs.remove(id); !r && r.error().code != ErrorCode::NotFound)
                return r;
            return repo.removeShared(e.workspace, e.entityId);
        });
        if (!done)
            return done.error();
        m_changes.announce({Change{Change::Entity::BacktestRun, Change::Kind::Removed, id, 0, {}, {}}});
        return true;
    }
    const std::string context = where(e);
    BacktestRun run;
    run.name = e.data.value(QStringLiteral("name")).toString().trimmed();
    run.strategy = e.data.value(QStringLiteral("strategy")).toString();
    if (run.name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'name' is empty", context);
    if (run.strategy.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'strategy' is empty", context);
    const QJsonValue created = e.data.value(QStringLiteral("created_at"));
    run.createdAt = created.isDouble() ? created.toInteger() : nowMs();
    for (auto [field, target] : {std::pair{"params", &run.params}, std::pair{"inputs", &run.inputs},
                                 std::pair{"results", &run.results}}) {
        auto text = runDocument(e.data, field, context);
        if (!text)
            return text.error();
        *target = *text;
    }
    qint64 id = here ? mapped->localId : 0;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        if (here) {
            // A saved run's content never changes after it is saved: a
            // remote edit of one is its rename.
            auto current = runs.load(id);
            if (!current)
                return current.error();
            if (current->name != run.name)
                if (auto r = runs.rename(id, run.name); !r)
                    return r;
            return repo.setRev(e.workspace, e.entityId, e.rev);
        }
        auto saved = runs.save(run);
        if (!saved)
            return saved.error();
        id = *saved;
        return mapWritten(repo, e, *mapped, kBacktestRun, id);
    });
    if (!done)
        return done.error();
    m_changes.announce({Change{Change::Entity::BacktestRun,
                               here ? Change::Kind::Updated : Change::Kind::Created,
                               id,
                               0,
                               run.name,
                               {}}});
    return true;
}

Result<bool> SyncService::applyNote(const SyncRemoteEvent &e) const
{
    SyncRepository repo(m_db);
    NoteRepository notes(m_db);
    auto mapped = mappedItem(repo, e);
    if (!mapped)
        return mapped.error();
    const bool here = mapped->here();
    // The item the note is on, for the announcement (views show notes
    // beside their item and refresh on its update).
    auto announceOn = [&](const QString &targetId) {
        auto target = repo.sharedByEntity(e.workspace, targetId);
        if (!target || !*target || (*target)->localId <= 0)
            return;
        const QString &kind = (*target)->entity;
        m_changes.announce({Change{kind == QLatin1String(kWatchlist)     ? Change::Entity::Watchlist
                                   : kind == QLatin1String(kBacktestRun) ? Change::Entity::BacktestRun
                                                                         : Change::Entity::Portfolio,
                                   Change::Kind::Updated,
                                   (*target)->localId,
                                   0,
                                   {},
                                   QStringLiteral("note")}});
    };
    if (e.deleted) {
        if (!here)
            return forgetMapping(repo, e, *mapped);
        auto old = notes.find(mapped->localId);
        if (!old)
            return old.error();
        auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            if (auto r = notes.remove(mapped->localId); !r && r.error().code != ErrorCode::NotFound)
                return r;
            return repo.removeShared(e.workspace, e.entityId);
        });
        if (!done)
            return done.error();
        if (*old)
            announceOn((*old)->targetId);
        return true;
    }
    const std::string context = where(e);
    TeamNote note;
    note.workspace = e.workspace;
    note.targetId = e.data.value(QStringLiteral("target")).toString();
    note.author = e.data.value(QStringLiteral("author")).toString().trimmed();
    note.text = e.data.value(QStringLiteral("text")).toString().trimmed();
    note.createdAt = e.data.value(QStringLiteral("created_at")).toInteger(e.at);
    note.updatedAt = e.data.value(QStringLiteral("updated_at")).toInteger(note.createdAt);
    if (note.author.isEmpty())
        note.author = e.by;
    if (note.text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'text' is empty", context);
    if (note.author.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'author' is empty", context);
    auto target = repo.sharedByEntity(e.workspace, note.targetId);
    if (!target)
        return target.error();
    if (!*target || (*target)->localId <= 0 ||
        ((*target)->entity != QLatin1String(kPortfolio) && (*target)->entity != QLatin1String(kWatchlist) &&
         (*target)->entity != QLatin1String(kBacktestRun)))
        return makeError(ErrorCode::NotFound,
                         fmt::format("the item it is on ('{}') is not shared here", str(note.targetId)),
                         context);
    note.targetEntity = (*target)->entity;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        if (here) {
            note.id = mapped->localId;
            if (auto r = notes.update(note); !r)
                return r;
            return repo.setRev(e.workspace, e.entityId, e.rev);
        }
        auto id = notes.insert(note);
        if (!id)
            return id.error();
        return mapWritten(repo, e, *mapped, kNote, *id);
    });
    if (!done)
        return done.error();
    announceOn(note.targetId);
    return true;
}

Result<std::optional<QJsonObject>> SyncService::localState(const QString &workspace,
                                                           const QString &entityId) const
{
    SyncRepository repo(m_db);
    auto shared = repo.sharedByEntity(workspace, entityId);
    if (!shared)
        return shared.error();
    if (!*shared || (*shared)->localId <= 0)
        return std::optional<QJsonObject>();
    const SyncShared &s = **shared;
    if (s.entity == QLatin1String(kNote)) {
        auto note = NoteRepository(m_db).find(s.localId);
        if (!note)
            return note.error();
        if (!*note)
            return std::optional<QJsonObject>();
        return std::optional<QJsonObject>(noteData(**note));
    }
    if (s.entity == QLatin1String(kWatchlist)) {
        auto list = WatchlistRepository(m_db).find(s.localId);
        if (!list)
            return list.error().code == ErrorCode::NotFound
                       ? Result<std::optional<QJsonObject>>(std::nullopt)
                       : Result<std::optional<QJsonObject>>(list.error());
        return std::optional<QJsonObject>(watchlistData(*list));
    }
    if (s.entity == QLatin1String(kBacktestRun)) {
        auto run = BacktestRunRepository(m_db).load(s.localId);
        if (!run)
            return run.error().code == ErrorCode::NotFound ? Result<std::optional<QJsonObject>>(std::nullopt)
                                                           : Result<std::optional<QJsonObject>>(run.error());
        auto data = runData(*run);
        if (!data)
            return data.error();
        return std::optional<QJsonObject>(*data);
    }
    PortfolioRepository portfolios(m_db);
    if (s.entity == QLatin1String(kPortfolio)) {
        auto p = portfolios.find(s.localId);
        if (!p)
            return p.error().code == ErrorCode::NotFound ? Result<std::optional<QJsonObject>>(std::nullopt)
                                                         : Result<std::optional<QJsonObject>>(p.error());
        return std::optional<QJsonObject>(portfolioData(p->name, p->baseCurrency, p->note));
    }
    auto owner = portfolios.portfolioOf(s.localId);
    if (!owner)
        return owner.error().code == ErrorCode::NotFound ? Result<std::optional<QJsonObject>>(std::nullopt)
                                                         : Result<std::optional<QJsonObject>>(owner.error());
    auto lines = portfolios.transactions(*owner);
    if (!lines)
        return lines.error();
    for (const PortfolioTransaction &line : lines.value()) {
        if (line.id != s.localId)
            continue;
        auto data = transactionData(m_db, line, s.parentId);
        if (!data)
            return data.error();
        return std::optional<QJsonObject>(*data);
    }
    return std::optional<QJsonObject>();
}

Result<std::vector<SyncConflictInfo>> SyncService::conflicts() const
{
    auto rows = SyncRepository(m_db).conflicts();
    if (!rows)
        return rows.error();
    std::vector<SyncConflictInfo> out;
    for (const SyncConflict &c : rows.value())
        out.push_back({c.id, c.workspace, c.entity, c.entityId, optionalJson(c.mine), optionalJson(c.theirs),
                       c.serverRev, c.reason, c.createdAt});
    return out;
}

bool SyncService::canKeepBoth(const SyncConflictInfo &conflict)
{
    return (conflict.entity == QLatin1String(kTransaction) || conflict.entity == QLatin1String(kNote)) &&
           conflict.mine && conflict.theirs;
}

Result<void> SyncService::resolve(qint64 conflictId, Resolution resolution) const
{
    SyncRepository repo(m_db);
    auto found = repo.conflict(conflictId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Sync", "no sync conflict %1"),
                         {std::to_string(conflictId)})
            .at(SN_TEXT("sn::Sync", "sync resolve"), {});
    const SyncConflict c = **found;
    if (resolution == Resolution::KeepBoth) {
        const SyncConflictInfo info{
            c.id,        c.workspace, c.entity,   c.entityId, optionalJson(c.mine), optionalJson(c.theirs),
            c.serverRev, c.reason,    c.createdAt};
        if (!canKeepBoth(info))
            return makeError(
                       ErrorCode::InvalidArgument,
                       c.entity != QLatin1String(kTransaction) && c.entity != QLatin1String(kNote)
                           ? SN_TEXT(
                                 "sn::Sync",
                                 "conflict %1 cannot keep both: only a ledger line or a note can exist twice")
                           : SN_TEXT("sn::Sync", "conflict %1 cannot keep both: one side deleted it (keep "
                                                 "mine or take theirs)"),
                       {std::to_string(conflictId)})
                .at(SN_TEXT("sn::Sync", "sync resolve"), {});
        const SyncRemoteEvent mine{c.workspace, c.entity, c.entityId, 0, false, jsonObject(*c.mine), {}, 0};
        Change announced{Change::Entity::Transaction, Change::Kind::Created, 0, 0, {}, {}};
        auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
            if (auto r = resolve(conflictId, Resolution::TakeTheirs); !r)
                return r;
            // Mine as a new entity, outside RemoteApplyScope, so the journal
            // gives it its own entity id and queues it for the team.
            const QString parentId =
                mine.data
                    .value(c.entity == QLatin1String(kNote) ? QStringLiteral("target")
                                                            : QStringLiteral("portfolio"))
                    .toString();
            auto parent = repo.sharedByEntity(c.workspace, parentId);
            if (!parent)
                return parent.error();
            if (!*parent || (*parent)->localId <= 0)
                return makeError(ErrorCode::NotFound,
                                 SN_TEXT("sn::Sync", "the item it belongs to ('%1') is not shared here"),
                                 {str(parentId)})
                    .at(SN_TEXT("sn::Sync", "sync resolve"), {});
            if (c.entity == QLatin1String(kNote)) {
                const qint64 now = nowMs();
                TeamNote copy{0,
                              c.workspace,
                              (*parent)->entity,
                              parentId,
                              mine.data.value(QStringLiteral("author")).toString(),
                              mine.data.value(QStringLiteral("text")).toString(),
                              now,
                              now};
                auto id = NoteRepository(m_db).insert(copy);
                if (!id)
                    return id.error();
                announced =
                    Change{(*parent)->entity == QLatin1String(kWatchlist)     ? Change::Entity::Watchlist
                           : (*parent)->entity == QLatin1String(kBacktestRun) ? Change::Entity::BacktestRun
                                                                              : Change::Entity::Portfolio,
                           Change::Kind::Updated,
                           (*parent)->localId,
                           0,
                           {},
                           QStringLiteral("note")};
                return recordNote(m_db, *id);
            }
            auto line = lineFrom(m_db, mine, (*parent)->localId);
            if (!line)
                return line.error();
            line->id = 0;
            announced.owner = (*parent)->localId;
            auto added = LedgerService(m_workspace).add((*parent)->localId, {*line});
            if (!added)
                return added.error();
            return {};
        });
        if (!done)
            return done;
        // Writes inside may have announced before this outer commit; say it
        // again now that both versions are committed, so views and the sync
        // client read them.
        m_changes.announce({announced});
        return {};
    }
    if (resolution == Resolution::TakeTheirs) {
        SyncRemoteEvent e{c.workspace,
                          c.entity,
                          c.entityId,
                          c.serverRev,
                          !c.theirs.has_value(),
                          c.theirs ? jsonObject(*c.theirs) : QJsonObject(),
                          {},
                          0};
        if (auto r = repo.removeOutboxFor(c.workspace, c.entityId); !r)
            return r;
        auto applied = applyOne(e, true);
        if (!applied)
            return applied.error();
        // The server's revision is what this database now holds.
        if (auto r = repo.setRev(c.workspace, c.entityId, c.serverRev); !r)
            return r;
        return repo.removeConflict(c.id);
    }
    return m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        auto shared = repo.sharedByEntity(c.workspace, c.entityId);
        if (!shared)
            return shared.error();
        if (!*shared) {
            // Nothing of it here (a remote creation that could not be
            // applied): keeping "mine" deletes it on the server.
            if (auto r = repo.insertShared(
                    {c.entity, -(1'000'000'000'000LL + c.id), c.workspace, c.entityId, {}, 0});
                !r)
                return r;
        }
        if (auto r = repo.setRev(c.workspace, c.entityId, c.serverRev); !r)
            return r;
        if (c.mine || c.theirs) {
            if (auto r = repo.enqueue(c.workspace, c.entity, c.entityId,
                                      c.mine ? QStringLiteral("put") : QStringLiteral("delete"),
                                      c.mine.value_or(QString()), nowMs());
                !r)
                return r;
        }
        return repo.removeConflict(c.id);
    });
}

} // namespace sn
