// session::diagnose is a pure function of a gateway row, the saved trunk, the provider and the
// time: what the Gateways page, the NOC tiles and `xynapctl check` say about a gateway. Tested
// directly here, one state and cause per row, beside the sandbox and real-FreeSWITCH tests that
// reach it through the monitor. Also the per-transition health of the charts (healthOf) and
// the settings the applied versions and seen gateways survive a restart in.
#include "session/AppliedVersions.h"
#include "session/Diagnosis.h"
#include "session/GatewayRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::session;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

ProviderSpec oneAndOne()
{
    ProviderSpec p;
    p.id = u"1und1"_s;
    p.name = u"1&1"_s;
    p.family = AddressFamily::IPv6;
    p.registers = true;
    p.realm = u"sip.1und1.de"_s;
    return p;
}

ProviderSpec plusnet()
{
    ProviderSpec p;
    p.id = u"plusnet"_s;
    p.name = u"Plusnet"_s;
    p.family = AddressFamily::IPv4;
    p.outboundProxy = u"sip.ipfonie.de"_s;
    p.outboundProxyMandatory = true;
    return p;
}

Trunk registering(const QString &realm = u"sip.1und1.de"_s)
{
    Trunk t;
    t.gatewayName = u"oneandone"_s;
    t.registerEnabled = true;
    t.realm = realm;
    t.proxy = u"sip.1und1.de"_s;
    t.retrySeconds = 60;
    return t;
}

Trunk ipAuthenticated(const QString &outboundProxy = u"sip.ipfonie.de"_s)
{
    Trunk t;
    t.gatewayName = u"plusnet"_s;
    t.registerEnabled = false;
    t.outboundProxy = outboundProxy;
    return t;
}

GatewayRecord row(const QString &state, const QString &ping = u"UP"_s, int status = 0)
{
    GatewayRecord g;
    g.node = u"fs1"_s;
    g.name = u"gw"_s;
    g.profile = u"external"_s;
    g.state = state;
    g.pingStatus = ping;
    g.lastStatus = status;
    return g;
}

Transition step(const QString &state, int minutesAgo)
{
    Transition t;
    t.at = Now.addSecs(-60 * minutesAgo);
    t.state = state;
    return t;
}

} // namespace

