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
//      trunkToJson → trunkFromJson unchanged; the reader that goes one trunk at a time
//      (trunksFromBody) reads what the whole document gives — the same trunks and ETags, or an
//      error where it has one (a reply with "trunks" twice is an error only there);
//   4. a fix built from any name read — gateway and profile, from either reply — is
//      either none or made only of names that pass the grammar, its fs_cli line one line of
//      grammar words, its shell line the shell quoting of its argv; JSON output of any name
//      parses back to the same text and holds no C1 control; a snapshot past a bound keeps
//      nothing.
// A failed check calls xynap_fuzz::onFailure (FuzzCheck.h): abort() under libFuzzer, counted by the
// ctest driver (fuzz_replies_driver.cpp).

#include "FuzzCheck.h"
#include "esl/SofiaStatus.h"
#include "model/SofiaNames.h"
#include "model/TextSafety.h"
#include "model/Trunk.h"
#include "platform/ApiClient.h"
#include "platform/TrunkListReader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>

namespace {

using xynap_fuzz::onFailure;

// A fix from these names: none, or only grammar words.
void checkFixes(const QString &profile, const QString &gateway, const QByteArray &body)
{
    using namespace xynap;
    const SuggestedCommand kill = killGatewayCommand(profile, gateway);
    if (kill.ok()) {
        if (!isValidSofiaName(profile) || !isValidGatewayName(gateway))
            onFailure("fix: only from names that pass the grammar", body.left(300));
        if (kill.line != kill.argv.join(QLatin1Char(' ')) || kill.line.count(QLatin1Char(' ')) != 4)
            onFailure("fix: the fs_cli line is its five words", kill.line.toUtf8());
    } else if (!kill.argv.isEmpty() || !kill.line.isEmpty()) {
        onFailure("fix: a name that fails the grammar gives no command", body.left(300));
    }
    const SuggestedCommand reload = reloadGatewayCommand(profile, gateway);
    if (reload.ok() != kill.ok() || (reload.ok() && reload.line != shellLine(reload.argv)))
        onFailure("fix: the shell line is the quoted argv", reload.line.toUtf8());
    for (const QString &word : reload.argv) {
        for (const QChar c : word) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == QLatin1Char('\'')
                || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char(';'))
                onFailure("fix: no shell metacharacter in a word", word.toUtf8());
        }
    }
    // JSON output of the name: the same text back, no C1 control in the bytes.
    const QByteArray json
        = jsonText(QJsonDocument(QJsonObject {{QStringLiteral("gateway"), gateway}}));
    for (qsizetype i = 0; i + 1 < json.size(); ++i) {
        if (uchar(json.at(i)) == 0xc2 && uchar(json.at(i + 1)) >= 0x80
            && uchar(json.at(i + 1)) <= 0x9f)
            onFailure("json: no raw C1 control", json.left(300));
    }
    if (QJsonDocument::fromJson(json).object().value(QStringLiteral("gateway")).toString()
        != gateway)
        onFailure("json: the name parses back unchanged", json.left(300));
}

bool sameParse(const xynap::esl::GatewayStatusParse &a, const xynap::esl::GatewayStatusParse &b)
{
    if (a.error != b.error || a.gateways.size() != b.gateways.size())
        return false;
    for (qsizetype i = 0; i < a.gateways.size(); ++i) {
        const xynap::GatewayStatus &x = a.gateways[i];
        const xynap::GatewayStatus &y = b.gateways[i];
        if (x.fields != y.fields || x.name != y.name || x.profile != y.profile || x.realm != y.realm
            || x.username != y.username || x.proxy != y.proxy || x.state != y.state
            || x.pingStatus != y.pingStatus || x.callsIn != y.callsIn || x.callsOut != y.callsOut
            || x.failedCallsIn != y.failedCallsIn || x.failedCallsOut != y.failedCallsOut)
            return false;
    }
    return a.overLimit == b.overLimit;
}

// The reply fed to a GatewayStatusReader in pieces of the sizes `sizes` (cycled), as a socket
// may cut it.
xynap::esl::GatewayStatusParse readInPieces(
    const QByteArray &body, std::initializer_list<qsizetype> sizes, xynap::esl::Fields fields)
{
    xynap::esl::GatewayStatusReader reader(xynap::MaxGatewaysPerNode, fields);
    qsizetype at = 0;
    for (qsizetype round = 0; at < body.size(); ++round) {
        const qsizetype n
            = qMin(*(sizes.begin() + round % qsizetype(sizes.size())), body.size() - at);
        reader.feed(QByteArrayView(body).sliced(at, n));
        at += n;
    }
    return reader.finish();
}

void xmlStatus(const QByteArray &body)
{
    using xynap::esl::parseGatewayXmlStatus;
    const xynap::esl::GatewayStatusParse p = parseGatewayXmlStatus(body);
    for (const xynap::GatewayStatus &g : p.gateways) {
        if (g.name.isEmpty())
            onFailure("xmlstatus: every gateway has a name", body.left(300));
        checkFixes(g.profile, g.name, body);
    }
    if (p.overLimit && (!p.gateways.isEmpty() || p.error.isEmpty()))
        onFailure("xmlstatus: past a bound, an error and nothing kept", body.left(300));
    // Read as it arrives, cut anywhere: what the whole reply gives.
    using xynap::esl::Fields;
    if ((body.size() <= 65536 && !sameParse(p, readInPieces(body, {1}, Fields::All)))
        || !sameParse(p, readInPieces(body, {7, 1, 64, 3, 1000}, Fields::All))
        || !sameParse(parseGatewayXmlStatus(body, xynap::MaxGatewaysPerNode, Fields::Read),
            readInPieces(body, {9, 10, 4096}, Fields::Read)))
        onFailure("xmlstatus: read in pieces, the same as read whole", body.left(300));
    // A bound as small as the input: the same reading up to it, then nothing.
    if (p.ok() && p.gateways.size() > 1) {
        const auto capped = parseGatewayXmlStatus(body, int(p.gateways.size() - 1));
        if (!capped.overLimit || !capped.gateways.isEmpty())
            onFailure("xmlstatus: one gateway past the bound is an error", body.left(300));
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
    const QHash<int, QByteArray> etags = xynap::platform::trunkEtagsFromReply(json);
    const xynap::platform::TrunkListResult streamed = xynap::platform::trunksFromBody(body);
    if (!streamed.ok() && !streamed.trunks.isEmpty())
        onFailure("api: streamed, trunks or an error, never both", body.left(300));
    if (!streamed.error.contains(QStringLiteral("twice"))) {
        if (streamed.ok() != read.ok())
            onFailure("api: streamed and whole-document reads agree on ok", body.left(300));
        if (read.ok() && streamed.ok()
            && (streamed.trunks != read.trunks || streamed.etags != etags || read.etags != etags))
            onFailure(
                "api: streamed and whole-document reads give the same trunks", body.left(300));
    }
    for (const xynap::Trunk &t : trunks) {
        const xynap::TrunkParseResult back
            = xynap::trunkFromJson(xynap::trunkToJson(t, xynap::PasswordOutput::Include));
        if (!back.ok() || !(back.trunk == t))
            onFailure("api: a trunk survives trunkToJson -> trunkFromJson", body.left(300));
        checkFixes(t.profile, t.gatewayName, body);
    }
    // Every element on its own, as trunkFromJson sees a single trunk (GET /trunks/{id}).
    for (const auto &v : json.object().value(QStringLiteral("trunks")).toArray())
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
