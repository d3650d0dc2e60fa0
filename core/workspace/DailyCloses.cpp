#include "core/workspace/DailyCloses.h"

#include "core/storage/BarRepository.h"

#include <fmt/format.h>

namespace sn {

std::string missingDailyClosesReason(const Database &db, qint64 instrumentId, const std::string &symbol)
{
    const std::string howTo = fmt::format("import daily (1d) bars of {} (File > Import CSV, or supernova-cli "
                                          "import FILE --interval 1d)",
                                          symbol);
    auto stored = BarRepository(db).intervals(instrumentId);
    if (!stored || stored->isEmpty())
        return "no daily bars stored: " + howTo;
    return fmt::format("only {} bars are stored and a portfolio is valued from daily closes: {}",
                       stored->join(QStringLiteral(", ")).toStdString(), howTo);
}

} // namespace sn
