# Issue 15: xynapctl behaves like a Debian tool and a monitoring plugin. The help table, the
# threshold ranges, and (shell) the real binaries' exit codes, man pages, completion and JSON.

xynap_add_test(tst_threshold SOURCES unit/tst_threshold.cpp LIBS xynap_cli LABELS unit)
xynap_add_test(tst_clihelp SOURCES unit/tst_clihelp.cpp LIBS xynap_cli LABELS unit)

set(XYNAP_SHELL_TEST_ENV "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=en;${XYNAP_SANITIZER_ENV}")

add_test(NAME cli_conventions
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/conventions.sh
        $<TARGET_FILE:xynap-console> $<TARGET_FILE:xynapctl> $<TARGET_FILE:xynap-sandbox>
        ${CMAKE_CURRENT_BINARY_DIR}/cli-conventions)
set_tests_properties(cli_conventions PROPERTIES
    ENVIRONMENT "${XYNAP_SHELL_TEST_ENV}" LABELS "smoke;cli" TIMEOUT 120)

# Needs python3-jsonschema (setup.sh installs it).
add_test(NAME cli_findings_schema
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/findings_schema.sh
        $<TARGET_FILE:xynapctl> $<TARGET_FILE:xynap-sandbox>
        ${PROJECT_SOURCE_DIR}/resources/schema/findings.schema.json
        ${CMAKE_CURRENT_BINARY_DIR}/cli-findings-schema)
set_tests_properties(cli_findings_schema PROPERTIES
    ENVIRONMENT "${XYNAP_SHELL_TEST_ENV}" LABELS "smoke;cli" TIMEOUT 120)

# The man pages rendered at build time say what --help says.
add_test(NAME man_pages
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/packaging/man_pages.sh ${PROJECT_BINARY_DIR}/packaging/man
        $<TARGET_FILE:xynap-console> $<TARGET_FILE:xynapctl> $<TARGET_FILE:xynap-sandbox>)
set_tests_properties(man_pages PROPERTIES
    ENVIRONMENT "${XYNAP_SHELL_TEST_ENV}" LABELS "packaging;cli" TIMEOUT 60)

add_test(NAME completion
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/completion.sh $<TARGET_FILE:xynapctl>
        ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/completion)
set_tests_properties(completion PROPERTIES
    ENVIRONMENT "${XYNAP_SHELL_TEST_ENV}" LABELS "packaging;cli" TIMEOUT 60)

# cpack, dpkg-deb -c and lintian (setup.sh installs lintian): about 20 s.
add_test(NAME packages
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/packaging/packages.sh ${CMAKE_CPACK_COMMAND}
        ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/packages)
set_tests_properties(packages PROPERTIES LABELS packaging TIMEOUT 120)
