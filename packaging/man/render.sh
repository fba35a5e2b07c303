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

# help text on stdin -> roff. MODE top: headings are .SH, the usage line the SYNOPSIS;
# MODE sub: headings are bold lines. Everything else verbatim in no-fill mode.
roff() {
    awk -v mode="$1" '
    function esc(s) {
        gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s)
        if (s ~ /^[.\047]/) s = "\\&" s
        return s
    }
    function nf() { if (!open) { print ".nf"; open = 1 } }
    function fi() { if (open) { print ".fi"; open = 0 } }
    NR == 1 && /^Usage: / {
        sub(/^Usage: /, "")
        if (mode == "top") { print ".SH SYNOPSIS"; nf(); print esc($0); synopsis = 1 }
        else { nf(); print esc("Usage: " $0) }
        next
    }
    synopsis && /^ / { print esc($0); next }
    synopsis { fi(); print ".SH DESCRIPTION"; synopsis = 0 }
    /^[A-Z][A-Za-z ]*:$/ {
        fi()
        h = $0; sub(/:$/, "", h)
        if (mode == "top") print ".SH " toupper(h)
        else { print ".PP"; print ".B \"" h ":\"" }
        next
    }
    /^$/ && !open { next }
    { nf(); print esc($0) }
    END { fi() }'
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
