#include "cli/TargetBuilder.h"

#include "platform/ConnectionRules.h"
#include "platform/SecretStore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace xynap::cli {

TargetBuilder::Result TargetBuilder::fromCommandLine(
    const QCommandLineParser &parser, ProfileUse use, QSettings &settings)
{
    const QString profile = u"profile"_s, api = u"api"_s, esl = u"esl"_s, caFile = u"ca-file"_s,
                  pin = u"pin"_s, insecure = u"allow-insecure-http"_s;
    Result r;
    Target &target = r.target;
    const auto fail = [&r](int code, const QString &error) {
        r.code = code;
        r.error = error;
        return r;
    };
    target.catalog = ProviderCatalog::builtIn();
    if (parser.isSet(profile) && use != ProfileUse::Ignore) {
        const auto p = platform::ProfileStore(&settings).find(parser.value(profile));
        if (!p && use == ProfileUse::Connect)
            return fail(Usage, u"no connection profile named \"%1\""_s.arg(parser.value(profile)));
        if (p) {
            target.apiUrl = p->apiUrl;
            target.esl = p->eslEndpoints;
            target.allowInsecure = p->allowInsecureHttp;
            target.caFile = p->caFile;
            target.publicKeyPin = p->publicKeyPin;
            target.requestDeadlineMs = p->requestDeadlineSeconds * 1000;
        }
    }
    if (parser.isSet(caFile)) // kept absolute: the profile is used from any directory
        target.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
    if (parser.isSet(pin))
        target.publicKeyPin = parser.value(pin);
    if (const auto problem
        = platform::ConnectionRules::checkTrust(target.caFile, target.publicKeyPin)) {
        if (problem->kind == platform::ProfileProblem::Kind::CaFileUnusable)
            return fail(DataError, u"CA file: %1"_s.arg(problem->detail));
        return fail(Usage, u"pin: %1"_s.arg(problem->detail));
    }
    if (parser.isSet(api)) {
        target.apiUrl = QUrl(parser.value(api));
        if (!platform::ConnectionRules::isHttpUrl(target.apiUrl))
            return fail(Usage, u"--api: \"%1\" is not an http(s) URL"_s.arg(parser.value(api)));
    }
    if (parser.isSet(insecure))
        target.allowInsecure = true;
    if (parser.isSet(esl)) {
        target.esl.clear();
        for (const QString &value : parser.values(esl)) {
            const auto endpoint = platform::EslEndpoint::parse(value);
            if (!endpoint)
                return fail(Usage, u"--esl: \"%1\" is not HOST:PORT"_s.arg(value));
            target.esl.append(*endpoint);
        }
    }
    target.profile = parser.value(profile);
    target.eslPasswordOverride = platform::ConnectionRules::eslPasswordFromEnvironment();
    return r;
}

void TargetBuilder::findSecrets(Target &target, bool wantToken, bool wantEsl, Io io)
{
    if (!wantToken && !wantEsl)
        return;
    platform::ConnectionProfile profile;
    profile.name = target.profile;
    profile.eslEndpoints = target.esl;
    platform::SecretStore store;
    platform::CredentialResolver resolver(&store);
    platform::Credentials found;
    QEventLoop loop;
    // Started from inside the loop: a lookup that answers at once cannot end it before it runs.
    QTimer::singleShot(0, &loop, [&] {
        resolver.resolve(
            {profile, {}, {}, wantToken, wantEsl}, [&](const platform::Credentials &c) {
                found = c;
                loop.quit();
            });
    });
    loop.exec();
    QStringList errors(found.eslErrors.begin(), found.eslErrors.end());
    const platform::SecretResult &token = found.tokenLookup;
    if (wantToken && found.tokenSource == platform::Credentials::Source::None
        && token.status != platform::SecretResult::Status::NotFound)
        errors.append(token.error);
    errors.removeDuplicates();
    for (const QString &error : std::as_const(errors))
        complain(io, Ok, u"keychain: %1"_s.arg(error));
    // Which token is sent, when the environment had a say: a token belongs to its platform.
    if (wantToken && found.tokenEnvironmentIgnored)
        complain(io, Ok,
            u"XYNAP_TOKEN ignored: profile %1 has its own API token in the keychain (a token "
            "belongs to its platform); the keychain's is used"_s.arg(target.profile));
    else if (wantToken && !target.profile.isEmpty()
        && found.tokenSource == platform::Credentials::Source::Environment)
        complain(io, Ok,
            u"the API token of XYNAP_TOKEN is used: profile %1 has %2"_s.arg(target.profile,
                found.tokenLookup.ok() ? u"the same one in the keychain"_s
                                       : u"none in the keychain"_s));
    target.token = found.token;
    for (qsizetype i = 0; i < found.eslPasswords.size() && i < target.esl.size(); ++i)
        target.eslPasswords.insert(target.esl.at(i).toString(), found.eslPasswords.at(i));
}

} // namespace xynap::cli
