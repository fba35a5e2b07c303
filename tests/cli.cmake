# Issue 15: xynapctl behaves like a Debian tool and a monitoring plugin. The help table, the
# threshold ranges, and (shell) the real binaries' exit codes, man pages, completion and JSON.

xynap_add_test(tst_threshold SOURCES unit/tst_threshold.cpp LIBS xynap_cli LABELS unit)
xynap_add_test(tst_clihelp SOURCES unit/tst_clihelp.cpp LIBS xynap_cli LABELS unit)
