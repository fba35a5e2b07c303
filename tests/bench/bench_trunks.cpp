// How long the trunk list takes to load and show: parsing the Platform API's reply
// (trunksFromReply), TrunkTableModel::setTrunks behind the sort/filter proxy the trunks page
// uses, and a QTableView (offscreen) showing it. 2,000 trunks, plus 10,000 to see how it scales.
//
// Not a ctest test. Run: QT_QPA_PLATFORM=offscreen bench_trunks [-median 5] [-tickcounter]
#include "platform/ApiClient.h"
#include "session/TrunkTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

// Trunks shaped like the platform's: two providers, two profiles, one to three numbers,
// names not in id order (the view sorts them).
QList<Trunk> makeTrunks(int count)
{
    QList<Trunk> trunks;
    trunks.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int key = (i * 7919) % count; // a fixed permutation
        const bool plusnet = i % 3 != 0;
        Trunk t;
        t.id = i + 1;
        t.provider = plusnet ? u"plusnet"_s : u"1und1"_s;
        t.gatewayName = u"%1-customer-%2"_s.arg(t.provider).arg(key, 5, 10, QLatin1Char('0'));
        t.profile = plusnet ? u"external-ipv4"_s : u"internal"_s;
        t.proxy = plusnet ? u"sip.plusnet.de"_s : u"sip.1und1.de"_s;
        t.outboundProxy = plusnet ? u"92.197.176.16"_s : u"[2001:8d8:104:100:212:227:124:129]"_s;
        t.registerEnabled = !plusnet;
        t.realm = plusnet ? QString() : u"sip.1und1.de"_s;
        t.username = plusnet ? QString() : u"4934556%1"_s.arg(key, 5, 10, QLatin1Char('0'));
        t.passwordSet = !plusnet;
        t.callerId = u"+4934556%1"_s.arg(key, 5, 10, QLatin1Char('0'));
        t.callerIdInFrom = !plusnet;
        for (int n = 0; n <= i % 3; ++n)
            t.numbers.append({u"+4934557%1%2"_s.arg(key, 5, 10, QLatin1Char('0')).arg(n),
                u"Line %1"_s.arg(n + 1)});
        t.pingSeconds = plusnet ? 30 : 0;
        t.expireSeconds = plusnet ? 3600 : 600;
        t.version = 1 + i % 4;
        trunks.append(t);
    }
    return trunks;
}

// GET /api/v1/sip/trunks as the sandbox answers it.
QByteArray replyBody(const QList<Trunk> &trunks)
{
    QJsonArray list;
    for (const Trunk &t : trunks) {
        QJsonObject o = trunkToJson(t);
        o.insert(u"etag"_s, t.etag());
        list.append(o);
    }
    return QJsonDocument(QJsonObject {{u"trunks"_s, list}}).toJson(QJsonDocument::Compact);
}

// The proxy and view as TrunksPage sets them up.
void setUpLikeTheTrunksPage(
    QSortFilterProxyModel &proxy, QTableView &view, session::TrunkTableModel &model)
{
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortRole(session::TrunkTableModel::SortRole);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(session::TrunkTableModel::Name, Qt::AscendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(1280, 800);
}

} // namespace

class BenchTrunks final : public QObject {
    Q_OBJECT

