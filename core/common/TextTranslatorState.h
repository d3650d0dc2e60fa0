#pragma once

namespace sn {

// Whether a translator is installed (setTextTranslator, UserText.h): the
// desktop's reader rather than the CLI's English. Texts that write numbers
// follow the reader's locale only then, so the CLI's output does not change
// with the system locale.
bool textTranslatorInstalled();

} // namespace sn
