#!/bin/sh
# Makes a -dbgsym package CPackDeb built (CMake 3.25) one a Debian developer would sign: its
# md5sums name the files by their path in the package (CPackDeb writes the absolute path of its
# staging tree, which names the build directory), the .debug files are plain data (0644, not
# 0755), and its copyright and changelog are those of its package, as debhelper's are.
# usage: fix-dbgsym.sh DDEB
set -eu
ddeb=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 022
dpkg-deb -R "$ddeb" "$work/pkg"
package=$(dpkg-deb -f "$ddeb" Package)
find "$work/pkg/usr/lib/debug" -type f -name '*.debug' -exec chmod 0644 {} +
# Its documents are those of the package it belongs to (Depends: PACKAGE (= VERSION)): the doc
# directory is a symlink to that package's, as debhelper makes it (lintian refuses any other
# file in a debug package).
main=${package%-dbgsym}
mkdir -p "$work/pkg/usr/share/doc"
ln -s "$main" "$work/pkg/usr/share/doc/$package"
touch -h -r "$work/pkg/usr/lib/debug" "$work/pkg/usr/share/doc/$package" \
    "$work/pkg/usr/share/doc" "$work/pkg/usr/share" "$work/pkg/usr" "$work/pkg"
(cd "$work/pkg" && find usr -type f | LC_ALL=C sort | xargs md5sum) >"$work/pkg/DEBIAN/md5sums"
chmod 0644 "$work/pkg/DEBIAN/md5sums"
size=$(du -sk --exclude=DEBIAN "$work/pkg" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/pkg/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip --build "$work/pkg" "$ddeb" >/dev/null
