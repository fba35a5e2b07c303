#pragma once

#include "cli/Help.h"
#include "cli/Invocation.h"
#include "cli/TargetBuilder.h"

namespace xynap::cli {

// `xynapctl token set|clear|status --profile NAME [--esl-password]`: the API token, or the Event
// Socket password of each of the profile's nodes, in the system keychain (set reads standard
// input, never the command line). The profile need not be saved yet.
class TokenCommand final {
public:
    static constexpr TargetBuilder::ProfileUse profileUse = TargetBuilder::ProfileUse::NameOnly;
    static CommandHelp help();
    static int execute(const Invocation &invocation);
};

} // namespace xynap::cli
