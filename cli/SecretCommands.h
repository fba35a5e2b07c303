#pragma once

#include "cli/Cli.h"
#include "platform/SecretStore.h"

#include <QStringList>
#include <functional>

namespace xynap::cli {

// The longest secret `token set` reads from standard input (as a secret file: 64 KiB).
inline constexpr qsizetype MaxSecretBytes = 64 * 1024;

// Runs one keychain operation to its end (the SecretStore job has its own timeout).
platform::SecretResult keychain(
    const std::function<void(platform::SecretStore &, QObject *, platform::SecretStore::Callback)>
        &op);

// `xynapctl token set|clear|status --profile NAME [--esl-password]`: the API token, or the Event
// Socket password of each of the profile's nodes, in the system keychain (set reads standard
// input, never the command line).
int tokenCommand(const QStringList &args, const Target &target, bool eslPassword, Io io);

// `xynapctl profile list | add NAME --api URL [--esl H:P]… | remove NAME`.
int profileCommand(const QStringList &args, const Target &target, Io io);

} // namespace xynap::cli
