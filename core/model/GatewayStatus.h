#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace xynap {

// Bounds on what a node may make the console hold (README, "Hostile input"): a node that
// reports more gateways than any platform has — in a `sofia xmlstatus gateway` snapshot or in
// events — is not believed further, and a snapshot reply longer than MaxSnapshotBytes is not
// read. Exceeding one is an error of its own, never "healthy".
inline constexpr int MaxGatewaysPerNode = 100'000;
inline constexpr qsizetype MaxSnapshotBytes
    = qsizetype(128) * 1024 * 1024; // about 1 KB per gateway

// One gateway as `sofia xmlstatus gateway` reports it.
struct GatewayStatus {
    QString node; // the FreeSWITCH node that reported it (empty: one node, unnamed)
    QString name;
    QString profile;
    QString realm;
    QString username;
    QString proxy;
    QString state; // REGED, NOREG, FAIL_WAIT, ...
    QString pingStatus; // UP / DOWN (the <status> element)
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
    QHash<QString, QString> fields; // the elements, as read (see keepReadFieldsOnly)

    // The elements the console reads beyond the members above (the lint's drift checks, the
    // retry and uptime of the monitor, the ping of the views and of apply). A fleet's gateways
    // are held with these only: about 30 elements each would be most of the memory per gateway.
    static const QStringList &readFields()
    {
        static const QStringList names {QStringLiteral("from"), QStringLiteral("exten"),
            QStringLiteral("expires"), QStringLiteral("pingfreq"), QStringLiteral("pingtime"),
            QStringLiteral("pingcount"), QStringLiteral("retry"), QStringLiteral("uptime-usec")};
        return names;
    }
    void keepReadFieldsOnly()
    {
        QHash<QString, QString> kept;
        for (const QString &name : readFields()) {
            const auto it = fields.constFind(name);
            if (it != fields.cend())
                kept.insert(name, *it);
        }
        fields = std::move(kept);
    }

    // <pingtime> in milliseconds, for a gateway that pings (<pingfreq> above 0) and has had a
    // ping answered; -1 otherwise (FreeSWITCH reports 0.00 before the first answer).
    double pingTimeMs() const
    {
        bool okFreq = false;
        bool okTime = false;
        const int freq = fields.value(QStringLiteral("pingfreq")).toInt(&okFreq);
        const double ms = fields.value(QStringLiteral("pingtime")).toDouble(&okTime);
        if (!okFreq || !okTime || freq <= 0 || !(ms > 0) || ms > 3'600'000)
            return -1;
        return ms;
    }
};

} // namespace xynap
