// xynapctl: the console's core from a shell. Every command is a class in cli/, listed once in
// cli::commands() (Commands.cpp); this file reads the command line, looks the command up, builds
// its target (cli::TargetBuilder), finds the secrets it needs and runs it. The help, options and
// exit codes are in cli/Help.cpp and the command classes.
#include "cli/Commands.h"
#include "cli/HelpCommand.h"
#include "platform/CommandLine.h"
#include "platform/ProcessHardening.h"
#include "platform/ProcessMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::cli;

int main(int argc, char *argv[])
{
    // xynapctl holds API tokens and Event Socket passwords: no core dump may keep them.
    platform::disableCoreDumps();
    platform::returnBigBlocksToTheSystem();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"xynap"_s);
    QCoreApplication::setApplicationName(u"xynap-console"_s); // the GUI's settings: same profiles
    QCoreApplication::setApplicationVersion(QStringLiteral(XYNAP_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io {out, err};
    io.colour = colourWanted(::isatty(STDOUT_FILENO) == 1, qgetenv("NO_COLOR"), qgetenv("TERM"));

    // The options come from one table (cli/Help.cpp), as do --help, `help COMMAND` and the man
    // page. parse(), not process(): a usage error exits 64 and names xynapctl, not the settings'
    // application name.
    QCommandLineParser parser;
    for (const OptionHelp &o : optionTable())
        parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
    parser.addPositionalArgument(u"command"_s, u"trunks, status, check, …"_s);
    if (!parser.parse(QCoreApplication::arguments()))
        return complain(
            io, Usage, u"%1; see xynapctl --help"_s.arg(platform::usageErrorText(parser)));
    const QStringList args = parser.positionalArguments();
    const QString name = args.value(0);
    if (parser.isSet(u"version"_s)) {
        out << versionText();
        return Ok;
    }
    if (parser.isSet(u"help"_s) && name != u"help"_s)
        return HelpCommand::show(name, io);
    if (name.isEmpty())
        return complain(io, Usage, u"no command given; see xynapctl --help"_s);
    const CommandEntry *command = findCommandEntry(name);
    if (!command)
        return complain(io, Usage, u"unknown command \"%1\"; see xynapctl --help"_s.arg(name));
    // An option of another command is a mistake, not something to ignore silently.
    for (const QString &option : parser.optionNames()) {
        const OptionHelp *o = findOption(option);
        if (o && !o->commands.isEmpty() && !o->commands.contains(name))
            return complain(io, Usage,
                u"%1%2 is not an option of %3; see xynapctl help %3"_s.arg(
                    option.size() == 1 ? u"-"_s : u"--"_s, option, name));
        if (o && !o->repeatable && parser.values(option).size() > 1 && !o->valueName.isEmpty())
            return complain(io, Usage, u"--%1 given twice"_s.arg(o->names.constLast()));
    }
    int deadlineOverrideMs = 0;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 86'400)
            return complain(io, Usage,
                u"--timeout: \"%1\" is not a number of seconds (1-86400)"_s.arg(
                    parser.value(u"timeout"_s)));
        deadlineOverrideMs = seconds * 1000;
    }

    QSettings settings; // the console's: the same connection profiles
    TargetBuilder::Result built
        = TargetBuilder::fromCommandLine(parser, command->profileUse, settings);
    if (!built.ok())
        return complain(io, built.code, built.error);
    if (command->secrets) {
        const Secrets wanted = command->secrets(parser);
        TargetBuilder::findSecrets(built.target, wanted.apiToken, wanted.eslPasswords, io);
    }
    return command->execute({parser, args, std::move(built.target), io, deadlineOverrideMs});
}
