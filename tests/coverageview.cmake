# Tests of the coverage view: the matrix model, the page and `xynapctl coverage`
# (owned by the coverage-view work).

xynap_add_test(tst_coveragepage
    SOURCES gui/tst_coveragepage.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)

# The command lives in xynap_cli, which xynapctl and this test link.
xynap_add_test(tst_coveragecli
    SOURCES integration/tst_coveragecli.cpp
    LIBS xynap_cli
    LABELS integration)
