# Sources of app/coverage, added to xynap_core (owned by the coverage work).
# Paths are relative to app/, where this file is included.
set(XYNAP_COVERAGE_SOURCES
    coverage/AclEvaluator.cpp coverage/AclEvaluator.h
    coverage/AclList.cpp coverage/AclList.h
    coverage/AclParseResult.cpp coverage/AclParseResult.h
    coverage/AclParser.cpp coverage/AclParser.h
    coverage/Cidr.cpp coverage/Cidr.h
    coverage/CoverageAnalyzer.cpp coverage/CoverageAnalyzer.h
    coverage/CoverageFinding.cpp coverage/CoverageFinding.h
    coverage/CoverageReport.cpp coverage/CoverageReport.h
    coverage/CoverageService.cpp coverage/CoverageService.h
    coverage/CoverageTarget.cpp coverage/CoverageTarget.h
    coverage/ParseIssue.cpp coverage/ParseIssue.h
    coverage/ParseSupport.cpp coverage/ParseSupport.h
    coverage/PortSet.cpp coverage/PortSet.h
    coverage/SubnetIndex.cpp coverage/SubnetIndex.h
    coverage/UfwCommandParser.cpp coverage/UfwCommandParser.h
    coverage/UfwConfiguration.cpp coverage/UfwConfiguration.h
    coverage/UfwEvaluator.cpp coverage/UfwEvaluator.h
    coverage/UfwParser.cpp coverage/UfwParser.h
    coverage/UfwRenderer.cpp coverage/UfwRenderer.h
    coverage/UfwRule.cpp coverage/UfwRule.h
    coverage/UfwRulesFileParser.cpp coverage/UfwRulesFileParser.h
    coverage/UfwServiceNames.cpp coverage/UfwServiceNames.h
    coverage/UfwStatusParser.cpp coverage/UfwStatusParser.h
    coverage/CoverageInput.h
    coverage/UfwParseResult.h
)
