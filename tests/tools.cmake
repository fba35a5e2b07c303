# Checks of the whole tree: the real binaries offscreen, the translations, the layering.
# clang-tidy and clang-format are targets of their own (cmake/XynapCodeChecks.cmake).

# The real binaries, offscreen: --help/--version, the sandbox's JSON line, a demo screenshot.
add_test(NAME smoke_binaries
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/smoke/smoke.sh
        $<TARGET_FILE:xynap-console> $<TARGET_FILE:xynapctl> $<TARGET_FILE:xynap-sandbox>
        ${CMAKE_CURRENT_BINARY_DIR}/smoke)
set_tests_properties(smoke_binaries PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;${XYNAP_SANITIZER_ENV}"
    LABELS smoke TIMEOUT 120)

add_test(NAME translations_up_to_date
    COMMAND ${CMAKE_COMMAND}
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
        -DBINARY_DIR=${PROJECT_BINARY_DIR}
        -DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/ts-check
        -P ${CMAKE_CURRENT_SOURCE_DIR}/translations/check_ts.cmake)
set_tests_properties(translations_up_to_date PROPERTIES LABELS translations TIMEOUT 120)

# No module includes a layer above it (cmake/XynapLayers.cmake; configure runs it too).
add_test(NAME layers
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
        -P ${PROJECT_SOURCE_DIR}/cmake/XynapLayers.cmake)
set_tests_properties(layers PROPERTIES LABELS unit TIMEOUT 60)

# The check must see what it is there for: a tree with one violation of each kind.
add_test(NAME layers_catch_violations
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/layers/violations
        -P ${PROJECT_SOURCE_DIR}/cmake/XynapLayers.cmake)
set_tests_properties(layers_catch_violations PROPERTIES LABELS unit TIMEOUT 60
    PASS_REGULAR_EXPRESSION "core/lint/Climbs.cpp: a relative include climbs out of its folder.*core/lint/Climbs.cpp: the project's headers are included with quotes.*core/lint/Climbs.cpp: core/lint may not include session/ \\(#include <session/PlatformSession.h>\\).*core/lint/Climbs.cpp: core/lint may not include session/ \\(#include \"session/ApplyJob.h\"\\).*ui/common/Upward.cpp: ui/common may not include ui/gateways/.*ui/common/Upward.cpp: ui/common may not include sandbox/.*app/xynapctl/main.cpp: app/xynapctl may not include ui/mainwindow/.*core/extra: a folder without a place in the layers")

# A forbidden include does not compile: a source built against xynap_lint alone cannot reach
# session/. The probe is built by the test, not by `all`.
add_executable(layers_probe EXCLUDE_FROM_ALL layers/probe/LintIncludesSession.cpp)
target_link_libraries(layers_probe PRIVATE xynap_lint)
add_test(NAME layers_forbidden_include_fails_to_compile
    COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR} --target layers_probe)
set_tests_properties(layers_forbidden_include_fails_to_compile PROPERTIES LABELS unit TIMEOUT 120
    PASS_REGULAR_EXPRESSION "session/GatewayMonitor.h: No such file or directory")

# docs/xynapctl.md is rendered from xynapctl's own help, like the man page; a stale copy fails.
add_custom_target(update_cli_reference
    COMMAND sh ${PROJECT_SOURCE_DIR}/docs/render-cli-reference.sh $<TARGET_FILE:xynapctl>
        ${PROJECT_SOURCE_DIR}/docs/xynapctl.md
    DEPENDS xynapctl
    COMMENT "Rendering docs/xynapctl.md from xynapctl's help" VERBATIM)
add_test(NAME cli_reference_up_to_date
    COMMAND sh -c "sh \"$1\" \"$2\" \"$3\" && diff -u \"$4\" \"$3\" || { echo 'docs/xynapctl.md is stale: cmake --build <build dir> --target update_cli_reference'; exit 1; }"
        sh ${PROJECT_SOURCE_DIR}/docs/render-cli-reference.sh $<TARGET_FILE:xynapctl>
        ${CMAKE_CURRENT_BINARY_DIR}/xynapctl.md ${PROJECT_SOURCE_DIR}/docs/xynapctl.md)
set_tests_properties(cli_reference_up_to_date PROPERTIES LABELS unit TIMEOUT 60)
