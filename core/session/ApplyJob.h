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
        // An IP-auth gateway comes back NOREG/UP before anything answered it: how long to wait
        // for an answered ping (beyond its ping interval) before saying "not yet confirmed".
        int evidenceMs = 40'000;
    };
    // How a finished job ended: only Confirmed has evidence from FreeSWITCH that the gateway
    // works since the rescan (REGED, or an answered ping).
    enum class Outcome { Failed, Unconfirmed, Confirmed };
    Outcome outcome() const { return m_outcome; }
    // For a caller whose own deadline passes first: what the job is waiting for now, in words,
    // and how that ends: Failed while FreeSWITCH has not answered (killgw, rescan) or the gateway
    // is not back, Unconfirmed while it is back and its evidence is missing.
    QString waitingFor() const;
    Outcome outcomeIfStoppedNow() const;
    // Whether FreeSWITCH itself has not answered yet (killgw or the rescan pending).
    bool waitingForFreeSwitch() const
    {
        return m_phase == Phase::Killing || m_phase == Phase::Rescanning;
    }

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
    void waitForEvidence();
    void pollEvidence();
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
    QTimer m_poll;
    Outcome m_outcome = Outcome::Failed;
    enum class Phase { Idle, Killing, Rescanning, Settling, Evidence, Done } m_phase = Phase::Idle;
};

} // namespace xynap::session
