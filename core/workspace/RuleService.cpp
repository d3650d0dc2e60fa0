#include "core/workspace/RuleService.h"

#include "core/rules/RuleParser.h"
#include "core/rules/RuleStrategy.h"
#include "core/storage/Database.h"
#include "core/storage/RuleRepository.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sn {

namespace {

Error ruleError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                const QString &name, const char *field = nullptr)
{
    Error e(code, text, args);
    if (name.isEmpty())
        e.at(SN_TEXT("sn::RuleService", "rule"), {});
    else
        e.at(SN_TEXT("sn::RuleService", "rule '%1'"), {name.toStdString()});
    if (field)
        e.field = field;
    return e;
}

bool nameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-') || c == QLatin1Char('.');
}

// Line ends as the editor and files give them: CRLF is stored as LF, so the
// same rule typed on two systems is one version, not two.
QString normalised(const QString &source)
{
    QString s = source;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!s.isEmpty() && !s.endsWith(QLatin1Char('\n')))
        s += QLatin1Char('\n');
    return s;
}

} // namespace

RuleService::RuleService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

Result<void> RuleService::checkName(const QString &name)
{
    if (name.isEmpty())
        return ruleError(ErrorCode::InvalidArgument, SN_TEXT("sn::RuleService", "a rule needs a name"), {},
                         {}, "name");
    if (name.size() > kMaxNameLength)
        return ruleError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::RuleService", "a rule name has at most %1 characters"),
                         {std::to_string(kMaxNameLength)}, {}, "name");
    for (int i = 0; i < name.size(); ++i)
        if (!nameChar(name[i]) || (i == 0 && !name[i].isLetterOrNumber()))
            return ruleError(
                ErrorCode::InvalidArgument,
                SN_TEXT("sn::RuleService",
                        "'%1' is not a rule name: character %2 ('%3') is not allowed; use letters, "
                        "digits, '_', '-' and '.', starting with a letter or digit"),
                {name.toStdString(), std::to_string(i + 1), QString(name[i]).toStdString()}, {}, "name");
    return {};
}

Result<std::vector<StoredRule>> RuleService::list() const
{
    return RuleRepository(m_db).list();
}

Result<RuleVersion> RuleService::version(const QString &name, int version) const
{
    if (version < 0)
        return ruleError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::RuleService", "a version is a number from 1, got %1"),
                         {std::to_string(version)}, name, "version");
    return RuleRepository(m_db).version(name, version);
}

Result<std::vector<RuleVersion>> RuleService::history(const QString &name) const
{
    auto h = RuleRepository(m_db).history(name);
    if (h && h->empty())
        return ruleError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "no such rule"), {}, name);
    return h;
}

Result<RuleService::Saved> RuleService::save(const QString &name, const QString &source,
                                             const QString &note) const
{
    if (auto ok = checkName(name); !ok)
        return ok.error();
    const QString text = normalised(source);
    if (text.trimmed().isEmpty())
        return ruleError(ErrorCode::InvalidArgument, SN_TEXT("sn::RuleService", "the rule text is empty"), {},
                         name, "source");
    if (std::size_t(text.toUtf8().size()) > rules::kMaxRuleBytes)
        return ruleError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::RuleService", "the rule is larger than %1 bytes"),
                         {std::to_string(rules::kMaxRuleBytes)}, name, "source");
    Saved saved;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        RuleRepository repo(m_db);
        // Validated inside the transaction that writes it: what is stored
        // always compiles with this build's language.
        auto compiled =
            rules::RuleStrategy::fromText(text.toStdString(), name.toStdString(), name.toStdString());
        if (!compiled) {
            const auto doesNotCompile = SN_TEXT("sn::RuleService", "the rule does not compile:\n%1");
            Error e = ruleError(ErrorCode::InvalidArgument, doesNotCompile, {compiled.error().message}, name,
                                "source");
            // The diagnostics as the reader reads them (the English stays in message).
            std::string forReader = translatedText(doesNotCompile, {compiled.error().toUserString()});
            e.userMessage = forReader != e.message ? std::move(forReader) : std::string();
            return e;
        }
        auto latest = repo.version(name, 0);
        if (latest && latest->source == text) {
            saved.version = std::move(latest).value();
            return {};
        }
        if (!latest && latest.error().code != ErrorCode::NotFound)
            return latest.error();
        auto added = repo.appendVersion(name, text, note.trimmed());
        if (!added)
            return added.error();
        saved.version = std::move(added).value();
        saved.created = true;
        return {};
    });
    if (!done)
        return done.error();
    if (saved.created)
        m_changes.announce({Change{Change::Entity::Rule,
                                   saved.version.version == 1 ? Change::Kind::Created : Change::Kind::Updated,
                                   saved.version.ruleId, 0, name, QString::number(saved.version.version)}});
    return saved;
}

Result<void> RuleService::remove(const QString &name) const
{
    qint64 id = 0;
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        RuleRepository repo(m_db);
        auto current = repo.findByName(name);
        if (!current)
            return current.error();
        id = current->id;
        return repo.remove(name);
    });
    if (!done)
        return done;
    m_changes.announce({Change{Change::Entity::Rule, Change::Kind::Removed, id, 0, name, {}}});
    return {};
}

Result<RuleVersion> RuleService::exportTo(const QString &name, int versionNumber, const QString &path) const
{
    auto v = version(name, versionNumber);
    if (!v)
        return v.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoError, SN_TEXT("sn::RuleService", "cannot write '%1': %2"),
                         {path.toStdString(), file.errorString().toStdString()})
            .at(SN_TEXT("sn::RuleService", "rule export"), {});
    file.write(v->source.toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::IoError, SN_TEXT("sn::RuleService", "cannot write '%1': %2"),
                         {path.toStdString(), file.errorString().toStdString()})
            .at(SN_TEXT("sn::RuleService", "rule export"), {});
    return v;
}

Result<RuleService::Saved> RuleService::importFrom(const QString &path, const QString &name) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::RuleService", "cannot read '%1': %2"),
                         {path.toStdString(), file.errorString().toStdString()})
            .at(SN_TEXT("sn::RuleService", "rule import"), {});
    if (file.size() > qint64(rules::kMaxRuleBytes))
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::RuleService", "'%1' is larger than %2 bytes"),
                         {path.toStdString(), std::to_string(rules::kMaxRuleBytes)})
            .at(SN_TEXT("sn::RuleService", "rule import"), {});
    const QString ruleName = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
    if (auto ok = checkName(ruleName); !ok)
        return ok.error().withContext(
            SN_TEXT("sn::RuleService", "importing '%1' (give the rule a name with --name)"),
            {path.toStdString()});
    return save(ruleName, QString::fromUtf8(file.readAll()),
                QStringLiteral("imported from ") + QFileInfo(path).fileName());
}

} // namespace sn
