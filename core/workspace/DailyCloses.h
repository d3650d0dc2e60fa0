#pragma once

#include <QtGlobal>
#include <string>

namespace sn {

class Database;

// Why an instrument has no daily close to price a trade with, and what to do:
// the ledger is valued from daily closes only, so an instrument with monthly
// or intraday bars alone (the sample's MSFT) is named with what it does have
// and where daily bars come from, not just "no daily bars stored".
// `translated`: in the reader's language (sn::translatedText) instead of English.
std::string missingDailyClosesReason(const Database &db, qint64 instrumentId, const std::string &symbol,
                                     bool translated = false);

} // namespace sn
