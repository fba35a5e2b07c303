#include "model/FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace xynap {

QString trunkFieldLabel(const QString &field)
{
    // QT_TRANSLATE_NOOP: lupdate files them under "xynap::FieldLabels", the context asked in.
    static const QHash<QString, const char *> labels {
        {u"provider"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Provider")},
        {u"gateway_name"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Gateway name")},
        {u"profile"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Sofia profile")},
        {u"proxy"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Proxy")},
        {u"outbound_proxy"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Outbound proxy")},
        {u"register_proxy"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Register proxy")},
        {u"register"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Register")},
        {u"realm"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Realm")},
        {u"username"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Username")},
        {u"password"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Password")},
        {u"caller_id"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Caller ID")},
        {u"caller_id_in_from"_s,
            QT_TRANSLATE_NOOP("xynap::FieldLabels", "Caller ID in From header")},
        {u"gw_auth_acl"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "gw-auth-acl")},
        {u"numbers"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Numbers")},
        {u"ping_seconds"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Ping interval")},
        {u"expire_seconds"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Expire")},
        {u"retry_seconds"_s, QT_TRANSLATE_NOOP("xynap::FieldLabels", "Retry interval")},
    };
    // One number of the list ("numbers[2].number"): its place, counted as people count.
    if (field.startsWith(u"numbers["_s) && field.contains(u']')) {
        bool ok = false;
        const int index = field.mid(8, field.indexOf(u']') - 8).toInt(&ok);
        if (ok && index >= 0)
            return QCoreApplication::translate("xynap::FieldLabels", "Number %1").arg(index + 1);
    }
    const char *label = labels.value(field.section(u'[', 0, 0));
    return label ? QCoreApplication::translate("xynap::FieldLabels", label) : field;
}

} // namespace xynap
