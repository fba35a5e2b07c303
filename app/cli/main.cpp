// xynapctl: the console's core from a shell. Every command lives in app/cli (one per file) and
// runs once, asynchronously, with its own deadline; this file reads the command line, finds the
// secrets and starts the command. Exit codes are listed in `xynapctl --help`.
#include "cli/CheckCommand.h"
#include "cli/CoverageRunCommand.h"
#include "cli/LintCommand.h"
#include "cli/ReloadCommand.h"
#include "cli/SecretCommands.h"
#include "cli/StatusCommand.h"
#include "cli/TrunksCommand.h"
#include "cli/WatchCommand.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionProfile.h"
#include "platform/ProcessHardening.h"
#include "platform/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::cli;

namespace {

// The API token: XYNAP_TOKEN wins, then the keychain entry of the connection profile.
QString apiToken(const QString &profileName, Io io)
{
    const QString env = qEnvironmentVariable("XYNAP_TOKEN");
    if (!env.isEmpty() || profileName.isEmpty())
        return env;
    const platform::SecretResult r = keychain(
        [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
            s.read(platform::SecretStore::apiTokenKey(profileName), ctx, std::move(done));
        });
    if (!r.ok() && r.status != platform::SecretResult::Status::NotFound)
        complain(io, Ok, u"keychain: %1"_s.arg(r.error));
    return r.ok() ? r.secret : QString();
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"xynapctl — the xynap console from a shell.\n\n"
        "Commands:\n"
        "  trunks list | get ID | export trunks from the Platform API (export: with ETags)\n"
        "  trunks apply FILE             send an exported file back with If-Match: a trunk "
        "changed\n"
        "                                since the export is refused, nothing is overwritten\n"
        "  status                        gateway states from every Event Socket\n"
        "  check                         monitoring-plugin check of every gateway (0/1/2/3)\n"
        "  watch                         live gateway transitions, one line each\n"
        "  reload --sofia-profile P [--gateway G] [--restart --yes]\n"
        "                                apply a saved trunk without dropping calls\n"
        "  coverage --ufw FILE [--ufw6 FILE] [--acl FILE | --esl H:P]\n"
        "                                firewall and ACL coverage of the provider ranges\n"
        "                                (exit 0 clean, 1 warnings, 2 errors)\n"
        "  lint [--file FILE] [--ufw FILE] [--ufw6 FILE] [--acl FILE]\n"
        "                                misconfigurations of the trunks, the firewall and the\n"
        "                                ACL, from the API and Event Socket or from files\n"
        "                                (exit 0 clean, 1 warnings, 2 errors)\n"
        "  profile list | add NAME --api URL [--esl H:P]... [--ca-file F] [--pin P]\n"
        "                                [--allow-insecure-http] | remove NAME\n"
        "  token set|clear|status --profile NAME [--esl-password]\n"
        "                                the API token (or the Event Socket password of the\n"
        "                                profile's nodes) in the system keychain; set reads it\n"
        "                                from standard input\n\n"
        "Secrets never go on the command line: the API token comes from XYNAP_TOKEN or the\n"
        "keychain entry of --profile, the Event Socket password from XYNAP_ESL_PASSWORD or\n"
        "the profile's keychain entry for the node (default ClueCon). HTTPS trusts the\n"
        "system's CAs, plus --ca-file, or a --pin of the server's key (both kept by\n"
        "profile add).\n\n"
        "Exit codes: 0 ok, 1 warning, 2 critical, 3 unknown, 64 usage, 65 bad data,\n"
        "69 platform unavailable, 77 not permitted."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, u"Saved connection profile."_s, u"NAME"_s);
    const QCommandLineOption api(u"api"_s, u"Platform API base URL."_s, u"URL"_s);
    const QCommandLineOption esl(
        u"esl"_s, u"Event Socket HOST:PORT (repeatable)."_s, u"HOST:PORT"_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    const QCommandLineOption fileOption(u"file"_s,
        u"lint: read trunks (and profiles) from a JSON file instead of the API."_s, u"FILE"_s);
    const QCommandLineOption sofiaProfile(
        u"sofia-profile"_s, u"reload: the Sofia profile (e.g. internal)."_s, u"P"_s);
    const QCommandLineOption gatewayOption(
        u"gateway"_s, u"reload: apply this gateway (killgw + rescan)."_s, u"G"_s);
    const QCommandLineOption restartOption(
        u"restart"_s, u"reload: restart the profile (drops its calls; needs --yes)."_s);
    const QCommandLineOption yesOption(u"yes"_s, u"Confirm a disruptive action."_s);
    const QCommandLineOption ufwOption(u"ufw"_s,
        u"coverage, lint: UFW rules (user.rules, `ufw status numbered` or `ufw show added`)."_s,
        u"FILE"_s);
    const QCommandLineOption ufw6Option(
        u"ufw6"_s, u"coverage, lint: user6.rules, read together with --ufw."_s, u"FILE"_s);
    const QCommandLineOption aclOption(u"acl"_s,
        u"coverage, lint: FreeSWITCH acl.conf.xml (otherwise the live ACL over --esl)."_s,
        u"FILE"_s);
    const QCommandLineOption insecure(
        u"allow-insecure-http"_s, u"Allow plain HTTP to a host other than loopback."_s);
    const QCommandLineOption caFile(u"ca-file"_s,
        u"Trust the Platform API's certificate through this CA (PEM or DER)."_s, u"FILE"_s);
    const QCommandLineOption pin(u"pin"_s,
        u"The Platform API's public-key pin: SHA-256 of its SubjectPublicKeyInfo, base64."_s,
        u"SHA256"_s);
    const QCommandLineOption eslPasswordOption(u"esl-password"_s,
        u"token: the Event Socket password of the profile's nodes (or of --esl) instead of the "
        "API token."_s);
    parser.addOptions(
        {profile, api, esl, json, insecure, caFile, pin, fileOption, sofiaProfile, gatewayOption,
            restartOption, yesOption, ufwOption, ufw6Option, aclOption, eslPasswordOption});
    parser.addPositionalArgument(u"command"_s, u"trunks, status, profile"_s);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Io io {out, err};
    Target target;
    const QString command0 = parser.positionalArguments().value(0);
    if (parser.isSet(profile) && command0 != u"profile"_s) {
        QSettings settings;
        platform::ProfileStore store(&settings);
        const auto p = store.find(parser.value(profile));
        if (!p && command0 != u"token"_s) // a token may be stored before its profile exists
            return complain(io, Usage, u"no connection profile named \"%1\""_s.arg(parser.value(profile)));
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
    {
        platform::ApiClient check;
        QString error;
        if (!check.setCaFile(target.caFile, &error))
            return complain(io, DataError, u"CA file: %1"_s.arg(error));
        if (!check.setPublicKeyPin(target.publicKeyPin, &error))
            return complain(io, Usage, u"pin: %1"_s.arg(error));
    }
    if (parser.isSet(api)) {
        target.apiUrl = QUrl(parser.value(api));
        if (!target.apiUrl.isValid()
            || (target.apiUrl.scheme() != u"http"_s && target.apiUrl.scheme() != u"https"_s))
            return complain(io, Usage, u"--api: \"%1\" is not an http(s) URL"_s.arg(parser.value(api)));
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
    target.eslPasswordOverride = qEnvironmentVariable("XYNAP_ESL_PASSWORD");
    if (command == u"token"_s)
        return tokenCommand(args, target, parser.isSet(eslPasswordOption), io);
    if (command == u"profile"_s)
        return profileCommand(args, target, io);
    const bool usesEventSocket = command == u"status"_s || command == u"check"_s
        || command == u"watch"_s || command == u"reload"_s || command == u"coverage"_s
        || command == u"lint"_s;
    if (usesEventSocket && !target.profile.isEmpty() && target.eslPasswordOverride.isEmpty()) {
        for (const platform::EslEndpoint &e : std::as_const(target.esl)) {
            const QString key = platform::SecretStore::eslPasswordKey(target.profile, e.toString());
            const platform::SecretResult r = keychain(
                [&key](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.read(key, ctx, std::move(done));
                });
            if (r.ok())
                target.eslPasswords.insert(e.toString(), r.secret);
            else if (r.status != platform::SecretResult::Status::NotFound)
                complain(io, Ok, u"keychain: %1"_s.arg(r.error));
        }
    }
    if (command == u"trunks"_s || command == u"lint"_s || command == u"check"_s
        || command == u"watch"_s || command == u"reload"_s || command == u"status"_s)
        target.token = apiToken(target.profile, io);

    if (command == u"trunks"_s)
        return TrunksCommand(target, io, args, parser.isSet(json)).run(ApiDeadlineMs);
    if (command == u"coverage"_s)
        return CoverageRunCommand(target, io,
            {parser.value(ufwOption), parser.value(ufw6Option), parser.value(aclOption),
                parser.isSet(json)})
            .run(EslDeadlineMs);
    if (command == u"check"_s)
        return CheckCommand(target, io).run(EslDeadlineMs);
    if (command == u"status"_s)
        return StatusCommand(target, io, parser.isSet(json)).run(EslDeadlineMs);
    if (command == u"watch"_s)
        return WatchCommand(target, io).run(0);
    if (command == u"reload"_s) {
        ReloadCommand::Options options;
        options.sofiaProfile = parser.value(sofiaProfile);
        options.gateway = parser.value(gatewayOption);
        options.restart = parser.isSet(restartOption);
        options.yes = parser.isSet(yesOption);
        ReloadCommand reload(target, io, options);
        return reload.run(reload.deadlineMs());
    }
    if (command == u"lint"_s)
        return LintCommand(target, io,
            {parser.value(fileOption), parser.value(ufwOption), parser.value(ufw6Option),
                parser.value(aclOption), parser.isSet(json)})
            .run(ApiDeadlineMs);
    if (command.isEmpty())
        return complain(io, Usage, u"no command given; see xynapctl --help"_s);
    return complain(io, Usage, u"unknown command \"%1\"; see xynapctl --help"_s.arg(command));
}
