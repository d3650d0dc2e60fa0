#pragma once

#include "core/common/Time.h"
#include "core/market/BarSeries.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace sn {

// One request for bars: a symbol as the vendor spells it, an inclusive range
// of calendar days (UTC) and an interval code as stored ("1d", "1wk", "1mo",
// "5m", "1h", ...).
struct FetchRequest
{
    QString symbol;
    QDate from;
    QDate to;
    QString interval = QStringLiteral("1d");
};

// A split or a cash dividend on its ex-date (UTC midnight).
struct CorporateAction
{
    enum class Kind
    {
        Split,
        Dividend
    };
    Kind kind = Kind::Dividend;
    TimestampMs time = 0;
    // Split: new shares per old share (4 for a 4-for-1 split, 0.1 for a 1-for-10
    // reverse split). Dividend: cash per share in the instrument's currency.
    double value = 0;

    bool operator==(const CorporateAction &) const = default;
};

const char *corporateActionKindName(CorporateAction::Kind kind);

// What a vendor answered for one FetchRequest. `bars` are UNADJUSTED (as
// traded): vendors that deliver split-adjusted prices are undone with the
// splits they report, so the database holds one kind of series and the
// adjusted one is derived from it and the stored actions (docs/providers.md).
struct ProviderBars
{
    BarSeries bars;
    std::vector<CorporateAction> actions;
    QString currency; // ISO 4217 when the vendor says, else empty
    QString exchange;
    QString name;
    // How the vendor's own prices were adjusted before we undid it, for the
    // record ("raw", "split-adjusted (undone)", "as delivered").
    QString adjustmentNote;
};

// One hit of a vendor's symbol search.
struct SymbolMatch
{
    QString symbol;
    QString name;
    QString exchange;
    QString kind; // the vendor's type ("EQUITY", "ETF", "Stock", ...)
    QString currency;
};

// One euro reference rate: 1 EUR = `perEuro` units of `currency` on `day`.
struct FxRate
{
    QDate day;
    QString currency;
    double perEuro = 0;
};

// Midnight UTC of a calendar day, and back.
TimestampMs dayStartMs(const QDate &day);
QDate dayOf(TimestampMs ms);

} // namespace sn
