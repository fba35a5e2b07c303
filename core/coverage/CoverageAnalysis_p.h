#pragma once

// The analysis behind CoverageAnalyzer::analyze, shared by its two files (UFW in
// CoverageAnalyzer.cpp, the ACL in CoverageAnalyzerAcl.cpp). Private to app/coverage.
#include "coverage/AclEvaluator.h"
#include "coverage/CoverageAnalyzer.h"
#include "coverage/UfwEvaluator.h"
#include "coverage/UfwRenderer.h"

#include <QCoreApplication>
#include <QSet>
#include <map>
#include <utility>

namespace xynap::coverage::analysis {

using namespace Qt::StringLiterals;

inline QString ruleName(const UfwConfiguration &ufw, int rule)
{
    const UfwRule &r = ufw.rules.at(rule);
    return QString::number(r.number > 0 ? r.number : rule + 1);
}

inline QString ruleText(const UfwConfiguration &ufw, int rule)
{
    const UfwRule &r = ufw.rules.at(rule);
    return r.text.isEmpty() ? UfwRenderer::command(r) : r.text;
}

inline QString gapText(const UfwGap &gap, const CoverageService &service)
{
    return Cidr::toHostOrCidr(gap.block) + u" ("_s + gap.ports.toUfwString() + u'/'
        + service.protocolName() + u')';
}

inline QString targetText(const CoverageTarget &target)
{
    return target.provider.isEmpty() ? target.label
                                     : target.label + u" ["_s + target.provider + u']';
}

// The `ufw delete …` form of a rule.
inline QString deleteCommand(const UfwRule &rule)
{
    QString command = UfwRenderer::command(rule);
    return u"ufw delete"_s + command.mid(3);
}

inline bool gapContained(const UfwGap &gap, const QList<UfwGap> &others)
{
    return std::any_of(others.begin(), others.end(), [&](const UfwGap &o) {
        return Cidr::contains(o.block, gap.block) && o.ports.containsAll(gap.ports);
    });
}

// Allow rules from anywhere that take effect on `ports`: an earlier rule from anywhere
// (allow or deny) on the same ports takes them first. Source-limited denies only carve out
// parts, so the rest of the world still gets through.
struct Opening {
    int rule = -1;
    PortSet ports;
    UfwProtocol protocol = UfwProtocol::Udp;
};

inline QList<Opening> openingsToAnyone(const UfwConfiguration &ufw, const UfwEvaluator &evaluator,
    UfwProtocol protocol, const PortSet &ports)
{
    QList<Opening> out;
    const QList<AddressFamily> families = ufw.ipv6Enabled
        ? QList<AddressFamily> {AddressFamily::IPv4, AddressFamily::IPv6}
        : QList<AddressFamily> {AddressFamily::IPv4};
    for (const AddressFamily family : families) {
        PortSet remaining = ports;
        for (int i = 0; i < ufw.rules.size() && !remaining.isEmpty(); ++i) {
            const UfwRule &rule = ufw.rules.at(i);
            if (!evaluator.isUsable(i) || !rule.appliesTo(family) || !rule.carries(protocol))
                continue;
            if (rule.source && rule.source->second > 0)
                continue;
            const PortSet hit = remaining.intersected(rule.destinationPorts);
            if (hit.isEmpty())
                continue;
            remaining = remaining.subtracted(hit);
            if (!rule.allows())
                continue;
            auto it = std::find_if(out.begin(), out.end(),
                [&](const Opening &o) { return o.rule == i && o.protocol == protocol; });
            if (it == out.end())
                out.append({i, hit, protocol});
            else
                it->ports = it->ports.united(hit);
        }
    }
    return out;
}

class Analysis {
public:
    Analysis(const CoverageInput &input, CoverageReport &report)
        : m_in(input)
        , m_out(report)
    {
    }

    void ufw();
    void acl();

private:
    void serviceFinding(const ServiceCoverage &sc);
    void openings(const UfwEvaluator &evaluator);
    void rtpRanges(const UfwEvaluator &evaluator);
    void add(CoverageFinding finding) { m_out.findings.append(std::move(finding)); }
    void addFixes(QStringList &to, const QStringList &fixes)
    {
        for (const QString &fix : fixes) {
            if (!m_fixesSeen.contains(fix)) {
                m_fixesSeen.insert(fix);
                to.append(fix);
            }
        }
    }

    const CoverageInput &m_in;
    CoverageReport &m_out;
    QSet<QString> m_fixesSeen;
};

} // namespace xynap::coverage::analysis
