#!/usr/bin/env python3
"""Train the ranker of who an unnamed argument is (`kg/extract/resolve_learnt.py`) on the annotated sets pooled,
and test it by rotation: each set left out in turn, scored by a model trained on the others only.

    .venv/bin/python benchmarks/train_participant_ranker.py [--cache DIR] [--write] [--epochs N]

Extracts news-dev (../shared/data) and held-out sets a–j (benchmarks/data) with the rules alone
(`resolve_learnt.rules_only`; `--cache DIR` keeps those facts so a second run skips the parse), builds one ranking
instance per agent, participant, target or recipient of a matched event whose text is no name (the events matched
as `../shared/eval/score_news.py` matches them; the right candidates are the entities whose name the gold
participants carry, by the scorer's last-word key, or "none" when the text itself is the key or no candidate is
named), trains an averaged perceptron (sorted instances, a fixed-seed order per epoch: deterministic), and
prints, per left-out set, participant recall and event F1 for the rules and for the ranker, scored with
score_news.py. `--write` then trains on every set and writes `kg/extract/data/participant_ranker.json` (the weights
and feature names); ship it only when the rotation says so (BENCHMARKS.md, learn-k).
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
DATA = ROOT / "benchmarks" / "data"
MODEL_PATH = ROOT / "kg" / "extract" / "data" / "participant_ranker.json"
SCORED = {"call", "attack", "statement", "meeting", "agreement"}
SETS = {"news-dev": SHARED / "data" / "news-dev", "a": DATA / "heldout-news"}
SETS.update({s: DATA / f"heldout-news-{s}" for s in "bcdefghij"})
SEED = 11
PAIRS = "option:pairs"  # kg.extract.resolve_learnt.PAIRS


def key(name: str | None) -> str:
    """The scorer's key of a name: its last word, case-folded."""
    w = (name or "").replace("'s", "").split()
    return w[-1].strip(".,").casefold() if w else ""


def rule_facts(name: str, cache: Path | None) -> list:
    """The set's facts extracted by the rules alone (from the cache when it has them)."""
    from kg.extract.resolve_learnt import rules_only
    from kg.pipeline import extract

    cached = cache / f"{name}.pickle" if cache else None
    if cached and cached.exists():
        return pickle.loads(cached.read_bytes())
    with rules_only():
        facts = list(extract(str(SETS[name]) + ".in.jsonl"))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(facts))
    return facts


def load_gold(name: str) -> dict[str, dict]:
    rows = (json.loads(line) for line in open(str(SETS[name]) + ".gold.jsonl", encoding="utf-8") if line.strip())
    return {d["id"]: d for d in rows if "id" in d}


def matched_events(facts, gold_doc: dict) -> list[tuple]:
    """(kg's event, the gold event) pairs as score_news.py pairs them."""
    used: set[int] = set()
    out = []
    for q in facts.events:
        if q.type not in SCORED or q.modality != "asserted":
            continue
        starts = [q.trigger.start] + [m.start for m in q.mentions]
        j = next((j for j, e in enumerate(gold_doc["events"]) if j not in used and e["type"] == q.type
                  and any(e["start"] <= s < e["end"] for s in starts)), None)
        if j is not None:
            used.add(j)
            out.append((q, gold_doc["events"][j]))
    return out


def instances(name: str, facts_list: list, gold: dict[str, dict]) -> list[tuple[str, list[dict], list[int]]]:
    """(an instance id, each candidate's features, the indices of the right candidates)."""
    from kg.extract.resolve_learnt import argument_features, context, ranked_arguments

    out = []
    for facts in facts_list:
        g = gold.get(facts.article.id)
        if g is None:
            continue
        pairs = {id(q): e for q, e in matched_events(facts, g)}
        ctx = context(facts)
        for n, (event, arg, cands, rule) in enumerate(ranked_arguments(facts)):
            gold_event = pairs.get(id(event))
            if gold_event is None:
                continue
            keys = _gold_keys(gold_event, arg.role)
            keys -= {_argument_key(facts, a) for a in event.arguments if a is not arg}  # found without this one
            right = [k for k, c in enumerate(cands) if c is not None and key(c.name) in keys]
            if key(arg.text) in keys or not right:
                right.append(len(cands) - 1)  # "none": the text scores as it is, or no candidate is named
            if rule is not None and len(right) == 1 and right[0] == len(cands) - 1:
                right = [k for k, c in enumerate(cands) if c is not None and c.id == rule]  # nothing to gain: keep it
            feats = argument_features(ctx, event, arg, cands, rule)
            out.append((f"{name}/{facts.article.id}/{n}", feats, right))
    return out


def _gold_keys(gold_event: dict, role: str) -> set[str]:
    """The gold names an argument of this role may be: the agent's, the target's, or the other participants'."""
    participants = {key(p) for p in gold_event.get("participants") or []}
    agent, target = gold_event.get("agent"), gold_event.get("target")
    if role == "agent":
        return {key(agent)} if agent else participants
    if role == "target":
        return {key(target)} if target else set()
    return participants - {key(agent)} if agent else participants


def _argument_key(facts, arg) -> str:
    entity = facts.entity(arg.entity) if arg.entity else None
    return key(entity.name if entity else arg.text)


