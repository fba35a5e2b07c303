#include "coverage/CoverageTarget.h"

#include "model/SipHost.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

// A single address needs the signalling services of the provider range that holds it; one no
// range holds gets SIP over UDP.
QList<CoverageService> signallingServicesFor(
    const Subnet &address, const QList<CoverageTarget> &ranges)
{
    QList<CoverageService> services;
    for (const CoverageTarget &r : ranges) {
        if (!Cidr::contains(r.range, address))
            continue;
        for (const CoverageService &s : r.services) {
            if (s.isSignalling())
                services.append(s);
        }
        break;
    }
    if (services.isEmpty())
        services.append(CoverageService::sipUdp());
    return services;
}

} // namespace

QList<CoverageTarget> CoverageTarget::fromCatalog(
    const ProviderCatalog &catalog, const QList<SofiaProfile> &profiles)
{
    QList<CoverageTarget> targets;
    for (const ProviderSpec &spec : catalog.providers()) {
        PortSet rtpPorts;
        for (const SofiaProfile &profile : profiles) {
            if (profile.name == spec.profile && profile.rtpStartPort > 0
                && profile.rtpEndPort >= profile.rtpStartPort)
                rtpPorts = PortSet::range(profile.rtpStartPort, profile.rtpEndPort);
        }
        if (rtpPorts.isEmpty()) {
            QList<PortRange> media;
            for (const auto &[first, last] : spec.mediaPorts)
                media.append({first, last});
            rtpPorts = PortSet::fromRanges(media);
        }

        QList<CoverageTarget> ranges;
        for (const ProviderRange &r : spec.signalling) {
            const std::optional<Subnet> subnet = Cidr::parse(r.cidr);
            if (!subnet)
                continue;
            CoverageTarget t;
            t.provider = spec.id;
            t.providerName = spec.name;
            t.providerRegisters = spec.registers;
            t.range = *subnet;
            t.label = Cidr::toString(*subnet);
            for (const QString &id : r.services) {
                if (const auto service = CoverageService::fromId(id))
                    t.services.append(*service);
            }
            if (const auto rtp = CoverageService::fromId(u"rtp"_s, rtpPorts))
                t.services.append(*rtp);
            ranges.append(t);
        }
        targets += ranges;

        // Proxies: the outbound proxy and what the provider's host names resolve to.
        QList<QPair<QString, QString>> addresses; // label prefix, address
        if (Cidr::parse(spec.outboundProxy))
            addresses.append({u"outbound-proxy"_s, spec.outboundProxy});
        QStringList hostNames = spec.hosts.keys();
        hostNames.sort();
        for (const QString &hostName : std::as_const(hostNames)) {
            for (const QString &address : spec.hosts.value(hostName))
                addresses.append({hostName, address});
        }
        QList<Subnet> seen;
        for (const auto &[name, text] : std::as_const(addresses)) {
            const std::optional<Subnet> subnet = Cidr::parse(text);
            if (!subnet || subnet->second != Cidr::maxPrefix(Cidr::family(*subnet))
                || seen.contains(*subnet))
                continue;
            seen.append(*subnet);
            CoverageTarget t;
            t.provider = spec.id;
            t.providerName = spec.name;
            t.providerRegisters = spec.registers;
            t.range = *subnet;
            t.isProxy = true;
            t.label = name + u' ' + subnet->first.toString();
            t.services = signallingServicesFor(*subnet, ranges);
            targets.append(t);
        }
    }
    return targets;
}

QList<CoverageTarget> CoverageTarget::forPlatform(
    const ProviderCatalog &catalog, const QList<SofiaProfile> &profiles, const QList<Trunk> &trunks)
{
    QList<CoverageTarget> targets = fromCatalog(catalog, profiles);
    QList<CoverageTarget> catalogRanges;
    for (const CoverageTarget &t : std::as_const(targets))
        if (!t.isProxy)
            catalogRanges.append(t);
    for (const Trunk &trunk : trunks) {
        for (const QString &value : {trunk.outboundProxy, trunk.proxy, trunk.registerProxy}) {
            const SipHost host = parseSipHost(value);
            if (!host.ipLiteral || host.address.isNull())
                continue;
            const Subnet subnet = Cidr::host(host.address);
            if (std::any_of(targets.begin(), targets.end(),
                    [&](const CoverageTarget &t) { return t.range == subnet; }))
                continue;
            CoverageTarget t;
            t.provider = trunk.provider;
            const ProviderSpec *spec = catalog.find(trunk.provider);
            t.providerName = spec ? spec->name : trunk.provider;
            t.providerRegisters = trunk.registerEnabled;
            t.range = subnet;
            t.isProxy = true;
            t.label = QCoreApplication::translate("xynap::coverage", "trunk %1: %2")
                          .arg(trunk.gatewayName, subnet.first.toString());
            t.services = signallingServicesFor(subnet, catalogRanges);
            targets.append(t);
        }
    }
    return targets;
}

} // namespace xynap::coverage
