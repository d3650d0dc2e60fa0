#include "core/report/builders/ConversationReportBuilder.h"

#include "core/report/Fingerprint.h"
#include "core/report/builders/BuilderSupport.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"

namespace sn::report {

namespace {

std::string roleTitle(const QString &role)
{
    if (role == QLatin1String("user"))
        return "Question";
    if (role == QLatin1String("assistant"))
        return "Answer";
    if (role == QLatin1String("tool"))
        return "Tool result";
    if (role == QLatin1String("system"))
        return "System";
    return role.toStdString();
}

} // namespace

Result<Document> buildConversationReport(const Database &db, qint64 id)
{
    ConversationRepository repo(db);
    auto conversation = repo.find(id);
    if (!conversation)
        return conversation.error();
    auto messages = repo.messages(id);
    if (!messages)
        return messages.error();
    const Conversation &c = conversation.value();

    Document doc;
    doc.kind = "conversation";
    doc.title = "Advisor conversation";
    doc.subtitle = c.title.toStdString();
    doc.asOf = messages->empty() ? formatDate(c.createdAt) : formatDate(messages->back().createdAt);

    Section summary{"Summary", {}};
    Table k = kpiTable("kpis", "Conversation");
    qint64 inTokens = 0;
    qint64 outTokens = 0;
    qint64 cost = 0;
    for (const ConversationMessage &m : messages.value()) {
        inTokens += m.inputTokens;
        outTokens += m.outputTokens;
        cost += m.costMicroUsd;
    }
    k.rows.push_back(kpiRow("Title", Cell::textCell(c.title.toStdString()), "title"));
    k.rows.push_back(kpiRow("Started", Cell::textCell(formatDateTime(c.createdAt)), "created_at"));
    k.rows.push_back(kpiRow("Persona", Cell::textCell(c.persona.toStdString()), "persona"));
    k.rows.push_back(kpiRow(
        "Provider",
        Cell::textCell(c.provider.toStdString() + (c.model.isEmpty() ? "" : " / " + c.model.toStdString())),
        "provider"));
    k.rows.push_back(kpiRow("Messages", Cell::integer((long long)(messages->size())), "messages"));
    k.rows.push_back(kpiRow("Input tokens", Cell::integer(inTokens), "input_tokens"));
    k.rows.push_back(kpiRow("Output tokens", Cell::integer(outTokens), "output_tokens"));
    k.rows.push_back(kpiRow("Cost (USD)", Cell::number(double(cost) / 1e6, 4), "cost_usd"));
    summary.blocks.emplace_back(std::move(k));
    if (messages->empty())
        summary.blocks.emplace_back(Note{"The conversation has no messages yet."});
    doc.sections.push_back(std::move(summary));

    Section talk{"Conversation", {}};
    Table usage;
    usage.id = "messages";
    usage.title = "Messages";
    usage.columns = {{"#", true},          {"Time (UTC)", false},  {"Role", false},
                     {"Tool", false},      {"Input tokens", true}, {"Output tokens", true},
                     {"Cost (USD)", true}, {"Latency (ms)", true}, {"Complete", false}};
    for (const ConversationMessage &m : messages.value()) {
        std::string head = roleTitle(m.role) + " · " + formatDateTime(m.createdAt);
        if (!m.toolName.isEmpty())
            head += " · " + m.toolName.toStdString();
        talk.blocks.emplace_back(Paragraph{head});
        if (m.role == QLatin1String("user"))
            talk.blocks.emplace_back(Note{m.text.toStdString()});
        else if (!m.text.isEmpty())
            talk.blocks.emplace_back(Paragraph{m.text.toStdString(), true});
        if (!m.toolCalls.isEmpty())
            talk.blocks.emplace_back(Paragraph{"Tool calls: " + m.toolCalls.toStdString()});
        if (m.partial)
            talk.blocks.emplace_back(
                Note{"This answer is incomplete: the stream ended before it was finished."});
        usage.rows.push_back({Cell::integer(m.seq + 1), Cell::textCell(formatDateTime(m.createdAt)),
                              Cell::textCell(m.role.toStdString()), Cell::textCell(m.toolName.toStdString()),
                              Cell::integer(m.inputTokens), Cell::integer(m.outputTokens),
                              Cell::number(double(m.costMicroUsd) / 1e6, 4), Cell::integer(m.latencyMs),
                              Cell::textCell(m.partial ? "no" : "yes")});
    }
    doc.sections.push_back(std::move(talk));
    Section table{"Usage by message", {}};
    table.blocks.emplace_back(std::move(usage));
    doc.sections.push_back(std::move(table));

    doc.methodology.push_back(
        {"Answers",
         "Answers come from the advisor's deterministic tools over the stored data (the tool results are "
         "listed with the data each used); a model, when one is configured, only phrases them. The offline "
         "advisor's question forms are in docs/advisor.md.",
         ""});
    doc.methodology.push_back(
        {"Cost", "tokens x the provider's price table at the time of the call (core/advisor/llm/UsageMeter)",
         ""});

    Fingerprint fp(appVersion());
    fp.setConvention("");
    fp.addParameter("conversation", std::to_string(id));
    fp.beginRows("messages");
    for (const ConversationMessage &m : messages.value()) {
        const std::string row[] = {
            std::to_string(m.seq),         m.role.toStdString(),           m.text.toStdString(),
            m.toolCalls.toStdString(),     m.toolCallId.toStdString(),     m.toolName.toStdString(),
            std::to_string(m.inputTokens), std::to_string(m.outputTokens), std::to_string(m.costMicroUsd),
            std::to_string(m.latencyMs),   m.partial ? "1" : "0",          std::to_string(m.createdAt)};
        fp.addRow(row);
    }
    doc.fingerprint = fp.finish();
    doc.sources.push_back({"conversation " + std::to_string(id) + " '" + c.title.toStdString() + "'",
                           "messages", db.displayUrl().toStdString(), messages->size(),
                           messages->empty() ? std::string() : formatDateTime(messages->front().createdAt),
                           messages->empty() ? std::string() : formatDateTime(messages->back().createdAt)});
    return doc;
}

} // namespace sn::report
