// xynapctl: the console's core from a shell. Every command lives in cli (one per file) and
// runs once, asynchronously, with its own deadline; this file reads the command line, finds the
// secrets and starts the command. Its help, options and exit codes are in cli/Help.cpp.
#include "cli/CheckCommand.h"
#include "cli/CoverageRunCommand.h"
#include "cli/Help.h"
#include "cli/LintCommand.h"
#include "cli/ReloadCommand.h"
#include "cli/SecretCommands.h"
#include "cli/StatusCommand.h"
#include "cli/Threshold.h"
#include "cli/TrunksCommand.h"
#include "cli/WatchCommand.h"
#include "platform/ConnectionProfile.h"
#include "platform/ConnectionRules.h"
#include "platform/ProcessHardening.h"
#include "platform/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::cli;

namespace {

// The token and the Event Socket passwords, found as the console finds them
// (platform::CredentialResolver): XYNAP_TOKEN / XYNAP_ESL_PASSWORD, then the keychain entries of
// the connection profile, then FreeSWITCH's default password.
platform::Credentials findSecrets(const Target &target, bool wantToken, bool wantEsl, Io io)
{
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
    return found;
}

// Default deadlines: enough for a slow node, never forever.
constexpr int ApiDeadlineMs = 60'000;
constexpr int EslDeadlineMs = 30'000;

} // namespace

