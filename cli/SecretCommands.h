#pragma once

#include "cli/Cli.h"
#include "platform/SecretStore.h"

#include <QStringList>
#include <functional>

namespace xynap::cli {

// The keychain as `token` and `profile` (TokenCommand, ProfileCommand) use it.

// The longest secret `token set` reads from standard input (as a secret file: 64 KiB).
inline constexpr qsizetype MaxSecretBytes = qsizetype(64) * 1024;

// Runs one keychain operation to its end (the SecretStore job has its own timeout).
platform::SecretResult keychain(
    const std::function<void(platform::SecretStore &, QObject *, platform::SecretStore::Callback)>
        &op);

} // namespace xynap::cli
