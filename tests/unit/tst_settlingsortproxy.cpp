// The Gateways page's proxy: values change at once, rows move only once changes settle.
#include "ui/gateways/SettlingSortProxy.h"

#include <QIdentityProxyModel>
#include <QStandardItemModel>
#include <QtTest>

using namespace Qt::StringLiterals;
using xynap::ui::SettlingSortProxy;

class TestSettlingSortProxy final : public QObject {
    Q_OBJECT

    QStandardItemModel m_source;
    std::unique_ptr<SettlingSortProxy> m_proxy;

    QStringList column(int c) const
    {
        QStringList values;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            values.append(m_proxy->index(r, c).data().toString());
        return values;
    }

private Q_SLOTS:
    void init()
    {
        m_source.clear();
        // gateway, state
        for (const auto &[name, state] : {std::pair {u"a"_s, u"REGED"_s},
                 std::pair {u"b"_s, u"FAIL_WAIT"_s}, std::pair {u"c"_s, u"NOREG"_s}})
            m_source.appendRow({new QStandardItem(name), new QStandardItem(state)});
        m_proxy = std::make_unique<SettlingSortProxy>();
        m_proxy->setSettleInterval(20);
        m_proxy->setSourceModel(&m_source);
        m_proxy->sort(1);
    }

    void valuesAtOnceRowsOnceSettled()
    {
        QCOMPARE(column(0), (QStringList {u"b"_s, u"c"_s, u"a"_s}));
        m_source.item(0, 1)->setText(u"DOWN"_s); // a: REGED → DOWN
        // The value shows at once, the row stays where the operator saw it …
        QCOMPARE(column(1), (QStringList {u"FAIL_WAIT"_s, u"NOREG"_s, u"DOWN"_s}));
        QVERIFY(m_proxy->isSettling());
        // … and moves once the changes settle.
        QTRY_COMPARE(column(0), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(!m_proxy->isSettling());
    }

    void otherColumnsDoNotResort()
    {
        m_source.item(0, 0)->setText(u"z"_s); // the name; sorted by state
        QVERIFY(!m_proxy->isSettling());
    }

    // Rows a wider filter lets back in are sorted at once, not appended in source order.
    void clearingTheFilterKeepsTheOrder()
    {
        m_proxy->sort(0);
        m_proxy->setFilterKeyColumn(0);
        m_proxy->setFilterText(u"c"_s);
        QCOMPARE(column(0), QStringList {u"c"_s});
        m_proxy->setFilterText(QString());
        QCOMPARE(column(0), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
    }

    void filterAndInsertSettleToo()
    {
        m_proxy->setFilterKeyColumn(1);
        m_proxy->setFilterFixedString(u"REG"_s); // applied at once: REGED, NOREG
        QCOMPARE(m_proxy->rowCount(), 2);
        m_source.item(1, 1)->setText(u"REGED"_s); // b now matches
        QCOMPARE(m_proxy->rowCount(), 2);
        QTRY_COMPARE(m_proxy->rowCount(), 3);
        m_source.appendRow({new QStandardItem(u"d"_s), new QStandardItem(u"AAA-REG"_s)});
        QCOMPARE(m_proxy->rowCount(), 4); // shown at once, at the end …
        QCOMPARE(column(0).last(), u"d"_s);
        QVERIFY(m_proxy->isSettling());
        QTRY_COMPARE(column(0).first(), u"d"_s); // … and sorted in once settled
    }

    // Rows inserted in bursts over several turns of the event loop (fifty nodes' lists, each
    // handled in a turn of its own) are sorted in once, not once per burst.
    void burstsOfInsertsSortOnce()
    {
        m_proxy->setSettleInterval(200);
        QSignalSpy sorted(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        for (const QString &name : {u"f"_s, u"e"_s, u"d"_s}) {
            m_source.appendRow({new QStandardItem(name), new QStandardItem(u"AAA"_s + name)});
            QCoreApplication::processEvents();
        }
        QCOMPARE(sorted.size(), 0);
        QTRY_COMPARE(column(0), (QStringList {u"d"_s, u"e"_s, u"f"_s, u"b"_s, u"c"_s, u"a"_s}));
        QCOMPARE(sorted.size(), 1);
    }

    // A settle reads each row's value once (a sort compares each about 2 log2(n) times) and
    // orders the rows as QSortFilterProxyModel does: text case-sensitively, numbers and times
    // by value, rows without a value last.
    void settlingReadsEachValueOnceInQtsOrder()
    {
        struct Counting final : public QIdentityProxyModel {
            mutable int reads = 0;
            QVariant data(const QModelIndex &index, int role) const override
            {
                ++reads;
                return QIdentityProxyModel::data(index, role);
            }
        };
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int column = 0; column < 3; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QStandardItemModel source;
                Counting counted;
                counted.setSourceModel(&source);
                SettlingSortProxy settling;
                settling.setSourceModel(&counted);
                settling.sort(column, order);
                QSortFilterProxyModel qt;
                qt.setSourceModel(&source);
                qt.sort(column, order);
                // Rows that come in after the sort: the settle puts them in place.
                for (int i = 0; i < 200; ++i) {
                    const int k = int((quint64(i) * 2654435761u) % 97);
                    auto *text = new QStandardItem(k % 3 ? u"gw-%1"_s.arg(k) : u"GW-%1"_s.arg(k));
                    auto *number = new QStandardItem;
                    if (k % 7)
                        number->setData(k * (k % 2 ? -1 : 1), Qt::DisplayRole);
                    auto *time = new QStandardItem;
                    time->setData(t0.addSecs(k), Qt::DisplayRole);
                    source.appendRow({text, number, time});
                }
                counted.reads = 0;
                settling.settle();
                QVERIFY2(
                    counted.reads <= source.rowCount(), qPrintable(QString::number(counted.reads)));
                QStringList got;
                QStringList expected;
                for (int r = 0; r < source.rowCount(); ++r) {
                    got << settling.index(r, 0).data().toString() + u'|'
                            + settling.index(r, column).data().toString();
                    expected << qt.index(r, 0).data().toString() + u'|'
                            + qt.index(r, column).data().toString();
                }
                QCOMPARE(got, expected);
            }
        }
    }
};

QTEST_MAIN(TestSettlingSortProxy)
#include "tst_settlingsortproxy.moc"
