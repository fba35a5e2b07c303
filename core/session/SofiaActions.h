#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace xynap::session {

class ActivityLog;
class GatewayMonitor;

// What the console asks of a FreeSWITCH node beyond watching it — the Sofia and core commands
// the GUI and xynapctl share, so that no widget and no command builds a command line itself.
// Names are checked against FreeSWITCH's grammar before they go into a command; answers are
// read here (`-ERR`, `Invalid Profile`) and come back as ok/message. Applying a trunk (killgw +
// rescan, waiting for the gateway) is ApplyJob.
class SofiaActions final {
public:
    // With a log, every command and FreeSWITCH's answer goes to the activity log.
    explicit SofiaActions(GatewayMonitor *monitor, ActivityLog *log = nullptr);

    using Done = std::function<void(bool ok, const QString &message)>;
    // The command that shows the ACL as FreeSWITCH sees it, for every reader of it (the
    // console, `xynapctl coverage`): `xml_locate configuration configuration name acl.conf`.
    static QString aclCommand();
    // The calls a restart of the profile would drop (from `sofia xmlstatus`); -1 if unknown.
    void callsOnProfile(
        const QString &node, const QString &profile, std::function<void(int calls)> done) const;
    // `sofia profile P restart`: drops every call on the profile. Only after a confirmation.
    void restartProfile(const QString &node, const QString &profile, Done done) const;
    // `sofia profile P killgw G`: takes one gateway out of service (calls in progress are kept;
    // it is gone until a rescan of its profile loads it again).
    void killGateway(
        const QString &node, const QString &profile, const QString &gateway, Done done) const;
    void reloadXml(const QString &node, Done done) const;
    void reloadAcl(const QString &node, Done done) const;
    // The ACL as FreeSWITCH sees it (`xml_locate configuration configuration name acl.conf`).
    void fetchAcl(const QString &node,
        std::function<void(bool ok, const QByteArray &xml, const QString &error)> done) const;

private:
    void run(const QString &node, const QString &target, const QString &command, Done done) const;
    GatewayMonitor *m_monitor;
    ActivityLog *m_log;
};

} // namespace xynap::session
