#!/usr/bin/env bash
# Load figures of the CRM service: the same 16 connections against GET /ping (the baseline: same server, same
# authentication, no work) and against mixed traffic (mixed.lua). Needs wrk (Debian package wrk) and a built
# complaint-examples/target/complaint-crm.jar.
#   complaint-bench/load/run.sh                 H2 file database in a temporary folder (the service's default)
#   complaint-bench/load/run.sh JDBC_URL        e.g. jdbc:postgresql://127.0.0.1:55432/complaints?user=...
# DURATION (default 30s) and WARMUP (default 15s) may be set in the environment.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../../complaint-examples/target/complaint-crm.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"
port="${PORT:-18080}"
duration="${DURATION:-30s}"
warmup="${WARMUP:-15s}"
export TOKEN="load-token-$(date +%s%N)"
printf '[{"token":"%s","actor":"load","roles":["CUSTOMER_SERVICE","DISPATCHER","STORE_MANAGER","DEPARTMENT"]}]\n' \
  "$TOKEN" > "$work/tokens.json"
args=(--server.port="$port" --complaints.security.tokens-file="$work/tokens.json")
[ -n "${1:-}" ] && args+=(--spring.datasource.url="$1")
(cd "$work" && exec java -Xmx512m -jar "$jar" "${args[@]}" > "$work/server.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
url="http://127.0.0.1:$port"
echo "== warm-up ($warmup of mixed traffic)"
wrk -t2 -c16 -d"$warmup" -s "$here/mixed.lua" "$url" >/dev/null
echo "== baseline: GET /ping, 16 connections, $duration"
wrk -t2 -c16 -d"$duration" --latency -s "$here/ping.lua" "$url"
echo "== mixed: 20 % intake, 30 % command, 40 % read one, 10 % read a page; 16 connections, $duration"
wrk -t2 -c16 -d"$duration" --latency -s "$here/mixed.lua" "$url"
