# Fails when a committed .ts file differs from what lupdate makes of today's sources, or when
# the German file has an unfinished message.
# lupdate resolves "module/Header.h" through the modules' include roots, as the build does.
file(GLOB include_roots LIST_DIRECTORIES true ${BINARY_DIR}/include/*)
set(include_args "")
foreach(root IN LISTS include_roots)
    list(APPEND include_args -I ${root})
endforeach()
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR})
foreach(lang en de)
    file(COPY ${SOURCE_DIR}/translations/xynap_${lang}.ts DESTINATION ${WORKDIR})
    execute_process(
        COMMAND ${LUPDATE} -locations none -no-obsolete -silent ${include_args}
                @${BINARY_DIR}/translation-sources.txt -ts ${WORKDIR}/xynap_${lang}.ts
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${out}${err}")
    endif()
    file(READ ${SOURCE_DIR}/translations/xynap_${lang}.ts committed)
    file(READ ${WORKDIR}/xynap_${lang}.ts fresh)
    if(NOT committed STREQUAL fresh)
        message(FATAL_ERROR "translations/xynap_${lang}.ts is stale: run "
                            "`cmake --build <build> --target update_translations` and translate the new strings")
    endif()
endforeach()
file(READ ${SOURCE_DIR}/translations/xynap_de.ts german)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${german}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "translations/xynap_de.ts has ${count} untranslated message(s)")
endif()
message(STATUS "translations are up to date")
