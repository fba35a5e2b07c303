#include "sandbox/Fernet.h"

#include <QDateTime>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using xynap::Fernet;

Q_DECLARE_METATYPE(Fernet::Error)

namespace xynap {
// Readable QCOMPARE output for errors (found by argument-dependent lookup).
char *toString(Fernet::Error e)
{
    return qstrdup(Fernet::errorText(e));
}
} // namespace xynap

namespace {

// The key shared by all of the specification's vectors (https://github.com/fernet/spec).
constexpr char SpecSecret[] = "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=";

qint64 parseNow(const QString &rfc3339)
{
    const QDateTime dt = QDateTime::fromString(rfc3339, Qt::ISODate);
    [&] { QVERIFY2(dt.isValid(), qPrintable(u"cannot parse "_s + rfc3339)); }();
    return dt.toSecsSinceEpoch();
}

QByteArray ivBytes(std::initializer_list<int> values)
{
    QByteArray iv;
    for (int v : values)
        iv.append(char(v));
    return iv;
}

Fernet makeFernet(const QByteArray &key)
{
    std::optional<Fernet> f = Fernet::fromKey(key);
    if (!f)
        qFatal("test key rejected");
    return *f;
}

QByteArray flipByte(const QByteArray &token, qsizetype index, char mask = 0x01)
{
    QByteArray raw = QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding);
    raw[index] = char(raw.at(index) ^ mask);
    return raw.toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace

class TestFernet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nowParsing();

    // Specification vectors.
    void generate_data();
    void generate();
    void verify_data();
    void verify();
    void invalid_data();
    void invalid();

    // Own tests.
    void generateKey();
    void invalidKeys_data();
    void invalidKeys();
    void roundTrip_data();
    void roundTrip();
    void randomIvAndTimestamp();
    void emptyPlaintext();
    void tampering();
    void wrongKey();
    void ttlBoundaries();
    void futureTimestampIgnoredWithoutTtl();
    void badIvRejected();
    void nonCanonicalBase64();
    void errorTexts();
};

void TestFernet::nowParsing()
{
    QCOMPARE(parseNow(u"1985-10-26T01:20:00-07:00"_s), qint64(499162800));
    QCOMPARE(parseNow(u"1985-10-26T01:20:01-07:00"_s), qint64(499162801));
}

// generate.json
void TestFernet::generate_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("src");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("generate.json[0]")
        << QByteArray("gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_"
                      "5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==")
        << u"1985-10-26T01:20:00-07:00"_s
        << ivBytes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}) << QByteArray("hello")
        << QByteArray("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
}

void TestFernet::generate()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, now);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, src);
    QFETCH(QByteArray, secret);

    const Fernet f = makeFernet(secret);
    QCOMPARE(f.encrypt(src, parseNow(now), iv), token);

    // And the token decrypts back at the same instant.
    const Fernet::Result r = f.decrypt(token, parseNow(now), 60);
    QCOMPARE(r.code, Fernet::Error::None);
    QCOMPARE(r.plain, src);
}

// verify.json
void TestFernet::verify_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("ttlSec");
    QTest::addColumn<QByteArray>("src");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("verify.json[0]")
        << QByteArray("gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_"
                      "5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==")
        << u"1985-10-26T01:20:01-07:00"_s << qint64(60) << QByteArray("hello")
        << QByteArray("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
}

void TestFernet::verify()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, now);
    QFETCH(qint64, ttlSec);
    QFETCH(QByteArray, src);
    QFETCH(QByteArray, secret);

    const Fernet f = makeFernet(secret);
    const Fernet::Result r = f.decrypt(token, parseNow(now), ttlSec);
    QVERIFY2(r.ok(), Fernet::errorText(r.code));
    QCOMPARE(r.plain, src);

    // Without a ttl as well.
    const Fernet::Result noTtl = f.decrypt(token, parseNow(now));
    QVERIFY(noTtl.ok());
    QCOMPARE(noTtl.plain, src);
}

