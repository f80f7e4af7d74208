#!/usr/bin/env bash
# Stop-the-world GC pauses per JVM between two wall-clock times, from logs written with
# -Xlog:gc:file=<log>:time (run-all.sh starts every JVM so). Prints, per log: pauses, total,
# median and longest pause.
#   local-stack/bench/gc-pauses.sh 2026-11-26T03:10:00 2026-11-26T03:10:30 /tmp/bench/gc-*.log
set -euo pipefail
from="$1" to="$2"; shift 2
for f in "$@"; do
  [[ -f "$f" ]] || continue
  awk -v from="$from" -v to="$to" '
    /Pause/ && match($0, /[0-9.]+ms$/) {
      t = substr($1, 2, 19)
      if (t >= from && t <= to) print substr($0, RSTART, RLENGTH - 2) + 0
    }' "$f" | sort -n | awk -v name="$(basename "$f" .log)" '
    { p[NR] = $1; total += $1 }
    END {
      if (NR == 0) { printf "%s: no pauses\n", name; exit }
      printf "%s: %d pauses, %.0f ms in all, median %.1f ms, longest %.1f ms\n", name, NR, total, p[int((NR + 1) / 2)], p[NR]
    }'
done
