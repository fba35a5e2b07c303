#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring, so keychain tests
# talk to a real Secret Service and nothing touches the user's own keyring.
set -eu
XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_DATA_HOME XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf %s xynap-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i+1)); [ $i -gt 100 ] && { echo "with-session: gnome-keyring did not start" >&2; exit 1; }
    sleep 0.1
  done
  exec "$@"' sh "$@"
