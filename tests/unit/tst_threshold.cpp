// Threshold ranges as the monitoring-plugins guidelines define them, for `xynapctl check -w/-c`.
#include "cli/Threshold.h"

#include <QTest>

using namespace Qt::StringLiterals;
using xynap::cli::Threshold;

class TestThreshold final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alerts_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("0, value 0") << u"0"_s << 0.0 << false;
        QTest::newRow("0, value 1") << u"0"_s << 1.0 << true;
        QTest::newRow("10, value 10") << u"10"_s << 10.0 << false;
        QTest::newRow("10, value 11") << u"10"_s << 11.0 << true;
        QTest::newRow("10, value -1") << u"10"_s << -1.0 << true;
        QTest::newRow("10:, value 9") << u"10:"_s << 9.0 << true;
        QTest::newRow("10:, value 1000") << u"10:"_s << 1000.0 << false;
        QTest::newRow("~:10, value -50") << u"~:10"_s << -50.0 << false;
        QTest::newRow("~:10, value 11") << u"~:10"_s << 11.0 << true;
        QTest::newRow("2:4, value 1") << u"2:4"_s << 1.0 << true;
        QTest::newRow("2:4, value 3") << u"2:4"_s << 3.0 << false;
        QTest::newRow("2:4, value 5") << u"2:4"_s << 5.0 << true;
        QTest::newRow("@2:4, value 2") << u"@2:4"_s << 2.0 << true;
        QTest::newRow("@2:4, value 5") << u"@2:4"_s << 5.0 << false;
        QTest::newRow("@0, value 0") << u"@0"_s << 0.0 << true;
    }
    void alerts()
    {
        QFETCH(QString, range);
        QFETCH(double, value);
        QFETCH(bool, alerts);
        const auto t = Threshold::parse(range);
        QVERIFY(t);
        QCOMPARE(t->alerts(value), alerts);
        QCOMPARE(t->text(), range);
    }

    void refusesWhatIsNoRange_data()
    {
        QTest::addColumn<QString>("range");
        for (const QString &r : {u""_s, u"@"_s, u"x"_s, u"1:x"_s, u"5:2"_s, u"1:2:3"_s, u"inf"_s})
            QTest::newRow(qPrintable(r.isEmpty() ? u"(empty)"_s : r)) << r;
    }
    void refusesWhatIsNoRange()
    {
        QFETCH(QString, range);
        QVERIFY(!Threshold::parse(range));
    }
};

QTEST_GUILESS_MAIN(TestThreshold)
#include "tst_threshold.moc"
