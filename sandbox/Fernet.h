#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <array>
#include <optional>

namespace xynap {

// Fernet symmetric authenticated encryption (https://github.com/fernet/spec, version 0x80).
//
// Token layout, URL-safe base64 with padding:
//   0x80 | 64-bit big-endian Unix timestamp | 128-bit IV | AES-128-CBC ciphertext (PKCS7)
//        | HMAC-SHA256(signing key, everything before it)
// Key: 32 bytes, URL-safe base64 with padding; bytes 0..15 sign, bytes 16..31 encrypt.
//
// Compatible with Python's cryptography.fernet and the other implementations that pass the
// spec's generate/verify/invalid vectors.
class Fernet final {
public:
    enum class Error {
        None,
        InvalidKey, // not produced by decrypt(); reserved for callers handling fromKey()
        InvalidToken, // not URL-safe base64, wrong version, wrong length
        BadSignature, // HMAC mismatch: wrong key or tampered token
        Expired, // older than the ttl
        FutureTimestamp, // more than the allowed clock skew in the future (only with a ttl)
        BadPadding, // PKCS7 padding invalid after decryption
        CryptoFailure, // OpenSSL reported an error
    };

    struct [[nodiscard]] Result {
        QByteArray plain;
        Error code = Error::None;
        bool ok() const { return code == Error::None; }
        QString error() const { return QString::fromLatin1(errorText(code)); }
    };

    // Accepted clock skew for tokens stamped in the future, as in the reference implementations.
    static constexpr qint64 MaxClockSkewSeconds = 60;

    // URL-safe base64 (with padding) of 32 random bytes. Empty if the RNG fails.
    static QByteArray generateKey();
    // nullopt unless `base64Key` is exactly 32 bytes in padded URL-safe base64.
    static std::optional<Fernet> fromKey(const QByteArray &base64Key);

    Fernet(const Fernet &) = default;
    Fernet &operator=(const Fernet &) = default;
    Fernet(Fernet &&) = default;
    Fernet &operator=(Fernet &&) = default;
    ~Fernet(); // wipes the key material

    // Token stamped with the current time and a random IV. Empty on failure.
    QByteArray encrypt(const QByteArray &plain) const;
    // Deterministic variant (spec generate vectors). Empty if iv16 is not 16 bytes, unixTime is
    // negative, or OpenSSL fails.
    QByteArray encrypt(const QByteArray &plain, qint64 unixTime, const QByteArray &iv16) const;

    // Verification order follows the spec: base64, version, length, ttl/clock skew (only when
    // ttlSeconds is given, as in Python's cryptography), HMAC (constant time), then decryption
    // and unpadding. Token too old: now > timestamp + ttl. Token from the future:
    // timestamp > now + MaxClockSkewSeconds.
    Result decrypt(const QByteArray &token, qint64 nowUnix,
        std::optional<qint64> ttlSeconds = std::nullopt) const;
    // Current time, no ttl.
    Result decrypt(const QByteArray &token) const;

    // Short English description, never null.
    static const char *errorText(Error e);

private:
    using Key16 = std::array<unsigned char, 16>;
    Fernet(const Key16 &signingKey, const Key16 &encryptionKey);

    Key16 m_signingKey {};
    Key16 m_encryptionKey {};
};

} // namespace xynap
