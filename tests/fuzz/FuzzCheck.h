// How a fuzz target reports a check that fails: xynap_fuzz::onFailure(check, detail). Under
// libFuzzer it aborts, so the input is kept as a crash; XYNAP_FUZZ_IGNORE="check;other check"
// lets a run go on past known failures. The ctest drivers (support/FuzzHarness) set it to count
// the failures instead, each with its first input.

#pragma once

#include <QByteArray>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace xynap_fuzz {

using FailureHandler = void (*)(const char *check, const QByteArray &detail);

inline void abortOnFailure(const char *check, const QByteArray &detail)
{
    if (const char *ignore = std::getenv("XYNAP_FUZZ_IGNORE"); ignore && std::strstr(ignore, check))
        return;
    std::fprintf(stderr, "fuzz target: check failed: %s\n%s\n", check, detail.constData());
    std::abort();
}

inline FailureHandler onFailure = abortOnFailure;

} // namespace xynap_fuzz
