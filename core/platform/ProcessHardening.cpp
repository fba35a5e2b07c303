#include "platform/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace xynap::platform {

bool disableCoreDumps()
{
    bool ok = true;
#ifdef Q_OS_UNIX
    const struct rlimit none {
        0, 0
    };
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#ifdef Q_OS_LINUX
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace xynap::platform
