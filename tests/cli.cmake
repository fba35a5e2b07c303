# Tests of cli (xynapctl): the help table, the threshold ranges, the commands against the
# sandbox, and (shell) the real binaries' conventions and JSON.

xynap_add_test(tst_threshold SOURCES unit/tst_threshold.cpp LIBS xynap_cli LABELS unit)
xynap_add_test(tst_clihelp SOURCES unit/tst_clihelp.cpp LIBS xynap_cli LABELS unit)
# The command line and the saved profile to a command's target (cli::TargetBuilder).
xynap_add_test(tst_targetbuilder SOURCES unit/tst_targetbuilder.cpp LIBS xynap_cli LABELS unit)
# What serve exposes of a monitor: the labels, the families of a row, free text as a label.
xynap_add_test(tst_metrics SOURCES unit/tst_metrics.cpp LIBS xynap_cli LABELS unit)

# xynapctl's commands against the sandbox, every failure with its exit code and words.
xynap_add_test(tst_xynapctl
    SOURCES integration/tst_xynapctl.cpp
    LIBS xynap_cli xynap_sandbox
    LABELS integration
    TIMEOUT 180)

# `xynapctl coverage`: the command lives in xynap_cli, which xynapctl and this test link.
xynap_add_test(tst_coveragecli
    SOURCES integration/tst_coveragecli.cpp
    LIBS xynap_cli
    LABELS integration)

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

# `xynapctl serve` scraped by the real Prometheus (setup.sh installs Debian's `prometheus`):
# promtool check metrics, the query API, the alert rules firing, and check --from.
add_test(NAME prometheus_loop
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/prometheus_loop.sh
        $<TARGET_FILE:xynapctl> $<TARGET_FILE:xynap-sandbox>
        ${PROJECT_SOURCE_DIR}/packaging/prometheus/xynap.rules.yml
        ${CMAKE_CURRENT_BINARY_DIR}/prometheus-loop)
set_tests_properties(prometheus_loop PROPERTIES
    ENVIRONMENT "${XYNAP_SHELL_TEST_ENV}" LABELS "integration;cli" TIMEOUT 180)

# Benchmark: one scrape of `xynapctl serve` at 50 nodes x 5,000 gateways by default (time and
# memory; README, "Monitoring with Prometheus"). Run: bench_serve [NODES GATEWAYS]. ctest runs it
# once, small, so that a broken fixture fails CI; the figures stay in the README. 4 x 1,500: the
# largest families (7 MB in all) run over many of the renderer's 64 KB pieces, and the bench
# reads the whole exposition back.
qt_add_executable(bench_serve bench/bench_serve.cpp)
target_link_libraries(bench_serve PRIVATE xynap_cli)
xynap_add_bench_test(bench_serve ARGS 4 1500)

# Benchmark: the real `xynapctl serve` against NODES loopback Event Sockets, started, restarted and
# scraped by curl (README, "The real serve at 50 x 5,000"); bench_serve leaves out the socket and
# the lists' reading. ctest runs it once at 2 x 200 nodes and gateways.
add_test(NAME serve_fleet
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/bench/serve_fleet.sh
        $<TARGET_FILE:xynapctl> $<TARGET_FILE:bench_esl_server> 2 200 2)
set_tests_properties(serve_fleet PROPERTIES
    ENVIRONMENT "${XYNAP_SHELL_TEST_ENV}" LABELS bench TIMEOUT 120)
