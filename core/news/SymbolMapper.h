#pragma once

#include "core/news/NewsItem.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <vector>

namespace sn::news {

// Links news items to symbols in three ways (docs/sentiment.md):
//  - the symbol the feed was added for (a per-symbol feed);
//  - $cashtags in the title or summary: always for a known instrument, and
//    for an unknown one only when written in capitals ($NVDA, not $nvda),
//    since "$5bn" and "$ea" are not tickers;
//  - company names from the instruments table, matched as whole words with
//    their case ("Apple" but not "apple pie"), after dropping legal suffixes
//    ("Apple Inc." -> "Apple", "Microsoft Corporation" -> "Microsoft").
class SymbolMapper
{
public:
    struct Company
    {
        QString symbol;
        QString name;
    };
    explicit SymbolMapper(const std::vector<Company> &companies);

    // "Apple Inc." -> "Apple"; empty when what is left is too short to match
    // safely (fewer than 3 characters).
    static QString matchableName(const QString &companyName);

    // Adds links to `item` (keeping ones it has); `feedSymbol` may be empty.
    void map(NewsItem &item, const QString &feedSymbol = {}) const;

private:
    QSet<QString> m_known; // upper-case symbols
    std::vector<std::pair<QRegularExpression, QString>> m_names;
};

} // namespace sn::news
