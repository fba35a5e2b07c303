#pragma once

#include <QString>

namespace xynap {

// The one table of what a trunk field is called on screen ("Retry interval", not
// "retry_seconds"): the editor's form, the review's diff, the conflict dialog and the messages
// that name a field all take it from here. `field` is the API's name, an index suffix
// ("numbers[2].number") allowed; an unknown field is shown as it is.
QString trunkFieldLabel(const QString &field);

} // namespace xynap
