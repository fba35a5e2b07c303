#include "coverage/CoverageService.h"

using namespace Qt::StringLiterals;

namespace xynap::coverage {

CoverageService CoverageService::sipUdp(int port)
{
    return {u"sip-udp"_s, UfwProtocol::Udp, PortSet::single(port)};
}

CoverageService CoverageService::sipTls(int port)
{
    return {u"sip-tls"_s, UfwProtocol::Tcp, PortSet::single(port)};
}

CoverageService CoverageService::wss(int port)
{
    return {u"wss"_s, UfwProtocol::Tcp, PortSet::single(port)};
}

CoverageService CoverageService::rtp(const PortSet &ports)
{
    return {u"rtp"_s, UfwProtocol::Udp, ports};
}

std::optional<CoverageService> CoverageService::fromId(const QString &id, const PortSet &rtpPorts)
{
    if (id == u"sip-udp")
        return sipUdp();
    if (id == u"sip-tls")
        return sipTls();
    if (id == u"wss")
        return wss();
    if (id == u"rtp" && !rtpPorts.isEmpty())
        return rtp(rtpPorts);
    return std::nullopt;
}

bool CoverageService::isSignalling() const
{
    return id == u"sip-udp" || id == u"sip-tls";
}

QString CoverageService::protocolName() const
{
    return protocol == UfwProtocol::Tcp ? u"tcp"_s : u"udp"_s;
}

QString CoverageService::display() const
{
    return id + u" ("_s + ports.toUfwString() + u'/' + protocolName() + u')';
}

} // namespace xynap::coverage
