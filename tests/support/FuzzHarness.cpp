#include "FuzzHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace xynap::fuzz {

Mutation::Mutation(Rng &rng, const QList<QByteArray> &pool, qsizetype keep)
    : m_rng(rng)
    , m_pool(pool)
    , m_keep(keep)
{
}

unsigned Mutation::draw(unsigned n)
{
    return unsigned(m_rng() % n);
}

qsizetype Mutation::below(qsizetype n)
{
    return n <= 0 ? qsizetype(0) : qsizetype(m_rng() % quint64(n));
}

qsizetype Mutation::byteIn(const QByteArray &data)
{
    return m_keep + below(data.size() - m_keep);
}

qsizetype Mutation::gapIn(const QByteArray &data)
{
    return m_keep + below(data.size() + 1 - m_keep);
}

const QByteArray &Mutation::pick()
{
    return m_pool.at(below(m_pool.size()));
}

namespace op {

Operator flipBit()
{
    return [](Mutation &m, QByteArray &data) {
        if (!m.touchable(data))
            return;
        const qsizetype i = m.byteIn(data);
        data[i] = char(data[i] ^ (1 << m.draw(8)));
    };
}

Operator replaceByte(const QByteArray &special)
{
    return [special](Mutation &m, QByteArray &data) {
        if (!m.touchable(data))
            return;
        const bool fromSpecial = !special.isEmpty() && m.draw(2) != 0;
        char value = 0;
        if (fromSpecial)
            value = special.at(m.below(special.size()));
        else
            value = char(m.draw(256));
        data[m.byteIn(data)] = value;
    };
}

Operator insertBytes(int maxBytes)
{
    return [maxBytes](Mutation &m, QByteArray &data) {
        QByteArray bytes;
        for (unsigned n = 1 + m.draw(unsigned(maxBytes)); n > 0; --n)
            bytes.append(char(m.draw(256)));
        data.insert(m.gapIn(data), bytes);
    };
}

Operator eraseRange(qsizetype maxBytes)
{
    return [maxBytes](Mutation &m, QByteArray &data) {
        if (!m.touchable(data))
            return;
        const qsizetype at = m.byteIn(data);
        data.remove(at, 1 + m.below(std::min(maxBytes, data.size() - at)));
    };
}

Operator duplicateRange(qsizetype maxBytes, int maxCopies)
{
    return [maxBytes, maxCopies](Mutation &m, QByteArray &data) {
        if (!m.touchable(data))
            return;
        const qsizetype at = m.byteIn(data);
        const QByteArray chunk = data.mid(at, 1 + m.below(std::min(maxBytes, data.size() - at)));
        const qsizetype copies = maxCopies > 1 ? 1 + m.below(maxCopies) : 1;
        data.insert(m.gapIn(data), chunk.repeated(copies));
    };
}

Operator insertToken(const QList<QByteArray> &dictionary)
{
    return [dictionary](Mutation &m, QByteArray &data) {
        const QByteArray &token = dictionary.at(m.below(dictionary.size()));
        data.insert(m.gapIn(data), token);
    };
}

Operator spliceRest(qsizetype maxBytes)
{
    return [maxBytes](Mutation &m, QByteArray &data) {
        const QByteArray &other = m.pick();
        const qsizetype from = m.gapIn(other);
        const qsizetype cut = m.gapIn(data);
        data = data.left(cut) + other.mid(from, maxBytes);
    };
}

Operator splicePiece(qsizetype maxBytes)
{
    return [maxBytes](Mutation &m, QByteArray &data) {
        const QByteArray &other = m.pick();
        const qsizetype length = 1 + m.below(maxBytes);
        const qsizetype from = m.byteIn(other);
        const qsizetype cut = m.gapIn(data);
        data = data.left(cut) + other.mid(from, length);
    };
}

Operator swapLines()
{
    return [](Mutation &m, QByteArray &data) {
        QList<QByteArray> lines = data.mid(m.keep()).split('\n');
        if (lines.size() < 2)
            return;
        const qsizetype a = m.below(lines.size());
        const qsizetype b = m.below(lines.size());
        std::swap(lines[a], lines[b]);
        data = data.left(m.keep()) + lines.join('\n');
    };
}

Operator truncate()
{
    return [](Mutation &m, QByteArray &data) { data.truncate(m.gapIn(data)); };
}

} // namespace op

