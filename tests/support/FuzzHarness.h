// Runs a libFuzzer target (LLVMFuzzerTestOneInput) without libFuzzer, as part of the normal test
// run with any compiler: the driver's seeds as they are, then a fixed number of mutations drawn
// with a fixed seed, so every run tries the same inputs (the summary prints a digest of them to
// show it); then the driver's own checks.
//
// A crash prints the input that did it and writes it to <name>-crash-input.bin in the working
// directory. A failed check (the target's failure hook, or recordFailure() from the driver's own
// checks) is counted, its first input written to <name>-failure-<n>.bin, and the run ends with
// exit code 1.
//
//   <driver> [--iterations N] [--seed S] [--write-corpus DIR]
//
// --write-corpus writes the seeds as the starting corpus of the libFuzzer build of the target.

#pragma once

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace xynap::fuzz {

using Rng = std::mt19937;

// What one mutation operator works with: the random source, the inputs it may splice from, and
// how many leading bytes it leaves alone (a selector byte that is not part of the text).
class Mutation {
public:
    Mutation(Rng &rng, const QList<QByteArray> &pool, qsizetype keep);

    unsigned draw(unsigned n); // 0..n-1
    qsizetype below(qsizetype n); // 0..n-1; 0 without a draw when n <= 0
    bool touchable(const QByteArray &data) const { return data.size() > m_keep; }
    qsizetype byteIn(const QByteArray &data); // an existing byte after the kept ones
    qsizetype gapIn(const QByteArray &data); // a place to insert or cut, after the kept ones
    const QByteArray &pick(); // an input of the pool
    qsizetype keep() const { return m_keep; }

private:
    Rng &m_rng;
    const QList<QByteArray> &m_pool;
    qsizetype m_keep;
};

using Operator = std::function<void(Mutation &, QByteArray &)>;

// The operators the drivers share. A driver lists the ones it uses; one listed twice is drawn
// twice as often.
namespace op {
Operator flipBit();
// A random byte; with `special`, half of the time one of those (line ends, digits, ...).
Operator replaceByte(const QByteArray &special = {});
Operator insertBytes(int maxBytes);
Operator eraseRange(qsizetype maxBytes);
// A range copied elsewhere, 1..maxCopies times in a row.
Operator duplicateRange(qsizetype maxBytes, int maxCopies = 1);
Operator insertToken(const QList<QByteArray> &dictionary);
// This input up to a point, then another input of the pool from a point (at most maxBytes of it,
// all of the rest when maxBytes < 0).
Operator spliceRest(qsizetype maxBytes = -1);
// This input up to a point, then 1..maxBytes bytes of another input of the pool.
Operator splicePiece(qsizetype maxBytes);
Operator swapLines();
Operator truncate();
} // namespace op

struct Mutator {
    QList<Operator> operators;
    int maxRounds = 6; // operators applied to one input: 1..maxRounds
    qsizetype keep = 0;
    qsizetype maxSize = 65536; // a longer result is cut

    [[nodiscard]] QByteArray mutate(QByteArray data, const QList<QByteArray> &pool, Rng &rng) const;
};

// The failure hook a target calls for a check that fails (it aborts under libFuzzer).
using FailureHandler = void (*)(const char *check, const QByteArray &detail);

struct Driver {
    QByteArray name; // the start of every message and of the files written
    int iterations = 0; // mutated inputs per run
    unsigned seed = 0;
    QList<QByteArray> seeds; // run first as they are; the pool the mutations start from
    QList<QByteArray> corpus; // what --write-corpus writes; the seeds when empty
    qsizetype minSeeds = 1; // fewer seeds is an error (test data not found)
    Mutator mutator;
    // Done to every mutated input before it runs (by default nothing).
    std::function<void(QByteArray &, Rng &)> finish;
    // Instead of "an input of the pool, mutated": how the driver makes one mutated input.
    std::function<QByteArray(Rng &)> mutant;
    // With N > 0, one mutant in 8 joins the pool (it keeps at most N inputs) to be mutated further.
    qsizetype keepMutants = 0;
    // Checks of the driver's own, run after the mutations; they report with recordFailure().
    std::function<void()> ownChecks;
    FailureHandler *failureHook = nullptr; // set to count failures instead of aborting
};

// Parses the command line and runs the driver; the exit code of the process.
int runDriver(int argc, char **argv, const Driver &driver);

// The input a crash or a failure in the driver's own checks is reported with.
void setCurrentInput(const QByteArray &input);
void recordFailure(const char *check, const QByteArray &detail);

} // namespace xynap::fuzz
