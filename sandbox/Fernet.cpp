#include "sandbox/Fernet.h"

#include <QDateTime>
#include <QtNumeric>
#include <algorithm>
#include <limits>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace xynap {

namespace {

constexpr unsigned char Version = 0x80;
constexpr qsizetype VersionSize = 1;
constexpr qsizetype TimestampSize = 8;
constexpr qsizetype IvSize = 16;
constexpr qsizetype BlockSize = 16;
constexpr qsizetype HmacSize = 32;
constexpr qsizetype HeaderSize = VersionSize + TimestampSize + IvSize; // 25
// Smallest valid token: header, one ciphertext block (an empty message pads to 16 bytes), HMAC.
constexpr qsizetype MinTokenSize = HeaderSize + BlockSize + HmacSize; // 73
constexpr qsizetype KeySize = 32;

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

// Strict RFC 4648 section 5 decoding: URL-safe alphabet only, length a multiple of 4, at most two
// '=' and only at the very end, unused bits zero (so every byte string has exactly one encoding).
// No whitespace, no '+' or '/', nothing after the padding.
std::optional<QByteArray> decodeUrlSafeBase64(const QByteArray &in)
{
    const qsizetype n = in.size();
    if (n == 0 || n % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    if (in.at(n - 1) == '=')
        padding = in.at(n - 2) == '=' ? 2 : 1;

    QByteArray out;
    out.reserve(n / 4 * 3);
    for (qsizetype i = 0; i < n; i += 4) {
        const bool last = i + 4 == n;
        const qsizetype dataChars = last ? 4 - padding : 4;
        quint32 group = 0;
        for (qsizetype j = 0; j < 4; ++j) {
            int v = 0;
            if (j < dataChars) {
                v = base64Value(in.at(i + j));
                if (v < 0)
                    return std::nullopt;
            }
            group = (group << 6) | quint32(v);
        }
        out.append(char((group >> 16) & 0xff));
        if (dataChars >= 3)
            out.append(char((group >> 8) & 0xff));
        else if ((group & 0xffff) != 0)
            return std::nullopt; // non-canonical: bits that would be dropped are set
        if (dataChars == 4)
            out.append(char(group & 0xff));
        else if (dataChars == 3 && (group & 0xff) != 0)
            return std::nullopt;
    }
    return out;
}

QByteArray encodeUrlSafeBase64(const QByteArray &in)
{
    return in.toBase64(QByteArray::Base64UrlEncoding); // keeps the trailing '='
}

bool hmacSha256(const unsigned char *key, const QByteArray &data, unsigned char out[HmacSize])
{
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key, 16, bytes(data), size_t(data.size()), out, &len))
        return false;
    return len == unsigned(HmacSize);
}

// AES-128-CBC with OpenSSL's padding disabled; PKCS7 is applied/checked here so that a padding
// failure is distinguishable from an OpenSSL failure.
std::optional<QByteArray> aesCbc(
    bool encrypt, const unsigned char *key, const unsigned char *iv, const QByteArray &input)
{
    if (input.size() % BlockSize != 0 || input.size() > std::numeric_limits<int>::max() - BlockSize)
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return std::nullopt;
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, key, iv, encrypt ? 1 : 0) != 1)
        return std::nullopt;
    if (EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1)
        return std::nullopt;
    QByteArray out(input.size() + BlockSize, Qt::Uninitialized);
    int len = 0;
    int finalLen = 0;
    if (EVP_CipherUpdate(ctx.get(), bytes(out), &len, bytes(input), int(input.size())) != 1)
        return std::nullopt;
    if (EVP_CipherFinal_ex(ctx.get(), bytes(out) + len, &finalLen) != 1)
        return std::nullopt;
    out.truncate(len + finalLen);
    return out;
}

void appendBigEndian64(QByteArray &out, quint64 value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

quint64 readBigEndian64(const QByteArray &in, qsizetype offset)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < 8; ++i)
        value = (value << 8) | quint64(static_cast<unsigned char>(in.at(offset + i)));
    return value;
}

Fernet::Result failure(Fernet::Error error)
{
    Fernet::Result result;
    result.code = error;
    return result;
}

} // namespace

Fernet::Fernet(const Key16 &signingKey, const Key16 &encryptionKey)
    : m_signingKey(signingKey)
    , m_encryptionKey(encryptionKey)
{
}

Fernet::~Fernet()
{
    OPENSSL_cleanse(m_signingKey.data(), m_signingKey.size());
    OPENSSL_cleanse(m_encryptionKey.data(), m_encryptionKey.size());
}

QByteArray Fernet::generateKey()
{
    QByteArray raw(KeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(raw), int(raw.size())) != 1)
        return {};
    QByteArray encoded = encodeUrlSafeBase64(raw);
    OPENSSL_cleanse(raw.data(), size_t(raw.size()));
    return encoded;
}

std::optional<Fernet> Fernet::fromKey(const QByteArray &base64Key)
{
    std::optional<QByteArray> raw = decodeUrlSafeBase64(base64Key);
    if (!raw || raw->size() != KeySize) {
        if (raw)
            OPENSSL_cleanse(raw->data(), size_t(raw->size()));
        return std::nullopt;
    }
    Key16 signingKey;
    Key16 encryptionKey;
    const unsigned char *p = bytes(*raw);
    std::copy(p, p + 16, signingKey.begin());
    std::copy(p + 16, p + 32, encryptionKey.begin());
    OPENSSL_cleanse(raw->data(), size_t(raw->size()));
    Fernet fernet(signingKey, encryptionKey);
    OPENSSL_cleanse(signingKey.data(), signingKey.size());
    OPENSSL_cleanse(encryptionKey.data(), encryptionKey.size());
    return fernet;
}

