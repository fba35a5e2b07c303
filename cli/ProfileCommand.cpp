#include "cli/ProfileCommand.h"

#include "cli/SecretCommands.h"
#include "model/SofiaNames.h"
#include "model/TextSafety.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionRules.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QTimer>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace xynap::cli {

CommandHelp ProfileCommand::help()
{
    return {u"profile"_s, u"list | add NAME --api URL [--esl HOST:PORT]... | remove NAME"_s,
        u"the saved connection profiles"_s,
        u"add keeps --api, --esl, --ca-file, --pin and --allow-insecure-http under NAME; the "
        "console uses the same profiles. remove also removes the profile's API token and "
        "Event Socket passwords from the keychain and says so.\n\n"
        "Exit 0; 64 for a missing or unknown NAME; 69 when the keychain could not remove a "
        "secret (the profile is removed all the same)."_s};
}

namespace {
// A removed profile's secrets: the API token and each node's Event Socket password. Each one is
// named, removed or not stored; a keychain that cannot remove them is said (exit 69), the
// profile stays removed.
int removeSecrets(const platform::ConnectionProfile &profile, Io io)
{
    QList<std::pair<QString, QString>> secrets {
        {platform::SecretStore::apiTokenKey(profile.name), u"the API token"_s}};
    for (const platform::EslEndpoint &e : profile.eslEndpoints)
        secrets.append({platform::SecretStore::eslPasswordKey(profile.name, e.toString()),
            u"the Event Socket password for %1"_s.arg(e.toString())});
    for (const auto &entry : std::as_const(secrets)) {
        const QString key = entry.first;
        const QString what = entry.second;
        const platform::SecretResult stored = keychain(
            [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                s.read(key, ctx, std::move(done));
            });
        if (stored.status == platform::SecretResult::Status::NotFound) {
            io.out << u"%1 was not stored in the keychain\n"_s.arg(what);
            continue;
        }
        if (stored.status == platform::SecretResult::Status::Unavailable) {
            // No Secret Service here: nothing can have been stored in it.
            io.out << u"no keychain here (%1): no secret to remove\n"_s.arg(stored.error);
            return Ok;
        }
        const platform::SecretResult r = stored.ok()
            ? keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.remove(key, ctx, std::move(done));
                })
            : stored;
        if (!r.ok())
            return complain(io, Unavailable,
                u"%1 was not removed from the keychain: %2 (try again: xynapctl token clear "
                "--profile %3)"_s.arg(what, r.error, profile.name));
        io.out << u"%1 removed from the keychain\n"_s.arg(what);
    }
    return Ok;
}
} // namespace

int ProfileCommand::execute(const Invocation &in)
{
    const QStringList &args = in.arguments;
    const Target &target = in.target;
    const Io io = in.io;
    QSettings settings;
    platform::ProfileStore store(&settings);
    const QString sub = args.value(1, u"list"_s);
    if (sub == u"list"_s) {
        for (const platform::ConnectionProfile &p : store.profiles()) {
            QStringList esl;
            for (const platform::EslEndpoint &e : p.eslEndpoints)
                esl.append(e.toString());
            // Read by the shell completion: a name stored before names were checked, or written
            // into the settings by hand, is printed escaped, never raw.
            io.out << terminalSafe(p.name) << u"  "_s << terminalSafe(p.apiUrl.toString())
                   << u"  esl: "_s << terminalSafe(esl.join(u", "_s));
            if (!p.caFile.isEmpty())
                io.out << u"  ca: "_s << terminalSafe(p.caFile);
            if (!p.publicKeyPin.isEmpty())
                io.out << u"  pin: "_s << terminalSafe(p.publicKeyPin);
            if (p.allowInsecureHttp)
                io.out << u"  PLAIN HTTP ALLOWED"_s;
            io.out << u'\n';
        }
        return Ok;
    }
    const QString profileName = args.value(2);
    if (profileName.isEmpty())
        return complain(io, Usage,
            u"usage: xynapctl profile add NAME --api URL [--esl HOST:PORT]… | profile remove NAME"_s);
    if (sub == u"add"_s) {
        if (target.apiUrl.isEmpty())
            return complain(io, Usage, u"profile add needs --api URL"_s);
        const platform::ConnectionProfile profile {profileName, target.apiUrl, target.esl,
            target.allowInsecure, target.caFile, target.publicKeyPin};
        // The console's connect dialog saves by the same rules.
        if (const auto problem = platform::ConnectionRules::check(profile)) {
            using Kind = platform::ProfileProblem::Kind;
            switch (problem->kind) {
            case Kind::NameHasSlash:
                return complain(io, Usage, u"\"/\" cannot be part of a profile name"_s);
            case Kind::NameInvalid:
                return complain(
                    io, Usage, u"not a profile name: 1-128 of letters, digits, '_', '.', '-'"_s);
            case Kind::PlainHttpRefused:
                return complain(io, Usage,
                    u"plain HTTP to %1 is refused: use https://, or --allow-insecure-http"_s.arg(
                        problem->detail));
            default: // name and URL were checked with the command line, as were CA file and pin
                return complain(io, Usage, u"profile add: %1"_s.arg(problem->detail));
            }
        }
        store.save(profile);
        io.out << u"profile %1 saved\n"_s.arg(profileName);
        return Ok;
    }
    if (sub == u"remove"_s) {
        const auto profile = store.find(profileName);
        if (!profile || !store.remove(profileName))
            return complain(io, Usage, u"no connection profile named \"%1\""_s.arg(profileName));
        io.out << u"profile %1 removed\n"_s.arg(profileName);
        return removeSecrets(*profile, io);
    }
    return complain(io, Usage, u"usage: xynapctl profile list|add|remove"_s);
}

} // namespace xynap::cli
