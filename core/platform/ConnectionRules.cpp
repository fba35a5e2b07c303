#include "platform/ConnectionRules.h"

#include "model/SofiaNames.h"
#include "platform/ApiClient.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace xynap::platform {

bool ConnectionRules::isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost"_s || (!address.isNull() && address.isLoopback());
}

bool ConnectionRules::isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

bool ConnectionRules::isPlainRemote(const QUrl &url)
{
    return url.scheme() == u"http"_s && !url.host().isEmpty() && !isLoopbackHost(url.host());
}

std::optional<ProfileProblem> ConnectionRules::parseEslLines(
    const QString &text, QList<EslEndpoint> *endpoints)
{
    const QStringList lines = text.split(u'\n');
    QList<EslEndpoint> parsed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const auto endpoint = EslEndpoint::parse(line);
        if (!endpoint)
            return ProfileProblem {ProfileProblem::Kind::EslNotHostPort, line, int(i + 1)};
        parsed.append(*endpoint);
    }
    *endpoints = parsed;
    return std::nullopt;
}

std::optional<ProfileProblem> ConnectionRules::checkTrust(const QString &caFile, const QString &pin)
{
    ApiClient check;
    QString error;
    if (!check.setCaFile(caFile, &error))
        return ProfileProblem {ProfileProblem::Kind::CaFileUnusable, error};
    if (!check.setPublicKeyPin(pin, &error))
        return ProfileProblem {ProfileProblem::Kind::PinInvalid, error};
    return std::nullopt;
}

std::optional<ProfileProblem> ConnectionRules::check(const ConnectionProfile &p)
{
    if (p.name.trimmed().isEmpty())
        return ProfileProblem {ProfileProblem::Kind::NameMissing, {}};
    if (p.name.contains(u'/')) // the keychain's keys are PROFILE/…
        return ProfileProblem {ProfileProblem::Kind::NameHasSlash, p.name};
    if (!isValidConnectionProfileName(p.name))
        return ProfileProblem {ProfileProblem::Kind::NameInvalid, p.name};
    if (!isHttpUrl(p.apiUrl))
        return ProfileProblem {ProfileProblem::Kind::UrlNotHttp, p.apiUrl.toString()};
    if (isPlainRemote(p.apiUrl) && !p.allowInsecureHttp)
        return ProfileProblem {ProfileProblem::Kind::PlainHttpRefused, p.apiUrl.host()};
    return checkTrust(p.caFile, p.publicKeyPin);
}

std::optional<ProfileProblem> ConnectionRules::configure(
    ApiClient &client, const ConnectionProfile &p, const QString &token)
{
    QString error;
    if (!client.setCaFile(p.caFile, &error))
        return ProfileProblem {ProfileProblem::Kind::CaFileUnusable, error};
    if (!client.setPublicKeyPin(p.publicKeyPin, &error))
        return ProfileProblem {ProfileProblem::Kind::PinInvalid, error};
    client.setBaseUrl(p.apiUrl);
    client.setAllowInsecureHttp(p.allowInsecureHttp);
    client.setTotalDeadlineMs(p.requestDeadlineSeconds * 1000);
    client.setToken(token);
    return std::nullopt;
}

std::optional<Identity> ConnectionRules::parseIdentity(const QJsonDocument &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.object();
    const QJsonValue name = o.value(u"operator"_s);
    if (!name.isString())
        return std::nullopt;
    Identity identity;
    identity.operatorName = name.toString();
    for (const auto &v : o.value(u"permissions"_s).toArray()) {
        if (v.isString())
            identity.permissions.append(v.toString());
    }
    return identity;
}

QString ConnectionRules::defaultEslPassword()
{
    return u"ClueCon"_s;
}

namespace {
constexpr auto TokenVariable = "XYNAP_TOKEN";
constexpr auto EslPasswordVariable = "XYNAP_ESL_PASSWORD";
} // namespace

QString ConnectionRules::tokenFromEnvironment()
{
    return qEnvironmentVariable(TokenVariable);
}

