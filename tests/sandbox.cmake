# Tests of sandbox: the Platform API and Event Socket it serves, the gateway simulator, its
# tokens, its scenarios and its secrets.

xynap_add_test(tst_fernet SOURCES unit/tst_fernet.cpp LIBS xynap_sandbox LABELS unit)
xynap_add_test(tst_apiserver SOURCES integration/tst_apiserver.cpp LIBS xynap_sandbox LABELS integration)
xynap_add_test(tst_eslserver SOURCES integration/tst_eslserver.cpp LIBS xynap_sandbox LABELS integration)
xynap_add_test(tst_gatewaysimulator SOURCES integration/tst_gatewaysimulator.cpp LIBS xynap_sandbox LABELS integration)
xynap_add_test(tst_gatewaytable SOURCES unit/tst_gatewaytable.cpp LIBS xynap_sandbox LABELS unit)

# The sandbox's broken scenarios produce the findings they promise (data and live session).
xynap_add_test(tst_scenarios SOURCES integration/tst_scenarios.cpp
    LIBS xynap_sandbox LABELS integration)

# The sandbox's secrets from a file or the environment.
add_test(NAME sandbox_secrets
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/smoke/sandbox_secrets.sh
        $<TARGET_FILE:xynap-sandbox> ${CMAKE_CURRENT_BINARY_DIR}/sandbox-secrets)
set_tests_properties(sandbox_secrets PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;${XYNAP_SANITIZER_ENV}"
    LABELS smoke TIMEOUT 60)
