# Tests of core/lint.

xynap_add_test(tst_lint SOURCES unit/tst_lint.cpp LIBS xynap_core LABELS unit)

# What the editor pays per keystroke (lint of the draft, the provider catalog); the suite runs it
# once (-iterations 1).
#   QT_QPA_PLATFORM=offscreen build/ci/tests/bench_relint
qt_add_executable(bench_relint bench/bench_relint.cpp)
target_link_libraries(bench_relint PRIVATE Qt6::Test xynap_core)
xynap_add_bench_test(bench_relint ARGS -iterations 1)
