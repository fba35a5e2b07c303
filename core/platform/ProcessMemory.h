#pragma once

namespace xynap::platform {

// Big blocks (a fleet's 20 MB trunk list reply, a node's 50 MB gateway list, the arrays made
// of them) are given back to the system when they are freed. glibc otherwise raises its mmap
// threshold after the first such free, and the next big blocks then come from the heap arenas,
// where freed memory mostly stays in the process: 20-25 MB more peak RSS for `xynapctl status`
// at 50,000 gateways. Call it first thing in main(); without glibc it does nothing.
void returnBigBlocksToTheSystem();

} // namespace xynap::platform
