#!/usr/bin/env python3
# The Elasticsearch node's CPU per profile search, without the service: sends the search ProfileReads
# sends for one subject (a filter on subjectId, index order, size 250) as an _msearch, for random legal
# persons of a generated city, and reads the launcher JVM's CPU time around n of them. Several
# variants are compared in alternating rounds (A B, B A, ...), so that a node still compiling or a
# noisy host weighs on each alike; the median of each variant's rounds is printed last.
#   local-stack/bench/profile-node-cost.py VARIANT[,VARIANT...] [n per round] [rounds] [clients] [data dir]
# A variant is what _source returns, optionally with "+sorted" (sorted by decision date and record id
# in Elasticsearch, as the whole read did until session 8):
#   filtered = the profile's _source includes (keep SRC in step with ProfileSearch.RECORD_SOURCE);
#   shown = what the bench's profile query reads since session 7 (no summary, source department or
#   authority code: ProfileQuery.Shown); full; nosource; excludes.
#   e.g. profile-node-cost.py shown,shown+sorted 3000 4 6
# Uses PLATFORM_ELASTICSEARCH_PORT and PLATFORM_DATA_DIR (launcher.pid) like ./platform.
import json, random, sys, http.client, time, os, threading
variants = sys.argv[1].split(",")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 1
data = sys.argv[5] if len(sys.argv) > 5 else "/tmp/gen01"
codes = [json.loads(l)["unifiedSocialCreditCode"] for l in open(os.path.join(data, "legal-person.jsonl"), encoding="utf-8")]
SRC = ["recordId", "subjectId", "subjectType", "category", "title",
      "documentNumber", "authorityName", "authorityCode", "decisionDate", "validFrom", "validUntil", "summary",
      "sourceDepartmentName", "sourceDepartmentCode", "publicityState.*", "attributes.CFLB", "attributes.NR_FK",
      "attributes.disclosure", "attributes.level", "attributes.listType", "attributes.removalDate", "attributes.action",
      "attributes.entryDocumentNumber", "attributes.fulfilment", "attributes.commitmentType", "attributes.recordType",
      "attributes.XDR_MC"]
def body(variant, code):
    source, _, order = variant.partition("+")
    if order == "sorted":
        b = {"query": {"term": {"subjectId": code}}, "sort": [{"decisionDate": "desc"}, {"recordId": "asc"}]}
    else:
        b = {"query": {"bool": {"filter": [{"term": {"subjectId": code}}]}}, "sort": ["_doc"]}
    b.update({"size": 250, "track_total_hits": 251})
    if source == "filtered": b["_source"] = {"includes": SRC}
    elif source == "shown": b["_source"] = {"includes": [f for f in SRC if f not in
        ("summary", "sourceDepartmentName", "sourceDepartmentCode", "authorityCode")]}
    elif source == "full": pass
    elif source == "nosource": b["_source"] = False
    elif source == "excludes": b["_source"] = {"excludes": ["attributes.subjectName","attributes.subjectCategory","attributes.unifiedSocialCreditCode","attributes.legalRepresentative","version","createdAt","updatedAt","batchId","contentHash"]}
    else: sys.exit(f"unknown variant {variant}")
    return '{"index":"credit-records"}\n' + json.dumps(b) + "\n"
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
lp = int(open(os.path.join(os.environ.get("PLATFORM_DATA_DIR", os.path.join(root, "data")), "launcher.pid")).read())
port = int(os.environ.get("PLATFORM_ELASTICSEARCH_PORT", "9200"))
def ticks(): f = open(f"/proc/{lp}/stat").read().rsplit(")",1)[1].split(); return int(f[11]) + int(f[12])
def run(variant, count, seed):
    sizes = []
    def client(k):
        c = http.client.HTTPConnection("127.0.0.1", port); r = random.Random(seed * 100 + k); size = 0
        for _ in range(count // clients):
            c.request("POST", "/_msearch", body(variant, r.choice(codes)), {"Content-Type": "application/x-ndjson"})
            size += len(c.getresponse().read())
        sizes.append(size)
    t0 = ticks(); w0 = time.time()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads: t.start()
    for t in threads: t.join()
    done = count // clients * clients
    cpu = (ticks() - t0) * 1000 / os.sysconf("SC_CLK_TCK") / done
    print(f"{variant}: node CPU {cpu:.2f} ms/search, {done / (time.time() - w0):.0f} searches/s, "
          f"response {sum(sizes) / done / 1024:.1f} KB, load {open('/proc/loadavg').read().split()[0]}", flush=True)
    return cpu
for v in variants: run(v, 50 * clients, 0)  # warm
results = {v: [] for v in variants}
for r in range(rounds):
    for v in (variants if r % 2 == 0 else variants[::-1]):
        results[v].append(run(v, n, r + 1))
if rounds > 1:
    for v in variants:
        print(f"{v}: median of {rounds} rounds {sorted(results[v])[rounds // 2]:.2f} ms/search")
