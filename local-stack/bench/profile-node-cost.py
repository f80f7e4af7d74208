#!/usr/bin/env python3
# The Elasticsearch node's CPU per profile search, without the service: sends the search ProfileReads
# sends for one subject (term on subjectId, sorted, size 250) as an _msearch, for random legal persons
# of a generated city, one after another, and reads the launcher JVM's CPU time around n of them.
#   local-stack/bench/profile-node-cost.py filtered|shown|full|nosource|excludes [n] [data dir]
# filtered = the profile's _source includes (keep SRC in step with ProfileSearch.RECORD_SOURCE);
# shown = what the bench's profile query reads since session 7 (no summary, source department or
# authority code: ProfileQuery.Shown).
# Uses PLATFORM_ELASTICSEARCH_PORT and PLATFORM_DATA_DIR (launcher.pid) like ./platform.
import json, random, sys, http.client, time, os
variant = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
data = sys.argv[3] if len(sys.argv) > 3 else "/tmp/gen01"
codes = [json.loads(l)["unifiedSocialCreditCode"] for l in open(os.path.join(data, "legal-person.jsonl"), encoding="utf-8")]
random.seed(7)
SRC = ["recordId", "subjectId", "subjectType", "category", "title",
      "documentNumber", "authorityName", "authorityCode", "decisionDate", "validFrom", "validUntil", "summary",
      "sourceDepartmentName", "sourceDepartmentCode", "publicityState.*", "attributes.CFLB", "attributes.NR_FK",
      "attributes.disclosure", "attributes.level", "attributes.listType", "attributes.removalDate", "attributes.action",
      "attributes.entryDocumentNumber", "attributes.fulfilment", "attributes.commitmentType", "attributes.recordType",
      "attributes.XDR_MC"]
def body(code):
    b = {"query": {"term": {"subjectId": code}}, "sort": [{"decisionDate": "desc"}, {"recordId": "asc"}],
         "size": 250, "track_total_hits": 251}
    if variant == "filtered": b["_source"] = {"includes": SRC}
    elif variant == "shown": b["_source"] = {"includes": [f for f in SRC if f not in
        ("summary", "sourceDepartmentName", "sourceDepartmentCode", "authorityCode")]}
    elif variant == "full": pass
    elif variant == "nosource": b["_source"] = False
    elif variant == "excludes": b["_source"] = {"excludes": ["attributes.subjectName","attributes.subjectCategory","attributes.unifiedSocialCreditCode","attributes.legalRepresentative","version","createdAt","updatedAt","batchId","contentHash"]}
    return '{"index":"credit-records"}\n' + json.dumps(b) + "\n"
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
lp = int(open(os.path.join(os.environ.get("PLATFORM_DATA_DIR", os.path.join(root, "data")), "launcher.pid")).read())
def ticks(): f = open(f"/proc/{lp}/stat").read().rsplit(")",1)[1].split(); return int(f[11]) + int(f[12])
c = http.client.HTTPConnection("127.0.0.1", int(os.environ.get("PLATFORM_ELASTICSEARCH_PORT", "9200")))
def go(code):
    c.request("POST", "/_msearch", body(code), {"Content-Type": "application/x-ndjson"})
    r = c.getresponse(); d = r.read(); return len(d)
for i in range(50): go(random.choice(codes))
t0 = ticks(); w0 = time.time(); size = 0
for i in range(n): size += go(random.choice(codes))
t1 = ticks(); w1 = time.time()
print(f"{variant}: node CPU {(t1-t0)*1000/os.sysconf('SC_CLK_TCK')/n:.2f} ms/search, wall {(w1-w0)*1000/n:.2f} ms, response {size/n/1024:.1f} KB, load {open('/proc/loadavg').read().split()[0]}")
