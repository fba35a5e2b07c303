#pragma once

#include <QByteArray>
#include <QTcpServer>

class QTcpSocket;

namespace xynap::platform {

// The refusal a listening HTTP server sends when one request brings too many bytes: a complete
// HTTP/1.1 413 answer ("Connection: close").
QByteArray payloadTooLargeAnswer(const QByteArray &contentType, const QByteArray &body);

// Bounds what one HTTP request may bring over `socket`: QAbstractHttpServer keeps a request's
// bytes until the whole request has arrived, so a client announcing 400 MB (no token needed) was
// buffered entirely before anything could answer it. Called before the HTTP server sees the
// socket, so its check runs first on every readyRead: once one request has brought more than
// `maxRequestBytes`, `answer` is sent, nothing more is kept, and the connection ends.
void limitRequestSize(QTcpSocket *socket, qint64 maxRequestBytes, const QByteArray &answer);

// A listening socket whose every connection is limited so (plain TCP; a QSslServer's sockets are
// limited from its startedEncryptionHandshake signal, see limitRequestSize).
class LimitedTcpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitedTcpServer)

public:
    LimitedTcpServer(qint64 maxRequestBytes, QByteArray answer, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxRequestBytes;
    QByteArray m_answer;
};

} // namespace xynap::platform
