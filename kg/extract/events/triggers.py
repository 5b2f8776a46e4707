"""Triggers: words that evoke an event, found by lemma in the lexicon and kept only in their event sense.

`find_triggers(doc)` returns candidate triggers in text order. Word sense comes from the parse and the
sentence: "fire" is an attack when a weapon or "open"/"under" frames it ("opened fire", "mortar fire"),
not in "a house fire"; "strike" not in "struck a deal" or "a general strike"; "call" is a phone call
when a phone word, "with"/"between" or two people frame it, not in "called for talks".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.events import attendance, call_senses, communication, conflict, headline_attacks, quotations, short_wars
from kg.extract.events.headline_verbs import compound_headline_verb
from kg.extract.events.lexicon import Lexicon, lexicon
from kg.extract.events.reported import evaluation_reported
from kg.nlp import sent_of, span_tokens, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Trigger:
    start: int  # token span [start, end)
    end: int
    head: int  # the syntactic head token of the trigger
    type: str
    pos: str  # verb | noun | adj
    ambiguous: bool = False  # kept by a sense rule rather than by the word alone


# The word-sense rules of the event families that `kg.extract.events` registers (civic, business): a type's
# sense rule, and verb rules that pick a type before the lexicon's order does ("struck down" is a ruling).
SenseRule = Callable[["Token", str, str, Lexicon], "bool | None"]
VerbRule = Callable[["Token", "tuple[str, ...]", Lexicon], "tuple[str, ...] | None"]
_FAMILY_SENSES: dict[str, SenseRule] = {}
_VERB_RULES: list[VerbRule] = []


def register_family(types: Iterable[str], sense: SenseRule, verb_rule: VerbRule | None = None) -> None:
    """Let an event family's module decide the sense of its types' words (and of its verbs' particles)."""
    for etype in types:
        _FAMILY_SENSES[etype] = sense
    if verb_rule is not None and verb_rule not in _VERB_RULES:
        _VERB_RULES.append(verb_rule)


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_.rstrip("s") if tok.lower_ != "talks" else "talks"


def _noun_lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    if tok.pos_ == "PROPN":  # Title Case headlines: "Attack", "Talks"
        lem = tok.lower_
        if lem.endswith("s") and lem[:-1] in {"attack", "strike", "call", "meeting", "raid", "sanction"}:
            lem = lem[:-1]
    return lem


def _trigger_words(lex: Lexicon) -> frozenset[str]:
    """Every word a trigger can start with: single-word verbs, nouns and adjectives, the first words of
    multi-word nouns, and the verbs of the structural rules ("blow" apart, "go" off, "hold")."""
    return lex.derived(
        "@trigger_words",
        lambda lex: frozenset(
            {*lex.verbs, *lex.adjectives, *(key[0] for key in lex.nouns), "blow", "hold"}
            | conflict.particle_verb_lemmas(lex)
            | lex.sense("bounded_war_nouns")
        ),
    )


def _multiword_first_lemmas(lex: Lexicon) -> frozenset[str]:
    """First lemmas of the multi-word event nouns: only tokens starting one need the longer lookups."""
    return lex.derived("@multiword_first", lambda lex: frozenset(key[0] for key in lex.nouns if len(key) > 1))


def find_triggers(doc: Doc) -> list[Trigger]:
    lex = lexicon()
    out: list[Trigger] = []
    used: set[int] = set()
    n = len(doc)
    toks = tokens(doc)
    words = _trigger_words(lex)
    # only tokens whose lemma or form (with or without a plural s) is a trigger word can start a trigger
    memo = _may_start_memo(words)
    maybe = []
    for t in toks:
        key = (t.lemma_, t.lower_)
        ok = memo.get(key)
        if ok is None:
            ok = memo[key] = _may_start(*key, words)
        maybe.append(ok)
    lemmas = [_noun_lemma(t) if ok else "" for t, ok in zip(toks, maybe, strict=True)]
    first_words = _multiword_first_lemmas(lex)
    for i, tok in enumerate(toks):
        if not maybe[i] or i in used or tok.is_space or tok.is_punct:
            continue
        # multi-word nouns first ("press conference", "phone call"), longest match, head = last token
        matched = False
        for length in range(min(lex.max_noun_len, n - i), 1, -1) if lemmas[i] in first_words else ():
            key = (lemmas[i], *(_noun_lemma(t) for t in toks[i + 1 : i + length]))
            if key in lex.nouns and toks[i + length - 1].pos_ in {"NOUN", "PROPN"}:
                for etype in lex.nouns[key]:
                    # "conference call", "cessation of hostilities": the phrase itself says which event it is;
                    # "the video conference room" names a thing
                    last = toks[i + length - 1]
                    if " ".join(key) not in lex.sense("phrases_of_one_sense"):
                        kept = _keep(last, etype, "noun", lex)
                    elif etype == "call" and call_senses.press_call(last, lex):
                        kept = None  # "told a conference call that ...": a statement's audience, no call
                    else:
                        kept = None if conflict.is_modifier_of_thing(last, lex) else False
                    if kept is not None:
                        out.append(Trigger(i, i + length, i + length - 1, etype, "noun", kept))
                        used.update(range(i, i + length))
                        matched = True
                        break
                if matched:
                    break
        if matched:
            continue
        trig = _single(tok, lex)
        if trig is not None:
            out.append(trig)
            used.add(i)
    out = [t for t in out if not (t.pos == "noun" and t.type in NAMED_DOCUMENT_TYPES and _part_of_a_name(toks[t.head]))]
    return quotations.drop_quoted_speech(doc, conflict.drop_inherited_senses(doc, out, lex), lex)


def _may_start(lemma: str, low: str, words: frozenset[str]) -> bool:
    """A token of this lemma and lower-case form can start a trigger: either is a trigger word, or is one and a
    plural s ("Clashes", "Skirmishes" read as names in a headline: es)."""
    lem = lemma.lower()
    return (
        lem in words
        or low in words
        or (lem[-1:] == "s" and lem[:-1] in words)
        or (low[-1:] == "s" and low[:-1] in words)
        or (low[-2:] == "es" and low[:-2] in words)
    )


_MAY_START: tuple[frozenset[str], dict[tuple[str, str], bool]] = (frozenset(), {})


def _may_start_memo(words: frozenset[str]) -> dict[tuple[str, str], bool]:
    """`_may_start` of the (lemma, form) pairs met before, for this set of trigger words (a new set, or ~50k pairs,
    starts it afresh)."""
    global _MAY_START
    if _MAY_START[0] is not words or len(_MAY_START[1]) > 50_000:
        _MAY_START = (words, {})
    return _MAY_START[1]


# "the North Atlantic Treaty Organization", "the Warsaw Pact", "the Court of Appeals": a capitalised agreement or
# statement noun inside a proper name names an organisation or a document, not an event of the text
NAMED_DOCUMENT_TYPES = {"agreement", "statement"}


def _part_of_a_name(tok: Token) -> bool:
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.i == 0:
        return False
    sent = sent_of(tok)
    words = [t for t in span_tokens(sent) if t.is_alpha]
    if words and all(t.text[:1].isupper() for t in words if len(t) > 3):
        return False  # a Title Case headline: capitals say nothing
    doc = tok.doc
    before = doc[tok.i - 1]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None

    def capitalised(t) -> bool:
        return t is not None and t.is_alpha and t.text[:1].isupper() and t.i != sent.start

    if capitalised(before) or capitalised(after):
        return True
    return before.lower_ == "of" and tok.i >= 2 and capitalised(doc[tok.i - 2])


def _single(tok: Token, lex: Lexicon) -> Trigger | None:
    pos = tok.pos_
    if headline_attacks.headline_attack_verb(tok, lex):  # "Militants storm army post": a verb read as a noun
        return Trigger(tok.i, tok.i + 1, tok.i, "attack", "verb", True)
    if pos == "VERB" or (pos == "AUX" and tok.lemma_ == "hold"):
        lemma = tok.lemma_.lower()
        candidates, kind = lex.verbs.get(lemma, ()), "verb"
        if not candidates and lemma in lex.adjectives and tok.tag_ == "VBN":
            candidates, kind = lex.adjectives[lemma], "adj"
        fighting = lemma in lex.sense("fighting_verbs")
        if (not candidates or fighting) and (_gerund_subject(tok) or fighting and _initial_gerund(tok)):
            # "Fighting near the town killed 12": the noun "fighting"
            candidates, kind = lex.nouns.get((tok.lower_,), ()), "noun"
    elif pos in {"NOUN", "PROPN"}:
        lemma = _noun_lemma(tok)
        candidates, kind = lex.nouns.get((lemma,), ()), "noun"
        if not candidates and lemma.endswith("s"):
            candidates = lex.nouns.get((lemma[:-1],), ())
        if not candidates and lemma.endswith("es"):  # "Clashes", "Skirmishes" as names
            candidates = lex.nouns.get((lemma[:-2],), ())
        if not candidates and tok.lower_ in lex.adjectives:  # "the dead", "the wounded"
            candidates, kind = lex.adjectives[tok.lower_], "adj"
        misread = compound_headline_verb(tok, lex)  # "Latvian police detain ship captain", "court halts sale"
        if misread is not None:
            return Trigger(tok.i, tok.i + 1, tok.i, misread, "verb", True)
    elif pos == "ADJ":
        lemma = tok.lower_
        candidates, kind = lex.adjectives.get(lemma, ()), "adj"
        if not candidates and (_adjective_as_noun(tok) or _trailing_adjective_noun(tok)):
            # "launched a counteroffensive" tagged ADJ; "over El Fasher offensive"
            candidates, kind = lex.nouns.get((lemma,), ()), "noun"
    else:
        return None
    if kind == "verb" and conflict.blown_apart(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "death", kind, True)
    if "death" in candidates and conflict.attempted_killing(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "attack", kind, True)
    if kind == "verb" and "attack" not in candidates and conflict.particle_attack(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "attack", kind, True)
    if kind == "verb" and "agreement" in candidates and communication.one_party_consent(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "statement", kind, True)  # "had agreed to appear for questioning"
    for rule in _VERB_RULES if kind == "verb" else ():  # "struck down", "took over", "beat" in a vote
        chosen = rule(tok, candidates, lex)
        if chosen is not None:
            candidates = chosen
            break
    if kind == "noun" and not candidates and short_wars.bounded_war(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "attack", kind, True)  # "a six-week war ... that killed 400"
    for etype in candidates:
        kept = _keep(tok, etype, kind, lex)
        if kept is not None:
            return Trigger(tok.i, tok.i + 1, tok.i, etype, kind, kept)
    return None


def _adjective_as_noun(tok: Token) -> bool:
    """An adjective the parser puts where a noun goes: an object or subject with an article of its own."""
    return tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in tok.children
    )