def train(data: list[tuple[str, list[dict], list[int]]], epochs: int) -> dict[str, float]:
    """An averaged perceptron ranking the right candidates first (deterministic: sorted data, seeded order)."""
    data = sorted(data, key=lambda d: d[0])
    weights: dict[str, float] = {}
    totals: dict[str, float] = {}
    stamps: dict[str, int] = {}
    step = 0
    rng = random.Random(SEED)

    def score(f: dict[str, float]) -> float:
        return sum(weights.get(k, 0.0) * v for k, v in f.items())

    def update(f: dict[str, float], delta: float) -> None:
        for k, v in f.items():
            w = weights.get(k, 0.0)
            totals[k] = totals.get(k, 0.0) + (step - stamps.get(k, 0)) * w
            stamps[k] = step
            weights[k] = w + delta * v

    for _ in range(epochs):
        order = list(range(len(data)))
        rng.shuffle(order)
        for i in order:
            step += 1
            _, feats, right = data[i]
            scores = [score(f) for f in feats]
            best = max(range(len(feats)), key=lambda k: (scores[k], -k))
            if best in right:
                continue
            gold = max(right, key=lambda k: (scores[k], -k))
            update(feats[gold], 1.0)
            update(feats[best], -1.0)
    averaged = {}
    for k, w in weights.items():
        total = totals.get(k, 0.0) + (step - stamps.get(k, 0)) * w
        if abs(total / step) > 1e-6:
            averaged[k] = round(total / step, 6)
    return dict(sorted(averaged.items()))


def score_set(name: str, facts_list: list) -> dict:
    """score_news.py's figures for the facts."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(f.to_json()) + "\n" for f in facts_list), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "score_news.py"), str(SETS[name]) + ".gold.jsonl",
                              str(pred)], capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return json.loads(out[-2])


def reranked(facts_list: list, weights: dict[str, float]) -> tuple[list, int]:
    """The facts with the ranker's choices, and how many arguments it gave another entity than the rules."""
    from kg.extract.resolve_learnt import Ranker, rerank_arguments

    out = copy.deepcopy(facts_list)
    changed = 0
    for facts in out:
        before = [[a.entity for a in e.arguments] for e in facts.events]
        rerank_arguments(facts, Ranker(weights))
        for old, event in zip(before, facts.events, strict=True):
            new = [a.entity for a in event.arguments]
            changed += sum(x != y for x, y in zip(old, new[: len(old)], strict=True)) + len(new) - len(old)
    return out, changed


def _choice(feats: list[dict[str, float]], weights: dict[str, float]) -> int:
    scores = [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in feats]
    return max(range(len(feats)), key=lambda k: (scores[k], -k))


def instances_right(data: list[tuple[str, list[dict], list[int]]], weights: dict[str, float]) -> tuple[int, int]:
    """How many instances the rules and the ranker choose a right candidate for."""
    rules = ranker = 0
    for _, feats, right in data:
        rule = [k for k, f in enumerate(feats) if f.get("rule")] or [len(feats) - 1]
        rules += bool(set(rule) & set(right))
        ranker += _choice(feats, weights) in right
    return rules, ranker


def without_rules(data: list[tuple[str, list[dict], list[int]]]) -> list[tuple[str, list[dict], list[int]]]:
    """The instances with no feature of the rules' choice: what the other features can do alone."""
    return [(i, [{k: v for k, v in f.items() if not k.startswith("rule") and "rule_none" not in k} for f in feats], r)
            for i, feats, r in data]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the rules' facts of each set here (a second run skips the parse)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--write", action="store_true", help=f"train on every set and write {MODEL_PATH.name}")
    ap.add_argument("--without-rules", action="store_true", help="leave out the features of the rules' choice")
    ap.add_argument("--pairs", action="store_true", help="a plural mention may take the two best of one type")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    facts = {s: rule_facts(s, args.cache) for s in SETS}
    gold = {s: load_gold(s) for s in SETS}
    data = {s: instances(s, facts[s], gold[s]) for s in SETS}
    rules_right = {s: instances_right(d, {})[0] for s, d in data.items()}
    if args.without_rules:
        data = {s: without_rules(d) for s, d in data.items()}
    options = {PAIRS: 1.0} if args.pairs else {}
    print("| left-out set | instances (right: rules → ranker) | changed by the ranker | participants: rules → ranker "
          "| event F1: rules → ranker |")
    print("|---|---|---|---|---|")
    wins = 0
    sums = [0, 0.0, 0.0]
    for s in SETS:
        weights = train([d for t in SETS if t != s for d in data[t]], args.epochs) | options
        ranker_right = instances_right(data[s], weights)[1]
        ranked, changed = reranked(facts[s], weights)
        before, after = score_set(s, facts[s]), score_set(s, ranked)
        b, a = before["participant_recall"], after["participant_recall"]
        wins += a > b
        sums[0] += 1
        sums[1] += b
        sums[2] += a
        f1 = f"{before['micro'][2]} → {after['micro'][2]}"
        right = f"{len(data[s])} ({rules_right[s]} → {ranker_right})"
        print(f"| {s} | {right} | {changed} | {b} → {a} | {f1} |", flush=True)
    print(f"\nranker above the rules on {wins} of {len(SETS)} sets; mean participants "
          f"{sums[1] / sums[0]:.1f} → {sums[2] / sums[0]:.1f}")
    if args.write:
        weights = train([d for s in SETS for d in data[s]], args.epochs) | options
        model = {"about": "kg.extract.resolve_learnt: weights of the ranker of unnamed arguments, written by "
                 "benchmarks/train_participant_ranker.py --write", "epochs": args.epochs, "seed": SEED,
                 "sets": list(SETS), "instances": sum(len(d) for d in data.values()), "weights": weights}
        MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
