#pragma once

#include "coverage/AclList.h"
#include "coverage/ParseIssue.h"

#include <QList>

namespace xynap::coverage {

struct [[nodiscard]] AclParseResult {
    QList<AclList> lists;
    QList<ParseIssue> errors;

    bool ok() const { return errors.isEmpty(); }
    QString errorString() const { return ParseIssue::join(errors); }
    // The list FreeSWITCH uses under that name (the last definition wins), or nullptr.
    const AclList *find(const QString &name) const;
};

} // namespace xynap::coverage
