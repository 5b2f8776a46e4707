"""Who a mention that is no name stands for, chosen by a learnt ranker over the article's entities.

`rerank_arguments(facts)` looks at each agent, participant, target and recipient of an event whose text is no
name of its entity ("he", "the army", "a union official", "the new pope", "its foreign ministry") and ranks
the candidates: every person, organisation, place and group of the article, and "none" (the text kept as it is).
Each candidate is a vector of a few dozen general features (the entity's type against the mention's head class,
title and name words shared, demonym and country, distance and recency in sentences, salience, the dateline's
country, possessives, and the choice kg's rules made), scored by a linear model whose weights and feature names
are data (`data/participant_ranker.json`, written by `benchmarks/train_participant_ranker.py` from the annotated
sets pooled). No weights file, or `rules_only()`, leaves the rules' choice as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.extract.datelines import find_dateline
from kg.facts import Argument, ArticleFacts, Entity, Event, Mention

RANKED_ROLES = frozenset({"agent", "participant", "target", "recipient"})
CANDIDATE_TYPES = frozenset({"person", "organization", "place", "group"})
NONE = "none"
PAIRS = "option:pairs"  # a weight of 1 in the model turns on two arguments for a plural mention
MODEL_FILE = "participant_ranker.json"

SINGULAR_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
POSSESSIVES = {"its", "their", "his", "her"}
PLURAL_DETERMINERS = {"both", "two", "three", "each", "all"}
PAIR_WORDS = {"both", "two", "each"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")

_state = {"enabled": True}


@contextmanager
def rules_only() -> Iterator[None]:
    """Within the block, extraction keeps the rules' choice (the trainer measures the rules so)."""
    before = _state["enabled"]
    _state["enabled"] = False
    try:
        yield
    finally:
        _state["enabled"] = before


@dataclass(frozen=True)
class Ranker:
    """A linear model: one weight per feature name."""

    weights: dict[str, float]

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(name, 0.0) * value for name, value in features.items())


