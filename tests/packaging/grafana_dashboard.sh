#!/bin/sh
# The Grafana dashboard's queries are PromQL Prometheus accepts and name only metrics
# `xynapctl serve` writes (cli/Metrics.cpp) or Prometheus's own `up`: each query becomes a
# recording rule for `promtool check rules`.
# usage: grafana_dashboard.sh DASHBOARD METRICS_SOURCE WORKDIR
set -eu
DASHBOARD=$1 SOURCE=$2 WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"
/usr/bin/python3 - "$DASHBOARD" "$SOURCE" "$WORK/queries.yml" <<'PY'
import json, re, sys
dash = json.load(open(sys.argv[1]))
source = open(sys.argv[2]).read()
known = set(re.findall(r'"(xynap_[a-z_]+)"', source)) | {"up"}
exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
exprs += [v["query"]["query"] for v in dash["templating"]["list"]]
if not exprs:
    sys.exit("no queries in the dashboard")
out = ["groups:", "  - name: dashboard", "    rules:"]
for i, e in enumerate(exprs):
    m = re.match(r"label_values\((\w+), *\w+\)$", e)
    e = m.group(1) if m else e.replace("$node", ".*").replace("$provider", ".*")
    for name in re.findall(r"\b(xynap_[a-z_]+|up)\b", e):
        if name not in known:
            sys.exit("query %d names %s, which serve does not write: %s" % (i, name, e))
    out.append("      - record: dashboard:query%d" % i)
    out.append("        expr: %s" % json.dumps(e))
open(sys.argv[3], "w").write("\n".join(out) + "\n")
PY
promtool check rules "$WORK/queries.yml"
echo "grafana_dashboard: ok"
