#include "OversizedRequest.h"
#include "SandboxFixture.h"
#include "sandbox/Fernet.h"
#include "sandbox/GatewayDirectory.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap::sandbox;

namespace {
struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray allow;
    QByteArray wwwAuthenticate;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestApiServer final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_net;
    QString m_op;
    QString m_ro;

    Reply call(const QByteArray &method, const QString &path, const QString &token = {},
        const QByteArray &body = {}, const QByteArray &ifMatch = {},
        const QByteArray &contentType = "application/json", const QByteArray &authorization = {})
    {
        QUrl url = m_sandbox->apiUrl();
        url.setPath(path);
        QNetworkRequest req(url);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        if (!ifMatch.isEmpty())
            req.setRawHeader("If-Match", ifMatch);
        if (!body.isEmpty())
            req.setRawHeader("Content-Type", contentType);
        QNetworkReply *r = m_net.sendCustomRequest(req, method, body);
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!r->isFinished())
            done.wait(5000);
        Reply out {r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll(),
            r->rawHeader("ETag"), r->rawHeader("Allow"), r->rawHeader("WWW-Authenticate")};
        r->deleteLater();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = xynap::testsupport::startSandbox();
        QVERIFY(m_sandbox);
        m_op = m_sandbox->options().operatorToken;
        m_ro = m_sandbox->options().readonlyToken;
    }
    void cleanup() { m_sandbox.reset(); }

    void tokens()
    {
        const Reply none = call("GET", u"/api/v1/sip/trunks"_s);
        QCOMPARE(none.status, 401);
        QVERIFY(none.wwwAuthenticate.startsWith("Bearer"));
        QCOMPARE(none.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
            u"unauthorized"_s);
        QCOMPARE(call("GET", u"/api/v1/sip/trunks"_s, u"nope"_s).status, 401);
        QCOMPARE(call("GET", u"/api/v1/sip/trunks"_s, m_ro).status, 200);
        const Reply me = call("GET", u"/api/v1/auth/me"_s, m_ro);
        QCOMPARE(me.status, 200);
        const QJsonArray perms = me.json().value(u"permissions"_s).toArray();
        QVERIFY(perms.contains(u"trunks:read"_s));
        QVERIFY(!perms.contains(u"trunks:write"_s));
        QVERIFY(call("GET", u"/api/v1/auth/me"_s, m_op)
                    .json()
                    .value(u"permissions"_s)
                    .toArray()
                    .contains(u"trunks:write"_s));
    }

    void listHasTheDocumentedTrunksWithoutPasswords()
    {
        const Reply r = call("GET", u"/api/v1/sip/trunks"_s, m_op);
        QCOMPARE(r.status, 200);
        const QJsonArray trunks = r.json().value(u"trunks"_s).toArray();
        QCOMPARE(trunks.size(), 2);
        QVERIFY(!r.body.contains("password\":"));
        QVERIFY(!r.body.contains("sandbox-1und1-secret"));
        const QJsonObject oneAndOne = trunks.at(1).toObject();
        QCOMPARE(oneAndOne.value(u"realm"_s).toString(), u"sip.1und1.de"_s);
        QCOMPARE(oneAndOne.value(u"password_set"_s).toBool(), true);
        QCOMPARE(trunks.at(0).toObject().value(u"outbound_proxy"_s).toString(), u"92.197.176.16"_s);
    }

    void passwordsAreStoredAsFernetTokens()
    {
        const QByteArray token = m_sandbox->api()->encryptedPassword(2);
        QVERIFY(token.startsWith("gAAAAA"));
        QVERIFY(!token.contains("sandbox-1und1-secret"));
    }

    void putNeedsIfMatch()
    {
        const Reply get = call("GET", u"/api/v1/sip/trunks/2"_s, m_op);
        QCOMPARE(get.status, 200);
        QVERIFY(!get.etag.isEmpty());
        const QByteArray change = R"({"realm":"1und1.de"})";
        QCOMPARE(call("PUT", u"/api/v1/sip/trunks/2"_s, m_op, change).status, 428);
        QCOMPARE(call("DELETE", u"/api/v1/sip/trunks/2"_s, m_op).status, 428);
        const Reply ok = call("PUT", u"/api/v1/sip/trunks/2"_s, m_op, change, get.etag);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.etag != get.etag);
        QCOMPARE(ok.json().value(u"realm"_s).toString(), u"1und1.de"_s);
        // The same old ETag again: someone else's change would be overwritten.
        const Reply stale
            = call("PUT", u"/api/v1/sip/trunks/2"_s, m_op, R"({"realm":"sip.1und1.de"})", get.etag);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.etag, ok.etag);
        QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"realm"_s).toString(),
            u"1und1.de"_s);
        QCOMPARE(call("DELETE", u"/api/v1/sip/trunks/2"_s, m_op, {}, get.etag).status, 412);
        QCOMPARE(call("DELETE", u"/api/v1/sip/trunks/2"_s, m_op, {}, ok.etag).status, 204);
        QCOMPARE(call("GET", u"/api/v1/sip/trunks/2"_s, m_op).status, 404);
    }

    void readonlyTokenCannotWrite()
    {
        const Reply get = call("GET", u"/api/v1/sip/trunks/1"_s, m_ro);
        const Reply put
            = call("PUT", u"/api/v1/sip/trunks/1"_s, m_ro, R"({"proxy":"x"})", get.etag);
        QCOMPARE(put.status, 403);
        QVERIFY(put.json()
                    .value(u"error"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"trunks:write"_s));
        QCOMPARE(call("POST", u"/api/v1/sip/trunks"_s, m_ro, R"({})").status, 403);
        QCOMPARE(call("GET", u"/api/v1/sip/extensions/1000/config"_s, m_ro).status, 403);
        const Reply creds = call("GET", u"/api/v1/sip/extensions/1000/config"_s, m_op);
        QCOMPARE(creds.status, 200);
        QCOMPARE(creds.json().value(u"sip_password"_s).toString(), u"sandbox-ext-1000"_s);
        QCOMPARE(call("GET", u"/api/v1/sip/extensions/9/config"_s, m_op).status, 404);
    }

    void invalidValuesAre422WithFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << QByteArray(R"({"gateway_name":"1 und 1"})") << u"gateway_name"_s;
        QTest::newRow("provider") << QByteArray(R"({"provider":"telekom"})") << u"provider"_s;
        QTest::newRow("profile") << QByteArray(R"({"profile":"nowhere"})") << u"profile"_s;
        QTest::newRow("number") << QByteArray(R"({"numbers":[{"number":"0345 123","use":"x"}]})")
                                << u"numbers[0].number"_s;
        QTest::newRow("type") << QByteArray(R"({"register":"yes"})") << u"register"_s;
        QTest::newRow("seconds") << QByteArray(R"({"retry_seconds":-4})") << u"retry_seconds"_s;
        QTest::newRow("caller id") << QByteArray(R"({"caller_id":"3455667290"})") << u"caller_id"_s;
        // `$` matched before a final newline; the sandbox stored "plusnet\n".
        QTest::newRow("name, trailing newline")
            << QByteArray(R"({"gateway_name":"plusnet\n"})") << u"gateway_name"_s;
        QTest::newRow("name, trailing CR LF")
            << QByteArray(R"({"gateway_name":"plusnet\r\n"})") << u"gateway_name"_s;
        QTest::newRow("name, command")
            << QByteArray(R"({"gateway_name":"gw\n\napi system id"})") << u"gateway_name"_s;
        QTest::newRow("number, trailing newline")
            << QByteArray(R"({"caller_id":"+493455667290\n"})") << u"caller_id"_s;
        QTest::newRow("duplicate name")
            << QByteArray(R"({"gateway_name":"1und1","profile":"internal"})") << u"gateway_name"_s;
    }
    void invalidValuesAre422WithFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Reply get = call("GET", u"/api/v1/sip/trunks/1"_s, m_op);
        const Reply r = call("PUT", u"/api/v1/sip/trunks/1"_s, m_op, body, get.etag);
        QCOMPARE(r.status, 422);
        QStringList fields;
        for (const QJsonValue &f :
            r.json().value(u"error"_s).toObject().value(u"fields"_s).toArray())
            fields.append(f.toObject().value(u"field"_s).toString());
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u", "_s)));
        // Nothing was changed.
        QCOMPARE(call("GET", u"/api/v1/sip/trunks/1"_s, m_op).etag, get.etag);
    }

    // The routes are anchored too: "/api/v1/sip/trunks/1\n" is no trunk.
    void pathsWithALineBreakAreNotFound()
    {
        QCOMPARE(call("GET", u"/api/v1/sip/trunks/1"_s, m_op).status, 200);
        QCOMPARE(call("GET", u"/api/v1/sip/trunks/1%0A"_s, m_op).status, 404);
        QCOMPARE(call("GET", u"/api/v1/sip/extensions/1000/config%0A"_s, m_op).status, 404);
    }

    // With opaque ETags (setOpaqueEtags) the list, GET, PUT and DELETE agree on one value.
    void opaqueEtags()
    {
        m_sandbox->api()->setOpaqueEtags(true);
        const Reply get = call("GET", u"/api/v1/sip/trunks/2"_s, m_op);
        QCOMPARE(get.status, 200);
        QVERIFY(!get.etag.contains("2-"));
        const Reply list = call("GET", u"/api/v1/sip/trunks"_s, m_op);
        QCOMPARE(list.json()
                     .value(u"trunks"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"etag"_s)
                     .toString()
                     .toUtf8(),
            get.etag);
        QCOMPARE(
            call("PUT", u"/api/v1/sip/trunks/2"_s, m_op, R"({"realm":"sip.1und1.de"})", "\"2-1\"")
                .status,
            412);
        QCOMPARE(
            call("PUT", u"/api/v1/sip/trunks/2"_s, m_op, R"({"realm":"sip.1und1.de"})", get.etag)
                .status,
            200);
    }

    void createAndOtherErrors()
    {
        const QByteArray trunk
            = R"({"provider":"plusnet","gateway_name":"plusnet2","profile":"external-ipv4",
            "proxy":"sip.plusnet.de","outbound_proxy":"92.197.176.16","register":false})";
        const Reply created = call("POST", u"/api/v1/sip/trunks"_s, m_op, trunk);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.etag.isEmpty());
        QCOMPARE(call("POST", u"/api/v1/sip/trunks"_s, m_op, "{not json").status, 400);
        QCOMPARE(call("GET", u"/api/v1/nothing"_s, m_op).status, 404);
        QCOMPARE(call("GET", u"/elsewhere"_s, m_op).status, 404);
        const Reply wrongMethod = call("PATCH", u"/api/v1/sip/trunks/1"_s, m_op, "{}");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.allow, QByteArray("GET, PUT, DELETE"));
        QCOMPARE(
            call("POST", u"/api/v1/sip/trunks"_s, m_op, QByteArray(2 * 1024 * 1024, ' ')).status,
            413);
        const Reply profiles = call("GET", u"/api/v1/sip/profiles"_s, m_ro);
        QCOMPARE(profiles.status, 200);
        const QJsonArray list = profiles.json().value(u"profiles"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(
            list.at(1).toObject().value(u"ext_rtp_ip"_s).toString(), u"2a01:4f8:140:829d::2"_s);
        QCOMPARE(list.at(1).toObject().value(u"wss_binding"_s).toString(), u":7443"_s);
    }

    // A request announcing 400 MB was buffered whole, without a token, before the
    // API answered 413. It is answered as soon as more than the API accepts has arrived.
    void oversizedBodyIsRefusedAsItArrives()
    {
        QTcpSocket socket;
        socket.connectToHost(m_sandbox->apiUrl().host(), quint16(m_sandbox->apiUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        const auto r = xynap::testsupport::sendOversizedRequest(socket);
        QVERIFY2(r.answer.startsWith("HTTP/1.1 413"), r.answer.left(200).constData());
        QVERIFY2(r.sent <= 8 * 1024 * 1024, qPrintable(QString::number(r.sent)));
        // The API still answers everyone else.
        QCOMPARE(call("GET", u"/api/v1/sip/trunks"_s, m_ro).status, 200);
    }

    void xmlCurlServesEachProfileItsOwnGateways()
    {
        const QByteArray form = "hostname=vm&section=directory&tag_name=&key_name=&key_value=&"
                                "Event-Name=REQUEST_PARAMS&purpose=gateways&profile=";
        const Reply internal = call("POST", u"/api/v1/sip/xml-curl"_s, {}, form + "internal", {},
            "application/x-www-form-urlencoded");
        QCOMPARE(internal.status, 200);
        const GatewayDirectory dir = parseGatewayDirectory(internal.body);
        QVERIFY(dir.error.isEmpty());
        QCOMPARE(dir.gateways.size(), 1);
        QCOMPARE(dir.gateways.at(0).name, u"1und1"_s);
        QCOMPARE(dir.gateways.at(0).param(u"realm"_s), u"sip.1und1.de"_s);
        QCOMPARE(dir.gateways.at(0).param(u"from-domain"_s), u"sip.1und1.de"_s);
        QCOMPARE(dir.gateways.at(0).param(u"password"_s), u"sandbox-1und1-secret"_s);
        const GatewayDirectory ext = parseGatewayDirectory(call("POST", u"/api/v1/sip/xml-curl"_s,
            {}, form + "external-ipv4", {}, "application/x-www-form-urlencoded")
                                                               .body);
        QCOMPARE(ext.gateways.size(), 1);
        QCOMPARE(ext.gateways.at(0).name, u"plusnet"_s);
        const Reply other = call("POST", u"/api/v1/sip/xml-curl"_s, {}, "section=dialplan", {},
            "application/x-www-form-urlencoded");
        QCOMPARE(other.status, 200);
        QVERIFY(parseGatewayDirectory(other.body).notFound);
    }

    void xmlCurlWithCredentials()
    {
        m_sandbox->api()->setXmlCurlCredentials(u"fs:pw"_s);
        const QByteArray form = "section=directory&purpose=gateways&profile=internal";
        const Reply denied = call(
            "POST", u"/api/v1/sip/xml-curl"_s, {}, form, {}, "application/x-www-form-urlencoded");
        QCOMPARE(denied.status, 401);
        QVERIFY(denied.wwwAuthenticate.startsWith("Basic"));
        // A bearer token is not how mod_xml_curl authenticates.
        QCOMPARE(call("POST", u"/api/v1/sip/xml-curl"_s, m_op, form, {},
                     "application/x-www-form-urlencoded")
                     .status,
            401);
        const Reply ok = call("POST", u"/api/v1/sip/xml-curl"_s, {}, form, {},
            "application/x-www-form-urlencoded", "Basic " + QByteArray("fs:pw").toBase64());
        QCOMPARE(ok.status, 200);
        QCOMPARE(parseGatewayDirectory(ok.body).gateways.size(), 1);
    }

    void directoryLayoutsAsFreeSwitchReadsThem()
    {
        QFile f(QStringLiteral(XYNAP_TEST_DATA)
            + u"/captures/xmlcurl-gateways/q1_filtered/http/resp_001.xml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const GatewayDirectory captured = parseGatewayDirectory(f.readAll());
        QCOMPARE(captured.gateways.size(), 1);
        QCOMPARE(captured.gateways.at(0).param(u"gw-auth-acl"_s), u"providers"_s);
        const QByteArray usersLayout
            = R"(<document type="freeswitch/xml"><section name="directory"><domain name="d">
            <users><user id="g"><gateways><gateway name="x"><param name="register" value="false"/></gateway></gateways></user></users>
            </domain></section></document>)";
        QCOMPARE(parseGatewayDirectory(usersLayout).gateways.size(), 0);
        const QByteArray groupsLayout
            = R"(<document type="freeswitch/xml"><section name="directory"><domain name="d">
            <groups><group name="default"><users><user id="g"><gateways><gateway name="x"><params><param name="proxy" value="p"/></params></gateway></gateways></user></users></group></groups>
            </domain></section></document>)";
        const GatewayDirectory groups = parseGatewayDirectory(groupsLayout);
        QCOMPARE(groups.gateways.size(), 1);
        QCOMPARE(groups.gateways.at(0).param(u"proxy"_s), u"p"_s);
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
