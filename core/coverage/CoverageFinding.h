#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xynap::coverage {

enum class FindingSeverity { Info, Warning, Error };

// One global result of the coverage analysis, in the shape of the lint findings.
struct CoverageFinding {
    QString id; // stable, e.g. "XY-UFW-SIP-OPEN-TO-ANY"
    FindingSeverity severity = FindingSeverity::Warning;
    QString subject; // what it is about: a range, a rule, a list, a profile
    QString message; // translated, one sentence
    QString why; // translated: why it matters, after the provider documentation
    QStringList fixes; // exact lines that fix it (ufw commands, ACL nodes); may be empty
    QList<int> rules; // indices of the UFW rules involved
    QString provider; // the provider whose range or address it is about; empty: none
};

QString findingSeverityName(FindingSeverity severity); // "error", "warning", "info"

} // namespace xynap::coverage
