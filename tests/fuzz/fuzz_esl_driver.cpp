// Runs the libFuzzer target of fuzz_esl_parser.cpp without libFuzzer (g++ builds, ctest): the
// recorded Event Socket captures first, then a fixed number of mutations of slices of them with
// a fixed seed, so every run tries the same inputs; then the parser's limits, checked directly.
// A crash writes the input to fuzz-crash-input.bin in the working directory; a failed check is
// counted, its first input written to fuzz-failure-<n>.bin, and the run ends with exit code 1.
//
//   fuzz_esl_parser_corpus [--iterations N] [--seed S] [--write-corpus DIR]

#include "esl/Parser.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QMap>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace xynap_fuzz {
using FailureHandler = void (*)(const char *check, const QByteArray &detail);
extern FailureHandler onFailure;
} // namespace xynap_fuzz

namespace {

using xynap::esl::Message;
using xynap::esl::Parser;

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
    const int fd = ::open("fuzz-crash-input.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        [[maybe_unused]] const ssize_t written
            = ::write(fd, g_current.constData(), size_t(g_current.size()));
        ::close(fd);
    }
    static const char message[]
        = "fuzz_esl driver: crashing input written to fuzz-crash-input.bin\n";
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

// A capture and where its frames start (found with the parser itself).
struct Capture {
    QString name;
    QByteArray bytes;
    QList<qsizetype> frameStarts;
};

QList<Capture> loadCaptures()
{
    QList<Capture> out;
    const QDir dir(QStringLiteral(XYNAP_TEST_DATA "/captures"));
    const QStringList files
        = dir.entryList({QStringLiteral("*.recv.txt")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Capture c {file, f.readAll(), {0}};
        Parser p;
        p.feed(c.bytes);
        Message m;
        while (p.next(m))
            c.frameStarts.append(c.bytes.size() - p.buffered());
        out.append(c);
    }
    return out;
}

const char *const kDictionary[] = {
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    ": ",
    ":",
    "Content-Length: ",
    "Content-Length: 0\n",
    "Content-Length: -1\n",
    "Content-Length: 99999999999999999999\n",
    "Content-Length: 16777217\n",
    "Content-Length: 16777216\n",
    "Content-Length:  12 \n",
    "Content-Length: 0x10\n",
    "Content-Type: text/event-plain\n",
    "Content-Type: text/event-json\n",
    "Content-Type: api/response\n",
    "Content-Type: command/reply\n",
    "Content-Type: text/disconnect-notice\n",
    "Reply-Text: +OK accepted\n",
    "%",
    "%3A",
    "%5B",
    "%0A",
    "%0D%0A",
    "%ZZ",
    "%2",
    "_undef_",
    "Event-Name: CUSTOM\n",
    "Event-Subclass: sofia%3A%3Agateway_state\n",
    "Gateway: 1und1\n",
    "State: REGED\n",
    "{",
    "}",
    "\"",
    "\\u0000",
    "\":\"",
    "\"_body\":\"",
    "[",
    "]",
    "null",
    "true",
    "1e308",
};

QByteArray mutate(QByteArray data, const QList<Capture> &pool, std::mt19937 &rng)
{
    const auto below
        = [&rng](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint64(n)); };
    const int rounds = 1 + int(rng() % 5);
    for (int r = 0; r < rounds; ++r) {
        switch (rng() % 10) {
        case 0: // flip a bit
            if (!data.isEmpty()) {
                const qsizetype i = below(data.size());
                data[i] = char(data[i] ^ (1 << (rng() % 8)));
            }
            break;
        case 1: // replace a byte, often with a line end or a digit
            if (!data.isEmpty()) {
                static const char special[] = "\n\r:%0123456789 ";
                data[below(data.size())]
                    = rng() % 2 ? special[rng() % (sizeof special - 1)] : char(rng() % 256);
            }
            break;
        case 2: { // insert random bytes
            QByteArray bytes;
            for (int n = 1 + int(rng() % 8); n > 0; --n)
                bytes.append(char(rng() % 256));
            data.insert(below(data.size() + 1), bytes);
            break;
        }
        case 3: // delete a range
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                data.remove(at, 1 + below(qMin<qsizetype>(64, data.size() - at)));
            }
            break;
        case 4: // duplicate a range elsewhere
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                const QByteArray chunk
                    = data.mid(at, 1 + below(qMin<qsizetype>(256, data.size() - at)));
                data.insert(below(data.size() + 1), chunk);
            }
            break;
        case 5:
        case 6: { // insert a dictionary token
            const char *token = kDictionary[rng() % (sizeof kDictionary / sizeof *kDictionary)];
            data.insert(below(data.size() + 1), token);
            break;
        }
        case 7: { // change a number (Content-Length values above all)
            const qsizetype digit = data.indexOf("Content-Length: ", below(data.size()));
            if (digit >= 0) {
                const qsizetype at = digit + 16;
                qsizetype end = at;
                while (end < data.size() && data.at(end) >= '0' && data.at(end) <= '9')
                    ++end;
                const qint64 old = data.mid(at, end - at).toLongLong();
                const qint64 values[] = {0, 1, old - 1, old + 1, old * 2, old / 2, -1,
                    16 * 1024 * 1024, 16 * 1024 * 1024 + 1};
                data.replace(at, end - at,
                    QByteArray::number(values[rng() % (sizeof values / sizeof *values)]));
            }
            break;
        }
        case 8: { // splice with another capture
            const Capture &other = pool.at(below(pool.size()));
            data = data.left(below(data.size() + 1))
                + other.bytes.mid(below(other.bytes.size()), 1 + below(1024));
            break;
        }
        default: // truncate
            data.truncate(below(data.size() + 1));
            break;
        }
    }
    if (data.size() > 8192)
        data.truncate(8192);
    return data;
}

