#pragma once

#include <QList>
#include <QString>

namespace xynap::coverage {

// One problem in a parsed file: the 1-based line and a translated description.
struct ParseIssue {
    int line = 0;
    QString message; // e.g. "unknown action 'alow'"
    QString source; // optional file name, e.g. "user6.rules"

    // "line 12: unknown action 'alow'" (or "user6.rules, line 12: …"), translated.
    QString text() const;
    static QString join(const QList<ParseIssue> &issues); // one text() per line

    friend bool operator==(const ParseIssue &, const ParseIssue &) = default;
};

} // namespace xynap::coverage
