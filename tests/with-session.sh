#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring, so keychain tests
# talk to a real Secret Service and nothing touches the user's own keyring — nor the user's
# ~/.config, ~/.local or ~/.cache: HOME and the XDG base directories are a temporary tree of
# the session's own, removed afterwards. (ctest gives each test its own on top, see
# tests/CMakeLists.txt; the keyring's files stay in the session's XDG_DATA_HOME, named again as
# XYNAP_KEYRING_DATA_HOME.)
set -eu
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_DATA_HOME="$root/home/.local/share"
XDG_CACHE_HOME="$root/home/.cache" XDG_STATE_HOME="$root/home/.local/state"
XDG_RUNTIME_DIR="$root/runtime" XYNAP_KEYRING_DATA_HOME="$root/home/.local/share"
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME XDG_RUNTIME_DIR \
    XYNAP_KEYRING_DATA_HOME
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
rc=0
dbus-run-session -- sh -c '
  printf %s xynap-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i+1)); [ $i -gt 100 ] && { echo "with-session: gnome-keyring did not start" >&2; exit 1; }
    sleep 0.1
  done
  exec "$@"' sh "$@" || rc=$?
exit $rc
