// A minimal Platform API on 127.0.0.1 for bench_gui_scale: GET /api/v1/sip/trunks,
// /api/v1/sip/profiles and /api/v1/auth/me answered from documents built once, everything else
// 404. POSIX sockets, one thread per connection (LoopbackServerThread), HTTP/1.1 keep-alive, no Qt
// event loop: serving
// a 20,000-trunk list must not cost the console's main thread anything (the sandbox's ApiServer
// runs on the event loop it would be measuring).

#pragma once

#include "LoopbackServerThread.h"
#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sys/socket.h>

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
        m_server.start([this](int fd) { serve(fd); });
    }

    ~LoopbackApiServer() { m_server.stop(); }

    LoopbackApiServer(const LoopbackApiServer &) = delete;
    LoopbackApiServer &operator=(const LoopbackApiServer &) = delete;

    quint16 port() const { return m_server.port(); }
    qsizetype trunkListBytes() const { return m_trunks.size(); }

private:
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
                open = LoopbackServerThread::sendAll(fd, answer(head.left(head.indexOf("\r\n"))));
            }
        }
    }

    QByteArray m_trunks;
    QByteArray m_profiles;
    QByteArray m_me;
    LoopbackServerThread m_server; // last: its threads read the members above
};

} // namespace xynap_bench
