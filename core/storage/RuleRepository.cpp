#include "core/storage/RuleRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

namespace sn {

namespace {

std::string where(const QString &name)
{
    return "rule '" + name.toStdString() + "'";
}

// An error about rule `name` as the rule library shows it (RuleService's words).
Error ruleError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                const QString &name)
{
    return Error(code, text, args).at(SN_TEXT("sn::RuleService", "rule '%1'"), {name.toStdString()});
}

// The first line's comment of a rule, as the language reads a description.
QString descriptionOf(const QString &source)
{
    const QString first = source.section(QLatin1Char('\n'), 0, 0).trimmed();
    return first.startsWith(QLatin1Char('#')) ? first.mid(1).trimmed() : QString();
}

RuleVersion versionFrom(const QSqlQuery &q)
{
    RuleVersion v;
    v.ruleId = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.version = q.value(2).toInt();
    v.source = q.value(3).toString();
    v.note = q.value(4).toString();
    v.createdAt = q.value(5).toLongLong();
    return v;
}

const char *kVersionColumns = "SELECT r.id, r.name, v.version, v.source, v.note, v.created_at"
                              " FROM rules r JOIN rule_versions v ON v.rule_id = r.id";

} // namespace

Result<std::vector<StoredRule>> RuleRepository::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT r.id, r.name, v.version, r.created_at, r.updated_at, v.source"
                       " FROM rules r JOIN rule_versions v ON v.rule_id = r.id"
                       " WHERE v.version = (SELECT MAX(version) FROM rule_versions WHERE rule_id = r.id)"
                       " ORDER BY r.name"),
        {}, "listing rules");
    if (!q)
        return q.error();
    std::vector<StoredRule> out;
    while (q->next()) {
        StoredRule r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        r.latestVersion = q->value(2).toInt();
        r.createdAt = q->value(3).toLongLong();
        r.updatedAt = q->value(4).toLongLong();
        r.description = descriptionOf(q->value(5).toString());
        out.push_back(std::move(r));
    }
    return out;
}

Result<StoredRule> RuleRepository::findByName(const QString &name)
{
    auto latest = version(name, 0);
    if (!latest)
        return latest.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT created_at, updated_at FROM rules WHERE id = ?"),
                      {latest->ruleId}, "reading " + where(name));
    if (!q)
        return q.error();
    if (!q->next())
        return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "no such rule"), {}, name);
    StoredRule r;
    r.id = latest->ruleId;
    r.name = latest->name;
    r.latestVersion = latest->version;
    r.createdAt = q->value(0).toLongLong();
    r.updatedAt = q->value(1).toLongLong();
    r.description = descriptionOf(latest->source);
    return r;
}

Result<RuleVersion> RuleRepository::version(const QString &name, int version)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QString select =
        QLatin1String(kVersionColumns) +
        (version > 0 ? QStringLiteral(" WHERE r.name = ? AND v.version = ?")
                     : QStringLiteral(" WHERE r.name = ? ORDER BY v.version DESC LIMIT 1"));
    QVariantList values{name};
    if (version > 0)
        values << version;
    auto q = sql::run(*conn, select, values, "reading " + where(name));
    if (!q)
        return q.error();
    if (q->next())
        return versionFrom(*q);
    if (version <= 0)
        return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "no such rule"), {}, name);
    auto all = history(name);
    if (!all)
        return all.error();
    if (all->empty())
        return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "no such rule"), {}, name);
    return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "no version %1 (versions 1 to %2)"),
                     {std::to_string(version), std::to_string(all->back().version)}, name);
}

Result<std::vector<RuleVersion>> RuleRepository::history(const QString &name)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QLatin1String(kVersionColumns) + QStringLiteral(" WHERE r.name = ? ORDER BY v.version"),
                      {name}, "reading the history of " + where(name));
    if (!q)
        return q.error();
    std::vector<RuleVersion> out;
    while (q->next())
        out.push_back(versionFrom(*q));
    return out;
}

Result<RuleVersion> RuleRepository::appendVersion(const QString &name, const QString &source,
                                                  const QString &note)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::RuleService", "parameter 'name' is empty"),
                         {})
            .at(SN_TEXT("sn::RuleService", "rule"), {});
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const qint64 now = nowMs();
    // Creating the rule row when it is missing, without failing when another
    // writer created it meanwhile: both engines know ON CONFLICT DO NOTHING.
    auto created = sql::run(*conn,
                            QStringLiteral("INSERT INTO rules (name, created_at, updated_at) VALUES (?, ?, ?)"
                                           " ON CONFLICT (name) DO NOTHING"),
                            {name, QVariant::fromValue<qint64>(now), QVariant::fromValue<qint64>(now)},
                            "creating " + where(name));
    if (!created)
        return created.error();
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    auto locked = sql::run(*conn,
                           postgres ? QStringLiteral("SELECT id FROM rules WHERE name = ? FOR UPDATE")
                                    : QStringLiteral("SELECT id FROM rules WHERE name = ?"),
                           {name}, "locking " + where(name));
    if (!locked)
        return locked.error();
    if (!locked->next())
        return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "the rule was removed meanwhile"),
                         {}, name);
    const qint64 id = locked->value(0).toLongLong();
    auto last = sql::run(
        *conn, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM rule_versions WHERE rule_id = ?"), {id},
        "numbering " + where(name));
    if (!last)
        return last.error();
    const int next = last->next() ? last->value(0).toInt() + 1 : 1;
    auto added =
        sql::run(*conn,
                 QStringLiteral("INSERT INTO rule_versions (rule_id, version, source, note, created_at)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {id, next, source, sql::text(note), QVariant::fromValue<qint64>(now)},
                 "saving version " + std::to_string(next) + " of " + where(name));
    if (!added)
        return added.error();
    auto touched = sql::change(*conn, QStringLiteral("UPDATE rules SET updated_at = ? WHERE id = ?"),
                               {QVariant::fromValue<qint64>(now), id}, "updating " + where(name));
    if (!touched)
        return touched.error();
    RuleVersion v;
    v.ruleId = id;
    v.name = name;
    v.version = next;
    v.source = source;
    v.note = note;
    v.createdAt = now;
    return v;
}

Result<void> RuleRepository::remove(const QString &name)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // Versions first: SQLite enforces ON DELETE CASCADE only with foreign
    // keys on, which Database does, but the order keeps it independent of that.
    auto versions = sql::change(*conn,
                                QStringLiteral("DELETE FROM rule_versions WHERE rule_id IN"
                                               " (SELECT id FROM rules WHERE name = ?)"),
                                {name}, "removing the versions of " + where(name));
    if (!versions)
        return versions.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM rules WHERE name = ?"), {name},
                         "removing " + where(name));
    if (!n)
        return n.error();
    if (*n == 0)
        return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "no such rule"), {}, name);
    return {};
}

} // namespace sn
