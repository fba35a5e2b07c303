xynap_add_test(tst_lint SOURCES unit/tst_lint.cpp LIBS xynap_core LABELS unit)

# The sandbox's broken scenarios produce the findings they promise (data and live session).
xynap_add_test(tst_scenarios SOURCES integration/tst_scenarios.cpp
    LIBS xynap_sandbox LABELS integration)
