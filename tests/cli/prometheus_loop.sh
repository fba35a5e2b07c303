#!/bin/sh
# `xynapctl serve` in the loop with the real Prometheus (Debian's, setup.sh installs it): the
# sandbox runs 1&1 on the IPv4 profile (1&1 answers 503), serve watches it, `promtool check
# metrics` must accept the exposition, Prometheus scrapes serve every second with the bearer
# token from a file, and its HTTP query API must show the gateway down with the diagnosis, and
# the alert rules (a copy with `for: 0s`) firing with the diagnosis in the annotation. Then
# `check --from` must say what a `check` of its own says, with the same exit code.
# usage: prometheus_loop.sh CTL SANDBOX RULES WORKDIR
set -eu
CTL=$1 SANDBOX=$2 RULES=$3 WORK=$4
rm -rf "$WORK"; mkdir -p "$WORK"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$XDG_CONFIG_HOME"
pids=""
cleanup() { for p in $pids; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
fail() {
    echo "prometheus_loop: FAIL: $*" >&2
    for f in "$WORK"/*.err "$WORK"/prometheus.log; do
        [ -s "$f" ] && { echo "--- $f" >&2; tail -20 "$f" >&2; }
    done
    exit 1
}
# Waits (at most about 60 s) until the command succeeds; says what it waited for otherwise.
await() { # WHAT COMMAND...
    what=$1; shift
    i=0
    until "$@" >/dev/null 2>&1; do
        i=$((i+1)); [ $i -lt 300 ] || fail "$what"
        sleep 0.2
    done
}
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$SANDBOX" --api-port 0 --esl-port 0 --scenario 1und1-on-ipv4 >"$WORK/sandbox.json" 2>"$WORK/sandbox.err" &
pids="$pids $!"
await "the sandbox never said its ports" test -s "$WORK/sandbox.json"
esl=$(sed 's/.*"esl_port":\([0-9]*\).*/\1/' "$WORK/sandbox.json")
api=$(sed 's/.*"api_url":"\([^"]*\)".*/\1/' "$WORK/sandbox.json")
XYNAP_TOKEN=$(sed 's/.*"operator_token":"\([^"]*\)".*/\1/' "$WORK/sandbox.json")
export XYNAP_TOKEN

# The token scrapers must send, in a file only its owner reads.
umask 077
head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$WORK/scrape.token"
umask 022

# Beyond loopback without credentials: refused (64), nothing listens.
rc=0; "$CTL" --api "$api" --esl "127.0.0.1:$esl" serve --listen 0.0.0.0:0 2>"$WORK/open.err" || rc=$?
[ $rc -eq 64 ] || fail "serve --listen 0.0.0.0 without credentials: exit $rc, expected 64"

port=$(free_port)
"$CTL" --api "$api" --esl "127.0.0.1:$esl" serve --listen "127.0.0.1:$port" \
    --auth-file "$WORK/scrape.token" --api-refresh 5 2>"$WORK/serve.err" &
serve_pid=$!
pids="$pids $serve_pid"
url="http://127.0.0.1:$port/metrics"
scrape() { curl -fsS -H "Authorization: Bearer $(cat "$WORK/scrape.token")" "$url"; }
down_with_cause() {
    scrape >"$WORK/metrics.txt" && grep -q '^xynap_gateway_diagnosis_info{node="127.0.0.1:'"$esl"'",profile="external-ipv4",gateway="1und1",provider="1und1",health="down",.*cause="[^"]' "$WORK/metrics.txt"
}
await "serve never showed 1und1 down with a cause: $(grep 1und1 "$WORK/metrics.txt" 2>/dev/null | head -3)" down_with_cause
# The 503 comes with 1&1's next answer, an event a one-shot check never sees.
sip503() { scrape >"$WORK/metrics.txt" && grep -q '^xynap_gateway_last_sip_code{.*gateway="1und1".*} 503$' "$WORK/metrics.txt"; }
await "1und1's last SIP code never became 503" sip503

# Without the token, or with another one: 401, and counted.
code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
[ "$code" = 401 ] || fail "a scrape without the token got HTTP $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer wrong' "$url")
[ "$code" = 401 ] || fail "a scrape with a wrong token got HTTP $code"
scrape | grep -q '^xynap_exporter_scrape_errors_total{reason="unauthorized"} 2$' \
    || fail "the refused scrapes are not counted"

# promtool's own reading of the exposition, lint included.
promtool check metrics <"$WORK/metrics.txt" >"$WORK/promtool.err" 2>&1 \
    || fail "promtool check metrics: $(cat "$WORK/promtool.err")"
# …and it can fail: a counter without _total is refused.
printf '# HELP x_calls calls\n# TYPE x_calls counter\nx_calls 1\n' | promtool check metrics >/dev/null 2>&1 \
    && fail "promtool accepted a counter without _total: the check above proves nothing"

# Every family has HELP and TYPE; label values are what the sandbox named, nothing else.
for family in xynap_gateway_up xynap_gateway_state xynap_gateway_last_sip_code \
    xynap_gateway_calls_total xynap_gateway_diagnosis_info xynap_trunk_lint_findings \
    xynap_node_up xynap_node_last_data_timestamp_seconds xynap_node_reconnects_total \
    xynap_exporter_scrape_errors_total; do
    grep -q "^# HELP $family " "$WORK/metrics.txt" || fail "no HELP for $family"
    grep -q "^# TYPE $family " "$WORK/metrics.txt" || fail "no TYPE for $family"
    grep -q "^$family[{ ]" "$WORK/metrics.txt" || fail "no sample of $family"
done
grep -q '^xynap_gateway_up{node="127.0.0.1:'"$esl"'",profile="external-ipv4",gateway="1und1",provider="1und1"} 0$' "$WORK/metrics.txt" \
    || fail "1und1 is not up 0: $(grep '^xynap_gateway_up' "$WORK/metrics.txt")"
grep -q '^xynap_node_up{node="127.0.0.1:'"$esl"'"} 1$' "$WORK/metrics.txt" || fail "the node is not up"

# Prometheus itself, on loopback, with its own storage, scraping every second.
sed 's/^\( *for:\).*/\1 0s/' "$RULES" >"$WORK/rules.yml"
cat >"$WORK/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - $WORK/rules.yml
scrape_configs:
  - job_name: xynap
    authorization:
      credentials_file: $WORK/scrape.token
    static_configs:
      - targets: ["127.0.0.1:$port"]
EOF
promtool check config "$WORK/prometheus.yml" >"$WORK/promtool-config.err" 2>&1 \
    || fail "promtool check config: $(cat "$WORK/promtool-config.err")"
pport=$(free_port)
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
    --web.listen-address="127.0.0.1:$pport" >"$WORK/prometheus.log" 2>&1 &
pids="$pids $!"
promql() { # QUERY -> the JSON answer of /api/v1/query
    curl -fsS --get "http://127.0.0.1:$pport/api/v1/query" --data-urlencode "query=$1"
}
has_result() { promql "$1" | grep -q '"result":\[{'; }

await "Prometheus never scraped serve (up{job=\"xynap\"} == 1)" has_result 'up{job="xynap"} == 1'
await "Prometheus never had 1und1 at up 0" \
    has_result 'xynap_gateway_up{gateway="1und1",provider="1und1"} == 0'
await "Prometheus never had 1und1's diagnosis as down" \
    has_result 'xynap_gateway_diagnosis_info{gateway="1und1",health="down",cause!=""}'
promql 'xynap_gateway_diagnosis_info{gateway="1und1"}' >"$WORK/diagnosis.json"
/usr/bin/python3 - "$WORK/diagnosis.json" <<'PY' || fail "the diagnosis in Prometheus does not name the cause: $(cat "$WORK/diagnosis.json")"
import json, sys
result = json.load(open(sys.argv[1]))["data"]["result"]
assert len(result) == 1, result
m = result[0]["metric"]
assert m["health"] == "down" and m["presence"] == "running", m
assert "1&1 must run over IPv6" in m["cause"], m
assert "1&1 must run over IPv6" in m["summary"], m
PY
await "the alert XynapGatewayDown never fired for 1und1" \
    has_result 'ALERTS{alertname="XynapGatewayDown",alertstate="firing",gateway="1und1"}'
await "the alert XynapTrunkLintError never fired for 1und1" \
    has_result 'ALERTS{alertname="XynapTrunkLintError",alertstate="firing",gateway="1und1"}'
# The annotation carries the diagnosis, looked up by the rule's template.
curl -fsS "http://127.0.0.1:$pport/api/v1/alerts" >"$WORK/alerts.json"
/usr/bin/python3 - "$WORK/alerts.json" <<'PY' || fail "the alert's description lacks the diagnosis: $(cat "$WORK/alerts.json")"
import json, sys
alerts = json.load(open(sys.argv[1]))["data"]["alerts"]
down = [a for a in alerts if a["labels"].get("alertname") == "XynapGatewayDown" and a["labels"].get("gateway") == "1und1"]
assert down, "no XynapGatewayDown"
d = down[0]["annotations"]["description"]
assert "ikely cause: 1&1 must run over IPv6" in d, d
assert d.lower().count("likely cause") == 1, d
PY
# A healthy node does not fire.
has_result 'ALERTS{alertname="XynapNodeWithoutData"}' && fail "XynapNodeWithoutData fired for a node that is up"

# check --from answers as a check of its own does — the same form, counts and exit code — but
# with what only the watcher knows: the lint's likely cause of the failure.
rc_own=0; "$CTL" --api "$api" --esl "127.0.0.1:$esl" check >"$WORK/check-own.txt" 2>"$WORK/check-own.err" || rc_own=$?
rc_from=0; "$CTL" check --from "$url" --auth-file "$WORK/scrape.token" >"$WORK/check-from.txt" 2>"$WORK/check-from.err" || rc_from=$?
[ $rc_own -eq 2 ] || fail "check of its own: exit $rc_own, expected 2: $(cat "$WORK/check-own.txt")"
[ $rc_from -eq $rc_own ] || fail "check --from: exit $rc_from, check: $rc_own: $(cat "$WORK/check-from.txt") $(cat "$WORK/check-from.err")"
# The ping perfdata is a check's own (serve's exposition carries the round trips instead): a
# check that runs after plusnet's first answered ping prints 'ping_plusnet', --from never does.
counts() {
    sed -e 's/.* | \(healthy=.*nodes_unreachable=[^ ]*\).*/\1/' \
        -e "s/ 'ping_[^']*'=[^ ]*//g" -e 's/ ping_gateways=[^ ]*//' "$1"
}
[ "$(counts "$WORK/check-own.txt")" = "$(counts "$WORK/check-from.txt")" ] \
    || fail "check --from counts differently: $(counts "$WORK/check-from.txt") / $(counts "$WORK/check-own.txt")"
grep -q '^XYNAP GATEWAYS CRITICAL - 1und1@127.0.0.1:'"$esl"' FAIL_WAIT: .*likely cause: 1&1 must run over IPv6' "$WORK/check-from.txt" \
    || fail "check --from names no cause: $(cat "$WORK/check-from.txt")"
# --gateway and --node filter what was read, as they filter a check of its own.
rc=0; "$CTL" check --from "$url" --auth-file "$WORK/scrape.token" --gateway plusnet >"$WORK/check-plusnet.txt" 2>&1 || rc=$?
[ $rc -eq 1 ] || [ $rc -eq 0 ] || fail "check --from --gateway plusnet: exit $rc: $(cat "$WORK/check-plusnet.txt")"
grep -q '1und1' "$WORK/check-plusnet.txt" && fail "check --from --gateway plusnet speaks of 1und1: $(cat "$WORK/check-plusnet.txt")"
rc=0; "$CTL" check --from "$url" --auth-file "$WORK/scrape.token" --node 127.0.0.1:1 >"$WORK/check-node.txt" 2>&1 || rc=$?
[ $rc -eq 3 ] && grep -q -- '--node 127.0.0.1:1 matches no Event Socket' "$WORK/check-node.txt" \
    || fail "check --from --node 127.0.0.1:1: exit $rc: $(cat "$WORK/check-node.txt")"
# Without the token: UNKNOWN, saying so.
rc=0; "$CTL" check --from "$url" >"$WORK/check-noauth.txt" 2>&1 || rc=$?
[ $rc -eq 3 ] && grep -q 'refused the credentials' "$WORK/check-noauth.txt" \
    || fail "check --from without the token: exit $rc: $(cat "$WORK/check-noauth.txt")"

# A redirect is not followed: the token goes to the URL given and nowhere else.
rport=$(free_port)
/usr/bin/python3 - "$rport" "$url" >"$WORK/redirect.err" 2>&1 <<'PY' &
import http.server, sys
port, target = int(sys.argv[1]), sys.argv[2]
class Redirect(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()
http.server.HTTPServer(("127.0.0.1", port), Redirect).serve_forever()
PY
pids="$pids $!"
await "the redirecting server never listened" curl -s -o /dev/null "http://127.0.0.1:$rport/"
rc=0; "$CTL" check --from "http://127.0.0.1:$rport/metrics" --auth-file "$WORK/scrape.token" >"$WORK/check-redirect.txt" 2>&1 || rc=$?
[ $rc -eq 3 ] && grep -q 'redirect (HTTP 302), which is not followed' "$WORK/check-redirect.txt" \
    || fail "check --from followed a redirect or did not say so: exit $rc: $(cat "$WORK/check-redirect.txt")"

# HTTPS with HTTP Basic credentials: check --from trusts the serve's certificate through --ca-file.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$WORK/tls.key" -out "$WORK/tls.crt" >"$WORK/openssl.err" 2>&1 || fail "openssl: $(cat "$WORK/openssl.err")"
printf 'scraper:%s\n' "$(head -c 12 /dev/urandom | base64 | tr -d '/+=')" >"$WORK/basic.auth"
tport=$(free_port)
"$CTL" --api "$api" --esl "127.0.0.1:$esl" serve --listen "127.0.0.1:$tport" \
    --basic-auth-file "$WORK/basic.auth" --tls-cert "$WORK/tls.crt" --tls-key "$WORK/tls.key" 2>"$WORK/serve-tls.err" &
pids="$pids $!"
tls_down() {
    rc=0; "$CTL" --ca-file "$WORK/tls.crt" check --from "https://127.0.0.1:$tport/metrics" \
        --basic-auth-file "$WORK/basic.auth" >"$WORK/check-tls.txt" 2>&1 || rc=$?
    [ $rc -eq 2 ] && grep -q 'likely cause: 1&1 must run over IPv6' "$WORK/check-tls.txt"
}
await "check --from over HTTPS with Basic credentials never said CRITICAL with the cause: $(cat "$WORK/check-tls.txt" 2>/dev/null)" tls_down
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$WORK/tls.crt" -u scraper:wrong "https://127.0.0.1:$tport/metrics")
[ "$code" = 401 ] || fail "HTTPS with wrong Basic credentials got HTTP $code"
# HTTPS with a request larger than any scrape: 413, and serve keeps answering.
pad=$(head -c 100000 /dev/zero | tr '\0' a)
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$WORK/tls.crt" -H "X-Pad: $pad" "https://127.0.0.1:$tport/metrics" || true)
[ "$code" = 413 ] || fail "HTTPS with 100 kB of headers got HTTP $code, expected 413"

# Plain HTTP: the same 413, before any credential is looked at, and serve answers on.
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Pad: $pad" "$url" || true)
[ "$code" = 413 ] || fail "a request with 100 kB of headers got HTTP $code, expected 413"
# …and the bound is no more than that: a scrape with 16 kB of headers is still answered.
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cat "$WORK/scrape.token")" \
    -H "X-Pad: $(printf '%s' "$pad" | head -c 16000)" "$url" || true)
[ "$code" = 200 ] || fail "a scrape with 16 kB of headers got HTTP $code, expected 200"
scrape >/dev/null || fail "serve stopped answering after a refused request"

# The exposition is written as it is made: chunked, and curl fails on a chunked answer that is
# cut. A scraper that goes away before the end of its answer leaves serve answering the next. (The
# sandbox's answer fits the socket's buffer: serve waiting for a slow scraper, and cutting it off,
# needs a fleet's answer; README, "Monitoring with Prometheus", says how it was tried.)
curl -sS -D "$WORK/scrape.headers" -o /dev/null -H "Authorization: Bearer $(cat "$WORK/scrape.token")" "$url" \
    || fail "the chunked scrape failed"
grep -qi '^Transfer-Encoding: chunked' "$WORK/scrape.headers" || fail "the scrape is not chunked: $(cat "$WORK/scrape.headers")"
grep -qi '^Content-Length' "$WORK/scrape.headers" && fail "a chunked scrape with a Content-Length"
python3 - "$port" "$(cat "$WORK/scrape.token")" <<'PY' || fail "the early-closing scraper could not connect"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(("GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n\r\n" % sys.argv[2]).encode())
s.recv(100)
s.close()
PY
scrape | tail -1 | grep -q '^xynap_exporter_lint_timestamp_seconds ' || fail "serve stopped answering after a scraper went away"

# A saved change the node does not run: serve reads it with the Platform API's next refresh, and
# its lint (beside the scrapes) makes it "not applied" in a later scrape, read after the change.
linted_at() { scrape | sed -n 's/^xynap_exporter_lint_timestamp_seconds \(.*\)$/\1/p'; }
before=$(linted_at)
[ -n "$before" ] && [ "$before" != 0 ] || fail "no lint timestamp: '$before'"
"$CTL" --api "$api" trunks export >"$WORK/export.json" 2>"$WORK/export.err" || fail "trunks export failed"
/usr/bin/python3 - "$WORK/export.json" <<'PY' || fail "could not edit the export"
import json, sys
doc = json.load(open(sys.argv[1]))
for t in doc["trunks"]:
    if t["gateway_name"] == "plusnet":
        t["ping_seconds"] = 60
json.dump(doc, open(sys.argv[1], "w"))
PY
"$CTL" --api "$api" trunks apply "$WORK/export.json" >"$WORK/apply.out" 2>"$WORK/apply.err" || fail "trunks apply failed: $(cat "$WORK/apply.err")"
not_applied() {
    scrape >"$WORK/metrics.txt" && grep -q '^xynap_trunk_not_applied{.*gateway="plusnet".*field="ping_seconds"} 1$' "$WORK/metrics.txt"
}
await "serve never showed plusnet's saved ping interval as not applied: $(grep plusnet "$WORK/metrics.txt" | grep -v '^#' | head -5)" not_applied
after=$(sed -n 's/^xynap_exporter_lint_timestamp_seconds \(.*\)$/\1/p' "$WORK/metrics.txt")
/usr/bin/python3 -c "import sys; sys.exit(0 if float('$after') > float('$before') else 1)" \
    || fail "the lint that found the change read before it: $before, then $after"

# A serve whose Platform API does not answer has linted nothing: its lint timestamp says so (0),
# never the time of a lint without trunks.
dead_api="http://127.0.0.1:$(free_port)"
lport=$(free_port)
"$CTL" --api "$dead_api" --esl "127.0.0.1:$esl" serve --listen "127.0.0.1:$lport" 2>"$WORK/serve-noapi.err" &
noapi_pid=$!
pids="$pids $noapi_pid"
noapi_scrape() { curl -fsS "http://127.0.0.1:$lport/metrics" >"$WORK/noapi.txt" && grep -q '^xynap_node_up{.*} 1$' "$WORK/noapi.txt"; }
await "the serve without an API never showed its node up" noapi_scrape
sleep 1 # a lint would have run by now (200 ms after the node's list)
curl -fsS "http://127.0.0.1:$lport/metrics" >"$WORK/noapi.txt" || fail "the serve without an API did not answer"
grep -q '^xynap_trunks_known 0$' "$WORK/noapi.txt" || fail "trunks known without an API: $(grep trunks_known "$WORK/noapi.txt")"
grep -q '^xynap_exporter_lint_timestamp_seconds 0$' "$WORK/noapi.txt" \
    || fail "a lint timestamp without trunks: $(grep lint_timestamp "$WORK/noapi.txt")"
kill "$noapi_pid" 2>/dev/null || true

# systemctl stop sends SIGTERM: serve stops listening and ends with 0, saying why.
rc=0; kill -TERM "$serve_pid"; wait "$serve_pid" || rc=$?
[ $rc -eq 0 ] || fail "serve ended with $rc on SIGTERM, expected 0: $(tail -3 "$WORK/serve.err")"
grep -q 'SIGTERM received, no longer serving' "$WORK/serve.err" || fail "serve did not say why it stopped: $(tail -3 "$WORK/serve.err")"
curl -s -o /dev/null "$url" && fail "serve still answers after SIGTERM"
echo "prometheus_loop: ok"
