#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace xynap::esl {
struct Event;
}

namespace xynap::session {

class ActivityLog;
class GatewayMonitor;

// Applies a saved trunk to a running FreeSWITCH without dropping calls: `killgw NAME`, wait for
// sofia::gateway_delete (or a timeout), then `bgapi sofia profile P rescan`, then wait until the
// gateway is back and report the state it reached. Without a gateway name it is a plain rescan.
class ApplyJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyJob)

public:
    struct Timeouts {
        int deleteMs = 5000;
        int rescanMs = 15'000;
        int settleMs = 15'000;
    };

    ApplyJob(GatewayMonitor *monitor, QString node, QString profile, QString gateway,
        QObject *parent = nullptr);
    void setTimeouts(Timeouts t) { m_timeouts = t; }
    // The gateway AllGateways ("_all_": `killgw _all_` removes every gateway of the profile and
    // drops their calls) is refused unless the operator confirmed it (xynapctl's --yes). Any
    // other gateway name must pass the grammar (model/SofiaNames), else nothing is sent.
    void setAllGatewaysConfirmed(bool confirmed) { m_allConfirmed = confirmed; }
    // killgw, the rescan and the outcome go to this log (the GUI's; xynapctl prints instead).
    void setActivityLog(ActivityLog *log);
    void start();

Q_SIGNALS:
    void progress(const QString &step);
    // ok: the gateway is back (or the rescan finished); state: where it stands now.
    void finished(bool ok, const QString &state, const QString &message);

private:
    void rescan();
    void onEvent(const esl::Event &event);
    void checkSettled();
    void finish(bool ok, const QString &state, const QString &message);
    void log(const QByteArray &method, const QString &command, bool ok, const QString &reply);

    GatewayMonitor *m_monitor;
    QString m_node;
    QString m_profile;
    QString m_gateway;
    Timeouts m_timeouts;
    bool m_allConfirmed = false;
    bool m_all = false; // m_gateway is AllGateways, confirmed: no one gateway to wait for
    QByteArray m_jobUuid;
    QTimer m_timer;
    QPointer<ActivityLog> m_log;
    QElapsedTimer m_commandClock;
    QElapsedTimer m_jobClock;
    enum class Phase { Idle, Killing, Rescanning, Settling, Done } m_phase = Phase::Idle;
};

} // namespace xynap::session
