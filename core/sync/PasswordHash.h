#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace sn::sync {

// Password hashes with OpenSSL's scrypt and a random 16-byte salt per hash,
// stored as one self-describing string:
//   $scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>
// so the cost can rise later without invalidating stored hashes.
class PasswordHash
{
public:
    struct Cost
    {
        int log2N = 15; // N = 32768: about 32 MiB and tens of ms per hash
        int r = 8;
        int p = 1;
    };

    static Result<QString> hash(const QString &password, Cost cost);
    static Result<QString> hash(const QString &password) { return hash(password, Cost{}); }
    // False for a wrong password and for a string that is not a hash this
    // class wrote (or whose cost is outside sane bounds). Compares in
    // constant time.
    static bool verify(const QString &password, const QString &encoded);

    // Random bytes from OpenSSL's CSPRNG (salts, keys, refresh tokens).
    static QByteArray randomBytes(int count);
};

} // namespace sn::sync
