#include "cli/Commands.h"

#include "cli/CheckCommand.h"
#include "cli/CoverageCommand.h"
#include "cli/HelpCommand.h"
#include "cli/LintCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/ReloadCommand.h"
#include "cli/ServeCommand.h"
#include "cli/StatusCommand.h"
#include "cli/TokenCommand.h"
#include "cli/TrunksCommand.h"
#include "cli/WatchCommand.h"

namespace xynap::cli {

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> list {
        commandEntry<TrunksCommand>(),
        commandEntry<StatusCommand>(),
        commandEntry<CheckCommand>(),
        commandEntry<WatchCommand>(),
        commandEntry<ServeCommand>(),
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
