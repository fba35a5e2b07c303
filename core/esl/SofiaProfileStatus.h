#pragma once

#include <QByteArray>
#include <QList>
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

// One <profile> of `sofia xmlstatus` (no argument): its state "RUNNING (n)" carries the number of
// calls on it — what a profile restart drops.
struct ProfileSummary {
    QString name;
    QString state; // RUNNING (2), ...
    int calls = -1; // -1 when the state does not say
};
// Linear in the size of the body; entries of another <type> (gateways, aliases) are skipped.
QList<ProfileSummary> parseProfileList(const QByteArray &body);

} // namespace xynap::esl
