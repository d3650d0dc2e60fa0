#include "core/workspace/DailyCloses.h"

#include "core/common/UserText.h"
#include "core/storage/BarRepository.h"

namespace sn {

std::string missingDailyClosesReason(const Database &db, qint64 instrumentId, const std::string &symbol,
                                     bool translated)
{
    const auto text = [translated](TextKey key, std::initializer_list<std::string_view> args) {
        return translated ? translatedText(key, args) : englishText(key, args);
    };
    const std::string howTo =
        text(SN_TEXT("sn::DailyCloses", "import daily (1d) bars of %1 (File > Import CSV, "
                                        "or supernova-cli import FILE --interval 1d)"),
             {symbol});
    auto stored = BarRepository(db).intervals(instrumentId);
    if (!stored || stored->isEmpty())
        return text(SN_TEXT("sn::DailyCloses", "no daily bars stored: %1"), {howTo});
    return text(
        SN_TEXT("sn::DailyCloses", "only %1 bars are stored and a portfolio is valued from daily closes: %2"),
        {stored->join(QStringLiteral(", ")).toStdString(), howTo});
}

} // namespace sn
