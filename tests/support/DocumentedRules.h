#pragma once

#include <QString>

namespace xynap::test {

// The UFW rules of the provider documentation (provider-configuration.txt), verbatim: the
// fixture several coverage tests start from.
inline QString documentedUfwRules()
{
    return QStringLiteral(R"(# SIP Signaling
ufw allow from 92.197.176.0/24 to any port 5060 proto udp
ufw allow from 92.197.177.0/24 to any port 5060 proto udp
ufw allow from 92.197.182.0/24 to any port 5060 proto udp

# TLS
ufw allow from 92.197.176.0/24 to any port 5061 proto tcp
ufw allow from 92.197.177.0/24 to any port 5061 proto tcp
ufw allow from 92.197.182.0/24 to any port 5061 proto tcp

# SIP Signaling (IPv6)
ufw allow from 2001:8d8:104:100:212:227:124:128/125 to any port 5060 proto udp

# SIP Signaling (IPv4 — für Fallback)
ufw allow from 212.227.124.0/24 to any port 5060 proto udp

# WebRTC (offen, da über Traefik/TLS gesichert)
ufw allow 7443/tcp

# RTP Media (offen fuer alle, da dynamische Ports)
ufw allow 10000:10060/udp
ufw allow 16384:16484/udp
)");
}

// The ACL sip-gateways (default deny) with the ranges UFW allows for SIP, as the sandbox's demo
// platform has it: the documentation names the list but no nodes. With `withEsl`, also the list
// esl (loopback only) a real acl.conf.xml carries beside it.
inline QString documentedSipGatewaysAcl(bool withEsl = false)
{
    const QString esl = withEsl ? QStringLiteral(R"(    <list name="esl" default="deny">
      <node type="allow" cidr="127.0.0.0/8"/>
    </list>
)")
                                : QString();
    return QStringLiteral(R"(<configuration name="acl.conf" description="Network Lists">
  <network-lists>
    <list name="sip-gateways" default="deny">
      <node type="allow" cidr="92.197.176.0/24"/>
      <node type="allow" cidr="92.197.177.0/24"/>
      <node type="allow" cidr="92.197.182.0/24"/>
      <node type="allow" cidr="2001:8d8:104:100:212:227:124:128/125"/>
      <node type="allow" cidr="212.227.124.0/24"/>
    </list>
)") + esl
        + QStringLiteral(R"(  </network-lists>
</configuration>
)");
}

} // namespace xynap::test
