#pragma once

// A client announcing a 400 MB request body to a server on this thread's event loop, sending
// until the server answers or hangs up (at most 64 MiB): what a server that buffers whole
// requests would keep, and what one that refuses them as they arrive answers early.
#include <QAbstractSocket>
#include <QSslSocket>
#include <QTest>

namespace xynap::testsupport {

struct OversizedRequest {
    QByteArray answer; // what the server said, as far as it came
    qint64 sent = 0; // body bytes written before it answered or hung up
};

inline OversizedRequest sendOversizedRequest(QAbstractSocket &socket)
{
    OversizedRequest r;
    const auto pending = [&socket] {
        const auto *tls = qobject_cast<const QSslSocket *>(&socket);
        return socket.bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
    };
    socket.write("POST /api/v1/sip/trunks HTTP/1.1\r\nHost: x\r\nContent-Type: "
                 "application/json\r\nContent-Length: 400000000\r\n\r\n");
    const QByteArray chunk(256 * 1024, ' ');
    while (r.sent < 64 * 1024 * 1024 && socket.state() == QAbstractSocket::ConnectedState
        && !r.answer.contains("\r\n\r\n")) {
        socket.write(chunk);
        r.sent += chunk.size();
        // Let the server read; the socket may block once it stops reading.
        (void)QTest::qWaitFor([&pending] { return pending() == 0; }, 200);
        r.answer += socket.readAll();
    }
    (void)QTest::qWaitFor(
        [&socket, &r] {
            r.answer += socket.readAll();
            return r.answer.contains("\r\n\r\n")
                || socket.state() != QAbstractSocket::ConnectedState;
        },
        5000);
    r.answer += socket.readAll();
    return r;
}

} // namespace xynap::testsupport