    // XYNAP_BENCH_BRIEF (the `bench` ctest test): the small size only, once.
    static bool brief() { return qEnvironmentVariableIsSet("XYNAP_BENCH_BRIEF"); }
    static void sizes()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("2000") << 2000;
        if (!brief())
            QTest::newRow("10000") << 10000;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const int count : brief() ? QList<int> {2000} : QList<int> {2000, 10000})
            qInfo("%d trunks: %lld bytes of JSON", count,
                qint64(replyBody(makeTrunks(count)).size()));
    }

    // --- the reply ----------------------------------------------------------------------------

    void parseReply_data() { sizes(); }
    void parseReply()
    {
        // JSON text to trunks: what PlatformSession does with every reload.
        QFETCH(int, count);
        const QByteArray body = replyBody(makeTrunks(count));
        qsizetype parsed = 0;
        QBENCHMARK
        {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            parsed = platform::trunksFromReply(doc).trunks.size();
        }
        QCOMPARE(parsed, qsizetype(count));
    }

    void trunksFromReply_data() { sizes(); }
    void trunksFromReply()
    {
        // Only the reading of the parsed document into Trunk values.
        QFETCH(int, count);
        const QJsonDocument doc = QJsonDocument::fromJson(replyBody(makeTrunks(count)));
        QString error;
        qsizetype parsed = 0;
        QBENCHMARK
        {
            const platform::TrunkListResult read = platform::trunksFromReply(doc);
            parsed = read.trunks.size();
            error = read.error;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed, qsizetype(count));
    }

    void jsonOnly_data() { sizes(); }
    void jsonOnly()
    {
        // For comparison: QJsonDocument::fromJson alone.
        QFETCH(int, count);
        const QByteArray body = replyBody(makeTrunks(count));
        bool object = false;
        QBENCHMARK
        {
            object = QJsonDocument::fromJson(body).isObject();
        }
        QVERIFY(object);
    }

    // --- the models ---------------------------------------------------------------------------

    void setTrunks_data() { sizes(); }
    void setTrunks()
    {
        QFETCH(int, count);
        const QList<Trunk> trunks = makeTrunks(count);
        session::TrunkTableModel model;
        QBENCHMARK
        {
            model.setTrunks(trunks);
        }
        QCOMPARE(model.rowCount(), count);
    }

    void setTrunksSortedFiltered_data() { sizes(); }
    void setTrunksSortedFiltered()
    {
        // Model reset behind the proxy: the proxy re-sorts by name and re-filters all rows.
        QFETCH(int, count);
        const QList<Trunk> trunks = makeTrunks(count);
        session::TrunkTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortRole(session::TrunkTableModel::SortRole);
        proxy.sort(session::TrunkTableModel::Name);
        proxy.setFilterFixedString(u"1UND1"_s);
        QBENCHMARK
        {
            model.setTrunks(trunks);
            QVERIFY(proxy.rowCount() > 0);
        }
        QCOMPARE(proxy.rowCount(), (count + 2) / 3);
        QVERIFY(proxy.index(0, 0).data().toString() < proxy.index(1, 0).data().toString());
    }

    // --- on screen ----------------------------------------------------------------------------

    void loadAndShow_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("resize");
        QTest::newRow("2000") << 2000 << true;
        QTest::newRow("2000, columns not resized") << 2000 << false;
        if (brief())
            return;
        QTest::newRow("10000") << 10000 << true;
        QTest::newRow("10000, columns not resized") << 10000 << false;
    }
    void loadAndShow()
    {
        // What a reload costs on the trunks page: reset, proxy sort, the columns sized to the
        // contents (TrunksPage does that on trunksLoaded), one paint.
        QFETCH(int, count);
        QFETCH(bool, resize);
        const QList<Trunk> trunks = makeTrunks(count);
        session::TrunkTableModel model;
        QSortFilterProxyModel proxy;
        QTableView view;
        setUpLikeTheTrunksPage(proxy, view, model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QBENCHMARK
        {
            model.setTrunks(trunks);
            if (resize)
                view.resizeColumnsToContents();
            view.viewport()->repaint();
            QCoreApplication::processEvents();
        }
        QCOMPARE(proxy.rowCount(), count);
        QVERIFY(view.isVisible());
    }

    void firstShow_data() { sizes(); }
    void firstShow()
    {
        // A new view over an already loaded model: create, show, paint.
        QFETCH(int, count);
        session::TrunkTableModel model;
        model.setTrunks(makeTrunks(count));
        QBENCHMARK
        {
            QSortFilterProxyModel proxy;
            QTableView view;
            setUpLikeTheTrunksPage(proxy, view, model);
            view.show();
            view.resizeColumnsToContents();
            view.viewport()->repaint();
            QCoreApplication::processEvents();
        }
    }

    void typeFilter_data() { sizes(); }
    void typeFilter()
    {
        // The operator types "plusnet-customer-01" into the filter, one key at a time.
        QFETCH(int, count);
        session::TrunkTableModel model;
        model.setTrunks(makeTrunks(count));
        QSortFilterProxyModel proxy;
        QTableView view;
        setUpLikeTheTrunksPage(proxy, view, model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString typed = u"plusnet-customer-01"_s;
        QBENCHMARK
        {
            for (qsizetype i = 1; i <= typed.size(); ++i) {
                proxy.setFilterFixedString(typed.left(i));
                view.viewport()->repaint();
            }
            proxy.setFilterFixedString(QString());
            QCoreApplication::processEvents();
        }
        QCOMPARE(proxy.rowCount(), count);
    }
};

QTEST_MAIN(BenchTrunks)
#include "bench_trunks.moc"
