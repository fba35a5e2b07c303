#include "cli/Help.h"

#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

namespace {
QList<OptionHelp> makeOptions()
{
    return {
        {{u"profile"_s}, u"NAME"_s,
            u"Connect with the saved connection profile NAME (its API, Event Socket nodes, "
            "trust settings and keychain secrets)."_s,
            {}},
        {{u"api"_s}, u"URL"_s, u"The Platform API base URL (overrides the profile's)."_s, {}},
        {{u"esl"_s}, u"HOST:PORT"_s,
            u"A FreeSWITCH Event Socket (repeatable; overrides the profile's nodes)."_s, {}, true},
        {{u"ca-file"_s}, u"FILE"_s,
            u"Trust the Platform API's certificate through this CA (PEM or DER)."_s, {}},
        {{u"pin"_s}, u"SHA256"_s,
            u"The Platform API's public-key pin: SHA-256 of its SubjectPublicKeyInfo, base64."_s,
            {}},
        {{u"allow-insecure-http"_s}, {}, u"Allow plain HTTP to a host other than loopback."_s, {}},
        {{u"t"_s, u"timeout"_s}, u"SECONDS"_s,
            u"The command's deadline (default: 60 for the API, 30 for the Event Socket, reload "
            "15 plus 40 per node; watch: none). What has not happened by then is said, never "
            "taken as done; check says UNKNOWN."_s,
            {}},
        {{u"json"_s}, {}, u"Machine-readable output (findings: see the findings schema)."_s,
            {u"trunks"_s, u"status"_s, u"lint"_s, u"coverage"_s}},
        {{u"file"_s}, u"FILE"_s,
            u"Read trunks (and profiles) from a JSON file (an export, a scenario) instead of "
            "the API."_s,
            {u"lint"_s}},
        {{u"ufw"_s}, u"FILE"_s,
            u"UFW rules: user.rules, `ufw status numbered` or `ufw show added`."_s,
            {u"lint"_s, u"coverage"_s}},
        {{u"ufw6"_s}, u"FILE"_s, u"user6.rules, read together with --ufw."_s,
            {u"lint"_s, u"coverage"_s}},
        {{u"acl"_s}, u"FILE"_s,
            u"FreeSWITCH acl.conf.xml (otherwise the live ACL over the Event Socket)."_s,
            {u"lint"_s, u"coverage"_s}},
        {{u"gateway"_s}, u"NAME"_s,
            u"check: only this gateway (repeatable). reload: apply this gateway (killgw + "
            "rescan)."_s,
            {u"check"_s, u"reload"_s}, true},
        {{u"node"_s}, u"HOST:PORT"_s,
            u"Only this Event Socket node of the profile or --esl (repeatable)."_s, {u"check"_s},
            true},
        {{u"w"_s, u"warning"_s}, u"RANGE"_s,
            u"WARNING when the number of gateways that are not healthy (down or degraded) is "
            "outside RANGE (default 0)."_s,
            {u"check"_s}},
        {{u"c"_s, u"critical"_s}, u"RANGE"_s,
            u"CRITICAL when the number of gateways that are down (down, gone, or served but not "
            "running) is outside RANGE (default 0)."_s,
            {u"check"_s}},
        {{u"no-config-check"_s}, {},
            u"Do not turn a saved change that is not applied, or a trunk with a lint error, into "
            "a WARNING."_s,
            {u"check"_s}},
        {{u"from"_s}, u"URL"_s,
            u"Read the state from a running `xynapctl serve` (its /metrics URL) instead of "
            "connecting: the same line and exit code, with causes only events carry."_s,
            {u"check"_s}},
        {{u"listen"_s}, u"ADDRESS:PORT"_s,
            u"Where serve answers (default 127.0.0.1:9742; [IPv6]:PORT; beyond loopback only "
            "with --auth-file or --basic-auth-file)."_s,
            {u"serve"_s}},
        {{u"auth-file"_s}, u"FILE"_s,
            u"serve: scrapers must send this file's first line as a bearer token. check --from: "
            "send it."_s,
            {u"serve"_s, u"check"_s}},
        {{u"basic-auth-file"_s}, u"FILE"_s,
            u"serve: scrapers must send this file's first line, USER:PASSWORD, as HTTP Basic "
            "credentials. check --from: send them."_s,
            {u"serve"_s, u"check"_s}},
        {{u"tls-cert"_s}, u"FILE"_s,
            u"serve over HTTPS with this PEM certificate (with --tls-key)."_s, {u"serve"_s}},
        {{u"tls-key"_s}, u"FILE"_s, u"The PEM private key of --tls-cert."_s, {u"serve"_s}},
        {{u"api-refresh"_s}, u"SECONDS"_s,
            u"serve: read the trunks from the Platform API again this often (default 60)."_s,
            {u"serve"_s}},
        {{u"sofia-profile"_s}, u"P"_s, u"The Sofia profile (e.g. external-ipv4)."_s, {u"reload"_s}},
        {{u"restart"_s}, {}, u"Restart the Sofia profile (drops its calls; needs --yes)."_s,
            {u"reload"_s}},
        {{u"yes"_s}, {}, u"Confirm a disruptive action (--restart, --gateway _all_)."_s,
            {u"reload"_s}},
        {{u"esl-password"_s}, {},
            u"The Event Socket password of the profile's nodes (or of --esl) instead of the API "
            "token."_s,
            {u"token"_s}},
        {{u"h"_s, u"help"_s}, {}, u"Show this help (or the command's) and exit."_s, {}},
        {{u"V"_s, u"version"_s}, {}, u"Show the version and exit."_s, {}},
    };
}

QString optionLabel(const OptionHelp &o)
{
    QStringList names;
    for (const QString &n : o.names)
        names.append(n.size() == 1 ? u"-"_s + n : u"--"_s + n);
    QString label = names.join(u", "_s);
    if (!o.valueName.isEmpty())
        label += u' ' + o.valueName;
    return label;
}

// "  LABEL      description wrapped under itself"
QString optionLines(const QList<const OptionHelp *> &options)
{
    constexpr int Column = 28;
    QString text;
    for (const OptionHelp *o : options) {
        QString label = u"  "_s + optionLabel(*o);
        QString description = o->description;
        if (o->repeatable && !description.contains(u"repeatable"_s))
            description += u" (repeatable)"_s;
        if (label.size() + 2 > Column)
            text += label + u'\n' + QString(Column, u' ');
        else
            text += label.leftJustified(Column);
        text += wrapText(description, Column) + u'\n';
    }
    return text;
}

QString paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u"\n\n"_s)) {
        QStringList lines;
        for (const QString &line : p.split(u'\n'))
            lines.append(wrapText(line, 0));
        out.append(lines.join(u'\n'));
    }
    return out.join(u"\n\n"_s);
}
} // namespace

