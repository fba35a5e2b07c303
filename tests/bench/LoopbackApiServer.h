// A minimal Platform API on 127.0.0.1 for bench_gui_scale: GET /api/v1/sip/trunks,
// /api/v1/sip/profiles and /api/v1/auth/me answered from documents built once, everything else
// 404. POSIX sockets, one thread per connection, HTTP/1.1 keep-alive, no Qt event loop: serving
// a 20,000-trunk list must not cost the console's main thread anything (the sandbox's ApiServer
// runs on the event loop it would be measuring).

#pragma once

#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace xynap_bench {

// T trunks named like LoopbackEslServer's gateways (gw-000001…) and configured as they run
// there, so that the drift rules compare real values (even: 1&1 registering on "internal",
// odd: Plusnet on "external-ipv4").
inline QList<xynap::Trunk> benchTrunks(int n)
{
    QList<xynap::Trunk> trunks;
    trunks.reserve(n);
    for (int i = 1; i <= n; ++i) {
        xynap::Trunk t;
        t.id = i;
        t.gatewayName = QStringLiteral("gw-") + QString::number(i).rightJustified(6, u'0');
        const bool reg = i % 2 == 0;
        t.provider = reg ? QStringLiteral("1und1") : QStringLiteral("plusnet");
        t.profile = reg ? QStringLiteral("internal") : QStringLiteral("external-ipv4");
        t.proxy = QStringLiteral("sip.1und1.de");
        t.realm = QStringLiteral("sip.1und1.de");
        t.registerEnabled = reg;
        t.username = QStringLiteral("4930") + QString::number(100000 + i);
        t.passwordSet = true;
        t.callerId = QStringLiteral("4930123456");
        t.expireSeconds = 120;
        t.pingSeconds = 15;
        trunks.append(t);
    }
    return trunks;
}

class LoopbackApiServer {
public:
    explicit LoopbackApiServer(const QList<xynap::Trunk> &trunks)
    {
        QJsonArray list;
        for (const xynap::Trunk &t : trunks)
            list.append(xynap::trunkToJson(t));
        m_trunks = QJsonDocument(
            QJsonObject {{QStringLiteral("trunks"),
                list}}).toJson(QJsonDocument::Compact);
        QJsonArray profiles;
        for (const char *name : {"internal", "external-ipv4"}) {
            xynap::SofiaProfile p;
            p.name = QString::fromLatin1(name);
            profiles.append(xynap::profileToJson(p));
        }
        m_profiles = QJsonDocument(QJsonObject {{QStringLiteral("profiles"), profiles}})
                         .toJson(QJsonDocument::Compact);
        m_me = R"({"operator":"bench","permissions":["trunks:read"]})";

        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(m_listen, 16) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~LoopbackApiServer()
    {
        m_stop = true;
        if (m_acceptor.joinable())
            m_acceptor.join();
        {
            const std::lock_guard lock(m_mutex);
            for (const int fd : m_clients)
                ::shutdown(fd, SHUT_RDWR);
        }
        for (std::thread &t : m_threads)
            t.join();
        ::close(m_listen);
    }

    LoopbackApiServer(const LoopbackApiServer &) = delete;
    LoopbackApiServer &operator=(const LoopbackApiServer &) = delete;

    quint16 port() const { return m_port; }
    qsizetype trunkListBytes() const { return m_trunks.size(); }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p {m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0)
                continue;
            const std::lock_guard lock(m_mutex);
            m_clients.push_back(fd);
            m_threads.emplace_back([this, fd] { serve(fd); });
        }
    }

    static bool writeAll(int fd, const QByteArray &bytes)
    {
        const char *data = bytes.constData();
        qsizetype size = bytes.size();
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            data += n;
            size -= n;
        }
        return true;
    }

    QByteArray answer(const QByteArray &requestLine) const
    {
        const QByteArray path = requestLine.split(' ').value(1);
        int status = 200;
        QByteArray body;
        if (path == "/api/v1/sip/trunks")
            body = m_trunks;
        else if (path == "/api/v1/sip/profiles")
            body = m_profiles;
        else if (path == "/api/v1/auth/me")
            body = m_me;
        else {
            status = 404;
            body = R"({"error":{"code":"not_found","message":"Not served by the benchmark."}})";
        }
        return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    void serve(int fd)
    {
        QByteArray in;
        char buf[16384];
        bool open = true;
        while (open) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            in.append(buf, n);
            qsizetype end;
            while (open && (end = in.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = in.left(end);
                in.remove(0, end + 4); // GET requests only: no body
                open = writeAll(fd, answer(head.left(head.indexOf("\r\n"))));
            }
        }
        const std::lock_guard lock(m_mutex);
        std::erase(m_clients, fd);
        ::close(fd);
    }

    QByteArray m_trunks;
    QByteArray m_profiles;
    QByteArray m_me;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<int> m_clients;
    std::vector<std::thread> m_threads;
};

} // namespace xynap_bench
