#pragma once

#include "core/common/Time.h"

#include <QStringView>
#include <optional>

namespace sn::news {

// RFC 822 / RFC 2822 dates as RSS 2.0 gives them ("Tue, 10 Jun 2003
// 04:00:00 GMT"): the weekday is optional and not checked, seconds are
// optional, two-digit years are 19xx/20xx as RFC 2822 says, and the zone is
// +HHMM, -HHMM, UT/GMT/Z or a North American name (EST, PDT, ...). Unknown
// zone names are refused rather than guessed.
std::optional<TimestampMs> parseRfc822(QStringView text);

// RFC 3339 as Atom gives it ("2003-12-13T18:30:02.25+01:00"); 'T' or a
// space between date and time; lower-case 't'/'z' too. A zone is required.
std::optional<TimestampMs> parseRfc3339(QStringView text);

// Either of the two: feeds in the wild put ISO dates in <pubDate> and RFC
// 822 ones in <dc:date>.
std::optional<TimestampMs> parseFeedDate(QStringView text);

} // namespace sn::news
