// A lint source reaching the session layer around the compiler's back, three ways.
#include "../session/GatewayMonitor.h"
#include <session/PlatformSession.h>
#include "lint/LintEngine.h"
#include "session/ApplyJob.h"
