#!/usr/bin/env bash
# Runs one ./platform bench and prints, beside Gatling's latency and throughput, the CPU time the
# gateway and the GraphQL service JVMs spent per call (their idle CPU over 8 s before the run is
# subtracted). On a shared machine CPU per call is steadier than latency. Needs a running
# ./platform up (same PLATFORM_*_PORT environment).
#   local-stack/bench/cpu-per-call.sh subject --target gateway --users 32 --duration 30
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
gw=$(pgrep -f "$ROOT/gateway/target/gateway.jar") || { echo "no gateway of $ROOT running" >&2; exit 1; }
svc=$(pgrep -f "$ROOT/graphql-service/target/graphql-service.jar --spring") || { echo "no graphql-service running" >&2; exit 1; }
tck=$(getconf CLK_TCK)
cpu() { awk -v t="$tck" '{print ($14+$15)/t}' "/proc/$1/stat"; }
now() { date +%s.%N; }
gi0=$(cpu "$gw"); si0=$(cpu "$svc"); t0=$(now); sleep 8
gi1=$(cpu "$gw"); si1=$(cpu "$svc"); t1=$(now)
gidle=$(echo "($gi1-$gi0)/($t1-$t0)" | bc -l); sidle=$(echo "($si1-$si0)/($t1-$t0)" | bc -l)
g0=$(cpu "$gw"); s0=$(cpu "$svc"); l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(now)
out=$(./platform bench "$@" 2>&1) || { echo "$out" | tail -30; exit 1; }
g1=$(cpu "$gw"); s1=$(cpu "$svc"); l1=$(cut -d' ' -f1 /proc/loadavg); t1=$(now)
field() { grep "$1" <<<"$out" | tail -1 | awk -F'|' -v c="$2" '{gsub(/[ ,]/,"",$c); print $c}'; }
n=$(field "> request count" 2)
el=$(echo "$t1-$t0" | bc -l)
printf "%s: requests %s (KO %s), p50 %s ms, p99 %s ms, %s req/s; CPU per call: gateway %.2f ms, service %.2f ms; load %s -> %s\n" \
  "$*" "$n" "$(field "> request count" 4)" "$(field "50th percentile" 2)" "$(field "99th percentile" 2)" \
  "$(field "mean throughput" 2)" "$(echo "($g1-$g0-$gidle*$el)*1000/$n" | bc -l)" \
  "$(echo "($s1-$s0-$sidle*$el)*1000/$n" | bc -l)" "$l0" "$l1"
