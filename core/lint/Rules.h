#pragma once

#include "lint/LintEngine.h"

#include <QAbstractSocket>
#include <QCoreApplication>

namespace xynap::lint {

// One factory per file of rules; LintEngine collects them.
void addAddressRules(std::vector<std::unique_ptr<Rule>> &rules); // AddressRules.cpp
void addProviderRules(std::vector<std::unique_ptr<Rule>> &rules); // ProviderRules.cpp
void addGatewayRules(std::vector<std::unique_ptr<Rule>> &rules); // GatewayRules.cpp
void addNumberRules(std::vector<std::unique_ptr<Rule>> &rules); // NumberRules.cpp
void addDriftRules(std::vector<std::unique_ptr<Rule>> &rules); // DriftRules.cpp
void addCoverageRules(std::vector<std::unique_ptr<Rule>> &rules); // CoverageRules.cpp

// Shared helpers for rules.
Finding makeFinding(
    const QString &ruleId, Severity severity, const Trunk &trunk, const QStringList &fields);
// Translates in the context "xynap::lint", the one lupdate gives a tr() in a free function of
// this namespace. A rule class declares its own tr() instead
// (Q_DECLARE_TR_FUNCTIONS(xynap::lint::ClassName)), because lupdate files the tr() calls in its
// member functions under the class.
QString tr(const char *text);
QString normalizedDomain(const QString &domain);
bool isFamily(const QString &address, QAbstractSocket::NetworkLayerProtocol family);

} // namespace xynap::lint
