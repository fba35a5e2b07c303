# Tests of core/esl: the codec, the parser's speed and robustness, the sofia status readers, and
# servers that misbehave on purpose.

xynap_add_test(tst_eslcodec SOURCES unit/tst_eslcodec.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_sofiastatus SOURCES unit/tst_sofiastatus.cpp LIBS xynap_core LABELS unit)

# An Event Socket that smuggles frames and asks for the password again, and (for the
# API client beside it) an HTTP server that trickles its reply.
# Xynapctl's commands against them too (fixes from hostile names, snapshot bounds,
# header values, a connection dropped after a PUT).
xynap_add_test(tst_hostileservers
    SOURCES integration/tst_hostileservers.cpp
    LIBS xynap_cli
    LABELS integration
    TIMEOUT 120)

# Fuzzing of esl::Parser + event decoding. fuzz/fuzz_esl_parser.cpp defines
# LLVMFuzzerTestOneInput. Every compiler: a driver on the shared fuzz harness (support/FuzzHarness)
# runs it over 50,000 mutations of the recorded captures with a fixed seed, plus the parser's
# limits, as part of the normal test run.
xynap_add_test(fuzz_esl_parser_corpus
    SOURCES fuzz/fuzz_esl_parser.cpp fuzz/fuzz_esl_driver.cpp
    LIBS xynap_core xynap_fuzz_harness
    LABELS "unit;fuzz"
    TIMEOUT 60)
set_property(TEST fuzz_esl_parser_corpus PROPERTY WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})

# Fuzzing of parseGatewayXmlStatus and the API reply readers (trunksFromReply, trunkFromJson):
# a fixed-seed mutation driver in the normal test run, like fuzz_esl_parser_corpus.
xynap_add_test(fuzz_replies_corpus
    SOURCES fuzz/fuzz_replies.cpp fuzz/fuzz_replies_driver.cpp
    LIBS xynap_core xynap_fuzz_harness
    LABELS "unit;fuzz"
    TIMEOUT 90)
set_property(TEST fuzz_replies_corpus PROPERTY WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
target_compile_definitions(fuzz_replies_corpus PRIVATE XYNAP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# Clang: real libFuzzer binaries (`fuzz_esl_parser CORPUS_DIR`, `fuzz_replies CORPUS_DIR`; seed a
# corpus with the `…_corpus --write-corpus CORPUS_DIR`). They are the target files alone: libFuzzer
# brings main() and the mutations, the harness is not linked. The ESL sources are compiled into
# fuzz_esl_parser again with coverage instrumentation and sanitizers; they need nothing but QtCore.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_executable(fuzz_esl_parser
        fuzz/fuzz_esl_parser.cpp
        ${PROJECT_SOURCE_DIR}/core/esl/Parser.cpp
        ${PROJECT_SOURCE_DIR}/core/esl/Codec.cpp
        ${PROJECT_SOURCE_DIR}/core/esl/Message.cpp)
    target_include_directories(fuzz_esl_parser PRIVATE ${CMAKE_BINARY_DIR}/include/esl ${CMAKE_BINARY_DIR}/include/model)
    target_compile_options(fuzz_esl_parser PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_esl_parser PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_esl_parser PRIVATE xynap_compile_settings Qt6::Core)

    add_executable(fuzz_replies fuzz/fuzz_replies.cpp)
    target_compile_options(fuzz_replies PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_replies PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_replies PRIVATE xynap_core)
endif()

# Benchmark (Google Benchmark); the suite runs it once with --brief. For figures, build it in a
# Release tree:
#   cmake -S . -B /tmp/bench-build -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build /tmp/bench-build --target bench_esl && /tmp/bench-build/tests/bench_esl
qt_add_executable(bench_esl bench/bench_esl.cpp)
target_link_libraries(bench_esl PRIVATE xynap_core xynap_ui xynap_testsupport benchmark::benchmark)
target_compile_definitions(bench_esl PRIVATE XYNAP_TEST_DATA="${XYNAP_TEST_DATA}")
xynap_add_bench_test(bench_esl ARGS --brief)

# A loopback Event Socket serving N gateways, for xynapctl at scale (it serves until its standard
# input closes):
#   bench_esl_server --gateways N
qt_add_executable(bench_esl_server bench/bench_esl_server.cpp)
target_link_libraries(bench_esl_server PRIVATE xynap_compile_settings Qt6::Core)
add_test(NAME bench_esl_server
    COMMAND sh -c "exec \"$0\" --gateways 10 </dev/null" $<TARGET_FILE:bench_esl_server>)
set_tests_properties(bench_esl_server PROPERTIES LABELS bench TIMEOUT 30
    PASS_REGULAR_EXPRESSION "\"esl_port\":[1-9][0-9]*,\"gateways\":10}")
