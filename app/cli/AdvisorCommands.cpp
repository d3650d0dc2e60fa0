// ask and conversations: the advisor from the command line. `ask` goes through
// AdvisorSession: the offline advisor by default, or a cloud / local model
// with the API key from the SecretStore (or an environment variable).
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "core/advisor/session/AdvisorSession.h"
#include "core/advisor/tools/Persona.h"
#include "core/model/FileOutput.h"
#include "core/storage/Database.h"
#include "core/workspace/ConversationService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

namespace sn::cli {

namespace {

using namespace sn::advisor;

QJsonArray toolCallsJson(const std::vector<ToolActivity> &calls)
{
    QJsonArray out;
    for (const ToolActivity &c : calls) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("arguments"), c.arguments},
                      {QStringLiteral("ok"), c.ok},
                      {QStringLiteral("result"), c.result},
                      {QStringLiteral("ms"), c.ms}};
        if (!c.id.isEmpty())
            o.insert(QStringLiteral("id"), c.id);
        out.append(o);
    }
    return out;
}

int askCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("ask");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Ask the advisor a question about your data. Every number comes from SuperNova's tools. The offline\n"
        "advisor (default) understands the question forms listed in docs/advisor.md; a model (--provider)\n"
        "calls the same tools. Defaults come from the advisor settings (advisor.*). The API key is read "
        "from\n"
        "the keychain (llm/<provider>/api-key) or, for scripts, from --api-key-env VAR. A server on this\n"
        "machine (Ollama, llama.cpp) needs no key. When the model cannot answer (no key, provider down,\n"
        "daily cost limit) the offline advisor answers and says why. The exchange is stored in a\n"
        "conversation: a new one unless --conversation ID. JSON (--json): answer, form, tool_calls (name,\n"
        "arguments, result, ms), suggestions, tokens, cost_usd, latency_ms, conversation_id, persona,\n"
        "provider, model, fallback (the reason, or null), notice, partial."));
    p.addPositionalArgument(QStringLiteral("question"), QStringLiteral("The question, quoted."));
    p.addOption({QStringLiteral("provider"),
                 QStringLiteral("offline, openai, anthropic or openai-compatible."), QStringLiteral("name")});
    p.addOption({QStringLiteral("base-url"),
                 QStringLiteral("Endpoint, e.g. http://127.0.0.1:11434/v1 (needed for openai-compatible)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("model"), QStringLiteral("Model name."), QStringLiteral("model")});
    p.addOption({QStringLiteral("persona"),
                 QStringLiteral("conservative, balanced (default), growth, quant or educator."),
                 QStringLiteral("persona")});
    p.addOption({QStringLiteral("conversation"), QStringLiteral("Continue this conversation."),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("api-key-env"),
                 QStringLiteral("Read the API key from this environment variable instead of the keychain."),
                 QStringLiteral("var")});
    p.addOption({QStringLiteral("share-portfolio"),
                 QStringLiteral("Let a cloud model see portfolio data for this question.")});
    p.addOption({QStringLiteral("paid-endpoint"),
                 QStringLiteral("The endpoint costs money even though it is on this machine (a gateway): "
                                "count costs, apply the limit.")});
    p.addOption(
        {QStringLiteral("explain"), QStringLiteral("Print what would be sent where, and ask nothing.")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList positional = p.positionalArguments();
    if (!p.isSet(QStringLiteral("explain")) &&
        (positional.size() != 1 || positional.front().trimmed().isEmpty()))
        return ctx.usage(QStringLiteral("ask needs exactly one question (quote it)"), cmd);
    const QString question = positional.value(0);

    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto loaded = AdvisorConfig::load(**db);
    if (!loaded)
        return ctx.fail(loaded.error());
    AdvisorConfig config = *loaded;
    if (p.isSet(QStringLiteral("provider"))) {
        const auto kind = providerFromKey(p.value(QStringLiteral("provider")));
        if (!kind)
            return ctx.usage(
                QStringLiteral("--provider: one of %1, got '%2'")
                    .arg(providerKeys().join(QStringLiteral(", ")), p.value(QStringLiteral("provider"))),
                cmd);
        if (*kind != config.provider) {
            // Another provider: the stored endpoint and model were the old one's.
            config.baseUrl.clear();
            config.model.clear();
            config.endpointLocal.reset();
        }
        config.provider = *kind;
    }
    if (p.isSet(QStringLiteral("base-url")))
        config.baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("model")))
        config.model = p.value(QStringLiteral("model"));
    if (p.isSet(QStringLiteral("share-portfolio")))
        config.sharePortfolioWithCloud = true;
    if (p.isSet(QStringLiteral("paid-endpoint")))
        config.endpointLocal = false;
    if (p.isSet(QStringLiteral("persona"))) {
        const Persona *persona = Persona::find(p.value(QStringLiteral("persona")));
        if (!persona) {
            QStringList keys;
            for (const Persona &x : Persona::all())
                keys << x.key;
            return ctx.usage(QStringLiteral("--persona: one of %1, got '%2'")
                                 .arg(keys.join(QStringLiteral(", ")), p.value(QStringLiteral("persona"))),
                             cmd);
        }
        config.persona = persona->key;
    }
    if (auto valid = config.validate(); !valid)
        return ctx.usage(QString::fromStdString(valid.error().toString()), cmd);
    qint64 conversationId = 0;
    if (p.isSet(QStringLiteral("conversation"))) {
        bool ok = false;
        conversationId = p.value(QStringLiteral("conversation")).toLongLong(&ok);
        if (!ok || conversationId <= 0)
            return ctx.usage(QStringLiteral("--conversation: a conversation id, got '%1'")
                                 .arg(p.value(QStringLiteral("conversation"))),
                             cmd);
        if (auto c = ConversationService(**ctx.workspace()).find(conversationId); !c)
            return ctx.fail(c.error());
    }

    AdvisorSession session(**db, config);
    if (p.isSet(QStringLiteral("api-key-env"))) {
        const QString var = p.value(QStringLiteral("api-key-env"));
        const QString key = qEnvironmentVariable(var.toLocal8Bit().constData()).trimmed();
        if (key.isEmpty())
            return ctx.usage(
                QStringLiteral("--api-key-env: the environment variable '%1' is not set or empty").arg(var),
                cmd);
        session.setApiKey(key);
    }
    if (p.isSet(QStringLiteral("explain"))) {
        const OutboundDescription d = session.describeOutbound();
        if (ctx.json) {
            ctx.printJson(
                QJsonObject{{QStringLiteral("leaves_machine"), d.leavesMachine},
                            {QStringLiteral("destination"), d.destination},
                            {QStringLiteral("sent"), QJsonArray::fromStringList(d.sent)},
                            {QStringLiteral("tools_offered"), QJsonArray::fromStringList(d.toolsOffered)},
                            {QStringLiteral("tools_withheld"), QJsonArray::fromStringList(d.toolsWithheld)}});
        } else {
            ctx.out() << d.markdown() << "\n";
            ctx.out().flush();
        }
        return Ok;
    }
    if (auto spent = session.restoreTodaysSpend(); !spent)
        return ctx.fail(spent.error());

    std::optional<AskResult> result;
    std::optional<Error> error;
    QEventLoop loop;
    bool streamed = false;
    QObject::connect(&session, &AdvisorSession::textDelta, &session, [&](const QString &text) {
        if (ctx.json)
            return;
        streamed = true;
        ctx.out() << text;
        ctx.out().flush();
    });
    QObject::connect(&session, &AdvisorSession::finished, &loop, [&](const AskResult &r) {
        result = r;
        loop.quit();
    });
    QObject::connect(&session, &AdvisorSession::failed, &loop, [&](const Error &e, const AskResult &) {
        error = e;
        loop.quit();
    });
    session.ask(question, conversationId);
    if (!result && !error)
        loop.exec();
    if (error)
        return ctx.fail(*error);
    const AskResult &r = *result;

    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("answer"), r.answer},
            {QStringLiteral("form"), r.offline ? QJsonValue(r.form) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("tool_calls"), toolCallsJson(r.toolCalls)},
            {QStringLiteral("suggestions"), QJsonArray::fromStringList(r.suggestions)},
            {QStringLiteral("tokens"), QJsonObject{{QStringLiteral("input"), r.usage.inputTokens},
                                                   {QStringLiteral("output"), r.usage.outputTokens}}},
            {QStringLiteral("cost_usd"), r.costUsd},
            {QStringLiteral("latency_ms"), r.latencyMs},
            {QStringLiteral("conversation_id"), r.conversationId},
            {QStringLiteral("persona"), config.persona},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("model"), r.offline ? QJsonValue(QJsonValue::Null) : QJsonValue(r.model)},
            {QStringLiteral("fallback"),
             r.fallbackReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.fallbackReason)},
            {QStringLiteral("notice"), r.notice},
            {QStringLiteral("partial"), r.partial}});
        return Ok;
    }
    if (!streamed || r.offline)
        ctx.out() << r.answer;
    ctx.out() << "\n";
    if (!r.suggestions.isEmpty()) {
        ctx.out() << "\nYou could also ask:\n";
        for (const QString &s : r.suggestions)
            ctx.out() << "  - " << s << "\n";
    }
    if (r.offline)
        ctx.out() << "\n(conversation " << r.conversationId << ", offline advisor)\n";
    else
        ctx.out() << "\n(conversation " << r.conversationId << ", " << r.provider << " " << r.model << ", "
                  << r.usage.inputTokens << " + " << r.usage.outputTokens << " tokens, $"
                  << QString::number(r.costUsd, 'f', 6) << ")\n";
    ctx.out().flush();
    return Ok;
}

int conversationsCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("conversations");
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Stored advisor conversations.\n"
                       "  conversations [list]             most recent first\n"
                       "  conversations show ID            the messages\n"
                       "  conversations rename ID TITLE\n"
                       "  conversations delete ID\n"
                       "  conversations search TEXT        case-insensitive, across all conversations\n"
                       "  conversations export ID FILE     Markdown"));
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("list, show, rename, delete, search or export."));
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList a = p.positionalArguments();
    const QString action = a.value(0, QStringLiteral("list"));
    auto idAt = [&](int i) -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = a.value(i).toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    };
    static const QMap<QString, int> arity{{QStringLiteral("list"), 1},   {QStringLiteral("show"), 2},
                                          {QStringLiteral("rename"), 3}, {QStringLiteral("delete"), 2},
                                          {QStringLiteral("search"), 2}, {QStringLiteral("export"), 3}};
    if (!arity.contains(action))
        return ctx.usage(
            QStringLiteral("unknown action '%1' (list, show, rename, delete, search, export)").arg(action),
            cmd);
    if (a.size() > arity.value(action) || (a.size() < arity.value(action) && action != QLatin1String("list")))
        return ctx.usage(QStringLiteral("'%1' takes %2 argument(s)").arg(action).arg(arity.value(action) - 1),
                         cmd);
    if ((action == QLatin1String("show") || action == QLatin1String("rename") ||
         action == QLatin1String("delete") || action == QLatin1String("export")) &&
        !idAt(1))
        return ctx.usage(QStringLiteral("'%1' needs a conversation id, got '%2'").arg(action, a.value(1)),
                         cmd);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ConversationService repo(**ws);
    auto conversationJson = [](const Conversation &c) {
        return QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("persona"), c.persona},
            {QStringLiteral("provider"), c.provider},
            {QStringLiteral("model"), c.model},
            {QStringLiteral("created_at"), QString::fromStdString(formatDateTime(c.createdAt))},
            {QStringLiteral("updated_at"), QString::fromStdString(formatDateTime(c.updatedAt))},
            {QStringLiteral("messages"), c.messageCount}};
    };
    if (action == QLatin1String("list")) {
        auto list = repo.list();
        if (!list)
            return ctx.fail(list.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const Conversation &c : *list)
                rows.append(conversationJson(c));
            ctx.printJson(rows);
            return Ok;
        }
        QList<QStringList> rows;
        for (const Conversation &c : *list)
            rows << QStringList{QString::number(c.id), c.title, QString::number(c.messageCount), c.persona,
                                QString::fromStdString(formatDateTime(c.updatedAt))};
        ctx.printTable({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("messages"),
                        QStringLiteral("persona"), QStringLiteral("updated")},
                       rows);
        return Ok;
    }
    if (action == QLatin1String("show")) {
        auto c = repo.find(*idAt(1));
        if (!c)
            return ctx.fail(c.error());
        auto msgs = repo.messages(c->id);
        if (!msgs)
            return ctx.fail(msgs.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const ConversationMessage &m : *msgs)
                rows.append(QJsonObject{
                    {QStringLiteral("seq"), m.seq},
                    {QStringLiteral("role"), m.role},
                    {QStringLiteral("text"), m.text},
                    {QStringLiteral("tool_calls"), QJsonDocument::fromJson(m.toolCalls.toUtf8()).array()},
                    {QStringLiteral("input_tokens"), m.inputTokens},
                    {QStringLiteral("output_tokens"), m.outputTokens},
                    {QStringLiteral("cost_micro_usd"), m.costMicroUsd},
                    {QStringLiteral("latency_ms"), m.latencyMs},
                    {QStringLiteral("partial"), m.partial}});
            QJsonObject o = conversationJson(*c);
            o.insert(QStringLiteral("message_list"), rows);
            ctx.printJson(o);
            return Ok;
        }
        ctx.out() << "# " << c->title << "\n";
        for (const ConversationMessage &m : *msgs)
            ctx.out() << "\n[" << m.role << "]\n" << m.text << "\n";
        ctx.out().flush();
        return Ok;
    }
    if (action == QLatin1String("rename") || action == QLatin1String("delete")) {
        auto r =
            action == QLatin1String("rename") ? repo.rename(*idAt(1), a.value(2)) : repo.remove(*idAt(1));
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), *idAt(1)}, {QStringLiteral("done"), action}});
        else
            ctx.out() << (action == QLatin1String("rename") ? "renamed" : "deleted") << " conversation "
                      << *idAt(1) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("search")) {
        auto hits = repo.search(a.value(1));
        if (!hits)
            return ctx.fail(hits.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const ConversationHit &h : *hits)
                rows.append(QJsonObject{{QStringLiteral("conversation"), conversationJson(h.conversation)},
                                        {QStringLiteral("message_id"), h.messageId},
                                        {QStringLiteral("snippet"), h.snippet}});
            ctx.printJson(rows);
            return Ok;
        }
        QList<QStringList> rows;
        for (const ConversationHit &h : *hits)
            rows << QStringList{QString::number(h.conversation.id), h.conversation.title, h.snippet};
        ctx.printTable({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("match")}, rows);
        return Ok;
    }
    // export
    auto md = repo.exportMarkdown(*idAt(1));
    if (!md)
        return ctx.fail(md.error());
    if (auto written = writeFileAtomically(a.value(2), md->toUtf8()); !written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *idAt(1)}, {QStringLiteral("file"), a.value(2)}});
    else
        ctx.out() << "exported conversation " << *idAt(1) << " to " << a.value(2) << Qt::endl;
    return Ok;
}

} // namespace

std::vector<Command> advisorCommands()
{
    return {{QStringLiteral("ask"),
             QStringLiteral("Ask the advisor a question (offline advisor, or a model with --provider)"),
             askCommand},
            {QStringLiteral("conversations"),
             QStringLiteral("List, show, rename, delete, search, export conversations"),
             conversationsCommand}};
}

} // namespace sn::cli
