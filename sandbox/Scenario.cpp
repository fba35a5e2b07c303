#include "sandbox/Scenario.h"

#include "model/FileRead.h"
#include "model/SofiaNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace xynap::sandbox {

namespace {

const QString BuiltInData = u":/demo/platform.json"_s;
const QString BuiltInScenarios = u":/scenarios"_s;

// Key-wise: a key in `change` replaces the one in `base`; null removes it.
QJsonObject mergeObject(QJsonObject base, const QJsonObject &change)
{
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// Entries of `change` find theirs in `base` by `key` (gateway_name, name) and change it key-wise;
// {"…": "x", "remove": true} deletes it; an entry with a new key is added.
bool mergeList(QJsonArray &base, const QJsonArray &change, const QString &key, const QString &where,
    QString *error)
{
    for (qsizetype i = 0; i < change.size(); ++i) {
        const QJsonObject c = change.at(i).toObject();
        const QString name = c.value(key).toString();
        if (name.isEmpty()) {
            *error = u"%1[%2].%3: is required to find the entry to change"_s.arg(where).arg(i).arg(
                key);
            return false;
        }
        qsizetype found = -1;
        for (qsizetype j = 0; j < base.size(); ++j) {
            if (base.at(j).toObject().value(key).toString() == name)
                found = j;
        }
        if (c.value(u"remove"_s).toBool()) {
            if (found < 0) {
                *error
                    = u"%1[%2]: there is no %3 \"%4\" to remove"_s.arg(where).arg(i).arg(key, name);
                return false;
            }
            base.removeAt(found);
        } else if (found >= 0) {
            base.replace(found, mergeObject(base.at(found).toObject(), c));
        } else {
            base.append(c);
        }
    }
    return true;
}

// A scenario "based_on": "production" names only what differs from the built-in data set.
bool applyBase(QJsonObject &o, QString *error)
{
    const QString base = o.value(u"based_on"_s).toString();
    if (base.isEmpty())
        return true;
    if (base != u"production"_s) {
        *error = u"based_on: \"%1\" is unknown; the only base is \"production\""_s.arg(base);
        return false;
    }
    QFile f(BuiltInData);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"based_on: the built-in data set is missing"_s;
        return false;
    }
    QJsonObject merged = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == u"trunks"_s || key == u"profiles"_s) {
            QJsonArray list = merged.value(key).toArray();
            if (!mergeList(list, it.value().toArray(),
                    key == u"trunks"_s ? u"gateway_name"_s : u"name"_s, key, error))
                return false;
            merged.insert(key, list);
        } else if (key == u"switch"_s || key == u"ufw"_s) {
            merged.insert(key, mergeObject(merged.value(key).toObject(), it.value().toObject()));
        } else {
            merged.insert(key, it.value());
        }
    }
    o = merged;
    return true;
}

} // namespace

