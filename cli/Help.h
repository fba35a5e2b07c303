#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xynap::cli {

// xynapctl's commands and options in one table. The parser (main.cpp), `--help`,
// `help COMMAND` / `COMMAND --help`, the man page (rendered from that help at build time, see
// packaging/man) and the shell completion (which asks `xynapctl help COMMAND`) all come from it,
// so none of them can drift from the others.

struct OptionHelp {
    QStringList names; // {"w", "warning"}: the short name first
    QString valueName; // "RANGE"; empty for a flag
    QString description;
    // The commands the option belongs to; empty: every command (connection, deadline, help).
    // Given with any other command it is a usage error (64).
    QStringList commands;
    bool repeatable = false;
};

struct CommandHelp {
    QString name;
    QString arguments; // "list | get ID | export | apply FILE"
    QString summary; // one line for the overview
    QString description; // paragraphs for `help COMMAND`, blank-line separated
};

const QList<OptionHelp> &optionTable();
const QList<CommandHelp> &commandTable();
const CommandHelp *findCommand(const QString &name);
const OptionHelp *findOption(const QString &name);

QString programName(); // "xynapctl", whatever the settings' application name is
QString versionText(); // "xynapctl 0.1.0\n"
QString overviewHelp(); // `xynapctl --help`
QString commandHelp(const CommandHelp &command); // `xynapctl help COMMAND`

// Words to the given width (continuation lines indented by `indent`).
QString wrapText(const QString &text, int indent, int width = 79);

} // namespace xynap::cli
