// A minimal Event Socket server on 127.0.0.1 for the benchmarks (bench_esl, bench_gui_scale,
// bench_esl_server): the sandbox is far too slow to serve tens of thousands of gateways or tens
// of megabytes of events. POSIX sockets, one thread per client (LoopbackServerThread), no Qt event
// loop: it never competes with the client's event loop for anything but the CPU.
//
// What it speaks, as FreeSWITCH does: auth/request → `auth …` → +OK accepted; `event …` → +OK
// and one HEARTBEAT; `api sofia xmlstatus gateway` → the configured gateways, then the configured
// event payload, once per connection; any other `api` → "+OK"; `exit` → close. With
// `handshake = false` it writes the payload the moment a client connects and nothing else (the
// read floor).

#pragma once

#include "LoopbackServerThread.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <chrono>
#include <poll.h>
#include <sys/socket.h>
#include <utility>

namespace xynap_bench {

// One gateway of `sofia xmlstatus gateway`, as FreeSWITCH writes it (about 1 KB). Name
// gw-000001…; every 20th gateway fails to register (FAIL_WAIT, 503), every 25th has its OPTIONS
// ping DOWN; the rest are REGED (even) or NOREG with ping UP (odd).
inline QByteArray gatewayXml(int i)
{
    const QByteArray name = "gw-" + QByteArray::number(i).rightJustified(6, '0');
    const bool reg = i % 2 == 0;
    const QByteArray profile = reg ? "internal" : "external-ipv4";
    const QByteArray state = i % 20 == 0 ? "FAIL_WAIT" : reg ? "REGED" : "NOREG";
    const QByteArray ping = i % 25 == 0 ? "DOWN" : "UP";
    return "  <gateway>\n    <name>" + name + "</name>\n    <profile>" + profile
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

// `sofia xmlstatus gateway` for n gateways (gatewayXml(1) … gatewayXml(n)).
inline QByteArray gatewaysXml(int n)
{
    QByteArray out;
    out.reserve(qsizetype(n) * 1100 + 128);
    out += "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<gateways>\n";
    for (int i = 1; i <= n; ++i)
        out += gatewayXml(i);
    out += "</gateways>\n";
    return out;
}

// The k-th event of a live stream over n gateways, as FreeSWITCH's sofia_reg.c sends it
// (capture 21's headers): registering gateways (even) go TRYING → REGED and now and then
// FAILED → FAIL_WAIT (which makes the console ask for that gateway's status); the others flip
// their OPTIONS ping.
inline QByteArray gatewayStateEvent(int n, qint64 k)
{
    const int i = int((quint64(k) * 2654435761u) % quint64(n)) + 1;
    const QByteArray name = "gw-" + QByteArray::number(i).rightJustified(6, '0');
    QByteArray state;
    QByteArray ping = "UP";
    QByteArray status;
    QByteArray phrase;
    if (i % 2 == 0) {
        static const char *const steps[] = {"TRYING", "REGED", "TRYING", "REGED", "TRYING", "REGED",
            "TRYING", "REGED", "FAILED", "FAIL_WAIT"};
        state = steps[(k / n) % 10];
        if (state == "REGED") {
            status = "200";
            phrase = "OK";
        } else if (state == "FAILED") {
            status = "503";
            phrase = "Service%20Unavailable";
        }
    } else {
        state = "NOREG";
        ping = (k / n) % 2 ? "DOWN" : "UP";
        status = ping == "UP" ? "200" : "408";
        phrase = ping == "UP" ? "OK" : "Request%20Timeout";
    }
    QByteArray e = "Event-Subclass: sofia%3A%3Agateway_state\nEvent-Name: CUSTOM\n"
                   "Core-UUID: 05cb1186-39cf-4be5-b7b0-c80daa4280d7\n"
                   "FreeSWITCH-Hostname: xynap-fs1\nFreeSWITCH-Switchname: xynap-fs1\n"
                   "FreeSWITCH-IPv4: 46.4.96.105\nFreeSWITCH-IPv6: 2a01%3A4f8%3A140%3A829d%3A%3A2\n"
                   "Event-Date-Local: 2026-11-26%2007%3A13%3A54\n"
                   "Event-Date-GMT: Thu,%2026%20Nov%202026%2007%3A13%3A54%20GMT\n"
                   "Event-Date-Timestamp: "
        + QByteArray::number(1795677234626103LL + k * 1000)
        + "\nEvent-Calling-File: sofia_reg.c\n"
          "Event-Calling-Function: sofia_reg_fire_custom_gateway_state_event\n"
          "Event-Calling-Line-Number: 156\nEvent-Sequence: "
        + QByteArray::number(1000 + k) + "\nGateway: " + name + "\nState: " + state
        + "\nPing-Status: " + ping
        + "\nRegister-Network-IP: %5B2001%3A8d8%3A104%3A100%3A212%3A227%3A124%3A129%5D\n"
          "Register-Network-Port: 5060\n";
    if (!status.isEmpty())
        e += "Phrase: " + phrase + "\nStatus: " + status + "\n";
    return e + "\n";
}

class LoopbackEslServer {
public:
    struct Options {
        bool handshake = true;
        QByteArray gatewaysXml; // the answer to `api sofia xmlstatus gateway`
        QByteArray payload; // raw frames, written after that answer (or at once: !handshake)
        // A live stream after the payload: gatewayStateEvent(streamGateways, k) at this rate per
        // connection, until the server is destroyed (0: none). `sofia xmlstatus gateway
        // PROFILE::gw-…` is answered with that gateway's gatewayXml().
        double eventsPerSecond = 0;
        int streamGateways = 0;
    };

    explicit LoopbackEslServer(Options options)
        : m_options(std::move(options))
    {
        m_server.start([this](int fd) { serve(fd); });
    }

    ~LoopbackEslServer() { m_server.stop(); }

    LoopbackEslServer(const LoopbackEslServer &) = delete;
    LoopbackEslServer &operator=(const LoopbackEslServer &) = delete;

    quint16 port() const { return m_server.port(); }

    static QByteArray eventFrame(const QByteArray &plainEvent)
    {
        return "Content-Length: " + QByteArray::number(plainEvent.size())
            + "\nContent-Type: text/event-plain\n\n" + plainEvent;
    }

private:
    static bool writeAll(int fd, const QByteArray &bytes)
    {
        return LoopbackServerThread::sendAll(fd, bytes);
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
            return;
        }
        bool payloadSent = false;
        QByteArray in;
        char buf[65536];
        bool open = writeAll(fd, QByteArray("Content-Type: auth/request\n\n"));
        const bool streams = m_options.eventsPerSecond > 0 && m_options.streamGateways > 0;
        auto streamStart = std::chrono::steady_clock::now();
        qint64 streamed = 0;
        while (open) {
            pollfd p {fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, streams && payloadSent ? 5 : 50);
            if (m_server.stopping())
                break;
            if (streams && payloadSent) {
                // Paced in 5 ms steps: what is due by now, as one write.
                const double seconds
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - streamStart)
                          .count();
                const auto due = qint64(seconds * m_options.eventsPerSecond);
                QByteArray frames;
                for (; streamed < due; ++streamed)
                    frames += eventFrame(gatewayStateEvent(m_options.streamGateways, streamed));
                if (!frames.isEmpty())
                    open = writeAll(fd, frames);
            }
            if (ready <= 0)
                continue;
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
                        streamStart = std::chrono::steady_clock::now();
                    }
                } else if (command.startsWith("api sofia xmlstatus gateway ")) {
                    const QByteArray target = command.mid(28);
                    const int i = target.mid(target.lastIndexOf("gw-") + 3).toInt();
                    open = writeAll(
                        fd, apiResponse(i > 0 ? gatewayXml(i) : QByteArray("Invalid Gateway!\n")));
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
    }

    Options m_options;
    LoopbackServerThread m_server; // last: its threads read the members above
};

} // namespace xynap_bench
