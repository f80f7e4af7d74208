#!/usr/bin/env bash
# Mean, p50, p90, p99 and max of each dual-check stage between two wall-clock times, from the
# service's DEBUG lines (decision "Dual-check stage times are a debug log line"): start the platform
# with PLATFORM_GRAPHQL_SERVICE_JAVA_OPTS="-Dlogging.level.org.publiccredit.graphql.lending.DualChecking=DEBUG
# -Dlogging.level.org.publiccredit.graphql.creditreference.CreditReferenceClient=DEBUG", run a bench,
# then: local-stack/bench/dual-check-stages.sh 2026-11-26T04:19:00 2026-11-26T04:19:40 data/logs/graphql-service.log
from="$1" to="$2" log="$3"
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
awk -v from="$from" -v to="$to" '/Dual-check stages ms:/ { t=substr($1,1,19); if (t>=from && t<=to) print }' "$log" > "$tmp"
n=$(wc -l < "$tmp"); echo "checks: $n, degraded: $(grep -vc 'status AVAILABLE' "$tmp")"
for s in public score report wait decide store total; do
  grep -o " $s [0-9.]*" "$tmp" | awk '{print $2}' | sort -n | awk -v s=$s '{a[NR]=$1; sum+=$1} END {if (NR) printf "  %-7s mean %6.1f  p50 %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f ms\n", s, sum/NR, a[int(NR*0.5)+1], a[int(NR*0.9)+1], a[int(NR*0.99)+1], a[NR]}'
done
awk -v from="$from" -v to="$to" '/Credit reference exchange ms:/ { t=substr($1,1,19); if (t>=from && t<=to) print $(NF-2) }' "$log" | sort -n | awk '{a[NR]=$1; sum+=$1} END {if (NR) printf "  exchange mean %6.1f  p50 %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f ms (HTTP exchange with the stand-in, %d attempts)\n", sum/NR, a[int(NR*0.5)+1], a[int(NR*0.9)+1], a[int(NR*0.99)+1], a[NR], NR}'
