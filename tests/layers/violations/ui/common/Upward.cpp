// The UI's floor including a page above it, and the sandbox.
#include "ui/common/HealthStyle.h"
#include "ui/gateways/GatewaysPage.h"
#include "sandbox/Sandbox.h"
