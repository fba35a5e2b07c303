# Checks of the whole tree: the real binaries offscreen, the translations, the layering, clang-tidy.

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

# clang-tidy with the project's .clang-tidy over every module below the UI (model … sandbox, cli).
add_test(NAME clang_tidy
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/tidy/run_tidy.sh ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
set_tests_properties(clang_tidy PROPERTIES LABELS lint TIMEOUT 900)
