#pragma once

#include "model/SofiaNames.h"
#include "model/Trunk.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace xynap::lint {

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity); // "error", "warning", "info" (stable, for JSON)

// What a rule found: where, how bad, what it means for calls, and how to fix it.
struct Finding {
    QString ruleId; // stable, e.g. "XY-IPV6-BRACKETS"
    Severity severity = Severity::Warning;
    int trunkId = 0; // 0: not about one trunk
    QString gatewayName;
    QString subject; // what a platform-wide finding is about: a provider range, an ACL list
    QString provider; // a platform-wide finding that hits this provider's trunks (its range)
    QStringList fields; // JSON names of the fields concerned, e.g. "outbound_proxy"
    QString message; // translated, one line
    QString why; // translated: the consequence, from the provider documentation
    QString fixLabel; // translated, empty when there is no quick fix
    std::optional<Trunk> fixedTrunk; // the trunk with the fix applied
    bool offersApply = false; // the fix is "apply to FreeSWITCH" (killgw + rescan)
    QString node; // drift: the FreeSWITCH node it is about (empty: nodes not named in the data)
    QStringList fixLines; // lines the operator runs or pastes: ufw commands, ACL <node/> lines
    // The commands among them built from names (killgw …), as words too: only from names that
    // pass the grammar (model/SofiaNames), so safe to paste; their lines are in fixLines.
    QList<SuggestedCommand> fixCommands;
};

} // namespace xynap::lint
