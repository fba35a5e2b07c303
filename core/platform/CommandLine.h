#pragma once

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace xynap::platform {

// The command-line conventions of every xynap program (xynapctl has its own table, cli/Help):
// parse() instead of process(), so that a usage error — an unknown option too — exits 64 (not
// QCommandLineParser's 1, a WARNING to a monitoring system) with "PROGRAM: what is wrong";
// --help prints the help with "Usage: PROGRAM" (not the path it was started by); --version
// prints "PROGRAM VERSION". `program` is the program's own name, whatever QSettings use.
//
// Returns the exit code when the program is to end now (help, version: 0; usage: 64), nullopt
// when it goes on.
std::optional<int> parseCommandLine(
    QCommandLineParser &parser, const QStringList &arguments, const QString &program);

// The help text of a parser with the usage line naming `program`.
QString helpText(const QCommandLineParser &parser, const QString &program);

} // namespace xynap::platform
