// Runs a libFuzzer target without libFuzzer (g++ builds, ctest): the target's seeds first, then
// a fixed number of random mutations of them with a fixed seed, so every run tries the same
// inputs. A crash or a broken invariant ends the process; the input that did it is written to
// fuzz-crash-input.bin in the working directory.
//
//   fuzz_ufw_corpus [--iterations N] [--seed S] [--write-corpus DIR]
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
QList<QByteArray> xynapFuzzSeeds();

namespace {

QByteArray g_current;

void onCrash(int signal)
{
    const int fd = ::open("fuzz-crash-input.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        [[maybe_unused]] const ssize_t written
            = ::write(fd, g_current.constData(), size_t(g_current.size()));
        ::close(fd);
    }
    static const char message[] = "fuzz driver: crashing input written to fuzz-crash-input.bin\n";
    [[maybe_unused]] const ssize_t n = ::write(2, message, sizeof message - 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run(const QByteArray &input)
{
    g_current = input;
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

const char *const kDictionary[] = {
    "/",
    ":",
    ",",
    " ",
    "\n",
    "any",
    "0.0.0.0/0",
    "::/0",
    "::",
    "/0",
    "/33",
    "/129",
    "65535",
    "65536",
    "0",
    "-1",
    "99999999999999999999",
    "### tuple ###",
    "allow",
    "deny",
    "reject",
    "limit",
    "_log",
    "_log-all",
    "route:",
    "udp",
    "tcp",
    "esp",
    "in",
    "out",
    "in_eth0!out_eth1",
    "comment=",
    "zz",
    "(v6)",
    "Anywhere",
    "[ 1]",
    "ALLOW IN",
    "DENY",
    "FWD",
    "#",
    "'",
    "\"",
    "\\",
    "ufw ",
    "from ",
    "to ",
    "port ",
    "proto ",
    "app ",
    "on ",
    "insert 1 ",
    "delete ",
    "prepend ",
    "<node",
    "<list",
    "</list>",
    "cidr=\"",
    "host=\"",
    "mask=\"",
    "255.255.255.0",
    "domain=\"",
    "type=\"",
    "default=\"",
    "port-min=\"",
    "ports=\"",
    "<network-lists>",
    "<configuration name=\"acl.conf\">",
    "<!--",
    "&amp;",
    "<![CDATA[",
    "2001:8d8:104:100:212:227:124:128/125",
    "92.197.176.0/24",
    "5060:5061",
    "1:65535",
};

QByteArray mutate(QByteArray data, const QList<QByteArray> &pool, std::mt19937 &rng)
{
    auto below
        = [&rng](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint64(n)); };
    const int rounds = 1 + int(rng() % 6);
    for (int r = 0; r < rounds; ++r) {
        switch (rng() % 9) {
        case 0: // flip a bit
            if (!data.isEmpty()) {
                const qsizetype i = below(data.size());
                data[i] = char(data[i] ^ (1 << (rng() % 8)));
            }
            break;
        case 1: // replace a byte
            if (!data.isEmpty())
                data[below(data.size())] = char(rng() % 256);
            break;
        case 2: { // insert random bytes
            QByteArray bytes;
            for (int n = 1 + int(rng() % 4); n > 0; --n)
                bytes.append(char(rng() % 256));
            data.insert(below(data.size() + 1), bytes);
            break;
        }
        case 3: // delete a range
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                data.remove(at, 1 + below(std::min<qsizetype>(64, data.size() - at)));
            }
            break;
        case 4: // duplicate a range elsewhere
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                const QByteArray chunk
                    = data.mid(at, 1 + below(std::min<qsizetype>(128, data.size() - at)));
                data.insert(below(data.size() + 1), chunk);
            }
            break;
        case 5: { // insert a dictionary token
            const char *token = kDictionary[rng() % (sizeof kDictionary / sizeof *kDictionary)];
            data.insert(below(data.size() + 1), token);
            break;
        }
        case 6: { // splice with another input
            const QByteArray &other = pool.at(below(pool.size()));
            data = data.left(below(data.size() + 1)) + other.mid(below(other.size() + 1));
            break;
        }
        case 7: { // swap two lines
            QList<QByteArray> lines = data.split('\n');
            if (lines.size() > 1) {
                std::swap(lines[below(lines.size())], lines[below(lines.size())]);
                data = lines.join('\n');
            }
            break;
        }
        default: // truncate
            data.truncate(below(data.size() + 1));
            break;
        }
    }
    if (data.size() > 65536)
        data.truncate(65536);
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    long iterations = 20000;
    unsigned seed = 20240611u;
    QString corpusDir;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--iterations") && i + 1 < argc)
            iterations = std::strtol(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = unsigned(std::strtoul(argv[++i], nullptr, 10));
        else if (!std::strcmp(argv[i], "--write-corpus") && i + 1 < argc)
            corpusDir = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(
                stderr, "usage: %s [--iterations N] [--seed S] [--write-corpus DIR]\n", argv[0]);
            return 2;
        }
    }
    const QList<QByteArray> seeds = xynapFuzzSeeds();
    if (!corpusDir.isEmpty()) {
        // Starting corpus for the libFuzzer build: `fuzz_ufw DIR`.
        QDir().mkpath(corpusDir);
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            QFile f(QDir(corpusDir).filePath(QStringLiteral("seed-%1").arg(i)));
            if (!f.open(QIODevice::WriteOnly) || f.write(seeds.at(i)) != seeds.at(i).size())
                return 1;
        }
        return 0;
    }

    std::signal(SIGSEGV, onCrash);
    std::signal(SIGABRT, onCrash);
    std::signal(SIGFPE, onCrash);
    std::signal(SIGBUS, onCrash);

    QElapsedTimer timer;
    timer.start();
    std::mt19937 rng(seed);
    QList<QByteArray> pool = seeds;
    for (const QByteArray &s : seeds)
        run(s);
    for (long i = 0; i < iterations; ++i) {
        const QByteArray input
            = mutate(pool.at(qsizetype(rng() % quint64(pool.size()))), pool, rng);
        run(input);
        // Keep some mutants to mutate further, within a bounded pool.
        if (rng() % 8 == 0) {
            if (pool.size() < 256)
                pool.append(input);
            else
                pool[seeds.size() + qsizetype(rng() % quint64(256 - seeds.size()))] = input;
        }
    }
    std::printf("%ld inputs (seed %u) in %lld ms, no crash\n", iterations + long(seeds.size()),
        seed, static_cast<long long>(timer.elapsed()));
    return 0;
}
