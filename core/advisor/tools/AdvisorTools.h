#pragma once

#include "core/advisor/tools/ToolRegistry.h"

#include <memory>

namespace sn {
class Database;
}

namespace sn::advisor {

struct ToolContext;

// The tool areas; each adds its tools to the registry.
void addMarketTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx);
void addBacktestTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx);
void addPortfolioTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx);
void addExplainTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx);
void addNewsTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx);

// Every advisor tool over `db` (which must outlive the registry).
ToolRegistry makeAdvisorTools(const Database &db);

} // namespace sn::advisor
