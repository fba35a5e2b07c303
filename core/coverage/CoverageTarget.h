#pragma once

#include "coverage/Cidr.h"
#include "coverage/CoverageService.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QList>
#include <QString>

namespace xynap::coverage {

// One block of addresses that must reach the switch: a provider's range, or a single address a
// trunk uses (a proxy), as a /32 or /128.
struct CoverageTarget {
    QString provider; // provider id, e.g. "plusnet"
    QString providerName; // "Plusnet", for messages
    bool providerRegisters = false; // REGISTER (1&1) rather than IP authentication (Plusnet)
    Subnet range;
    QList<CoverageService> services;
    bool isProxy = false;
    QString label; // "92.197.176.0/24", "sip.plusnet.de 92.197.177.16"

    // Every provider of the catalog: its signalling ranges with their services, plus "rtp" on the
    // RTP ports of the provider's profile (the catalog's media ports if the profile is unknown);
    // then its outbound proxy and the addresses its host names resolve to, with the services of
    // the range that holds them (sip-udp if none does).
    static QList<CoverageTarget> fromCatalog(
        const ProviderCatalog &catalog, const QList<SofiaProfile> &profiles);
    // fromCatalog() plus every IP-literal proxy of the trunks that the catalog does not already
    // name, with the signalling services of the range that holds it (sip-udp if none does).
    static QList<CoverageTarget> forPlatform(const ProviderCatalog &catalog,
        const QList<SofiaProfile> &profiles, const QList<Trunk> &trunks);
};

} // namespace xynap::coverage
