#!/bin/sh
# The real `xynapctl serve` at fleet size, where bench_serve measures only the making of the
# exposition: NODES loopback Event Sockets (bench_esl_server, GATEWAYS gateways each, no events
# after the first HEARTBEAT; no Platform API), served on a free loopback port and scraped by curl.
#
#   serve_fleet.sh XYNAPCTL BENCH_ESL_SERVER [NODES [GATEWAYS [SCRAPES [WAIT]]]]
#   e.g. sh tests/bench/serve_fleet.sh build/app/xynapctl build/tests/bench_esl_server  # 50 5000 5 0
#
# serve runs twice against the same nodes: first with nothing remembered, then again as after a
# restart, with the gateways it saw saved by the first (`serve` saves them as it stops). Prints one
# JSON line per run: {"run","nodes","gateways","rows","ready_s","bytes","scrape_s":[…],"rss_mb",
# "peak_mb"}. ready_s is until every node's rows are served (polled by a scrape every 2 s, as a
# scraper would meanwhile). The scrapes begin WAIT seconds later (the nodes stay silent; they
# answer the links' probes). rss_mb and peak_mb are serve's VmRSS and VmHWM after the scrapes.
# Exits 1 if the rows are not all served within 300 s or a scrape is not whole. ctest runs it once
# at 2 x 200 (label bench), so that it cannot rot; the figures are in the README.
set -eu
usage='usage: serve_fleet.sh XYNAPCTL BENCH_ESL_SERVER [NODES [GATEWAYS [SCRAPES [WAIT]]]]'
ctl=${1:?$usage}
server=${2:?$usage}
nodes=${3:-50}
gateways=${4:-5000}
scrapes=${5:-5}
wait=${6:-0}
for program in "$ctl" "$server"; do
    [ -x "$program" ] || { echo "serve_fleet: $program is not built" >&2; exit 2; }
done

work=$(mktemp -d)
servepid=
finish() {
    [ -z "$servepid" ] || kill "$servepid" 2>/dev/null || true
    exec 3>&- # the Event Socket servers end as their stdin closes
    rm -rf "$work"
}
trap finish EXIT
trap 'exit 130' INT TERM

# Each server runs until its stdin closes: a FIFO whose only writer is this script.
mkfifo "$work/hold"
i=0
while [ "$i" -lt "$nodes" ]; do
    "$server" --gateways "$gateways" <"$work/hold" >"$work/port.$i" &
    i=$((i + 1))
done
exec 3>"$work/hold"

# Every node's port, as `--esl 127.0.0.1:PORT`.
set --
i=0
while [ "$i" -lt "$nodes" ]; do
    tries=0
    until grep -q esl_port "$work/port.$i" 2>/dev/null; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || { echo "serve_fleet: Event Socket $i did not start" >&2; exit 1; }
        sleep 0.1
    done
    port=$(sed -n 's/.*"esl_port":\([0-9]*\).*/\1/p' "$work/port.$i")
    set -- "$@" --esl "127.0.0.1:$port"
    i=$((i + 1))
done

serve_once() {
    run=$1
    shift
    start=$(date +%s.%N)
    HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XYNAP_ESL_PASSWORD=ClueCon \
        "$ctl" "$@" serve --listen 127.0.0.1:0 2>"$work/serve.$run.err" &
    servepid=$!

    tries=0
    until url=$(sed -n 's/.* on \(http:[^ ]*\)$/\1/p' "$work/serve.$run.err") && [ -n "$url" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || { echo "serve_fleet: serve did not start:" >&2; cat "$work/serve.$run.err" >&2; exit 1; }
        kill -0 "$servepid" 2>/dev/null || { cat "$work/serve.$run.err" >&2; exit 1; }
        sleep 0.1
    done

    rows=$((nodes * gateways))
    tries=0
    until [ "$(curl -s "$url" | grep -c '^xynap_gateway_up{')" -eq "$rows" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 150 ] || { echo "serve_fleet: not all $rows rows served after 300 s" >&2; exit 1; }
        sleep 2
    done
    ready=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')

    sleep "$wait"
    times=
    bytes=0
    i=0
    while [ "$i" -lt "$scrapes" ]; do
        # A chunked answer cut short is curl's error 18: never taken for a whole one.
        result=$(curl -sS -o /dev/null -w '%{time_total} %{size_download}' "$url") \
            || { echo "serve_fleet: scrape $i failed" >&2; exit 1; }
        times=${times:+$times,}${result% *}
        bytes=${result#* }
        i=$((i + 1))
    done

    kib() { sed -n "s/^$1:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$servepid/status"; }
    rss=$(kib VmRSS)
    peak=$(kib VmHWM)
    printf '{"run":%d,"nodes":%d,"gateways":%d,"rows":%d,"ready_s":%.1f,"bytes":%d,"scrape_s":[%s],"rss_mb":%d,"peak_mb":%d}\n' \
        "$run" "$nodes" "$gateways" "$rows" "$ready" "$bytes" "$times" "$((rss / 1024))" "$((peak / 1024))"
    # SIGTERM: serve saves what it saw and ends.
    kill "$servepid"
    wait "$servepid" || { echo "serve_fleet: serve did not end in order" >&2; exit 1; }
    servepid=
}

mkdir -p "$work/home"
serve_once 1 "$@"
serve_once 2 "$@"
