#!/usr/bin/env bash
# CPU seconds a JVM's threads have used so far, by group: the JIT compilers, the Lettuce event
# loop (Redis replies), the Reactor Netty event loops (HTTP), and every other thread (GC, audit,
# timers). Take it before and after a bench run and subtract: on a shared machine the split says
# where a process works even when its wall-clock figures do not.
#   local-stack/bench/thread-cpu.sh $(pgrep -f "$PWD/gateway/target/gateway.jar")
set -euo pipefail
pid=$1
tck=$(getconf CLK_TCK)
for t in /proc/"$pid"/task/*; do
  name=$(cat "$t/comm" 2>/dev/null) || continue
  cpu=$(awk -v t="$tck" '{print ($14+$15)/t}' "$t/stat" 2>/dev/null) || continue
  case "$name" in
    C1\ Comp*|C2\ Comp*) echo "jit $cpu" ;;
    lettuce-epoll*|lettuce-nio*) echo "lettuce $cpu" ;;
    reactor-http*) echo "http $cpu" ;;
    *) echo "other $cpu" ;;
  esac
done | awk '{s[$1]+=$2} END {printf "jit %.2f lettuce %.2f http %.2f other %.2f\n", s["jit"], s["lettuce"], s["http"], s["other"]}'
