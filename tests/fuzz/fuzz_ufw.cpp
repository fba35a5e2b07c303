// libFuzzer target for the ufw parsers: user.rules tuples, `ufw status`, ufw commands and
// /etc/default/ufw. Beyond "no crash" it checks that every error names a line of the input,
// that whatever was read renders to text its parser reads back, and that the analyzer copes
// with whatever the parsers let through. A broken invariant calls xynap_fuzz::onFailure
// (FuzzCheck.h).
#include "FuzzCheck.h"
#include "coverage/CoverageAnalyzer.h"
#include "coverage/UfwCommandParser.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "coverage/UfwRulesFileParser.h"
#include "coverage/UfwStatusParser.h"
#include "model/TextSafety.h"

#include <QByteArray>
#include <QList>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::coverage;

namespace {

void require(bool condition, const char *what)
{
    if (!condition)
        xynap_fuzz::onFailure(what, {});
}

void checkLines(const UfwParseResult &result, qsizetype lineCount)
{
    for (const ParseIssue &issue : result.errors) {
        require(
            issue.line >= 1 && issue.line <= lineCount && !issue.message.isEmpty(), "error line");
        // A parse error quotes the rule; as printed it holds no control character.
        for (const QChar c : terminalSafe(issue.message))
            require(c.unicode() >= 0x20 && c.unicode() != 0x7f
                    && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f),
                "parse error printed without control characters");
    }
    for (const UfwRule &rule : result.rules)
        require(rule.line >= 1 && rule.line <= lineCount, "rule line");
}

const QList<CoverageTarget> &targets()
{
    static const QList<CoverageTarget> list = [] {
        QList<CoverageTarget> out;
        const QStringList ranges {u"92.197.176.0/24"_s, u"92.197.176.16"_s,
            u"2001:8d8:104:100:212:227:124:128/125"_s, u"10.0.0.0/8"_s, u"2001:db8::/32"_s};
        for (const QString &r : ranges) {
            CoverageTarget t;
            t.provider = u"fuzz"_s;
            t.range = *Cidr::parse(r);
            t.label = r;
            t.services = {CoverageService::sipUdp(), CoverageService::sipTls(),
                CoverageService::rtp(PortSet::range(16384, 16484))};
            out.append(t);
        }
        return out;
    }();
    return list;
}

void analyze(const UfwParseResult &parsed)
{
    CoverageInput in;
    in.targets = targets();
    UfwConfiguration ufw = UfwConfiguration::from(parsed);
    if (ufw.rules.size() > 64)
        ufw.rules.resize(64); // keeps an iteration fast; the walk is linear in the rules anyway
    in.ufw = ufw;
    SofiaProfile profile;
    profile.name = u"internal"_s;
    profile.wssBinding = u":7443"_s;
    in.profiles = {profile};
    const CoverageReport report = CoverageAnalyzer::analyze(in);
    require(report.services.size() == 15, "one result per target and service");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lineCount = text.count(u'\n') + 1;

    const UfwParseResult tuples = UfwRulesFileParser::parse(text);
    const UfwParseResult status = UfwStatusParser::parse(text);
    const UfwParseResult commands = UfwCommandParser::parse(text);
    const UfwParseResult defaults = UfwParser::parseDefaults(text);
    const UfwParseResult detected = UfwParser::parse(text);
    const UfwParseResult files = UfwParser::parseRuleFiles(text, text);
    for (const UfwParseResult *r : {&tuples, &status, &commands, &defaults, &detected, &files})
        checkLines(*r, lineCount);

    // Read, written, read again: no errors the second time.
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        QStringList lines;
        for (const UfwRule &rule : tuples.rules) {
            if (rule.appliesTo(family))
                lines.append(UfwRenderer::tupleLine(rule, family));
        }
        const UfwParseResult again = UfwRulesFileParser::parse(lines.join(u'\n'), family);
        require(again.ok() && again.rules.size() == lines.size(), "tuple round trip");
        UfwRenderer::rulesFile(tuples.rules, family);
    }
    QStringList commandLines;
    for (const UfwRule &rule : commands.rules)
        commandLines.append(UfwRenderer::command(rule));
    const UfwParseResult commandsAgain = UfwCommandParser::parse(commandLines.join(u'\n'));
    require(commandsAgain.ok() && commandsAgain.rules.size() == commands.rules.size(),
        "command round trip");
    for (const UfwRule &rule : status.rules)
        UfwRenderer::command(rule);

    analyze(tuples);
    analyze(status);
    analyze(commands);
    return 0;
}

