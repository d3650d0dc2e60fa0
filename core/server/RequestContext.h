#pragma once

#include <string>

namespace sn::server {

// The request the server is handling on this thread, so every log line
// written meanwhile (by any module) can carry its correlation id and
// connection: the server's JSON log sink reads current() and adds them as
// fields. The server runs one event loop per thread and handles a request
// start to finish inside one call, which is what makes a thread-local scope
// exact here.
class RequestScope
{
public:
    struct Context
    {
        std::string correlationId; // "<instance>-<n>", echoed to the client as `cid`
        std::string connection;    // "c12"
        std::string ref;           // the request frame's id
    };

    explicit RequestScope(Context context);
    ~RequestScope();
    RequestScope(const RequestScope &) = delete;
    RequestScope &operator=(const RequestScope &) = delete;

    // The innermost scope on this thread, or nullptr outside any request.
    static const Context *current();

private:
    Context m_context;
    const Context *m_outer;
};

} // namespace sn::server