QString ConnectionRules::eslPasswordFromEnvironment()
{
    return qEnvironmentVariable(EslPasswordVariable);
}

QProcessEnvironment ConnectionRules::environmentForOtherConsole(
    const QProcessEnvironment &base, const QString &sessionToken, const QString &sessionEslPassword)
{
    QProcessEnvironment env = base;
    env.remove(QLatin1StringView(TokenVariable));
    env.remove(QLatin1StringView(EslPasswordVariable));
    if (!sessionToken.isEmpty())
        env.insert(QLatin1StringView(TokenVariable), sessionToken);
    if (!sessionEslPassword.isEmpty())
        env.insert(QLatin1StringView(EslPasswordVariable), sessionEslPassword);
    return env;
}

CredentialResolver::CredentialResolver(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void CredentialResolver::resolve(const Request &request, Done done)
{
    ++m_generation;
    m_request = request;
    m_result = {};
    m_done = std::move(done);
    nextEsl(0);
}

void CredentialResolver::nextEsl(int index)
{
    const QList<EslEndpoint> &endpoints = m_request.profile.eslEndpoints;
    if (!m_request.wantEslPasswords || index == endpoints.size()) {
        readToken();
        return;
    }
    const auto take = [this, index](const QString &password, Credentials::Source source) {
        m_result.eslPasswords.append(password);
        m_result.eslSources.append(source);
        nextEsl(index + 1);
    };
    if (!m_request.sessionEslPassword.isEmpty()) {
        take(m_request.sessionEslPassword, Credentials::Source::Session);
        return;
    }
    const QString env = ConnectionRules::eslPasswordFromEnvironment();
    if (!env.isEmpty()) {
        take(env, Credentials::Source::Environment);
        return;
    }
    if (m_request.profile.name.isEmpty()) {
        take(ConnectionRules::defaultEslPassword(), Credentials::Source::Default);
        return;
    }
    const QString endpoint = endpoints.at(index).toString();
    m_secrets->read(SecretStore::eslPasswordKey(m_request.profile.name, endpoint), this,
        [this, endpoint, take, generation = m_generation](const SecretResult &r) {
            if (!isCurrent(generation))
                return;
            if (!r.ok() && r.status != SecretResult::Status::NotFound)
                m_result.eslErrors.insert(endpoint, r.error);
            if (r.ok())
                take(r.secret, Credentials::Source::Keychain);
            else
                take(ConnectionRules::defaultEslPassword(), Credentials::Source::Default);
        });
}

void CredentialResolver::readToken()
{
    const auto finish = [this](const QString &token, Credentials::Source source) {
        m_result.token = token;
        m_result.tokenSource = source;
        const Done done = std::exchange(m_done, {});
        if (done)
            done(m_result);
    };
    if (!m_request.wantToken) {
        finish({}, Credentials::Source::None);
        return;
    }
    if (!m_request.sessionToken.isEmpty()) {
        finish(m_request.sessionToken, Credentials::Source::Session);
        return;
    }
    const QString env = ConnectionRules::tokenFromEnvironment();
    if (m_request.profile.name.isEmpty()) {
        if (!env.isEmpty()) {
            finish(env, Credentials::Source::Environment);
            return;
        }
        m_result.tokenLookup.status = SecretResult::Status::NotFound;
        finish({}, Credentials::Source::None);
        return;
    }
    // A named profile: its own token wins over the environment's, unless the two agree.
    m_secrets->read(SecretStore::apiTokenKey(m_request.profile.name), this,
        [this, finish, env, generation = m_generation](const SecretResult &r) {
            if (!isCurrent(generation))
                return;
            m_result.tokenLookup = r;
            if (r.ok()) {
                m_result.tokenEnvironmentIgnored = !env.isEmpty() && env != r.secret;
                finish(r.secret,
                    env == r.secret ? Credentials::Source::Environment
                                    : Credentials::Source::Keychain);
            } else if (!env.isEmpty()) {
                finish(env, Credentials::Source::Environment);
            } else {
                finish({}, Credentials::Source::None);
            }
        });
}

} // namespace xynap::platform
