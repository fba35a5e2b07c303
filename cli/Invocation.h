#pragma once

#include "cli/Cli.h"

#include <QCommandLineParser>
#include <QStringList>

namespace xynap::cli {

// Default deadlines: enough for a slow node, never forever.
inline constexpr int ApiDeadlineMs = 60'000;
inline constexpr int EslDeadlineMs = 30'000;

// The secrets a command needs looked up before it runs (TargetBuilder::findSecrets).
struct Secrets {
    bool apiToken = false;
    bool eslPasswords = false;
};

// One run of one command, as main() hands it over: the parsed command line (every option of
// every command is known to the parser; main() has refused those of other commands), the
// command's arguments, the target with its secrets, and where the words go.
struct Invocation {
    const QCommandLineParser &parser;
    QStringList arguments; // the positional ones, the command's name first: {"trunks", "get", "3"}
    Target target;
    Io io;
    int deadlineOverrideMs = 0; // -t/--timeout; 0: the command's default

    int deadline(int defaultMs) const
    {
        return deadlineOverrideMs > 0 ? deadlineOverrideMs : defaultMs;
    }
};

} // namespace xynap::cli
