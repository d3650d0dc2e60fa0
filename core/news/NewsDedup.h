#pragma once

#include "core/news/NewsItem.h"

#include <vector>

namespace sn::news {

// Two items with the same title key are one story when published within
// this many days of each other; further apart, a repeated headline ("Stocks
// rise at the open") is another day's story.
inline constexpr int kTitleWindowDays = 3;

// Removes repeats from one batch, keeping the first of each story: two
// items are one story when their links match (linkKey) or their titles do
// (titleKey, within kTitleWindowDays): wire stories re-posted under another
// URL, the same URL with tracking parameters. The symbols of a dropped repeat are added to the
// item kept, so a story in a general feed and a per-symbol feed keeps both.
// Returns how many were dropped.
int removeDuplicates(std::vector<NewsItem> &items);

} // namespace sn::news
