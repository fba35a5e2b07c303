#include "model/FileRead.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestFileRead final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void regularFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"user.rules"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*filter\n### tuple ### allow udp 5060 0.0.0.0/0 any 1.2.3.0/24 in\n");
        f.close();
        const FileReadResult r = readInputFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.data.startsWith("*filter\n"));
    }

    void emptyFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const FileReadResult r = readInputFile(path);
        QVERIFY(r.ok());
        QVERIFY(r.data.isEmpty());
    }

    void notRegularIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << u"/dev/zero"_s;
        QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
        QTest::newRow("directory") << QDir::tempPath();
    }
    void notRegularIsRefused()
    {
        QFETCH(QString, path);
        const FileReadResult r = readInputFile(path);
        QVERIFY(!r.ok());
        QVERIFY(r.data.isEmpty());
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"regular file"_s), qPrintable(r.error));
    }

    // A FIFO with no writer: opening it must not block.
    void fifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const FileReadResult r = readInputFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"regular file"_s), qPrintable(r.error));
    }

    void tooLargeIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(MaxInputFileBytes + 1)); // sparse: no disk used
        f.close();
        const FileReadResult r = readInputFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"48 MiB"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        // Exactly at a given limit is allowed.
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(1000));
        f.close();
        QVERIFY(readInputFile(path, 1000).ok());
        QVERIFY(!readInputFile(path, 999).ok());
    }

    // The built-in data sets are Qt resources; they are read too, with the same limit.
    void qtResourcesAreRead()
    {
        const FileReadResult r = readInputFile(u":/demo/platform.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.data.contains("\"trunks\""));
        QVERIFY(!readInputFile(u":/demo/platform.json"_s, 10).ok());
    }

    void missingFileNamesIt()
    {
        const QString path = u"/nonexistent/xynap/user6.rules"_s;
        const FileReadResult r = readInputFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(path), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestFileRead)
#include "tst_fileread.moc"
