#include "platform/ConnectionProfile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::platform {

QString EslEndpoint::toString() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

std::optional<EslEndpoint> EslEndpoint::parse(const QString &text)
{
    EslEndpoint e;
    QString t = text.trimmed();
    QString portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        e.host = t.mid(1, close - 1);
        if (t.mid(close + 1).startsWith(u':'))
            portText = t.mid(close + 2);
    } else if (t.count(u':') == 1) {
        e.host = t.section(u':', 0, 0);
        portText = t.section(u':', 1);
    } else {
        e.host = t;
    }
    if (e.host.isEmpty())
        return std::nullopt;
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return std::nullopt;
        e.port = quint16(port);
    }
    return e;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    const int n = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(u"name"_s).toString();
        p.apiUrl = QUrl(m_settings->value(u"apiUrl"_s).toString());
        for (const QString &e : m_settings->value(u"esl"_s).toStringList()) {
            if (const auto endpoint = EslEndpoint::parse(e))
                p.eslEndpoints.append(*endpoint);
        }
        p.allowInsecureHttp = m_settings->value(u"allowInsecureHttp"_s, false).toBool();
        p.caFile = m_settings->value(u"caFile"_s).toString();
        p.publicKeyPin = m_settings->value(u"publicKeyPin"_s).toString();
        bool numeric = false;
        const int deadline = m_settings
                                 ->value(u"requestDeadlineSeconds"_s,
                                     ConnectionProfile::DefaultRequestDeadlineSeconds)
                                 .toInt(&numeric);
        p.requestDeadlineSeconds = numeric
            ? std::clamp(deadline, ConnectionProfile::MinRequestDeadlineSeconds,
                ConnectionProfile::MaxRequestDeadlineSeconds)
            : ConnectionProfile::DefaultRequestDeadlineSeconds;
        if (!p.name.isEmpty() && p.apiUrl.isValid())
            list.append(p);
    }
    m_settings->endArray();
    return list;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> list = profiles();
    bool replaced = false;
    for (ConnectionProfile &p : list) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(profile);
    m_settings->beginWriteArray(u"profiles"_s, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ConnectionProfile &p = list.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"apiUrl"_s, p.apiUrl.toString());
        QStringList esl;
        for (const EslEndpoint &e : p.eslEndpoints)
            esl.append(e.toString());
        m_settings->setValue(u"esl"_s, esl);
        m_settings->setValue(u"allowInsecureHttp"_s, p.allowInsecureHttp);
        m_settings->setValue(u"caFile"_s, p.caFile);
        m_settings->setValue(u"publicKeyPin"_s, p.publicKeyPin);
        m_settings->setValue(u"requestDeadlineSeconds"_s, p.requestDeadlineSeconds);
    }
    m_settings->endArray();
    m_settings->sync();
}

bool ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> list = profiles();
    const qsizetype before = list.size();
    list.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    if (list.size() == before)
        return false;
    m_settings->remove(u"profiles"_s);
    for (const ConnectionProfile &p : list)
        save(p);
    if (list.isEmpty())
        m_settings->sync();
    return true;
}

} // namespace xynap::platform