// invalid.json: every case must fail; the expected error documents which check catches it.
void TestFernet::invalid_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("ttlSec");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<Fernet::Error>("expected");

    const QByteArray secret = "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=";
    const QString now = u"1985-10-26T01:20:01-07:00"_s;

    QTest::newRow("incorrect mac")
        << QByteArray("gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAl1-"
                      "szkFVzXTuGb4hR8AKtwcaX1YdykQUFBQUFBQUFBQQ==")
        << now << qint64(60) << secret << Fernet::Error::BadSignature;
    QTest::newRow("too short") << QByteArray(
        "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPA==")
                               << now << qint64(60) << secret << Fernet::Error::InvalidToken;
    QTest::newRow("invalid base64")
        << QByteArray("%%%%%%%%%%%%%AECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAl1-"
                      "szkFVzXTuGb4hR8AKtwcaX1YdykRtfsH-p1YsUD2Q==")
        << now << qint64(60) << secret << Fernet::Error::InvalidToken;
    QTest::newRow("payload size not multiple of block size") << QByteArray(
        "gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPOm73QeoCk9uGib28Xe5vz6oxq5nmxbx_"
        "v7mrfyudzUm") << now << qint64(60) << secret << Fernet::Error::InvalidToken;
    QTest::newRow("payload padding error")
        << QByteArray("gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0ODz4LEpdELGQAad7aNEHbf-"
                      "JkLPIpuiYRLQ3RtXatOYREu2FWke6CnJNYIbkuKNqOhw==")
        << now << qint64(60) << secret << Fernet::Error::BadPadding;
    QTest::newRow("far-future TS (unacceptable clock skew)") << QByteArray(
        "gAAAAAAdwStRAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAnja1xKYyhd-Y6mSkTOyTGJmw2Xc2a6kBd-"
        "iX9b_qXQcw==") << now << qint64(60) << secret << Fernet::Error::FutureTimestamp;
    QTest::newRow("expired TTL") << QByteArray("gAAAAAAdwJ6xAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-"
                                               "fWPAl1-szkFVzXTuGb4hR8AKtwcaX1YdykRtfsH-p1YsUD2Q==")
                                 << u"1985-10-26T01:21:31-07:00"_s << qint64(60) << secret
                                 << Fernet::Error::Expired;
    QTest::newRow("incorrect IV (causes padding error)")
        << QByteArray("gAAAAAAdwJ6xBQECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-"
                      "fWPAkLhFLHpGtDBRLRTZeUfWgHSv49TF2AUEZ1TIvcZjK1zQ==")
        << now << qint64(60) << secret << Fernet::Error::BadPadding;
    QTest::newRow("trailing characters after b64 padding")
        << QByteArray("gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_"
                      "5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==trailingdata")
        << now << qint64(60) << secret << Fernet::Error::InvalidToken;
    QTest::newRow("invalid characters in b64")
        << QByteArray("*gAAAAAAdwJ6wAAECAwQFBgcI!CQoLDA0ODy021?cpGVWKZ_eEwC@GM4BLLF_"
                      "5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==")
        << now << qint64(60) << secret << Fernet::Error::InvalidToken;
    QTest::newRow("invalid non-urlsafe characters in b64") << QByteArray(
        "gAAAAAAdwJ6wAAEC/"
        "AwQFBgcICQoLDA0ODy+021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==")
                                                           << now << qint64(60) << secret
                                                           << Fernet::Error::InvalidToken;
}

void TestFernet::invalid()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, now);
    QFETCH(qint64, ttlSec);
    QFETCH(QByteArray, secret);
    QFETCH(Fernet::Error, expected);

    const Fernet f = makeFernet(secret);
    const Fernet::Result r = f.decrypt(token, parseNow(now), ttlSec);
    QVERIFY(!r.ok());
    QVERIFY(r.plain.isEmpty());
    QCOMPARE(r.code, expected);
}

void TestFernet::generateKey()
{
    const QByteArray a = Fernet::generateKey();
    const QByteArray b = Fernet::generateKey();
    QCOMPARE(a.size(), 44);
    QVERIFY(a.endsWith('='));
    QVERIFY(a != b);
    QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 32);
    QVERIFY(Fernet::fromKey(a).has_value());
    QVERIFY(Fernet::fromKey(b).has_value());
    QVERIFY(Fernet::fromKey(SpecSecret).has_value());
}

