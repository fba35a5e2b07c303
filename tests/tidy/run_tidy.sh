#!/bin/sh
# clang-tidy with the project's .clang-tidy over the core modules that hold the logic; any
# warning fails the test. usage: run_tidy.sh SOURCE_DIR BUILD_DIR
set -eu
SRC=$1 BUILD=$2
command -v clang-tidy >/dev/null || { echo "tidy: clang-tidy is not installed (setup.sh installs it)" >&2; exit 1; }
[ -f "$BUILD/compile_commands.json" ] || { echo "tidy: no compile_commands.json in $BUILD" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
ls "$SRC"/app/model/*.cpp "$SRC"/app/esl/*.cpp "$SRC"/app/platform/*.cpp "$SRC"/app/coverage/*.cpp \
    "$SRC"/app/lint/*.cpp "$SRC"/app/session/*.cpp "$SRC"/app/sandbox/*.cpp \
    "$SRC"/app/cli/*.cpp \
    | xargs -P 2 -n 1 clang-tidy -p "$BUILD" --quiet 2>/dev/null | grep -E "(warning|error):" | sort -u >"$out" || true
if [ -s "$out" ]; then
    cat "$out"
    echo "tidy: $(wc -l <"$out") finding(s)"
    exit 1
fi
echo "tidy: clean"
