#include "app/cli/RuleInputs.h"

#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleStrategy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace sn::cli {

namespace {

Error usageError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

Result<std::shared_ptr<const rules::RuleStrategy>> compileText(const std::string &text, const std::string &name,
                                                               const std::string &shownAs)
{
    std::vector<rules::Diagnostic> diagnostics;
    std::shared_ptr<const rules::RuleStrategy> rule = rules::RuleStrategy::compile(text, name, diagnostics);
    if (rule)
        return rule;
    const std::size_t count = diagnostics.size();
    return makeError(ErrorCode::InvalidArgument,
                     "the rule has " + std::to_string(count) + (count == 1 ? " problem" : " problems") + ":\n"
                         + rules::formatAll(diagnostics, text, shownAs));
}

} // namespace

void RuleInputs::addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("rule-file"),
                 QStringLiteral("A strategy rule file (docs/rules.md) instead of --strategy; its 'param' lines are "
                                "set with --param and swept with --grid."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("rule"), QStringLiteral("The same with the rule's text given inline ('\\n' ends a line)."),
                 QStringLiteral("TEXT")});
}

Result<std::shared_ptr<const rules::RuleStrategy>> RuleInputs::compileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, "cannot read rule file '" + path.toStdString() + "': "
                                                  + file.errorString().toStdString());
    if (file.size() > qint64(rules::kMaxRuleBytes))
        return makeError(ErrorCode::InvalidArgument, "rule file '" + path.toStdString() + "' is larger than "
                                                         + std::to_string(rules::kMaxRuleBytes) + " bytes");
    const QByteArray bytes = file.readAll();
    const std::string name = QFileInfo(path).completeBaseName().toStdString();
    return compileText(bytes.toStdString(), name.empty() ? std::string("rule") : name, path.toStdString());
}

Result<std::shared_ptr<const rules::RuleStrategy>> RuleInputs::load(const QCommandLineParser &p)
{
    const bool fromFile = p.isSet(QStringLiteral("rule-file")), inline_ = p.isSet(QStringLiteral("rule"));
    if (fromFile && inline_)
        return usageError(QStringLiteral("--rule-file and --rule exclude each other"));
    if (p.isSet(QStringLiteral("strategy")) && (fromFile || inline_))
        return usageError(QStringLiteral("--strategy and --rule-file/--rule exclude each other"));
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
