#!/bin/sh
# The fixture test_homes: a fresh HOME with empty XDG base directories for every test named
# (tests/CMakeLists.txt points each test's HOME and XDG_* there).
# usage: make_homes.sh ROOT TEST...
set -eu
root=$1; shift
case "$root" in */homes) ;; *) echo "make_homes: $root is not a homes directory" >&2; exit 1 ;; esac
rm -rf "$root"
for test in "$@"; do
    home="$root/$test"
    mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/.local/state"
done
echo "make_homes: $# homes under $root"
