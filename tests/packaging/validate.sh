#!/bin/sh
# Validates the desktop entry and the AppStream metadata offline.
set -eu
dir=$1
desktop-file-validate "$dir/de.xynap.console.desktop"
appstreamcli validate --no-net "$dir/de.xynap.console.metainfo.xml"
echo "packaging metadata valid"
