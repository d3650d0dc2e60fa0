#pragma once

#include "core/common/Decimal.h"
#include "core/common/Time.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace sn {

// One ledger line. `type` is one of Schema::transactionTypes(). Amounts are
// exact decimals stored as micro-units; `amount` is the cash effect in
// `currency` (signs are the ledger's convention, not the database's).
struct PortfolioTransaction
{
    qint64 id = 0;
    qint64 portfolioId = 0;
    TimestampMs time = 0;
    QString type;
    std::optional<qint64> instrumentId;
    Decimal quantity;
    Decimal price;
    Decimal amount;
    Decimal fee;
    Decimal tax;
    QString currency = QStringLiteral("USD");
    QString note;
};

} // namespace sn
