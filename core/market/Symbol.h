#pragma once

#include "core/common/Result.h"

#include <string_view>

namespace sn {

// What an instrument symbol may be: 1 to 32 characters, no control
// characters (a newline or a tab breaks every table and file it is written
// to), no leading '-' (the CLI would read "-X" as an option, so the
// instrument could be stored but never named again). The error quotes at
// most the first 32 characters; `where` is its context.
Result<void> checkSymbol(std::string_view symbol, std::string_view where);

} // namespace sn
