#include "Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace xynap::sandbox {

ScenarioLoad scenarioFromJson(const QByteArray &json, const QString &sourceName)
{
    ScenarioLoad load;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Translate the byte offset into a line number an operator can find.
        const int line = json.left(parseError.offset).count('\n') + 1;
        load.error = u"%1:%2: %3"_s.arg(sourceName).arg(line).arg(parseError.errorString());
        return load;
    }
    if (!doc.isObject()) {
        load.error = u"%1: the top level must be a JSON object"_s.arg(sourceName);
        return load;
    }
    const QJsonObject o = doc.object();
    Scenario &s = load.scenario;
    s.description = o.value(u"description"_s).toString();
    const QJsonObject sw = o.value(u"switch"_s).toObject();
    s.switchIdentity.hostname = sw.value(u"hostname"_s).toString(s.switchIdentity.hostname);
    s.switchIdentity.ipv4 = sw.value(u"ipv4"_s).toString(s.switchIdentity.ipv4);
    s.switchIdentity.ipv6 = sw.value(u"ipv6"_s).toString(s.switchIdentity.ipv6);
    s.switchIdentity.version = sw.value(u"version"_s).toString(s.switchIdentity.version);

    const QJsonArray profiles = o.value(u"profiles"_s).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject p = profiles.at(i).toObject();
        SofiaProfile profile = profileFromJson(p);
        if (profile.name.isEmpty()) {
            load.error = u"%1: profiles[%2].name: is required"_s.arg(sourceName).arg(i);
            return load;
        }
        s.callsPerProfile.insert(profile.name, p.value(u"calls"_s).toInt(0));
        s.profiles.append(profile);
    }

    const QJsonArray trunks = o.value(u"trunks"_s).toArray();
    for (qsizetype i = 0; i < trunks.size(); ++i) {
        if (!trunks.at(i).isObject()) {
            load.error = u"%1: trunks[%2]: must be an object"_s.arg(sourceName).arg(i);
            return load;
        }
        const TrunkParseResult r = trunkFromJson(trunks.at(i).toObject());
        if (!r.ok()) {
            load.error = u"%1: trunks[%2].%3: %4"_s.arg(sourceName)
                             .arg(i)
                             .arg(r.errors.first().field, r.errors.first().message);
            return load;
        }
        Trunk t = r.trunk;
        t.id = int(i) + 1;
        t.version = 1;
        s.trunks.append(t);
    }

    for (const QJsonValue &v : o.value(u"extensions"_s).toArray()) {
        const QJsonObject e = v.toObject();
        s.extensions.append({e.value(u"id"_s).toInt(), e.value(u"user"_s).toString(),
            e.value(u"domain"_s).toString(), e.value(u"password"_s).toString(),
            e.value(u"display_name"_s).toString()});
    }

    const QJsonObject ufw = o.value(u"ufw"_s).toObject();
    s.ufwIpv6 = ufw.value(u"ipv6"_s).toBool(true);
    for (const QJsonValue &v : ufw.value(u"rules"_s).toArray())
        s.ufwRules.append(v.toString());

    for (const QJsonValue &v : o.value(u"acl"_s).toArray()) {
        const QJsonObject l = v.toObject();
        AclList list {l.value(u"name"_s).toString(), l.value(u"default"_s).toString(), {}};
        for (const QJsonValue &n : l.value(u"nodes"_s).toArray()) {
            const QJsonObject node = n.toObject();
            list.nodes.append({node.value(u"type"_s).toString(), node.value(u"cidr"_s).toString()});
        }
        s.acl.append(list);
    }
    s.apiStartDelaySeconds = o.value(u"api_start_delay_seconds"_s).toInt(0);
    return load;
}

ScenarioLoad scenarioFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ScenarioLoad load;
        load.error = u"%1: %2"_s.arg(path, f.errorString());
        return load;
    }
    return scenarioFromJson(f.readAll(), path);
}

Scenario Scenario::builtIn()
{
    ScenarioLoad load = scenarioFromFile(u":/demo/platform.json"_s);
    Q_ASSERT_X(load.ok(), "Scenario::builtIn", qPrintable(load.error));
    return load.scenario;
}

QByteArray aclConfigurationXml(const QList<AclList> &lists)
{
    // Same shape (and the same odd indentation) as FreeSWITCH's own output, capture 01.
    QByteArray out("<configuration name=\"acl.conf\" description=\"Network Lists\">\n"
                   "    <network-lists>\n    \n");
    for (const AclList &list : lists) {
        out += "        <list name=\"" + list.name.toHtmlEscaped().toUtf8() + '"';
        if (!list.defaultPolicy.isEmpty())
            out += " default=\"" + list.defaultPolicy.toHtmlEscaped().toUtf8() + '"';
        out += ">\n";
        for (const AclNode &node : list.nodes) {
            out += "            <node type=\"" + node.type.toHtmlEscaped().toUtf8() + "\" cidr=\""
                + node.cidr.toHtmlEscaped().toUtf8() + "\"></node>\n\n";
        }
        out += "    </list>\n\n    \n";
    }
    out += "  </network-lists>\n\n</configuration>\n";
    return out;
}

} // namespace xynap::sandbox
