# Tests of the Platform API client against the sandbox and against misbehaving servers, the
# activity log, and the trunk list's loading speed (owned by the API client work).

xynap_add_test(tst_apiclient
    SOURCES integration/tst_apiclient.cpp
    LIBS xynap_sandbox
    LABELS integration)

xynap_add_test(tst_activitylog
    SOURCES unit/tst_activitylog.cpp
    LIBS xynap_core
    LABELS unit)

# Qt Test benchmark (QBENCHMARK), never run by ctest. Best built in a Release tree:
#   cmake -S . -B /tmp/bench-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build /tmp/bench-rel -j1 --target bench_trunks
#   QT_QPA_PLATFORM=offscreen /tmp/bench-rel/tests/bench_trunks
qt_add_executable(bench_trunks bench/bench_trunks.cpp)
target_link_libraries(bench_trunks PRIVATE Qt6::Test xynap_ui)

# HTTPS with the profile's CA file or public-key pin (fixtures in tests/data/tls).
xynap_add_test(tst_apitls SOURCES integration/tst_apitls.cpp
    LIBS xynap_sandbox LABELS integration)

# The connect dialog and the connector (real keyring via tests/with-session.sh, real sandbox).
xynap_add_test(tst_connectdialog SOURCES gui/tst_connectdialog.cpp
    LIBS xynap_ui xynap_sandbox LABELS gui)

# The connection rules and the credential precedence (platform::ConnectionRules,
# CredentialResolver), against the real keyring of tests/with-session.sh.
xynap_add_test(tst_connectionservice SOURCES integration/tst_connectionservice.cpp
    LIBS xynap_core LABELS integration)
