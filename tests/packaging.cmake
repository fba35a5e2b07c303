# Tests of packaging/: the metadata, the man pages rendered at build time, the completion and the
# packages themselves.

add_test(NAME packaging_metadata
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/packaging/validate.sh ${PROJECT_SOURCE_DIR}/packaging)
set_tests_properties(packaging_metadata PROPERTIES LABELS packaging TIMEOUT 120)

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

# cpack, the -dbgsym packages repacked (packaging/fix-dbgsym.sh), dpkg-deb -c and lintian over
# every package (setup.sh installs lintian): about a minute.
add_test(NAME packages
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/packaging/packages.sh ${CMAKE_CPACK_COMMAND}
        ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/packages)
set_tests_properties(packages PROPERTIES LABELS packaging TIMEOUT 300)

# The alert rules' own unit tests (packaging/prometheus/xynap.rules.test.yml) with promtool.
add_test(NAME prometheus_rules
    COMMAND promtool test rules xynap.rules.test.yml
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/packaging/prometheus)
set_tests_properties(prometheus_rules PROPERTIES LABELS packaging TIMEOUT 60)

add_test(NAME grafana_dashboard
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/packaging/grafana_dashboard.sh
        ${PROJECT_SOURCE_DIR}/packaging/prometheus/xynap-grafana-dashboard.json
        ${PROJECT_SOURCE_DIR}/cli/Metrics.cpp ${CMAKE_CURRENT_BINARY_DIR}/grafana-dashboard)
set_tests_properties(grafana_dashboard PROPERTIES LABELS packaging TIMEOUT 60)
