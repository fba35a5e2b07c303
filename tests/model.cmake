# Tests of core/model: value types and pure functions.

xynap_add_test(tst_trunk SOURCES unit/tst_trunk.cpp LIBS xynap_core LABELS unit)
# Hostile input: the text-safety and file-reading helpers.
xynap_add_test(tst_textsafety SOURCES unit/tst_textsafety.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_fileread SOURCES unit/tst_fileread.cpp LIBS xynap_core LABELS unit)
# The one grammar of names and the suggested commands built from them.
xynap_add_test(tst_sofianames SOURCES unit/tst_sofianames.cpp LIBS xynap_core LABELS unit)