class TestDiagnosis final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registeredIsHealthy()
    {
        const auto trunk = registering();
        const auto provider = oneAndOne();
        const Diagnosis d = diagnose(row(u"REGED"_s), &trunk, &provider, Now);
        QCOMPARE(d.health, Health::Healthy);
        QCOMPARE(d.summary, u"Registered"_s);
    }

    void ipAuthenticationAnsweringPingsIsHealthy()
    {
        const auto trunk = ipAuthenticated();
        const auto provider = plusnet();
        QCOMPARE(diagnose(row(u"NOREG"_s), &trunk, &provider, Now).health, Health::Healthy);
    }

    // NOREG where the saved trunk registers: FreeSWITCH still runs the old configuration.
    void noregForARegisteringTrunkIsNotApplied()
    {
        const auto trunk = registering();
        const auto provider = oneAndOne();
        const Diagnosis d = diagnose(row(u"NOREG"_s), &trunk, &provider, Now);
        QCOMPARE(d.health, Health::Down);
        QVERIFY2(d.detail.contains(u"not applied"_s), qPrintable(d.detail));
    }

    void pingTimeoutsName_theMissingOutboundProxy_data()
    {
        QTest::addColumn<QString>("outboundProxy");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no outbound proxy")
            << QString() << u"set the outbound proxy sip.ipfonie.de"_s;
        QTest::newRow("outbound proxy set")
            << u"sip.ipfonie.de"_s << u"although the outbound proxy sip.ipfonie.de is set"_s;
    }

    void pingTimeoutsName_theMissingOutboundProxy()
    {
        QFETCH(QString, outboundProxy);
        QFETCH(QString, expected);
        const auto trunk = ipAuthenticated(outboundProxy);
        const auto provider = plusnet();
        const Diagnosis d = diagnose(row(u"NOREG"_s, u"DOWN"_s, 408), &trunk, &provider, Now);
        QCOMPARE(d.health, Health::Down);
        QCOMPARE(d.summary, u"Pings time out (408)"_s);
        QVERIFY2(d.detail.contains(expected), qPrintable(d.detail));
    }

    void wrongRealmIsNamedWithTheExpectedOne()
    {
        const auto trunk = registering(u"1und1.de"_s);
        const auto provider = oneAndOne();
        const Diagnosis d = diagnose(row(u"FAIL_WAIT"_s, u"DOWN"_s, 401), &trunk, &provider, Now);
        QCOMPARE(d.health, Health::Down);
        QVERIFY2(d.summary.startsWith(u"1&1 keeps answering 401"_s), qPrintable(d.summary));
        QVERIFY2(d.summary.endsWith(u"waiting to retry"_s), qPrintable(d.summary));
        QVERIFY2(d.detail.contains(u"the realm must be sip.1und1.de, it is \"1und1.de\""_s),
            qPrintable(d.detail));
    }

    // 503 on a 1&1 trunk: the address family the REGISTER left over decides the cause.
    void oneAndOne503ByAddressFamily_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("summary");
        QTest::newRow("IPv4") << 4 << u"1&1 answers 503: IPv4 in use"_s;
        QTest::newRow("IPv6") << 6 << u"1&1 answers 503 over IPv6"_s;
        QTest::newRow("not known") << 0 << u"1&1 answers 503"_s;
    }

    void oneAndOne503ByAddressFamily()
    {
        QFETCH(int, family);
        QFETCH(QString, summary);
        const auto trunk = registering();
        const auto provider = oneAndOne();
        GatewayRecord g = row(u"FAILED"_s, u"DOWN"_s, 503);
        g.lastStatusFrom = GatewayRecord::AnswerFrom::Peer;
        g.registerFamily = family;
        const Diagnosis d = diagnose(g, &trunk, &provider, Now);
        QCOMPARE(d.health, Health::Down);
        QCOMPARE(d.summary, summary);
    }

    // A 503 FreeSWITCH made up itself (Register-Network-Port 0) is no answer from the provider.
    void aLocal503IsNoAnswer()
    {
        const auto trunk = registering();
        const auto provider = oneAndOne();
        GatewayRecord g = row(u"FAILED"_s, u"DOWN"_s, 503);
        g.lastStatusFrom = GatewayRecord::AnswerFrom::Local;
        const Diagnosis d = diagnose(g, &trunk, &provider, Now);
        QCOMPARE(d.health, Health::Down);
        QCOMPARE(d.summary, u"No answer from 1&1 (503 from FreeSWITCH itself)"_s);
    }

    // TRYING after a failure is a retry and stays down; TRYING after REGED is a re-registration.
    void tryingIsDownOnlyAfterAFailure_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<int>("health");
        QTest::newRow("after FAIL_WAIT")
            << QStringList {u"REGED"_s, u"FAIL_WAIT"_s} << int(Health::Down);
        QTest::newRow("after REGED")
            << QStringList {u"FAIL_WAIT"_s, u"REGED"_s} << int(Health::Degraded);
        QTest::newRow("after a rescan")
            << QStringList {u"FAILED"_s, u"GONE"_s} << int(Health::Degraded);
    }

    void tryingIsDownOnlyAfterAFailure()
    {
        QFETCH(QStringList, history);
        QFETCH(int, health);
        const auto trunk = registering();
        const auto provider = oneAndOne();
        GatewayRecord g = row(u"TRYING"_s, u"DOWN"_s);
        for (int i = 0; i < history.size(); ++i)
            g.transitions.append(step(history.at(i), int(history.size() - i)));
        QCOMPARE(int(diagnose(g, &trunk, &provider, Now).health), health);
    }

    void retryCountdownComesFromTheSnapshot()
    {
        const auto trunk = registering();
        const auto provider = oneAndOne();
        GatewayRecord g = row(u"FAIL_WAIT"_s, u"DOWN"_s, 408);
        g.retrySeconds = 50;
        g.retryKnownAt = Now.addSecs(-20);
        const Diagnosis d = diagnose(g, &trunk, &provider, Now);
        QVERIFY2(d.detail.endsWith(u"Next attempt in 30 s."_s), qPrintable(d.detail));
    }

    void unknownStateIsNeverHealthy()
    {
        QCOMPARE(diagnose(row(QString()), nullptr, nullptr, Now).health, Health::Unknown);
        QCOMPARE(diagnose(row(u"SOMETHING_NEW"_s), nullptr, nullptr, Now).health, Health::Unknown);
        QCOMPARE(diagnose(row(u"DOWN"_s), nullptr, nullptr, Now).health, Health::Down);
    }

    void healthOfATransition()
    {
        QCOMPARE(healthOf(u"REGED"_s, u"UP"_s), Health::Healthy);
        QCOMPARE(healthOf(u"NOREG"_s, u"DOWN"_s), Health::Down);
        QCOMPARE(healthOf(u"TRYING"_s, u"UP"_s), Health::Degraded);
        QCOMPARE(healthOf(u"TRYING"_s, u"DOWN"_s), Health::Down);
        QCOMPARE(healthOf(QString(), QString()), Health::Unknown);
    }

    // Keys are node + U+001F + gateway (GatewayMonitor::appliedVersions, seenGateways).
    void appliedVersionsAndSeenGatewaysSurviveARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"console.ini"_s);
        const QChar sep(0x1f);
        const QHash<QString, int> versions {
            {u"fs1"_s + sep + u"plusnet"_s, 7}, {u"fs2"_s + sep + u"oneandone"_s, 3}};
        const SeenGateways seen {{u"fs1"_s, {{u"plusnet"_s, Now}}}};
        {
            QSettings settings(file, QSettings::IniFormat);
            saveAppliedVersions(settings, u"https://api.example:8443"_s, versions);
            saveSeenGateways(settings, seen);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(loadAppliedVersions(settings, u"https://api.example:8443"_s), versions);
        QVERIFY(loadAppliedVersions(settings, u"https://other.example"_s).isEmpty());
        QCOMPARE(loadSeenGateways(settings), seen);
        // In files of their own beside the settings, not in them: QSettings keeps whatever it
        // read for the life of the process.
        QVERIFY(settings.allKeys().isEmpty());
        QVERIFY(QFileInfo::exists(dir.filePath(u"console.seen-gateways"_s)));
        QCOMPARE(QDir(dir.path()).entryList({u"console.applied-*"_s}, QDir::Files).size(), 1);
        // A name that would break a line is left out, a node's with all its gateways.
        SeenGateways odd = seen;
        odd[u"fs1"_s].insert(u"bad\nname"_s, Now);
        odd[u"fs2"_s].insert(u"plusnet"_s, Now.addSecs(-60));
        odd[u"fs\n3"_s].insert(u"plusnet"_s, Now);
        saveSeenGateways(settings, odd);
        odd[u"fs1"_s].remove(u"bad\nname"_s);
        odd.remove(u"fs\n3"_s);
        QCOMPARE(loadSeenGateways(settings), odd);
        QHash<QString, int> oddVersions = versions;
        oddVersions.insert(u"fs1"_s + sep + u"tab\tname"_s, 2);
        saveAppliedVersions(settings, u"https://api.example:8443"_s, oddVersions);
        QCOMPARE(loadAppliedVersions(settings, u"https://api.example:8443"_s), versions);
    }

    // What earlier versions kept in the settings is read while there is no file, and goes from
    // the settings with the next save.
    void earlierSettingsAreReadThenMoved()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"console.ini"_s);
        const QChar sep(0x1f);
        QString appliedKey;
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(u"seen/gatewayList"_s,
                QString(u"fs1"_s + sep + u"plusnet\t"_s + Now.toString(Qt::ISODate) + u"\n"_s));
            // The key earlier versions used: "applied/" and the platform's id.
            saveAppliedVersions(settings, u"p"_s, {});
            const QStringList files
                = QDir(dir.path()).entryList({u"console.applied-*"_s}, QDir::Files);
            QCOMPARE(files.size(), 1);
            appliedKey = u"applied/"_s + files.first().section(u'-', 1);
            QVERIFY(QFile::remove(dir.filePath(files.first())));
            settings.setValue(appliedKey, QVariantMap {{u"a"_s + sep + u"b"_s, 4}});
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(loadSeenGateways(settings), (SeenGateways {{u"fs1"_s, {{u"plusnet"_s, Now}}}}));
        QCOMPARE(loadAppliedVersions(settings, u"p"_s),
            (QHash<QString, int> {{u"a"_s + sep + u"b"_s, 4}}));
        saveSeenGateways(settings, loadSeenGateways(settings));
        saveAppliedVersions(settings, u"p"_s, loadAppliedVersions(settings, u"p"_s));
        QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u", "_s)));
        QCOMPARE(loadSeenGateways(settings), (SeenGateways {{u"fs1"_s, {{u"plusnet"_s, Now}}}}));
        QCOMPARE(loadAppliedVersions(settings, u"p"_s),
            (QHash<QString, int> {{u"a"_s + sep + u"b"_s, 4}}));
        // The map of variants of versions before that is read too.
        settings.setValue(
            u"seen/gateways"_s, QVariantMap {{u"fs2"_s + sep + u"x"_s, Now.toString(Qt::ISODate)}});
        QVERIFY(QFile::remove(dir.filePath(u"console.seen-gateways"_s)));
        QCOMPARE(loadSeenGateways(settings), (SeenGateways {{u"fs2"_s, {{u"x"_s, Now}}}}));
    }

    // The files are the operator's, and may be edited or damaged: what does not parse is left
    // out, never believed; a file that is not one of ours (too large, a directory) remembers
    // nothing.
    void damagedFilesAreLeftOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"console.ini"_s);
        const QChar sep(0x1f);
        QSettings settings(file, QSettings::IniFormat);
        saveAppliedVersions(settings, u"p"_s, {});
        const QString applied = dir.filePath(
            QDir(dir.path()).entryList({u"console.applied-*"_s}, QDir::Files).value(0));
        const auto write = [](const QString &path, const QString &text) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
        };
        QVERIFY(write(dir.filePath(u"console.seen-gateways"_s),
            u"fs1"_s + sep + u"plusnet\tyesterday\nno-separator\t"_s + Now.toString(Qt::ISODate)
                + u"\nno tab at all\n\tno key\n"_s + u"fs2"_s + sep + u"oneandone\t"_s
                + Now.toString(Qt::ISODate) + u"\n"_s));
        QCOMPARE(loadSeenGateways(settings), (SeenGateways {{u"fs2"_s, {{u"oneandone"_s, Now}}}}));
        QVERIFY(write(applied,
            u"a"_s + sep + u"b\tseven\nc"_s + sep + u"d\t-2\nno tab\n\t5\nnosep\t3\n"_s + u"e"_s
                + sep + u"f\t4"_s)); // the last line without its end
        QCOMPARE(loadAppliedVersions(settings, u"p"_s),
            (QHash<QString, int> {{u"e"_s + sep + u"f"_s, 4}}));
        QVERIFY(QFile::remove(dir.filePath(u"console.seen-gateways"_s)));
        QVERIFY(QDir(dir.path()).mkdir(u"console.seen-gateways"_s));
        QVERIFY(loadSeenGateways(settings).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
