#include "core/common/UserText.h"

#include "core/common/TextTranslatorState.h"

#include <atomic>

namespace sn {

namespace {

// Read from worker threads (reports are built off the GUI thread) while the
// GUI thread may switch the language.
std::atomic<TextTranslator> g_translator{nullptr};

} // namespace

void setTextTranslator(TextTranslator translator)
{
    g_translator.store(translator, std::memory_order_release);
}

bool textTranslatorInstalled()
{
    return g_translator.load(std::memory_order_acquire) != nullptr;
}

std::string userText(const char *context, const char *source)
{
    const TextTranslator translate = g_translator.load(std::memory_order_acquire);
    return translate ? translate(context, source) : std::string(source);
}

std::string fillIn(std::string_view pattern, std::span<const std::string_view> args)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out.append(args[n]);
                ++i;
                continue;
            }
        }
        out.push_back(c);
    }
    return out;
}

std::string fillIn(std::string_view pattern, std::initializer_list<std::string_view> args)
{
    return fillIn(pattern, std::span<const std::string_view>(args.begin(), args.size()));
}

std::string englishText(TextKey text, std::initializer_list<std::string_view> args)
{
    return fillIn(text.source, args);
}

std::string translatedText(TextKey text, std::initializer_list<std::string_view> args)
{
    return fillIn(userText(text.context, text.source), args);
}

} // namespace sn
