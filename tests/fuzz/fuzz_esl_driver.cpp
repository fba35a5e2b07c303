// The ctest driver of fuzz_esl_parser.cpp (FuzzHarness): the recorded Event Socket captures in
// every chunk pattern first, then 50,000 mutations of slices of them with a fixed seed; then the
// parser's limits, checked directly.
//
//   fuzz_esl_parser_corpus [--iterations N] [--seed S] [--write-corpus DIR]

#include "FuzzCheck.h"
#include "FuzzHarness.h"
#include "esl/Parser.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <cstdio>
#include <iterator>

namespace {

using xynap::esl::Message;
using xynap::esl::Parser;
using xynap::fuzz::recordFailure;

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

const QList<QByteArray> kDictionary = {
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

// Its own operator: a Content-Length value changed to one near a limit or near what it was.
void changeContentLength(xynap::fuzz::Mutation &m, QByteArray &data)
{
    const qsizetype digit = data.indexOf("Content-Length: ", m.below(data.size()));
    if (digit < 0)
        return;
    const qsizetype at = digit + 16;
    qsizetype end = at;
    while (end < data.size() && data.at(end) >= '0' && data.at(end) <= '9')
        ++end;
    const qint64 old = data.mid(at, end - at).toLongLong();
    constexpr qint64 mib16 = qint64(16) * 1024 * 1024;
    const qint64 values[] = {0, 1, old - 1, old + 1, old * 2, old / 2, -1, mib16, mib16 + 1};
    data.replace(at, end - at, QByteArray::number(values[m.draw(unsigned(std::size(values)))]));
}

xynap::fuzz::Mutator eslMutator()
{
    namespace op = xynap::fuzz::op;
    xynap::fuzz::Mutator m;
    m.operators = {op::flipBit(), op::replaceByte("\n\r:%0123456789 "), op::insertBytes(8),
        op::eraseRange(64), op::duplicateRange(256), op::insertToken(kDictionary),
        op::insertToken(kDictionary), changeContentLength, op::splicePiece(1024), op::truncate()};
    m.maxRounds = 5;
    m.maxSize = 8192;
    return m;
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
    xynap::fuzz::setCurrentInput("<limit checks>");
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
    std::printf("limits checked\n");
}

} // namespace

int main(int argc, char **argv)
{
    const QList<Capture> captures = loadCaptures();
    QList<QByteArray> texts;
    for (const Capture &c : captures)
        texts.append(c.bytes);
    const xynap::fuzz::Mutator mutator = eslMutator();

    xynap::fuzz::Driver driver;
    driver.name = "fuzz_esl";
    driver.iterations = 50'000;
    driver.seed = 20261126;
    // The captures as recorded, in every chunk pattern (the first byte); the corpus in three.
    for (const Capture &c : captures) {
        for (const int mode : {0, 1, 2, 3, 4, 5, 6, 7, 131, 255})
            driver.seeds.append(QByteArray(1, char(mode)) + c.bytes);
        for (const int mode : {0, 5, 200})
            driver.corpus.append(QByteArray(1, char(mode)) + c.bytes);
    }
    // A mutant: a slice of a capture, mutated (splicing pieces of the captures), behind a chunk
    // pattern byte drawn after it.
    driver.mutant = [&](xynap::fuzz::Rng &rng) -> QByteArray {
        const Capture &c = captures.at(qsizetype(rng() % quint64(captures.size())));
        const QByteArray stream = mutator.mutate(slice(c, rng), texts, rng);
        const char mode = char(rng() % 256);
        return QByteArray(1, mode) + stream;
    };
    driver.ownChecks = checkLimits;
    driver.failureHook = &xynap_fuzz::onFailure;
    return xynap::fuzz::runDriver(argc, argv, driver);
}
