#pragma once

#include "model/Clock.h"

#include <QObject>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace xynap::platform {

// What came back from the keychain. "No entry" is not an error: it is NotFound, and only when
// the keychain is known to be usable; every other outcome carries a translated `error` for the
// operator. `secret` is set only for a successful read.
struct [[nodiscard]] SecretResult {
    enum class Status {
        Ok,
        NotFound, // the keychain is usable and holds no such entry
        Locked, // the keychain refused: locked, or the user denied access
        Unavailable, // no session bus, no Secret Service, or it cannot store anything
        Timeout, // no answer in time (typically an unanswered unlock prompt)
        Failed, // anything else, e.g. a delete the backend refused
    };

    Status status = Status::Failed;
    QString secret;
    QString error;

    bool ok() const { return status == Status::Ok; }
};

// The console's secrets in the system keychain (Secret Service through QtKeychain), async.
//
// Storage scheme (libsecret schema "org.qt.keychain", as QtKeychain 0.13 writes it):
//   server = "xynap-console"                      (the service name, also the item's label)
//   user   = "<profile>/api-token"                the Platform API token of a profile
//   user   = "<profile>/esl-password:<host:port>" an Event Socket password of a profile
//   type   = "plaintext"
// `secret-tool lookup user 'lab/api-token' server xynap-console type plaintext` reads one back.
// Profile and host:port are used verbatim (pass EslEndpoint::toString() for the canonical
// form). The key ".xynap-probe" is reserved: see below.
//
// Every job runs with the insecure plain-file fallback switched off and deletes itself. Nothing
// is ever written to QSettings or logged except the key.
//
// Trust: a locked Secret Service answers a read with "not found" and a delete with success, so
// a read that finds nothing and every successful remove are confirmed by a write probe (write
// and delete ".xynap-probe"): a locked collection refuses the write, and the result becomes
// Locked (or Unavailable when no collection can be written at all) instead of a false
// NotFound/Ok. With a desktop session a locked keyring may show the user an unlock prompt for
// the probe, as it does for any write.
//
// Availability: without a session bus address (DBUS_SESSION_BUS_ADDRESS or $XDG_RUNTIME_DIR/bus)
// a call is answered Unavailable at once, before GDBus could autolaunch a bus. A dead bus, a bus
// on which nothing provides org.freedesktop.secrets, or a Secret Service without a writable
// default collection come back from QtKeychain as errors and are reported Unavailable.
//
// Timeout: each call has a deadline (setTimeout, default 5 s) covering all of its jobs; a job
// still pending then (a password prompt nobody answers, a stuck daemon) is abandoned: the
// callback reports Timeout and nothing of that job reaches the caller afterwards. QtKeychain runs
// jobs one at a time, so while an abandoned job is stuck in the daemon, later calls time out too.
// Timeout does not mean "not done": an abandoned write is still applied if the daemon wakes up.
//
// Callbacks run from the event loop (never from inside read/write/remove, never in a nested
// loop), exactly once, and only while `context` (the store itself when null) and the store are
// alive. Destroying either drops the callback but not the operation: a write already handed to
// the keychain completes.
class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    static constexpr int DefaultTimeoutMs = 5'000;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // The clock the timeout runs on (nullptr: the system clock); must outlive the calls.
    void setClock(Clock *clock) { m_clock = clock; }
    int timeout() const { return m_timeoutMs; }

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    // Removing an entry that does not exist is Ok.
    void remove(const QString &key, QObject *context, Callback done);

    static QString serviceName();
    static QString apiTokenKey(const QString &profile);
    static QString eslPasswordKey(const QString &profile, const QString &hostPort);

private:
    class Operation;

    Operation *begin(const char *verb, const QString &key, QObject *context, Callback done);
    void run(Operation *op, QKeychain::Job *job, const QString &key,
        std::function<void(QKeychain::Job *)> next);
    void confirmUsable(Operation *op, SecretResult resultIfUsable);

    int m_timeoutMs = DefaultTimeoutMs;
    Clock *m_clock = nullptr;
};

} // namespace xynap::platform
