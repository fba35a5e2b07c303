#include "platform/SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <optional>
#include <qt6keychain/keychain.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace xynap::platform {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "xynap.platform.secrets", QtInfoMsg)

using Status = SecretResult::Status;

// Reserved: helpers always produce "<profile>/...", so this never collides with a real entry.
QString probeKey()
{
    return u".xynap-probe"_s;
}

const char *statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::NotFound:
        return "not found";
    case Status::Locked:
        return "locked";
    case Status::Unavailable:
        return "unavailable";
    case Status::Timeout:
        return "timeout";
    case Status::Failed:
        return "failed";
    }
    return "?";
}

SecretResult failure(Status status, QString error)
{
    return SecretResult {status, QString(), std::move(error)};
}

// What a QtKeychain error means for the caller. EntryNotFound is handled before this: here it
// only arrives where it is not an answer (a write), and counts as a failure.
SecretResult fromJobError(QKeychain::Error error, const QString &backendText)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult {Status::Ok, QString(), QString()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return failure(Status::Locked,
            QCoreApplication::translate("xynap::platform",
                "The keychain is locked or refused access (%1). "
                "Unlock it and try again.")
                .arg(backendText));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return failure(Status::Unavailable,
            QCoreApplication::translate("xynap::platform",
                "No usable keychain was found (%1). A Secret "
                "Service such as GNOME Keyring or KWallet must "
                "be running and have an unlocked default keyring.")
                .arg(backendText));
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return failure(Status::Failed,
        QCoreApplication::translate("xynap::platform", "The keychain reported an error: %1")
            .arg(backendText));
}

// libsecret reaches the bus through GDBus; without an address it would try to autolaunch a bus
// (and, with a display, a keyring that prompts). Refuse early instead.
bool sessionBusConfigured()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + u"/bus"_s);
}

} // namespace

// One caller's request: its deadline, its callback, the jobs it is listening to. A child of the
// store; deletes itself once it has answered.
class SecretStore::Operation final : public QObject {
public:
    Operation(const char *verb, const QString &key, QObject *context, Callback done, int timeoutMs,
        Clock *clock, QObject *parent)
        : QObject(parent)
        , m_verb(verb)
        , m_key(key)
        , m_context(context)
        , m_done(std::move(done))
    {
        m_timer.setClock(clock);
        m_timer.setSingleShot(true);
        connect(&m_timer, &Timer::timeout, this, [this, timeoutMs] {
            finish(failure(Status::Timeout,
                QCoreApplication::translate("xynap::platform",
                    "The keychain did not answer within %1 s. "
                    "It may be locked and waiting for a "
                    "password prompt.")
                    .arg(timeoutMs / 1000.0, 0, 'g', 3)));
        });
        m_timer.start(timeoutMs);
    }

    bool isFinished() const { return m_finished; }
    void listenTo(const QMetaObject::Connection &connection) { m_connections.append(connection); }

    void finish(const SecretResult &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        // Abandoned jobs stay alive (libsecret still holds them) and delete themselves when
        // the daemon finally answers; they just have nobody to tell any more.
        for (const QMetaObject::Connection &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        if (result.status == Status::Ok || result.status == Status::NotFound)
            qCDebug(lcSecrets) << m_verb << m_key << statusName(result.status);
        else
            qCInfo(lcSecrets).noquote()
                << m_verb << m_key << statusName(result.status) << result.error;
        // The callback may delete the store and with it this object: touch nothing afterwards.
        const QPointer<QObject> context = m_context;
        const Callback done = std::move(m_done);
        deleteLater();
        if (context && done)
            done(result);
    }

private:
    const char *m_verb;
    QString m_key;
    QPointer<QObject> m_context;
    Callback m_done;
    Timer m_timer;
    QList<QMetaObject::Connection> m_connections;
    bool m_finished = false;
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return u"xynap-console"_s;
}

QString SecretStore::apiTokenKey(const QString &profile)
{
    return profile + u"/api-token"_s;
}

QString SecretStore::eslPasswordKey(const QString &profile, const QString &hostPort)
{
    return profile + u"/esl-password:"_s + hostPort;
}

SecretStore::Operation *SecretStore::begin(
    const char *verb, const QString &key, QObject *context, Callback done)
{
    auto *op = new Operation(
        verb, key, context ? context : this, std::move(done), m_timeoutMs, m_clock, this);
    std::optional<SecretResult> early;
    if (key.isEmpty()) {
        early = failure(Status::Failed,
            QCoreApplication::translate(
                "xynap::platform", "No key was given for the keychain entry."));
    } else if (!sessionBusConfigured()) {
        early = failure(Status::Unavailable,
            QCoreApplication::translate("xynap::platform",
                "There is no D-Bus session bus, so the system "
                "keychain cannot be reached."));
    }
    if (!early)
        return op;
    QTimer::singleShot(0, op, [op, result = *early] { op->finish(result); });
    return nullptr;
}

void SecretStore::run(Operation *op, QKeychain::Job *job, const QString &key,
    std::function<void(QKeychain::Job *)> next)
{
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    op->listenTo(connect(
        job, &QKeychain::Job::finished, op, [op, next = std::move(next)](QKeychain::Job *j) {
            if (!op->isFinished())
                next(j);
        }));
    job->start();
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    Operation *op = begin("read", key, context, std::move(done));
    if (!op)
        return;
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    run(op, job, key, [this, op, job](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            op->finish(SecretResult {Status::Ok, job->textData(), QString()});
        else if (job->error() == QKeychain::EntryNotFound)
            confirmUsable(op, SecretResult {Status::NotFound, QString(), QString()});
        else
            op->finish(fromJobError(job->error(), job->errorString()));
    });
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    Operation *op = begin("write", key, context, std::move(done));
    if (!op)
        return;
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(secret);
    run(op, job, key,
        [op](QKeychain::Job *j) { op->finish(fromJobError(j->error(), j->errorString())); });
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Operation *op = begin("remove", key, context, std::move(done));
    if (!op)
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    run(op, job, key, [this, op](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            confirmUsable(op, SecretResult {Status::Ok, QString(), QString()});
        else
            op->finish(fromJobError(j->error(), j->errorString()));
    });
}

// A locked collection still answers lookups ("nothing there") and deletes ("done"), but refuses
// to create an item. So write a harmless probe and take it away again; only if the write
// succeeds is the previous answer true.
void SecretStore::confirmUsable(Operation *op, SecretResult resultIfUsable)
{
    auto *probe = new QKeychain::WritePasswordJob(serviceName());
    probe->setTextData(u"probe"_s);
    run(op, probe, probeKey(), [this, op, result = std::move(resultIfUsable)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            SecretResult refused = fromJobError(j->error(), j->errorString());
            if (refused.status == Status::Locked) {
                refused.error = QCoreApplication::translate("xynap::platform",
                    "The keychain is locked, so its entries "
                    "can be neither read nor changed. Unlock "
                    "it and try again.");
            }
            op->finish(refused);
            return;
        }
        auto *cleanup = new QKeychain::DeletePasswordJob(serviceName());
        run(op, cleanup, probeKey(), [op, result](QKeychain::Job *c) {
            if (c->error() != QKeychain::NoError)
                qCDebug(lcSecrets) << "probe entry not removed:" << c->errorString();
            op->finish(result);
        });
    });
}

} // namespace xynap::platform