QByteArray Fernet::encrypt(const QByteArray &plain) const
{
    QByteArray iv(IvSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(iv), int(iv.size())) != 1)
        return {};
    return encrypt(plain, QDateTime::currentSecsSinceEpoch(), iv);
}

QByteArray Fernet::encrypt(const QByteArray &plain, qint64 unixTime, const QByteArray &iv16) const
{
    if (iv16.size() != IvSize || unixTime < 0)
        return {};

    // PKCS7: always 1..16 bytes of padding, each holding the padding length.
    const qsizetype padLength = BlockSize - plain.size() % BlockSize;
    QByteArray padded = plain;
    padded.append(padLength, char(padLength));

    const std::optional<QByteArray> ciphertext
        = aesCbc(true, m_encryptionKey.data(), bytes(iv16), padded);
    OPENSSL_cleanse(padded.data(), size_t(padded.size()));
    if (!ciphertext)
        return {};

    QByteArray token;
    token.reserve(HeaderSize + ciphertext->size() + HmacSize);
    token.append(char(Version));
    appendBigEndian64(token, quint64(unixTime));
    token.append(iv16);
    token.append(*ciphertext);

    unsigned char mac[HmacSize];
    if (!hmacSha256(m_signingKey.data(), token, mac))
        return {};
    token.append(reinterpret_cast<const char *>(mac), HmacSize);
    return encodeUrlSafeBase64(token);
}

Fernet::Result Fernet::decrypt(
    const QByteArray &token, qint64 nowUnix, std::optional<qint64> ttlSeconds) const
{
    // 1. URL-safe base64.
    const std::optional<QByteArray> data = decodeUrlSafeBase64(token);
    if (!data)
        return failure(Error::InvalidToken);

    // 2. Version byte and structure: header, whole ciphertext blocks (at least one), HMAC.
    if (data->isEmpty() || static_cast<unsigned char>(data->at(0)) != Version)
        return failure(Error::InvalidToken);
    if (data->size() < MinTokenSize || (data->size() - HeaderSize - HmacSize) % BlockSize != 0)
        return failure(Error::InvalidToken);

    // 3. Timestamp, only when the caller asks for a maximum age.
    if (ttlSeconds) {
        const quint64 stamp = readBigEndian64(*data, VersionSize);
        if (stamp > quint64(std::numeric_limits<qint64>::max()))
            return failure(Error::FutureTimestamp);
        const qint64 timestamp = qint64(stamp);

        qint64 deadline = 0; // timestamp + ttl, saturated
        if (qAddOverflow(timestamp, *ttlSeconds, &deadline))
            deadline = *ttlSeconds > 0 ? std::numeric_limits<qint64>::max()
                                       : std::numeric_limits<qint64>::min();
        if (nowUnix > deadline)
            return failure(Error::Expired);

        qint64 latest = 0; // now + skew, saturated
        if (qAddOverflow(nowUnix, MaxClockSkewSeconds, &latest))
            latest = std::numeric_limits<qint64>::max();
        if (timestamp > latest)
            return failure(Error::FutureTimestamp);
    }

    // 4./5. HMAC over everything before it, compared in constant time, before any decryption.
    const qsizetype signedSize = data->size() - HmacSize;
    const QByteArray signedPart = data->first(signedSize);
    unsigned char mac[HmacSize];
    if (!hmacSha256(m_signingKey.data(), signedPart, mac))
        return failure(Error::CryptoFailure);
    if (CRYPTO_memcmp(mac, bytes(*data) + signedSize, size_t(HmacSize)) != 0)
        return failure(Error::BadSignature);

    // 6. AES-128-CBC with the recorded IV.
    const QByteArray ciphertext = data->sliced(HeaderSize, signedSize - HeaderSize);
    std::optional<QByteArray> plain = aesCbc(
        false, m_encryptionKey.data(), bytes(*data) + VersionSize + TimestampSize, ciphertext);
    if (!plain)
        return failure(Error::CryptoFailure);

    // 7. PKCS7 unpadding.
    const qsizetype padLength = static_cast<unsigned char>(plain->back());
    bool paddingOk = padLength >= 1 && padLength <= BlockSize && padLength <= plain->size();
    if (paddingOk) {
        for (qsizetype i = plain->size() - padLength; i < plain->size(); ++i)
            paddingOk = paddingOk && static_cast<unsigned char>(plain->at(i)) == padLength;
    }
    if (!paddingOk) {
        OPENSSL_cleanse(plain->data(), size_t(plain->size()));
        return failure(Error::BadPadding);
    }
    plain->chop(padLength);

    Result result;
    result.plain = std::move(*plain);
    return result;
}

Fernet::Result Fernet::decrypt(const QByteArray &token) const
{
    return decrypt(token, QDateTime::currentSecsSinceEpoch(), std::nullopt);
}

const char *Fernet::errorText(Error e)
{
    switch (e) {
    case Error::None:
        return "no error";
    case Error::InvalidKey:
        return "invalid Fernet key";
    case Error::InvalidToken:
        return "malformed Fernet token";
    case Error::BadSignature:
        return "Fernet token signature mismatch (wrong key or tampered token)";
    case Error::Expired:
        return "Fernet token has expired";
    case Error::FutureTimestamp:
        return "Fernet token timestamp is too far in the future";
    case Error::BadPadding:
        return "Fernet token has invalid padding";
    case Error::CryptoFailure:
        return "cryptographic library failure";
    }
    return "unknown Fernet error";
}

} // namespace xynap
