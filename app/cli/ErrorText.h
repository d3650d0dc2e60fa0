#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sn::cli {

// The text an error is shown with: raw database and Qt wording ("file is
// not a database", "Unable to fetch row", "UNIQUE constraint failed",
// "Unknown error") becomes what happened and what to do, with the raw text
// kept short at the end for a support request; anything else is unchanged.
QString userText(const Error &error);

} // namespace sn::cli
