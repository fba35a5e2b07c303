#pragma once

#include "cli/Help.h"
#include "cli/Invocation.h"
#include "cli/TargetBuilder.h"

namespace xynap::cli {

// `xynapctl profile list | add NAME --api URL [--esl H:P]… | remove NAME`: the connection
// profiles the console and xynapctl share; remove takes the profile's secrets out of the
// keychain too. NAME is an argument: --profile is not read.
class ProfileCommand final {
public:
    static constexpr TargetBuilder::ProfileUse profileUse = TargetBuilder::ProfileUse::Ignore;
    static CommandHelp help();
    static int execute(const Invocation &invocation);
};

} // namespace xynap::cli
