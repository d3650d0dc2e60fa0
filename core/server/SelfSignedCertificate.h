#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace sn::server {

// Writes a self-signed certificate (RSA 2048, SHA-256, subjectAltName for
// every name given: IP addresses as IP entries, the rest as DNS) and its key
// as PEM files, the key readable by the owner only. For `supernova-server
// init` and tests; production puts a CA-issued certificate in its place.
Result<void> writeSelfSignedCertificate(const QString &certificateFile, const QString &keyFile,
                                        const QStringList &names, int days);

} // namespace sn::server
