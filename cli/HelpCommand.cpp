#include "cli/HelpCommand.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

CommandHelp HelpCommand::help()
{
    return {u"help"_s, u"[COMMAND]"_s, u"this overview, or a command's arguments and options"_s,
        u"The same as `xynapctl COMMAND --help`."_s};
}

int HelpCommand::execute(const Invocation &in)
{
    return show(in.arguments.value(1), in.io);
}

int HelpCommand::show(const QString &topic, Io io)
{
    if (topic.isEmpty()) {
        io.out << overviewHelp();
        return Ok;
    }
    const CommandHelp *c = findCommand(topic);
    if (!c)
        return complain(io, Usage, u"no command \"%1\"; see xynapctl --help"_s.arg(topic));
    io.out << commandHelp(*c);
    return Ok;
}

} // namespace xynap::cli
