#include "Commands.h"

#include "CheckCommand.h"
#include "CoverageCommand.h"
#include "HelpCommand.h"
#include "LintCommand.h"
#include "ProfileCommand.h"
#include "ReloadCommand.h"
#include "StatusCommand.h"
#include "TokenCommand.h"
#include "TrunksCommand.h"
#include "WatchCommand.h"

namespace xynap::cli {

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> list {
        commandEntry<TrunksCommand>(),
        commandEntry<StatusCommand>(),
        commandEntry<CheckCommand>(),
        commandEntry<WatchCommand>(),
        commandEntry<ReloadCommand>(),
        commandEntry<LintCommand>(),
        commandEntry<CoverageCommand>(),
        commandEntry<ProfileCommand>(),
        commandEntry<TokenCommand>(),
        commandEntry<HelpCommand>(),
    };
    return list;
}

const CommandEntry *findCommandEntry(const QString &name)
{
    for (const CommandEntry &c : commands())
        if (c.help.name == name)
            return &c;
    return nullptr;
}

} // namespace xynap::cli
