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

// Runs one keychain operation and waits for it (the CLI has nothing else to do meanwhile).
platform::SecretResult keychain(
    const std::function<void(platform::SecretStore &, QObject *, platform::SecretStore::Callback)>
        &op)
{
    platform::SecretStore store;
    platform::SecretResult result;
    QEventLoop loop;
    bool done = false;
    // Started from inside the loop: a job that answers at once cannot end it before it runs.
    QTimer::singleShot(0, &loop, [&] {
        op(store, &loop, [&](const platform::SecretResult &r) {
            result = r;
            done = true;
            loop.quit();
        });
    });
    loop.exec();
    Q_ASSERT(done);
    return result;
}

int tokenCommand(const QStringList &args, const Target &target, bool eslPassword, Io io)
{
    const QString sub = args.value(1);
    const QString profileName = target.profile;
    if (profileName.isEmpty())
        return complain(io, Usage, u"token %1 needs --profile NAME"_s.arg(sub));
    // Each secret: its keychain key and how to name it.
    QList<std::pair<QString, QString>> secrets;
    if (eslPassword) {
        if (target.esl.isEmpty())
            return complain(io, Usage,
                u"token --esl-password: profile %1 has no Event Socket; give --esl HOST:PORT"_s.arg(
                    profileName));
        for (const platform::EslEndpoint &e : target.esl)
            secrets.append({platform::SecretStore::eslPasswordKey(profileName, e.toString()),
                u"the Event Socket password for %1"_s.arg(e.toString())});
    } else {
        secrets.append({platform::SecretStore::apiTokenKey(profileName), u"the API token"_s});
    }
    if (sub == u"set"_s) {
        // From standard input, never from the command line where other users can read it: one
        // line, at most MaxSecretBytes (not /dev/zero read until memory runs out).
        QFile in;
        if (!in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered))
            return complain(io, Usage, u"token set: standard input cannot be read"_s);
        // Byte by byte up to the first line break (a NUL too: no fgets), a pipe in pieces.
        QByteArray line;
        qsizetype newline = -1;
        while (line.size() <= MaxSecretBytes && newline < 0) {
            const QByteArray piece = in.read(MaxSecretBytes + 1 - line.size());
            if (piece.isEmpty())
                break; // the end of the input
            newline = piece.indexOf('\n');
            line += newline < 0 ? piece : piece.left(newline);
        }
        if (line.size() > MaxSecretBytes)
            return complain(io, Usage,
                u"token set: the secret is longer than %1 bytes: nothing stored"_s.arg(
                    MaxSecretBytes));
        // Every byte, a NUL too (the QByteArray overload would stop there).
        const QString secret = QString::fromUtf8(line.constData(), line.size()).trimmed();
        if (secret.isEmpty())
            return complain(
                io, Usage, u"token set reads the secret from standard input; got nothing"_s);
        // It goes into an HTTP header or the Event Socket's auth line: no control character.
        if (!platform::ApiClient::isValidHeaderValue(secret))
            return complain(io, Usage,
                u"token set: the secret holds a control character or a non-ASCII character: "
                "nothing stored"_s);
        for (const auto &entry : std::as_const(secrets)) {
            // Plain names: clang 14 cannot capture a structured binding in a lambda.
            const QString key = entry.first;
            const QString what = entry.second;
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.write(key, secret, ctx, std::move(done));
                });
            if (!r.ok())
                return complain(io, Unavailable, u"%1 was not stored: %2"_s.arg(what, r.error));
            io.out << u"%1 stored in the keychain for profile %2\n"_s.arg(what, profileName);
        }
        return Ok;
    }
    if (sub == u"clear"_s) {
        for (const auto &entry : std::as_const(secrets)) {
            // Plain names: clang 14 cannot capture a structured binding in a lambda.
            const QString key = entry.first;
            const QString what = entry.second;
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.remove(key, ctx, std::move(done));
                });
            if (!r.ok())
                return complain(io, Unavailable, u"%1 was not removed: %2"_s.arg(what, r.error));
            io.out << u"%1 removed for profile %2\n"_s.arg(what, profileName);
        }
        return Ok;
    }
    if (sub == u"status"_s) {
        int code = Ok;
        for (const auto &entry : std::as_const(secrets)) {
            // Plain names: clang 14 cannot capture a structured binding in a lambda.
            const QString key = entry.first;
            const QString what = entry.second;
            const platform::SecretResult r = keychain(
                [&](platform::SecretStore &s, QObject *ctx, platform::SecretStore::Callback done) {
                    s.read(key, ctx, std::move(done));
                });
            switch (r.status) {
            case platform::SecretResult::Status::Ok:
                io.out << u"profile %1: %2 is stored in the keychain\n"_s.arg(profileName, what);
                break;
            case platform::SecretResult::Status::NotFound:
                io.out << u"profile %1: %2 is not stored\n"_s.arg(profileName, what);
                code = std::max(code, int(Warning));
                break;
            default:
                return complain(io, Unavailable, u"the keychain cannot be read: %1"_s.arg(r.error));
            }
        }
        return code;
    }
    return complain(io, Usage,
        u"usage: xynapctl token set|clear|status --profile NAME [--esl-password [--esl H:P]]"_s);
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

int profileCommand(const QStringList &args, const Target &target, Io io)
{
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
