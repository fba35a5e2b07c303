# Tests of core/coverage: the parsers and the analyzer, their fuzzing and benchmark.

xynap_add_test(tst_coveragetypes SOURCES unit/tst_coveragetypes.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_ufwparser SOURCES unit/tst_ufwparser.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_aclparser SOURCES unit/tst_aclparser.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_coverageanalyzer SOURCES unit/tst_coverageanalyzer.cpp LIBS xynap_core LABELS unit)

# Fuzzing. The targets (fuzz/fuzz_ufw.cpp, fuzz/fuzz_acl.cpp) define LLVMFuzzerTestOneInput.
# Every compiler: a small driver on the shared fuzz harness (support/FuzzHarness) runs each target
# over 20,000 mutations of the real rule files with a fixed seed, so "no crash" is part of the
# normal test run.
foreach(target ufw acl)
    xynap_add_test(fuzz_${target}_corpus
        SOURCES fuzz/fuzz_${target}.cpp fuzz/fuzz_ufw_acl_driver.cpp
        LIBS xynap_core xynap_fuzz_harness
        LABELS "unit;fuzz"
        TIMEOUT 600)
    target_compile_definitions(fuzz_${target}_corpus PRIVATE XYNAP_FUZZ_NAME="fuzz_${target}")
    set_property(TEST fuzz_${target}_corpus PROPERTY WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
endforeach()

# Clang: real libFuzzer binaries (`fuzz_ufw CORPUS_DIR`; seed a corpus with
# `fuzz_ufw_corpus --write-corpus CORPUS_DIR`), the target files without the harness. The parsers
# are compiled again with coverage instrumentation and sanitizers; the rest of xynap_core is linked
# as it is.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    list(TRANSFORM XYNAP_COVERAGE_SOURCES PREPEND "${PROJECT_SOURCE_DIR}/core/"
         OUTPUT_VARIABLE _xynap_coverage_fuzz_sources)
    list(FILTER _xynap_coverage_fuzz_sources INCLUDE REGEX "\\.cpp$")
    add_library(xynap_coverage_fuzz STATIC ${_xynap_coverage_fuzz_sources})
    target_include_directories(xynap_coverage_fuzz PUBLIC ${CMAKE_BINARY_DIR}/include/coverage ${CMAKE_BINARY_DIR}/include/model)
    target_compile_options(xynap_coverage_fuzz PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_libraries(xynap_coverage_fuzz PUBLIC xynap_compile_settings xynap_core Qt6::Core Qt6::Network)
    foreach(target ufw acl)
        add_executable(fuzz_${target} fuzz/fuzz_${target}.cpp)
        target_compile_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_libraries(fuzz_${target} PRIVATE xynap_coverage_fuzz)
    endforeach()
endif()

# Benchmark (Google Benchmark); the suite runs each case once, briefly.
qt_add_executable(bench_coverage bench/bench_coverage.cpp)
target_link_libraries(bench_coverage PRIVATE xynap_core benchmark::benchmark)
xynap_add_bench_test(bench_coverage ARGS --benchmark_min_time=0.001)
