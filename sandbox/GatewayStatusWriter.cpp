#include "sandbox/GatewayStatusWriter.h"

#include "sandbox/SimScheduler.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace xynap::sandbox {

using namespace sim;

namespace {

QByteArray escapeXml(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray profileUrl(const SofiaProfile &p)
{
    const QHostAddress a(p.sipIp);
    const QString host
        = a.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(p.sipIp) : p.sipIp;
    return bytes(u"sip:mod_sofia@%1:%2"_s.arg(host).arg(p.sipPort));
}

QByteArray rightAligned(const QByteArray &text, int width)
{
    return text.size() >= width ? text : QByteArray(width - text.size(), ' ') + text;
}

QByteArray leftAligned(const QByteArray &text, int width)
{
    return text.size() >= width ? text : text + QByteArray(width - text.size(), ' ');
}

const QByteArray Rule(97, '=');

} // namespace

namespace {
struct GatewayView {
    QString to;
    QString from;
    QString contact;
    QString proxy;
};
} // namespace

static GatewayView viewOf(const SofiaProfile &p, const QString &name, const QString &username,
    const QString &proxy, const QString &fromDomain)
{
    const QString proxyHostPort = stripScheme(proxy);
    const QHostAddress ext(p.extSipIp.isEmpty() ? p.sipIp : p.extSipIp);
    const QString extHost = ext.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(ext.toString())
        : ext.toString();
    GatewayView v;
    v.to = u"sip:%1@%2"_s.arg(
        username, stripScheme(fromDomain).isEmpty() ? proxyHostPort : stripScheme(fromDomain));
    v.from = u"<%1>"_s.arg(v.to);
    v.contact = u"<sip:gw+%1@%2:%3;transport=udp;gw=%1>"_s.arg(name, extHost).arg(p.sipPort);
    v.proxy = u"sip:%1"_s.arg(proxyHostPort);
    return v;
}

QByteArray GatewayStatusWriter::statusTable() const
{
    QByteArray out;
    const auto row = [&out](const QByteArray &name, const QByteArray &type, const QByteArray &data,
                         const QByteArray &state) {
        out += rightAligned(name, 25) + '\t' + rightAligned(type, 7) + '\t' + rightAligned(data, 42)
            + '\t' + state + '\n';
    };
    row("Name", "Type", "Data", "State");
    out += Rule + '\n';
    for (const auto &p : m_table.profiles()) {
        row(bytes(p->config.name), "profile", profileUrl(p->config),
            "RUNNING (" + QByteArray::number(p->calls) + ')');
        for (const auto &gw : p->gateways) {
            const GatewayView v
                = viewOf(p->config, gw->name, gw->username, gw->proxy, gw->fromDomain);
            row(bytes(p->config.name + u"::"_s + gw->name), "gateway", bytes(v.to), gw->state);
        }
    }
    out += Rule + '\n';
    out += QByteArray::number(m_table.profiles().size()) + " profiles 0 aliases\n";
    return out;
}

QByteArray GatewayStatusWriter::xmlStatusProfile(const QString &name) const
{
    const SimProfile *p = m_table.profile(name);
    if (!p)
        return bytes(u"Invalid Profile [%1]"_s.arg(name));
    const SofiaProfile &c = p->config;
    const QString host = c.sipIp.contains(u':') ? u"[%1]"_s.arg(c.sipIp) : c.sipIp;
    QByteArray out(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<profile>\n  <profile-info>\n");
    const auto el = [&out](const char *tag, const QString &value) {
        out += "    <" + QByteArray(tag) + '>' + escapeXml(value) + "</" + tag + ">\n";
    };
    el("name", c.name);
    el("domain-name", u"N/A"_s);
    el("auto-nat", u"false"_s);
    el("db-name", u"sofia_reg_"_s + c.name);
    el("pres-hosts", {});
    el("dialplan", u"XML"_s);
    el("context", u"public"_s);
    el("challenge-realm", u"auto_from"_s);
    el("rtp-ip", c.sipIp);
    el("sip-ip", c.sipIp);
    el("url", u"sip:mod_sofia@%1:%2"_s.arg(host).arg(c.sipPort));
    el("bind-url", u"sip:mod_sofia@%1:%2;transport=udp,tcp"_s.arg(host).arg(c.sipPort));
    el("calls-in", QString::number(p->calls));
    el("calls-out", u"0"_s);
    el("failed-calls-in", u"0"_s);
    el("failed-calls-out", u"0"_s);
    el("registrations", u"0"_s);
    out += "  </profile-info>\n</profile>\n";
    return out;
}

QByteArray GatewayStatusWriter::xmlStatus() const
{
    QByteArray out("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<profiles>\n");
    for (const auto &p : m_table.profiles()) {
        out += "<profile>\n<name>" + escapeXml(p->config.name) + "</name>\n<type>profile</type>\n"
            + "<data>" + profileUrl(p->config) + "</data>\n<state>RUNNING ("
            + QByteArray::number(p->calls) + ")</state>\n</profile>\n";
        for (const auto &gw : p->gateways) {
            const GatewayView v
                = viewOf(p->config, gw->name, gw->username, gw->proxy, gw->fromDomain);
            out += "<gateway>\n<name>" + escapeXml(gw->name) + "</name>\n<type>gateway</type>\n"
                + "<data>" + bytes(v.to) + "</data>\n<state>" + gw->state
                + "</state>\n</gateway>\n";
            if (gw->state == "FAILED" || gw->state == "FAIL_WAIT") {
                const qint64 left = qMax<qint64>(0, gw->retryAtMs - m_scheduler.nowMs()) / 1000;
                out += " (retry: " + QByteArray::number(left) + "s)";
            }
        }
        out += '\n';
    }
    out += "</profiles>\n";
    return out;
}

QByteArray GatewayStatusWriter::gatewayXml(const SimGateway &gw, int indent) const
{
    const SimProfile *p = m_table.profile(gw.profileName);
    const GatewayView v = viewOf(p->config, gw.name, gw.username, gw.proxy, gw.fromDomain);
    const QByteArray pad(indent, ' ');
    const QByteArray inner(indent + 2, ' ');
    QByteArray out = pad + "<gateway>\n";
    const auto el = [&](const char *name, const QByteArray &value) {
        out += inner + '<' + name + '>' + value + "</" + name + ">\n";
    };
    const qint64 now = m_scheduler.nowMs();
    const qint64 epoch = m_scheduler.wallClock().toSecsSinceEpoch();
    el("name", escapeXml(gw.name));
    el("profile", escapeXml(gw.profileName));
    el("scheme", "Digest");
    el("realm", bytes(gw.realm)); // not escaped, as mod_sofia writes it
    el("username", bytes(gw.username));
    el("password", gw.password.isEmpty() ? "no" : "yes");
    el("from", escapeXml(v.from));
    el("contact", escapeXml(v.contact));
    el("exten", bytes(gw.extension));
    el("to", bytes(v.to));
    el("proxy", bytes(v.proxy));
    el("context", gw.registers ? "default" : "public");
    el("expires", QByteArray::number(gw.expireSeconds));
    el("freq", QByteArray::number(gw.expireSeconds));
    const bool pings = gw.pingSeconds > 0;
    el("ping",
        pings ? QByteArray::number(epoch + qMax<qint64>(0, gw.nextPingMs - now) / 1000) : "0");
    el("pingfreq", QByteArray::number(gw.pingSeconds));
    el("pingmin", pings ? "1" : "0");
    el("pingcount", pings && gw.pingAnswered ? "1" : "0");
    el("pingmax", pings ? "1" : "0");
    el("pingtime", pings && gw.pingCount > 0 ? "0.76" : "0.00");
    el("pinging", "0");
    el("state", gw.state);
    el("status", gw.pingUp ? "UP" : "DOWN");
    el("uptime-usec", QByteArray::number((now - gw.createdMs) * 1000));
    el("calls-in", QByteArray::number(gw.callsIn));
    el("calls-out", QByteArray::number(gw.callsOut));
    el("failed-calls-in", QByteArray::number(gw.failedCallsIn));
    el("failed-calls-out", QByteArray::number(gw.failedCallsOut));
    if (gw.state == "FAILED" || gw.state == "FAIL_WAIT" || gw.state == "TRYING") {
        const qint64 left = (gw.retryAtMs - now) / 1000;
        el("retry",
            gw.retryAtMs < 0 ? QByteArray("NEVER")
                             : QByteArray::number(qMax<qint64>(0, left)) + 's');
    }
    out += pad + "</gateway>\n";
    return out;
}

QByteArray GatewayStatusWriter::xmlStatusGateway(const QString &name) const
{
    QByteArray out("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
    if (!name.isEmpty()) {
        const SimGateway *gw = m_table.find(name);
        if (!gw)
            return "Invalid Gateway!\n";
        return out + gatewayXml(*gw, 2);
    }
    out += "<gateways>\n";
    for (const auto &p : m_table.profiles()) {
        for (const auto &gw : p->gateways)
            out += gatewayXml(*gw, 2);
    }
    out += "</gateways>\n";
    return out;
}

QByteArray GatewayStatusWriter::statusGateway(const QString &name) const
{
    const SimGateway *gw = m_table.find(name);
    if (!gw)
        return "Invalid Gateway!\n";
    const SimProfile *p = m_table.profile(gw->profileName);
    const GatewayView v = viewOf(p->config, gw->name, gw->username, gw->proxy, gw->fromDomain);
    const bool pings = gw->pingSeconds > 0;
    QByteArray out = Rule + '\n';
    const auto line = [&out](const char *key, const QByteArray &value) {
        out += leftAligned(key, 8) + '\t' + value + '\n';
    };
    line("Name", bytes(gw->name));
    line("Profile", bytes(gw->profileName));
    line("Scheme", "Digest");
    line("Realm", bytes(gw->realm));
    line("Username", bytes(gw->username));
    line("Password", gw->password.isEmpty() ? "no" : "yes");
    line("From", bytes(v.from));
    line("Contact", bytes(v.contact));
    line("Exten", bytes(gw->username));
    line("To", bytes(v.to));
    line("Proxy", bytes(v.proxy));
    line("Context", gw->registers ? "default" : "public");
    line("Expires", QByteArray::number(gw->expireSeconds));
    line("Freq", QByteArray::number(gw->expireSeconds));
    line("Ping", pings ? QByteArray::number(m_scheduler.wallClock().toSecsSinceEpoch()) : "0");
    line("PingFreq", QByteArray::number(gw->pingSeconds));
    line("PingTime", pings && gw->pingCount > 0 ? "0.76" : "0.00");
    line("PingState",
        pings ? QByteArray(QByteArray("1/") + (gw->pingUp ? "1" : "0") + "/1")
              : QByteArray("0/0/0"));
    line("State", gw->state);
    line("Status", gw->pingUp ? "UP" : "DOWN");
    line("Uptime", QByteArray::number((m_scheduler.nowMs() - gw->createdMs) / 1000) + 's');
    line("CallsIN", QByteArray::number(gw->callsIn));
    line("CallsOUT", QByteArray::number(gw->callsOut));
    line("FailedCallsIN", QByteArray::number(gw->failedCallsIn));
    line("FailedCallsOUT", QByteArray::number(gw->failedCallsOut));
    out += Rule + '\n';
    return out;
}

} // namespace xynap::sandbox
