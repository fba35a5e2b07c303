#pragma once

#include <QByteArray>
#include <QString>

namespace xynap::esl {

// The facts of one Sofia profile that the diagnosis needs, from `sofia xmlstatus profile NAME`.
struct ProfileStatus {
    QString name;
    QString sipIp; // the address the profile binds: its family is the family it sends from
    QString rtpIp;
    QString error; // "Invalid Profile [x]", an empty or unreadable answer
    bool ok() const { return error.isEmpty(); }
    // 4 or 6 from sip-ip, 0 if it is not an address.
    int family() const;
};

// Reads the <profile-info> of `sofia xmlstatus profile NAME`. Linear in the size of the body.
ProfileStatus parseProfileXmlStatus(const QByteArray &body);

} // namespace xynap::esl
