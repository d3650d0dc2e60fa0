#include "app/cli/RuleInputs.h"

#include "app/cli/CliContext.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleStrategy.h"
#include "core/workspace/RuleService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace sn::cli {

namespace {

Error usageError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

Result<std::shared_ptr<const rules::RuleStrategy>>
compileText(const std::string &text, const std::string &name, const std::string &shownAs)
{
    std::vector<rules::Diagnostic> diagnostics;
    std::shared_ptr<const rules::RuleStrategy> rule = rules::RuleStrategy::compile(text, name, diagnostics);
    if (rule)
        return rule;
    const std::size_t count = diagnostics.size();
    return makeError(ErrorCode::InvalidArgument, "the rule has " + std::to_string(count) +
                                                     (count == 1 ? " problem" : " problems") + ":\n" +
                                                     rules::formatAll(diagnostics, text, shownAs));
}

} // namespace

void RuleInputs::addOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("rule-file"),
         QStringLiteral("A strategy rule file (docs/rules.md) instead of --strategy; its 'param' lines are "
                        "set with --param and swept with --grid."),
         QStringLiteral("FILE")});
    p.addOption({QStringLiteral("rule"),
                 QStringLiteral(
                     "The same with the rule's text given inline ('\\n' ends a line), or the name of a rule "
                     "stored in the workspace ('rules list')."),
                 QStringLiteral("TEXT|NAME")});
    p.addOption({QStringLiteral("symbols"),
                 QStringLiteral(
                     "With a rule: run it on each of these stored symbols (comma-separated) and report each "
                     "and their sum, the cash split equally."),
                 QStringLiteral("A,B,C")});
    p.addOption({QStringLiteral("rule-name"),
                 QStringLiteral("A rule stored in the workspace ('rules list')."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("rule-version"),
         QStringLiteral("The version of the stored rule (default: the latest; 'rules show NAME --history')."),
         QStringLiteral("N")});
}

Result<std::shared_ptr<const rules::RuleStrategy>> RuleInputs::compileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, "cannot read rule file '" + path.toStdString() +
                                                  "': " + file.errorString().toStdString());
    if (file.size() > qint64(rules::kMaxRuleBytes))
        return makeError(ErrorCode::InvalidArgument, "rule file '" + path.toStdString() +
                                                         "' is larger than " +
                                                         std::to_string(rules::kMaxRuleBytes) + " bytes");
    const QByteArray bytes = file.readAll();
    const std::string name = QFileInfo(path).completeBaseName().toStdString();
    return compileText(bytes.toStdString(), name.empty() ? std::string("rule") : name, path.toStdString());
}

Result<std::shared_ptr<const rules::RuleStrategy>> RuleInputs::loadStored(CliContext &ctx,
                                                                          const QString &name, int version)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ws.error();
    auto stored = RuleService(**ws).version(name, version);
    if (!stored) {
        if (stored.error().code == ErrorCode::NotFound && version == 0)
            return usageError(
                QStringLiteral("no rule named '%1' in the workspace (see 'supernova-cli rules list')")
                    .arg(name));
        return stored.error();
    }
    return compileText(stored->source.toStdString(), name.toStdString(),
                       QString(name + QStringLiteral(" v") + QString::number(stored->version)).toStdString());
}

Result<std::shared_ptr<const rules::RuleStrategy>> RuleInputs::load(const QCommandLineParser &p,
                                                                    CliContext *ctx)
{
    const bool fromFile = p.isSet(QStringLiteral("rule-file")), inline_ = p.isSet(QStringLiteral("rule"));
    const bool named = p.isSet(QStringLiteral("rule-name"));
    if (int(fromFile) + int(inline_) + int(named) > 1)
        return usageError(QStringLiteral("--rule-file, --rule and --rule-name exclude each other"));
    if (p.isSet(QStringLiteral("strategy")) && (fromFile || inline_ || named))
        return usageError(QStringLiteral("--strategy and --rule-file/--rule/--rule-name exclude each other"));
    // A rule's text always assigns something, so a bare name is a stored rule.
    const QString inlineText = p.value(QStringLiteral("rule")).trimmed();
    const bool storedByRule =
        inline_ && !inlineText.contains(QLatin1Char('=')) && RuleService::checkName(inlineText).ok();
    int version = 0;
    if (p.isSet(QStringLiteral("rule-version"))) {
        if (!named && !storedByRule)
            return usageError(QStringLiteral("--rule-version goes with a stored rule (--rule-name NAME)"));
        bool ok = false;
        version = p.value(QStringLiteral("rule-version")).toInt(&ok);
        if (!ok || version < 1)
            return usageError(QStringLiteral("--rule-version: '%1' is not a version number (1, 2, ...)")
                                  .arg(p.value(QStringLiteral("rule-version"))));
    }
    if (named || storedByRule) {
        const QString name = named ? p.value(QStringLiteral("rule-name")).trimmed() : inlineText;
        if (auto ok = RuleService::checkName(name); !ok)
            return usageError(QStringLiteral("--rule-name: ") + QString::fromStdString(ok.error().message));
        if (!ctx)
            return usageError(
                QStringLiteral("a stored rule cannot be used here; export it ('rules export NAME FILE') "
                               "and give --rule-file"));
        return loadStored(*ctx, name, version);
    }
    if (fromFile) {
        const QString path = p.value(QStringLiteral("rule-file"));
        if (path.isEmpty())
            return usageError(QStringLiteral("--rule-file needs a file name"));
        return compileFile(path);
    }
    if (inline_) {
        // A shell makes newlines awkward: a literal "\n" also ends a line.
        QString text = p.value(QStringLiteral("rule"));
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        return compileText(text.toStdString(), "rule", "--rule");
    }
    return std::shared_ptr<const rules::RuleStrategy>();
}

} // namespace sn::cli
