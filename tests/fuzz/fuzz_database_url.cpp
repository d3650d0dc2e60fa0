// libFuzzer target: DatabaseUrl::parse (a URL from the command line, the
// environment or a settings file). A URL that parses must show no password
// in display(), and a refusal says why.
#include "core/model/DatabaseUrl.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto url = sn::DatabaseUrl::parse(text);
    if (!url.ok()) {
        if (url.error().message.empty())
            __builtin_trap();
        return 0;
    }
    const QString shown = url->display();
    if (url->password().size() >= 4 && url->password() != QStringLiteral("****")
        && shown.contains(QLatin1Char(':') + url->password() + QLatin1Char('@')))
        __builtin_trap(); // the password leaked into what logs and dialogs show
    return 0;
}
