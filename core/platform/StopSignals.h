#pragma once

#include <QObject>

class QSocketNotifier;

namespace xynap::platform {

// SIGTERM and SIGINT as a Qt signal: a long-running process (the sandbox, `xynapctl serve`) ends
// its work in order — closes its listeners, says goodbye to its clients — instead of dying in
// the middle of an answer. The handler only writes one byte into a socket pair; the rest runs
// in the event loop. One instance per process; while it lives, the two signals no longer kill.
class StopSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // False if the socket pair could not be made: the signals then end the process as before.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // SIGTERM or SIGINT arrived (`signal` is its number); emitted once per arrival.
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace xynap::platform
