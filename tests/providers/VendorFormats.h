#pragma once

// Answers in each vendor's documented wire format, built from one made-up
// market (raw, as-traded daily bars with a split and a dividend), so a test
// can serve any requested range and check what the client made of it.

#include "core/providers/ProviderTypes.h"
#include "tests/providers/VendorServer.h"

#include <QDate>
#include <QString>
#include <vector>

namespace sn::test {

struct RawBar
{
    QDate day;
    double open, high, low, close, volume;
};

struct Market
{
    std::vector<RawBar> bars; // as traded
    std::vector<CorporateAction> actions;
    // Weekdays from..to; close = 100 + n before the split, halved after a
    // 2-for-1 split on `splitDay`; a 0.5 dividend on `dividendDay`.
    static Market acme(QDate from, QDate to, QDate splitDay, QDate dividendDay);
    std::vector<RawBar> between(QDate from, QDate to) const;
};

// Yahoo chart JSON for [period1, period2) seconds; quote prices split-adjusted
// as Yahoo serves them; daily stamps at the 09:30 New York open.
VendorServer::Response yahooChart(const Market &m, const QString &symbol, qint64 period1, qint64 period2);
VendorServer::Response yahooNotFound();
VendorServer::Response stooqCsv(const Market &m, QDate from, QDate to);
VendorServer::Response alphaVantageDaily(const Market &m, const QString &symbol, QDate from, QDate to);
VendorServer::Response tiingoDaily(const Market &m, QDate from, QDate to);
VendorServer::Response ecbXml(const std::vector<FxRate> &rates);
// Symbol search answers: Yahoo's /v1/finance/search, Alpha Vantage's
// SYMBOL_SEARCH (region as `exchange`) and Tiingo's /tiingo/utilities/search
// (countryCode as `exchange`).
VendorServer::Response yahooSearch(const std::vector<SymbolMatch> &matches);
VendorServer::Response alphaVantageSearch(const std::vector<SymbolMatch> &matches);
VendorServer::Response tiingoSearch(const std::vector<SymbolMatch> &matches);

} // namespace sn::test
