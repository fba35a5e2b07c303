# Tests of ui/: the windows, pages and dialogs on the sandbox, German that works, windows that
# fit, settings that stay.

xynap_add_test(tst_mainwindow SOURCES gui/tst_mainwindow.cpp LIBS xynap_ui xynap_sandbox LABELS gui)
xynap_add_test(tst_trunkeditor SOURCES gui/tst_trunkeditor.cpp LIBS xynap_ui xynap_sandbox LABELS gui)
xynap_add_test(tst_settings SOURCES gui/tst_settings.cpp LIBS xynap_ui LABELS gui)
# The Gateways page's settling sort proxy: values change at once, rows move once changes settle.
xynap_add_test(tst_settlingsortproxy SOURCES unit/tst_settlingsortproxy.cpp
    LIBS xynap_ui Qt6::Gui LABELS unit)

xynap_add_test(tst_gatewayspage
    SOURCES gui/tst_gatewayspage.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)

xynap_add_test(tst_nocdashboard
    SOURCES gui/tst_nocdashboard.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)
# The wall screen as a kiosk runs it: a real X server (Xvfb) and no window manager, which
# ignores a full-screen request (offscreen honours it, so only this shows the difference).
find_program(XYNAP_XVFB_RUN xvfb-run)
if(XYNAP_XVFB_RUN)
    add_test(NAME tst_nocdashboard_nowm
        COMMAND ${XYNAP_XVFB_RUN} -a -s "-screen 0 1366x768x24" $<TARGET_FILE:tst_nocdashboard>
            opensAtTheScreensSizeWithoutAWindowManager aTinyWindowStillShowsTheFailingGateways)
    set_tests_properties(tst_nocdashboard_nowm PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=xcb;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=xynap.*.info=false;${XYNAP_SANITIZER_ENV}"
        LABELS gui
        TIMEOUT 120)
endif()
# The dashboard's screenshot goes to the build tree, never into the sources.
target_compile_definitions(tst_nocdashboard PRIVATE
    XYNAP_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")

xynap_add_test(tst_coveragepage
    SOURCES gui/tst_coveragepage.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)

# The connect dialog and the connector (real keyring via tests/with-session.sh, real sandbox).
xynap_add_test(tst_connectdialog SOURCES gui/tst_connectdialog.cpp
    LIBS xynap_ui xynap_sandbox LABELS gui)

# The operator's desk: German that works, windows that fit.
xynap_add_test(tst_translations SOURCES gui/tst_translations.cpp
    LIBS xynap_ui xynap_sandbox LABELS gui translations)
xynap_add_test(tst_windowaudit SOURCES gui/tst_windowaudit.cpp
    LIBS xynap_ui xynap_sandbox LABELS gui)

# Qt Test benchmark (QBENCHMARK): the trunk list's loading speed; the suite runs it once
# (-iterations 1). For figures, build it in a Release tree:
#   cmake -S . -B /tmp/bench-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build /tmp/bench-rel -j1 --target bench_trunks
#   QT_QPA_PLATFORM=offscreen /tmp/bench-rel/tests/bench_trunks
qt_add_executable(bench_trunks bench/bench_trunks.cpp)
target_link_libraries(bench_trunks PRIVATE Qt6::Test xynap_ui)
xynap_add_bench_test(bench_trunks ARGS -iterations 1)

# The main window and the NOC against K nodes serving N gateways, T trunks and E events/s over
# loopback sockets; the suite runs it once on a small fleet for one second.
#   bench_gui_scale --gateways N [--nodes K] [--trunks T] [--events-per-second E]
if(TARGET xynap_ui)
    qt_add_executable(bench_gui_scale bench/bench_gui_scale.cpp)
    target_link_libraries(bench_gui_scale PRIVATE xynap_ui)
    xynap_add_bench_test(bench_gui_scale
        ARGS --gateways 400 --nodes 2 --trunks 300 --events-per-second 200 --seconds 1)
endif()

# The operator's desk on a live sandbox: running state, call counters, diagnosis → editor,
# finding → coverage cell, the Activity log's Event Socket actions.
xynap_add_test(tst_deskviews SOURCES gui/tst_deskviews.cpp LIBS xynap_ui xynap_sandbox LABELS gui)

# Not a ctest test: the README's screenshots, 1× and 2×, English and German, under Xvfb.
#   sh tests/with-session.sh tests/tools/docshots.sh build/ci docs
qt_add_executable(docshots tools/docshots.cpp)
target_link_libraries(docshots PRIVATE Qt6::Test xynap_ui xynap_sandbox)
