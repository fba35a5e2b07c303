xynap_add_test(tst_lint SOURCES unit/tst_lint.cpp LIBS xynap_core LABELS unit)
