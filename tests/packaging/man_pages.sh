#!/bin/sh
# The man pages say what the programs' --help says (they are rendered from it at build time):
# every line of each --help, and of `xynapctl help COMMAND` for every command, appears in the
# page in order. A man page rendered from an older binary, or written by hand, fails.
# usage: man_pages.sh MANDIR CONSOLE CTL SANDBOX
set -eu
MANDIR=$1 CONSOLE=$2 CTL=$3 SANDBOX=$4
fail() { echo "man_pages: FAIL: $*" >&2; exit 1; }
export LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen NO_COLOR=1

# Lines as words: lower case, the usage prefix, trailing colons and roff escapes gone.
normalize() {
    sed -e 's/^Usage: //' -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/^\\&//' \
        -e 's/^\.S[HS] //' -e 's/^\.B "\(.*\)"$/\1/' -e '/^\./d' -e 's/:$//' \
        | tr 'A-Z' 'a-z' | tr -s ' \t' ' ' | sed -e 's/^ //' -e 's/ $//' -e '/^$/d'
}
# contains PAGE HELPFILE: every HELPFILE line appears in PAGE, in order.
contains() {
    awk 'NR == FNR { page[++n] = $0; next }
         { while (i < n && page[++i] != $0) {} if (page[i] != $0) { print "missing: " $0; bad = 1; exit } }
         END { exit bad }' "$1" "$2"
}
check() { # PAGE BINARY [help COMMAND...]
    page=$1 bin=$2; shift 2
    [ -f "$page" ] || fail "no $page"
    head -n 1 "$page" | grep -q '^\.TH ' || fail "$page has no .TH"
    grep -q '^\.SH NAME$' "$page" || fail "$page has no NAME"
    normalize <"$page" >"$page.words"
    "$bin" --help 2>/dev/null | normalize >"$page.help"
    for c in "$@"; do "$bin" help "$c" | normalize >>"$page.help"; done
    [ -s "$page.help" ] || fail "$bin --help said nothing"
    contains "$page.words" "$page.help" || fail "$page does not say what $bin --help says"
}
commands=$("$CTL" --help | awk '/^Commands:$/ { on = 1; next } /^$/ { on = 0 } on { print $1 }')
[ -n "$commands" ] || fail "xynapctl --help lists no commands"
check "$MANDIR/xynapctl.1" "$CTL" $commands
check "$MANDIR/xynap-console.1" "$CONSOLE"
check "$MANDIR/xynap-sandbox.1" "$SANDBOX"
# The check itself fails on a page that says something else.
sed 's/monitoring\\-plugin check/some other check/' "$MANDIR/xynapctl.1" >"$MANDIR/drifted.1"
if (check "$MANDIR/drifted.1" "$CTL" $commands) >/dev/null 2>&1; then fail "a drifted page passed"; fi
echo "man_pages: ok"
