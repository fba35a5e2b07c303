#include "cli/TokenCommand.h"

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

CommandHelp TokenCommand::help()
{
    return {u"token"_s, u"set | clear | status --profile NAME [--esl-password]"_s,
        u"the profile's secrets in the system keychain"_s,
        u"The API token, or with --esl-password the Event Socket password of each of the "
        "profile's nodes. set reads the secret from standard input, never from the command "
        "line. status exits 1 when a secret is not stored.\n\n"
        "Exit 0; 1 (status) not stored; 64 without --profile; 69 when the keychain cannot "
        "be used."_s};
}

int TokenCommand::execute(const Invocation &in)
{
    const QStringList &args = in.arguments;
    const Target &target = in.target;
    const bool eslPassword = in.parser.isSet(u"esl-password"_s);
    const Io io = in.io;
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

} // namespace xynap::cli
