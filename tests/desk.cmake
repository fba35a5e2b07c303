# The operator's desk (issue 14): German that works, windows that fit, settings that stay.
xynap_add_test(tst_translations SOURCES gui/tst_translations.cpp
    LIBS xynap_ui xynap_sandbox LABELS gui translations)
xynap_add_test(tst_windowaudit SOURCES gui/tst_windowaudit.cpp
    LIBS xynap_ui xynap_sandbox LABELS gui)

# Not a ctest test: what the editor pays per keystroke (lint of the draft, the provider catalog).
#   QT_QPA_PLATFORM=offscreen build/ci/tests/bench_relint
qt_add_executable(bench_relint bench/bench_relint.cpp)
target_link_libraries(bench_relint PRIVATE Qt6::Test xynap_core)
xynap_add_test(tst_settings SOURCES gui/tst_settings.cpp LIBS xynap_ui LABELS gui)
xynap_add_test(tst_deskviews SOURCES gui/tst_deskviews.cpp LIBS xynap_ui xynap_sandbox LABELS gui)

# Not a ctest test: the README's screenshots, 1× and 2×, English and German, under Xvfb.
#   sh tests/with-session.sh tests/tools/docshots.sh build/ci docs/shots
qt_add_executable(docshots tools/docshots.cpp)
target_link_libraries(docshots PRIVATE Qt6::Test xynap_ui xynap_sandbox)
