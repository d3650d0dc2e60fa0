#include "core/server/RequestContext.h"

namespace sn::server {

namespace {
thread_local const RequestScope::Context *t_current = nullptr;
}

RequestScope::RequestScope(Context context) : m_context(std::move(context)), m_outer(t_current)
{
    t_current = &m_context;
}

RequestScope::~RequestScope()
{
    t_current = m_outer;
}

const RequestScope::Context *RequestScope::current()
{
    return t_current;
}

} // namespace sn::server
