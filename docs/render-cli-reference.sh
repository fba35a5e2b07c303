#!/bin/sh
# Renders docs/xynapctl.md from xynapctl's own --help and `help COMMAND` of every command it
# lists: the same source as the man page (packaging/man/render.sh), so the two cannot disagree.
# The test cli_reference_up_to_date compares the committed file with a fresh rendering;
# `cmake --build build/ci --target update_cli_reference` rewrites it.
# usage: render-cli-reference.sh XYNAPCTL OUTPUT
set -eu
BINARY=$1 OUTPUT=$2
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen NO_COLOR=1
export QT_LOGGING_RULES="*.debug=false;qt.*=false"
tmp="$OUTPUT.tmp"
{
    echo "# xynapctl reference"
    echo
    echo "Generated from \`xynapctl --help\` and \`xynapctl help COMMAND\` by"
    echo "\`docs/render-cli-reference.sh\` (\`cmake --build build/ci --target update_cli_reference\`);"
    echo "do not edit by hand. The manual page \`xynapctl(1)\` comes from the same text."
    echo
    echo '```'
    "$BINARY" --help
    echo '```'
    for c in $("$BINARY" --help | awk '/^Commands:$/ { on = 1; next } /^$/ { on = 0 } on { print $1 }'); do
        echo
        echo "## $c"
        echo
        echo '```'
        "$BINARY" help "$c"
        echo '```'
    done
} >"$tmp"
mv "$tmp" "$OUTPUT"
