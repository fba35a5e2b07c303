#include "platform/LimitedTcpServer.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <sys/socket.h>

namespace xynap::platform {

QByteArray payloadTooLargeAnswer(const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 413 Payload Too Large\r\nContent-Type: " + contentType
        + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

void limitRequestSize(QTcpSocket *socket, qint64 maxRequestBytes, const QByteArray &answer)
{
    // QAbstractHttpServer reads everything that arrived inside a transaction and commits it when
    // a request is complete: no transaction means the next bytes start a new request.
    auto received = std::make_shared<qint64>(0);
    QObject::connect(
        socket, &QTcpSocket::readyRead, socket, [socket, received, maxRequestBytes, answer] {
            if (!socket->isTransactionStarted())
                *received = 0;
            *received += socket->bytesAvailable();
            if (*received <= maxRequestBytes || socket->property("refused").toBool())
                return;
            socket->setProperty("refused", true);
            // The HTTP server stops reading this connection: what it holds so far is dropped,
            // and from now on every byte that arrives is read and thrown away, never kept.
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            if (socket->isTransactionStarted())
                socket->commitTransaction();
            socket->readAll();
            QObject::connect(
                socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            socket->write(answer);
            // Answer sent: no more from this side (FIN, not a reset that would lose the
            // answer); the client has a moment to read it and hang up, then the connection
            // ends anyway.
            const auto finishWriting = [socket] {
                if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
                    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
            };
            // Over TLS the answer has left only once its encrypted bytes have.
            if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
                QObject::connect(tls, &QSslSocket::encryptedBytesWritten, tls, [tls] {
                    if (tls->encryptedBytesToWrite() == 0 && tls->bytesToWrite() == 0
                        && tls->socketDescriptor() >= 0)
                        ::shutdown(int(tls->socketDescriptor()), SHUT_WR);
                });
            } else {
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, finishWriting);
            }
            QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
        });
}

LimitedTcpServer::LimitedTcpServer(qint64 maxRequestBytes, QByteArray answer, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
    , m_answer(std::move(answer))
{
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    limitRequestSize(socket, m_maxRequestBytes, m_answer);
    addPendingConnection(socket); // QTcpServer emits newConnection() after this returns
}

} // namespace xynap::platform
