#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"

#include <string>

namespace sn::test {

// A deliberately tiny reader for the bundled Yahoo-style sample files
// (date,open,high,low,close,adjclose,volume with ISO dates), so the backtest
// tests and benchmarks do not depend on the import module.
Result<BarSeries> readSampleBars(const std::string &path);

} // namespace sn::test
