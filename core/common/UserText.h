#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

// Marks a literal for lupdate (`-tr-function-alias QT_TRANSLATE_NOOP+=SN_TRANSLATE_NOOP`)
// where the text is data first (a key, a log line) and translated where it is shown:
// userText(context, thatText) then finds it.
#define SN_TRANSLATE_NOOP(context, text) text

// A sentence for people, named by its lupdate context and English source, to
// be filled in and translated later (sn::Error keeps both the English and the
// reader's text). lupdate reads it as QT_TRANSLATE_NOOP
// (`-tr-function-alias QT_TRANSLATE_NOOP+=SN_TEXT`): pass both as literals.
#define SN_TEXT(context, source) (::sn::TextKey{context, source})

namespace sn {

struct TextKey
{
    const char *context;
    const char *source; // English, with %1 .. %9 for the arguments
};

// Sentences from core that a person reads: metric and risk explanations, the
// fixed sentences of the advisor's offline answers. Written here in English;
// an executable that shows them in another language installs a translator
// (the desktop installs Qt's, with its language), so core needs no Qt to be
// translatable. The CLI installs none: its output, --json and the logs stay
// English. lupdate collects the strings (`-tr-function-alias
// translate+=userText`, translations/README.md): pass both as literals.
using TextTranslator = std::string (*)(const char *context, const char *source);

// Installs `translator` for every thread (nullptr: English again).
void setTextTranslator(TextTranslator translator);

// `source` in the installed language, or as written when none is installed
// or it has no translation.
std::string userText(const char *context, const char *source);

// `pattern` with %1 .. %9 replaced by args[0] .. args[8] in one pass (an
// argument's own "%2" stays as it is); a number without an argument stays.
// Translations may reorder the numbers; nothing a translation holds can fail.
std::string fillIn(std::string_view pattern, std::span<const std::string_view> args);
std::string fillIn(std::string_view pattern, std::initializer_list<std::string_view> args);

// `text` filled in, in English (logs, --json) or in the installed language.
std::string englishText(TextKey text, std::initializer_list<std::string_view> args = {});
std::string translatedText(TextKey text, std::initializer_list<std::string_view> args = {});

} // namespace sn
