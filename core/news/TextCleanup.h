#pragma once

#include <QString>

namespace sn::news {

// Feeds put HTML where text belongs (escaped tags in titles, entities,
// markup in summaries). Strips tags, decodes the character references and
// the common named entities, and collapses whitespace.
QString htmlToText(const QString &html);

// The key two headlines are the same story by: case-folded, compatibility-
// normalised (NFKC), punctuation and symbols dropped, whitespace collapsed.
// "Apple beats estimates!" and "APPLE  beats estimates" share one key.
QString titleKey(const QString &title);

// The key two links are the same page by: scheme and host lower-cased, the
// fragment and utm_* tracking parameters removed, a trailing '/' of the path
// dropped. Empty for an empty or unreadable link.
QString linkKey(const QString &link);

} // namespace sn::news
