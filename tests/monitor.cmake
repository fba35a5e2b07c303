# Tests of the gateway monitor, its pages, the ESL parser's speed and robustness
# (owned by the monitor work).

xynap_add_test(tst_gatewaymonitor
    SOURCES integration/tst_gatewaymonitor.cpp
    LIBS xynap_sandbox
    LABELS integration)

xynap_add_test(tst_gatewayspage
    SOURCES gui/tst_gatewayspage.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)

xynap_add_test(tst_nocdashboard
    SOURCES gui/tst_nocdashboard.cpp
    LIBS xynap_ui xynap_sandbox
    LABELS gui)
# The dashboard's screenshot goes to the build tree, never into the sources.
target_compile_definitions(tst_nocdashboard PRIVATE
    XYNAP_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")

# Fuzzing of esl::Parser + event decoding. fuzz/fuzz_esl_parser.cpp defines
# LLVMFuzzerTestOneInput. Every compiler: a driver runs it over 50,000 mutations of the recorded
# captures with a fixed seed, plus the parser's limits, as part of the normal test run.
xynap_add_test(fuzz_esl_parser_corpus
    SOURCES fuzz/fuzz_esl_parser.cpp fuzz/fuzz_esl_driver.cpp
    LIBS xynap_core
    LABELS "unit;fuzz"
    TIMEOUT 60)
set_property(TEST fuzz_esl_parser_corpus PROPERTY WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})

# Clang: a real libFuzzer binary (`fuzz_esl_parser CORPUS_DIR`; seed the corpus with
# `fuzz_esl_parser_corpus --write-corpus CORPUS_DIR`). The ESL sources are compiled into it
# again with coverage instrumentation and sanitizers; they need nothing but QtCore.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_executable(fuzz_esl_parser
        fuzz/fuzz_esl_parser.cpp
        ${PROJECT_SOURCE_DIR}/app/esl/EslParser.cpp
        ${PROJECT_SOURCE_DIR}/app/esl/EslCodec.cpp
        ${PROJECT_SOURCE_DIR}/app/esl/EslMessage.cpp)
    target_include_directories(fuzz_esl_parser PRIVATE ${PROJECT_SOURCE_DIR}/app)
    target_compile_options(fuzz_esl_parser PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_esl_parser PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_esl_parser PRIVATE xynap_compile_settings Qt6::Core)
endif()

# Benchmark (Google Benchmark), never run by ctest. Best built in a Release tree:
#   cmake -S . -B /tmp/bench-build -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build /tmp/bench-build --target bench_esl && /tmp/bench-build/tests/bench_esl
find_package(benchmark QUIET)
if(benchmark_FOUND)
    qt_add_executable(bench_esl bench/bench_esl.cpp)
    target_link_libraries(bench_esl PRIVATE xynap_core benchmark::benchmark)
    target_compile_definitions(bench_esl PRIVATE XYNAP_TEST_DATA="${XYNAP_TEST_DATA}")
endif()

# The Gateways page's settling sort proxy.
xynap_add_test(tst_settlingsortproxy SOURCES unit/tst_settlingsortproxy.cpp
    LIBS xynap_core Qt6::Gui LABELS unit)

# xynapctl's commands against the sandbox, every failure with its exit code and words.
xynap_add_test(tst_xynapctl
    SOURCES integration/tst_xynapctl.cpp
    LIBS xynap_cli xynap_sandbox
    LABELS integration
    TIMEOUT 180)

# Scale benchmarks, never run by ctest (see the comments at the top of each):
#   bench_gui_scale --gateways N...   the main window and the NOC against N gateways on one node
#   bench_esl_server --gateways N     a loopback Event Socket serving N gateways, for xynapctl
qt_add_executable(bench_esl_server bench/bench_esl_server.cpp)
target_link_libraries(bench_esl_server PRIVATE xynap_compile_settings Qt6::Core)
if(TARGET xynap_ui)
    qt_add_executable(bench_gui_scale bench/bench_gui_scale.cpp)
    target_link_libraries(bench_gui_scale PRIVATE xynap_ui)
endif()
