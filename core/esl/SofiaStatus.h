#pragma once

#include "model/GatewayStatus.h"
#include "model/StringPool.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace xynap::esl {

struct [[nodiscard]] GatewayStatusParse {
    QList<GatewayStatus> gateways;
    QString error; // "Invalid Gateway!" and the like, or an XML error with its line
    // The reply exceeds a bound (more than maxGateways gateways, or more than MaxSnapshotBytes):
    // `error` says which; `gateways` is empty.
    bool overLimit = false;
    bool ok() const { return error.isEmpty(); }
};

// Reads `sofia xmlstatus gateway [NAME]`. Tolerant as it must be: realm, username, to, proxy
// and context are not XML-escaped by mod_sofia, and loose text may follow </gateway>.
// More than `maxGateways` gateways, or a body longer than MaxSnapshotBytes, is an error
// (overLimit): reading stops there, nothing is kept.
//
// `fields` says what GatewayStatus::fields keeps: every element (for a test that compares two
// replies element by element), or only those the console reads (GatewayFields::readNames()),
// which is what a node's gateways are held in memory as.
enum class Fields { All, Read };
GatewayStatusParse parseGatewayXmlStatus(
    const QByteArray &body, int maxGateways = MaxGatewaysPerNode, Fields fields = Fields::All);

// The same, read piece by piece as the reply arrives (Connection::apiStreamed): a fleet's reply
// (50 MB for 50,000 gateways) is never held, only the gateway being read and those read. Fed in
// any pieces, finish() gives what parseGatewayXmlStatus() gives for the whole; an error reply's
// text is kept up to its first HeadBytes.
class GatewayStatusReader final {
public:
    static constexpr qsizetype HeadBytes = 4096;

    explicit GatewayStatusReader(int maxGateways = MaxGatewaysPerNode, Fields fields = Fields::All);
    // Each gateway goes to `sink` as soon as it is read, and finish() gives none: a node's list
    // is never held as GatewayStatus. Whoever keeps them drops them if finish() reports an
    // error (a later block may still break the reply, or exceed a bound).
    void setSink(std::function<void(GatewayStatus &&)> sink) { m_sink = std::move(sink); }
    void feed(QByteArrayView bytes);
    GatewayStatusParse finish();
    // Whether anything but white space came.
    bool sawText() const { return !m_head.isEmpty(); }

private:
    void readGateways(QByteArrayView text);

    int m_maxGateways;
    Fields m_fields;
    qint64 m_total = 0;
    QByteArray m_head; // the first HeadBytes after leading white space
    bool m_headFull = false; // more came than m_head holds
    bool m_errorReply = false; // "-ERR …": no gateways are read
    bool m_overBytes = false; // longer than MaxSnapshotBytes: nothing is kept
    bool m_stopped = false; // more than m_maxGateways: nothing is kept
    bool m_sawGatewaysTag = false;
    QByteArray m_tagTail; // the last bytes, for a "<gateways>" cut in two
    // What is not read yet: an open <gateway> whose close has not come, or the last bytes, which
    // may start one; and how far into it the close was looked for.
    QByteArray m_pending;
    qsizetype m_closeSearchedTo = 0;
    GatewayStatusParse m_result;
    std::function<void(GatewayStatus &&)> m_sink;
    int m_read = 0; // gateways read, kept or handed to the sink
    StringPool m_pool; // profile, realm, proxy, state and ping status repeat across a fleet
};

} // namespace xynap::esl
