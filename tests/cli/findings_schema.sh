#!/bin/sh
# lint --json, coverage --json and status --json against resources/schema/findings.schema.json,
# validated by python3-jsonschema (Debian's, not the project's own code). Each document must hold
# at least one finding, so that the schema is tried on real ones.
# usage: findings_schema.sh CTL SANDBOX SCHEMA WORKDIR
set -eu
CTL=$1 SANDBOX=$2 SCHEMA=$3 WORK=$4
rm -rf "$WORK"; mkdir -p "$WORK"
fail() { echo "findings_schema: FAIL: $*" >&2; exit 1; }
validate() { # FILE
    /usr/bin/python3 - "$SCHEMA" "$1" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
doc = json.load(open(sys.argv[2]))
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=str)
for e in errors:
    print("%s: %s at %s" % (sys.argv[2], e.message, list(e.absolute_path)), file=sys.stderr)
if not doc.get("findings"):
    print("%s: no findings to validate" % sys.argv[2], file=sys.stderr)
    sys.exit(1)
sys.exit(1 if errors else 0)
PY
}

# The validator refuses what the schema does not allow (the old lint and coverage keys).
printf '{"findings":[{"id":"XY-REALM","severity":"error","subject":"1und1","message":"m","why":"w","fixes":[]}]}' >"$WORK/old-keys.json"
if validate "$WORK/old-keys.json" 2>/dev/null; then fail "a finding with id instead of rule passed"; fi
printf '{"findings":[{"rule":"XY-REALM","severity":"fatal","subject":"1und1","message":"m","why":"w","fixes":[]}]}' >"$WORK/bad-severity.json"
if validate "$WORK/bad-severity.json" 2>/dev/null; then fail "severity fatal passed"; fi

data=$(dirname "$0")/../data/lint
if "$CTL" lint --file "$data/ipv6-and-realm.json" --json >"$WORK/lint.json"; then :; fi
validate "$WORK/lint.json" || fail "lint --json"

cat >"$WORK/ufw.txt" <<'UFW'
ufw allow 5060/udp
ufw allow from 92.197.176.0/24 to any port 16384:32768 proto udp
UFW
if "$CTL" coverage --ufw "$WORK/ufw.txt" --json >"$WORK/coverage.json"; then :; fi
validate "$WORK/coverage.json" || fail "coverage --json"

# 1&1 on the IPv4 profile is answered 503: status names it as a finding.
"$SANDBOX" --api-port 0 --esl-port 0 --scenario 1und1-on-ipv4 >"$WORK/sandbox.json" 2>"$WORK/sandbox.err" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
i=0; while [ ! -s "$WORK/sandbox.json" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
port=$(sed 's/.*"esl_port":\([0-9]*\).*/\1/' "$WORK/sandbox.json")
api=$(sed 's/.*"api_url":"\([^"]*\)".*/\1/' "$WORK/sandbox.json")
token=$(sed 's/.*"operator_token":"\([^"]*\)".*/\1/' "$WORK/sandbox.json")
i=0
while :; do
    XYNAP_TOKEN=$token "$CTL" --api "$api" --esl "127.0.0.1:$port" status --json >"$WORK/status.json" || true
    grep -q '"XY-GATEWAY-DOWN"' "$WORK/status.json" && break
    i=$((i+1)); [ $i -lt 20 ] || fail "1und1 never down: $(cat "$WORK/status.json")"
    sleep 0.5
done
validate "$WORK/status.json" || fail "status --json"
XYNAP_TOKEN=$token "$CTL" --api "$api" --esl "127.0.0.1:$port" lint --json >"$WORK/lint-live.json" || true
validate "$WORK/lint-live.json" || fail "lint --json against the sandbox"
echo "findings_schema: ok"
