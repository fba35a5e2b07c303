#!/bin/sh
# xynap-sandbox takes its secrets from a file or the environment (not only the command line,
# where `ps` shows them), refuses two sources at once and files that are not regular files.
# usage: sandbox_secrets.sh SANDBOX WORKDIR
set -eu
SANDBOX=$1 WORK=$2
rm -rf "$WORK"; mkdir -p "$WORK"
fail() { echo "sandbox_secrets: FAIL: $*" >&2; exit 1; }

# Starts the sandbox with the given arguments (and environment), prints its JSON line, stops it.
first_line() {
    out="$WORK/out.$$"; : >"$out"
    "$@" --api-port 0 --esl-port 0 >"$out" 2>"$WORK/err.txt" &
    pid=$!
    i=0; while [ ! -s "$out" ] && [ $i -lt 100 ] && kill -0 $pid 2>/dev/null; do sleep 0.1; i=$((i+1)); done
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    head -n 1 "$out"
}

printf 'from-a-file\n' >"$WORK/op.token"; chmod 600 "$WORK/op.token"
printf 'xml:curl\n' >"$WORK/xmlcurl"
line=$(first_line "$SANDBOX" --operator-token-file "$WORK/op.token" --xml-curl-credentials-file "$WORK/xmlcurl")
echo "$line" | grep -q '"operator_token":"from-a-file"' || fail "token file: $line $(cat "$WORK/err.txt")"

line=$(XYNAP_SANDBOX_OPERATOR_TOKEN=from-env XYNAP_SANDBOX_READONLY_TOKEN=ro-env first_line "$SANDBOX")
echo "$line" | grep -q '"operator_token":"from-env"' || fail "environment: $line"
echo "$line" | grep -q '"readonly_token":"ro-env"' || fail "environment (read-only): $line"

line=$(first_line "$SANDBOX" --operator-token on-the-command-line)
echo "$line" | grep -q '"operator_token":"on-the-command-line"' || fail "the old option: $line"

if "$SANDBOX" --api-port 0 --esl-port 0 --operator-token a --operator-token-file "$WORK/op.token" 2>"$WORK/two.txt"; then
    fail "two sources were accepted"
fi
grep -q 'only one of' "$WORK/two.txt" || fail "two sources: $(cat "$WORK/two.txt")"
if "$SANDBOX" --api-port 0 --esl-port 0 --operator-token-file /dev/zero 2>"$WORK/zero.txt"; then
    fail "/dev/zero was accepted"
fi
grep -q 'not a regular file' "$WORK/zero.txt" || fail "/dev/zero: $(cat "$WORK/zero.txt")"
"$SANDBOX" --help | grep -q 'XYNAP_SANDBOX_OPERATOR_TOKEN' || fail "--help does not name the variable"
echo "sandbox_secrets: ok"
