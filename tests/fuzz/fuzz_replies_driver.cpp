// Runs the libFuzzer target of fuzz_replies.cpp without libFuzzer (g++ builds, ctest): the
// recorded `sofia xmlstatus` replies and the platform's JSON files first, then a fixed number of
// mutations of them with a fixed seed, so every run tries the same inputs; then replies shaped
// against backtracking parsers, 1 MB each, timed (printed, not asserted). A crash writes the
// input to fuzz-replies-crash-input.bin; a failed check is counted, its first input written to
// fuzz-replies-failure-<n>.bin, and the run ends with exit code 1.
//
//   fuzz_replies_corpus [--iterations N] [--seed S] [--write-corpus DIR]

#include "esl/Parser.h"
#include "esl/SofiaStatus.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QMap>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace xynap_fuzz_replies {
using FailureHandler = void (*)(const char *check, const QByteArray &detail);
extern FailureHandler onFailure;
} // namespace xynap_fuzz_replies

namespace {

QByteArray g_current;

struct Failure {
    int count = 0;
    QByteArray firstDetail;
    QByteArray firstInput;
};
QMap<QByteArray, Failure> g_failures;

void recordFailure(const char *check, const QByteArray &detail)
{
    Failure &f = g_failures[QByteArray(check)];
    if (f.count++ == 0) {
        f.firstDetail = detail.left(600);
        f.firstInput = g_current;
    }
}

void onCrash(int signal)
{
    const int fd = ::open("fuzz-replies-crash-input.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        [[maybe_unused]] const ssize_t written
            = ::write(fd, g_current.constData(), size_t(g_current.size()));
        ::close(fd);
    }
    static const char message[]
        = "fuzz_replies driver: crashing input written to fuzz-replies-crash-input.bin\n";
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

// Seeds: selector byte + body. xmlstatus bodies from the captures (api/response frames holding
// a <gateway>), JSON from the demo platform and the scenarios (their "trunks" lists are the
// shape of GET /api/v1/sip/trunks).
QList<QByteArray> loadSeeds()
{
    QList<QByteArray> seeds;
    const QDir captures(QStringLiteral(XYNAP_TEST_DATA "/captures"));
    for (const QString &file :
        captures.entryList({QStringLiteral("*.recv.txt")}, QDir::Files, QDir::Name)) {
        QFile f(captures.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        xynap::esl::Parser p;
        p.feed(f.readAll());
        xynap::esl::Message m;
        while (p.next(m)) {
            if (m.contentType() == "api/response" && m.body.contains("<gateway"))
                seeds.append(QByteArray(1, '\0') + m.body);
        }
    }
    seeds.append(QByteArray(1, '\0') + "Invalid Gateway!\n");
    seeds.append(QByteArray(1, '\0') + "-ERR no such gateway.\n");
    QStringList json {QStringLiteral(XYNAP_SOURCE_DIR "/resources/demo/platform.json")};
    const QDir scenarios(QStringLiteral(XYNAP_SOURCE_DIR "/resources/scenarios"));
    for (const QString &file : scenarios.entryList({QStringLiteral("*.json")}, QDir::Files))
        json.append(scenarios.filePath(file));
    for (const QString &path : std::as_const(json)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            seeds.append(QByteArray(1, '\1') + f.readAll());
    }
    seeds.append(QByteArray(1, '\1') + R"({"trunks": []})");
    seeds.append(QByteArray(1, '\1') + R"({"trunks": [{"id": 1, "etag": "\"a\""}]})");
    return seeds;
}

const char *const kDictionary[] = {
    "<gateway>",
    "</gateway>",
    "<gateways>",
    "</gateways>",
    "<name>",
    "</name>",
    "<realm>",
    "</realm>",
    "<state>REGED</state>",
    "</",
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;",
    "&#",
    "&#x",
    ";",
    " (retry: 30s)",
    "\"trunks\"",
    "\"gateway_name\"",
    "\"numbers\"",
    "\"etag\"",
    "\"id\"",
    ":",
    ",",
    "[",
    "]",
    "{",
    "}",
    "null",
    "1e308",
    "-1",
    "\"\\u0000\"",
    "\"plusnet\\n\"",
};

QByteArray mutate(QByteArray data, const QList<QByteArray> &pool, std::mt19937 &rng)
{
    const auto below
        = [&rng](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint64(n)); };
    const int rounds = 1 + int(rng() % 6);
    for (int r = 0; r < rounds; ++r) {
        switch (rng() % 8) {
        case 0:
            if (data.size() > 1) {
                const qsizetype i = 1 + below(data.size() - 1);
                data[i] = char(data[i] ^ (1 << (rng() % 8)));
            }
            break;
        case 1: {
            QByteArray bytes;
            for (int n = 1 + int(rng() % 8); n > 0; --n)
                bytes.append(char(rng() % 256));
            data.insert(1 + below(data.size()), bytes);
            break;
        }
        case 2:
            if (data.size() > 1) {
                const qsizetype at = 1 + below(data.size() - 1);
                data.remove(at, 1 + below(qMin<qsizetype>(128, data.size() - at)));
            }
            break;
        case 3:
            if (data.size() > 1) {
                const qsizetype at = 1 + below(data.size() - 1);
                const QByteArray chunk
                    = data.mid(at, 1 + below(qMin<qsizetype>(256, data.size() - at)));
                data.insert(1 + below(data.size()), chunk.repeated(1 + int(rng() % 4)));
            }
            break;
        case 4:
        case 5: {
            const char *token = kDictionary[rng() % (sizeof kDictionary / sizeof *kDictionary)];
            data.insert(1 + below(data.size()), token);
            break;
        }
        case 6: { // splice with another seed
            const QByteArray &other = pool.at(below(pool.size()));
            data = data.left(1 + below(data.size())) + other.mid(1 + below(other.size()), 2048);
            break;
        }
        default:
            data.truncate(1 + below(data.size()));
            break;
        }
    }
    if (data.size() > 16384)
        data.truncate(16384);
    return data;
}

