#!/bin/sh
# The man pages say what the programs' --help says (they are rendered from it at build time):
# every line of each --help, and of `xynapctl help COMMAND` for every command, appears in the
# page in order (as words: the page is filled text, which man fits to the terminal). A man page
# rendered from an older binary, or written by hand, fails. And each page reads on an
# 80-column terminal without a line running over, xynap-console(1) has the sections a user
# looks for (FILES, ENVIRONMENT, EXIT STATUS, the keyboard map).
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
# contains PAGE HELPFILE: the words of every HELPFILE line appear in PAGE one after the other,
# the lines in order.
contains() {
    awk 'NR == FNR { for (k = 1; k <= NF; k++) page[++n] = $k; next }
         NF == 0 { next }
         {
             found = 0
             for (start = at + 1; start + NF - 1 <= n && !found; start++) {
                 for (k = 1; k <= NF && page[start + k - 1] == $k; k++) {}
                 if (k > NF) { found = 1; at = start + NF - 1 }
             }
             if (!found) { print "missing: " $0; bad = 1; exit }
         }
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
    MANWIDTH=80 man -l "$page" 2>/dev/null >"$page.txt"
    [ -s "$page.txt" ] || fail "man cannot render $page"
    if LC_ALL=C.UTF-8 grep -E '^.{81}' "$page.txt"; then fail "$page has lines wider than 80 columns"; fi
}
commands=$("$CTL" --help | awk '/^Commands:$/ { on = 1; next } /^$/ { on = 0 } on { print $1 }')
[ -n "$commands" ] || fail "xynapctl --help lists no commands"
check "$MANDIR/xynapctl.1" "$CTL" $commands
check "$MANDIR/xynap-console.1" "$CONSOLE"
check "$MANDIR/xynap-sandbox.1" "$SANDBOX"
for section in FILES ENVIRONMENT "EXIT STATUS" KEYBOARD; do
    grep -qx "\.SH $section" "$MANDIR/xynap-console.1" || fail "xynap-console(1) has no $section"
done
grep -q "Ctrl+F" "$MANDIR/xynap-console.1.txt" || fail "xynap-console(1) has no keyboard map"
# The width check itself fails on a line that runs over.
printf '.TH X 1\n.SH NAME\nx\n.nf\n%s\n' "$(printf '%090d' 0)" >"$MANDIR/wide.1"
[ "$(MANWIDTH=80 man -l "$MANDIR/wide.1" 2>/dev/null | LC_ALL=C.UTF-8 grep -cE '^.{81}')" -gt 0 ] \
    || fail "a page with a 90-column line passed the width check"
# The check itself fails on a page that says something else.
sed 's/monitoring\\-plugin check/some other check/' "$MANDIR/xynapctl.1" >"$MANDIR/drifted.1"
if (check "$MANDIR/drifted.1" "$CTL" $commands) >/dev/null 2>&1; then fail "a drifted page passed"; fi
echo "man_pages: ok"