def _trailing_adjective_noun(tok: Token) -> bool:
    """ "sanctions commanders over Orlen offensive": a noun the tagger read as an adjective after the name it is
    about, ending its phrase (a headline's last word, or before punctuation)."""
    doc = tok.doc
    last = tok.i + 1 == len(doc) or doc[tok.i + 1].is_space or doc[tok.i + 1].is_punct
    after_a_name = tok.dep_ == "amod" and tok.head.i < tok.i and tok.head.pos_ == "PROPN"
    return after_a_name and last and all(c.is_space for c in tok.children)


def _gerund_subject(tok: Token) -> bool:
    """A gerund the parser tags a verb that is a subject with no subject or object of its own: a noun."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in {"nsubj", "nsubjpass", "csubj"}
        and not any(c.dep_ in {"nsubj", "dobj", "aux"} for c in tok.children)
    )


def _initial_gerund(tok: Token) -> bool:
    """ "Fighting between rival clans killed 12", parsed as an adverbial clause: a sentence's first word, a gerund with
    no subject, object or marker of its own."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.i == sent_of(tok).start
        and not any(c.dep_ in {"nsubj", "dobj", "aux", "mark"} for c in tok.children)
    )


def _keep(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    """None: not this event sense. False: kept plainly. True: kept by a sense rule (less certain)."""
    if etype in {"attack", "death", "injury"}:
        return conflict.sense(tok, etype, kind, lex)
    if etype == "statement" and kind == "verb" and evaluation_reported(tok, lex):
        return None  # "said it regretted the strikes": the regret is what was said
    if etype in {"statement", "press_conference"}:
        return communication.sense(tok, etype, kind, lex)
    if etype == "call":
        return call_senses.sense(tok, kind, lex)
    if etype in _FAMILY_SENSES:
        return _FAMILY_SENSES[etype](tok, etype, kind, lex)
    return _other_sense(tok, etype, kind, lex)


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _meets_someone(tok: Token, objects: set[str], lex: Lexicon) -> bool | None:
    """A meeting has people or organisations on both sides: "met the minister", "the two leaders met", "was met at the
    airport by the minister"; not "was met with anger", "met the criteria", "must be met with a crackdown". Only a
    word that is plainly no actor (a common noun, "it") rejects the sense: names the parser misreads do not."""
    if objects & lex.sense("meet_not_objects"):
        return None
    if tok.lemma_.lower() in lex.sense("meeting_verbs_needing_a_guest"):
        # "hosted Chancellor Lenz", "received the Korvian envoy"; not "hosted the Olympics", "received 20 patients"
        guests = [g for obj in _children(tok, "dobj", "nsubjpass") for g in (obj, *obj.conjuncts)]
        if any(g.lower_ in lex.sense("host_not_guests") for g in guests):
            return None  # "hosts the U.S. Navy's Fifth Fleet", "hosted the Asian Games": a thing housed or staged
        named = any(g.ent_type_ in {"PERSON", "ORG", "NORP"} for g in guests)
        titled = any(g.lemma_.lower() in lex.sense("guest_titles") for g in guests)
        return False if guests and (named or titled) else None

    def no_actor(words: list[Token]) -> bool:
        words = [t for w in words for t in (w, *w.conjuncts)]
        return bool(words) and all(
            (t.pos_ == "NOUN" or t.pos_ == "PRON") and not communication.is_actor_like(t, lex) for t in words
        )

    met = _children(tok, "nsubjpass") or _children(tok, "dobj")
    with_whom = [g for p in _children(tok, "prep") if p.lower_ == "with" for g in _children(p, "pobj")]
    if met and no_actor(met) or no_actor(with_whom):
        return None  # "met the test", "was met with anger"
    if not met and not with_whom and no_actor(_children(tok, "nsubj")):
        return None  # "the rivers meet"
    return False


def _other_sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    lemma = tok.lemma_.lower()
    objects = {c.lemma_.lower() for c in _children(tok, "dobj", "nsubjpass")}
    objects |= {
        g.lemma_.lower() for c in _children(tok, "dobj", "nsubjpass") for g in c.children if g.dep_ == "compound"
    }
    if etype == "meeting":
        if kind == "verb" and lemma in lex.sense("attendance_verbs"):
            return attendance.absent_party(tok, lex)  # "did not attend the forum": a negated meeting
        if kind == "verb":
            return _meets_someone(tok, objects, lex)
        if tok.lower_ == "talk" and not _children(tok, "compound", "amod"):
            return None  # "talk on the streets": talking, not talks
        return False
    if etype == "agreement":
        if kind == "verb":
            if lemma == "sign":
                return False if objects & lex.sense("signed_agreement_objects") else None
            return False if _children(tok, "xcomp", "ccomp", "prep") else None
        if lemma == "deal" and {c.lower_ for c in _children(tok, "amod")} & lex.sense("deal_not_modifiers"):
            return None
        if {c.lower_ for c in _children(tok, "amod")} & lex.sense("standing_agreement_modifiers"):
            return None  # "existing international agreements would be respected": no agreement made
        if lemma in lex.sense("agreement_nouns_needing_settling"):
            # "reached a compromise", "a negotiated settlement"; not "the settlement near Hebron", "a compromise bill"
            settling = lex.sense("settling_verbs")
            settled = tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in settling or any(
                c.dep_ == "acl" and c.lemma_.lower() in settling for c in tok.children
            )  # "reached a compromise", "the compromise reached on Monday"
            kinds = {c.lemma_.lower() for c in _children(tok, "amod", "compound")} & lex.sense("settlement_kinds")
            return False if settled or kinds else None
        if lemma == "memorandum" and not _children(tok, "prep"):
            return None
        parts = lex.sense("document_parts")
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in parts:
            return None  # "invoke Article 4 of the treaty": a provision of a named document, no agreement made
        return False
    if etype == "aid_suspension":
        aid = lex.sense("aid_objects")
        if kind == "verb":
            return True if objects & aid else None
        pobj = {
            g.lemma_.lower()
            for p in _children(tok, "prep")
            if p.lower_ in {"of", "in", "on", "to"}
            for g in p.children
            if g.dep_ == "pobj"
        }
        mods = {c.lemma_.lower() for c in _children(tok, "compound", "nmod", "amod")}
        return True if (pobj | mods) & aid else None
    if etype == "aid":
        return True if objects & lex.sense("aid_send_objects") else None
    return False
