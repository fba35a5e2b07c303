// libFuzzer target for what the console reads from its servers besides Event Socket frames:
// `sofia xmlstatus gateway` replies (esl::parseGatewayXmlStatus) and Platform API trunk replies
// (platform::trunksFromReply, trunkEtagsFromReply, trunkFromJson).
//
// Input layout: the first byte chooses the parser (even: xmlstatus, odd: JSON); the rest is the
// reply body. Checked for every input:
//   1. nothing crashes or trips a sanitizer;
//   2. xmlstatus: every gateway has a name; no gateways and no error only for a <gateways> list;
//      the same input gives the same result; a value FreeSWITCH writes unescaped (no '&', no
//      "</") put into a gateway comes back unchanged — with '<', '>' and any bytes around it;
//   3. JSON: a reply is either trunks or an error, never both; every trunk read survives
//      trunkToJson → trunkFromJson unchanged.
// A failed check calls xynap_fuzz_replies::onFailure: abort() under libFuzzer, counted by the
// ctest driver (fuzz_replies_driver.cpp).

#include "esl/SofiaStatus.h"
#include "model/Trunk.h"
#include "platform/ApiClient.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace xynap_fuzz_replies {

using FailureHandler = void (*)(const char *check, const QByteArray &detail);

void abortOnFailure(const char *check, const QByteArray &detail)
{
    if (const char *ignore = std::getenv("XYNAP_FUZZ_IGNORE"); ignore && std::strstr(ignore, check))
        return;
    std::fprintf(stderr, "fuzz_replies: check failed: %s\n%s\n", check, detail.constData());
    std::abort();
}

FailureHandler onFailure = abortOnFailure;

} // namespace xynap_fuzz_replies

namespace {

using xynap_fuzz_replies::onFailure;

bool sameParse(const xynap::esl::GatewayStatusParse &a, const xynap::esl::GatewayStatusParse &b)
{
    if (a.error != b.error || a.gateways.size() != b.gateways.size())
        return false;
    for (qsizetype i = 0; i < a.gateways.size(); ++i) {
        if (a.gateways[i].fields != b.gateways[i].fields)
            return false;
    }
    return true;
}

void xmlStatus(const QByteArray &body)
{
    using xynap::esl::parseGatewayXmlStatus;
    const xynap::esl::GatewayStatusParse p = parseGatewayXmlStatus(body);
    for (const xynap::GatewayStatus &g : p.gateways) {
        if (g.name.isEmpty())
            onFailure("xmlstatus: every gateway has a name", body.left(300));
    }
    if (p.gateways.isEmpty() && p.error.isEmpty() && !body.contains("<gateways>"))
        onFailure("xmlstatus: no gateways and no error only for a <gateways> list", body.left(300));
    if (!sameParse(p, parseGatewayXmlStatus(body)))
        onFailure("xmlstatus: deterministic", body.left(300));

    // The input as an unescaped value, the way mod_sofia writes a realm.
    QByteArray value = body.left(2048);
    value.replace('&', '+');
    while (value.contains("</"))
        value.replace("</", "<");
    const QByteArray doc = "<gateways>\n<gateway>\n<name>gw</name>\n<realm>" + value
        + "</realm>\n<state>REGED</state>\n</gateway> (retry: 30s)\n</gateways>\n";
    const xynap::esl::GatewayStatusParse q = parseGatewayXmlStatus(doc);
    if (q.gateways.size() != 1 || q.gateways.at(0).realm != QString::fromUtf8(value)
        || q.gateways.at(0).state != QStringLiteral("REGED") || !q.error.isEmpty())
        onFailure("xmlstatus: an unescaped value comes back unchanged", value.left(300));
}

void apiReply(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    const xynap::platform::TrunkListResult read = xynap::platform::trunksFromReply(json);
    const QList<xynap::Trunk> &trunks = read.trunks;
    if (!read.ok() && !trunks.isEmpty())
        onFailure("api: trunks or an error, never both", body.left(300));
    (void)xynap::platform::trunkEtagsFromReply(json);
    for (const xynap::Trunk &t : trunks) {
        const xynap::TrunkParseResult back
            = xynap::trunkFromJson(xynap::trunkToJson(t, xynap::PasswordOutput::Include));
        if (!back.ok() || !(back.trunk == t))
            onFailure("api: a trunk survives trunkToJson -> trunkFromJson", body.left(300));
    }
    // Every element on its own, as trunkFromJson sees a single trunk (GET /trunks/{id}).
    for (const QJsonValue &v : json.object().value(QStringLiteral("trunks")).toArray())
        (void)xynap::trunkFromJson(v.toObject());
    if (json.isObject())
        (void)xynap::trunkFromJson(json.object());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0)
        xmlStatus(body);
    else
        apiReply(body);
    return 0;
}
