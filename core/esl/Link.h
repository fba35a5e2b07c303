#pragma once

#include "esl/Connection.h"
#include "esl/SofiaProfileStatus.h"
#include "esl/SofiaStatus.h"
#include "model/Clock.h"

#include <QDateTime>
#include <QObject>

namespace xynap::esl {

// A link to one FreeSWITCH node that never gives up: it reconnects with exponential back-off
// and jitter, subscribes (HEARTBEAT before CUSTOM: after CUSTOM every word is a subclass), takes
// a fresh `sofia xmlstatus gateway` snapshot after every (re)connect, and reconnects when
// nothing — not even a HEARTBEAT — arrives for too long.
class Link final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Link)

public:
    enum class State { Connecting, Up, Down };
    Q_ENUM(State)

    struct Options {
        // One liveness rule for every view: after probeAfterMs without a byte the link asks
        // FreeSWITCH something (`api status`); no answer within probeTimeoutMs and the node is
        // "not answering" — at most 20 s after it stopped. Reconnects come at most maxBackoffMs
        // (plus 20 % jitter) apart: within 5 s of FreeSWITCH accepting connections again.
        int initialBackoffMs = 1000;
        int maxBackoffMs = 4000;
        int probeAfterMs = 10'000;
        int probeTimeoutMs = 10'000;
        int requestTimeoutMs = 10'000;
        int snapshotRetryMs = 15'000; // after a gateway list that could not be read
    };

    static const QString Subscription;
    // A host name FreeSWITCH reports (`api hostname`, FreeSWITCH-Hostname) as it may be shown:
    // 1 to 253 letters, digits, '.', '-' or '_'; anything else is no name.
    static bool isValidHostname(QStringView name);

    Link(QString node, QString host, quint16 port, QString password, QObject *parent = nullptr);
    Link(QString node, QString host, quint16 port, QString password, Options options,
        QObject *parent = nullptr);

    void start();
    void stop();
    QString node() const { return m_node; }
    State state() const { return m_state; }
    QString detail() const { return m_detail; }
    LinkError lastError() const { return m_lastError; }
    // When the last byte of any kind arrived (null if never).
    QDateTime lastDataAt() const { return m_lastDataAt; }
    int attempts() const { return m_attempts; }
    // The clock the back-off, the snapshot retry and the watchdog run on (the system clock
    // unless a test hands in its own). Set before start().
    void setClock(Clock *clock);
    // Handed to each connection (Connection::setTurnBudget); set before start().
    void setTurnBudget(TurnBudget *budget) { m_budget = budget; }

    // Called with each gateway of a list as it is read, before what is kept of it is made: it
    // may give the gateway texts the caller holds already (GatewayEventApplier::shareTexts).
    // From the next list read on.
    void setTextSharer(std::function<void(GatewayStatus &)> share)
    {
        m_shareTexts = std::move(share);
    }
    // The gateway list read last, for a receiver of snapshotTaken() to take (moved out: the
    // link keeps nothing of it once snapshotTaken() returns).
    GatewayList takeGateways() { return std::exchange(m_gateways, GatewayList()); }

    Connection *connection() { return m_connection; }
    void api(const QString &command, Connection::ApiCallback callback);

Q_SIGNALS:
    void stateChanged(xynap::esl::Link::State state, const QString &detail);
    // `sofia xmlstatus gateway` answered with a list: takeGateways() gives it.
    void snapshotTaken();
    // Connected, but `sofia xmlstatus gateway` did not answer with a list that can be read
    // (-ERR, empty, garbage): what the node runs is unknown. Asked again after a while.
    // overLimit: the list exceeds a bound of the console (GatewayStatusParse::overLimit).
    void snapshotFailed(const QString &error, bool overLimit);
    void profileStatusReceived(const xynap::esl::ProfileStatus &status);
    // What `api hostname` answered, if it is a host name (letters, digits, '.', '-', '_').
    void hostnameReported(const QString &hostname);
    void eventReceived(const xynap::esl::Event &event);
    // FreeSWITCH answered the liveness probe: the link carries its word, and nothing was said
    // because nothing changed.
    void probeAnswered();

private:
    void connectNow();
    void onReady();
    void takeSnapshot();
    void onLost(LinkError error, const QString &detail);
    void scheduleReconnect();
    void probe();
    void setState(State state, const QString &detail);
    void touch();

    QString m_node;
    QString m_host;
    quint16 m_port;
    QString m_password;
    Options m_options;
    Connection *m_connection = nullptr;
    TurnBudget *m_budget = nullptr;
    State m_state = State::Down;
    QString m_detail;
    LinkError m_lastError = LinkError::None;
    QDateTime m_lastDataAt;
    QDateTime m_probeSentAt; // a probe is out (null: none)
    Clock *m_clock = Clock::system();
    Timer m_retryTimer;
    // Fires probeAfterMs after the last data: armed once and re-armed for the rest when it
    // fires early, never restarted per event (a timer restart costs more than decoding one).
    Timer m_watchdog;
    Timer m_snapshotRetry;
    GatewayList m_gateways; // while snapshotTaken() is emitted
    std::function<void(GatewayStatus &)> m_shareTexts;
    int m_attempts = 0;
    int m_backoffMs;
    bool m_running = false;
};

} // namespace xynap::esl
