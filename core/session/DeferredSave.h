#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <functional>

namespace xynap::session {

// What the console remembers of a fleet between runs (which version each node loaded, which
// gateways each node ran: tens of thousands of entries) is written once a burst of changes is
// over, on a thread of its own: a rescan of 5,000 gateways is 5,000 changes, and a write of
// 50,000 entries to the settings takes 0.2 s.
//
// schedule() marks a kind of data changed; when the delay has passed, its `collect` runs on this
// thread and returns the write, which the writer thread runs with what it captured (values of
// implicitly shared containers: the caller changes its own copy meanwhile). Writes run one after
// the other, in order. The destructor writes what waits and waits for the writes.
class DeferredSave final : public QObject {
    Q_OBJECT

public:
    using Write = std::function<void()>;
    using Collect = std::function<Write()>;

    explicit DeferredSave(int delayMs = 1000, QObject *parent = nullptr);
    ~DeferredSave() override;
    DeferredSave(const DeferredSave &) = delete;
    DeferredSave &operator=(const DeferredSave &) = delete;

    // The last `collect` of a kind is the one that runs.
    void schedule(const QString &kind, Collect collect);
    // Starts every write that waits now, and waits until every write is done.
    void flush();
    bool isPending() const { return !m_pending.isEmpty(); }

private:
    void startPending();

    QTimer m_timer;
    QHash<QString, Collect> m_pending;
    QThreadPool m_writer;
};

} // namespace xynap::session
