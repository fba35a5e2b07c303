# app/lint: one rule per class, grouped by theme; the engine runs them over a snapshot.
set(XYNAP_LINT_SOURCES
    lint/Finding.h
    lint/LintEngine.cpp lint/LintEngine.h
    lint/Rules.h
    lint/AddressRules.cpp
    lint/ProviderRules.cpp
    lint/GatewayRules.cpp
    lint/NumberRules.cpp
    lint/DriftRules.cpp
    lint/CoverageRules.cpp
)
