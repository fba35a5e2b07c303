#include "coverage/ParseIssue.h"

#include <QCoreApplication>
#include <QStringList>

namespace xynap::coverage {

QString ParseIssue::text() const
{
    if (source.isEmpty()) {
        return QCoreApplication::translate("xynap::coverage", "line %1: %2")
            .arg(QString::number(line), message);
    }
    return QCoreApplication::translate("xynap::coverage", "%1, line %2: %3")
        .arg(source, QString::number(line), message);
}

QString ParseIssue::join(const QList<ParseIssue> &issues)
{
    QStringList lines;
    for (const ParseIssue &issue : issues)
        lines.append(issue.text());
    return lines.join(u'\n');
}

} // namespace xynap::coverage
