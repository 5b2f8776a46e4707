"""Missed gold statements of the development sets (news-dev, held-out a-j), by the step of kg that drops them.

Usage: `benchmarks/heldout.py --set all --keep DIR`, `benchmarks/news.py --no-write --keep DIR2`, copy
DIR2/news-dev.jsonl into DIR, then `.venv/bin/python benchmarks/statement_misses.py DIR [--false]`. Each missed gold
statement (matched as `score_news.py` matches) is one tab-separated line: set, article, MISS, trigger, step, detail,
sentence. Steps: `modality` (predicted, but not asserted), `folded` (a mention of another event), `other-type`,
`generic`, `not-in-lexicon`, `sense` (a rule of `communication.py` returned no statement: the function and line of
the `return`, or `reported.evaluation_reported`), `trigger-dropped-in-find_triggers` (the sense kept it; a later
filter of `find_triggers` dropped it). `--false` lists the false statements too (statements-k)."""

import json
import sys
from pathlib import Path

from kg.extract.events import communication
from kg.extract.events import triggers as trg
from kg.extract.events.genericity import is_generic_mention
from kg.extract.events.lexicon import lexicon
from kg.nlp import parse, tokens

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "news-dev": (ROOT.parent / "shared/data/news-dev.gold.jsonl", ROOT.parent / "shared/data/news-dev.in.jsonl", None)
}
for s in "abcdefghij":
    n = "heldout-news" + ("" if s == "a" else f"-{s}")
    SETS[s] = (ROOT / f"benchmarks/data/{n}.gold.jsonl", ROOT / f"benchmarks/data/{n}.in.jsonl", n)


def load(p):
    return {json.loads(line)["id"]: json.loads(line) for line in open(p) if line.strip()}


def trace_return(fn, *args):
    lines = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename.endswith("communication.py") and frame.f_code.co_name in {
            "_statement_verb_sense",
            "_statement_noun_sense",
            "sense",
            "_attitude",
            "_writes_a_message",
            "_according_to",
        }:

            def local(frame, event, arg):
                if event == "return":
                    lines.append((frame.f_code.co_name, frame.f_lineno, arg))
                return local

            return local
        return None

    sys.settrace(tracer)
    try:
        r = fn(*args)
    finally:
        sys.settrace(None)
    return r, lines


