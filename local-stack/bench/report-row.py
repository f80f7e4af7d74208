#!/usr/bin/env python3
"""The measured calls' row of a Gatling report: count, KO, p50 and p99 (ms) of the one request
that is not in the group "warm-up" (Bench.WARM_UP), then the p99 of the warm-up's calls.
cpu-per-call.sh reads it when a row had a warm-up, since the console's global figures count the
warm-up's calls too.
    report-row.py <report>/index.html        prints: count ko p50 p99 warm-up-p99"""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
table = page[page.index('id="container_statistics_body"'):] if 'id="container_statistics_body"' in page else page
rows = []
for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
    ident = re.search(r'id="stats-table-([^"]+)"', tr)
    if not ident:
        continue
    cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip().replace(",", "")
             for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
    rows.append((ident.group(1), cells))
def figures(cells):
    # Total, OK, KO, % KO, Cnt/s, Min, 50th, 75th, 95th, 99th, Max, Mean, Std Dev (after the name)
    numbers = [c for c in cells if re.fullmatch(r"-?[\d.]+|-", c)]
    return numbers[0], numbers[2], numbers[6], numbers[9]


measured = [c for i, c in rows if i.startswith("req_") and "warm-up" not in i]
warm_up = [c for i, c in rows if i.startswith("req_") and "warm-up" in i]
if len(measured) != 1:
    sys.exit("expected one measured request row, found: %s" % [i for i, _ in rows])
print(*figures(measured[0]), figures(warm_up[0])[3] if len(warm_up) == 1 else "-")
