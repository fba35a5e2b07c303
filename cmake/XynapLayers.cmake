if(CMAKE_SCRIPT_MODE_FILE)
    cmake_minimum_required(VERSION 3.25) # IN_LIST, when run as a script
endif()
# The layers of ARCHITECTURE.md, checked on the sources: a module may include only itself and the
# modules below it. Run at configure time (a violation stops the build before it starts) and as
# the test `layers` (cmake -DSOURCE_DIR=… -P cmake/XynapLayers.cmake).
set(XYNAP_LAYERS
    "model:model"
    "esl:esl,model"
    "platform:platform,model"
    "coverage:coverage,model"
    "lint:lint,coverage,model"
    "session:session,lint,coverage,esl,platform,model"
    "cli:cli,session,lint,coverage,esl,platform,model"
    "sandbox:sandbox,esl,platform,coverage,model"
)
# The UI's own folders, and what of the core it may use (never the sandbox, never the CLI).
set(XYNAP_UI_ALLOWED "session,lint,coverage,esl,platform,model")

function(xynap_check_layers source_dir)
    set(violations "")
    foreach(entry IN LISTS XYNAP_LAYERS)
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 module)
        list(GET parts 1 allowed)
        string(REPLACE "," ";" allowed "${allowed}")
        file(GLOB files "${source_dir}/app/${module}/*.h" "${source_dir}/app/${module}/*.cpp")
        foreach(file IN LISTS files)
            file(STRINGS "${file}" includes REGEX "^#include \"[a-z-]+/")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^#include \"([a-z-]+)/.*" "\\1" used "${line}")
                if(NOT used IN_LIST allowed)
                    file(RELATIVE_PATH rel "${source_dir}" "${file}")
                    list(APPEND violations "${rel}: ${module} may not include ${used}/ (${line})")
                endif()
            endforeach()
        endforeach()
    endforeach()
    file(GLOB ui_dirs LIST_DIRECTORIES true "${source_dir}/ui/*")
    set(ui_own "")
    foreach(dir IN LISTS ui_dirs)
        if(IS_DIRECTORY "${dir}")
            get_filename_component(name "${dir}" NAME)
            list(APPEND ui_own "${name}")
        endif()
    endforeach()
    string(REPLACE "," ";" ui_allowed "${XYNAP_UI_ALLOWED}")
    file(GLOB_RECURSE ui_files "${source_dir}/ui/*.h" "${source_dir}/ui/*.cpp")
    foreach(file IN LISTS ui_files)
        file(STRINGS "${file}" includes REGEX "^#include \"[a-z-]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z-]+)/.*" "\\1" used "${line}")
            if(NOT used IN_LIST ui_allowed AND NOT used IN_LIST ui_own)
                file(RELATIVE_PATH rel "${source_dir}" "${file}")
                list(APPEND violations "${rel}: the UI may not include ${used}/ (${line})")
            endif()
            if(used IN_LIST ui_allowed AND used IN_LIST ui_own)
                list(APPEND violations "ui/${used}: a UI folder named like the core module ${used}/ makes includes ambiguous")
            endif()
        endforeach()
    endforeach()
    if(violations)
        list(REMOVE_DUPLICATES violations)
        string(REPLACE ";" "\n  " text "${violations}")
        message(FATAL_ERROR "Layer violations (ARCHITECTURE.md):\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
    xynap_check_layers("${SOURCE_DIR}")
    message(STATUS "layers: no module includes a layer above it")
endif()
