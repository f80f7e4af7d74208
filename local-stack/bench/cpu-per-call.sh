#!/usr/bin/env bash
# Runs one ./platform bench and prints, beside Gatling's latency and throughput, the CPU time each
# process spent per call: the gateway, the GraphQL service, the Elasticsearch node (the launcher
# JVM that hosts it) and the load tool (the Gatling JVM this bench starts). The platform's idle CPU
# over 8 s before the run is subtracted; Gatling's is counted from "Simulation ... started" (its
# start-up and data loading left out) to its last sample. On a shared machine CPU per call is
# steadier than latency. Needs a running ./platform up (same PLATFORM_*_PORT and
# PLATFORM_DATA_DIR environment).
#   local-stack/bench/cpu-per-call.sh subject --target gateway --users 32 --duration 30
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
gw=$(pgrep -f "$ROOT/gateway/target/gateway.jar") || { echo "no gateway of $ROOT running" >&2; exit 1; }
svc=$(pgrep -f "$ROOT/graphql-service/target/graphql-service.jar --spring") || { echo "no graphql-service running" >&2; exit 1; }
pidfile="${PLATFORM_DATA_DIR:-$ROOT/data}/launcher.pid"
node=$(cat "$pidfile" 2>/dev/null) && kill -0 "$node" 2>/dev/null \
  || node=$(pgrep -f -- "-Dplatform.root=$ROOT .*PlatformCommand up") \
  || { echo "no launcher (Elasticsearch node) of $ROOT running" >&2; exit 1; }
tck=$(getconf CLK_TCK)
cpu() { awk -v t="$tck" '{print ($14+$15)/t}' "/proc/$1/stat" 2>/dev/null; }
# CPU seconds of a JVM's JIT compiler threads so far: the part of a row's CPU that is the JVM still
# compiling rather than the calls' own work.
jit() {
  local f name stats=()
  for f in /proc/"$1"/task/*; do
    read -r name <"$f/comm" 2>/dev/null || continue
    [[ "$name" == C[12]\ Comp* ]] && stats+=("$f/stat")
  done
  ((${#stats[@]})) || { echo 0; return; }
  cat "${stats[@]}" 2>/dev/null | awk -v t="$tck" '{s+=($14+$15)/t} END {print s+0}'
}
now() { date +%s.%N; }
# The Gatling JVM among the descendants of $1 (the newest, if a warm-up ran one before).
gatling_of() {
  local p
  for p in $(ps -eo pid=,ppid= | awk -v root="$1" '{parent[$1]=$2} END {for (p in parent) {
      q=p; while (q in parent && q!=root && q>1) q=parent[q]; if (q==root) print p}}' | sort -n -r); do
    tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q 'io\.gatling\.app\.Gatling' && { echo "$p"; return 0; }
  done
  return 1
}
gi0=$(cpu "$gw"); si0=$(cpu "$svc"); ni0=$(cpu "$node"); t0=$(now); sleep 8
gi1=$(cpu "$gw"); si1=$(cpu "$svc"); ni1=$(cpu "$node"); t1=$(now)
rate() { echo "($2-$1)/($t1-$t0)" | bc -l; }
gidle=$(rate "$gi0" "$gi1"); sidle=$(rate "$si0" "$si1"); nidle=$(rate "$ni0" "$ni1")
gj0=$(jit "$gw"); sj0=$(jit "$svc"); nj0=$(jit "$node")
g0=$(cpu "$gw"); s0=$(cpu "$svc"); n0=$(cpu "$node"); l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(now)
log=$(mktemp); trap 'rm -f "$log"' EXIT
./platform bench "$@" >"$log" 2>&1 &
bench=$!
lt=""; lt0=""; lt1=""
while kill -0 "$bench" 2>/dev/null; do
  if [[ -z "$lt0" ]] && grep -q 'Simulation .* started' "$log"; then
    lt=$(gatling_of "$bench") && lt0=$(cpu "$lt")
  fi
  [[ -n "$lt" ]] && { c=$(cpu "$lt") && [[ -n "$c" ]] && lt1=$c; }
  sleep 0.2
done
wait "$bench"; rc=$?
g1=$(cpu "$gw"); s1=$(cpu "$svc"); n1=$(cpu "$node"); l1=$(cut -d' ' -f1 /proc/loadavg); t1=$(now)
gj1=$(jit "$gw"); sj1=$(jit "$svc"); nj1=$(jit "$node")
out=$(cat "$log")
[[ $rc == 0 ]] || { echo "$out" | tail -30; exit 1; }
field() { grep "$1" <<<"$out" | tail -1 | awk -F'|' -v c="$2" '{gsub(/[ ,]/,"",$c); print $c}'; }
n=$(field "> request count" 2)
el=$(echo "$t1-$t0" | bc -l)
per() { echo "($2-$1-$3*$el)*1000/$n" | bc -l; }
load=nan
[[ -n "$lt0" && -n "$lt1" ]] && load=$(echo "($lt1-$lt0)*1000/$n" | bc -l)
printf "%s: requests %s (KO %s), p50 %s ms, p99 %s ms, %s req/s; CPU per call: gateway %.2f ms, service %.2f ms, node %.2f ms, load tool %.2f ms; of which JIT: gateway %.2f, service %.2f, node %.2f ms; load %s -> %s\n" \
  "$*" "$n" "$(field "> request count" 4)" "$(field "50th percentile" 2)" "$(field "99th percentile" 2)" \
  "$(field "mean throughput" 2)" "$(per "$g0" "$g1" "$gidle")" "$(per "$s0" "$s1" "$sidle")" \
  "$(per "$n0" "$n1" "$nidle")" "$load" "$(per "$gj0" "$gj1" 0)" "$(per "$sj0" "$sj1" 0)" "$(per "$nj0" "$nj1" 0)" "$l0" "$l1"
