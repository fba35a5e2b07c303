#pragma once

#include "cli/Command.h"
#include "cli/MonitorRun.h"

#include <QHash>

namespace xynap::cli {

// `xynapctl watch`: the gateways present at connect, then one line per change — a state, a ping
// flip, a gateway deleted, added, or back after killgw + rescan — each exactly once.
class WatchCommand final : public Command {
    Q_OBJECT

public:
    WatchCommand(Target target, Io io, QObject *parent = nullptr);

protected:
    void start() override;
    // `watch -t SECONDS` watches that long and ends with 0: nothing was left undone.
    void deadlinePassed(int) override { finish(Ok); }

private:
    void print(const QString &node, const QString &gateway, const QString &what);
    void changed(const QString &node, const QString &gateway);
    MonitorRun m_run;
    QHash<QString, QString> m_printed; // node/gateway -> what was printed last
};

} // namespace xynap::cli
