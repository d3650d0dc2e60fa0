#include "core/news/NewsDedup.h"

#include "core/news/TextCleanup.h"

#include <QHash>
#include <QMultiHash>
#include <cstdlib>

namespace sn::news {

int removeDuplicates(std::vector<NewsItem> &items)
{
    QHash<QString, std::size_t> byLink;
    QMultiHash<QString, std::size_t> byTitle;
    constexpr TimestampMs window = TimestampMs(kTitleWindowDays) * kMsPerDay;
    std::vector<NewsItem> kept;
    kept.reserve(items.size());
    int dropped = 0;
    for (NewsItem &item : items) {
        const QString link = linkKey(item.link);
        const QString title = titleKey(item.title);
        std::optional<std::size_t> same;
        if (!link.isEmpty() && byLink.contains(link))
            same = byLink.value(link);
        else if (!title.isEmpty())
            for (auto it = byTitle.constFind(title); it != byTitle.cend() && it.key() == title; ++it)
                if (std::llabs(kept[*it].publishedAt - item.publishedAt) <= window) {
                    same = *it;
                    break;
                }
        if (same) {
            NewsItem &first = kept[*same];
            for (const SymbolLink &s : std::as_const(item.symbols)) {
                const bool known = std::any_of(first.symbols.cbegin(), first.symbols.cend(),
                                               [&](const SymbolLink &k) { return k.symbol == s.symbol; });
                if (!known)
                    first.symbols.append(s);
            }
            ++dropped;
            continue;
        }
        const std::size_t at = kept.size();
        if (!link.isEmpty())
            byLink.insert(link, at);
        if (!title.isEmpty())
            byTitle.insert(title, at);
        kept.push_back(std::move(item));
    }
    items = std::move(kept);
    return dropped;
}

} // namespace sn::news