void TestFernet::invalidKeys_data()
{
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unpadded") << QByteArray("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4");
    QTest::newRow("standard alphabet")
        << QByteArray("cw/0x689RpI+jtRR7oE8h/eQsKImvJapLeSbXpwF4e4=");
    QTest::newRow("16 bytes") << QByteArray("AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("33 bytes") << QByteArray("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g");
    QTest::newRow("whitespace") << QByteArray(" cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
    QTest::newRow("garbage") << QByteArray("not a key at all, certainly not a fernet key");
}

void TestFernet::invalidKeys()
{
    QFETCH(QByteArray, key);
    QVERIFY(!Fernet::fromKey(key).has_value());
}

void TestFernet::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");

    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("15 bytes") << QByteArray(15, 'a');
    QTest::newRow("16 bytes") << QByteArray(16, 'b');
    QTest::newRow("17 bytes") << QByteArray(17, 'c');
    QTest::newRow("utf-8") << u"Grüße, 世界 ✓"_s.toUtf8();
    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary.append(char(i * 7 % 256));
    QTest::newRow("binary 1000 bytes") << binary;
    QTest::newRow("64 KiB") << QByteArray(65536, '\0');
}

void TestFernet::roundTrip()
{
    QFETCH(QByteArray, plain);

    const Fernet f = makeFernet(Fernet::generateKey());
    const QByteArray token = f.encrypt(plain);
    QVERIFY(token.startsWith("gAAAAA"));
    QCOMPARE(token.size() % 4, 0);

    const Fernet::Result r = f.decrypt(token);
    QVERIFY2(r.ok(), Fernet::errorText(r.code));
    QCOMPARE(r.plain, plain);

    const Fernet::Result withTtl = f.decrypt(token, QDateTime::currentSecsSinceEpoch(), 60);
    QVERIFY(withTtl.ok());
    QCOMPARE(withTtl.plain, plain);

    // A copy of the object (and a second object from the same key) decrypts too.
    const Fernet copy = f;
    QCOMPARE(copy.decrypt(token).plain, plain);
}

void TestFernet::randomIvAndTimestamp()
{
    const Fernet f = makeFernet(Fernet::generateKey());
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QByteArray t1 = f.encrypt("same message");
    const QByteArray t2 = f.encrypt("same message");
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(t1 != t2);

    const QByteArray raw = QByteArray::fromBase64(t1, QByteArray::Base64UrlEncoding);
    QCOMPARE(quint8(raw.at(0)), quint8(0x80));
    qint64 ts = 0;
    for (int i = 1; i <= 8; ++i)
        ts = (ts << 8) | quint8(raw.at(i));
    QVERIFY(ts >= before && ts <= after);
}

void TestFernet::emptyPlaintext()
{
    const Fernet f = makeFernet(Fernet::generateKey());
    const QByteArray token = f.encrypt(QByteArray());
    QVERIFY(!token.isEmpty());
    // version + timestamp + iv + one padding block + hmac = 73 bytes -> 100 base64 characters
    QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 73);
    QCOMPARE(token.size(), 100);

    const Fernet::Result r = f.decrypt(token);
    QVERIFY2(r.ok(), Fernet::errorText(r.code));
    QVERIFY(r.plain.isEmpty());

    // Deterministic form with the spec key.
    const Fernet spec = makeFernet(SpecSecret);
    const QByteArray fixed = spec.encrypt(
        QByteArray(), 499162800, ivBytes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
    const Fernet::Result r2 = spec.decrypt(fixed, 499162800, 0);
    QVERIFY(r2.ok());
    QVERIFY(r2.plain.isEmpty());
}

void TestFernet::tampering()
{
    const Fernet f = makeFernet(SpecSecret);
    const QByteArray token = "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_"
                             "5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==";
    const qsizetype rawSize = QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size();
    QCOMPARE(rawSize, 73);

    // Version byte: rejected before the HMAC.
    QCOMPARE(f.decrypt(flipByte(token, 0)).code, Fernet::Error::InvalidToken);

    // Every other byte (timestamp, IV, ciphertext, HMAC), in every bit: BadSignature.
    for (qsizetype i = 1; i < rawSize; ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            const QByteArray tampered = flipByte(token, i, char(1 << bit));
            const Fernet::Result r = f.decrypt(tampered);
            if (r.code != Fernet::Error::BadSignature)
                QFAIL(qPrintable(u"byte %1 bit %2: %3"_s.arg(i).arg(bit).arg(
                    QString::fromLatin1(Fernet::errorText(r.code)))));
            QVERIFY(r.plain.isEmpty());
        }
    }

    // A truncated / extended token is no longer valid either.
    QVERIFY(!f.decrypt(token.left(token.size() - 4)).ok());
    QVERIFY(!f.decrypt(token + "AAAA").ok());
}

void TestFernet::wrongKey()
{
    const Fernet a = makeFernet(Fernet::generateKey());
    const Fernet b = makeFernet(Fernet::generateKey());
    const QByteArray token = a.encrypt("secret stuff");
    const Fernet::Result r = b.decrypt(token);
    QCOMPARE(r.code, Fernet::Error::BadSignature);
    QVERIFY(r.plain.isEmpty());

    // Right signing key, wrong encryption key: signature still passes, decryption garbles the
    // padding (or, with probability ~1/256, yields garbage) -- never the original text.
    const QByteArray specRaw = QByteArray::fromBase64(SpecSecret, QByteArray::Base64UrlEncoding);
    QByteArray mixedRaw = specRaw;
    mixedRaw[20] = char(mixedRaw.at(20) ^ 0x55);
    const Fernet spec = makeFernet(SpecSecret);
    const Fernet mixed = makeFernet(mixedRaw.toBase64(QByteArray::Base64UrlEncoding));
    const QByteArray specToken = spec.encrypt("hello");
    const Fernet::Result m = mixed.decrypt(specToken);
    QVERIFY(!m.ok() || m.plain != "hello");
}