// A slice of a capture: 1..3 whole frames, sometimes starting in the middle of one.
QByteArray slice(const Capture &c, std::mt19937 &rng)
{
    const qsizetype frames = c.frameStarts.size();
    const qsizetype first = qsizetype(rng() % quint64(frames));
    const qsizetype last = qMin(frames - 1, first + 1 + qsizetype(rng() % 3));
    qsizetype from = c.frameStarts.at(first);
    const qsizetype to = last > first ? c.frameStarts.at(last) : c.bytes.size();
    if (rng() % 8 == 0 && to > from)
        from += qsizetype(rng() % quint64(to - from));
    return c.bytes.mid(from, qMin<qsizetype>(to - from, 3072));
}

// The limits, checked directly: sizes far beyond what the random inputs reach.
void checkLimits()
{
    g_current = "<limit checks>";
    const QByteArray eventHead = "Content-Type: text/event-plain\n";
    {
        // A complete header block longer than MaxHeaderBlock, delivered in one read.
        // Regression: only an *incomplete* block is limited; the same bytes fed one
        // segment at a time are rejected, so the outcome depends on how TCP cut the stream.
        const QByteArray big
            = eventHead + "X-Big: " + QByteArray(Parser::MaxHeaderBlock + 1024, 'a') + "\n\n";
        Parser whole;
        whole.feed(big);
        Message m;
        const bool accepted = whole.next(m);
        Parser chunked;
        bool chunkedAccepted = false;
        for (qsizetype at = 0; at < big.size() && !chunked.hasError(); at += 1460) {
            chunked.feed(QByteArrayView(big).sliced(at, qMin<qsizetype>(1460, big.size() - at)));
            chunkedAccepted = chunkedAccepted || chunked.next(m);
        }
        if (!chunked.hasError() || chunkedAccepted)
            recordFailure("limit: an incomplete header block over MaxHeaderBlock is an error", {});
        if (accepted || !whole.hasError())
            recordFailure(
                "limit: a complete header block over MaxHeaderBlock is an error (as when chunked)",
                "accepted a header block of " + QByteArray::number(big.size())
                    + " bytes fed at once");
    }
    {
        // Incomplete header block: the error comes once MaxHeaderBlock is passed, not later.
        Parser p;
        Message m;
        qsizetype fed = 0;
        while (!p.hasError() && fed < 4 * Parser::MaxHeaderBlock) {
            p.feed(QByteArray(1460, 'h'));
            fed += 1460;
            (void)p.next(m);
        }
        if (!p.hasError() || fed > Parser::MaxHeaderBlock + 1460)
            recordFailure(
                "limit: incomplete header block stops at MaxHeaderBlock", QByteArray::number(fed));
    }
    {
        // A Content-Length above MaxBody: rejected before anything of the body is buffered.
        Parser p;
        p.feed(QByteArray("Content-Length: " + QByteArray::number(Parser::MaxBody + 1)
            + "\nContent-Type: text/event-plain\n\n"));
        Message m;
        if (p.next(m) || !p.hasError())
            recordFailure("limit: Content-Length above MaxBody is an error", {});
    }
    {
        // An api/response may be longer (sofia xmlstatus of 50,000 gateways), up to its own bound.
        Parser p;
        p.feed(QByteArray("Content-Type: api/response\nContent-Length: "
            + QByteArray::number(Parser::MaxApiResponseBody + 1) + "\n\n"));
        Message m;
        if (p.next(m) || !p.hasError())
            recordFailure("limit: an api/response above MaxApiResponseBody is an error", {});
        Parser q;
        q.feed(QByteArray("Content-Type: api/response\nContent-Length: "
            + QByteArray::number(Parser::MaxBody + 1) + "\n\n"));
        q.feed(QByteArray(Parser::MaxBody + 1, 'x'));
        if (!q.next(m) || m.body.size() != Parser::MaxBody + 1 || q.hasError())
            recordFailure("limit: an api/response above MaxBody is read", {});
    }
    {
        // Exactly MaxBody is allowed.
        Parser p;
        p.feed(QByteArray("Content-Length: " + QByteArray::number(Parser::MaxBody)
            + "\nContent-Type: api/response\n\n"));
        p.feed(QByteArray(Parser::MaxBody, 'b'));
        Message m;
        if (!p.next(m) || m.body.size() != Parser::MaxBody || p.buffered() != 0)
            recordFailure("limit: a body of exactly MaxBody is read", {});
    }
    {
        // After an error, whatever keeps arriving is not kept.
        // Regression: feed() appends after an error.
        Parser p;
        p.feed("Content-Length: twelve\nContent-Type: api/response\n\n");
        Message m;
        (void)p.next(m);
        if (!p.hasError()) {
            recordFailure("limit: an invalid Content-Length is an error", {});
        } else {
            const qsizetype atError = p.buffered();
            for (int i = 0; i < 256; ++i)
                p.feed(QByteArray(4096, 'x'));
            if (p.next(m))
                recordFailure("next() false after an error", {});
            if (p.buffered() > atError)
                recordFailure("limit: nothing is buffered after an error",
                    "buffered() grew from " + QByteArray::number(atError) + " to "
                        + QByteArray::number(p.buffered()) + " bytes after 1 MiB more was fed");
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    int iterations = 50'000;
    unsigned seed = 20261126;
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
    xynap_fuzz::onFailure = recordFailure;

    const QList<Capture> captures = loadCaptures();
    if (captures.isEmpty()) {
        std::fprintf(stderr, "no captures under %s\n", XYNAP_TEST_DATA "/captures");
        return 1;
    }
    if (!corpusDir.isEmpty()) {
        QDir().mkpath(corpusDir);
        int n = 0;
        for (const Capture &c : captures) {
            for (const char mode : {char(0), char(5), char(200)}) {
                QFile f(QDir(corpusDir).filePath(QStringLiteral("seed-%1").arg(n++)));
                if (f.open(QIODevice::WriteOnly))
                    f.write(QByteArray(1, mode) + c.bytes);
            }
        }
        std::printf("%d seeds written to %s\n", n, qPrintable(corpusDir));
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    std::mt19937 rng(seed);
    qint64 bytes = 0;
    // The captures as recorded, in every chunk pattern.
    for (const Capture &c : captures) {
        for (const int mode : {0, 1, 2, 3, 4, 5, 6, 7, 131, 255}) {
            const QByteArray input = QByteArray(1, char(mode)) + c.bytes;
            bytes += input.size();
            run(input);
        }
    }
    for (int i = 0; i < iterations; ++i) {
        const Capture &c = captures.at(qsizetype(rng() % quint64(captures.size())));
        const QByteArray input
            = QByteArray(1, char(rng() % 256)) + mutate(slice(c, rng), captures, rng);
        bytes += input.size();
        run(input);
    }
    const qint64 fuzzMs = timer.elapsed();
    checkLimits();

    std::printf("fuzz_esl: %lld captures, %d mutated inputs (seed %u), %.1f MB in %lld ms; limits "
                "checked\n",
        static_cast<long long>(captures.size()), iterations, seed, double(bytes) / 1e6,
        static_cast<long long>(fuzzMs));
    if (g_failures.isEmpty()) {
        std::printf("no check failed\n");
        return 0;
    }
    int n = 0;
    for (auto it = g_failures.cbegin(); it != g_failures.cend(); ++it, ++n) {
        const QString file = QStringLiteral("fuzz-failure-%1.bin").arg(n);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(it->firstInput);
        std::printf("FAILED %s: %d time(s); first input in %s\n  %s\n", it.key().constData(),
            it->count, qPrintable(file), it->firstDetail.constData());
    }
    return 1;
}
