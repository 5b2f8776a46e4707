"""What the civic and business event families share: frames of one lemma, verbs that govern an event noun,
particle verbs that are another event, and the modifier test.

All of it is read from the event lexicon (`data/event_lexicon.json`), in each type's `frame`:
- `"verb:elect"` / `"noun:merger"`: the argument frame of one lemma where it differs from its type's ("voters
  elected Lenz": the one elected is the object, the voters the subject);
- `"governors"`: verbs whose subject takes a role in the event their object names ("Lenz won the election":
  the winner; "the minister ended a two-day visit": the visitor);
- `"particles"` / `"phrases"`: a verb that with its particle, or its preposition and object, evokes the type
  ("struck down the law" is a ruling, not an attack; "took over the firm", "taken into custody").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.arguments import EntityLookup, _add, _subject_of
from kg.extract.events.lexicon import Lexicon
from kg.facts import Argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLAUSES = {"ccomp", "relcl", "advcl", "parataxis", "csubj", "acl"}


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def kids(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, *preps: str) -> list[Token]:
    """The objects of the trigger's prepositions ("ruled against the state": the state)."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def modifiers(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i]


def modifies_another_noun(tok: Token, keeps: frozenset[str] = frozenset()) -> bool:
    """ "arrest warrant", "election campaign", "visit schedule": the event word names a kind of thing, not an
    event. A head in `keeps` still names the event ("takeover bid", "protest march")."""
    head = tok.head
    return (
        tok.dep_ in {"compound", "nmod"}
        and head.i != tok.i
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i > tok.i
        and lemma(head) not in keeps
    )


def bare_plural(tok: Token) -> bool:
    """ "theme-park visits", "trips to the seaside": a plural with no determiner or possessor names a habit."""
    return tok.tag_ in {"NNS", "NNPS"} and not kids(tok, "det", "poss", "nummod", "predet")


def particle_event(tok: Token, lex: Lexicon) -> str | None:
    """The type a verb evokes with its particle or its preposition and object: "struck down" (ruling), "took
    over" (acquisition), "rounded up" (arrest), "taken into custody" (arrest); None otherwise."""
    if tok.pos_ != "VERB" or tok.dep_ == "amod":
        return None
    low = lemma(tok)
    if low not in lex.derived("@particle_event_verbs", _particle_verbs):
        return None
    for etype, frames in lex.frames.items():
        particle = frames.get("particles", {}).get(low)
        if particle and any(
            c.lower_ == particle and (c.dep_ == "prt" or c.i == tok.i + 1 and c.dep_ in {"advmod", "prep"})
            for c in tok.children
        ):
            return etype
        phrase = frames.get("phrases", {}).get(low)
        if phrase and any(lemma(g) == phrase[1] for g in prep_objects(tok, phrase[0])):
            return etype
    return None


def _particle_verbs(lex: Lexicon) -> frozenset[str]:
    return frozenset(
        lemma for frames in lex.frames.values() for key in ("particles", "phrases") for lemma in frames.get(key, {})
    )


def frame_arguments(doc: Doc, head: Token, frame: dict[str, str], lookup: EntityLookup) -> list[Argument]:
    """A verb's arguments read with a frame of its own (`"verb:elect"`): subject (inherited along xcomp and
    conj chains), objects, the passive "by" agent and prepositional objects."""
    args: list[Argument] = []
    subjects = kids(head, "nsubj") or ([] if kids(head, "nsubjpass") else _subject_of(head))
    if "nsubj" in frame:
        for s in subjects:
            _add(args, doc, s, frame["nsubj"], lookup)
    for child in head.children:
        dep = child.dep_
        if dep == "dative" and child.pos_ == "ADP" and child.lower_ in frame:  # "sold the chain to Marquis"
            for g in kids(child, "pobj"):
                _add(args, doc, g, frame[child.lower_], lookup)
        elif dep in {"dobj", "nsubjpass", "dative"} and dep in frame:
            _add(args, doc, child, frame[dep], lookup)
        elif dep == "agent" and "agent" in frame:
            for g in kids(child, "pobj"):
                _add(args, doc, g, frame["agent"], lookup)
        elif dep == "prep" and child.lower_ in frame:
            for g in kids(child, "pobj"):
                _add(args, doc, g, frame[child.lower_], lookup)
    return args


