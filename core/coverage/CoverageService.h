#pragma once

#include "coverage/PortSet.h"
#include "coverage/UfwRule.h"

#include <QString>
#include <optional>

namespace xynap::coverage {

// A service a provider range must reach: a transport protocol and its ports.
struct CoverageService {
    QString id; // "sip-udp", "sip-tls", "wss", "rtp"
    UfwProtocol protocol = UfwProtocol::Udp; // Udp or Tcp
    PortSet ports;

    static CoverageService sipUdp(int port = 5060);
    static CoverageService sipTls(int port = 5061);
    static CoverageService wss(int port = 7443);
    static CoverageService rtp(const PortSet &ports);
    // The catalog's service names ("sip-udp", "sip-tls", "wss"; "rtp" with `rtpPorts`).
    static std::optional<CoverageService> fromId(const QString &id, const PortSet &rtpPorts = {});

    bool isSignalling() const; // SIP itself: the ACL matters for it
    QString protocolName() const; // "udp", "tcp"
    QString display() const; // "sip-udp (5060/udp)"

    friend bool operator==(const CoverageService &, const CoverageService &) = default;
};

} // namespace xynap::coverage
