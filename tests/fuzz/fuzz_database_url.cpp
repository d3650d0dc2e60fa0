// libFuzzer target: DatabaseUrl::parse (a URL from the command line, the
// environment or a settings file). A URL that parses must show no password
// in display() (masked as ****), and a refusal says why.
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
    // The password must be masked wherever it is. Looking for its text in
    // display() misfires when the user name or host happens to contain the
    // same characters, so the masked form is checked as a whole instead.
    if (url->engine() == sn::DatabaseUrl::Engine::PostgreSql) {
        QString expected = QStringLiteral("postgresql://");
        if (!url->user().isEmpty())
            expected += url->user() + (url->password().isEmpty() ? QString() : QStringLiteral(":****")) +
                        QLatin1Char('@');
        expected += url->host() + QLatin1Char(':') + QString::number(url->port()) + QLatin1Char('/') +
                    url->databaseName();
        if (url->display() != expected)
            __builtin_trap();
    }
    return 0;
}
