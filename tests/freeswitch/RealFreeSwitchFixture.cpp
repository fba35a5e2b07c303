#include "RealFreeSwitchFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xynap::testsupport {

GatewayXml parseGatewayXml(const QString &xml)
{
    GatewayXml g;
    static const QRegularExpression element(u"<([a-z-]+)>([^<]*)</\\1>"_s);
    auto it = element.globalMatch(xml);
    while (it.hasNext()) {
        const auto m = it.next();
        g.fields.insert(m.captured(1), m.captured(2).trimmed());
    }
    g.exists = g.fields.contains(u"name"_s) && g.fields.contains(u"state"_s);
    return g;
}

RealPlatform::RealPlatform()
    : m_plusnet(std::make_unique<SipStandIn>(QHostAddress::LocalHost))
    , m_oneAndOne(std::make_unique<SipStandIn>(QHostAddress::LocalHostIPv6))
    , m_api(std::make_unique<SandboxProcess>())
    , m_fs(std::make_unique<RealFreeSwitch>())
{
}

RealPlatform::~RealPlatform()
{
    m_fs.reset(); // FreeSWITCH first: it must not outlive the stand-ins it sends to
    m_api.reset();
}

QByteArray RealPlatform::scenario() const
{
    // The documented trunks, pointed at the loopback stand-ins; short ping and retry timers.
    QJsonObject plusnet {{u"gateway_name"_s, u"plusnet"_s}, {u"proxy"_s, m_plusnet->hostPort()},
        {u"outbound_proxy"_s, m_plusnet->hostPort()}, {u"ping_seconds"_s, 5},
        {u"retry_seconds"_s, 5}};
    QJsonObject oneAndOne {{u"gateway_name"_s, u"1und1"_s}, {u"proxy"_s, m_oneAndOne->hostPort()},
        {u"outbound_proxy"_s, m_oneAndOne->hostPort()}, {u"gw_auth_acl"_s, u"providers"_s},
        {u"expire_seconds"_s, 60}, {u"retry_seconds"_s, 5}};
    const QJsonObject o {{u"based_on"_s, u"production"_s},
        {u"description"_s,
            u"The documented trunks on loopback stand-ins for the real FreeSWITCH"_s},
        {u"trunks"_s, QJsonArray {plusnet, oneAndOne}}};
    return QJsonDocument(o).toJson();
}

bool RealPlatform::start(bool withApi)
{
    if (!m_plusnet->start() || !m_oneAndOne->start()) {
        m_error = u"the provider stand-ins could not bind a loopback port"_s;
        return false;
    }
    RealFreeSwitch::Options options;
    if (withApi) {
        if (!m_api->start(scenario())) {
            m_error = m_api->error();
            return false;
        }
        options.xmlCurlUrl = m_api->xmlCurlUrl();
    } else {
        m_lateApiPort = freeLoopbackPort();
        options.xmlCurlUrl = QUrl(u"http://127.0.0.1:%1/api/v1/sip/xml-curl"_s.arg(m_lateApiPort));
    }
    if (!m_fs->start(options)) {
        m_error = m_fs->error();
        return false;
    }
    return true;
}

bool RealPlatform::startApiLate()
{
    if (!m_api->start(scenario(), m_lateApiPort)) {
        m_error = m_api->error();
        return false;
    }
    return true;
}

GatewayXml RealPlatform::gateway(const QString &name) const
{
    return parseGatewayXml(m_fs->api(u"sofia xmlstatus gateway "_s + name));
}

bool RealPlatform::listed(const QString &name) const
{
    return m_fs->api(u"sofia xmlstatus gateway"_s).contains(u"<name>%1</name>"_s.arg(name));
}

bool RealPlatform::waitFor(
    const QString &name, const std::function<bool(const GatewayXml &)> &done, int timeoutMs)
{
    return QTest::qWaitFor([&] { return done(gateway(name)); }, timeoutMs);
}

void RealPlatform::prepare(QProcess &p, const QStringList &arguments, bool withApi) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XYNAP_TOKEN"_s, m_api->operatorToken());
    env.insert(u"XYNAP_ESL_PASSWORD"_s, m_fs->eslPassword());
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    QStringList args;
    if (withApi) {
        // Before a late API is up, its address is already known (the port is reserved for it).
        const QString api = m_api->apiUrl().isEmpty() && m_lateApiPort
            ? u"http://127.0.0.1:%1"_s.arg(m_lateApiPort)
            : m_api->apiUrl().toString();
        args << u"--api"_s << api;
    }
    args << u"--esl"_s << m_fs->eslEndpoint();
    args += arguments;
    p.setProgram(QStringLiteral(XYNAPCTL_BIN));
    p.setArguments(args);
}

std::unique_ptr<QProcess> RealPlatform::startCtl(const QStringList &arguments, bool withApi) const
{
    auto p = std::make_unique<QProcess>();
    prepare(*p, arguments, withApi);
    p->start();
    return p;
}

CtlResult RealPlatform::ctl(const QStringList &arguments, int timeoutMs, bool withApi) const
{
    QProcess p;
    prepare(p, arguments, withApi);
    p.start();
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = u"[xynapctl did not finish within %1 ms]"_s.arg(timeoutMs);
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool RealPlatform::changeTrunk(
    const QString &gateway, const QString &field, const QJsonValue &value, QString *detail)
{
    return putTrunkField(m_api->apiUrl(), m_api->operatorToken(), gateway, field, value, detail);
}

bool putTrunkField(const QUrl &api, const QString &token, const QString &gateway,
    const QString &field, const QJsonValue &value, QString *detail)
{
    QNetworkAccessManager network;
    const auto send = [&](QNetworkReply *raw) {
        std::unique_ptr<QNetworkReply> reply(raw);
        [[maybe_unused]] const bool finished
            = QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000);
        return reply;
    };
    const auto request = [&](const QString &path) {
        QUrl url = api;
        url.setPath(path);
        QNetworkRequest r(url);
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return r;
    };
    auto list = send(network.get(request(u"/api/v1/sip/trunks"_s)));
    const QJsonDocument doc = QJsonDocument::fromJson(list->readAll());
    const QJsonArray trunks
        = doc.isArray() ? doc.array() : doc.object().value(u"trunks"_s).toArray();
    for (const QJsonValue &v : trunks) {
        QJsonObject t = v.toObject();
        if (t.value(u"gateway_name"_s).toString() != gateway)
            continue;
        const QString path = u"/api/v1/sip/trunks/%1"_s.arg(t.value(u"id"_s).toInteger());
        auto one = send(network.get(request(path)));
        const QByteArray etag = one->rawHeader("ETag");
        t = QJsonDocument::fromJson(one->readAll()).object();
        t.insert(field, value);
        for (const QString &readOnly : {u"id"_s, u"version"_s, u"updated_by"_s, u"updated_at"_s,
                 u"password_set"_s, u"has_password"_s})
            t.remove(readOnly);
        QNetworkRequest put = request(path);
        put.setRawHeader("If-Match", etag);
        auto answer = send(network.put(put, QJsonDocument(t).toJson(QJsonDocument::Compact)));
        const int code = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (detail)
            *detail = u"%1 %2"_s.arg(code).arg(QString::fromUtf8(answer->readAll()));
        return code == 200;
    }
    if (detail)
        *detail = u"no trunk %1 in %2"_s.arg(gateway, QString::fromUtf8(doc.toJson()));
    return false;
}

} // namespace xynap::testsupport
