#include "SipStandIn.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace xynap::testsupport {

// Everything that touches the socket runs in the stand-in's thread.
class SipStandInWorker final : public QObject {
    Q_OBJECT

public:
    using Mode = SipStandIn::Mode;

    bool bind(const QHostAddress &address, quint16 port)
    {
        m_socket = std::make_unique<QUdpSocket>();
        if (!m_socket->bind(address, port, QUdpSocket::DontShareAddress))
            return false;
        m_port = m_socket->localPort();
        connect(m_socket.get(), &QUdpSocket::readyRead, this, &SipStandInWorker::read);
        return true;
    }
    void close() { m_socket.reset(); }
    quint16 port() const { return m_port; }

    void setMode(Mode mode, int code, const QByteArray &phrase)
    {
        QMutexLocker lock(&m_mutex);
        m_mode = mode;
        m_code = code;
        m_phrase = phrase;
    }
    int received(const QByteArray &method) const
    {
        QMutexLocker lock(&m_mutex);
        return m_received.value(method);
    }

private:
    void read()
    {
        while (m_socket && m_socket->hasPendingDatagrams()) {
            QHostAddress from;
            quint16 fromPort = 0;
            QByteArray datagram(int(m_socket->pendingDatagramSize()), Qt::Uninitialized);
            const qint64 n
                = m_socket->readDatagram(datagram.data(), datagram.size(), &from, &fromPort);
            if (n <= 0)
                continue;
            datagram.truncate(n);
            const QByteArray reply = answerTo(datagram);
            if (!reply.isEmpty())
                m_socket->writeDatagram(reply, from, fromPort);
        }
    }

    QByteArray answerTo(const QByteArray &request)
    {
        const QList<QByteArray> lines = request.split('\n');
        if (lines.isEmpty() || lines.first().startsWith("SIP/2.0"))
            return {}; // a response (FreeSWITCH's answer to something) needs none
        const QByteArray method = lines.first().split(' ').value(0);
        Mode mode;
        int code;
        QByteArray phrase;
        {
            QMutexLocker lock(&m_mutex);
            ++m_received[method];
            mode = m_mode;
            code = m_code;
            phrase = m_phrase;
        }
        if (mode == Mode::BlackHole || method == "ACK")
            return {};
        QList<QByteArray> copied;
        QByteArray contact;
        bool authorized = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                break;
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name == "via" || name == "v" || name == "from" || name == "f" || name == "call-id"
                || name == "i" || name == "cseq") {
                copied.append(line);
            } else if (name == "to" || name == "t") {
                copied.append(line.contains(";tag=") ? line : line + ";tag=standin");
            } else if (name == "contact" || name == "m") {
                contact = line;
            } else if (name == "authorization") {
                authorized = true;
            }
        }
        QList<QByteArray> extra;
        if (mode == Mode::Reject) {
            // As given; a registrar's 401 always carries a fresh challenge (wrong credentials).
            if (code == 401)
                extra.append("WWW-Authenticate: Digest realm=\"sip.1und1.de\", nonce=\""
                    + QByteArray::number(++m_nonce) + "standin\", algorithm=MD5, qop=\"auth\"");
        } else if (method == "REGISTER" && !authorized) {
            code = 401;
            phrase = "Unauthorized";
            extra.append("WWW-Authenticate: Digest realm=\"sip.1und1.de\", nonce=\""
                + QByteArray::number(++m_nonce) + "standin\", algorithm=MD5, qop=\"auth\"");
        } else {
            code = 200;
            phrase = "OK";
            if (method == "REGISTER" && !contact.isEmpty()) {
                extra.append(contact + ";expires=60");
                extra.append("Expires: 60");
            }
        }
        QByteArray out = "SIP/2.0 " + QByteArray::number(code) + ' ' + phrase + "\r\n";
        for (const QByteArray &h : std::as_const(copied))
            out += h + "\r\n";
        for (const QByteArray &h : std::as_const(extra))
            out += h + "\r\n";
        out += "Server: xynap-test-provider\r\nContent-Length: 0\r\n\r\n";
        return out;
    }

    std::unique_ptr<QUdpSocket> m_socket;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Mode m_mode = Mode::Answer;
    int m_code = 0;
    QByteArray m_phrase;
    QHash<QByteArray, int> m_received;
    int m_nonce = 0;
};

SipStandIn::SipStandIn(const QHostAddress &address, quint16 port)
    : m_address(address)
    , m_port(port)
{
    Q_ASSERT(address.isLoopback());
    m_worker = new SipStandInWorker;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SipStandIn::~SipStandIn()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SipStandIn::start()
{
    if (!m_address.isLoopback())
        return false;
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->bind(m_address, m_port); }, Qt::BlockingQueuedConnection);
    if (ok)
        m_port = m_worker->port();
    return ok;
}

QString SipStandIn::hostPort() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(m_address.toString())
        : m_address.toString();
    return u"%1:%2"_s.arg(host).arg(m_port);
}

void SipStandIn::answer()
{
    m_worker->setMode(Mode::Answer, 0, {});
}

void SipStandIn::blackHole()
{
    m_worker->setMode(Mode::BlackHole, 0, {});
}

void SipStandIn::reject(int code, const QString &phrase)
{
    m_worker->setMode(Mode::Reject, code, phrase.toUtf8());
}

void SipStandIn::stop()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
}

bool SipStandIn::resume()
{
    answer();
    return start();
}

int SipStandIn::received(const QString &method) const
{
    return m_worker->received(method.toUtf8());
}

} // namespace xynap::testsupport

#include "SipStandIn.moc"
