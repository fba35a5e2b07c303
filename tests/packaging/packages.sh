#!/bin/sh
# Builds the Debian packages with cpack into a directory of its own (from / : nothing depends on
# the build tree's place) and checks them as Debian would: the files each package holds, stripped
# binaries with the symbols in -dbgsym, man pages, completion, copyright and changelog, no path
# of the build tree in any file, and lintian without an error or a warning for every package it
# produced (.deb and -dbgsym .ddeb).
# usage: packages.sh CPACK BUILD_DIR SOURCE_DIR WORKDIR
set -eu
CPACK=$1 BUILD=$2 SOURCE=$3 WORK=$4
rm -rf "$WORK"; mkdir -p "$WORK"
fail() { echo "packages: FAIL: $*" >&2; exit 1; }

(cd / && "$CPACK" --config "$BUILD/CPackConfig.cmake" -B "$WORK" >"$WORK/cpack.log" 2>&1) \
    || fail "cpack: $(tail -n 20 "$WORK/cpack.log")"
deb() { ls "$WORK"/$1_*.$2 2>/dev/null | head -n 1; }
console=$(deb xynap-console deb) sandbox=$(deb xynap-sandbox deb)
console_dbg=$(deb xynap-console-dbgsym ddeb) sandbox_dbg=$(deb xynap-sandbox-dbgsym ddeb)
for f in "$console" "$sandbox" "$console_dbg" "$sandbox_dbg"; do
    [ -n "$f" ] || fail "a package is missing: $(ls "$WORK")"
done

contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
contents "$console" >"$WORK/console.txt"
contents "$sandbox" >"$WORK/sandbox.txt"
for f in /usr/bin/xynap-console /usr/bin/xynapctl \
    /usr/share/applications/de.xynap.console.desktop \
    /usr/share/metainfo/de.xynap.console.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/de.xynap.console.svg \
    /usr/share/man/man1/xynapctl.1.gz /usr/share/man/man1/xynap-console.1.gz \
    /usr/share/bash-completion/completions/xynapctl /usr/share/zsh/vendor-completions/_xynapctl \
    /usr/share/doc/xynap-console/copyright /usr/share/doc/xynap-console/changelog.gz \
    /usr/share/xynap-console/findings.schema.json \
    /usr/lib/systemd/system/xynap-serve.service \
    /usr/share/xynap-console/prometheus/xynap.rules.yml \
    /usr/share/xynap-console/prometheus/xynap-grafana-dashboard.json; do
    grep -qx "$f" "$WORK/console.txt" || fail "xynap-console lacks $f"
done
# The service is shipped disabled: no maintainer script enables or starts it.
dpkg-deb -e "$console" "$WORK/control"
for script in postinst preinst prerm postrm; do
    if [ -e "$WORK/control/$script" ] && grep -q 'systemctl\|deb-systemd' "$WORK/control/$script"; then
        fail "xynap-console's $script enables a service"
    fi
done
for f in /usr/bin/xynap-sandbox /usr/share/man/man1/xynap-sandbox.1.gz \
    /usr/share/doc/xynap-sandbox/copyright /usr/share/doc/xynap-sandbox/changelog.gz; do
    grep -qx "$f" "$WORK/sandbox.txt" || fail "xynap-sandbox lacks $f"
done
grep -q xynap-sandbox "$WORK/console.txt" && fail "the sandbox is in the production package"
grep -q '^/usr/bin/xynapctl$\|^/usr/bin/xynap-console$' "$WORK/sandbox.txt" && fail "the console is in xynap-sandbox"
[ "$(dpkg-deb -f "$console" Suggests)" = xynap-sandbox ] || fail "xynap-console does not suggest xynap-sandbox"

dpkg-deb -x "$console" "$WORK/root"
dpkg-deb -x "$sandbox" "$WORK/root"
dpkg-deb -x "$console_dbg" "$WORK/dbg"
dpkg-deb -x "$sandbox_dbg" "$WORK/dbg"
for b in xynap-console xynapctl xynap-sandbox; do
    info=$(file -b "$WORK/root/usr/bin/$b")
    case "$info" in *", stripped"*) ;; *) fail "$b is not stripped: $info" ;; esac
    id=$(echo "$info" | sed -n 's/.*BuildID\[sha1\]=\([0-9a-f]*\).*/\1/p')
    dir=$(echo "$id" | cut -c1-2) rest=$(echo "$id" | cut -c3-)
    [ -f "$WORK/dbg/usr/lib/debug/.build-id/$dir/$rest.debug" ] || fail "no debug symbols for $b ($id)"
