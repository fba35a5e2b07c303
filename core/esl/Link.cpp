#include "esl/Link.h"

#include "model/SofiaNames.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLink, "xynap.esl.link", QtInfoMsg)

namespace xynap::esl {

const QString Link::Subscription
    = u"event plain HEARTBEAT BACKGROUND_JOB CUSTOM sofia::gateway_state sofia::gateway_add "
      "sofia::gateway_delete sofia::gateway_invalid_digest_req"_s;

Link::Link(QString node, QString host, quint16 port, QString password, QObject *parent)
    : Link(std::move(node), std::move(host), port, std::move(password), Options {}, parent)
{
}

Link::Link(
    QString node, QString host, quint16 port, QString password, Options options, QObject *parent)
    : QObject(parent)
    , m_node(std::move(node))
    , m_host(std::move(host))
    , m_port(port)
    , m_password(std::move(password))
    , m_options(options)
    , m_backoffMs(options.initialBackoffMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &Timer::timeout, this, &Link::connectNow);
    m_snapshotRetry.setSingleShot(true);
    connect(&m_snapshotRetry, &Timer::timeout, this, &Link::takeSnapshot);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &Timer::timeout, this, [this] {
        const qint64 left = m_options.probeAfterMs - m_lastDataAt.msecsTo(m_clock->now());
        if (left > 0) {
            m_watchdog.start(int(left));
            return;
        }
        probe();
    });
}

void Link::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_retryTimer.setClock(m_clock);
    m_watchdog.setClock(m_clock);
    m_snapshotRetry.setClock(m_clock);
}

void Link::start()
{
    m_running = true;
    connectNow();
}

void Link::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_watchdog.stop();
    m_snapshotRetry.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    setState(State::Down, tr("Stopped."));
}

void Link::api(const QString &command, Connection::ApiCallback callback)
{
    if (!m_connection || m_state != State::Up) {
        callback(CommandReply::failed(tr("Not connected to %1.").arg(m_node)));
        return;
    }
    m_connection->api(command, std::move(callback), m_options.requestTimeoutMs);
}

void Link::connectNow()
{
    if (!m_running)
        return;
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
    }
    ++m_attempts;
    m_connection = new Connection(this);
    m_connection->setTurnBudget(m_budget);
    connect(m_connection, &Connection::ready, this, &Link::onReady);
    connect(m_connection, &Connection::failed, this, &Link::onLost);
    connect(m_connection, &Connection::closed, this, &Link::onLost);
    // Handed on as they come; the time data last came is taken once for all of a read's.
    m_connection->setEventSink([this](const Event &e) { Q_EMIT eventReceived(e); });
    connect(m_connection, &Connection::eventsReceived, this, &Link::touch);
    setState(State::Connecting,
        tr("Connecting to %1:%2 (attempt %3)…").arg(m_host).arg(m_port).arg(m_attempts));
    m_connection->connectToServer(m_host, m_port, m_password);
}

void Link::onReady()
{
    touch();
    m_lastError = LinkError::None;
    Connection *c = m_connection;
    c->command(
        Subscription,
        [this, c](const Message &reply) {
            if (c != m_connection)
                return;
            if (!reply.replyText().startsWith("+OK")) {
                onLost(LinkError::ProtocolError, QString::fromUtf8(reply.replyText()));
                return;
            }
            // Events from now on are delivered; the snapshot taken after the subscription cannot
            // miss a transition (events that raced it are newer or equal, and applied on top).
            takeSnapshot();
            // The name the operators know the node by (every event carries it too).
            c->api(
                u"hostname"_s,
                [this, c](const CommandReply &answer) {
                    if (c != m_connection || !answer.ok())
                        return;
                    const QString name = QString::fromUtf8(answer.body.left(256)).trimmed();
                    if (isValidHostname(name))
                        Q_EMIT hostnameReported(name);
                },
                m_options.requestTimeoutMs);
        },
        m_options.requestTimeoutMs);
}

bool Link::isValidHostname(QStringView name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'-' || c == u'_';
    });
}

