#include "sandbox/ApiServer.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "xynap.sandbox.api", QtInfoMsg)

namespace xynap::sandbox {

namespace {

const QString PermTrunksRead = u"trunks:read"_s;
const QString PermTrunksWrite = u"trunks:write"_s;
const QString PermProfilesRead = u"profiles:read"_s;
const QString PermCredentials = u"extensions:credentials"_s;

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 428:
        return "Precondition Required";
    default:
        return "Error";
    }
}

const QByteArray NotFoundDocument
    = "<document type=\"freeswitch/xml\">\n  <section name=\"result\">\n"
      "    <result status=\"not found\"/>\n  </section>\n</document>\n";

QString xmlAttr(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

ApiServer::ApiServer(
    const Scenario &scenario, ProviderCatalog catalog, const ApiTokens &tokens, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_scenario(scenario)
    , m_catalog(std::move(catalog))
    , m_tokens(tokens)
    , m_fernet(*Fernet::fromKey(Fernet::generateKey()))
{
    for (Trunk t : scenario.trunks) {
        const QString plain = t.password;
        t.id = m_nextId++;
        storePassword(t, plain);
        m_trunks.insert(t.id, t);
    }
}

void ApiServer::storePassword(Trunk &trunk, const QString &plain)
{
    trunk.password.clear(); // never kept in clear text
    if (plain.isEmpty()) {
        trunk.passwordSet = m_passwords.contains(trunk.id);
        return;
    }
    m_passwords.insert(trunk.id, m_fernet.encrypt(plain.toUtf8()));
    trunk.passwordSet = true;
}

std::optional<ApiServer::Caller> ApiServer::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const QString token = QString::fromUtf8(header.mid(7).trimmed());
    if (!m_tokens.operatorToken.isEmpty() && token == m_tokens.operatorToken)
        return Caller {u"sandbox-operator"_s,
            {PermTrunksRead, PermTrunksWrite, PermProfilesRead, PermCredentials}};
    if (!m_tokens.readonlyToken.isEmpty() && token == m_tokens.readonlyToken)
        return Caller {u"sandbox-readonly"_s, {PermTrunksRead, PermProfilesRead}};
    return std::nullopt;
}

ApiServer::Response ApiServer::json(int status, const QJsonObject &body)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiServer::Response ApiServer::error(
    int status, const QString &code, const QString &message, const QList<FieldError> &fields)
{
    QJsonObject e {{u"code"_s, code}, {u"message"_s, message}};
    if (!fields.isEmpty()) {
        QJsonArray list;
        for (const FieldError &f : fields)
            list.append(QJsonObject {{u"field"_s, f.field}, {u"message"_s, f.message}});
        e.insert(u"fields"_s, list);
    }
    return json(status, QJsonObject {{u"error"_s, e}});
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Response r = route(request);
    qCInfo(lcApi).noquote() << methodName(request.method()) << request.url().path() << r.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(r.status));
    if (!r.body.isEmpty() || r.status != 204)
        responder.writeHeader("Content-Type", r.contentType);
    for (const auto &[name, value] : std::as_const(r.headers))
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
    Q_UNUSED(reasonPhrase);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

ApiServer::Response ApiServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    using M = QHttpServerRequest::Method;

    if (request.body().size() > MaxBody)
        return error(413, u"payload_too_large"_s, u"The request body is larger than 1 MiB."_s);

    const auto notAllowed = [](const QByteArray &allow) {
        Response r
            = error(405, u"method_not_allowed"_s, u"Allowed: "_s + QString::fromLatin1(allow));
        r.headers.emplaceBack("Allow", allow);
        return r;
    };

    if (path == u"/api/v1/health"_s)
        return json(200, {{u"status"_s, u"ok"_s}});
    if (path == u"/api/v1/sip/xml-curl"_s) {
        if (method != M::Post)
            return notAllowed("POST");
        return xmlCurl(request);
    }
    if (!path.startsWith(u"/api/v1/"_s))
        return error(404, u"not_found"_s, u"No such resource: "_s + path);

    const std::optional<Caller> caller = authenticate(request);
    if (!caller) {
        Response r = error(401, u"unauthorized"_s,
            request.value("Authorization").isEmpty() ? u"A bearer token is required."_s
                                                     : u"The bearer token is not valid."_s);
        r.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"xynap\"");
        return r;
    }

    if (path == u"/api/v1/auth/me"_s) {
        if (method != M::Get)
            return notAllowed("GET");
        return json(200,
            {{u"operator"_s, caller->name},
                {u"permissions"_s, QJsonArray::fromStringList(caller->permissions)}});
    }
    if (path == u"/api/v1/sip/profiles"_s) {
        if (method != M::Get)
            return notAllowed("GET");
        if (!caller->permissions.contains(PermProfilesRead))
            return error(403, u"forbidden"_s, u"Missing permission "_s + PermProfilesRead);
        QJsonArray list;
        for (const SofiaProfile &p : std::as_const(m_scenario.profiles))
            list.append(profileToJson(p));
        return json(200, {{u"profiles"_s, list}});
    }
    if (path == u"/api/v1/sip/trunks"_s)
        return trunkCollection(request, *caller);
    if (path == u"/api/v1/sip/trunks/preview"_s) {
        // The <gateway> FreeSWITCH would receive for a draft, password masked.
        if (method != M::Post)
            return notAllowed("POST");
        if (!caller->permissions.contains(PermTrunksRead))
            return error(403, u"forbidden"_s, u"Missing permission "_s + PermTrunksRead);
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, u"bad_json"_s,
                u"The body is not a JSON object: "_s + parseError.errorString());
        const TrunkParseResult parsed = trunkFromJson(doc.object());
        if (!parsed.ok())
            return error(422, u"invalid"_s, u"Some fields are not valid."_s, parsed.errors);
        const bool hasPassword
            = !parsed.trunk.password.isEmpty() || m_passwords.contains(parsed.trunk.id);
        return json(
            200, {{u"xml"_s, gatewayXml(parsed.trunk, hasPassword ? u"********"_s : QString())}});
    }

    static const QRegularExpression trunkRe(
        QRegularExpression::anchoredPattern(u"/api/v1/sip/trunks/([0-9]{1,9})"_s));
    if (const auto m = trunkRe.match(path); m.hasMatch())
        return trunkItem(request, *caller, m.captured(1).toInt());

    static const QRegularExpression extRe(
        QRegularExpression::anchoredPattern(u"/api/v1/sip/extensions/([0-9]{1,9})/config"_s));
    if (const auto m = extRe.match(path); m.hasMatch()) {
        if (method != M::Get)
            return notAllowed("GET");
        if (!caller->permissions.contains(PermCredentials))
            return error(403, u"forbidden"_s,
                u"Missing permission %1: SIP credentials are only shown to operators who hold it."_s
                    .arg(PermCredentials));
        const int id = m.captured(1).toInt();
        for (const Extension &e : std::as_const(m_scenario.extensions)) {
            if (e.id == id)
                return json(200,
                    {{u"id"_s, e.id}, {u"user"_s, e.user}, {u"domain"_s, e.domain},
                        {u"display_name"_s, e.displayName}, {u"sip_password"_s, e.password}});
        }
        return error(404, u"not_found"_s, u"No extension with id %1."_s.arg(id));
    }
    if (path == u"/api/v1/firewall/ufw"_s) {
        if (method != M::Get)
            return notAllowed("GET");
        return json(200,
            {{u"ipv6"_s, m_scenario.ufwIpv6},
                {u"rules"_s, QJsonArray::fromStringList(m_scenario.ufwRules)}});
    }
    return error(404, u"not_found"_s, u"No such resource: "_s + path);
}

