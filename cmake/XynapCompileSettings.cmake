# One interface target carries the project's compile settings; every target links it.
add_library(xynap_compile_settings INTERFACE)
target_compile_features(xynap_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(xynap_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    XYNAP_VERSION="${PROJECT_VERSION}")
target_compile_options(xynap_compile_settings INTERFACE -Wall -Wextra -Wpedantic -Wformat=2)
# Hardening as Debian and KeePassXC build: stack protector, fortified libc calls (they need
# optimisation), position-independent executables, read-only relocations bound at start.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
target_compile_options(xynap_compile_settings INTERFACE -fstack-protector-strong)
if(NOT XYNAP_SANITIZE)
    target_compile_definitions(xynap_compile_settings INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(xynap_compile_settings INTERFACE -pie -Wl,-z,relro -Wl,-z,now)
if(XYNAP_WERROR)
    target_compile_options(xynap_compile_settings INTERFACE -Werror)
endif()
if(XYNAP_SANITIZE)
    target_compile_options(xynap_compile_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(xynap_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
