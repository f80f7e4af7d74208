#!/usr/bin/env bash
# Runs one ./platform bench and prints, beside Gatling's latency and throughput, the CPU time each
# process spent per call: the gateway, the GraphQL service, the Elasticsearch node (the launcher
# JVM that hosts it) and the load tool (the Gatling JVM this bench starts). The platform's idle CPU
# over 8 s before the run is subtracted; Gatling's is counted from "Simulation ... started" (its
# start-up and data loading left out) to its last sample. On a shared machine CPU per call is
# steadier than latency. Needs a running ./platform up (same PLATFORM_*_PORT and
# PLATFORM_DATA_DIR environment).
#   local-stack/bench/cpu-per-call.sh subject --target gateway --users 32 --duration 30 [--warmup 10]
# With --warmup S the load tool first runs the same load for S s in the same JVM (its calls in the
# group "warm-up"); then every counter starts when the measured calls start, and the calls, the
# latency and the throughput are the measured calls' own (their row of the Gatling report).
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
  [[ -d /proc/$1 ]] || return 1
  for f in /proc/"$1"/task/*; do
    read -r name 2>/dev/null <"$f/comm" || continue
    [[ "$name" == C[12]\ Comp* ]] && stats+=("$f/stat")
  done
  ((${#stats[@]})) || { echo 0; return; }
  # utime and stime are the 12th and 13th fields after the name, which has a space in it here.
  cat "${stats[@]}" 2>/dev/null | awk -v t="$tck" '{sub(/^.*\) /, ""); s+=($12+$13)/t} END {print s+0}'
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
warm=0; dur=30; a=("$@")
for ((k = 0; k < ${#a[@]} - 1; k++)); do
  [[ "${a[k]}" == --warmup ]] && warm=${a[k+1]}
  [[ "${a[k]}" == --duration ]] && dur=${a[k+1]}
done
gi0=$(cpu "$gw"); si0=$(cpu "$svc"); ni0=$(cpu "$node"); t0=$(now); sleep 8
gi1=$(cpu "$gw"); si1=$(cpu "$svc"); ni1=$(cpu "$node"); t1=$(now)
rate() { echo "($2-$1)/($t1-$t0)" | bc -l; }
gidle=$(rate "$gi0" "$gi1"); sidle=$(rate "$si0" "$si1"); nidle=$(rate "$ni0" "$ni1")
gj0=$(jit "$gw"); sj0=$(jit "$svc"); nj0=$(jit "$node")
g0=$(cpu "$gw"); s0=$(cpu "$svc"); n0=$(cpu "$node"); l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(now)
log=$(mktemp); trap 'rm -f "$log"' EXIT
./platform bench "$@" >"$log" 2>&1 &
bench=$!
lt=""; lt0=""; lt1=""; ltj0=""; ltj1=""; i=0; started=""; measuring=""
while kill -0 "$bench" 2>/dev/null; do
  if [[ -z "$started" ]] && grep -q 'Simulation .* started' "$log"; then
    started=$(now); lt=$(gatling_of "$bench")
  fi
  # The measured calls start: every counter from here (at once when there is no warm-up).
  if [[ -n "$started" && -z "$measuring" ]] && (( $(echo "$(now) - $started >= $warm" | bc -l) )); then
    measuring=1
    if [[ -n "$lt" ]]; then lt0=$(cpu "$lt"); ltj0=$(jit "$lt"); fi
    if ((warm > 0)); then
      gj0=$(jit "$gw"); sj0=$(jit "$svc"); nj0=$(jit "$node")
      g0=$(cpu "$gw"); s0=$(cpu "$svc"); n0=$(cpu "$node"); l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(now)
    fi
  fi
  [[ -n "$measuring" ]] || { sleep 0.2; continue; }
  [[ -n "$lt" ]] && { c=$(cpu "$lt") && [[ -n "$c" ]] && lt1=$c; }
  # The load tool's compilers once a second (walking its threads is not free).
  [[ -n "$lt" ]] && (( i++ % 5 == 0 )) && { c=$(jit "$lt") && [[ -n "$c" ]] && ltj1=$c; }
  sleep 0.2
done
wait "$bench"; rc=$?
g1=$(cpu "$gw"); s1=$(cpu "$svc"); n1=$(cpu "$node"); l1=$(cut -d' ' -f1 /proc/loadavg); t1=$(now)
gj1=$(jit "$gw"); sj1=$(jit "$svc"); nj1=$(jit "$node")
out=$(cat "$log")
[[ $rc == 0 ]] || { echo "$out" | tail -30; exit 1; }
field() { grep "$1" <<<"$out" | tail -1 | awk -F'|' -v c="$2" '{gsub(/[ ,]/,"",$c); print $c}'; }
if ((warm > 0)); then
  # The measured calls' row of the report (the console's figures count the warm-up's calls too).
  report=$(grep -o 'file://[^ ]*index.html' <<<"$out" | tail -1)
  read -r n ko p50 p99 wp99 < <(python3 local-stack/bench/report-row.py "${report#file://}") \
    || { echo "no measured calls in ${report:-the Gatling report}" >&2; exit 1; }
  thr=$(echo "scale=2; $n/$dur" | bc -l)
else
  n=$(field "> request count" 2); ko=$(field "> request count" 4)
  p50=$(field "50th percentile" 2); p99=$(field "99th percentile" 2); thr=$(field "mean throughput" 2)
fi
el=$(echo "$t1-$t0" | bc -l)
per() { echo "($2-$1-$3*$el)*1000/$n" | bc -l; }
load=nan
loadjit=nan
[[ -n "$lt0" && -n "$lt1" ]] && load=$(echo "($lt1-$lt0)*1000/$n" | bc -l)
[[ -n "$ltj0" && -n "$ltj1" ]] && loadjit=$(echo "($ltj1-$ltj0)*1000/$n" | bc -l)
# The warm-up's own p99 beside the measured one: what the row would have said without it.
[[ -n "${wp99:-}" ]] && set -- "$@" "(warm-up p99 $wp99 ms)"
printf "%s: requests %s (KO %s), p50 %s ms, p99 %s ms, %s req/s; CPU per call: gateway %.2f ms, service %.2f ms, node %.2f ms, load tool %.2f ms; of which JIT: gateway %.2f, service %.2f, node %.2f, load tool %.2f ms; load %s -> %s\n" \
  "$*" "$n" "$ko" "$p50" "$p99" "$thr" "$(per "$g0" "$g1" "$gidle")" "$(per "$s0" "$s1" "$sidle")" \
  "$(per "$n0" "$n1" "$nidle")" "$load" "$(per "$gj0" "$gj1" 0)" "$(per "$sj0" "$sj1" 0)" "$(per "$nj0" "$nj1" 0)" "$loadjit" "$l0" "$l1"