// Seeds for the corpus: the rule files of the documented platform in every form.
QList<QByteArray> xynapFuzzSeeds()
{
    return {
        QByteArrayLiteral(
            "# SIP Signaling\n"
            "ufw allow from 92.197.176.0/24 to any port 5060 proto udp\n"
            "ufw allow from 92.197.177.0/24 to any port 5060 proto udp\n"
            "ufw allow from 92.197.182.0/24 to any port 5060 proto udp\n\n"
            "# TLS\n"
            "ufw allow from 92.197.176.0/24 to any port 5061 proto tcp\n"
            "ufw allow from 92.197.177.0/24 to any port 5061 proto tcp\n"
            "ufw allow from 92.197.182.0/24 to any port 5061 proto tcp\n\n"
            "# SIP Signaling (IPv6)\n"
            "ufw allow from 2001:8d8:104:100:212:227:124:128/125 to any port 5060 proto udp\n\n"
            "ufw allow from 212.227.124.0/24 to any port 5060 proto udp\n"
            "ufw allow 7443/tcp\n"
            "ufw allow 10000:10060/udp\n"
            "ufw allow 16384:16484/udp\n"),
        QByteArrayLiteral(
            "Added user rules (see 'ufw status' for running firewall):\n"
            "ufw allow proto tcp from 92.197.176.0/24 to any port 5061 comment 'Plusnet TLS'\n"
            "ufw limit log 22/tcp\n"
            "sudo ufw --dry-run allow in on eth0 to any port 5060 proto udp\n"
            "ufw allow OpenSSH\nufw allow \"Nginx Full\"\n"
            "ufw reject from 2001:db8::/32 to any port 5060\n"
            "ufw insert 1 deny from 198.51.100.0/24\nufw prepend deny from 2001:db8:1::/48\n"
            "ufw delete allow 5060\nufw delete 2\n"
            "ufw allow log-all from 203.0.113.9 port 5060 to 46.4.96.105 port 5060,5080 proto udp\n"
            "ufw route allow in on eth1 out on eth0 from 10.0.0.0/8\n"
            "ufw default deny incoming\nufw enable\n"),
        QByteArrayLiteral(
            "*filter\n:ufw-user-input - [0:0]\n### RULES ###\n\n"
            "### tuple ### allow udp 5060 0.0.0.0/0 any 92.197.176.0/24 in\n"
            "-A ufw-user-input -p udp --dport 5060 -s 92.197.176.0/24 -j ACCEPT\n\n"
            "### tuple ### allow tcp 7443 0.0.0.0/0 any 0.0.0.0/0 in comment=576562525443\n"
            "### tuple ### limit_log tcp 22 0.0.0.0/0 any 0.0.0.0/0 in\n"
            "### tuple ### allow udp 10000:10060 0.0.0.0/0 any 0.0.0.0/0 in\n"
            "### tuple ### deny any any 0.0.0.0/0 any 203.0.113.7 in\n"
            "### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 OpenSSH - in\n"
            "### tuple ### route:allow any any 0.0.0.0/0 any 10.0.0.0/8 in_eth1!out_eth0\n"
            "### tuple ### allow_log-all udp 5060,5061 46.4.96.105 any 0.0.0.0/0 in_eth0\n"
            "### tuple ### allow udp 5060 ::/0 any 2001:8d8:104:100:212:227:124:128/125 in\n"
            "### END RULES ###\nCOMMIT\n"),
        QByteArrayLiteral(
            "Status: active\n\n"
            "     To                         Action      From\n"
            "     --                         ------      ----\n"
            "[ 1] 5060/udp                   ALLOW IN    92.197.176.0/24\n"
            "[ 2] 7443/tcp                   ALLOW IN    Anywhere                   # WebRTC\n"
            "[ 3] 10000:10060/udp            ALLOW IN    Anywhere\n"
            "[ 4] 22/tcp                     LIMIT IN    Anywhere                   (log)\n"
            "[ 5] Anywhere                   DENY IN     203.0.113.7\n"
            "[ 6] 46.4.96.105 5060/udp       ALLOW IN    212.227.124.0/24\n"
            "[ 7] OpenSSH                    ALLOW IN    Anywhere\n"
            "[ 8] 5060/udp                   ALLOW IN    2001:8d8:104:100:212:227:124:128/125\n"
            "[ 9] 7443/tcp (v6)              ALLOW IN    Anywhere (v6)\n"
            "[10] 53/udp                     ALLOW OUT   Anywhere                   (log, out)\n"
            "[11] Anywhere on eth0           ALLOW IN    Anywhere\n"
            "[12] 5060,5061/tcp              ALLOW IN    92.197.182.0/24\n"),
        QByteArrayLiteral(
            "Status: active\nLogging: on (low)\nDefault: deny (incoming), allow (outgoing), "
            "disabled (routed)\n"
            "New profiles: skip\n\nTo                         Action      From\n"
            "7443/tcp ALLOW IN Anywhere\n10000:10060/udp            ALLOW       Anywhere\n"),
        QByteArrayLiteral("# /etc/default/ufw\nIPV6=yes\nDEFAULT_INPUT_POLICY=\"DROP\"\n"
                          "DEFAULT_OUTPUT_POLICY=\"ACCEPT\"\nMANAGE_BUILTINS=no\n"),
    };
}
