#!/usr/bin/env python3
"""Where a relation row's load time goes on the Neo4j test server (docs/benchmarks.md, run V).

Loads 30,000 relationship rows shaped like the generated benchmark graph's relations into a server that holds
30,000 :Entity nodes, with several query variants, three rounds after a warm-up, and prints each variant's times.
Run against the test server:

    NEO4J_TEST_HEAP=4g NEO4J_TEST_PAGECACHE=2g scripts/with-neo4j.sh python3 scripts/neo4j-property-cost.py
"""
import json, os, time, random, base64, urllib.request
uri = os.environ["NEO4J_TEST_URI"].rstrip("/") + "/db/data/transaction/commit"
auth = base64.b64encode(f'{os.environ["NEO4J_TEST_USERNAME"]}:{os.environ["NEO4J_TEST_PASSWORD"]}'.encode()).decode()
def run(q, params=None):
    body = json.dumps({"statements": [{"statement": q, "parameters": params or {}}]}).encode()
    req = urllib.request.Request(uri, body, {"Content-Type": "application/json", "Authorization": "Basic " + auth})
    r = json.load(urllib.request.urlopen(req))
    if r["errors"]: raise Exception(r["errors"])
    return r
run("CREATE CONSTRAINT ON (e:Entity) ASSERT e.id IS UNIQUE")
N = 30000
ids = [f"person:p{i:06d}" for i in range(N)]
for i in range(0, N, 5000):
    run("UNWIND $rows AS r CREATE (e:Entity {id: r})", {"rows": ids[i:i+5000]})
random.seed(1)
words = "the minister said that talks with officials would continue in the capital next week after a long meeting".split()
def sent(): return " ".join(random.choice(words) for _ in range(random.randint(14, 34)))
TYPES = ["T1", "T2", "T3", "T4", "T5"]
rows = {}
for t in TYPES:
    rs = []
    for k in range(6000):
        s, o = random.sample(ids, 2)
        n = random.randint(1, 3)
        p = {"negated": False, "cameo": "042", "goldstein": 1.9, "confidence": 0.8,
             "sentences": [f"doc{random.randint(0,9999)}:{j}" for j in range(n)], "articles": [f"doc{random.randint(0,9999)}" for j in range(n)],
             "rules": ["rule.x"], "evidence": [sent() for j in range(n)], "count": n, "title": "Minister"}
        rs.append({"id": f"{s}-{t}->{o}:{k}", "source": s, "target": o, "p": p, "own": {"title": "Minister"}})
    rows[t] = sorted(rs, key=lambda r: r["source"])
# The loader's relation query as CypherQueries.Relations(type) wrote it when run V was measured (with the prefix
# CypherQueries.ForServer adds for 3.x servers); re-copy it if that query changes. "baseline" below is
# Neo4jBenchmark.BaselineRelationships with this script's row field names.
CUR = """CYPHER planner=rule
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}) USING INDEX s:Entity(id)
MATCH (t:Entity {id: row.target}) USING INDEX t:Entity(id)
MERGE (s)-[r:%s {id: row.id}]->(t)
ON CREATE SET r += row.p
ON MATCH SET r += row.own,
    r.negated = row.p.negated, r.attributedTo = row.p.attributedTo, r.cameo = row.p.cameo, r.goldstein = row.p.goldstein,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.p.confidence > r.confidence THEN row.p.confidence ELSE r.confidence END,
    r.sentences = [x IN coalesce(r.sentences, []) WHERE NOT x IN row.p.sentences] + row.p.sentences,
    r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN row.p.articles] + row.p.articles,
    r.rules = [x IN coalesce(r.rules, []) WHERE NOT x IN row.p.rules] + row.p.rules,
    r.evidence = ([x IN coalesce(r.evidence, []) WHERE NOT x IN row.p.evidence] + row.p.evidence)[0..$evidenceCap],
    r.count = size(r.sentences)"""
V = {
 "baseline": "CYPHER planner=rule UNWIND $rows AS r MATCH (s:Entity {id: r.source}), (t:Entity {id: r.target}) MERGE (s)-[x:%s {id: r.id}]->(t)",
 "current": CUR,
 "create": """UNWIND $rows AS row
MATCH (s:Entity {id: row.source}) USING INDEX s:Entity(id)
MATCH (t:Entity {id: row.target}) USING INDEX t:Entity(id)
CREATE (s)-[r:%s {id: row.id}]->(t) SET r += row.p""",
 "merge-only": """CYPHER planner=rule
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}) USING INDEX s:Entity(id)
MATCH (t:Entity {id: row.target}) USING INDEX t:Entity(id)
MERGE (s)-[r:%s {id: row.id}]->(t)""",
 "no-evidence": CUR,
}
def load(name, strip=False):
    t0 = time.time()
    for t in TYPES:
        rr = rows[t]
        if strip: rr = [dict(r, p={k: v for k, v in r["p"].items() if k not in ("evidence",)}) for r in rr]
        for i in range(0, len(rr), 1000):
            run(V[name] % t, {"rows": rr[i:i+1000], "evidenceCap": 5})
    el = time.time() - t0
    while run("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*)")["results"][0]["data"][0]["row"][0] > 0: pass
    return el
order = ["baseline", "current", "create", "merge-only", "no-evidence"]
res = {k: [] for k in order}
load("baseline"); load("current")  # warm
for rnd in range(3):
    for k in order:
        res[k].append(load(k, strip=(k == "no-evidence")))
for k in order: print(k, " ".join(f"{x:.2f}" for x in res[k]), "best", f"{min(res[k]):.2f}", flush=True)
