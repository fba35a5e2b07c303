#include "platform/ProcessMemory.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace xynap::platform {

void returnBigBlocksToTheSystem()
{
#if defined(__GLIBC__)
    // glibc's default starting threshold, fixed: setting it turns the dynamic raise off.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

} // namespace xynap::platform
