// What the trunk editor pays per keystroke: lint of the draft against the other trunks, and the
// provider catalog it needs. "before" is what the editor did first (the whole snapshot
// linted and filtered, the catalog parsed from its JSON each time); "after" is runOnTrunk (the
// draft's own checks plus the cross-trunk rules) with the catalog parsed once per process.
//
// Not a ctest test. Run: QT_QPA_PLATFORM=offscreen bench_relint [-median 5]
#include "lint/LintEngine.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

lint::Snapshot snapshotWith(int count)
{
    lint::Snapshot s;
    s.catalog = ProviderCatalog::builtIn();
    SofiaProfile internal;
    internal.name = u"internal"_s;
    internal.sipIp = u"2a01:4f8:1:2::5"_s;
    SofiaProfile external;
    external.name = u"external-ipv4"_s;
    external.sipIp = u"203.0.113.5"_s;
    s.profiles = {internal, external};
    for (int i = 0; i < count; ++i) {
        const bool plusnet = i % 3 != 0;
        Trunk t;
        t.id = i + 1;
        t.provider = plusnet ? u"plusnet"_s : u"1und1"_s;
        t.gatewayName = u"%1-customer-%2"_s.arg(t.provider).arg(i);
        t.profile = plusnet ? u"external-ipv4"_s : u"internal"_s;
        t.proxy = plusnet ? u"sip.plusnet.de"_s : u"sip.1und1.de"_s;
        t.outboundProxy = plusnet ? u"92.197.176.16"_s : u"[2001:8d8:104:100:212:227:124:129]"_s;
        t.registerEnabled = !plusnet;
        t.realm = plusnet ? QString() : u"sip.1und1.de"_s;
        t.username = plusnet ? QString() : u"4934556%1"_s.arg(i);
        t.passwordSet = !plusnet;
        t.callerId = u"+4934556%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        t.numbers.append({t.callerId, u"Main"_s});
        t.pingSeconds = plusnet ? 30 : 0;
        t.expireSeconds = plusnet ? 3600 : 600;
        s.trunks.append(t);
    }
    return s;
}

} // namespace

class BenchRelint final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keystroke_data()
    {
        QTest::addColumn<int>("trunks");
        QTest::addColumn<bool>("before");
        for (int n : {2, 2000}) {
            QTest::addRow("before, %d trunks", n) << n << true;
            QTest::addRow("after, %d trunks", n) << n << false;
        }
    }

    void keystroke()
    {
        QFETCH(int, trunks);
        QFETCH(bool, before);
        lint::Snapshot snapshot = snapshotWith(trunks);
        Trunk draft = snapshot.trunks.constFirst();
        draft.realm = u"1und1.de"_s; // one keystroke's worth of change
        const lint::LintEngine engine;
        QList<lint::Finding> findings;
        QBENCHMARK
        {
            if (before) {
                snapshot.catalog = ProviderCatalog::fromDirectory(u":/providers"_s);
                lint::Snapshot s = snapshot;
                for (Trunk &t : s.trunks)
                    if (t.id == draft.id)
                        t = draft;
                findings = engine.run(s);
                findings.removeIf([&draft](const lint::Finding &f) {
                    return f.trunkId != draft.id || f.gatewayName != draft.gatewayName;
                });
            } else {
                snapshot.catalog = ProviderCatalog::builtIn();
                findings = engine.runOnTrunk(draft, snapshot);
            }
        }
        // Both ways find the same: the realm.
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.constFirst().ruleId, u"XY-REALM"_s);
    }
};

QTEST_GUILESS_MAIN(BenchRelint)
#include "bench_relint.moc"
