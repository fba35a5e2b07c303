#!/bin/sh
# Renders a man page from a program's own --help (and, for xynapctl, `help COMMAND` of each
# command it lists) into a hand-written template: the help is the one source, so the page can
# never say something else than the program. Run at build time; tests/packaging/man_pages.sh
# compares the result with --help.
# usage: render.sh TEMPLATE OUTPUT VERSION BINARY
#   TEMPLATE lines: @HELP@ (the --help), @COMMANDS@ (a .SS per command), @VERSION@ anywhere.
set -eu
TEMPLATE=$1 OUTPUT=$2 VERSION=$3 BINARY=$4
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen NO_COLOR=1
export QT_LOGGING_RULES="*.debug=false;qt.*=false"

# help text on stdin -> roff, filled, so that man fits it to the terminal (80 columns and
# less). MODE top: headings are .SH, the usage line the SYNOPSIS; MODE sub: headings are bold
# lines. An indented line "  LABEL  text" (an option, a command, a variable, an exit code) is a
# .TP entry, the deeper indented lines after it its text; every help line stays one line of
# the page, so tests/packaging/man_pages.sh finds each in order.
roff() {
    awk -v mode="$1" '
    function esc(s) {
        gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s)
        if (s ~ /^[.\047]/) s = "\\&" s
        return s
    }
    function trim(s) { sub(/^ +/, "", s); sub(/ +$/, "", s); return s }
    NR == 1 && /^Usage: / {
        sub(/^Usage: /, "")
        if (mode == "top") { print ".SH SYNOPSIS"; print esc($0); synopsis = 1 }
        else { print ".PP"; print esc("Usage: " $0); synopsis = 1 }
        next
    }
    synopsis && /^ / { print esc(trim($0)); next }
    synopsis { synopsis = 0; if (mode == "top") print ".SH DESCRIPTION"; else print ".PP" }
    /^[A-Z][A-Za-z ]*:$/ {
        h = $0; sub(/:$/, "", h)
        if (mode == "top") print ".SH " toupper(h)
        else { print ".PP"; print ".B \"" h ":\"" }
        entry = 0; fresh = 1
        next
    }
    /^$/ { if (!fresh) print ".PP"; entry = 0; fresh = 1; next }
    /^  [^ ]/ {
        line = substr($0, 3)
        if (match(line, /  +/)) { label = substr(line, 1, RSTART - 1); text = substr(line, RSTART + RLENGTH) }
        else { label = line; text = "" }
        print ".TP"; print esc(label)
        if (text != "") print esc(text)
        entry = 1; fresh = 0
        next
    }
    /^   / { print esc(trim($0)); fresh = 0; next }
    { if (entry) print ".PP"; entry = 0; fresh = 0; print esc($0) }'
}

tmp="$OUTPUT.tmp"
: >"$tmp"
while IFS= read -r line; do
    case "$line" in
    @HELP@) "$BINARY" --help | roff top >>"$tmp" ;;
    @COMMANDS@)
        for c in $("$BINARY" --help | awk '/^Commands:$/ { on = 1; next } /^$/ { on = 0 } on { print $1 }'); do
            echo ".SS $c" >>"$tmp"
            "$BINARY" help "$c" | roff sub >>"$tmp"
        done ;;
    *) printf '%s\n' "$line" | sed "s/@VERSION@/$VERSION/g" >>"$tmp" ;;
    esac
done <"$TEMPLATE"
mv "$tmp" "$OUTPUT"
