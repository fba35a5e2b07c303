#!/bin/sh
# The suite never writes into the ~/.config of whoever runs it: every test ctest knows has HOME
# and XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME of its own (its name
# under the homes directory, made afresh by the fixture test_homes), and a program that keeps
# settings (xynapctl profile add) writes them there — not into the real home.
# usage: isolated_homes.sh CTEST BUILD_DIR HOMES XYNAPCTL
set -eu
CTEST=$1 BUILD=$2 HOMES=$3 CTL=$4
fail() { echo "isolated_homes: FAIL: $*" >&2; exit 1; }

# 1. What ctest gives every test.
"$CTEST" --test-dir "$BUILD" --show-only=json-v1 >"$HOMES/ctest.json" 2>/dev/null \
    || fail "ctest --show-only failed"
python3 - "$HOMES/ctest.json" "$HOMES" <<'PY' || fail "a test without a home of its own"
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
homes = sys.argv[2]
want = {"HOME": "", "XDG_CONFIG_HOME": "/.config", "XDG_DATA_HOME": "/.local/share",
        "XDG_CACHE_HOME": "/.cache", "XDG_STATE_HOME": "/.local/state"}
bad, checked = [], 0
for t in tests:
    name = t["name"]
    if name == "test_homes":
        continue
    props = {p["name"]: p["value"] for p in t.get("properties", [])}
    env = {}
    for entry in props.get("ENVIRONMENT", []):  # the last assignment wins, as in ctest
        key, _, value = entry.partition("=")
        env[key] = value
    for key, tail in want.items():
        if env.get(key) != f"{homes}/{name}{tail}":
            bad.append(f"{name}: {key}={env.get(key)}")
    if "test_homes" not in props.get("FIXTURES_REQUIRED", []):
        bad.append(f"{name}: does not require the fixture test_homes")
    checked += 1
if checked < 10 or bad:
    print("\n".join(bad) or f"only {checked} tests", file=sys.stderr)
    sys.exit(1)
print(f"isolated_homes: {checked} tests, each with its own HOME and XDG directories")
PY

# 2. This test's own environment is such a home, and not the real one.
real=$(getent passwd "$(id -u)" | cut -d: -f6)
[ "$HOME" = "$HOMES/isolated_homes" ] || fail "HOME is $HOME"
[ "$XDG_CONFIG_HOME" = "$HOME/.config" ] || fail "XDG_CONFIG_HOME is $XDG_CONFIG_HOME"
case "$XDG_CONFIG_HOME" in "$real"/.config*) fail "XDG_CONFIG_HOME is the real one" ;; esac

# 3. Settings land in the test's home; the real ~/.config does not get them.
probe="isolation-probe-$$"
"$CTL" profile add "$probe" --api http://127.0.0.1:1 >/dev/null || fail "profile add"
grep -rqs "$probe" "$XDG_CONFIG_HOME" || fail "the profile is not in $XDG_CONFIG_HOME"
if [ -n "$real" ] && [ "$real" != "$HOME" ] && grep -rqs "$probe" "$real/.config"; then
    fail "the profile went into $real/.config"
fi
echo "isolated_homes: ok"
