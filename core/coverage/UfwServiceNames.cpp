#include "coverage/UfwServiceNames.h"

namespace xynap::coverage {

std::optional<UfwServiceNames::Service> UfwServiceNames::service(QStringView name)
{
    struct Entry {
        QStringView name;
        int port;
        UfwProtocol protocol;
    };
    // /etc/services of Debian 12; ufw takes the protocol from there ("sip" is tcp and udp).
    static const Entry entries[] = {
        {u"ssh", 22, UfwProtocol::Tcp},
        {u"http", 80, UfwProtocol::Tcp},
        {u"https", 443, UfwProtocol::Tcp},
        {u"sip", 5060, UfwProtocol::Any},
        {u"sip-tls", 5061, UfwProtocol::Any},
        {u"domain", 53, UfwProtocol::Any},
        {u"ntp", 123, UfwProtocol::Udp},
        {u"smtp", 25, UfwProtocol::Tcp},
    };
    for (const Entry &e : entries) {
        if (name == e.name)
            return Service {PortSet::single(e.port), e.protocol};
    }
    return std::nullopt;
}

std::optional<UfwServiceNames::Service> UfwServiceNames::application(QStringView name)
{
    if (name == u"OpenSSH")
        return Service {PortSet::single(22), UfwProtocol::Tcp};
    if (name == u"Nginx Full" || name == u"Apache Full" || name == u"WWW Full")
        return Service {PortSet::fromRanges({{80, 80}, {443, 443}}), UfwProtocol::Tcp};
    if (name == u"Nginx HTTP" || name == u"Apache" || name == u"WWW")
        return Service {PortSet::single(80), UfwProtocol::Tcp};
    if (name == u"Nginx HTTPS" || name == u"Apache Secure" || name == u"WWW Secure")
        return Service {PortSet::single(443), UfwProtocol::Tcp};
    return std::nullopt;
}

} // namespace xynap::coverage
