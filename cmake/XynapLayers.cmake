if(CMAKE_SCRIPT_MODE_FILE)
    cmake_minimum_required(VERSION 3.25) # IN_LIST, when run as a script
endif()
# The layers of docs/ARCHITECTURE.md, checked on the sources. The compiler already refuses an
# include of a module that is not linked (cmake/XynapModules.cmake); this check catches what it
# cannot see: a relative include ("../session/…"), an angle-bracket include of a module, the
# order of the folders inside ui/, and the entry points in app/. Run at configure time (a
# violation stops the build before it starts) and as the test `layers`
# (cmake -DSOURCE_DIR=… -P cmake/XynapLayers.cmake).
#
# Each entry: "folder:what its sources may include". "ui/*" stands for every folder of ui/.
set(XYNAP_CORE "model,esl,platform,coverage,lint,session")
set(XYNAP_LAYERS
    "core/model:model"
    "core/esl:esl,model"
    "core/platform:platform,model"
    "core/coverage:coverage,model"
    "core/lint:lint,coverage,model"
    "core/session:session,lint,coverage,esl,platform,model"
    "cli:cli,${XYNAP_CORE}"
    "sandbox:sandbox,esl,platform,coverage,model"
    # The UI uses the core (never the sandbox, never the CLI); inside it, common is the floor,
    # the pages stand on it, and the main window on the pages.
    "ui/common:ui/common,${XYNAP_CORE}"
    "ui/help:ui/help,ui/common,${XYNAP_CORE}"
    "ui/connect:ui/connect,ui/common,${XYNAP_CORE}"
    "ui/editor:ui/editor,ui/common,${XYNAP_CORE}"
    "ui/trunks:ui/trunks,ui/editor,ui/common,${XYNAP_CORE}"
    "ui/gateways:ui/gateways,ui/common,${XYNAP_CORE}"
    "ui/noc:ui/noc,ui/common,${XYNAP_CORE}"
    "ui/activity:ui/activity,ui/common,${XYNAP_CORE}"
    "ui/coverage:ui/coverage,ui/common,${XYNAP_CORE}"
    "ui/mainwindow:ui/*,${XYNAP_CORE}"
    # The entry points: start-up only, on the library they start.
    "app/xynap-console:ui/*,sandbox,${XYNAP_CORE}"
    "app/xynapctl:cli,${XYNAP_CORE}"
    "app/xynap-sandbox:sandbox,platform,model"
)
set(XYNAP_MODULE_NAMES "${XYNAP_CORE},cli,sandbox,ui")

function(xynap_check_layers source_dir)
    get_filename_component(source_dir "${source_dir}" ABSOLUTE)
    set(violations "")
    set(known "")
    string(REPLACE "," ";" modules "${XYNAP_MODULE_NAMES}")
    foreach(entry IN LISTS XYNAP_LAYERS)
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 folder)
        list(GET parts 1 allowed)
        string(REPLACE "," ";" allowed "${allowed}")
        list(APPEND known "${folder}")
        file(GLOB files "${source_dir}/${folder}/*.h" "${source_dir}/${folder}/*.cpp")
        foreach(file IN LISTS files)
            file(RELATIVE_PATH rel "${source_dir}" "${file}")
            file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]*)[\">].*" "\\1" path "${line}")
                if(path MATCHES "(^|/)\\.\\./")
                    list(APPEND violations "${rel}: a relative include climbs out of its folder (${line})")
                    continue()
                endif()
                if(NOT path MATCHES "/")
                    continue() # the folder's own header, a Qt or system header, a generated form
                endif()
                string(REGEX MATCH "^[^/]+" top "${path}")
                if(NOT top IN_LIST modules)
                    continue() # <QtCore/…>, <sys/…>, <openssl/…>: not ours
                endif()
                set(used "${top}")
                if(top STREQUAL "ui")
                    string(REGEX MATCH "^ui/[^/]+" used "${path}")
                endif()
                if(line MATCHES "#[ \t]*include[ \t]*<")
                    list(APPEND violations "${rel}: the project's headers are included with quotes (${line})")
                endif()
                if(NOT used IN_LIST allowed AND NOT (used MATCHES "^ui/" AND "ui/*" IN_LIST allowed))
                    list(APPEND violations "${rel}: ${folder} may not include ${used}/ (${line})")
                endif()
            endforeach()
        endforeach()
    endforeach()
    # A folder the table does not know is a folder nobody decided the place of.
    file(GLOB dirs LIST_DIRECTORIES true "${source_dir}/core/*" "${source_dir}/ui/*" "${source_dir}/app/*")
    foreach(dir IN LISTS dirs)
        if(IS_DIRECTORY "${dir}")
            file(RELATIVE_PATH rel "${source_dir}" "${dir}")
            if(NOT rel IN_LIST known)
                list(APPEND violations "${rel}: a folder without a place in the layers (add it to cmake/XynapLayers.cmake and docs/ARCHITECTURE.md)")
            endif()
        endif()
    endforeach()
    if(violations)
        list(REMOVE_DUPLICATES violations)
        string(REPLACE ";" "\n  " text "${violations}")
        message(FATAL_ERROR "Layer violations (docs/ARCHITECTURE.md, \"Layers\"):\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
    xynap_check_layers("${SOURCE_DIR}")
    message(STATUS "layers: no folder includes a layer above it")
endif()
