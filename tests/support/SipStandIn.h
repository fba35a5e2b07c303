#pragma once

#include <QHostAddress>
#include <QString>
#include <QThread>
#include <memory>

namespace xynap::testsupport {

class SipStandInWorker;

// A SIP provider on a loopback UDP port, for the real FreeSWITCH: it answers OPTIONS with 200 and
// REGISTER with a digest challenge (realm sip.1und1.de), then 200 — as Plusnet and 1&1 do — or
// fails the way a provider fails: silent (black hole), a fixed answer (401, 403, 503 …), or gone
// (the port closed, so the kernel answers ICMP port unreachable and no SIP answer exists at all).
// It runs in a thread of its own, so it answers while the test waits for a process.
class SipStandIn final {
public:
    enum class Mode { Answer, BlackHole, Reject };

    // Loopback only: 127.0.0.1 or ::1; port 0 picks a free one.
    explicit SipStandIn(const QHostAddress &address, quint16 port = 0);
    ~SipStandIn();
    SipStandIn(const SipStandIn &) = delete;
    SipStandIn &operator=(const SipStandIn &) = delete;

    // Binds the port; false if it could not be bound.
    [[nodiscard]] bool start();
    quint16 port() const { return m_port; }
    // As a gateway names it: "127.0.0.1:5070", "[::1]:5072".
    QString hostPort() const;

    void answer();
    void blackHole();
    // Every request (OPTIONS and REGISTER) is answered with this final response (a 401 with a
    // fresh challenge each time, as a registrar answers credentials it does not accept).
    void reject(int code, const QString &phrase);
    // Closes the port: nothing listens, FreeSWITCH's own stack produces the failure.
    void stop();
    // Binds the same port again, answering.
    [[nodiscard]] bool resume();

    // Requests received so far with this method ("REGISTER", "OPTIONS").
    int received(const QString &method) const;

private:
    QHostAddress m_address;
    quint16 m_port = 0;
    QThread m_thread;
    SipStandInWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace xynap::testsupport
