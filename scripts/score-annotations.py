#!/usr/bin/env python3
"""Score a kgraph graph.json against hand annotations written with docs/annotation-guide.md.

    scripts/score-annotations.py GOLD.tsv GRAPH.json [GRAPH.json ...] [-v] [--entities]

A gold relation is found when the graph has a relation of the same type with evidence in the
same article whose ends match the gold ends (either order for symmetric types). A gold name
matches an entity when, after lower-casing and dropping "the", punctuation and possessives, it
equals the entity's name, an alias or a mention text in that article, or (for people) shares the
surname, or (for the other types) one of them is a run of the other's words. Each gold relation counts once; a predicted relation is right when some gold relation
matches it. Entities: each real-world entity once per article, type and name must match.
"""
import json
import re
import sys
from collections import Counter, defaultdict

SYMMETRIC = {"MET", "RELATIVE_OF", "ALLY_OF", "AT_WAR_WITH"}


def norm(name):
    s = name.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    words = [w for w in s.split() if w not in ("the",)]
    return " ".join(words)


def article_key(path):
    parts = re.split(r"[\\/]", path)
    return "/".join(parts[-2:])


def load_gold(path):
    ents, rels = defaultdict(list), defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            c = line.split("\t")
            if c[0] == "E" and len(c) >= 4:
                others = [o.strip() for o in (c[4] if len(c) > 4 else "").split(";") if o.strip()]
                ents[c[1]].append((c[2], c[3], others))
            elif c[0] == "R" and len(c) >= 6:
                rels[c[1]].append((c[2], c[3], c[4], c[5] if len(c) > 5 else "-"))
            else:
                sys.exit(f"{path}:{n}: not an E or R line of the guide's shape")
    return ents, rels


def load_graphs(paths):
    docs, ents, rels = {}, {}, []
    for p in paths:
        g = json.load(open(p, encoding="utf-8"))
        for d in g["documents"]:
            docs[d["id"]] = article_key(d["path"])
        for e in g["entities"]:
            ents[e["id"]] = e
        rels.extend(g["relations"])
    by_article = defaultdict(dict)
    for e in ents.values():
        for m in e.get("mentions", []):
            art = docs.get(m["document"])
            if art is None:
                continue
            names = by_article[art].setdefault(e["id"], {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])})
            names.add(norm(m["text"]))
    rel_by_article = defaultdict(list)
    for r in rels:
        for art in {docs.get(ev["document"]) for ev in r["evidence"]}:
            if art is not None:
                rel_by_article[art].append(r)
    return ents, by_article, rel_by_article


def names_of(entity, names):
    """The entity's names in the article; an entity a relation names without a mention there (a ministry an office
    implies) goes by its own name and aliases."""
    return names.get(entity["id"]) or {norm(entity["name"])} | {norm(a) for a in entity.get("aliases", [])}


def matches(gold_name, entity, names):
    g = norm(gold_name)
    if not g:
        return False
    if g in names:
        return True
    if entity["type"] == "Person":
        gl, el = g.split()[-1], norm(entity["name"]).split()
        return bool(el) and gl == el[-1]
    # "free trade agreement" and "trade agreement", "Mexican Senate" and "Senate": one name inside the other.
    gw = g.split()
    return any(contains(gw, n.split()) or contains(n.split(), gw) for n in names if n)


def contains(longer, shorter):
    k = len(shorter)
    return 0 < k <= len(longer) and any(longer[i:i + k] == shorter for i in range(len(longer) - k + 1))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose, show_entities = "-v" in sys.argv, "--entities" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    gold_ents, gold_rels = load_gold(args[0])
    ents, ent_names, pred = load_graphs(args[1:])
    articles = sorted(set(gold_ents) | set(gold_rels))
    tot = Counter()
    missed_by_type = Counter()
    for art in articles:
        names = ent_names.get(art, {})
        predicted = [r for r in pred.get(art, [])]
        right = set()
        for (typ, src, tgt, flags) in gold_rels.get(art, []):
            hit = None
            for r in predicted:
                if r["type"] != typ:
                    continue
                s, t = ents[r["source"]], ents[r["target"]]
                ok = matches(src, s, names_of(s, names)) and matches(tgt, t, names_of(t, names))
                if not ok and typ in SYMMETRIC:
                    ok = matches(src, t, names_of(t, names)) and matches(tgt, s, names_of(s, names))
                if ok:
                    hit = r
                    right.add(r["id"])
            tot["gold"] += 1
            if hit:
                tot["found"] += 1
            else:
                missed_by_type[typ] += 1
                if verbose:
                    print(f"MISS  {art}\t{typ}\t{src}\t{tgt}\t{flags}")
        tot["predicted"] += len(predicted)
        tot["matched"] += len(right)
        if verbose:
            for r in predicted:
                if r["id"] not in right:
                    print(f"EXTRA {art}\t{r['type']}\t{ents[r['source']]['name']}\t{ents[r['target']]['name']}"
                          f"\t{r['evidence'][0]['rule']}\t{r['evidence'][0]['text'][:160]}")
        # entities: each gold entity once per article
        graph_ents = [ents[i] for i in names if ents[i]["type"] in ("Person", "Country", "Organization", "Location", "Treaty")]
        # Exact names first, then surnames and contained names, so "Luiz Inacio Lula da Silva" is not taken by
        # "da Silva" before the node that bears the full name.
        used, found = set(), {}
        gold_list = gold_ents.get(art, [])
        for exact in (True, False):
            for g, (typ, name, others) in enumerate(gold_list):
                if g in found:
                    continue
                hit = next((e for e in graph_ents if e["type"] == typ and e["id"] not in used and any(
                    norm(n) in names[e["id"]] if exact else matches(n, e, names[e["id"]]) for n in [name] + others)), None)
                if hit:
                    used.add(hit["id"])
                    found[g] = hit["id"]
        for g, (typ, name, others) in enumerate(gold_list):
            tot["egold"] += 1
            if g in found:
                tot["efound"] += 1
            elif show_entities:
                print(f"EMISS {art}\t{typ}\t{name}")
        tot["epred"] += len(graph_ents)
        if show_entities:
            for e in graph_ents:
                if e["id"] not in used:
                    print(f"EEXTRA {art}\t{e['type']}\t{e['name']}")
        tot["ematched"] += len(used)

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0
    rec = tot["found"] / tot["gold"] if tot["gold"] else 0.0
    prec = tot["matched"] / tot["predicted"] if tot["predicted"] else 0.0
    erec = tot["efound"] / tot["egold"] if tot["egold"] else 0.0
    eprec = tot["ematched"] / tot["epred"] if tot["epred"] else 0.0
    print(f"relations gold {tot['gold']} found {tot['found']} predicted {tot['predicted']} matched {tot['matched']}"
          f"  R {rec:.2f} P {prec:.2f} F1 {f1(prec, rec):.2f}")
    print(f"entities  gold {tot['egold']} found {tot['efound']} predicted {tot['epred']}"
          f"  R {erec:.2f} P {eprec:.2f} F1 {f1(eprec, erec):.2f}")
    print("misses by type: " + ", ".join(f"{t} {n}" for t, n in missed_by_type.most_common()))


if __name__ == "__main__":
    main()
