#include "coverage/AclParseResult.h"

namespace xynap::coverage {

const AclList *AclParseResult::find(const QString &name) const
{
    for (qsizetype i = lists.size() - 1; i >= 0; --i) {
        if (lists.at(i).name == name)
            return &lists.at(i);
    }
    return nullptr;
}

} // namespace xynap::coverage
