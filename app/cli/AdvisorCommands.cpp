// ask and conversations: the advisor from the command line. Only the offline
// advisor is wired here; the cloud providers are wired once core/advisor/llm
// lands.
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"

#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace sn::cli {

namespace {

using namespace sn::advisor;

QJsonArray toolCallsJson(const std::vector<ToolOutcome> &calls)
{
    QJsonArray out;
    for (const ToolOutcome &c : calls)
        out.append(QJsonObject{{QStringLiteral("name"), c.name},
                               {QStringLiteral("arguments"), c.arguments},
                               {QStringLiteral("ok"), c.ok},
                               {QStringLiteral("result"), c.result},
                               {QStringLiteral("ms"), c.ms}});
    return out;
}

QString titleOf(const QString &question)
{
    const QString t = question.simplified();
    return t.size() <= 60 ? t : t.left(57) + QStringLiteral("...");
}

int askCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("ask");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Ask the advisor a question about your data. Every number comes from SuperNova's tools. The offline\n"
        "advisor (default) understands the question forms listed in docs/advisor.md. The exchange is stored\n"
        "in a conversation: a new one unless --conversation ID. JSON (--json): answer, form, tool_calls\n"
        "(name, arguments, result, ms), suggestions, tokens, cost_usd, conversation_id, persona, provider."));
    p.addPositionalArgument(QStringLiteral("question"), QStringLiteral("The question, quoted."));
    p.addOption({QStringLiteral("provider"), QStringLiteral("offline (default), openai or anthropic."), QStringLiteral("name"),
                 QStringLiteral("offline")});
    p.addOption({QStringLiteral("base-url"), QStringLiteral("Endpoint of an OpenAI-compatible server."), QStringLiteral("url")});
    p.addOption({QStringLiteral("model"), QStringLiteral("Model name."), QStringLiteral("model")});
    p.addOption({QStringLiteral("persona"), QStringLiteral("conservative, balanced (default), growth, quant or educator."),
                 QStringLiteral("persona"), QStringLiteral("balanced")});
    p.addOption({QStringLiteral("conversation"), QStringLiteral("Continue this conversation."), QStringLiteral("id")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1 || positional.front().trimmed().isEmpty())
        return ctx.usage(QStringLiteral("ask needs exactly one question (quote it)"), cmd);
    const QString question = positional.front();
    const QString provider = p.value(QStringLiteral("provider")).toLower();
    if (provider == QLatin1String("openai") || provider == QLatin1String("anthropic"))
        return ctx.fail(QStringLiteral("the %1 provider is not wired into the CLI yet; use --provider offline").arg(provider));
    if (provider != QLatin1String("offline"))
        return ctx.usage(QStringLiteral("--provider: 'offline', 'openai' or 'anthropic', got '%1'").arg(provider), cmd);
    const Persona *persona = Persona::find(p.value(QStringLiteral("persona")));
    if (!persona) {
        QStringList keys;
        for (const Persona &x : Persona::all())
            keys << x.key;
        return ctx.usage(QStringLiteral("--persona: one of %1, got '%2'")
                             .arg(keys.join(QStringLiteral(", ")), p.value(QStringLiteral("persona"))),
                         cmd);
    }
    qint64 conversationId = 0;
    if (p.isSet(QStringLiteral("conversation"))) {
        bool ok = false;
        conversationId = p.value(QStringLiteral("conversation")).toLongLong(&ok);
        if (!ok || conversationId <= 0)
            return ctx.usage(QStringLiteral("--conversation: a conversation id, got '%1'").arg(p.value(QStringLiteral("conversation"))), cmd);
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ConversationRepository conversations(**db);
    if (conversationId > 0) {
        if (auto c = conversations.find(conversationId); !c)
            return ctx.fail(c.error());
    }
    const ToolRegistry tools = makeAdvisorTools(**db);
    const AdvisorAnswer answer = OfflineAdvisor(tools, *persona).answer(question);
    if (conversationId == 0) {
        Conversation c;
        c.title = titleOf(question);
        c.persona = persona->key;
        c.provider = QStringLiteral("offline");
        auto id = conversations.create(c);
        if (!id)
            return ctx.fail(id.error());
        conversationId = *id;
    }
    ConversationMessage user;
    user.conversationId = conversationId;
    user.role = QStringLiteral("user");
    user.text = question;
    if (auto r = conversations.append(user); !r)
        return ctx.fail(r.error());
    ConversationMessage reply;
    reply.conversationId = conversationId;
    reply.role = QStringLiteral("assistant");
    reply.text = answer.text;
    double ms = 0;
    for (const ToolOutcome &c : answer.toolCalls)
        ms += c.ms;
    reply.latencyMs = static_cast<qint64>(ms);
    if (!answer.toolCalls.empty())
        reply.toolCalls = QString::fromUtf8(QJsonDocument(toolCallsJson(answer.toolCalls)).toJson(QJsonDocument::Compact));
    if (auto r = conversations.append(reply); !r)
        return ctx.fail(r.error());

    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("answer"), answer.text},
                                  {QStringLiteral("form"), answer.form},
                                  {QStringLiteral("tool_calls"), toolCallsJson(answer.toolCalls)},
                                  {QStringLiteral("suggestions"), QJsonArray::fromStringList(answer.suggestions)},
                                  {QStringLiteral("tokens"), QJsonObject{{QStringLiteral("input"), 0}, {QStringLiteral("output"), 0}}},
                                  {QStringLiteral("cost_usd"), 0},
                                  {QStringLiteral("conversation_id"), conversationId},
                                  {QStringLiteral("persona"), persona->key},
                                  {QStringLiteral("provider"), QStringLiteral("offline")}});
        return Ok;
    }
    ctx.out() << answer.text << "\n";
    if (!answer.suggestions.isEmpty()) {
        ctx.out() << "\nYou could also ask:\n";
        for (const QString &s : answer.suggestions)
            ctx.out() << "  - " << s << "\n";
    }
    ctx.out() << "\n(conversation " << conversationId << ", offline advisor)\n";
    ctx.out().flush();
    return Ok;
}

int conversationsCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("conversations");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Stored advisor conversations.\n"
        "  conversations [list]             most recent first\n"
        "  conversations show ID            the messages\n"
        "  conversations rename ID TITLE\n"
        "  conversations delete ID\n"
        "  conversations search TEXT        case-insensitive, across all conversations\n"
        "  conversations export ID FILE     Markdown"));
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, show, rename, delete, search or export."));
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList a = p.positionalArguments();
    const QString action = a.value(0, QStringLiteral("list"));
    auto idAt = [&](int i) -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = a.value(i).toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    };
    static const QMap<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("show"), 2},
                                          {QStringLiteral("rename"), 3}, {QStringLiteral("delete"), 2},
                                          {QStringLiteral("search"), 2}, {QStringLiteral("export"), 3}};
    if (!arity.contains(action))
        return ctx.usage(QStringLiteral("unknown action '%1' (list, show, rename, delete, search, export)").arg(action), cmd);
    if (a.size() > arity.value(action) || (a.size() < arity.value(action) && action != QLatin1String("list")))
        return ctx.usage(QStringLiteral("'%1' takes %2 argument(s)").arg(action).arg(arity.value(action) - 1), cmd);
    if ((action == QLatin1String("show") || action == QLatin1String("rename") || action == QLatin1String("delete")
         || action == QLatin1String("export")) && !idAt(1))
        return ctx.usage(QStringLiteral("'%1' needs a conversation id, got '%2'").arg(action, a.value(1)), cmd);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ConversationRepository repo(**db);
    auto conversationJson = [](const Conversation &c) {
        return QJsonObject{{QStringLiteral("id"), c.id},
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
                rows.append(QJsonObject{{QStringLiteral("seq"), m.seq},
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
        auto r = action == QLatin1String("rename") ? repo.rename(*idAt(1), a.value(2)) : repo.remove(*idAt(1));
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), *idAt(1)}, {QStringLiteral("done"), action}});
        else
            ctx.out() << (action == QLatin1String("rename") ? "renamed" : "deleted") << " conversation " << *idAt(1) << Qt::endl;
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
    QSaveFile f(a.value(2));
    if (!f.open(QIODevice::WriteOnly) || f.write(md->toUtf8()) < 0 || !f.commit())
        return ctx.fail(QStringLiteral("cannot write '%1': %2").arg(a.value(2), f.errorString()));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *idAt(1)}, {QStringLiteral("file"), a.value(2)}});
    else
        ctx.out() << "exported conversation " << *idAt(1) << " to " << a.value(2) << Qt::endl;
    return Ok;
}

} // namespace

std::vector<Command> advisorCommands()
{
    return {{QStringLiteral("ask"), QStringLiteral("Ask the advisor a question (offline advisor by default)"), askCommand},
            {QStringLiteral("conversations"), QStringLiteral("List, show, rename, delete, search, export conversations"),
             conversationsCommand}};
}

} // namespace sn::cli
