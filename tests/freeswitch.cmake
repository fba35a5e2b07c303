# Tests against a real FreeSWITCH 1.10.12 (label `freeswitch`): XYNAP_FREESWITCH names the bundle
# (a directory holding bin/freeswitch, or the bundle's .tar.xz, or a directory holding it). Without
# it every such test is reported as skipped with the one line that says how to enable it.
# Each test function is a ctest test of its own: one FreeSWITCH per test, free loopback ports, so
# two run side by side.
set(XYNAP_FS_NOT_RUN "XYNAP_FREESWITCH is not set")

function(xynap_add_freeswitch_tests executable)
    cmake_parse_arguments(F "" "TIMEOUT" "SOURCES;FUNCTIONS;LIBS" ${ARGN})
    qt_add_executable(${executable} ${F_SOURCES} freeswitch/RealFreeSwitchFixture.cpp
        freeswitch/RealFreeSwitchFixture.h)
    target_include_directories(${executable} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/freeswitch)
    target_link_libraries(${executable} PRIVATE Qt6::Test xynap_core xynap_testsupport
        xynap_testsupport_freeswitch ${F_LIBS})
    target_compile_definitions(${executable} PRIVATE XYNAP_TEST_DATA="${XYNAP_TEST_DATA}")
    foreach(fn IN LISTS F_FUNCTIONS)
        add_test(NAME freeswitch_${fn} COMMAND ${executable} ${fn})
        set_tests_properties(freeswitch_${fn} PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=xynap.*.info=false;${XYNAP_SANITIZER_ENV}"
            LABELS "freeswitch"
            SKIP_REGULAR_EXPRESSION "${XYNAP_FS_NOT_RUN}"
            TIMEOUT ${F_TIMEOUT})
    endforeach()
endfunction()

xynap_add_freeswitch_tests(tst_realfreeswitch
    SOURCES freeswitch/tst_realfreeswitch.cpp
    TIMEOUT 150
    FUNCTIONS
        healthyPicture
        registrarBlackHoled
        serveKnowsTheSilentRegistrar
        registrarAnswers503
        registrarAnswers401
        nothingListens
        reloadPingingGatewayWaitsForEvidence
        reloadIntoDeadPath
        reloadDeadlineNamesTheStep
        applyEveryReportedField
        rescanOnlyReloadNamesWhatItDidNotApply
        callerIdDriftNamesTheField
        cannotTellWithoutAKnownVersion
        registrarAnswers403
        pingsUnanswered
        reloadRegisteringGateway
        savedChangeAppliedOnlyByKillgw
        freeSwitchStopped
        freeSwitchHung
        hungFreeSwitchNoticedAndRejoined
        xmlstatusReportsWhatWasServed
        gatewayRemovedBehindTheConsolesBack
        savedErrorIsAWarningBeforeItFails
        vanishedGatewayWithoutTheApi
        freeSwitchStartedBeforeTheApi
        watchFindsALateApi)

# The sandbox calibrated against the real FreeSWITCH, scenario by scenario.
xynap_add_freeswitch_tests(tst_differential
    SOURCES freeswitch/tst_differential.cpp
    TIMEOUT 150
    FUNCTIONS
        registrarSilent
        registrarUnreachable
        freshIpAuthGateway
        xmlstatusFields
        rescanIgnoresChangedGateway)

# The NOC wall screen against the real FreeSWITCH (offscreen).
xynap_add_freeswitch_tests(tst_realnoc
    SOURCES freeswitch/tst_realnoc.cpp
    LIBS xynap_ui
    TIMEOUT 150
    FUNCTIONS
        wallScreenIsAnAlarmWhenFreeSwitchFailsOrStops)
