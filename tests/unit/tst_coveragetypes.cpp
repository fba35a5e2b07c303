#include "coverage/Cidr.h"
#include "coverage/PortSet.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::coverage;

class TestCoverageTypes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("v4 cidr") << u"92.197.176.0/24"_s << true << u"92.197.176.0/24"_s;
        QTest::newRow("v4 host bits cleared")
            << u"92.197.176.16/24"_s << true << u"92.197.176.0/24"_s;
        QTest::newRow("v4 host") << u"92.197.176.16"_s << true << u"92.197.176.16/32"_s;
        QTest::newRow("v4 netmask")
            << u"92.197.176.0/255.255.255.0"_s << true << u"92.197.176.0/24"_s;
        QTest::newRow("v4 any") << u"0.0.0.0/0"_s << true << u"0.0.0.0/0"_s;
        QTest::newRow("v6 1&1 range") << u"2001:8d8:104:100:212:227:124:128/125"_s << true
                                      << u"2001:8d8:104:100:212:227:124:128/125"_s;
        QTest::newRow("v6 host bits cleared") << u"2001:8d8:104:100:212:227:124:12f/125"_s << true
                                              << u"2001:8d8:104:100:212:227:124:128/125"_s;
        QTest::newRow("v6 bracketed host") << u"[2001:8d8:104:100:212:227:124:129]"_s << true
                                           << u"2001:8d8:104:100:212:227:124:129/128"_s;
        QTest::newRow("v6 any") << u"::/0"_s << true << u"::/0"_s;
        QTest::newRow("short v4") << u"10.1"_s << false << QString();
        QTest::newRow("hex v4") << u"0x1.2.3.4"_s << false << QString();
        QTest::newRow("prefix too long v4") << u"1.2.3.0/33"_s << false << QString();
        QTest::newRow("prefix too long v6") << u"2001:db8::/129"_s << false << QString();
        QTest::newRow("signed prefix") << u"1.2.3.0/+24"_s << false << QString();
        QTest::newRow("empty prefix") << u"1.2.3.0/"_s << false << QString();
        QTest::newRow("scope id") << u"fe80::1%eth0"_s << false << QString();
        QTest::newRow("noncontiguous mask") << u"1.2.3.0/255.0.255.0"_s << false << QString();
        QTest::newRow("word") << u"anywhere"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const std::optional<Subnet> subnet = Cidr::parse(text);
        QCOMPARE(subnet.has_value(), valid);
        if (valid)
            QCOMPARE(Cidr::toString(*subnet), normalized);
    }

    // The 1&1 block's groups are hexadecimal: /125 spans …:128 to …:12f.
    void hexadecimalBoundaries_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("first ::128") << u"2001:8d8:104:100:212:227:124:128"_s << true;
        QTest::newRow("proxy ::129") << u"2001:8d8:104:100:212:227:124:129"_s << true;
        QTest::newRow("::12a") << u"2001:8d8:104:100:212:227:124:12a"_s << true;
        QTest::newRow("last ::12f") << u"2001:8d8:104:100:212:227:124:12f"_s << true;
        QTest::newRow("::130 outside") << u"2001:8d8:104:100:212:227:124:130"_s << false;
        QTest::newRow("::135 outside (decimal 128+7)")
            << u"2001:8d8:104:100:212:227:124:135"_s << false;
        QTest::newRow("::127 outside") << u"2001:8d8:104:100:212:227:124:127"_s << false;
        QTest::newRow("IPv4 of the same name") << u"212.227.124.129"_s << false;
    }
    void hexadecimalBoundaries()
    {
        QFETCH(QString, address);
        QFETCH(bool, inside);
        const Subnet range = *Cidr::parse(u"2001:8d8:104:100:212:227:124:128/125"_s);
        QCOMPARE(Cidr::contains(range, *Cidr::parse(address)), inside);
    }

    void halves_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("upper");
        QTest::newRow("/24") << u"92.197.177.0/24"_s << u"92.197.177.0/25"_s
                             << u"92.197.177.128/25"_s;
        QTest::newRow("/0 v4") << u"0.0.0.0/0"_s << u"0.0.0.0/1"_s << u"128.0.0.0/1"_s;
        QTest::newRow("/31") << u"10.0.0.6/31"_s << u"10.0.0.6/32"_s << u"10.0.0.7/32"_s;
        QTest::newRow("/125 v6") << u"2001:8d8:104:100:212:227:124:128/125"_s
                                 << u"2001:8d8:104:100:212:227:124:128/126"_s
                                 << u"2001:8d8:104:100:212:227:124:12c/126"_s;
        QTest::newRow("/0 v6") << u"::/0"_s << u"::/1"_s << u"8000::/1"_s;
        QTest::newRow("/127 v6") << u"2001:db8::/127"_s << u"2001:db8::/128"_s
                                 << u"2001:db8::1/128"_s;
    }
    void halves()
    {
        QFETCH(QString, block);
        QFETCH(QString, lower);
        QFETCH(QString, upper);
        const Subnet b = *Cidr::parse(block);
        const auto [lo, hi] = Cidr::halves(b);
        QCOMPARE(Cidr::toString(lo), lower);
        QCOMPARE(Cidr::toString(hi), upper);
        QCOMPARE(Cidr::parent(hi), b);
        QVERIFY(Cidr::contains(b, lo));
        QVERIFY(Cidr::contains(b, hi));
        QVERIFY(!Cidr::overlaps(lo, hi));
    }

    void lastAddress_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("last");
        QTest::newRow("/24") << u"92.197.176.0/24"_s << u"92.197.176.255"_s;
        QTest::newRow("/29") << u"212.227.124.128/29"_s << u"212.227.124.135"_s;
        QTest::newRow("/32") << u"46.4.96.105"_s << u"46.4.96.105"_s;
        QTest::newRow("/0") << u"0.0.0.0/0"_s << u"255.255.255.255"_s;
        QTest::newRow("v6 /125") << u"2001:8d8:104:100:212:227:124:128/125"_s
                                 << u"2001:8d8:104:100:212:227:124:12f"_s;
        QTest::newRow("v6 /32") << u"2001:db8::/32"_s
                                << u"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"_s;
        QTest::newRow("v6 /128") << u"2001:db8::1"_s << u"2001:db8::1"_s;
    }
    void lastAddress()
    {
        QFETCH(QString, block);
        QFETCH(QString, last);
        QCOMPARE(Cidr::lastAddress(*Cidr::parse(block)), QHostAddress(last));
    }

    void ipv4NeverInIpv6()
    {
        QVERIFY(!Cidr::contains(*Cidr::parse(u"::/0"_s), *Cidr::parse(u"92.197.176.0/24"_s)));
        QVERIFY(
            !Cidr::contains(*Cidr::parse(u"0.0.0.0/0"_s), *Cidr::parse(u"::ffff:92.197.176.1"_s)));
    }

    void ufwPorts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("rendered");
        QTest::addColumn<int>("count");
        QTest::newRow("any") << u"any"_s << true << u"any"_s << 65536;
        QTest::newRow("single") << u"5060"_s << true << u"5060"_s << 1;
        QTest::newRow("list") << u"5060,5061"_s << true << u"5060:5061"_s << 2;
        QTest::newRow("range") << u"16384:16484"_s << true << u"16384:16484"_s << 101;
        QTest::newRow("list and range") << u"22,10000:10060"_s << true << u"22,10000:10060"_s << 62;
        QTest::newRow("zero") << u"0"_s << false << QString() << 0;
        QTest::newRow("too big") << u"65536"_s << false << QString() << 0;
        QTest::newRow("reversed range") << u"5061:5060"_s << false << QString() << 0;
        QTest::newRow("empty range") << u"5060:5060"_s << false << QString() << 0;
        QTest::newRow("leading comma") << u",5060"_s << false << QString() << 0;
        QTest::newRow("trailing colon") << u"5060:"_s << false << QString() << 0;
        QTest::newRow("letters") << u"sip"_s << false << QString() << 0;
        QTest::newRow("16 entries")
            << u"1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16"_s << false << QString() << 0;
        QTest::newRow("15 entries") << u"1,3,5,7,9,11,13,15,17,19,21,23,25,27,29"_s << true
                                    << u"1,3,5,7,9,11,13,15,17,19,21,23,25,27,29"_s << 15;
    }
    void ufwPorts()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, rendered);
        QFETCH(int, count);
        bool ok = false;
        const PortSet set = PortSet::parseUfw(text, &ok);
        QCOMPARE(ok, valid);
        if (!valid)
            return;
        QCOMPARE(set.toUfwString(), rendered);
        QCOMPARE(set.portCount(), count);
    }

    void portArithmetic()
    {
        const PortSet rtp = PortSet::range(16384, 32768);
        const PortSet open = PortSet::range(16384, 16484);
        QCOMPARE(rtp.subtracted(open).toUfwString(), u"16485:32768"_s);
        QCOMPARE(rtp.intersected(open), open);
        QVERIFY(rtp.containsAll(open));
        QVERIFY(!open.containsAll(rtp));
        QCOMPARE(PortSet::fromRanges({{10, 20}, {30, 40}})
                     .subtracted(PortSet::range(15, 35))
                     .toUfwString(),
            u"10:14,36:40"_s);
        QCOMPARE(PortSet::single(5060).united(PortSet::single(5061)).toUfwString(), u"5060:5061"_s);
        QVERIFY(PortSet::any().isAny());
        QVERIFY(PortSet::any().containsAll(PortSet::single(5060)));
        QVERIFY(!PortSet::single(5060).intersects(PortSet::single(5061)));
    }
};

QTEST_GUILESS_MAIN(TestCoverageTypes)
#include "tst_coveragetypes.moc"
