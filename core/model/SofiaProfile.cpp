#include "model/SofiaProfile.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace xynap {

namespace {
QAbstractSocket::NetworkLayerProtocol familyOf(const QString &ip)
{
    QHostAddress a;
    if (!a.setAddress(ip))
        return QAbstractSocket::UnknownNetworkLayerProtocol;
    return a.protocol();
}
} // namespace

bool SofiaProfile::bindsIpv4() const
{
    // "::" binds dual stack on Linux; "0.0.0.0" and IPv4 addresses bind IPv4 only.
    return sipIp == u"::"_s || familyOf(sipIp) == QAbstractSocket::IPv4Protocol;
}

bool SofiaProfile::bindsIpv6() const
{
    return familyOf(sipIp) == QAbstractSocket::IPv6Protocol;
}

QJsonObject profileToJson(const SofiaProfile &p)
{
    return QJsonObject {
        {u"name"_s, p.name},
        {u"sip_ip"_s, p.sipIp},
        {u"sip_port"_s, p.sipPort},
        {u"ext_sip_ip"_s, p.extSipIp},
        {u"ext_rtp_ip"_s, p.extRtpIp},
        {u"tls_sip_port"_s, p.tlsSipPort},
        {u"wss_binding"_s, p.wssBinding},
        {u"apply_inbound_acl"_s, p.applyInboundAcl},
        {u"auth_calls"_s, p.authCalls},
        {u"rtp_start_port"_s, p.rtpStartPort},
        {u"rtp_end_port"_s, p.rtpEndPort},
    };
}

SofiaProfile profileFromJson(const QJsonObject &o)
{
    SofiaProfile p;
    p.name = o.value(u"name"_s).toString();
    p.sipIp = o.value(u"sip_ip"_s).toString();
    p.sipPort = o.value(u"sip_port"_s).toInt(5060);
    p.extSipIp = o.value(u"ext_sip_ip"_s).toString();
    p.extRtpIp = o.value(u"ext_rtp_ip"_s).toString();
    p.tlsSipPort = o.value(u"tls_sip_port"_s).toInt(0);
    p.wssBinding = o.value(u"wss_binding"_s).toString();
    p.applyInboundAcl = o.value(u"apply_inbound_acl"_s).toString();
    p.authCalls = o.value(u"auth_calls"_s).toBool(true);
    p.rtpStartPort = o.value(u"rtp_start_port"_s).toInt(16384);
    p.rtpEndPort = o.value(u"rtp_end_port"_s).toInt(32768);
    return p;
}

} // namespace xynap
