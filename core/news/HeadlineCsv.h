#pragma once

#include "core/common/Result.h"
#include "core/news/NewsItem.h"

#include <QByteArray>
#include <vector>

namespace sn::news {

// CSV headline files: a header row naming the columns, in any order and any
// case: `published` (also date, datetime, time), `title` (also headline)
// required; `link` (url), `symbol` (symbols, ticker: several separated by
// ';' or spaces), `source`, `summary` optional. Dates are RFC 3339, ISO
// ("2024-05-02", "2024-05-02 14:30[:00]", UTC unless a zone is given) or
// RFC 822. Comma-separated with RFC 4180 quoting (quoted fields may hold
// commas, doubled quotes and line breaks). Every bad row is an error naming
// the file, the line and the field; nothing is returned unless all rows read.
Result<std::vector<NewsItem>> readHeadlineCsv(const QByteArray &data, const QString &name);

} // namespace sn::news
