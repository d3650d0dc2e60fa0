// libFuzzer target: HS256 token checks (a token arrives with every client's
// `auth` and `refresh`). Two runs per input: the input as a whole token, and
// the input as header.payload signed with the key, so the fuzzer also
// reaches the header and claims decoding behind a valid signature that a
// random mutation could never forge.
#include "core/sync/Jwt.h"

#include <cstddef>
#include <cstdint>

namespace {

const QByteArray kKey(32, 'k');
constexpr qint64 kNow = 1764590000; // 2025-12-01, fixed so runs repeat

void checkOne(const QByteArray &token)
{
    const sn::sync::Jwt::Check c = sn::sync::Jwt::verify(token, kKey, kNow);
    if (c.valid()) {
        // Valid means an unexpired exp and a body that was a JSON object.
        if (c.claims.isEmpty() || !c.claims.contains(QStringLiteral("exp")))
            __builtin_trap();
        if (c.claims.value(QStringLiteral("exp")).toDouble() <= double(kNow))
            __builtin_trap();
    } else if (c.message.isEmpty()) {
        __builtin_trap(); // a refusal says why
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkOne(text);
    const QByteArray signature = sn::sync::Jwt::base64Url(sn::sync::Jwt::hmacSha256(kKey, text));
    checkOne(text + '.' + signature);
    return 0;
}
