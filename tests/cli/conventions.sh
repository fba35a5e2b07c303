#!/bin/sh
# The command-line conventions of the three real binaries: the program's own name,
# exit 64 on every usage error, per-command help, 65 for a file that cannot be read, colour only
# on a terminal and never with NO_COLOR, and profile remove taking the secrets along.
# usage: conventions.sh CONSOLE CTL SANDBOX WORKDIR
set -eu
CONSOLE=$1 CTL=$2 SANDBOX=$3 WORK=$4
rm -rf "$WORK"; mkdir -p "$WORK"
fail() { echo "conventions: FAIL: $*" >&2; exit 1; }
# expect CODE COMMAND...: runs it with stderr in $WORK/err, stdout in $WORK/out
expect() {
    want=$1; shift
    if "$@" >"$WORK/out" 2>"$WORK/err"; then rc=0; else rc=$?; fi
    [ "$rc" -eq "$want" ] || fail "$*: exit $rc, expected $want; $(cat "$WORK/err")"
}

for pair in "xynap-console:$CONSOLE" "xynapctl:$CTL" "xynap-sandbox:$SANDBOX"; do
    name=${pair%%:*} bin=${pair#*:}
    expect 0 "$bin" --version
    grep -qx "$name [0-9]*\.[0-9]*\.[0-9]*" "$WORK/out" || fail "$name --version: $(cat "$WORK/out")"
    expect 0 "$bin" --help
    head -n 1 "$WORK/out" | grep -q "^Usage: $name " || fail "$name --help: $(head -n 1 "$WORK/out")"
    expect 64 "$bin" --no-such-option
    grep -q "^$name: Unknown option 'no-such-option'" "$WORK/err" || fail "$name: $(cat "$WORK/err")"
done
expect 64 "$CONSOLE" --profile
expect 64 "$SANDBOX" --api-port nonsense
expect 64 "$SANDBOX" --tls-cert only-one.pem

# Per-command help, the same both ways, naming the command's own options only.
expect 0 "$CTL" help check; cp "$WORK/out" "$WORK/help-check"
expect 0 "$CTL" check --help
cmp -s "$WORK/out" "$WORK/help-check" || fail "help check and check --help differ"
grep -q -- "-w, --warning RANGE" "$WORK/out" || fail "help check without --warning"
expect 0 "$CTL" help lint
grep -q -- "--warning" "$WORK/out" && fail "help lint names check's --warning"
expect 64 "$CTL" help no-such-command
expect 64 "$CTL" no-such-command
expect 64 "$CTL"
expect 64 "$CTL" status --warning 1
grep -q "^xynapctl: --warning is not an option of status" "$WORK/err" || fail "$(cat "$WORK/err")"
expect 64 "$CTL" --esl 127.0.0.1:1 check -w nonsense
expect 64 "$CTL" -t 0 status
expect 64 "$CTL" --esl 127.0.0.1:1 reload --sofia-profile internal --gateway a --gateway b

# A file that cannot be read is bad data (65), for every command that reads one.
XYNAP_TOKEN=x expect 65 "$CTL" --api http://127.0.0.1:1 trunks apply "$WORK/missing.json"
expect 65 "$CTL" lint --file "$WORK/missing.json"
expect 65 "$CTL" coverage --ufw "$WORK/missing.rules"

# check against nothing that answers: UNKNOWN within the deadline -t gives, one line.
start=$(date +%s)
expect 3 "$CTL" --esl 192.0.2.1:8021 check -t 2
[ $(( $(date +%s) - start )) -le 6 ] || fail "check -t 2 took $(( $(date +%s) - start )) s"
[ "$(wc -l <"$WORK/out")" -eq 1 ] || fail "check printed more than one line: $(cat "$WORK/out")"
grep -q "^XYNAP GATEWAYS UNKNOWN - " "$WORK/out" || fail "check: $(cat "$WORK/out")"

# Colour: severity words only on a terminal, never with NO_COLOR or when piped.
data=$(dirname "$0")/../data/lint
esc=$(printf '\033')
expect 2 "$CTL" lint --file "$data/ipv6-and-realm.json"
grep -q "$esc" "$WORK/out" && fail "colour in a pipe"
script -qec "\"$CTL\" lint --file \"$data/ipv6-and-realm.json\"" /dev/null >"$WORK/tty.txt" </dev/null || true
grep -q "${esc}\[1;31mERROR" "$WORK/tty.txt" || fail "no colour on a terminal: $(head -c 300 "$WORK/tty.txt")"
NO_COLOR=1 script -qec "\"$CTL\" lint --file \"$data/ipv6-and-realm.json\"" /dev/null >"$WORK/nocolor.txt" </dev/null || true
grep -q "ERROR" "$WORK/nocolor.txt" || fail "lint said nothing on a terminal"
grep -q "$esc" "$WORK/nocolor.txt" && fail "colour despite NO_COLOR"

# profile remove takes the profile's token and Event Socket passwords out of the keychain.
export XDG_CONFIG_HOME="$WORK/config"
"$CTL" profile add gone --api http://127.0.0.1:1 --esl 127.0.0.1:8021 >/dev/null || fail "profile add"
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo tok | "$CTL" token set --profile gone >/dev/null || fail "token set"
    echo pw | "$CTL" token set --profile gone --esl-password >/dev/null || fail "esl password set"
    expect 0 "$CTL" profile remove gone
    grep -q "the API token removed from the keychain" "$WORK/out" || fail "remove: $(cat "$WORK/out")"
    grep -q "the Event Socket password for 127.0.0.1:8021 removed from the keychain" "$WORK/out" || fail "remove: $(cat "$WORK/out")"
    expect 1 "$CTL" token status --profile gone
    grep -q "not stored" "$WORK/out" || fail "the token outlived its profile"
    expect 1 "$CTL" token status --profile gone --esl 127.0.0.1:8021 --esl-password
    grep -q "not stored" "$WORK/out" || fail "the ESL password outlived its profile"
else
    expect 0 "$CTL" profile remove gone
fi
expect 64 "$CTL" profile remove gone

# A profile name is one word of the names' grammar (profile list feeds the shell
# completion); token set reads one bounded line, and nothing with a control character.
expect 64 "$CTL" profile add "$(printf 'bad\nname')" --api http://127.0.0.1:1
expect 64 "$CTL" profile add "$(printf 'x\033]0;owned\007')" --api http://127.0.0.1:1
expect 64 "$CTL" profile add "$(head -c 5000 /dev/zero | tr '\0' p)" --api http://127.0.0.1:1
"$CTL" profile list >"$WORK/list.txt"
grep -q "$esc" "$WORK/list.txt" && fail "profile list printed an escape"
[ "$(wc -l <"$WORK/list.txt")" -eq 0 ] || fail "a bad profile name was saved: $(cat "$WORK/list.txt")"
start=$(date +%s)
expect 64 sh -c 'head -c 200000000 /dev/zero | "$0" token set --profile bounded' "$CTL"
grep -q "longer than 65536 bytes" "$WORK/err" || fail "token set from /dev/zero: $(cat "$WORK/err")"
[ $(( $(date +%s) - start )) -le 10 ] || fail "token set read /dev/zero for $(( $(date +%s) - start )) s"
expect 64 sh -c 'printf "tok\033]0;x\007\n" | "$0" token set --profile bounded' "$CTL"
grep -q "control character" "$WORK/err" || fail "token set with ESC: $(cat "$WORK/err")"
echo "conventions: ok"