const QList<OptionHelp> &optionTable()
{
    static const QList<OptionHelp> table = makeOptions();
    return table;
}

const QList<CommandHelp> &commandTable()
{
    static const QList<CommandHelp> table = [] {
        QList<CommandHelp> words;
        for (const CommandEntry &c : commands())
            words.append(c.help);
        return words;
    }();
    return table;
}

const CommandHelp *findCommand(const QString &name)
{
    for (const CommandHelp &c : commandTable())
        if (c.name == name)
            return &c;
    return nullptr;
}

const OptionHelp *findOption(const QString &name)
{
    for (const OptionHelp &o : optionTable())
        if (o.names.contains(name))
            return &o;
    return nullptr;
}

QString programName()
{
    return u"xynapctl"_s;
}

QString versionText()
{
    return u"%1 %2\n"_s.arg(programName(), QStringLiteral(XYNAP_VERSION));
}

QString wrapText(const QString &text, int indent, int width)
{
    QString out;
    int column = indent;
    bool first = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!first && column + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
            first = true;
        }
        if (!first) {
            out += u' ';
            ++column;
        }
        out += word;
        column += int(word.size());
        first = false;
    }
    return out;
}

QString overviewHelp()
{
    QString text = u"Usage: %1 [OPTIONS] COMMAND [ARGUMENTS]\n\n"_s.arg(programName());
    text += paragraphs(u"xynapctl: the xynap console from a shell. The trunks of the Platform "
                       "API, the gateways FreeSWITCH runs, lint and firewall coverage, for "
                       "operators and monitoring."_s)
        + u"\n\nCommands:\n"_s;
    for (const CommandHelp &c : commandTable())
        text += u"  "_s + c.name.leftJustified(12) + wrapText(c.summary, 14) + u'\n';
    QList<const OptionHelp *> common;
    for (const OptionHelp &o : optionTable())
        if (o.commands.isEmpty())
            common.append(&o);
    text += u"\nOptions of every command:\n"_s + optionLines(common);
    text += u"\n"_s
        + paragraphs(u"`xynapctl help COMMAND` or `xynapctl COMMAND --help` shows a command's "
                     "arguments and options.\n\n"
                     "Secrets never go on the command line: the API token comes from "
                     "XYNAP_TOKEN or the keychain entry of --profile, the Event Socket password "
                     "from XYNAP_ESL_PASSWORD or the profile's keychain entry for the node "
                     "(default ClueCon). HTTPS trusts the system's CAs, plus --ca-file, or a "
                     "--pin of the server's key (both kept by profile add)."_s)
        + u"\n\nEnvironment:\n"_s
        + u"  XYNAP_TOKEN         the API token (instead of the keychain)\n"
          "  XYNAP_ESL_PASSWORD  the Event Socket password of every node\n"
          "  NO_COLOR            no colour, even on a terminal\n"_s
        + u"\nExit codes:\n"_s
        + u"  0   ok\n"
          "  1   warning (check, lint, coverage)\n"
          "  2   critical (check), errors (lint, coverage)\n"
          "  3   unknown (check)\n"
          "  64  usage: a bad option or argument\n"
          "  65  data that cannot be read (a file, a reply)\n"
          "  69  the Platform API, an Event Socket or the keychain cannot be reached\n"
          "  77  not permitted: missing or refused token, wrong Event Socket password\n"_s;
    return text;
}

QString commandHelp(const CommandHelp &command)
{
    QString text = u"Usage: %1 [OPTIONS] %2"_s.arg(programName(), command.name);
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    text = wrapText(text, 7) + u"\n\n"_s + wrapText(command.summary, 0) + u".\n\n"_s
        + paragraphs(command.description) + u'\n';
    QList<const OptionHelp *> own;
    for (const OptionHelp &o : optionTable())
        if (o.commands.contains(command.name))
            own.append(&o);
    if (!own.isEmpty())
        text += u"\nOptions:\n"_s + optionLines(own);
    if (command.name != u"help"_s)
        text += u"\n"_s
            + wrapText(u"The options of every command (--profile, --api, --esl, -t, …): `%1 "
                       "--help`."_s.arg(programName()),
                0)
            + u'\n';
    return text;
}

} // namespace xynap::cli
