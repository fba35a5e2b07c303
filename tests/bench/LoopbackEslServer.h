// A minimal Event Socket server on 127.0.0.1 for the benchmarks (bench_esl, bench_gui_scale,
// bench_esl_server): the sandbox is far too slow to serve tens of thousands of gateways or tens
// of megabytes of events. POSIX sockets, one thread per client, no Qt event loop: it never
// competes with the client's event loop for anything but the CPU.
//
// What it speaks, as FreeSWITCH does: auth/request → `auth …` → +OK accepted; `event …` → +OK
// and one HEARTBEAT; `api sofia xmlstatus gateway` → the configured gateways, then the configured
// event payload, once per connection; any other `api` → "+OK"; `exit` → close. With
// `handshake = false` it writes the payload the moment a client connects and nothing else (the
// read floor).

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

// `sofia xmlstatus gateway` for n gateways, as FreeSWITCH writes it (about 1 KB per gateway).
// Names gw-000001…; every 20th gateway fails to register (FAIL_WAIT, 503), every 25th has its
// OPTIONS ping DOWN; the rest are REGED (even) or NOREG with ping UP (odd).
inline QByteArray gatewaysXml(int n)
{
    QByteArray out;
    out.reserve(qsizetype(n) * 1100 + 128);
    out += "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<gateways>\n";
    for (int i = 1; i <= n; ++i) {
        const QByteArray name = "gw-" + QByteArray::number(i).rightJustified(6, '0');
        const bool reg = i % 2 == 0;
        const QByteArray profile = reg ? "internal" : "external-ipv4";
        const QByteArray state = i % 20 == 0 ? "FAIL_WAIT" : reg ? "REGED" : "NOREG";
        const QByteArray ping = i % 25 == 0 ? "DOWN" : "UP";
        out += "  <gateway>\n    <name>" + name + "</name>\n    <profile>" + profile
            + "</profile>\n    <scheme>Digest</scheme>\n    <realm>sip.1und1.de</realm>\n"
              "    <username>4930"
            + QByteArray::number(100000 + i)
            + "</username>\n    <password>yes</password>\n"
              "    <from>&lt;sip:4930123456@sip.1und1.de&gt;</from>\n"
              "    <contact>&lt;sip:gw+"
            + name + "@[::1]:5062;transport=udp;gw=" + name
            + "&gt;</contact>\n    <exten>4930123456</exten>\n"
              "    <to>sip:4930123456@sip.1und1.de</to>\n    <proxy>sip:sip.1und1.de</proxy>\n"
              "    <context>default</context>\n    <expires>120</expires>\n"
              "    <freq>120</freq>\n    <ping>0</ping>\n    <pingfreq>15</pingfreq>\n"
              "    <pingmin>1</pingmin>\n    <pingcount>1</pingcount>\n"
              "    <pingmax>1</pingmax>\n    <pingtime>0.76</pingtime>\n"
              "    <pinging>0</pinging>\n    <state>"
            + state + "</state>\n    <status>" + ping
            + "</status>\n    <uptime-usec>24890778</uptime-usec>\n"
              "    <calls-in>0</calls-in>\n    <calls-out>0</calls-out>\n"
              "    <failed-calls-in>0</failed-calls-in>\n"
              "    <failed-calls-out>0</failed-calls-out>\n  </gateway>\n";
    }
    out += "</gateways>\n";
    return out;
}

class LoopbackEslServer {
public:
    struct Options {
        bool handshake = true;
        QByteArray gatewaysXml; // the answer to `api sofia xmlstatus gateway`
        QByteArray payload; // raw frames, written after that answer (or at once: !handshake)
    };

    explicit LoopbackEslServer(Options options)
        : m_options(std::move(options))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(m_listen, 16) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~LoopbackEslServer()
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

    LoopbackEslServer(const LoopbackEslServer &) = delete;
    LoopbackEslServer &operator=(const LoopbackEslServer &) = delete;

    quint16 port() const { return m_port; }

    static QByteArray eventFrame(const QByteArray &plainEvent)
    {
        return "Content-Length: " + QByteArray::number(plainEvent.size())
            + "\nContent-Type: text/event-plain\n\n" + plainEvent;
    }

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

    static bool writeAll(int fd, const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            data += n;
            size -= n;
        }
        return true;
    }
    static bool writeAll(int fd, const QByteArray &bytes)
    {
        return writeAll(fd, bytes.constData(), bytes.size());
    }

    static QByteArray reply(const char *text)
    {
        return QByteArray("Content-Type: command/reply\nReply-Text: ") + text + "\n\n";
    }
    static QByteArray apiResponse(const QByteArray &body)
    {
        return "Content-Type: api/response\nContent-Length: " + QByteArray::number(body.size())
            + "\n\n" + body;
    }

    void serve(int fd)
    {
        if (!m_options.handshake) {
            writeAll(fd, m_options.payload);
            ::shutdown(fd, SHUT_WR);
            char sink[4096];
            while (::recv(fd, sink, sizeof sink, 0) > 0) { }
            const std::lock_guard lock(m_mutex);
            std::erase(m_clients, fd);
            ::close(fd);
            return;
        }
        bool payloadSent = false;
        QByteArray in;
        char buf[65536];
        bool open = writeAll(fd, QByteArray("Content-Type: auth/request\n\n"));
        while (open) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            in.append(buf, n);
            qsizetype end;
            while (open && (end = in.indexOf("\n\n")) >= 0) {
                const QByteArray command = in.left(end).split('\n').value(0).trimmed();
                in.remove(0, end + 2);
                if (command.startsWith("auth ")) {
                    open = writeAll(fd, reply("+OK accepted"));
                } else if (command.startsWith("event ")) {
                    open = writeAll(fd, reply("+OK event listener enabled plain"))
                        && writeAll(fd,
                            eventFrame("Event-Name: HEARTBEAT\nCore-UUID: "
                                       "05cb1186-39cf-4be5-b7b0-c80daa4280d7\n"
                                       "Event-Info: System%20Ready\n\n"));
                } else if (command == "api sofia xmlstatus gateway") {
                    open = writeAll(fd, apiResponse(m_options.gatewaysXml));
                    if (open && !payloadSent) {
                        payloadSent = true;
                        open = writeAll(fd, m_options.payload);
                    }
                } else if (command.startsWith("api ")) {
                    open = writeAll(fd, apiResponse("+OK\n"));
                } else if (command == "exit") {
                    writeAll(fd, reply("+OK bye"));
                    open = false;
                } else {
                    open = writeAll(fd, reply("+OK"));
                }
            }
        }
        const std::lock_guard lock(m_mutex);
        std::erase(m_clients, fd);
        ::close(fd);
    }

    Options m_options;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<int> m_clients;
    std::vector<std::thread> m_threads;
};

} // namespace xynap_bench
