// The Platform API over HTTPS: the sandbox serves tests/data/tls/server.pem (signed by the
// throw-away ca.pem). The client trusts it through the profile's CA file or public-key pin, and
// refuses it — saying why and showing the server's pin — when neither vouches for it.
#include "OversizedRequest.h"
#include "SandboxFixture.h"
#include "platform/ApiClient.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::platform;

namespace {

const QString Data = QStringLiteral(XYNAP_TEST_DATA "/tls/");
// SHA-256 of server.pem's SubjectPublicKeyInfo, as `openssl x509 -pubkey | openssl pkey -pubin
// -outform der | openssl dgst -sha256 -binary | base64` prints it (tests/data/tls/README).
const QString ServerPin = u"LaaR9P9tbbe1PwW2nQFeaAuLHvbFAvHqlI/XLzvmfWE="_s;

} // namespace

class TestApiTls final : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;

    ApiResult fetch(ApiClient &client)
    {
        client.setBaseUrl(m_sandbox->apiUrl());
        client.setToken(m_sandbox->options().readonlyToken);
        ApiJob *job = client.get(u"/api/v1/auth/me"_s);
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(10'000))
            qFatal("no answer");
        return finished.first().first().value<ApiResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here: the console could not talk HTTPS at all");
        sandbox::SandboxOptions o = testsupport::loopbackOptions();
        o.tlsCertificate = Data + u"server.pem"_s;
        o.tlsKey = Data + u"server.key"_s;
        m_sandbox = testsupport::startSandbox(sandbox::Scenario::builtIn(), o);
        QVERIFY(m_sandbox);
        QCOMPARE(m_sandbox->apiUrl().scheme(), u"https"_s);
    }

    // Over HTTPS as over plain HTTP: a request announcing 400 MB is answered 413 once more than
    // the API accepts has arrived, never buffered whole.
    void oversizedBodyIsRefusedAsItArrives()
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(Data + u"ca.pem"_s));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(
            m_sandbox->apiUrl().host(), quint16(m_sandbox->apiUrl().port()));
        // The sandbox runs in this thread: wait with the event loop running, never blocked.
        QVERIFY2(QTest::qWaitFor([&socket] { return socket.isEncrypted(); }, 10'000),
            qPrintable(socket.errorString()));
        const auto r = xynap::testsupport::sendOversizedRequest(socket);
        QVERIFY2(r.answer.startsWith("HTTP/1.1 413"), r.answer.left(200).constData());
        QVERIFY2(r.sent <= 8 * 1024 * 1024, qPrintable(QString::number(r.sent)));
        // The API still answers everyone else.
        ApiClient client;
        QString error;
        QVERIFY2(client.setCaFile(Data + u"ca.pem"_s, &error), qPrintable(error));
        QVERIFY(fetch(client).ok());
    }

    void pinOfTheCertificateMatchesOpenssl()
    {
        const auto certs = QSslCertificate::fromPath(Data + u"server.pem"_s);
        QCOMPARE(certs.size(), 1);
        QCOMPARE(ApiClient::publicKeyPin(certs.first()), ServerPin);
    }

    void untrustedCertificateIsRefusedWithTheReason()
    {
        ApiClient client;
        const ApiResult r = fetch(client);
        QCOMPARE(r.error, ApiError::Tls);
        QCOMPARE(r.httpStatus, 0); // nothing was answered: nothing was sent
        QVERIFY2(r.message.contains(ServerPin), qPrintable(r.message));
        const QString said = operatorMessage(r);
        QVERIFY2(said.contains(u"CA file or public-key pin"_s), qPrintable(said));
    }

    void caFileTrustsThePlatform()
    {
        ApiClient client;
        QString error;
        QVERIFY2(client.setCaFile(Data + u"ca.pem"_s, &error), qPrintable(error));
        const ApiResult r = fetch(client);
        QVERIFY2(r.ok(), qPrintable(operatorMessage(r)));
        QCOMPARE(r.json.object().value(u"operator"_s).toString(), u"sandbox-readonly"_s);
    }

    void pinAloneTrustsTheKey()
    {
        ApiClient client;
        QString error;
        QVERIFY2(client.setPublicKeyPin(u"sha256//"_s + ServerPin, &error), qPrintable(error));
        const ApiResult r = fetch(client);
        QVERIFY2(r.ok(), qPrintable(operatorMessage(r)));
    }

    void wrongPinIsRefusedEvenWhenTheCaVouches()
    {
        ApiClient client;
        QString error;
        QVERIFY(client.setCaFile(Data + u"ca.pem"_s, &error));
        const QString otherPin = QString::fromLatin1(
            QCryptographicHash::hash("another key", QCryptographicHash::Sha256).toBase64());
        QVERIFY(client.setPublicKeyPin(otherPin, &error));
        const ApiResult r = fetch(client);
        QCOMPARE(r.error, ApiError::Tls);
        QVERIFY2(r.message.contains(u"not the one the profile pins"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(ServerPin), qPrintable(r.message));
    }

    void badTrustSettingsNameTheProblem()
    {
        ApiClient client;
        QString error;
        QVERIFY(!client.setCaFile(Data + u"missing.pem"_s, &error));
        QVERIFY2(error.contains(u"missing.pem"_s), qPrintable(error));
        QVERIFY(!client.setCaFile(Data + u"README"_s, &error));
        QVERIFY2(error.contains(u"no PEM or DER certificate"_s), qPrintable(error));
        QVERIFY(!client.setPublicKeyPin(u"abc"_s, &error));
        QVERIFY2(error.contains(u"not a SHA-256 pin"_s), qPrintable(error));
        QVERIFY(client.setPublicKeyPin(QString(), &error)); // no pin is fine
    }
};

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"
