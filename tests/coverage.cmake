# Tests of app/coverage (owned by the coverage work).
