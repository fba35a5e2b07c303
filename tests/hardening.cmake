# Issue 11: hostile input. Servers that misbehave on purpose, the text-safety and file-reading
# helpers, and fuzzing of the xmlstatus and API reply parsers.

xynap_add_test(tst_hostileservers
    SOURCES integration/tst_hostileservers.cpp
    LIBS xynap_core
    LABELS integration
    TIMEOUT 60)

xynap_add_test(tst_textsafety SOURCES unit/tst_textsafety.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_fileread SOURCES unit/tst_fileread.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_sofiastatus SOURCES unit/tst_sofiastatus.cpp LIBS xynap_core LABELS unit)

# Fuzzing of parseGatewayXmlStatus and the API reply readers (trunksFromReply, trunkFromJson):
# a fixed-seed mutation driver in the normal test run, like fuzz_esl_parser_corpus.
xynap_add_test(fuzz_replies_corpus
    SOURCES fuzz/fuzz_replies.cpp fuzz/fuzz_replies_driver.cpp
    LIBS xynap_core
    LABELS "unit;fuzz"
    TIMEOUT 90)
set_property(TEST fuzz_replies_corpus PROPERTY WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})

# Clang: a real libFuzzer binary (`fuzz_replies CORPUS_DIR`; seed the corpus with
# `fuzz_replies_corpus --write-corpus CORPUS_DIR`).
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_executable(fuzz_replies fuzz/fuzz_replies.cpp)
    target_compile_options(fuzz_replies PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_replies PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_replies PRIVATE xynap_core)
endif()
target_compile_definitions(fuzz_replies_corpus PRIVATE XYNAP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The sandbox's secrets from a file or the environment (issue 11.11).
add_test(NAME sandbox_secrets
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/smoke/sandbox_secrets.sh
        $<TARGET_FILE:xynap-sandbox> ${CMAKE_CURRENT_BINARY_DIR}/sandbox-secrets)
set_tests_properties(sandbox_secrets PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;${XYNAP_SANITIZER_ENV}"
    LABELS smoke TIMEOUT 60)