def governor(
    head: Token, governors: dict[str, str], containers: frozenset[str] = frozenset()
) -> tuple[Token, str] | None:
    """The verb that governs an event noun as its object, and the role its subject takes: "Lenz won the
    election" -> (won, agent); "completed its acquisition of" -> (completed, agent); through a container noun
    of `containers` ("adopted a fifth package of sanctions" -> (adopted, agent))."""
    tok = head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in containers:
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in {"in", "on", "for"}:
        tok = tok.head  # "won in a landslide election", "on a visit to"
    if tok.dep_ not in {"dobj", "nsubjpass", "attr", "prep", "conj"} or tok.head.i == tok.i:
        return None
    gov = tok.head
    role = governors.get(lemma(gov))
    if role is None or gov.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ == "oprd" for c in gov.children):
        return None  # "called the protest a disgrace": the subject names the event and takes no part in it
    return gov, role


def add_governor_subject(
    doc: Doc,
    head: Token,
    frame: dict,
    args: list[Argument],
    lookup: EntityLookup,
    containers: frozenset[str] = frozenset(),
) -> None:
    """The subject of a governing verb fills its role when the event has none ("Lenz won the election")."""
    found = governor(head, frame.get("governors", {}), containers)
    if found is None:
        return
    gov, role = found
    if any(a.role == role for a in args):
        return
    # "Scharping, ending a two-day visit, said": a participle that modifies a name has it for subject
    subjects = [gov.head] if gov.dep_ in {"acl", "advcl"} and gov.head.pos_ in {"NOUN", "PROPN"} else _subject_of(gov)
    for s in subjects:
        _add(args, doc, s, role, lookup)


def span_argument(doc: Doc, first: Token, last: Token, role: str, lookup: EntityLookup) -> Argument:
    """An argument over the tokens first..last (an office: "mayor of Lenburg", "presidential election"); its
    entity only when the whole span is one."""
    start, end = first.idx, last.idx + len(last)
    eid = lookup.entity_at(first.i)
    whole = eid is not None and all(lookup.entity_at(i) == eid for i in range(first.i, last.i + 1))
    return Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=eid if whole else None)


def phrase_end(tok: Token) -> Token:
    """The last token of `tok`'s phrase, trailing punctuation left out."""
    last = tok.right_edge
    while last.i > tok.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    return last


def clause_head(tok: Token) -> Token:
    """The token that carries a hyphen-split verb's arguments: "was re-elected" parses as "re" (with the
    subject and auxiliaries) and "elected" hung on it."""
    if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.head.i == tok.i - 2:
        return tok.head
    return tok


def reduced_passive(verb: Token, frame: dict) -> bool:
    """ "Former minister acquitted in Selva", "Brandt elected mayor": a headline's passive without "was",
    read by the parser as an active verb with a subject and no object."""
    if "nsubjpass" not in frame or not kids(verb, "nsubj") or kids(verb, "aux", "auxpass", "ccomp", "xcomp"):
        return False
    if any(frame.get(p.lower_) == frame["nsubjpass"] for p in kids(verb, "prep")):
        return False  # "the court ruled against the state": the phrase that names the target says it is active
    return not kids(verb, "dobj") and verb.tag_ in {"VBN", "VBD"}


def verb_arguments(doc: Doc, head: Token, frame: dict[str, str], lookup: EntityLookup) -> list[Argument]:
    """A verb's arguments under `frame`, with the hyphen-split verbs, headline passives and relative pronoun
    subjects ("Kobel, who was sentenced ...": Kobel) that the plain frame misses."""
    verb = clause_head(head)
    if reduced_passive(verb, frame):
        frame = {**frame, "nsubj": frame["nsubjpass"]}
    args = frame_arguments(doc, verb, frame, lookup)
    if verb.i != head.i:
        args += [a for a in frame_arguments(doc, head, frame, lookup) if a.start not in {b.start for b in args}]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}), None)
    if subject is not None and verb.dep_ == "relcl" and subject.dep_ in frame:
        _add(args, doc, verb.head, frame[subject.dep_], lookup)
    return args


def climb_to_verb(noun: Token, hops: int = 4) -> Token | None:
    """The verb a noun's prepositional chain hangs on: "arrived ... at the start of a three-day visit"."""
    tok = noun
    for _ in range(hops):
        if tok.dep_ not in {"pobj", "prep", "dobj"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None