done
# What the binaries and the documents hold must not depend on where the tree was built.
if grep -rlaF -e "$BUILD" -e "$SOURCE" "$WORK/root" >"$WORK/paths.txt"; then
    fail "build paths baked into: $(cat "$WORK/paths.txt")"
fi

# The desktop entry opens the connect dialog, offers the NOC, and is found by its window class.
desktop="$WORK/root/usr/share/applications/de.xynap.console.desktop"
grep -qx 'Exec=xynap-console' "$desktop" || fail "the menu entry does not open the connect dialog"
grep -qx 'Exec=xynap-console --noc' "$desktop" || fail "no NOC dashboard action"
grep -qx 'StartupWMClass=xynap-console' "$desktop" || fail "no StartupWMClass"
desktop-file-validate "$desktop" || fail "desktop-file-validate"

for page in "$WORK"/root/usr/share/man/man1/*.gz; do
    gzip -t "$page" || fail "$page is no gzip"
    [ "$(od -An -tx1 -j4 -N4 "$page" | tr -d ' ')" = 00000000 ] || fail "$page has a gzip timestamp"
done

# The -dbgsym packages as debhelper makes them: md5sums by path in the package (not the build
# tree's staging path), .debug files 0644, the doc directory a link to the package's own.
for dbg in "$console_dbg" "$sandbox_dbg"; do
    name=$(dpkg-deb -f "$dbg" Package)
    dpkg-deb -I "$dbg" md5sums >"$WORK/$name.md5sums"
    grep -v '^[0-9a-f]\{32\}  usr/lib/debug/\.build-id/[0-9a-f][0-9a-f]/[0-9a-f]*\.debug$' \
        "$WORK/$name.md5sums" && fail "$name: md5sums: $(cat "$WORK/$name.md5sums")"
    dpkg-deb -c "$dbg" | grep '\.debug$' | grep -v '^-rw-r--r-- ' && fail "$name: a .debug file is not 0644"
    dpkg-deb -c "$dbg" | grep -q "^l.* \./usr/share/doc/$name -> ${name%-dbgsym}$" \
        || fail "$name: no doc link to ${name%-dbgsym}: $(dpkg-deb -c "$dbg")"
done
for dbg in "$console_dbg" "$sandbox_dbg"; do
    dpkg-deb --ctrl-tarfile "$dbg" | tar -xO | grep -aF -e "$BUILD" -e "$SOURCE" \
        && fail "$(basename "$dbg"): its control files name the build tree"
done

# The installed console answers --help and --version without a display (SSH, help2man, a
# packager's smoke test): no platform plugin is loaded for them.
for arg in --help --version; do
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$WORK/root/usr/bin/xynap-console" $arg \
        >"$WORK/installed.txt" 2>&1 || fail "installed xynap-console $arg: $(cat "$WORK/installed.txt")"
done
grep -qx "xynap-console [0-9.]*" "$WORK/installed.txt" || fail "installed --version: $(cat "$WORK/installed.txt")"
# bash-completion loads the completion the package installs.
dpkg-deb -f "$console" Recommends | grep -q '\bbash-completion\b' \
    || fail "xynap-console does not recommend bash-completion"
dpkg-deb -f "$console" | grep -qi '^Homepage: .*example' && fail "a placeholder Homepage"

# Every package cpack produced, .deb and .ddeb: lintian without an error or a warning (infos
# are shown, not fatal).
set -- "$WORK"/*.deb "$WORK"/*.ddeb
[ "$#" -eq 4 ] || fail "expected 4 packages, found $#: $*"
lintian --fail-on error,warning "$@" >"$WORK/lintian.txt" 2>&1 \
    || fail "lintian: $(cat "$WORK/lintian.txt")"
grep -E '^[EW]: ' "$WORK/lintian.txt" && fail "lintian: $(cat "$WORK/lintian.txt")"
echo "packages: ok ($(for p in "$@"; do basename "$p"; done | tr '\n' ' '))"
