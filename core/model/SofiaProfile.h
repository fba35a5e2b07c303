#pragma once

#include <QJsonObject>
#include <QString>

namespace xynap {

// The parts of a Sofia profile that decide whether a trunk on it can work.
struct SofiaProfile {
    QString name;
    QString sipIp; // the one address the profile binds; "::" is dual stack
    int sipPort = 5060;
    QString extSipIp;
    QString extRtpIp;
    int tlsSipPort = 0; // 0: no TLS listener
    QString wssBinding; // e.g. ":7443"; empty: no WebRTC
    QString applyInboundAcl;
    bool authCalls = true;
    int rtpStartPort = 16384;
    int rtpEndPort = 32768;

    // Which address families the profile can send from, from sip-ip.
    bool bindsIpv4() const;
    bool bindsIpv6() const;

    friend bool operator==(const SofiaProfile &, const SofiaProfile &) = default;
};

QJsonObject profileToJson(const SofiaProfile &profile);
SofiaProfile profileFromJson(const QJsonObject &json);

} // namespace xynap
