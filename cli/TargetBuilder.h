#pragma once

#include "cli/Cli.h"

#include <QCommandLineParser>
#include <QSettings>

namespace xynap::cli {

// What a command talks to, from the command line and the saved connection profile: --profile
// NAME gives the Platform API, the Event Socket nodes and the trust settings; --api, --esl,
// --ca-file, --pin and --allow-insecure-http override them. Then the secrets, found as the
// console finds them (XYNAP_TOKEN / XYNAP_ESL_PASSWORD, the profile's keychain entries,
// FreeSWITCH's default password).
class TargetBuilder final {
public:
    // How a command uses --profile: the connection (a profile that does not exist is a usage
    // error), a name that may not be saved yet (`token set` before `profile add`), or not at all
    // (`profile` names its profile as an argument).
    enum class ProfileUse { Connect, NameOnly, Ignore };

    struct Result {
        Target target;
        int code = Ok; // Usage or DataError when the command line cannot be used
        QString error; // what is wrong, naming the option
        bool ok() const { return code == Ok; }
    };

    // `settings` holds the saved profiles (the console's own settings in xynapctl).
    [[nodiscard]] static Result fromCommandLine(
        const QCommandLineParser &parser, ProfileUse use, QSettings &settings);

    // Looks the token (wantToken) and the nodes' Event Socket passwords (wantEsl) up and puts
    // them into the target; says on io.err what it could not read from the keychain and which
    // token it uses when the environment had a say. Waits for the keychain.
    static void findSecrets(Target &target, bool wantToken, bool wantEsl, Io io);
};

} // namespace xynap::cli
