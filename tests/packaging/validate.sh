#!/bin/sh
# Validates the desktop entry and the AppStream metadata.
set -eu
dir=$1
desktop-file-validate "$dir/de.xynap.console.desktop"
# As a packager runs it (with the network): a URL that does not answer fails, so the project
# names no web page it does not have.
appstreamcli validate "$dir/de.xynap.console.metainfo.xml"
if grep -rn 'xynap\.example/' "$dir"; then echo "a placeholder URL" >&2; exit 1; fi
echo "packaging metadata valid"
