// The sandbox's gateway table: profiles and their gateways, found by name and by uid.
#include "sandbox/GatewayTable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::sandbox;

namespace {

SofiaProfile profileNamed(const QString &name)
{
    SofiaProfile p;
    p.name = name;
    return p;
}

quint64 addGateway(GatewayTable &table, const QString &profile, const QString &name)
{
    auto gw = std::make_unique<SimGateway>();
    gw->uid = table.nextUid();
    gw->name = name;
    gw->profileName = profile;
    const quint64 uid = gw->uid;
    table.profile(profile)->add(std::move(gw));
    return uid;
}

} // namespace

class TestGatewayTable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_table = GatewayTable();
        m_table.setProfiles({profileNamed(u"internal"_s), profileNamed(u"external"_s)},
            {{u"internal"_s, 2}, {u"external"_s, 3}});
    }

    void callsPerProfile()
    {
        QCOMPARE(m_table.calls(), 5);
        QCOMPARE(m_table.calls(u"external"_s), 3);
        QCOMPARE(m_table.calls(u"none"_s), 0);
        QVERIFY(!m_table.profile(u"none"_s));
    }

    // As mod_sofia's name hash: the newest copy of a name wins, "profile::name" picks one.
    void newestCopyWins()
    {
        const quint64 first = addGateway(m_table, u"internal"_s, u"plusnet"_s);
        const quint64 second = addGateway(m_table, u"external"_s, u"plusnet"_s);
        QVERIFY(second != first);
        QCOMPARE(m_table.find(u"plusnet"_s)->uid, second);
        QCOMPARE(m_table.find(u"internal::plusnet"_s)->uid, first);
        QVERIFY(!m_table.find(u"internal::1und1"_s));
        QVERIFY(!m_table.find(u"1und1"_s));
        QCOMPARE(m_table.gatewayNames(u"internal"_s), QStringList {u"plusnet"_s});
    }

    void removedGatewayLeavesBothIndexes()
    {
        const quint64 first = addGateway(m_table, u"internal"_s, u"plusnet"_s);
        const quint64 second = addGateway(m_table, u"external"_s, u"plusnet"_s);
        m_table.profile(u"external"_s)->remove(second);
        QVERIFY(!m_table.gateway(u"external"_s, second));
        QCOMPARE(m_table.gateway(u"internal"_s, first)->name, u"plusnet"_s);
        QCOMPARE(m_table.find(u"plusnet"_s)->uid, first);
        QVERIFY(m_table.gatewayNames(u"external"_s).isEmpty());
        m_table.profile(u"external"_s)->remove(second); // twice: nothing left to remove
        QCOMPARE(m_table.profile(u"internal"_s)->gateways.size(), size_t(1));
    }

    // New profiles drop the gateways, never the uids: a late timer finds no stranger.
    void uidsAreNeverReused()
    {
        const quint64 old = addGateway(m_table, u"internal"_s, u"plusnet"_s);
        m_table.setProfiles({profileNamed(u"internal"_s)}, {});
        QVERIFY(!m_table.find(u"plusnet"_s));
        QVERIFY(!m_table.gateway(u"internal"_s, old));
        QVERIFY(addGateway(m_table, u"internal"_s, u"plusnet"_s) > old);
    }

private:
    GatewayTable m_table;
};

QTEST_GUILESS_MAIN(TestGatewayTable)
#include "tst_gatewaytable.moc"