// Shapes that cost a backtracking parser O(n²) or worse, 1 MB each. Every one must finish;
// the figures are printed for the record.
void pathological()
{
    const qsizetype n = 1024 * 1024 / 3;
    const QList<QPair<const char *, QByteArray>> shapes {
        {"<gateway> + <a>xN + </gateway>",
            "<gateway>" + QByteArray("<a>").repeated(n) + "</gateway>"},
        {"<gateway>xN", QByteArray("<gateway>").repeated(n / 3)},
        {"<gateway><name>g</name> + <a>x</b>xN",
            "<gateway><name>g</name>" + QByteArray("<a>x</b>").repeated(n / 3) + "</gateway>"},
        {"</xN", "<gateway>" + QByteArray("</").repeated(n / 2) + "</gateway>"},
        {"&xN", "<gateway><name>" + QByteArray("&amp;&").repeated(n / 2) + "</name></gateway>"},
    };
    for (const auto &[name, body] : shapes) {
        g_current = QByteArray(1, '\0') + body;
        QElapsedTimer clock;
        clock.start();
        const xynap::esl::GatewayStatusParse p = xynap::esl::parseGatewayXmlStatus(body);
        std::printf("pathological %s: %lld bytes in %lld ms (%lld gateways)\n", name,
            static_cast<long long>(body.size()), static_cast<long long>(clock.elapsed()),
            static_cast<long long>(p.gateways.size()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    int iterations = 200'000;
    unsigned seed = 20261127;
    QString corpusDir;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--iterations" && i + 1 < argc)
            iterations = QByteArray(argv[++i]).toInt();
        else if (arg == "--seed" && i + 1 < argc)
            seed = QByteArray(argv[++i]).toUInt();
        else if (arg == "--write-corpus" && i + 1 < argc)
            corpusDir = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(
                stderr, "usage: %s [--iterations N] [--seed S] [--write-corpus DIR]\n", argv[0]);
            return 64;
        }
    }
    for (const int s : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(s, onCrash);
    xynap_fuzz_replies::onFailure = recordFailure;

    const QList<QByteArray> seeds = loadSeeds();
    if (seeds.size() < 4) {
        std::fprintf(stderr, "too few seeds (%lld)\n", static_cast<long long>(seeds.size()));
        return 1;
    }
    if (!corpusDir.isEmpty()) {
        QDir().mkpath(corpusDir);
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            QFile f(QDir(corpusDir).filePath(QStringLiteral("seed-%1").arg(i)));
            if (f.open(QIODevice::WriteOnly))
                f.write(seeds.at(i));
        }
        std::printf("%lld seeds written to %s\n", static_cast<long long>(seeds.size()),
            qPrintable(corpusDir));
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    std::mt19937 rng(seed);
    qint64 bytes = 0;
    qint64 slowest = 0;
    for (const QByteArray &s : seeds) {
        bytes += s.size();
        run(s);
    }
    for (int i = 0; i < iterations; ++i) {
        QByteArray input = mutate(seeds.at(qsizetype(rng() % quint64(seeds.size()))), seeds, rng);
        if (rng() % 4 == 0) // the same body through the other parser
            input[0] = char(input.at(0) ^ 1);
        bytes += input.size();
        QElapsedTimer one;
        one.start();
        run(input);
        slowest = qMax(slowest, one.elapsed());
    }
    const qint64 fuzzMs = timer.elapsed();
    pathological();

    std::printf("fuzz_replies: %lld seeds, %d mutated inputs (seed %u), %.1f MB in %lld ms, "
                "slowest input %lld ms\n",
        static_cast<long long>(seeds.size()), iterations, seed, double(bytes) / 1e6,
        static_cast<long long>(fuzzMs), static_cast<long long>(slowest));
    if (g_failures.isEmpty()) {
        std::printf("no check failed\n");
        return 0;
    }
    int n = 0;
    for (auto it = g_failures.cbegin(); it != g_failures.cend(); ++it, ++n) {
        const QString file = QStringLiteral("fuzz-replies-failure-%1.bin").arg(n);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(it->firstInput);
        std::printf("FAILED %s: %d time(s); first input in %s\n  %s\n", it.key().constData(),
            it->count, qPrintable(file), it->firstDetail.constData());
    }
    return 1;
}
