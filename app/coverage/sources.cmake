# Sources of app/coverage, added to xynap_core (owned by the coverage work).
set(XYNAP_COVERAGE_SOURCES
)
