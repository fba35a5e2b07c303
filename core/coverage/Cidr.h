#pragma once

#include "model/ProviderSpec.h"

#include <QHostAddress>
#include <QPair>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace xynap::coverage {

// Qt's own subnet type: the network address (host bits cleared) and the prefix length.
using Subnet = QPair<QHostAddress, int>;

// Address blocks in CIDR form. Matching is QHostAddress::isInSubnet and masking is
// QHostAddress::parseSubnet; the only arithmetic of our own is naming the upper half of a
// block (halves()), which the partial-coverage report needs to say which part is missing.
class Cidr final {
public:
    Cidr() = delete;

    // Strict parser for configuration text: "a.b.c.d", "a.b.c.d/n", "a.b.c.d/255.255.255.0",
    // "2001:db8::1", "2001:db8::/32", "[2001:db8::1]". Dotted quads only (no "10.1"), prefix
    // 0..32 or 0..128, no scope ids. Host bits are cleared ("92.197.176.16/24" is 92.197.176.0/24).
    static std::optional<Subnet> parse(QStringView text);
    // FreeSWITCH's host + mask form (IPv4 only, contiguous masks only).
    static std::optional<Subnet> parseHostMask(QStringView host, QStringView mask);

    static QString toString(const Subnet &subnet); // always "address/prefix"
    static QString toHostOrCidr(const Subnet &subnet); // a bare address for /32 and /128

    static AddressFamily family(const Subnet &subnet);
    static AddressFamily family(const QHostAddress &address);
    static int maxPrefix(AddressFamily family) { return family == AddressFamily::IPv6 ? 128 : 32; }
    static Subnet any(AddressFamily family); // 0.0.0.0/0 or ::/0
    static Subnet host(const QHostAddress &address);

    // Same family, and every address of `inner` is in `outer`.
    static bool contains(const Subnet &outer, const Subnet &inner);
    // CIDR blocks are nested or disjoint: overlapping means one contains the other.
    static bool overlaps(const Subnet &a, const Subnet &b);

    // The block of length `prefix` that holds `address`.
    static Subnet networkAt(const QHostAddress &address, int prefix);
    static Subnet parent(const Subnet &subnet);
    // The last address of a block (its broadcast address in IPv4): where a range bar ends.
    static QHostAddress lastAddress(const Subnet &subnet);
    // The two blocks of length prefix+1 that make up `subnet` (which must not be a host).
    static std::pair<Subnet, Subnet> halves(const Subnet &subnet);
};

} // namespace xynap::coverage
