#include "core/sync/PasswordHash.h"

#include <QList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace sn::sync {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// Bounds for costs read back from storage, so a crafted row cannot make a
// login allocate gigabytes or spin for minutes.
constexpr int kMaxLog2N = 20;
constexpr int kMaxR = 16;
constexpr int kMaxP = 4;

bool derive(const QByteArray &password, const QByteArray &salt, int log2N, int r, int p, QByteArray &out)
{
    out.resize(kHashBytes);
    const quint64 n = quint64(1) << log2N;
    // scrypt needs 128 * r * N bytes (plus a little); allow that with headroom.
    const quint64 maxMem = 128ull * static_cast<quint64>(r) * n * static_cast<quint64>(p) + (16ull << 20);
    return EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          static_cast<size_t>(salt.size()), n, static_cast<quint64>(r),
                          static_cast<quint64>(p), maxMem, reinterpret_cast<unsigned char *>(out.data()),
                          static_cast<size_t>(out.size())) == 1;
}

} // namespace

QByteArray PasswordHash::randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

Result<QString> PasswordHash::hash(const QString &password, Cost cost)
{
    if (cost.log2N < 10 || cost.log2N > kMaxLog2N || cost.r < 1 || cost.r > kMaxR || cost.p < 1 ||
        cost.p > kMaxP)
        return makeError(ErrorCode::InvalidArgument, "scrypt cost out of range (ln 10-20, r 1-16, p 1-4)");
    const QByteArray salt = randomBytes(kSaltBytes);
    if (salt.isEmpty())
        return makeError(ErrorCode::Internal, "OpenSSL could not produce random bytes for a salt");
    QByteArray derived;
    if (!derive(password.toUtf8(), salt, cost.log2N, cost.r, cost.p, derived))
        return makeError(ErrorCode::Internal, "OpenSSL scrypt failed");
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &encoded)
{
    // ["", "scrypt", "ln=..,r=..,p=..", salt, hash]
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != QLatin1String("scrypt"))
        return false;
    int log2N = 0, r = 0, p = 0;
    for (const QString &param : parts[2].split(QLatin1Char(','))) {
        const QStringList kv = param.split(QLatin1Char('='));
        if (kv.size() != 2)
            return false;
        bool ok = false;
        const int value = kv[1].toInt(&ok);
        if (!ok)
            return false;
        if (kv[0] == QLatin1String("ln"))
            log2N = value;
        else if (kv[0] == QLatin1String("r"))
            r = value;
        else if (kv[0] == QLatin1String("p"))
            p = value;
        else
            return false;
    }
    if (log2N < 1 || log2N > kMaxLog2N || r < 1 || r > kMaxR || p < 1 || p > kMaxP)
        return false;
    const auto salt =
        QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto stored =
        QByteArray::fromBase64Encoding(parts[4].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !stored || salt.decoded.isEmpty() || stored.decoded.size() != kHashBytes)
        return false;
    QByteArray derived;
    if (!derive(password.toUtf8(), salt.decoded, log2N, r, p, derived))
        return false;
    return CRYPTO_memcmp(derived.constData(), stored.decoded.constData(), kHashBytes) == 0;
}

} // namespace sn::sync
