// The ctest driver of fuzz_replies.cpp (FuzzHarness): the recorded `sofia xmlstatus` replies and
// the platform's JSON files first, then 200,000 mutations of them with a fixed seed; then replies
// shaped against backtracking parsers, 1 MB each, timed (printed, not asserted).
//
//   fuzz_replies_corpus [--iterations N] [--seed S] [--write-corpus DIR]

#include "FuzzCheck.h"
#include "FuzzHarness.h"
#include "esl/Parser.h"
#include "esl/SofiaStatus.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <cstdio>

namespace {

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

const QList<QByteArray> kDictionary = {
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

// The first byte chooses the parser: no operator touches it.
xynap::fuzz::Mutator repliesMutator()
{
    namespace op = xynap::fuzz::op;
    xynap::fuzz::Mutator m;
    m.operators = {op::flipBit(), op::insertBytes(8), op::eraseRange(128),
        op::duplicateRange(256, 4), op::insertToken(kDictionary), op::insertToken(kDictionary),
        op::spliceRest(2048), op::truncate()};
    m.maxRounds = 6;
    m.keep = 1;
    m.maxSize = 16384;
    return m;
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
        xynap::fuzz::setCurrentInput(QByteArray(1, '\0') + body);
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
    xynap::fuzz::Driver driver;
    driver.name = "fuzz_replies";
    driver.iterations = 200'000;
    driver.seed = 20261127;
    driver.seeds = loadSeeds();
    driver.minSeeds = 4;
    driver.mutator = repliesMutator();
    driver.finish = [](QByteArray &input, xynap::fuzz::Rng &rng) {
        if (rng() % 4 == 0) // the same body through the other parser
            input[0] = char(input.at(0) ^ 1);
    };
    driver.ownChecks = pathological;
    driver.failureHook = &xynap_fuzz::onFailure;
    return xynap::fuzz::runDriver(argc, argv, driver);
}