ScenarioLoad scenarioFromJson(const QByteArray &json, const QString &sourceName)
{
    ScenarioLoad load;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Translate the byte offset into a line number an operator can find.
        const qsizetype line = json.left(parseError.offset).count('\n') + 1;
        load.error = u"%1:%2: %3"_s.arg(sourceName).arg(line).arg(parseError.errorString());
        return load;
    }
    if (!doc.isObject()) {
        load.error = u"%1: the top level must be a JSON object"_s.arg(sourceName);
        return load;
    }
    QJsonObject o = doc.object();
    if (QString error; !applyBase(o, &error)) {
        load.error = u"%1: %2"_s.arg(sourceName, error);
        return load;
    }
    Scenario &s = load.scenario;
    s.description = o.value(u"description"_s).toString();
    for (const auto &v : o.value(u"expected_findings"_s).toArray())
        s.expectedFindings.append(v.toString());
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
        if (!isValidSofiaName(profile.name)) { // it goes into `sofia profile P …`
            const QString rule = u"may contain only letters, digits, '_', '.' and '-'"_s;
            load.error = u"%1: profiles[%2].name: %3"_s.arg(sourceName).arg(i).arg(rule);
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

    for (const auto &v : o.value(u"extensions"_s).toArray()) {
        const QJsonObject e = v.toObject();
        s.extensions.append({e.value(u"id"_s).toInt(), e.value(u"user"_s).toString(),
            e.value(u"domain"_s).toString(), e.value(u"password"_s).toString(),
            e.value(u"display_name"_s).toString()});
    }

    const QJsonObject ufw = o.value(u"ufw"_s).toObject();
    s.ufwIpv6 = ufw.value(u"ipv6"_s).toBool(true);
    for (const auto &v : ufw.value(u"rules"_s).toArray())
        s.ufwRules.append(v.toString());

    for (const auto &v : o.value(u"acl"_s).toArray()) {
        const QJsonObject l = v.toObject();
        ScenarioAclList list {l.value(u"name"_s).toString(), l.value(u"default"_s).toString(), {}};
        for (const auto &n : l.value(u"nodes"_s).toArray()) {
            const QJsonObject node = n.toObject();
            list.nodes.append({node.value(u"type"_s).toString(), node.value(u"cidr"_s).toString()});
        }
        s.acl.append(list);
    }
    s.apiStartDelaySeconds = o.value(u"api_start_delay_seconds"_s).toInt(0);
    if (o.contains(u"xmlstatus_answer"_s))
        s.xmlStatusAnswer = o.value(u"xmlstatus_answer"_s).toString();
    if (o.contains(u"rescan_never_answers"_s))
        s.rescanNeverAnswers = o.value(u"rescan_never_answers"_s).toBool();
    if (o.contains(u"providers_unavailable"_s)) {
        s.providersUnavailable.clear();
        for (const auto &v : o.value(u"providers_unavailable"_s).toArray())
            s.providersUnavailable.append(v.toString());
    }
    const auto ids = [&o](const QString &key, QStringList &into) {
        if (!o.contains(key))
            return;
        into.clear();
        for (const auto &v : o.value(key).toArray())
            into.append(v.toString());
    };
    ids(u"providers_silent"_s, s.providersSilent);
    ids(u"providers_unreachable"_s, s.providersUnreachable);
    if (o.contains(u"shutdown_after_seconds"_s))
        s.shutdownAfterSeconds = o.value(u"shutdown_after_seconds"_s).toInt(0);
    return load;
}

ScenarioLoad scenarioFromFile(const QString &path)
{
    // A built-in scenario by name, unless a file of that name is here.
    if (!path.contains(u'/') && !QFileInfo::exists(path)) {
        const QString builtIn = u"%1/%2.json"_s.arg(BuiltInScenarios, path);
        if (QFile::exists(builtIn))
            return scenarioFromJson(
                [&] {
                    QFile f(builtIn);
                    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                }(),
                path);
    }
    const FileReadResult read
        = readInputFile(path); // regular files only, at most MaxInputFileBytes
    if (!read.ok()) {
        ScenarioLoad load;
        load.error = read.error;
        if (!path.contains(u'/') && !QFileInfo::exists(path))
            load.error
                = u"%1: no such file, and no built-in scenario of that name (built in: %2)"_s.arg(
                    path, builtInScenarioNames().join(u", "_s));
        return load;
    }
    return scenarioFromJson(read.data, path);
}

QStringList builtInScenarioNames()
{
    QStringList names;
    for (const QString &file : QDir(BuiltInScenarios).entryList({u"*.json"_s}, QDir::Files))
        names.append(file.chopped(5));
    return names;
}

Scenario Scenario::builtIn()
{
    ScenarioLoad load = scenarioFromFile(BuiltInData);
    Q_ASSERT_X(load.ok(), "Scenario::builtIn", qPrintable(load.error));
    return load.scenario;
}

QByteArray aclConfigurationXml(const QList<ScenarioAclList> &lists)
{
    // Same shape (and the same odd indentation) as FreeSWITCH's own output, capture 01.
    QByteArray out("<configuration name=\"acl.conf\" description=\"Network Lists\">\n"
                   "    <network-lists>\n    \n");
    for (const ScenarioAclList &list : lists) {
        out += "        <list name=\"" + list.name.toHtmlEscaped().toUtf8() + '"';
        if (!list.defaultPolicy.isEmpty())
            out += " default=\"" + list.defaultPolicy.toHtmlEscaped().toUtf8() + '"';
        out += ">\n";
        for (const ScenarioAclNode &node : list.nodes) {
            out += "            <node type=\"" + node.type.toHtmlEscaped().toUtf8() + "\" cidr=\""
                + node.cidr.toHtmlEscaped().toUtf8() + "\"></node>\n\n";
        }
        out += "    </list>\n\n    \n";
    }
    out += "  </network-lists>\n\n</configuration>\n";
    return out;
}

} // namespace xynap::sandbox
