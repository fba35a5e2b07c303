#pragma once

#include "coverage/CoverageReport.h"
#include "coverage/CoverageService.h"
#include "coverage/SubnetIndex.h"
#include "coverage/UfwConfiguration.h"

#include <QHostAddress>
#include <QList>
#include <array>

namespace xynap::coverage {

// Answers "which ufw rule decides traffic from this block to this service?" with ufw's
// semantics: the rules of the block's family (and those without addresses) in order, the first
// whose source, protocol and destination port match decides; nothing matches: the default
// incoming policy. A block that rules decide differently in parts is split in halves until
// every part has one deciding rule.
//
// Rules that never decide traffic from a provider are left out: outgoing and routed rules,
// rules bound to a source port (the provider's is not known), applications whose ports are
// unknown, and — if local addresses are given — rules for another destination address.
// IPv6 rules are used even when ufw's IPv6 is off; the analyzer reports that on its own.
//
// Rules are indexed by source block once (SubnetIndex), so a target only looks at the rules that
// overlap it.
class UfwEvaluator final {
public:
    explicit UfwEvaluator(
        const UfwConfiguration &ufw, const QList<QHostAddress> &localAddresses = {});

    // Status, covering rules, merged gaps and the ufw commands that close them. `target` and
    // `ipv6Disabled` are left for the caller.
    ServiceCoverage evaluate(const Subnet &range, const CoverageService &service);
    // The same for several services of one range, looking the range up once.
    QList<ServiceCoverage> evaluate(const Subnet &range, const QList<CoverageService> &services);

    bool isUsable(int rule) const { return m_rules.at(rule).usable; }

private:
    struct Compiled {
        bool usable = false;
        bool allows = false;
        bool limit = false;
        UfwProtocol protocol = UfwProtocol::Any;
        PortSet ports;
        std::optional<Subnet> source;
        bool v4 = false;
        bool v6 = false;
    };
    struct Piece {
        Subnet block;
        PortSet ports;
        int rule = -1;
    };
    QList<int> candidates(const Subnet &range);
    ServiceCoverage evaluate(
        const Subnet &range, const CoverageService &service, const QList<int> &candidates) const;
    bool matches(int rule, const CoverageService &service, const PortSet &ports) const;
    void walk(const Subnet &block, const PortSet &ports, const QList<int> &candidates,
        qsizetype from, const CoverageService &service, QList<Piece> &out) const;
    QString insertPosition(int rule) const;

    const UfwConfiguration m_ufw;
    QList<Compiled> m_rules;
    std::array<QList<int>, 2> m_anySource; // IPv4, IPv6: usable rules without a source address
    SubnetIndex m_sources; // usable rules with one
};

} // namespace xynap::coverage
