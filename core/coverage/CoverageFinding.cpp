#include "coverage/CoverageFinding.h"

using namespace Qt::StringLiterals;

namespace xynap::coverage {

QString findingSeverityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return u"info"_s;
    case FindingSeverity::Warning:
        return u"warning"_s;
    case FindingSeverity::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

} // namespace xynap::coverage
