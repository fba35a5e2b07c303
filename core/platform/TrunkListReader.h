#pragma once

#include "platform/ApiClient.h"

#include <QByteArrayView>

namespace xynap::platform {

// The trunks of a list reply ({"trunks": […]}) and their ETags, read from the reply's bytes one
// trunk at a time: the same result as trunksFromReply() on the parsed document (every value is
// judged by the same JSON parser, every trunk by trunkFromJson), without the document. "trunks"
// twice is an error here.
TrunkListResult trunksFromBody(QByteArrayView body);

} // namespace xynap::platform
