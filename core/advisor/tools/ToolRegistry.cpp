#include "core/advisor/tools/ToolRegistry.h"

#include "core/advisor/tools/JsonSchema.h"
#include "core/common/TextTranslatorState.h"

#include <QElapsedTimer>
#include <QStringList>
#include <cassert>

namespace sn::advisor {

void ToolRegistry::add(ToolSpec spec, Function function)
{
    assert(spec.parameters.value(QStringLiteral("type")).toString() == QLatin1String("object"));
    assert(find(spec.name) == nullptr);
    m_specs.push_back(std::move(spec));
    m_functions.push_back(std::move(function));
}

const ToolSpec *ToolRegistry::find(const QString &name) const
{
    for (const ToolSpec &s : m_specs)
        if (s.name == name)
            return &s;
    return nullptr;
}

Result<QJsonObject> ToolRegistry::call(const ToolCall &call) const
{
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].name != call.name)
            continue;
        if (auto valid = schema::validate(call.arguments, m_specs[i].parameters); !valid)
            return valid.error().withContext("tool " + call.name.toStdString());
        auto result = m_functions[i](call.arguments);
        if (!result)
            return result.error().withContext("tool " + call.name.toStdString());
        return result;
    }
    QStringList known;
    for (const ToolSpec &s : m_specs)
        known << s.name;
    return makeError(ErrorCode::NotFound, QStringLiteral("unknown tool '%1' (known: %2)")
                                              .arg(call.name, known.join(QStringLiteral(", ")))
                                              .toStdString());
}

ToolOutcome ToolRegistry::run(const ToolCall &c) const
{
    QElapsedTimer timer;
    timer.start();
    ToolOutcome out;
    out.name = c.name;
    out.arguments = c.arguments;
    auto r = call(c);
    out.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    out.ok = r.ok();
    if (r)
        out.result = std::move(r).value();
    else {
        out.result = QJsonObject{{QStringLiteral("error"), QString::fromStdString(r.error().toString())}};
        // The reader gets the translated message without the English
        // plumbing around it ("tool run_backtest: argument 'from'"); an
        // error without a translation, or in the CLI, reads as it always did.
        const Error &e = r.error();
        out.userError = QString::fromStdString(
            textTranslatorInstalled() && !e.userMessage.empty() ? e.userMessage : e.toString());
    }
    return out;
}

} // namespace sn::advisor
