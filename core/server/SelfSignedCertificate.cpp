#include "core/server/SelfSignedCertificate.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sn::server {

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::IoError, "cannot write: " + f.errorString().toStdString(),
                         path.toStdString());
    f.setPermissions(permissions);
    if (f.write(bytes) != bytes.size())
        return makeError(ErrorCode::IoError, "short write", path.toStdString());
    return {};
}

} // namespace

Result<void> writeSelfSignedCertificate(const QString &certificateFile, const QString &keyFile,
                                        const QStringList &names, int days)
{
    if (names.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "a certificate needs at least one name");
    std::unique_ptr<EVP_PKEY, Free> key(EVP_RSA_gen(2048));
    std::unique_ptr<X509, Free> cert(X509_new());
    if (!key || !cert)
        return makeError(ErrorCode::Internal, "OpenSSL could not create a key");
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     static_cast<long>(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = names.front().toUtf8();
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), subject);
    QStringList alt;
    for (const QString &n : names)
        alt << (QHostAddress(n).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + n;
    if (!addExtension(cert.get(), NID_subject_alt_name, alt.join(QLatin1Char(',')).toLatin1()) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment,keyCertSign"))
        return makeError(ErrorCode::Internal, "OpenSSL could not add the certificate extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return makeError(ErrorCode::Internal, "OpenSSL could not sign the certificate");

    std::unique_ptr<BIO, Free> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, Free> keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return makeError(ErrorCode::Internal, "OpenSSL could not write PEM");
    auto k = writeFile(keyFile, readBio(keyBio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!k)
        return k;
    return writeFile(certificateFile, readBio(certBio.get()),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                         QFileDevice::ReadOther);
}

} // namespace sn::server
