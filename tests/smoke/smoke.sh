#!/bin/sh
# Runs the three real binaries the way an operator would, offscreen.
# usage: smoke.sh CONSOLE CTL SANDBOX WORKDIR
set -eu
CONSOLE=$1 CTL=$2 SANDBOX=$3 WORK=$4
rm -rf "$WORK"; mkdir -p "$WORK"
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

for b in "$CONSOLE" "$CTL" "$SANDBOX"; do
    "$b" --version | grep -q '[0-9]\.[0-9]' || fail "$b --version"
    "$b" --help >/dev/null || fail "$b --help"
done

"$SANDBOX" --api-port 0 --esl-port 0 --operator-token smoke-op --readonly-token smoke-ro >"$WORK/sandbox.json" 2>"$WORK/sandbox.err" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
i=0; while [ ! -s "$WORK/sandbox.json" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
line=$(head -n 1 "$WORK/sandbox.json")
for key in api_url esl_host esl_port esl_password operator_token readonly_token; do
    echo "$line" | grep -q "\"$key\"" || fail "sandbox JSON line lacks $key: $line"
done
api=$(echo "$line" | sed 's/.*"api_url":"\([^"]*\)".*/\1/')
port=$(echo "$line" | sed 's/.*"esl_port":\([0-9]*\).*/\1/')

XYNAP_TOKEN=smoke-op "$CTL" --api "$api" trunks list >"$WORK/trunks.txt" || fail "xynapctl trunks list"
grep -q plusnet "$WORK/trunks.txt" && grep -q 1und1 "$WORK/trunks.txt" || fail "trunks list: $(cat "$WORK/trunks.txt")"
if XYNAP_TOKEN=wrong "$CTL" --api "$api" trunks list 2>"$WORK/denied.txt"; then fail "a wrong token was accepted"; else rc=$?; fi
[ "$rc" -eq 77 ] || fail "wrong token: exit $rc, expected 77"
XYNAP_TOKEN=smoke-op "$CTL" --api "$api" lint >"$WORK/lint.txt" || fail "the documented setup does not lint clean: $(cat "$WORK/lint.txt")"
data=$(dirname "$0")/../data/lint
if "$CTL" lint --file "$data/ipv6-and-realm.json" >"$WORK/lint-broken.txt"; then rc=0; else rc=$?; fi
[ "$rc" -eq 2 ] || fail "lint of a broken file: exit $rc, expected 2"
grep -q XY-IPV6-BRACKETS "$WORK/lint-broken.txt" && grep -q XY-REALM "$WORK/lint-broken.txt" || fail "lint did not name both mistakes"
sleep 1.5
"$CTL" --esl "127.0.0.1:$port" status --json >"$WORK/status.json" || fail "xynapctl status"
grep -q '"REGED"' "$WORK/status.json" || fail "1und1 not REGED: $(cat "$WORK/status.json")"
if XYNAP_ESL_PASSWORD=wrong "$CTL" --esl "127.0.0.1:$port" status 2>"$WORK/eslpw.txt"; then fail "wrong ESL password accepted"; fi
grep -q "password" "$WORK/eslpw.txt" || fail "no password message: $(cat "$WORK/eslpw.txt")"

# Connection profile + keychain token + export/apply with If-Match (real gnome-keyring when run
# by `./setup.sh test`, which wraps ctest in tests/with-session.sh).
export XDG_CONFIG_HOME="$WORK/config"
"$CTL" profile add smoke --api "$api" --esl "127.0.0.1:$port" >/dev/null || fail "profile add"
"$CTL" profile list | grep -q "^smoke " || fail "profile list"
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo smoke-op | "$CTL" token set --profile smoke >/dev/null || fail "token set"
    "$CTL" token status --profile smoke | grep -q "is stored" || fail "token status"
    grep -rq smoke-op "$WORK/config" && fail "the token reached a settings file"
    "$CTL" --profile smoke trunks export >"$WORK/export.json" || fail "trunks export with the keychain token"
    grep -q '"etag"' "$WORK/export.json" || fail "export without ETags"
    "$CTL" --profile smoke trunks apply "$WORK/export.json" >/dev/null || fail "applying an unchanged export"
    # Someone else changes 1und1: the old export must be refused, nothing overwritten.
    XYNAP_TOKEN=smoke-op "$CTL" --api "$api" trunks export >"$WORK/export2.json"
    sed 's/"caller_id": "+493455664337"/"caller_id": "+493455630488"/' "$WORK/export2.json" >"$WORK/theirs.json"
    "$CTL" --profile smoke trunks apply "$WORK/theirs.json" >/dev/null || fail "apply of their change"
    if "$CTL" --profile smoke trunks apply "$WORK/export.json" 2>"$WORK/conflict.txt"; then fail "a stale export overwrote a change"; fi
    grep -q "1und1: changed on the platform" "$WORK/conflict.txt" || fail "conflict not named: $(cat "$WORK/conflict.txt")"
    "$CTL" token clear --profile smoke >/dev/null || fail "token clear"
    # The Event Socket password from the keychain, per node: a wrong one is refused, the right
    # one works, and neither reaches a file.
    echo wrong-esl | "$CTL" token set --profile smoke --esl-password >/dev/null || fail "esl password set"
    if "$CTL" --profile smoke status 2>"$WORK/eslkc.txt"; then fail "the keychain's wrong ESL password was not used"; fi
    grep -q "password" "$WORK/eslkc.txt" || fail "no password message: $(cat "$WORK/eslkc.txt")"
    echo ClueCon | "$CTL" token set --profile smoke --esl-password >/dev/null || fail "esl password set"
    "$CTL" --profile smoke status >/dev/null || fail "status with the keychain's ESL password"
    grep -rq wrong-esl "$WORK/config" && fail "the ESL password reached a settings file"
    "$CTL" token clear --profile smoke --esl-password >/dev/null || fail "esl password clear"
fi
"$CTL" profile remove smoke >/dev/null || fail "profile remove"

kill -TERM $pid; wait $pid || fail "sandbox did not stop cleanly on SIGTERM"
trap - EXIT

"$CONSOLE" --demo --screenshot "$WORK/demo.png" || fail "console --demo --screenshot"
[ "$(head -c 4 "$WORK/demo.png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "not a PNG"
echo "smoke: all binaries behave"

# HTTPS: the sandbox with a certificate of a private CA. Without the CA the console refuses and
# says why (exit 69); the profile's CA file or the key's pin make it trusted.
tls=$(dirname "$0")/../data/tls
"$SANDBOX" --api-port 0 --esl-port 0 --operator-token smoke-op --tls-cert "$tls/server.pem" --tls-key "$tls/server.key" >"$WORK/tls.json" 2>"$WORK/tls.err" &
tlspid=$!
trap 'kill $pid $tlspid 2>/dev/null || true' EXIT
i=0; while [ ! -s "$WORK/tls.json" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
tlsapi=$(sed 's/.*"api_url":"\([^"]*\)".*/\1/' "$WORK/tls.json")
case "$tlsapi" in https://*) ;; *) fail "the TLS sandbox does not serve https: $tlsapi" ;; esac
if XYNAP_TOKEN=smoke-op "$CTL" --api "$tlsapi" trunks list 2>"$WORK/tls-refused.txt"; then fail "an untrusted certificate was accepted"; else rc=$?; fi
[ "$rc" -eq 69 ] || fail "untrusted certificate: exit $rc, expected 69"
grep -q "CA file or public-key pin" "$WORK/tls-refused.txt" || fail "TLS refusal unexplained: $(cat "$WORK/tls-refused.txt")"
XYNAP_TOKEN=smoke-op "$CTL" --api "$tlsapi" --ca-file "$tls/ca.pem" trunks list | grep -q 1und1 || fail "trunks over HTTPS with --ca-file"
"$CTL" profile add tls --api "$tlsapi" --pin LaaR9P9tbbe1PwW2nQFeaAuLHvbFAvHqlI/XLzvmfWE= >/dev/null || fail "profile add with a pin"
XYNAP_TOKEN=smoke-op "$CTL" --profile tls trunks list | grep -q plusnet || fail "trunks over HTTPS with the profile's pin"
"$CTL" profile remove tls >/dev/null
