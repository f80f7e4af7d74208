#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md in one run on a quiet machine (about 42 min).
# Needs built jars (./mvnw -q -DskipTests package); logs and summary.txt in $BENCH_LOGS.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
B="${BENCH_LOGS:-/tmp/bench}"; mkdir -p "$B"

log() { echo "$(date -u +%H:%M:%S) $*" | tee -a $B/summary.txt; }
# Every JVM logs its GC pauses with wall-clock times; each measured row is followed by the pauses
# of each JVM during it (local-stack/bench/gc-pauses.sh).
rm -f $B/gc-*.log
export PLATFORM_LAUNCHER_JAVA_OPTS="-Xlog:gc:file=$B/gc-elasticsearch.log:time ${PLATFORM_LAUNCHER_JAVA_OPTS:-}"
export PLATFORM_GATEWAY_JAVA_OPTS="-Xlog:gc:file=$B/gc-gateway.log:time ${PLATFORM_GATEWAY_JAVA_OPTS:-}"
export PLATFORM_GRAPHQL_SERVICE_JAVA_OPTS="-Xlog:gc:file=$B/gc-graphql-service.log:time ${PLATFORM_GRAPHQL_SERVICE_JAVA_OPTS:-}"
export PLATFORM_IMPORT_JAVA_OPTS="-Xlog:gc:file=$B/gc-import.log:time ${PLATFORM_IMPORT_JAVA_OPTS:-}"
stamp() { date -u +%Y-%m-%dT%H:%M:%S; }
# One measured row: cpu-per-call.sh's line, then the GC pauses of every JVM while it ran. Since
# session 7 every row starts with 10 s of the same load in the same load-tool JVM, not counted: a
# fresh Gatling JVM is slow in its first seconds (compiling, opening connections), and in session
# 7's first run the first 2 to 3 s of each open 200/s row held most of the row's slowest 1%.
row() {
  local from line; from=$(stamp)
  line=$(local-stack/bench/cpu-per-call.sh "$@" --warmup 10)
  log "$line"
  local-stack/bench/gc-pauses.sh "$from" "$(stamp)" $B/gc-*.log | sed 's/^/    GC /' | tee -a $B/summary.txt
}
# The stand-in without its request journal: its CPU shares the cores with what is measured.
export PLATFORM_CREDIT_REFERENCE_JOURNAL=off
./platform up --fresh --no-build > $B/up.log 2>&1 &
for i in $(seq 1 120); do grep -q "is up" $B/up.log && break; sleep 1; done
log "platform up"
# Warm-up long enough for the JIT: after 20 s at 8 clients the gateway's compiler threads still
# took half of its CPU in the 1-client row (session 4), and the +5 ms there was mostly that.
./platform bench subject --target gateway --users 32 --duration 60 > /dev/null 2>&1
./platform bench subject --target direct --users 32 --duration 30 > /dev/null 2>&1
# Since session 7 also 30 s at 1 client on each path: after the 32-client warm-up the gateway's
# and the node's compilers still took 0.48 and 0.38 ms per call in the 1-client row (session 6).
for t in gateway direct; do ./platform bench subject --target $t --users 1 --duration 30 > /dev/null 2>&1; done
for n in 1 32 256; do for t in direct gateway; do
  row subject --target $t --users $n --duration 30; done; done
for t in direct gateway; do
  row subject --target $t --rate 200 --duration 30; done
# Dual-check on the demo dataset (the stand-in at 100 ms)
# Since session 7 the warm-up is 90 s at 32 clients (was 15 s at 16: the direct rows then still
# spent 0.8 ms per check compiling, and a platform fresh from a restart cannot take 200 checks/s
# for minutes), and the open 200/s row through the gateway is taken three times in a row: its p99
# sits where two cores are about 80% busy, so one sample says little (session 6).
for t in direct gateway; do
  ./platform bench dual-check --target $t --users 32 --duration 90 > /dev/null 2>&1
  for n in 64 256; do row dual-check --target $t --users $n --duration 30; done
  row dual-check --target $t --rate 200 --duration 30
  [[ $t == gateway ]] && for i in 2 3; do row dual-check --target $t --rate 200 --duration 30; done
done
# Import the city at scale 0.1 into the running platform
[[ -d /tmp/gen01 ]] || ./platform generate --scale 0.1 --seed 42 --out /tmp/gen01 > $B/gen.log 2>&1
log "generated"
from=$(stamp)
( time ./platform import /tmp/gen01 ) > $B/import.log 2>&1
log "import: $(grep -i "rows/s" $B/import.log | tail -3 | tr '\n' ' ')"
local-stack/bench/gc-pauses.sh "$from" "$(stamp)" $B/gc-*.log | sed 's/^/    GC /' | tee -a $B/summary.txt
# Profiles and search over the scale-0.1 city. Since session 8 the profile's two target rows through
# the gateway (256 clients, an open 200/s) are each taken three times in a row, like the dual-check's:
# session 7 had one sample of each in the run and two more after a restart, and they disagreed.
for s in profile search; do for t in direct gateway; do
  ./platform bench $s --target $t --users 32 --duration 30 --data /tmp/gen01 > /dev/null 2>&1
  samples=1; [[ $s == profile && $t == gateway ]] && samples=3
  row $s --target $t --users 32 --duration 30 --data /tmp/gen01
  for i in $(seq $samples); do
    row $s --target $t --users 256 --duration 30 --data /tmp/gen01
    row $s --target $t --rate 200 --duration 30 --data /tmp/gen01
  done
done; done
./platform down >> $B/up.log 2>&1
# The service's collector on the same quiet machine (BENCH_COLLECTOR_AB=1, about 5 min more): the
# open-loop rows again with G1 and the former 384 MB heap (session 3 measured it; decision 46). The
# launcher's default is the serial collector with 1 GB, all committed, 600 MB young; the young
# bounds here are G1's own defaults for 384 MB, 5 and 60%.
[[ "${BENCH_COLLECTOR_AB:-0}" == 1 ]] || { log "done"; exit 0; }
PLATFORM_GRAPHQL_SERVICE_JAVA_OPTS="-Xlog:gc:file=$B/gc-graphql-service-g1.log:time -XX:-UseSerialGC -XX:+UseG1GC -Xms384m -Xmx384m -XX:NewSize=19m -XX:MaxNewSize=230m" \
  ./platform up --no-build > $B/up-g1.log 2>&1 &
for i in $(seq 1 120); do grep -q "is up" $B/up-g1.log && break; sleep 1; done
log "platform up again, graphql-service on G1 with 384 MB"
./platform bench profile --target gateway --users 8 --duration 20 --data /tmp/gen01 > /dev/null 2>&1
row profile --target gateway --rate 200 --duration 30 --data /tmp/gen01
./platform bench dual-check --target gateway --users 16 --duration 15 > /dev/null 2>&1
row dual-check --target gateway --rate 200 --duration 30
./platform down >> $B/up.log 2>&1
log "done"