int main(int argc, char *argv[])
{
    // xynapctl holds API tokens and Event Socket passwords: no core dump may keep them.
    platform::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"xynap"_s);
    QCoreApplication::setApplicationName(u"xynap-console"_s); // the GUI's settings: same profiles
    QCoreApplication::setApplicationVersion(QStringLiteral(XYNAP_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io {out, err};
    io.colour = colourWanted(::isatty(STDOUT_FILENO) == 1, qgetenv("NO_COLOR"), qgetenv("TERM"));

    // The options come from one table (cli/Help.cpp), as do --help, `help COMMAND` and the man
    // page. parse(), not process(): a usage error exits 64 and names xynapctl, not the settings'
    // application name.
    QCommandLineParser parser;
    for (const OptionHelp &o : optionTable())
        parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
    parser.addPositionalArgument(u"command"_s, u"trunks, status, check, …"_s);
    if (!parser.parse(QCoreApplication::arguments()))
        return complain(io, Usage, u"%1 (see xynapctl --help)"_s.arg(parser.errorText()));
    const QString command0 = parser.positionalArguments().value(0);
    if (parser.isSet(u"version"_s)) {
        out << versionText();
        return Ok;
    }
    if (command0 == u"help"_s || parser.isSet(u"help"_s)) {
        const QString topic
            = command0 == u"help"_s ? parser.positionalArguments().value(1) : command0;
        if (topic.isEmpty() || (topic == u"help"_s && command0 != u"help"_s)) {
            out << overviewHelp();
            return Ok;
        }
        const CommandHelp *c = findCommand(topic);
        if (!c)
            return complain(io, Usage, u"no command \"%1\"; see xynapctl --help"_s.arg(topic));
        out << commandHelp(*c);
        return Ok;
    }
    if (!command0.isEmpty() && !findCommand(command0))
        return complain(io, Usage, u"unknown command \"%1\"; see xynapctl --help"_s.arg(command0));
    // An option of another command is a mistake, not something to ignore silently.
    for (const QString &name : parser.optionNames()) {
        const OptionHelp *o = findOption(name);
        if (o && !o->commands.isEmpty() && !o->commands.contains(command0))
            return complain(io, Usage,
                u"%1%2 is not an option of %3; see xynapctl help %3"_s.arg(
                    name.size() == 1 ? u"-"_s : u"--"_s, name,
                    command0.isEmpty() ? u"xynapctl"_s : command0));
        if (o && !o->repeatable && parser.values(name).size() > 1 && !o->valueName.isEmpty())
            return complain(io, Usage, u"--%1 given twice"_s.arg(o->names.constLast()));
    }
    int deadlineOverrideMs = 0;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 86'400)
            return complain(io, Usage,
                u"--timeout: \"%1\" is not a number of seconds (1-86400)"_s.arg(
                    parser.value(u"timeout"_s)));
        deadlineOverrideMs = seconds * 1000;
    }
    const auto deadline = [deadlineOverrideMs](int defaultMs) {
        return deadlineOverrideMs > 0 ? deadlineOverrideMs : defaultMs;
    };
    const QString profile = u"profile"_s, api = u"api"_s, esl = u"esl"_s, json = u"json"_s,
                  caFile = u"ca-file"_s, pin = u"pin"_s, insecure = u"allow-insecure-http"_s;

    Target target;
    target.catalog = ProviderCatalog::builtIn();
    if (parser.isSet(profile) && command0 != u"profile"_s) {
        QSettings settings;
        platform::ProfileStore store(&settings);
        const auto p = store.find(parser.value(profile));
        if (!p && command0 != u"token"_s) // a token may be stored before its profile exists
            return complain(
                io, Usage, u"no connection profile named \"%1\""_s.arg(parser.value(profile)));
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
            return complain(io, DataError, u"CA file: %1"_s.arg(problem->detail));
        return complain(io, Usage, u"pin: %1"_s.arg(problem->detail));
    }
    if (parser.isSet(api)) {
        target.apiUrl = QUrl(parser.value(api));
        if (!platform::ConnectionRules::isHttpUrl(target.apiUrl))
            return complain(
                io, Usage, u"--api: \"%1\" is not an http(s) URL"_s.arg(parser.value(api)));
    }
    if (parser.isSet(insecure))
        target.allowInsecure = true;
    if (parser.isSet(esl)) {
        target.esl.clear();
        for (const QString &value : parser.values(esl)) {
            const auto endpoint = platform::EslEndpoint::parse(value);
            if (!endpoint)
                return complain(io, Usage, u"--esl: \"%1\" is not HOST:PORT"_s.arg(value));
            target.esl.append(*endpoint);
        }
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    target.profile = parser.value(profile);
    target.eslPasswordOverride = platform::ConnectionRules::eslPasswordFromEnvironment();
    if (command == u"token"_s)
        return tokenCommand(args, target, parser.isSet(u"esl-password"_s), io);
    if (command == u"profile"_s)
        return profileCommand(args, target, io);
    const bool usesEventSocket = command == u"status"_s || command == u"check"_s
        || command == u"watch"_s || command == u"reload"_s || command == u"coverage"_s
        || command == u"lint"_s;
    const bool usesApi = command == u"trunks"_s || command == u"lint"_s || command == u"check"_s
        || command == u"watch"_s || command == u"reload"_s || command == u"status"_s;
    if (usesEventSocket || usesApi) {
        const platform::Credentials secrets = findSecrets(target, usesApi, usesEventSocket, io);
        target.token = secrets.token;
        for (qsizetype i = 0; i < secrets.eslPasswords.size() && i < target.esl.size(); ++i)
            target.eslPasswords.insert(target.esl.at(i).toString(), secrets.eslPasswords.at(i));
    }

    if (command == u"trunks"_s)
        return TrunksCommand(target, io, args, parser.isSet(json)).run(deadline(ApiDeadlineMs));
    if (command == u"coverage"_s)
        return CoverageRunCommand(target, io,
            {parser.value(u"ufw"_s), parser.value(u"ufw6"_s), parser.value(u"acl"_s),
                parser.isSet(json)})
            .run(deadline(EslDeadlineMs));
    if (command == u"check"_s) {
        CheckCommand::Options options;
        options.gateways = parser.values(u"gateway"_s);
        options.nodes = parser.values(u"node"_s);
        options.configCheck = !parser.isSet(u"no-config-check"_s);
        for (const QString &name : {u"warning"_s, u"critical"_s}) {
            if (!parser.isSet(name))
                continue;
            const auto range = Threshold::parse(parser.value(name));
            if (!range)
                return complain(io, Usage,
                    u"--%1: \"%2\" is not a range (N, N:, ~:N, M:N or @M:N)"_s.arg(
                        name, parser.value(name)));
            (name == u"warning"_s ? options.warning : options.critical) = *range;
        }
        return CheckCommand(target, io, options).run(deadline(EslDeadlineMs));
    }
    if (command == u"status"_s)
        return StatusCommand(target, io, parser.isSet(json)).run(deadline(EslDeadlineMs));
    if (command == u"watch"_s)
        return WatchCommand(target, io).run(deadline(0));
    if (command == u"reload"_s) {
        ReloadCommand::Options options;
        options.sofiaProfile = parser.value(u"sofia-profile"_s);
        if (parser.values(u"gateway"_s).size() > 1)
            return complain(io, Usage, u"reload applies one --gateway at a time"_s);
        options.gateway = parser.value(u"gateway"_s);
        options.restart = parser.isSet(u"restart"_s);
        options.yes = parser.isSet(u"yes"_s);
        ReloadCommand reload(target, io, options);
        return reload.run(deadline(reload.deadlineMs()));
    }
    if (command == u"lint"_s)
        return LintCommand(target, io,
            {parser.value(u"file"_s), parser.value(u"ufw"_s), parser.value(u"ufw6"_s),
                parser.value(u"acl"_s), parser.isSet(json)})
            .run(deadline(ApiDeadlineMs));
    return complain(io, Usage, u"no command given; see xynapctl --help"_s);
}
