#pragma once

#include <QHostAddress>
#include <QString>

namespace xynap {

// A proxy value as an operator types it ("sip.1und1.de", "92.197.176.16:5060",
// "[2001:db8::1]:5060", "sip:host;transport=udp"), read the way mod_sofia reads it: the value is
// pasted into a sip: URI, so an IPv6 literal without brackets has its host cut at the last colon.
struct SipHost {
    QString host; // without brackets
    int port = 0; // 0: not given
    bool bracketed = false;
    bool ipLiteral = false;
    QHostAddress address; // set when host is an IP literal

    // An unbracketed value with two or more colons that parses as an IPv6 address.
    bool unbracketedIpv6 = false;

    bool isValid() const { return !host.isEmpty(); }
    bool isIpv6() const { return ipLiteral && address.protocol() == QAbstractSocket::IPv6Protocol; }
    bool isIpv4() const { return ipLiteral && address.protocol() == QAbstractSocket::IPv4Protocol; }
};

// How an operator meant the value: an unbracketed IPv6 literal is taken whole (and flagged).
SipHost parseSipHost(const QString &value);

// How FreeSWITCH will read the same value: an unbracketed IPv6 literal is split at the last
// colon into a truncated host and a "port".
SipHost sipHostAsFreeSwitchReadsIt(const QString &value);

} // namespace xynap
