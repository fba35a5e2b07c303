# The code checks, each a target of its own and a named step of `./setup.sh test` (CONTRIBUTING.md):
#   cmake --build build/ci --target tidy           clang-tidy (.clang-tidy) over every source of
#                                                 core/, cli/, sandbox/, ui/ and app/ and their
#                                                 headers; any finding fails (WarningsAsErrors)
#   cmake --build build/ci --target format-check   clang-format (.clang-format) over every C++ file
#   cmake --build build/ci --target format         rewrites them in place
# tidy reads compile_commands.json and the generated forms, so it runs on a built tree.
set(_xynap_code_dirs core cli sandbox ui app)
string(JOIN "|" _xynap_code_alt ${_xynap_code_dirs})
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" _xynap_src_re "${PROJECT_SOURCE_DIR}")
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" _xynap_bin_re "${PROJECT_BINARY_DIR}")

find_program(XYNAP_RUN_CLANG_TIDY NAMES run-clang-tidy-14 run-clang-tidy)
find_program(XYNAP_CLANG_TIDY NAMES clang-tidy-14 clang-tidy)
if(XYNAP_RUN_CLANG_TIDY AND XYNAP_CLANG_TIDY)
    add_custom_target(tidy
        COMMAND ${XYNAP_RUN_CLANG_TIDY} -clang-tidy-binary ${XYNAP_CLANG_TIDY}
            -p ${PROJECT_BINARY_DIR} -j 2 -quiet
            "-header-filter=^(${_xynap_src_re}/(${_xynap_code_alt})/|${_xynap_bin_re}/include/)"
            "^${_xynap_src_re}/(${_xynap_code_alt})/.*\\.cpp$"
        WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
        COMMENT "clang-tidy over core/, cli/, sandbox/, ui/ and app/ (headers included)"
        USES_TERMINAL VERBATIM)
else()
    add_custom_target(tidy
        COMMAND ${CMAKE_COMMAND} -E echo "tidy: run-clang-tidy/clang-tidy not found (setup.sh installs clang-tidy)"
        COMMAND ${CMAKE_COMMAND} -E false
        VERBATIM)
endif()

file(GLOB_RECURSE _xynap_format_files CONFIGURE_DEPENDS
    LIST_DIRECTORIES false
    ${PROJECT_SOURCE_DIR}/core/*.h ${PROJECT_SOURCE_DIR}/core/*.cpp
    ${PROJECT_SOURCE_DIR}/cli/*.h ${PROJECT_SOURCE_DIR}/cli/*.cpp
    ${PROJECT_SOURCE_DIR}/sandbox/*.h ${PROJECT_SOURCE_DIR}/sandbox/*.cpp
    ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.cpp
    ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/app/*.cpp
    ${PROJECT_SOURCE_DIR}/tests/*.h ${PROJECT_SOURCE_DIR}/tests/*.cpp)
find_program(XYNAP_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(XYNAP_CLANG_FORMAT)
    add_custom_target(format-check
        COMMAND ${XYNAP_CLANG_FORMAT} --dry-run -Werror ${_xynap_format_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format --dry-run over every C++ file (fix with: cmake --build <dir> --target format)"
        VERBATIM)
    add_custom_target(format
        COMMAND ${XYNAP_CLANG_FORMAT} -i ${_xynap_format_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format -i over every C++ file"
        VERBATIM)
else()
    add_custom_target(format-check
        COMMAND ${CMAKE_COMMAND} -E echo "format-check: clang-format not found (setup.sh installs it)"
        COMMAND ${CMAKE_COMMAND} -E false
        VERBATIM)
endif()
