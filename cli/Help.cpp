#include "cli/Help.h"

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

QList<CommandHelp> makeCommands()
{
    return {
        {u"trunks"_s, u"list | get ID | export | apply FILE"_s,
            u"the trunks the Platform API holds"_s,
            u"list prints one line per trunk, get ID one trunk, export every trunk with its ETag "
            "(JSON). apply FILE sends an exported file back, each trunk with If-Match: a trunk "
            "changed on the platform since the export is refused, nothing is overwritten.\n\n"
            "Exit 0; 64 for a bad argument; 65 when FILE or the API's reply cannot be read; 69 "
            "when the API cannot be reached; 77 without a valid token; 1 when apply was refused "
            "for a trunk."_s},
        {u"status"_s, {}, u"gateway states from every Event Socket"_s,
            u"Every gateway on every node: state, ping, the last SIP answer FreeSWITCH reported, "
            "how long it has been so (> when the console only knows since when it saw it), and "
            "the diagnosis. Trunks the API serves that a node does not run are listed as NOT "
            "RUNNING. --json adds presence, health and the findings (every gateway that is not "
            "healthy, in the findings schema).\n\n"
            "Exit 0 when every node was read; 65 when a gateway list cannot be read; 69 when a "
            "node cannot be reached; 77 for a refused Event Socket password."_s},
        {u"check"_s,
            u"[--gateway NAME]... [--node HOST:PORT]... [-w RANGE] [-c RANGE] [-t SECONDS] "
            "[--no-config-check]"_s,
            u"monitoring-plugin check of the gateways (0/1/2/3)"_s,
            u"One status line with performance data, as monitoring-plugins want it:\n"
            "XYNAP GATEWAYS STATE - what is wrong first | perfdata\n\n"
            "CRITICAL (2): more gateways down than --critical allows (a gateway down, gone, or "
            "served by the API but not running). UNKNOWN (3): a node that cannot be reached, a "
            "gateway list that cannot be read, trunks that cannot be loaded, stale data, no "
            "gateway at all, a --gateway or --node that matches nothing, or no answer within "
            "the deadline -- unless something is CRITICAL. WARNING (1): more gateways down or "
            "degraded (registering, not served by the API) than --warning allows, or (unless "
            "--no-config-check) a saved change FreeSWITCH does not run yet or a trunk with a lint "
            "error (it will fail when applied). OK (0): otherwise. A failing gateway whose trunk "
            "has a lint error is shown with that error as its likely cause.\n\n"
            "RANGE as the monitoring-plugins guidelines define it: N alerts outside 0..N, N: "
            "below N, ~:N above N, M:N outside M..N, @M:N inside M..N. The defaults (-w 0 -c 0) "
            "make one gateway down CRITICAL and one degraded WARNING; -w 0 -c 1 tolerates one "
            "gateway down as a WARNING.\n\n"
            "Perfdata: healthy, degraded, down (with the critical range), not_healthy (with the "
            "warning range), not_running, unknown (of the gateways checked), nodes_unreachable "
            "(of the nodes), config_findings and time (seconds)."_s},
        {u"watch"_s, {}, u"live gateway transitions, one line each"_s,
            u"The gateways present at connect, then one line per change: a state, a ping flip, "
            "a gateway deleted, added, or back after killgw + rescan. Runs until interrupted."_s},
        {u"reload"_s, u"--sofia-profile P [--gateway NAME] [--restart --yes]"_s,
            u"apply a saved trunk without dropping calls"_s,
            u"With --gateway: killgw, wait for the delete, rescan, wait for the gateway and for "
            "evidence that it works (REGED, or an answered ping for an IP-auth gateway), on "
            "every node. Without: rescan the profile (adds new gateways only) and name every "
            "gateway of it still on an older version, with the command that applies it. "
            "--restart --yes restarts the profile, which drops its calls; --gateway _all_ --yes "
            "removes every gateway of the profile (dropping their calls) and rescans. One result "
            "line per node and a summary; a deadline that passes says which step had not "
            "finished.\n\n"
            "Exit 0 only with evidence from every node; 1 applied but not yet confirmed (or a "
            "saved change still not applied after a rescan); 2 failed; 64 for a name FreeSWITCH "
            "would not accept; 69 when a node cannot be reached or did not answer killgw or the "
            "rescan."_s},
        {u"lint"_s, u"[--file FILE] [--ufw FILE] [--ufw6 FILE] [--acl FILE] [--json]"_s,
            u"misconfigurations of the trunks, the firewall and the ACL"_s,
            u"The trunks from the API (or --file), the firewall from the API (or --ufw), the "
            "ACL from the first Event Socket node (or --acl) and, with an Event Socket, what "
            "FreeSWITCH runs. What cannot be loaded is said and left out, never counted as "
            "clean. Severity words are coloured on a terminal (not with NO_COLOR).\n\n"
            "Exit 0 clean, 1 warnings, 2 errors; 65 when a file or a reply cannot be read."_s},
        {u"coverage"_s, u"--ufw FILE [--ufw6 FILE] [--acl FILE] [--json]"_s,
            u"firewall and ACL coverage of the provider ranges"_s,
            u"Which provider ranges UFW and the FreeSWITCH ACL let through, on each service "
            "(SIP UDP 5060, SIP TLS 5061, RTP, WSS 7443), by which rule, and the exact `ufw "
            "allow` and <node/> lines that close a gap. Without --acl, the live ACL of the "
            "first --esl node. Never changes a firewall.\n\n"
            "Exit 0 clean, 1 warnings, 2 errors; 64 without input; 65 when a file cannot be "
            "read."_s},
        {u"profile"_s, u"list | add NAME --api URL [--esl HOST:PORT]... | remove NAME"_s,
            u"the saved connection profiles"_s,
            u"add keeps --api, --esl, --ca-file, --pin and --allow-insecure-http under NAME; the "
            "console uses the same profiles. remove also removes the profile's API token and "
            "Event Socket passwords from the keychain and says so.\n\n"
            "Exit 0; 64 for a missing or unknown NAME; 69 when the keychain could not remove a "
            "secret (the profile is removed all the same)."_s},
        {u"token"_s, u"set | clear | status --profile NAME [--esl-password]"_s,
            u"the profile's secrets in the system keychain"_s,
            u"The API token, or with --esl-password the Event Socket password of each of the "
            "profile's nodes. set reads the secret from standard input, never from the command "
            "line. status exits 1 when a secret is not stored.\n\n"
            "Exit 0; 1 (status) not stored; 64 without --profile; 69 when the keychain cannot "
            "be used."_s},
        {u"help"_s, u"[COMMAND]"_s, u"this overview, or a command's arguments and options"_s,
            u"The same as `xynapctl COMMAND --help`."_s},
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
    static const QList<CommandHelp> table = makeCommands();
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
