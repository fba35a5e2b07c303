#pragma once

#include "cli/Cli.h"
#include "session/DeferredSave.h"
#include "session/GatewayMonitor.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace xynap::cli {

// What `status`, `check`, `watch`, `reload` and `lint` start from: the trunks the Platform API
// serves (when an API is given) and a monitor with one link per Event Socket node. ready() fires
// once every node has either sent its gateway list, said it cannot be read, or failed to connect,
// and the trunks are loaded or have failed.
class MonitorRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorRun)

public:
    MonitorRun(const Target &target, Io io, QObject *parent = nullptr);
    ~MonitorRun() override;

    void start();
    // For a command that runs on (watch): trunks that could not be loaded for a reason that may
    // pass are read again with back-off, and the console says so.
    void setRetryTrunks(bool retry) { m_retryTrunks = retry; }
    // Reads the trunks from the Platform API again (a long-running command's schedule); nothing
    // while a read is under way or no API is given.
    void refreshTrunks();
    // When the trunks were last read successfully (invalid: never).
    QDateTime trunksLoadedAt() const { return m_trunksLoadedAt; }
    bool isReady() const { return m_ready; }
    session::GatewayMonitor &monitor() { return m_monitor; }
    const session::GatewayMonitor &monitor() const { return m_monitor; }

    // Why the trunks are not known: empty when they were loaded or no API was given.
    QString trunksError() const { return m_trunksError; }
    int trunksExit() const { return m_trunksExit; }
    bool apiGiven() const { return m_apiGiven; }
    // Nodes that could not be connected, "HOST:PORT: why", and the worst exit code among them
    // (77 for a refused password, 69 otherwise).
    QStringList failures() const { return m_failures; }
    int failureExit() const { return m_failureExit; }

Q_SIGNALS:
    void ready();

private:
    void nodeSettled(const QString &node);
    void checkReady();
    void loadTrunks();

    Target m_target;
    Io m_io;
    session::GatewayMonitor m_monitor;
    QSet<QString> m_pendingNodes;
    bool m_trunksPending = false;
    bool m_trunksLoading = false;
    QDateTime m_trunksLoadedAt;
    bool m_apiGiven = false;
    bool m_ready = false;
    bool m_retryTrunks = false;
    int m_trunksBackoffMs = 2000;
    QString m_trunksError;
    int m_trunksExit = Ok;
    QStringList m_failures;
    int m_failureExit = Ok;
    // Which gateways ran and which version each node loaded are written once a burst of
    // snapshots or adds is over, and at the end, on a thread of their own (last: written while
    // the monitor is still there).
    session::DeferredSave m_saves;
};

} // namespace xynap::cli
