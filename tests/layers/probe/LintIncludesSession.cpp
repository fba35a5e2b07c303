// Compiled against xynap_lint only: the include must not resolve, because lint does not link
// the session layer (cmake/XynapModules.cmake gives every module an include root of its own).
#include "lint/LintEngine.h"
#include "session/GatewayMonitor.h"

int main()
{
    return 0;
}
