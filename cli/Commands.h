#pragma once

#include "cli/Help.h"
#include "cli/Invocation.h"
#include "cli/TargetBuilder.h"

#include <QList>

namespace xynap::cli {

// xynapctl's commands, one class each (TrunksCommand, StatusCommand, …, TokenCommand,
// ProfileCommand, HelpCommand). A command class says, as static members:
//   static CommandHelp help();                               name, arguments, summary, description
//   static int execute(const Invocation &);                  reads its options, runs, exit code
// and, where it needs them:
//   static Secrets secrets(const QCommandLineParser &);      the token, the Event Socket passwords
//   static constexpr TargetBuilder::ProfileUse profileUse;   how --profile is read (Connect)
// Its options are those of the option table (Help.cpp) that name it. main() looks the command
// up in commands() and runs it; a new command is its class and one line in Commands.cpp.

struct CommandEntry {
    CommandHelp help;
    TargetBuilder::ProfileUse profileUse = TargetBuilder::ProfileUse::Connect;
    Secrets (*secrets)(const QCommandLineParser &) = nullptr; // null: none
    int (*execute)(const Invocation &) = nullptr;
};

// Every command, in the order `xynapctl --help` lists them.
const QList<CommandEntry> &commands();
const CommandEntry *findCommandEntry(const QString &name);

template<typename C>
CommandEntry commandEntry()
{
    CommandEntry entry;
    entry.help = C::help();
    entry.execute = &C::execute;
    if constexpr (requires { C::secrets(std::declval<const QCommandLineParser &>()); })
        entry.secrets = &C::secrets;
    if constexpr (requires { C::profileUse; })
        entry.profileUse = C::profileUse;
    return entry;
}

} // namespace xynap::cli
