// libFuzzer target for the Event Socket frame parser (esl::Parser) and the event decoding
// (esl::eventFromMessage): bytes as a FreeSWITCH — or anything else on port 8021 — may send them.
//
// Input layout: the first byte chooses how the rest is cut into chunks (as TCP may deliver it);
// the rest is the byte stream. Checked for every input:
//   1. nothing crashes or trips a sanitizer;
//   2. the chunking does not matter: the messages and the error state are those of feeding the
//      whole stream at once (every other chunk read into the parser's own buffer, as
//      esl::Connection reads the socket);
//   3. the parser never buffers more than its limits: at most MaxHeaderBlock + MaxApiResponseBody
//      (MaxBody for anything but an api/response) plus the
//      last chunk, and nothing more once it has given up (error) however much is fed after;
//   4. after an error next() stays false;
//   5. a decoded plain event survives serializePlainEvent → parsePlainEvent unchanged (header
//      names of the shape FreeSWITCH uses, no Content-Length among them).
// A failed check calls xynap_fuzz::onFailure (FuzzCheck.h): abort() under libFuzzer, counted by
// the ctest driver (fuzz_esl_driver.cpp).

#include "FuzzCheck.h"
#include "esl/Codec.h"
#include "esl/Parser.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <cstring>

namespace {

using xynap::esl::Event;
using xynap::esl::Message;
using xynap::esl::Parser;

struct Outcome {
    QList<Message> messages;
    bool error = false;
    QString errorText;
};

bool sameHeaders(const xynap::esl::Headers &a, const xynap::esl::Headers &b)
{
    return a.items() == b.items();
}

bool sameMessages(const QList<Message> &a, const QList<Message> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameHeaders(a[i].headers, b[i].headers) || a[i].body != b[i].body)
            return false;
    }
    return true;
}

QByteArray describe(const Outcome &o)
{
    QByteArray out = QByteArray::number(o.messages.size())
        + " messages, error=" + (o.error ? "yes: " + o.errorText.toUtf8() : QByteArray("no"));
    return out;
}

bool plainName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

void checkEvent(const Message &m)
{
    const std::optional<Event> event = xynap::esl::eventFromMessage(m);
    if (!event || m.contentType() != "text/event-plain")
        return;
    for (const auto &[name, value] : event->headers.items()) {
        (void)value;
        // serializePlainEvent writes the body's own Content-Length: an event that carries one
        // as a header (a malformed inner frame, e.g. a "Content-Length" line without colon)
        // cannot come back the same.
        if (!plainName(name) || name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            return;
    }
    // Only a body parsePlainEvent itself produced can be compared: an event whose inner
    // Content-Length header is kept (a zero-length body) keeps it on the way back too.
    const QByteArray wire = xynap::esl::serializePlainEvent(*event);
    const std::optional<Event> again = xynap::esl::parsePlainEvent(wire);
    if (!again) {
        xynap_fuzz::onFailure("plain event round trip", "not parsed back:\n" + wire);
        return;
    }
    if (again->body != event->body) {
        xynap_fuzz::onFailure("plain event round trip",
            "body [" + event->body + "] came back as [" + again->body + "]");
        return;
    }
    const auto &a = event->headers.items();
    const auto &b = again->headers.items();
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QByteArray was
            = i < a.size() ? a[i].first + ": [" + a[i].second + ']' : QByteArray("<none>");
        const QByteArray now
            = i < b.size() ? b[i].first + ": [" + b[i].second + ']' : QByteArray("<none>");
        if (was != now) {
            xynap_fuzz::onFailure("plain event round trip",
                "header " + QByteArray::number(i) + ' ' + was + " came back as " + now);
            return;
        }
    }
}

// Feeds `input` in the chunks `sizes` describes (cycled), draining after each feed. With
// `afterError`, keeps feeding after an error like a careless caller would, plus junk.
Outcome run(QByteArrayView input, const QList<qsizetype> &sizes, bool checkLimits)
{
    Outcome o;
    Parser parser;
    qsizetype pos = 0;
    qsizetype turn = 0;
    qsizetype bufferedAtError = -1;
    while (pos < input.size()) {
        const qsizetype n = qMin(sizes.at(turn % sizes.size()), input.size() - pos);
        if (++turn % 2 == 0) {
            // As esl::Connection reads: into room the parser made, more room than is filled.
            std::memcpy(parser.appendSpace(n + turn % 64), input.data() + pos, size_t(n));
            parser.appended(n);
        } else {
            parser.feed(input.sliced(pos, n));
        }
        pos += n;
        Message m;
        while (parser.next(m))
            o.messages.append(m);
        if (!checkLimits)
            continue;
        // An api/response may be longer than any other frame (MaxApiResponseBody).
        if (parser.buffered() > Parser::MaxHeaderBlock + Parser::MaxApiResponseBody + n)
            xynap_fuzz::onFailure("buffered() within MaxHeaderBlock + MaxApiResponseBody",
                QByteArray::number(parser.buffered()));
        if (parser.hasError()) {
            if (bufferedAtError < 0)
                bufferedAtError = parser.buffered();
            // Regression: Parser::feed() keeps appending after an error, so a caller
            // that does not stop reading grows the buffer without bound.
            if (parser.buffered() > bufferedAtError)
                xynap_fuzz::onFailure("no buffering after an error",
                    "buffered " + QByteArray::number(parser.buffered()) + " > "
                        + QByteArray::number(bufferedAtError) + " at the error");
            if (parser.next(m))
                xynap_fuzz::onFailure("next() false after an error", {});
        }
    }
    if (checkLimits && parser.hasError()) {
        const qsizetype before = bufferedAtError;
        parser.feed(QByteArray(4096, 'x'));
        parser.feed("Content-Type: text/plain\n\n");
        Message m;
        if (parser.next(m))
            xynap_fuzz::onFailure("next() false after an error", {});
        // Regression: see above.
        if (parser.buffered() > before)
            xynap_fuzz::onFailure("no buffering after an error",
                "buffered " + QByteArray::number(parser.buffered()) + " > "
                    + QByteArray::number(before) + " at the error");
    }
    o.error = parser.hasError();
    o.errorText = parser.error();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // Chunk patterns: TCP segments of real sizes, single bytes, odd sizes that split "\r\n" and
    // "\n\n", and a varying pattern derived from the mode byte.
    static const QList<QList<qsizetype>> patterns = {
        {1},
        {2},
        {3},
        {5, 1, 7},
        {64},
        {1460},
        {536, 1460, 17},
        {4096},
    };
    QList<qsizetype> sizes = patterns.at(mode % patterns.size());
    if (mode >= 128) // a segment of 1..1456 bytes, then a sliver of 1..8
        sizes = {qsizetype(1 + (mode & 0x0f) * 97), qsizetype(1 + ((mode >> 4) & 0x07))};

    const Outcome whole = run(input, {qMax<qsizetype>(1, input.size())}, false);
    const Outcome chunked = run(input, sizes, true);
    if (whole.error != chunked.error || !sameMessages(whole.messages, chunked.messages)) {
        xynap_fuzz::onFailure("chunking does not matter",
            "whole: " + describe(whole) + "; chunked: " + describe(chunked));
    }
    for (const Message &m : chunked.messages)
        checkEvent(m);
    return 0;
}