void Link::takeSnapshot()
{
    Connection *c = m_connection;
    if (!c)
        return;
    // Read as it arrives: a fleet's list (about 1 KB per gateway) is never held whole, and what
    // is kept of each gateway is made as it is read.
    struct Read {
        GatewayStatusReader reader {MaxGatewaysPerNode, Fields::Read};
        GatewayList gateways;
        QStringList profiles; // the profiles' addresses: which family requests leave over
    };
    const auto read = std::make_shared<Read>();
    read->reader.setSink([list = read.get(), share = m_shareTexts](GatewayStatus &&g) {
        if (!list->profiles.contains(g.profile) && isValidSofiaName(g.profile))
            list->profiles.append(g.profile);
        if (share)
            share(g);
        list->gateways.append(ListedGateway::of(g));
    });
    c->apiStreamed(
        u"sofia xmlstatus gateway"_s, [read](QByteArrayView piece) { read->reader.feed(piece); },
        [this, c, read](const CommandReply &r) {
            if (c != m_connection)
                return;
            if (!r.ok()) {
                onLost(LinkError::Timeout, r.error);
                return;
            }
            touch();
            m_backoffMs = m_options.initialBackoffMs;
            m_attempts = 0;
            GatewayStatusParse parsed = read->reader.finish();
            if (parsed.ok() && !read->reader.sawText())
                parsed.error = tr("an empty answer");
            if (!parsed.ok()) {
                read->gateways = GatewayList();
                const QString error = tr("FreeSWITCH's gateway list could not be read (sofia "
                                         "xmlstatus gateway: %1)")
                                          .arg(parsed.error.left(200));
                setState(State::Up, error);
                Q_EMIT snapshotFailed(error, parsed.overLimit);
                m_snapshotRetry.start(m_options.snapshotRetryMs);
                return;
            }
            setState(State::Up, tr("Connected."));
            m_gateways = std::exchange(read->gateways, GatewayList());
            Q_EMIT snapshotTaken();
            m_gateways = GatewayList(); // what no receiver took
            const QStringList profiles = std::exchange(read->profiles, QStringList());
            for (const QString &profile : std::as_const(profiles)) {
                c->api(
                    u"sofia xmlstatus profile "_s + profile,
                    [this, c](const CommandReply &answer) {
                        if (c != m_connection || !answer.ok())
                            return;
                        const ProfileStatus status = parseProfileXmlStatus(answer.body);
                        if (status.ok())
                            Q_EMIT profileStatusReceived(status);
                    },
                    m_options.requestTimeoutMs);
            }
        },
        m_options.requestTimeoutMs);
}

void Link::onLost(LinkError error, const QString &detail)
{
    m_lastError = error;
    QString why = detail;
    if (error == LinkError::Timeout && m_probeSentAt.isValid()) {
        qCInfo(lcLink) << m_node << "no answer to a probe: reconnecting";
        why = tr("FreeSWITCH does not answer: no reply to a probe within %1 s (asked at %2).")
                  .arg(m_options.probeTimeoutMs / 1000)
                  .arg(m_probeSentAt.toLocalTime().toString(u"HH:mm:ss"_s));
    } else if (error == LinkError::Timeout && m_state == State::Up) {
        why = tr("FreeSWITCH does not answer: a request got no reply within %1 s.")
                  .arg(m_options.requestTimeoutMs / 1000);
    }
    m_probeSentAt = {};
    m_watchdog.stop();
    m_snapshotRetry.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    setState(State::Down, why.isEmpty() ? describe(error) : why);
    scheduleReconnect();
}

void Link::probe()
{
    Connection *c = m_connection;
    if (!c)
        return;
    // Silent for probeAfterMs: ask. An answer is data (touch() restarts the watchdog); none
    // within probeTimeoutMs means a switch that is hung or gone.
    m_probeSentAt = m_clock->now();
    c->api(
        u"status"_s,
        [this, c](const CommandReply &r) {
            if (c != m_connection)
                return;
            if (r.ok()) {
                m_probeSentAt = {};
                touch();
                Q_EMIT probeAnswered();
                return;
            }
            onLost(LinkError::Timeout, {});
        },
        m_options.probeTimeoutMs);
}

void Link::scheduleReconnect()
{
    if (!m_running)
        return;
    // Exponential back-off with ±20 % jitter, so many consoles do not reconnect in lockstep.
    const int jitter = int(m_backoffMs * 0.2);
    const int wait
        = m_backoffMs + (jitter > 0 ? QRandomGenerator::global()->bounded(-jitter, jitter + 1) : 0);
    m_backoffMs = qMin(m_backoffMs * 2, m_options.maxBackoffMs);
    m_retryTimer.start(qMax(50, wait));
}

void Link::setState(State state, const QString &detail)
{
    if (m_state == state && m_detail == detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

void Link::touch()
{
    m_lastDataAt = m_clock->now();
    if (!m_watchdog.isActive())
        m_watchdog.start(m_options.probeAfterMs);
}

} // namespace xynap::esl
