#pragma once

#include "core/common/Result.h"
#include "core/model/PortfolioTransaction.h"
#include "ui/portfolio/HoldingsTableModel.h"
#include "ui/portfolio/TransactionTableModel.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

// What the portfolio area shows of one portfolio, read in one go off the GUI
// thread: the ledger, the instruments it may name, and the holdings on the
// valuation day. A ledger that cannot be valued (a price missing, a sale of
// more than is held) still loads: the holdings carry the reason instead.
struct PortfolioSnapshot
{
    QString portfolio;
    qint64 portfolioId = 0;
    QString baseCurrency;
    std::vector<TransactionTableModel::Row> rows; // the ledger, ready for the grid
    QHash<QString, qint64> instrumentIds;         // every stored instrument, by symbol
    std::vector<HoldingsTableModel::Line> lines;
    std::optional<double> totalValue;
    std::optional<double> cashValue;
    qint64 asOf = 0;
    QString holdingsError; // why there are no holdings, if so

    static Result<QStringList> portfolioNames(const Workspace &db);
    static Result<PortfolioSnapshot> load(const Workspace &db, const QString &portfolio);
    // Holdings only (after an edit), keeping the ledger as it is in the grid.
    static void loadHoldings(const Workspace &db, PortfolioSnapshot &snapshot);
};

} // namespace sn::ui
