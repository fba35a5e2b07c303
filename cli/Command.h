#pragma once

#include "cli/Cli.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace xynap::cli {

// One xynapctl command: one asynchronous run with one deadline of its own. run() starts the
// command from inside its event loop (so no callback can fire before the loop runs), and returns
// the exit code once the command finishes or the deadline passes — whichever comes first.
class Command : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    Command(Target target, Io io, QObject *parent = nullptr);
    ~Command() override;

    int run(int deadlineMs); // 0: no deadline
    // Ends a run from outside (SIGINT in xynapctl, a test).
    void stop(int code) { finish(code); }
    bool isFinished() const { return m_code >= 0; }

protected:
    virtual void start() = 0;
    // Called when the deadline passes before finish(): says what did not happen, then finishes.
    virtual void deadlinePassed(int deadlineMs);
    // Ends the run with this exit code; later calls are ignored.
    void finish(int code);
    int complain(int code, const QString &message) { return cli::complain(m_io, code, message); }
    QTextStream &out() { return m_io.out; }
    QTextStream &err() { return m_io.err; }

    Target m_target;
    Io m_io;

private:
    QEventLoop m_loop;
    QTimer m_deadline;
    int m_code = -1;
};

} // namespace xynap::cli
