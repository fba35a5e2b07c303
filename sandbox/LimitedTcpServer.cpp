#include "sandbox/LimitedTcpServer.h"

#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace xynap::sandbox {

LimitedTcpServer::LimitedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own handler, so it runs first on every readyRead.
    // QAbstractHttpServer reads everything that arrived inside a transaction and commits it when
    // a request is complete: no transaction means the next bytes start a new request.
    auto received = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
        if (!socket->isTransactionStarted())
            *received = 0;
        *received += socket->bytesAvailable();
        if (*received <= m_maxRequestBytes || socket->property("refused").toBool())
            return;
        socket->setProperty("refused", true);
        // The HTTP server stops reading this connection: what it holds so far is dropped, and
        // from now on every byte that arrives is read and thrown away, never kept.
        disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        socket->readAll();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        const QByteArray body = R"({"error":{"code":"payload_too_large","message":)"
                                R"("The request is larger than the API accepts."}})";
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        // Answer sent: no more from this side (FIN, not a reset that would lose the answer);
        // the client has a moment to read it and hang up, then the connection ends anyway.
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        });
        QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
    });
    addPendingConnection(socket); // QTcpServer emits newConnection() after this returns
}

} // namespace xynap::sandbox