QJsonObject ApiServer::trunkJson(const Trunk &t) const
{
    QJsonObject o = trunkToJson(t);
    o.insert(u"password_set"_s, m_passwords.contains(t.id));
    return o;
}

QList<FieldError> ApiServer::validate(const Trunk &t) const
{
    QList<FieldError> errors = validateTrunkShape(t);
    if (!t.provider.isEmpty() && !m_catalog.find(t.provider))
        errors.append({u"provider"_s, u"unknown provider \"%1\""_s.arg(t.provider)});
    bool profileKnown = false;
    for (const SofiaProfile &p : m_scenario.profiles)
        profileKnown = profileKnown || p.name == t.profile;
    if (!t.profile.isEmpty() && !profileKnown)
        errors.append({u"profile"_s, u"no Sofia profile named \"%1\""_s.arg(t.profile)});
    for (const Trunk &other : m_trunks) {
        if (other.id != t.id && other.profile == t.profile && other.gatewayName == t.gatewayName)
            errors.append({u"gateway_name"_s,
                u"the profile %1 already has a gateway named %2"_s.arg(t.profile, t.gatewayName)});
    }
    return errors;
}

ApiServer::Response ApiServer::trunkCollection(
    const QHttpServerRequest &request, const Caller &caller)
{
    using M = QHttpServerRequest::Method;
    if (request.method() == M::Get) {
        if (!caller.permissions.contains(PermTrunksRead))
            return error(403, u"forbidden"_s, u"Missing permission "_s + PermTrunksRead);
        QJsonArray list;
        for (const Trunk &t : std::as_const(m_trunks)) {
            QJsonObject o = trunkJson(t);
            o.insert(u"etag"_s, QString::fromLatin1(etagOf(t)));
            list.append(o);
        }
        return json(200, {{u"trunks"_s, list}});
    }
    if (request.method() != M::Post) {
        Response r = error(405, u"method_not_allowed"_s, u"Allowed: GET, POST"_s);
        r.headers.emplaceBack("Allow", "GET, POST");
        return r;
    }
    if (!caller.permissions.contains(PermTrunksWrite))
        return error(403, u"forbidden"_s,
            u"Missing permission %1: this token may read trunks but not change them."_s.arg(
                PermTrunksWrite));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(
            400, u"bad_json"_s, u"The body is not a JSON object: "_s + parseError.errorString());
    Trunk base;
    TrunkParseResult parsed = trunkFromJson(doc.object(), base);
    Trunk t = parsed.trunk;
    t.id = m_nextId;
    t.version = 1;
    t.updatedBy = caller.name;
    t.updatedAt = QDateTime::currentDateTimeUtc();
    QList<FieldError> errors = parsed.errors + validate(t);
    if (!errors.isEmpty())
        return error(422, u"invalid"_s, u"Some fields are not valid."_s, errors);
    ++m_nextId;
    storePassword(t, doc.object().value(u"password"_s).toString());
    m_trunks.insert(t.id, t);
    Response r = json(201, trunkJson(t));
    r.headers.emplaceBack("ETag", etagOf(t));
    r.headers.emplaceBack("Location", "/api/v1/sip/trunks/" + QByteArray::number(t.id));
    Q_EMIT trunksChanged({t.profile});
    return r;
}

