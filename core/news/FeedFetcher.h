#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QUrl>

namespace sn::news {

struct FetchOptions
{
    int timeoutMs = 20'000;
    qint64 maxBytes = 10 * 1024 * 1024; // a feed larger than this is refused
};

// GETs a feed over http(s), following redirects that do not downgrade to
// http. Blocks the calling thread while running a local event loop, so it
// suits the CLI and worker threads, not the GUI thread. Failures (no
// answer, HTTP errors, too large) are Unavailable / InvalidArgument errors
// naming the URL.
Result<QByteArray> fetchFeed(const QUrl &url, const FetchOptions &options = {});

} // namespace sn::news
