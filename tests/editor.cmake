xynap_add_test(tst_trunkeditor SOURCES gui/tst_trunkeditor.cpp LIBS xynap_ui xynap_sandbox LABELS gui)
