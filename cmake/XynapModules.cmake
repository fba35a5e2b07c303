# One library per module, each linking only the layers below it (docs/ARCHITECTURE.md):
#
#   core/model  <-  core/esl, core/platform, core/coverage  <-  core/lint  <-  core/session
#   core/session  <-  cli, ui          sandbox (esl, platform, coverage, model)
#   app/<binary>/main.cpp: the entry points, nothing else
#
# Every module has an include root of its own in the build tree that holds only the module,
# under its name (build/include/session/session -> core/session). A module's sources include
# "session/GatewayMonitor.h"; a module that does not link xynap_session cannot, so a layer
# violation does not compile. The test `layers` (cmake/XynapLayers.cmake) catches what the
# compiler cannot see: relative includes ("../session/…") and the order inside ui/.
function(xynap_module target)
    get_filename_component(name "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(root "${CMAKE_BINARY_DIR}/include/${name}")
    file(MAKE_DIRECTORY "${root}")
    file(REMOVE "${root}/${name}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${name}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "${root}")
    target_link_libraries(${target} PUBLIC xynap_compile_settings)
endfunction()
