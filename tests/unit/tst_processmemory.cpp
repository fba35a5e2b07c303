// platform::returnBigBlocksToTheSystem: after it, a big block freed does not make the next big
// blocks come from the heap (glibc's dynamic mmap threshold), where freed memory stays in the
// process.
#include "platform/ProcessMemory.h"

#include <QtTest>
#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

class TestProcessMemory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bigBlocksStayMapped()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces malloc: glibc's threshold is not the one in use");
#elif defined(__GLIBC__)
        xynap::platform::returnBigBlocksToTheSystem();
        constexpr size_t MiB = 1024 * 1024;
        // A fleet's reply, read and freed: glibc would raise its threshold to 8 MiB here.
        void *reply = std::malloc(8 * MiB);
        QVERIFY(reply);
        std::memset(reply, 1, 8 * MiB);
        std::free(reply);
        const size_t before = mallinfo2().hblkhd;
        void *next = std::malloc(MiB);
        QVERIFY(next);
        const size_t after = mallinfo2().hblkhd;
        std::free(next);
        QVERIFY2(after >= before + MiB,
            qPrintable(QStringLiteral("mapped %1 -> %2 bytes").arg(before).arg(after)));
#else
        QSKIP("glibc only: elsewhere the function does nothing");
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
