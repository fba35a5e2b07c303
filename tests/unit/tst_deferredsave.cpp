// DeferredSave: a burst of changes is one write, made on a thread of its own with what was
// collected when the burst was over; what waits is written when it goes.
#include "session/DeferredSave.h"

#include <QAtomicInt>
#include <QMutex>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using xynap::session::DeferredSave;

class TestDeferredSave final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBurstIsOneWriteOfTheLastValue()
    {
        QAtomicInt writes;
        QMutex lock;
        QList<int> written;
        QThread *writer = nullptr;
        int value = 0;
        DeferredSave save(50);
        const auto collect = [&]() -> DeferredSave::Write {
            return [&, v = value] {
                writes.fetchAndAddOrdered(1);
                const QMutexLocker locked(&lock);
                written.append(v);
                writer = QThread::currentThread();
            };
        };
        for (int i = 1; i <= 1000; ++i) {
            value = i;
            save.schedule(u"applied"_s, collect);
        }
        QVERIFY(save.isPending());
        QCOMPARE(writes.loadAcquire(), 0); // nothing yet: the burst may go on
        QTRY_COMPARE(writes.loadAcquire(), 1);
        save.flush();
        QCOMPARE(written, QList<int> {1000}); // collected when the burst was over
        QVERIFY(writer && writer != QThread::currentThread());
        QVERIFY(!save.isPending());
    }

    void kindsAreWrittenEachAndWhatWaitsIsWrittenAtTheEnd()
    {
        QAtomicInt seen;
        QAtomicInt applied;
        {
            DeferredSave save(60'000); // longer than the test: only the end writes
            save.schedule(u"seen"_s,
                [&]() -> DeferredSave::Write { return [&] { seen.fetchAndAddOrdered(1); }; });
            save.schedule(u"applied"_s,
                [&]() -> DeferredSave::Write { return [&] { applied.fetchAndAddOrdered(1); }; });
            save.schedule(u"nothing"_s, []() -> DeferredSave::Write { return {}; });
            QCOMPARE(seen.loadAcquire() + applied.loadAcquire(), 0);
        }
        QCOMPARE(seen.loadAcquire(), 1);
        QCOMPARE(applied.loadAcquire(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeferredSave)
#include "tst_deferredsave.moc"