def main(pred_dir, want_false=False):
    lex = lexicon()
    rows = []
    for name, (gp, ip, stem) in SETS.items():
        pp = Path(pred_dir) / ("news-dev.jsonl" if stem is None else f"{stem}.jsonl")
        if stem is None and not pp.exists():
            cand = list(Path(pred_dir).glob("*news-dev*"))
            pp = cand[0] if cand else pp
        gold, pred, inp = load(gp), load(pp), load(ip)
        for doc_id, g in gold.items():
            p = pred.get(doc_id) or {}
            pev = [
                e
                for e in p.get("events", [])
                if e.get("type") in {"statement", "call", "attack", "meeting", "agreement"}
                and e.get("trigger")
                and e.get("modality", "asserted") == "asserted"
            ]
            used = set()
            matched_pred = set()
            for qi, q in enumerate(pev):
                starts = [q["trigger"]["start"]] + [m["start"] for m in q.get("mentions") or [] if "start" in m]
                j = next(
                    (
                        j
                        for j, e in enumerate(g["events"])
                        if j not in used and e["type"] == q["type"] and any(e["start"] <= s < e["end"] for s in starts)
                    ),
                    None,
                )
                if j is not None:
                    used.add(j)
                    matched_pred.add(qi)
                elif want_false and q["type"] == "statement":
                    rows.append((name, doc_id, "FALSE", q["trigger"]["text"], q["trigger"]["start"], None))
            for j, e in enumerate(g["events"]):
                if j in used or e["type"] != "statement":
                    continue
                text = inp[doc_id]["text"]
                seg = text[e["start"] : e["end"]]
                cands = []
                for e2 in g["events"]:
                    if e2["type"] == "statement" and e2["start"] == e["start"] and e2.get("trigger"):
                        k = seg.lower().find(e2["trigger"].lower().split()[0])
                        while k >= 0:
                            a = e["start"] + k
                            if not any(
                                q["type"] == "statement" and q["trigger"]["start"] <= a < q["trigger"]["end"]
                                for q in p.get("events", [])
                            ):
                                cands.append((e2["trigger"], a))
                            k = seg.lower().find(e2["trigger"].lower().split()[0], k + 1)
                own = [c for c in cands if c[0] == e["trigger"]]
                trig, a = (
                    own
                    or cands
                    or [(e["trigger"], e["start"] + max(seg.lower().find(e["trigger"].lower().split()[0]), 0))]
                )[0]
                if any(r[1] == doc_id and r[4] == a for r in rows):
                    rest = [c for c in cands if c[1] != a and not any(r[1] == doc_id and r[4] == c[1] for r in rows)]
                    if rest:
                        trig, a = rest[0]
                rows.append((name, doc_id, "MISS", trig, a, e))
    docs = {}
    out = []
    for name, doc_id, kind, trig, start, _gold in rows:
        key = (name, doc_id)
        if key not in docs:
            ip = SETS[name][1]
            docs[key] = next(parse([load(ip)[doc_id]["text"]]))
        doc = docs[key]
        pp = Path(pred_dir) / ("news-dev.jsonl" if SETS[name][2] is None else f"{SETS[name][2]}.jsonl")
        pred = load(pp)[doc_id]
        if start is None:
            out.append((name, doc_id, kind, trig, "trigger-not-located", "", ""))
            continue
        tok = next((t for t in tokens(doc) if t.idx <= start < t.idx + len(t)), None)
        if tok is None:
            out.append((name, doc_id, kind, trig, "no-token", "", ""))
            continue
        sent = tok.sent.text.strip().replace("\n", " ")
        if kind == "FALSE":
            out.append((name, doc_id, kind, trig, "false", "", sent))
            continue
        lemma = tok.lemma_.lower()
        in_lex = (
            "statement" in lex.verbs.get(lemma, ())
            or "statement" in lex.nouns.get((trg._noun_lemma(tok),), ())
            or "statement" in lex.nouns.get((lemma,), ())
        )
        evs = [
            q
            for q in pred.get("events", [])
            if q["type"] == "statement" and q["trigger"]["start"] <= tok.idx < q["trigger"]["end"]
        ]
        folded = [q for q in pred.get("events", []) if any(m.get("start") == tok.idx for m in q.get("mentions") or [])]
        other = [q for q in pred.get("events", []) if q["trigger"]["start"] <= tok.idx < q["trigger"]["end"]]
        if evs and evs[0].get("modality", "asserted") != "asserted":
            step, detail = "modality", evs[0]["modality"]
        elif evs:
            step, detail = "predicted-but-unmatched", ""
        elif folded:
            step, detail = "folded", f"into {folded[0]['type']} '{folded[0]['trigger']['text']}'"
        elif other:
            step, detail = "other-type", other[0]["type"]
        else:
            ts = trg.find_triggers(doc)
            t = next((t for t in ts if t.start <= tok.i < t.end), None)
            if t is not None and t.type == "statement":
                if is_generic_mention(doc[t.head], "statement", lex):
                    step, detail = "generic", ""
                else:
                    step, detail = "dropped-after-trigger", ""
            elif t is not None:
                step, detail = "trigger-other-type", t.type
            elif not in_lex:
                step, detail = "not-in-lexicon", f"{lemma}/{tok.pos_}"
            else:
                kindw = "noun" if tok.pos_ in {"NOUN", "PROPN"} else "verb"
                from kg.extract.events.reported import evaluation_reported

                if kindw == "verb" and evaluation_reported(tok, lex):
                    step, detail = "sense", "reported.evaluation_reported"
                else:
                    r, lines = trace_return(communication.sense, tok, "statement", kindw, lex)
                    if r is None:
                        step, detail = "sense", ";".join(f"{f}:{ln}" for f, ln, a in lines if a is None)[:80]
                    else:
                        step, detail = "trigger-dropped-in-find_triggers", f"sense={r} pos={tok.pos_}"
        out.append((name, doc_id, kind, trig, step, detail, sent))
    for r in out:
        print("\t".join(str(x) for x in r))


if __name__ == "__main__":
    main(sys.argv[1], "--false" in sys.argv)
