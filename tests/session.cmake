# Tests of core/session: the gateway monitor, the activity log.

xynap_add_test(tst_gatewaymonitor
    SOURCES integration/tst_gatewaymonitor.cpp
    LIBS xynap_sandbox
    LABELS integration)

xynap_add_test(tst_activitylog
    SOURCES unit/tst_activitylog.cpp
    LIBS xynap_core
    LABELS unit)

# The pure parts of the session layer, directly: the diagnosis of one gateway, the per-transition
# health, the settings applied versions and seen gateways survive a restart in.
xynap_add_test(tst_diagnosis SOURCES unit/tst_diagnosis.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_healthsummary SOURCES unit/tst_healthsummary.cpp LIBS xynap_core LABELS unit)
