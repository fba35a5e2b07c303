# Tests of the coverage view: the matrix model, the page and `xynapctl coverage`
# (owned by the coverage-view work).

xynap_add_test(tst_coveragepage
    SOURCES gui/tst_coveragepage.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)

# The command is compiled into xynapctl; the test compiles it again and calls it on files.
xynap_add_test(tst_coveragecli
    SOURCES integration/tst_coveragecli.cpp ${PROJECT_SOURCE_DIR}/app/cli/CoverageCommand.cpp
    LIBS xynap_core
    LABELS integration)
