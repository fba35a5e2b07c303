# Tests of core/session: the gateway monitor, the activity log.

xynap_add_test(tst_gatewaymonitor
    SOURCES integration/tst_gatewaymonitor.cpp
    LIBS xynap_sandbox
    LABELS integration)

# The monitor's store and event applier on their own.
xynap_add_test(tst_gatewayeventapplier SOURCES unit/tst_gatewayeventapplier.cpp
    LIBS xynap_core LABELS unit)

xynap_add_test(tst_activitylog
    SOURCES unit/tst_activitylog.cpp
    LIBS xynap_core
    LABELS unit)

# The pure parts of the session layer, directly: the diagnosis of one gateway, the per-transition
# health, the settings applied versions and seen gateways survive a restart in.
xynap_add_test(tst_diagnosis SOURCES unit/tst_diagnosis.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_healthsummary SOURCES unit/tst_healthsummary.cpp LIBS xynap_core LABELS unit)

# The commands the console sends a node beyond watching it, against the sandbox's Event Socket.
xynap_add_test(tst_sofiaactions
    SOURCES integration/tst_sofiaactions.cpp
    LIBS xynap_sandbox
    LABELS integration)

# The coverage matrix's value, geometry and texts, without the Qt model.
xynap_add_test(tst_coveragematrix SOURCES unit/tst_coveragematrix.cpp LIBS xynap_core LABELS unit)

# The session's lint on its own thread: findings arrive, results overtaken by a change dropped.
xynap_add_test(tst_platformsession SOURCES unit/tst_platformsession.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_deferredsave SOURCES unit/tst_deferredsave.cpp LIBS xynap_core LABELS unit)

# What the lint is given of the monitor, the firewall and the ACL.
xynap_add_test(tst_snapshotbuilder SOURCES unit/tst_snapshotbuilder.cpp LIBS xynap_core LABELS unit)

# The node links: staleness on a moved clock and on a silent node, host names, one status query
# at a time.
xynap_add_test(tst_nodelinks
    SOURCES integration/tst_nodelinks.cpp
    LIBS xynap_sandbox
    LABELS integration)
# A silent node answering probes: the benchmarks' loopback Event Socket, which says nothing after
# its list.
target_include_directories(tst_nodelinks PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench)