QByteArray Mutator::mutate(QByteArray data, const QList<QByteArray> &pool, Rng &rng) const
{
    Mutation m(rng, pool, keep);
    for (unsigned rounds = 1 + m.draw(unsigned(maxRounds)); rounds > 0; --rounds)
        operators.at(m.below(operators.size()))(m, data);
    if (data.size() > maxSize)
        data.truncate(maxSize);
    return data;
}

namespace {

QByteArray g_current;
char g_name[128] = "fuzz";
char g_crashFile[192] = "fuzz-crash-input.bin";

struct Failure {
    int count = 0;
    QByteArray firstDetail;
    QByteArray firstInput;
};
QMap<QByteArray, Failure> g_failures;

void copyName(char *to, size_t capacity, const QByteArray &from)
{
    const size_t n = std::min(capacity - 1, size_t(from.size()));
    std::copy_n(from.constData(), n, to);
    to[n] = '\0';
}

// What follows runs in the signal handler: write(2) only, no allocation.
void writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return;
        data += n;
        size -= size_t(n);
    }
}

void writeText(const char *text)
{
    writeAll(2, text, std::strlen(text));
}

void writeNumber(unsigned long long value)
{
    char digits[24];
    size_t at = sizeof digits;
    do {
        digits[--at] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    writeAll(2, digits + at, sizeof digits - at);
}

// The input as text: printable ASCII as it is, a line end as \n and a line break, the rest as
// \xHH; at most the first 4 KiB.
void writeEscaped(const char *data, size_t size)
{
    static const char hex[] = "0123456789abcdef";
    constexpr size_t shown = 4096;
    char line[256];
    size_t used = 0;
    for (size_t i = 0; i < size && i < shown; ++i) {
        if (used + 5 > sizeof line) {
            writeAll(2, line, used);
            used = 0;
        }
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '\n') {
            line[used++] = '\\';
            line[used++] = 'n';
            line[used++] = '\n';
        } else if (c == '\\') {
            line[used++] = '\\';
            line[used++] = '\\';
        } else if (c >= 0x20 && c < 0x7f) {
            line[used++] = char(c);
        } else {
            line[used++] = '\\';
            line[used++] = 'x';
            line[used++] = hex[c >> 4];
            line[used++] = hex[c & 0x0f];
        }
    }
    writeAll(2, line, used);
    if (size > shown)
        writeText("\n[...]");
    writeText("\n");
}

void onCrash(int signal)
{
    const int fd = ::open(g_crashFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        writeAll(fd, g_current.constData(), size_t(g_current.size()));
        ::close(fd);
    }
    writeText(g_name);
    writeText(": crashed on this input (");
    writeNumber(static_cast<unsigned long long>(g_current.size()));
    writeText(" bytes, written to ");
    writeText(g_crashFile);
    writeText("):\n");
    writeEscaped(g_current.constData(), size_t(g_current.size()));
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Every input run, in order: the same seed gives the same digest.
class Digest {
public:
    void add(const QByteArray &input)
    {
        const auto size = quint64(input.size());
        char length[8];
        for (int i = 0; i < 8; ++i)
            length[i] = char(size >> (8 * i));
        m_hash.addData(QByteArrayView(length, 8));
        m_hash.addData(input);
    }
    QByteArray hex() const { return m_hash.result().toHex().left(16); }

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha1};
};

struct Options {
    int iterations = 0;
    unsigned seed = 0;
    QString corpusDir;
};

bool parse(int argc, char **argv, Options &options)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        bool ok = i + 1 < argc;
        if (ok && arg == "--iterations")
            options.iterations = QByteArray(argv[++i]).toInt(&ok);
        else if (ok && arg == "--seed")
            options.seed = QByteArray(argv[++i]).toUInt(&ok);
        else if (ok && arg == "--write-corpus")
            options.corpusDir = QString::fromLocal8Bit(argv[++i]);
        else
            ok = false;
        if (!ok) {
            std::fprintf(
                stderr, "usage: %s [--iterations N] [--seed S] [--write-corpus DIR]\n", argv[0]);
            return false;
        }
    }
    return true;
}