@lru_cache(maxsize=1)
def load_ranker() -> Ranker | None:
    """The committed model, or None when there is none."""
    path = resources.files("kg.extract") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Ranker(weights={k: float(v) for k, v in data["weights"].items()})


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    """The word lists the features read, from kg's data files."""
    base = resources.files("kg.extract") / "data"

    def words(name: str, column: int = 0) -> frozenset[str]:
        out = set()
        for line in (base / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.add(line.split("\t")[column].strip().casefold())
        return frozenset(out)

    actor_types: dict[str, str] = {}
    for line in (base / "actor_nouns.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and not line.startswith("#"):
            actor_types[cols[0].strip().casefold()] = cols[1].strip()
    people = frozenset(w for w, t in actor_types.items() if t == "person")
    return {
        "person_nouns": people | words("staff_titles.txt") | words("spokesperson_nouns.txt"),
        "roles": words("roles.tsv"),
        "titles": words("titles.txt"),
        "bodies": frozenset(w for w, t in actor_types.items() if t != "person")
        | words("national_bodies.txt")
        | words("org_descriptors.txt")
        | words("unnamed_member_nouns.txt"),
    }


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, frozenset[str]]:
    """Demonym → the country names and codes it may stand for."""
    out: dict[str, set[str]] = {}
    path = resources.files("kg.extract") / "data" / "demonyms.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 3 and not line.startswith("#"):
            out.setdefault(cols[0].casefold(), set()).update({cols[1].casefold(), cols[2].casefold()})
    return {k: frozenset(v) for k, v in out.items()}


def _words(text: str) -> list[str]:
    return [w.casefold().strip(".'") for w in _WORD.findall(text)]


def mention_class(text: str) -> str:
    """The mention's head class: a pronoun by number and gender, a person noun, a title, a body, a plural."""
    words = _words(text)
    if any(ch.isdigit() for ch in text):
        return "number"
    if not words:
        return "empty"
    lex = _lexicon()
    head, last_two = words[-1], " ".join(words[-2:])
    if len(words) == 1 and head in SINGULAR_PERSON_PRONOUNS:
        return "pron_" + SINGULAR_PERSON_PRONOUNS[head]
    if len(words) == 1 and head in THING_PRONOUNS:
        return "pron_it"
    if len(words) == 1 and head in PLURAL_PRONOUNS:
        return "pron_pl"
    if head in lex["bodies"] or last_two in lex["bodies"]:
        return "body"
    if head in lex["roles"] or last_two in lex["roles"]:
        return "title"
    if head in lex["person_nouns"]:
        return "person_noun"
    if head.endswith("s") and head[:-1] in lex["person_nouns"]:
        return "person_noun_pl"
    if head in lex["titles"]:
        return "title"
    if head.endswith("s") and not head.endswith("ss"):
        return "plural"
    return "other"


def is_unnamed(arg: Argument, entity: Entity | None) -> bool:
    """Whether the argument's text is no name of its entity (a pronoun, a description, a title)."""
    if arg.role not in RANKED_ROLES:
        return False
    if entity is None:
        return True
    words = set(_words(arg.text))
    names = [entity.name, *entity.aliases]
    return not any(w in words for n in names for w in _words(n) if len(w) > 2 and w not in {"the", "of", "and"})


class _Context:
    """What the features read of one article, computed once."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.text = facts.article.text
        self.sentences = facts.sentences or [(0, len(self.text))]
        self.entities = [e for e in facts.entities if e.type in CANDIDATE_TYPES]
        self.by_id = {e.id: e for e in facts.entities}
        self.starts_of_sentence: dict[int, int] = {}
        firsts: dict[int, tuple[int, str]] = {}
        for e in self.entities:
            for m in e.mentions:
                k = self.sentence_of(m.start)
                if k not in firsts or m.start < firsts[k][0]:
                    firsts[k] = (m.start, e.id)
        self.first_of_sentence = {k: eid for k, (_, eid) in firsts.items()}
        dateline = find_dateline(self.text)
        self.dateline_place = self.text[dateline.place[0] : dateline.place[1]].casefold() if dateline else ""
        self.dateline_country = ""
        for e in self.entities:
            if e.type == "place" and any(m.start == (dateline.place[0] if dateline else -1) for m in e.mentions):
                self.dateline_country = (e.country or "").casefold()

    def sentence_of(self, offset: int) -> int:
        for k, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return k
        return len(self.sentences) - 1 if offset >= self.sentences[-1][0] else 0


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def argument_features(
    ctx: _Context, event: Event, arg: Argument, cands: list[Entity | None], rule: str | None
) -> list[dict[str, float]]:
    """The features of each candidate (None: "none") for one argument."""
    latest = sorted(
        ((max((m.end for m in e.mentions if m.end <= arg.start), default=-1), e.id) for e in ctx.entities), reverse=True
    )
    recency = [eid for end, eid in latest if end >= 0]
    return [candidate_features(ctx, event, arg, c, rule, recency) for c in cands]


def candidate_features(
    ctx: _Context, event: Event, arg: Argument, cand: Entity | None, rule: str | None, recency: list[str]
) -> dict[str, float]:
    """The features of one candidate (None: "none") for one argument; `recency`: entity ids, last named first."""
    mclass = mention_class(arg.text)
    words = _words(arg.text)
    f: dict[str, float] = {}
    if cand is None:
        f[NONE] = 1.0
        f[f"{NONE}&m={mclass}"] = 1.0
        f[f"{NONE}&rule_none"] = float(rule is None)
        f[f"{NONE}&role={arg.role}"] = 1.0
        return f
    ctype = cand.type
    f[f"t={ctype}"] = 1.0
    f[f"t={ctype}&m={mclass}"] = 1.0
    f[f"t={ctype}&role={arg.role}"] = 1.0
    is_rule = cand.id == rule
    f["rule"] = float(is_rule)
    f[f"rule&m={mclass}"] = float(is_rule)
    here = ctx.sentence_of(arg.start)
    before = [m for m in cand.mentions if m.end <= arg.start and not (m.start == arg.start and m.end == arg.end)]
    after = [m for m in cand.mentions if m.start >= arg.end]
    if before:
        gap = here - ctx.sentence_of(before[-1].start)
        f["dist=" + _bucket(gap, (0, 1, 2, 4))] = 1.0
        f[f"dist={_bucket(gap, (0, 1, 2, 4))}&m={mclass}"] = 1.0
    else:
        f["after_only" if after else "no_mention"] = 1.0
    if cand.id in recency:
        f["recent=" + _bucket(recency.index(cand.id) + 1, (1, 2, 3, 5))] = 1.0
        same_type = [eid for eid in recency if ctx.by_id[eid].type == ctype]
        f[f"recent_same_type={_bucket(same_type.index(cand.id) + 1, (1, 2, 3))}&m={mclass}"] = 1.0
    f["mentions=" + _bucket(len(cand.mentions), (1, 2, 4))] = 1.0
    f["headline"] = float(any(ctx.sentence_of(m.start) == 0 for m in cand.mentions))
    f["first_in_sentence"] = float(any(eid == cand.id for k, eid in ctx.first_of_sentence.items() if k <= here))
    first_here = ctx.first_of_sentence.get(here) == cand.id
    f["subject_here"] = float(first_here)
    prev = next((ctx.first_of_sentence[k] for k in range(here - 1, -1, -1) if k in ctx.first_of_sentence), None)
    f[f"subject_before&m={mclass}"] = float(prev == cand.id)
    ev_sent = ctx.sentence_of(event.trigger.start)
    f["in_event_sentence"] = float(any(ctx.sentence_of(m.start) == ev_sent for m in cand.mentions))
    f["other_argument"] = float(any(a.entity == cand.id and a is not arg for a in event.arguments))
    name_words = {w for n in [cand.name, *cand.aliases] for w in _words(n) if len(w) > 2}
    title_words = {w for t in cand.titles for w in _words(t)}
    f["title_match"] = float(bool(title_words & set(words)))
    f[f"title_match&m={mclass}"] = f["title_match"]
    f["head_in_name"] = float(bool(words) and words[-1] in name_words)
    countries = {c for w in words for c in _demonym_countries().get(w, ())}
    cand_country = {(cand.country or "").casefold(), (cand.affiliation or "").casefold(), cand.name.casefold()} - {""}
    f["demonym_match"] = float(bool(countries & cand_country))
    f["demonym_other"] = float(bool(countries) and not countries & cand_country)
    f[f"dateline_country&m={mclass}"] = float(
        bool(ctx.dateline_country) and (cand.country or "").casefold() == ctx.dateline_country and ctype == "place"
    )
    f["dateline_place"] = float(ctx.dateline_place in {cand.name.casefold(), *(a.casefold() for a in cand.aliases)})
    if words and words[0] in POSSESSIVES:
        f[f"possessive={words[0]}&t={ctype}"] = 1.0
    if is_plural(arg.text):
        f[f"plural&t={ctype}"] = 1.0
    return f


def ranked_arguments(facts: ArticleFacts) -> Iterator[tuple[Event, Argument, list[Entity | None], str | None]]:
    """Each argument the ranker chooses for, with its candidates (None last: "none") and the rules' choice."""
    by_id = {e.id: e for e in facts.entities}
    cands: list[Entity | None] = [e for e in facts.entities if e.type in CANDIDATE_TYPES]
    for event in facts.events:
        for arg in event.arguments:
            entity = by_id.get(arg.entity) if arg.entity else None
            if is_unnamed(arg, entity):
                extra = [entity] if entity is not None and entity.type not in CANDIDATE_TYPES else []
                yield event, arg, [*cands, *extra, None], arg.entity


def context(facts: ArticleFacts) -> _Context:
    return _Context(facts)


def rerank_arguments(facts: ArticleFacts, ranker: Ranker | None = None) -> None:
    """Each unnamed argument's entity, as the ranker chooses it (in place); the mention moves with it."""
    ranker = ranker or (load_ranker() if _state["enabled"] else None)
    if ranker is None:
        return
    ctx = _Context(facts)
    by_id = {e.id: e for e in facts.entities}
    choices = []  # all chosen on the rules' mentions first, so that no choice depends on the order of the others
    pairs = []
    for event, arg, cands, rule in ranked_arguments(facts):
        scores = [ranker.score(f) for f in argument_features(ctx, event, arg, cands, rule)]
        order = sorted(range(len(cands)), key=lambda k: (-scores[k], k))
        best = cands[order[0]]
        choices.append((arg, rule, best.id if best is not None else None))
        same_span = [a for a in event.arguments if (a.start, a.end) == (arg.start, arg.end)]
        if best is not None and len(same_span) == 1 and names_a_pair(arg.text) and pairs_enabled(ranker):
            second = next((cands[k] for k in order[1:] if cands[k] is None or cands[k].type == best.type), None)
            if second is not None and second.id != rule and second.id not in {a.entity for a in event.arguments}:
                pairs.append((event, Argument(arg.role, arg.text, arg.start, arg.end, entity=second.id)))
    for arg, rule, choice in choices:
        if choice != rule:
            _move_mention(by_id, arg, rule, choice)
            arg.entity = choice
    for event, arg in pairs:  # "the two presidents": the two best of one type, when the second beats "none"
        event.arguments.append(arg)
        _move_mention(by_id, arg, None, arg.entity)


def is_plural(text: str) -> bool:
    """Whether the mention names several actors ("the two companies", "both sides", "they", "officials")."""
    words = _words(text)
    plural_classes = {"pron_pl", "plural", "person_noun_pl"}
    return bool(words) and (words[0] in PLURAL_DETERMINERS or mention_class(text) in plural_classes)


def names_a_pair(text: str) -> bool:
    """Whether the mention names two actors: "the two companies", "both governments", "each side"."""
    return any(w in PAIR_WORDS for w in _words(text)[:2])


def pairs_enabled(ranker: Ranker) -> bool:
    """A plural mention gives two arguments when the model was trained so (its `pairs` weight is positive)."""
    return ranker.weights.get(PAIRS, 0.0) > 0


def _move_mention(by_id: dict[str, Entity], arg: Argument, old: str | None, new: str | None) -> None:
    """The argument's span, a mention of the entity it was given, becomes a mention of the chosen one."""
    if old in by_id and len(by_id[old].mentions) > 1:
        by_id[old].mentions = [m for m in by_id[old].mentions if (m.start, m.end) != (arg.start, arg.end)]
    if new in by_id and not any((m.start, m.end) == (arg.start, arg.end) for m in by_id[new].mentions):
        added = [*by_id[new].mentions, Mention(arg.start, arg.end, arg.text)]
        by_id[new].mentions = sorted(added, key=lambda m: m.start)