ApiServer::Response ApiServer::trunkItem(
    const QHttpServerRequest &request, const Caller &caller, int id)
{
    using M = QHttpServerRequest::Method;
    const auto method = request.method();
    if (method != M::Get && method != M::Put && method != M::Delete) {
        Response r = error(405, u"method_not_allowed"_s, u"Allowed: GET, PUT, DELETE"_s);
        r.headers.emplaceBack("Allow", "GET, PUT, DELETE");
        return r;
    }
    const bool writing = method != M::Get;
    const QString needed = writing ? PermTrunksWrite : PermTrunksRead;
    if (!caller.permissions.contains(needed))
        return error(403, u"forbidden"_s,
            writing
                ? u"Missing permission %1: this token may read trunks but not change them."_s.arg(
                    needed)
                : u"Missing permission "_s + needed);
    auto it = m_trunks.find(id);
    if (it == m_trunks.end())
        return error(404, u"not_found"_s, u"No trunk with id %1."_s.arg(id));
    const Trunk current = *it;
    const auto withEtag = [this](Response r, const Trunk &t) {
        r.headers.emplaceBack("ETag", etagOf(t));
        return r;
    };
    if (method == M::Get)
        return withEtag(json(200, trunkJson(current)), current);

    const QByteArray ifMatch = request.value("If-Match").trimmed();
    if (ifMatch.isEmpty())
        return error(428, u"precondition_required"_s,
            u"Send If-Match with the trunk's ETag, so that no one else's change is overwritten."_s);
    if (ifMatch != "*" && ifMatch != etagOf(current)) {
        QJsonObject body {{u"error"_s,
                              QJsonObject {{u"code"_s, u"conflict"_s},
                                  {u"message"_s, u"The trunk was changed by someone else."_s}}},
            {u"current"_s, trunkJson(current)}};
        return withEtag(json(412, body), current);
    }
    if (method == M::Delete) {
        m_trunks.erase(it);
        m_passwords.remove(id);
        Response r;
        r.status = 204;
        Q_EMIT trunksChanged({current.profile});
        return r;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(
            400, u"bad_json"_s, u"The body is not a JSON object: "_s + parseError.errorString());
    TrunkParseResult parsed = trunkFromJson(doc.object(), current);
    Trunk t = parsed.trunk;
    t.id = current.id;
    t.version = current.version;
    QList<FieldError> errors = parsed.errors + validate(t);
    if (!errors.isEmpty())
        return error(422, u"invalid"_s, u"Some fields are not valid."_s, errors);
    t.version = current.version + 1;
    t.updatedBy = caller.name;
    t.updatedAt = QDateTime::currentDateTimeUtc();
    storePassword(t, doc.object().value(u"password"_s).toString());
    m_trunks.insert(t.id, t);
    Q_EMIT trunksChanged(current.profile == t.profile ? QStringList {t.profile}
                                                      : QStringList {current.profile, t.profile});
    return withEtag(json(200, trunkJson(t)), t);
}

QString ApiServer::gatewayXml(const Trunk &t, const QString &password)
{
    QString xml;
    xml += u"          <gateway name=\"%1\">\n"_s.arg(xmlAttr(t.gatewayName));
    const auto param = [&xml](const QString &name, const QString &value) {
        xml += u"            <param name=\"%1\" value=\"%2\"/>\n"_s.arg(name, xmlAttr(value));
    };
    param(u"register"_s, t.registerEnabled ? u"true"_s : u"false"_s);
    if (!t.username.isEmpty())
        param(u"username"_s, t.username);
    if (!password.isEmpty())
        param(u"password"_s, password);
    if (!t.realm.isEmpty()) {
        param(u"realm"_s, t.realm);
        param(u"from-domain"_s, t.realm); // the contract: From/To carry the realm
    }
    if (!t.proxy.isEmpty())
        param(u"proxy"_s, t.proxy);
    if (!t.registerProxy.isEmpty())
        param(u"register-proxy"_s, t.registerProxy);
    if (!t.outboundProxy.isEmpty())
        param(u"outbound-proxy"_s, t.outboundProxy);
    if (!t.gwAuthAcl.isEmpty())
        param(u"gw-auth-acl"_s, t.gwAuthAcl);
    param(u"expire-seconds"_s, QString::number(t.expireSeconds));
    param(u"retry-seconds"_s, QString::number(t.retrySeconds));
    if (t.pingSeconds > 0)
        param(u"ping"_s, QString::number(t.pingSeconds));
    param(u"caller-id-in-from"_s, t.callerIdInFrom ? u"true"_s : u"false"_s);
    if (!t.callerId.isEmpty())
        param(u"extension"_s, t.callerId);
    xml += u"          </gateway>\n"_s;
    return xml;
}

QByteArray ApiServer::etagOf(const Trunk &trunk) const
{
    if (!m_opaqueEtags)
        return trunk.etag().toUtf8();
    const QByteArray key
        = "xynap-sandbox:" + QByteArray::number(trunk.id) + ':' + QByteArray::number(trunk.version);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return '"' + hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '"';
}

QByteArray ApiServer::gatewayDocument(const QString &profile) const
{
    QString xml
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
          "<document type=\"freeswitch/xml\">\n  <section name=\"directory\">\n"
          "    <domain name=\"%1\">\n      <user id=\"gateways\">\n        <gateways>\n"_s.arg(
              xmlAttr(m_scenario.extensions.isEmpty() ? u"xynap.local"_s
                                                      : m_scenario.extensions.first().domain));
    for (const Trunk &t : m_trunks) {
        if (t.profile != profile) // FreeSWITCH puts every gateway it gets on the asking profile
            continue;
        QString password;
        if (m_passwords.contains(t.id)) {
            const Fernet::Result plain = m_fernet.decrypt(m_passwords.value(t.id));
            if (plain.ok())
                password = QString::fromUtf8(plain.plain);
        }
        xml += gatewayXml(t, password);
    }
    xml += u"        </gateways>\n      </user>\n    </domain>\n  </section>\n</document>\n"_s;
    return xml.toUtf8();
}

ApiServer::Response ApiServer::xmlCurl(const QHttpServerRequest &request)
{
    // mod_xml_curl can send HTTP Basic credentials (gateway-credentials), never a bearer token.
    if (!m_xmlCurlCredentials.isEmpty()) {
        const QByteArray expected = "Basic " + m_xmlCurlCredentials.toUtf8().toBase64();
        if (request.value("Authorization") != expected) {
            Response r = error(401, u"unauthorized"_s, u"mod_xml_curl credentials required"_s);
            r.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"xml-curl\"");
            return r;
        }
    } else if (!request.remoteAddress().isLoopback()) {
        return error(403, u"forbidden"_s,
            u"xml-curl is answered for loopback only unless --xml-curl-credentials is set"_s);
    }
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    Response r;
    r.contentType = "text/xml";
    const QString section = form.queryItemValue(u"section"_s, QUrl::FullyDecoded);
    const QString purpose = form.queryItemValue(u"purpose"_s, QUrl::FullyDecoded);
    const QString profile = form.queryItemValue(u"profile"_s, QUrl::FullyDecoded);
    bool known = false;
    for (const SofiaProfile &p : std::as_const(m_scenario.profiles))
        known = known || p.name == profile;
    if (section == u"directory"_s && purpose == u"gateways"_s && known)
        r.body = gatewayDocument(profile);
    else
        r.body = NotFoundDocument;
    return r;
}

} // namespace xynap::sandbox
