# Issue 11: hostile input. Servers that misbehave on purpose, the text-safety and file-reading
# helpers, and fuzzing of the xmlstatus and API reply parsers.

xynap_add_test(tst_hostileservers
    SOURCES integration/tst_hostileservers.cpp
    LIBS xynap_core
    LABELS integration
    TIMEOUT 60)

xynap_add_test(tst_textsafety SOURCES unit/tst_textsafety.cpp LIBS xynap_core LABELS unit)
xynap_add_test(tst_fileread SOURCES unit/tst_fileread.cpp LIBS xynap_core LABELS unit)
# The sandbox's secrets from a file or the environment (issue 11.11).
add_test(NAME sandbox_secrets
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/smoke/sandbox_secrets.sh
        $<TARGET_FILE:xynap-sandbox> ${CMAKE_CURRENT_BINARY_DIR}/sandbox-secrets)
set_tests_properties(sandbox_secrets PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;${XYNAP_SANITIZER_ENV}"
    LABELS smoke TIMEOUT 60)
