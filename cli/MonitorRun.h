#pragma once

#include "cli/Cli.h"
#include "session/GatewayMonitor.h"

#include <QObject>
#include <QSet>

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

    void start();
    // For a command that runs on (watch): trunks that could not be loaded for a reason that may
    // pass are read again with back-off, and the console says so.
    void setRetryTrunks(bool retry) { m_retryTrunks = retry; }
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
    bool m_apiGiven = false;
    bool m_ready = false;
    bool m_retryTrunks = false;
    int m_trunksBackoffMs = 2000;
    QString m_trunksError;
    int m_trunksExit = Ok;
    QStringList m_failures;
    int m_failureExit = Ok;
};

} // namespace xynap::cli