void TestFernet::ttlBoundaries()
{
    const Fernet f = makeFernet(SpecSecret);
    const qint64 t0 = 1'700'000'000;
    const QByteArray token = f.encrypt("ttl", t0, QByteArray(16, '\x42'));

    QVERIFY(f.decrypt(token, t0, 60).ok());
    QVERIFY(f.decrypt(token, t0 + 60, 60).ok());
    QCOMPARE(f.decrypt(token, t0 + 61, 60).code, Fernet::Error::Expired);
    QVERIFY(f.decrypt(token, t0 + 1'000'000).ok()); // no ttl: age does not matter

    QVERIFY(f.decrypt(token, t0 - 60, 60).ok());
    QCOMPARE(f.decrypt(token, t0 - 61, 60).code, Fernet::Error::FutureTimestamp);

    // Extreme values must not overflow.
    QCOMPARE(f.decrypt(token, std::numeric_limits<qint64>::max(), 60).code, Fernet::Error::Expired);
    QCOMPARE(f.decrypt(token, std::numeric_limits<qint64>::min(), 60).code,
        Fernet::Error::FutureTimestamp);
    QVERIFY(f.decrypt(token, t0 + 5, std::numeric_limits<qint64>::max()).ok());
}

void TestFernet::futureTimestampIgnoredWithoutTtl()
{
    const Fernet f = makeFernet(SpecSecret);
    const QByteArray farFuture = "gAAAAAAdwStRAAECAwQFBgcICQoLDA0OD3HkMATM5lFqGaerZ-fWPAnja1xKYyhd-"
                                 "Y6mSkTOyTGJmw2Xc2a6kBd-iX9b_qXQcw==";
    // The clock-skew check applies only when a ttl is given (as in Python's cryptography).
    const Fernet::Result r = f.decrypt(farFuture, parseNow(u"1985-10-26T01:20:01-07:00"_s));
    QVERIFY2(r.ok(), Fernet::errorText(r.code));
}

void TestFernet::badIvRejected()
{
    const Fernet f = makeFernet(SpecSecret);
    QVERIFY(f.encrypt("x", 0, QByteArray(15, '\0')).isEmpty());
    QVERIFY(f.encrypt("x", 0, QByteArray(17, '\0')).isEmpty());
    QVERIFY(f.encrypt("x", -1, QByteArray(16, '\0')).isEmpty());
    QVERIFY(!f.encrypt("x", 0, QByteArray(16, '\0')).isEmpty());
}

void TestFernet::nonCanonicalBase64()
{
    const Fernet f = makeFernet(SpecSecret);
    const QByteArray token = "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_"
                             "5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==";
    QVERIFY(f.decrypt(token).ok());
    // Without padding, with a trailing newline, with a leading space, with a set unused bit.
    QCOMPARE(f.decrypt(token.chopped(2)).code, Fernet::Error::InvalidToken);
    QCOMPARE(f.decrypt(token + '\n').code, Fernet::Error::InvalidToken);
    QCOMPARE(f.decrypt(' ' + token).code, Fernet::Error::InvalidToken);
    QByteArray loose = token;
    loose[loose.size() - 3] = 'B'; // 'A' -> 'B' sets a bit that the decoder would drop
    QCOMPARE(f.decrypt(loose).code, Fernet::Error::InvalidToken);
    QCOMPARE(f.decrypt(QByteArray()).code, Fernet::Error::InvalidToken);
}

void TestFernet::errorTexts()
{
    const Fernet::Error all[] = {
        Fernet::Error::None,
        Fernet::Error::InvalidKey,
        Fernet::Error::InvalidToken,
        Fernet::Error::BadSignature,
        Fernet::Error::Expired,
        Fernet::Error::FutureTimestamp,
        Fernet::Error::BadPadding,
        Fernet::Error::CryptoFailure,
    };
    for (Fernet::Error e : all) {
        const char *text = Fernet::errorText(e);
        QVERIFY(text != nullptr);
        QVERIFY(qstrlen(text) > 0);
    }
}

QTEST_GUILESS_MAIN(TestFernet)
#include "tst_fernet.moc"
