#pragma once

#include "cli/Help.h"
#include "cli/Invocation.h"
#include "cli/TargetBuilder.h"

namespace xynap::cli {

// `xynapctl help [COMMAND]`, also `xynapctl [COMMAND] --help`: the overview, or a command's
// arguments and options (Help.h renders both).
class HelpCommand final {
public:
    static constexpr TargetBuilder::ProfileUse profileUse = TargetBuilder::ProfileUse::Ignore;
    static CommandHelp help();
    static int execute(const Invocation &invocation);
    // The help of the command `topic` ("": the overview) on io.out; 64 for no such command.
    static int show(const QString &topic, Io io);
};

} // namespace xynap::cli