int writeCorpus(const Driver &driver, const QString &dir)
{
    const QList<QByteArray> &corpus = driver.corpus.isEmpty() ? driver.seeds : driver.corpus;
    QDir().mkpath(dir);
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        QFile f(QDir(dir).filePath(QStringLiteral("seed-%1").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(corpus.at(i)) != corpus.at(i).size()) {
            std::fprintf(
                stderr, "%s: cannot write %s\n", driver.name.constData(), qPrintable(f.fileName()));
            return 1;
        }
    }
    std::printf("%s: %lld seeds written to %s\n", driver.name.constData(),
        static_cast<long long>(corpus.size()), qPrintable(dir));
    return 0;
}

int reportFailures(const Driver &driver)
{
    if (g_failures.isEmpty()) {
        std::printf("no check failed\n");
        return 0;
    }
    int n = 0;
    for (auto it = g_failures.cbegin(); it != g_failures.cend(); ++it, ++n) {
        const QString file = QStringLiteral("%1-failure-%2.bin")
                                 .arg(QString::fromUtf8(driver.name), QString::number(n));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(it->firstInput);
        std::printf("FAILED %s: %d time(s); first input in %s\n  %s\n", it.key().constData(),
            it->count, qPrintable(file), it->firstDetail.constData());
    }
    return 1;
}

} // namespace

void setCurrentInput(const QByteArray &input)
{
    g_current = input;
}

void recordFailure(const char *check, const QByteArray &detail)
{
    Failure &f = g_failures[QByteArray(check)];
    if (f.count++ == 0) {
        f.firstDetail = detail.left(600);
        f.firstInput = g_current;
    }
}

int runDriver(int argc, char **argv, const Driver &driver)
{
    Options options {driver.iterations, driver.seed, {}};
    if (!parse(argc, argv, options))
        return 64;
    if (driver.seeds.size() < driver.minSeeds) {
        std::fprintf(stderr, "%s: %lld seeds, at least %lld expected (test data not found?)\n",
            driver.name.constData(), static_cast<long long>(driver.seeds.size()),
            static_cast<long long>(driver.minSeeds));
        return 1;
    }
    if (!options.corpusDir.isEmpty())
        return writeCorpus(driver, options.corpusDir);

    copyName(g_name, sizeof g_name, driver.name);
    copyName(g_crashFile, sizeof g_crashFile, driver.name + "-crash-input.bin");
    for (const int s : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(s, onCrash);
    if (driver.failureHook)
        *driver.failureHook = recordFailure;

    Digest digest;
    qint64 bytes = 0;
    qint64 slowest = 0;
    const auto run = [&](const QByteArray &input) {
        digest.add(input);
        bytes += input.size();
        g_current = input;
        QElapsedTimer one;
        one.start();
        LLVMFuzzerTestOneInput(
            reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        slowest = std::max(slowest, one.elapsed());
    };

    QElapsedTimer timer;
    timer.start();
    Rng rng(options.seed);
    QList<QByteArray> pool = driver.seeds;
    for (const QByteArray &s : driver.seeds)
        run(s);
    for (int i = 0; i < options.iterations; ++i) {
        if (driver.mutant) {
            run(driver.mutant(rng));
            continue;
        }
        QByteArray input
            = driver.mutator.mutate(pool.at(qsizetype(rng() % quint64(pool.size()))), pool, rng);
        if (driver.finish)
            driver.finish(input, rng);
        run(input);
        if (driver.keepMutants > 0 && rng() % 8 == 0) {
            const qsizetype fixed = driver.seeds.size();
            if (pool.size() < driver.keepMutants)
                pool.append(input);
            else if (driver.keepMutants > fixed)
                pool[fixed + qsizetype(rng() % quint64(driver.keepMutants - fixed))] = input;
        }
    }
    std::printf("%s: %lld seeds, %d mutated inputs (seed %u, digest %s), %.1f MB in %lld ms, "
                "slowest input %lld ms\n",
        driver.name.constData(), static_cast<long long>(driver.seeds.size()), options.iterations,
        options.seed, digest.hex().constData(), double(bytes) / 1e6,
        static_cast<long long>(timer.elapsed()), static_cast<long long>(slowest));

    if (driver.ownChecks)
        driver.ownChecks();
    return reportFailures(driver);
}

} // namespace xynap::fuzz
