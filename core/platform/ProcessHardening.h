#pragma once

namespace xynap::platform {

// Keeps secrets (the API token, Event Socket passwords) out of core dumps and away from
// same-user debuggers: RLIMIT_CORE 0 and, on Linux, PR_SET_DUMPABLE 0 (which also makes
// /proc/<pid>/mem and ptrace attach unavailable to other processes of the same user). Call it
// first thing in main(), before a secret is read. Returns false if a step failed (the process
// still runs; nothing to tell the operator beyond a log line).
bool disableCoreDumps();

} // namespace xynap::platform
