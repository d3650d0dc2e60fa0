#include "core/advisor/tools/DataNames.h"

#include <mutex>
#include <utility>

namespace sn::advisor {

namespace {

std::mutex g_mutex;

DataNamer &namer()
{
    static DataNamer installed;
    return installed;
}

} // namespace

void setDataNamer(DataNamer n)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    namer() = std::move(n);
}

QString dataName(DataText kind, const QString &id, const QString &fallback)
{
    DataNamer n;
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        n = namer();
    }
    QString own = fallback.isEmpty() ? id : fallback;
    if (!n)
        return own;
    const QString named = n(kind, id);
    return named.isEmpty() ? own : named;
}

} // namespace sn::advisor
