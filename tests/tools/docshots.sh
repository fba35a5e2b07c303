#!/bin/sh
# The README's screenshots: every window in English and German, at 1× on a 1366×768 screen and
# at 2× on a 2732×1536 one (1366×768 logical), under Xvfb. Exits non-zero if a window does not
# fit its screen.   usage: tests/tools/docshots.sh BUILD_DIR OUTDIR
set -eu
BUILD=$1 OUT=$2
tool=$BUILD/tests/docshots
status=0
for lang in en de; do
    xvfb-run -a -s "-screen 0 1366x768x24" env LANGUAGE=$lang "$tool" "$OUT" "$lang" || status=1
    xvfb-run -a -s "-screen 0 2732x1536x24" env QT_SCALE_FACTOR=2 LANGUAGE=$lang "$tool" "$OUT" "$lang" || status=1
done
exit $status
