#pragma once

#include <QTcpServer>

namespace xynap::sandbox {

// The Platform API's listening socket with a bound on one request: QAbstractHttpServer keeps a
// request's bytes until the whole body has arrived, so a client announcing 400 MB (no token
// needed) was buffered entirely before the API could answer 413. Here every connection is
// watched before the HTTP server reads it: once one request has brought more than
// `maxRequestBytes`, it is answered 413 and the connection closed — nothing more is buffered.
// (Plain HTTP; behind TLS the sandbox keeps ApiServer's check once the body is complete.)
class LimitedTcpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitedTcpServer)

public:
    LimitedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxRequestBytes;
};

} // namespace xynap::sandbox
