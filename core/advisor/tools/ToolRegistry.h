#pragma once

#include "core/advisor/ChatTypes.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

namespace sn::advisor {

// One finished tool call as an answer (offline or from a model) shows it.
struct ToolOutcome
{
    QString name;
    QJsonObject arguments;
    bool ok = false;
    QJsonObject result; // on failure: {"error": message}
    double ms = 0.0;    // validation and run
    // On failure, the error as the reader reads it (Error::toUserString():
    // translated in the desktop); result["error"] stays English for a model,
    // --json and the logs.
    QString userError;
};

// The tools a model or the offline advisor may call. Each is a ToolSpec (what
// a model is shown) and a function over validated arguments. No tool changes
// stored data: a tool that proposes a change (rebalancing) says in its spec
// and its result that applying it needs the user's explicit confirmation.
class ToolRegistry
{
public:
    using Function = std::function<Result<QJsonObject>(const QJsonObject &arguments)>;

    // `spec.parameters` must be an object schema (see JsonSchema.h).
    void add(ToolSpec spec, Function function);

    const std::vector<ToolSpec> &specs() const { return m_specs; }
    const ToolSpec *find(const QString &name) const;

    // Validates the arguments against the tool's schema (the error names the
    // field), then runs it. Unknown tool: NotFound listing the known ones.
    Result<QJsonObject> call(const ToolCall &call) const;
    // The same, timed, with a failure turned into {"error": ...} so it can go
    // back to a model as a tool result.
    ToolOutcome run(const ToolCall &call) const;

private:
    std::vector<ToolSpec> m_specs;
    std::vector<Function> m_functions;
};

} // namespace sn::advisor
