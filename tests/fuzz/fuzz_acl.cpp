// libFuzzer target for the FreeSWITCH ACL parser (acl.conf.xml and `xml_locate` output) and the
// ACL evaluation. Beyond "no crash": every error names a line of the input, and every list
// decides every probe block completely. A broken invariant calls xynap_fuzz::onFailure
// (FuzzCheck.h).
#include "FuzzCheck.h"
#include "coverage/AclEvaluator.h"
#include "coverage/AclParser.h"

#include <QByteArray>
#include <QList>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace xynap::coverage;

namespace {

void require(bool condition, const char *what)
{
    if (!condition)
        xynap_fuzz::onFailure(what, {});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lineCount = text.count(u'\n') + 1;
    const AclParseResult result = AclParser::parse(text);
    for (const ParseIssue &issue : result.errors)
        require(
            issue.line >= 1 && issue.line <= lineCount && !issue.message.isEmpty(), "error line");

    static const QList<Subnet> probes = [] {
        QList<Subnet> out;
        for (const QString &p : {u"92.197.176.0/24"_s, u"92.197.176.16"_s, u"0.0.0.0/0"_s,
                 u"2001:8d8:104:100:212:227:124:128/125"_s, u"::/0"_s, u"::1"_s})
            out.append(*Cidr::parse(p));
        return out;
    }();
    int budget = 64; // nodes evaluated per input, to keep an iteration fast
    for (const AclList &list : result.lists) {
        require(list.line >= 1 && list.line <= lineCount, "list line");
        if (list.nodes.size() > budget)
            break;
        budget -= int(list.nodes.size());
        for (const Subnet &probe : probes) {
            const AclCoverage c = AclEvaluator::evaluate(list, probe);
            require(!c.decisions.isEmpty(), "a decision for every block");
            for (const AclDecision &d : c.decisions)
                require(Cidr::contains(probe, d.block), "decisions stay inside the block");
        }
    }
    return 0;
}

// Seeds for the corpus: the ACL as FreeSWITCH prints it (capture 01) and an acl.conf.xml with
// every node form.
QList<QByteArray> xynapFuzzSeeds()
{
    return {
        QByteArrayLiteral("<configuration name=\"acl.conf\" description=\"Network Lists\">\n"
                          "    <network-lists>\n    \n"
                          "        <list name=\"providers\" default=\"deny\">\n"
                          "            <node type=\"allow\" cidr=\"127.0.0.1/32\"></node>\n\n"
                          "            <node type=\"allow\" cidr=\"::1/128\"></node>\n\n"
                          "    </list>\n\n    \n"
                          "        <list name=\"esl_only_127_0_0_1\" default=\"deny\">\n"
                          "            <node type=\"allow\" cidr=\"127.0.0.1/32\"></node>\n\n"
                          "    </list>\n\n"
                          "  </network-lists>\n\n</configuration>\n"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\"?>\n<document type=\"freeswitch/xml\"><section "
            "name=\"configuration\">\n"
            "<configuration name=\"acl.conf\" description=\"Network Lists\">\n"
            "  <network-lists>\n"
            "    <list name=\"sip-gateways\" default=\"deny\">\n"
            "      <node type=\"allow\" cidr=\"92.197.176.0/24\"/>\n"
            "      <node type=\"allow\" cidr=\"92.197.177.0/24,92.197.182.0/24\"/>\n"
            "      <node type=\"allow\" cidr=\"2001:8d8:104:100:212:227:124:128/125\"/>\n"
            "      <node type=\"allow\" host=\"212.227.124.0\" mask=\"255.255.255.0\"/>\n"
            "      <node type=\"deny\" cidr=\"92.197.176.66/32\"/>\n"
            "      <node type=\"allow\" cidr=\"198.51.100.0/24\" port=\"5060\"/>\n"
            "      <node type=\"allow\" cidr=\"198.51.101.0/24\" ports=\"5060,5080\"/>\n"
            "      <node type=\"allow\" cidr=\"198.51.102.0/24\" port-min=\"5060\" "
            "port-max=\"5080\"/>\n"
            "    </list>\n"
            "    <list name=\"domains\" default=\"deny\">\n"
            "      <node type=\"allow\" domain=\"$${domain}\"/>\n"
            "    </list>\n"
            "    <list name=\"open\">\n      <node type=\"deny\" cidr=\"203.0.113.0/24\"/>\n    "
            "</list>\n"
            "  </network-lists>\n</configuration>\n</section></document>\n"),
    };
}
