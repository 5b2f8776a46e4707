"""Event dating: which date each event gets, and where that date comes from.

`attach_event_dates(doc, events, timexes, published)` sets `date`, `precision`, `date_range`, `timex`
and `date_source` on each event. The evidence, strongest first:

1. `expression` — a temporal expression that governs one of the event's mentions in the parse.
   From a verb: an expression on the verb, or on the verb it is the infinitive complement of ("agreed
   to meet on Friday"). From a noun: an expression inside its noun phrase ("attacks on the embassies
   on Aug. 7"), or on the words it climbs to through prepositions, nouns that are not other events,
   support verbs ("launched the attack on Friday", "claimed responsibility for the bombing") and verbs
   it is the subject of ("the bombings killed 258 on Aug. 7", "the shooting occurred Friday") — never
   through a content verb of another event ("condemned the bombing on Thursday" does not date the
   bombing), nor from a clause into the clause that reports it ("said Tuesday they had arrested": the
   arrest is not dated Tuesday). A day named right after a reporting verb ("said Tuesday") is that
   verb's, whatever the parser attached it to; a dateline's date dates no event. Failing those, an
   expression hung on a word of the event's own clause that is neither a verb nor another event. Every
   mention of an event counts (`Event.mentions`): the most precise date consistent with the coarser ones
   ("last year's blasts" ... "the blasts on Aug. 7, 1998" gives 1998-08-07).
2. `related_event` — a definite reference ("the call") takes the date of the earlier event it refers
   to; a toll (a death or injury with `caused_by`) takes its attack's date, and an attack with none of
   its own its toll's; an event in the present tense under a dated reporting verb holds at that verb's
   time; a past event reported by a dated verb happened on or before it (a range, no `date`).
3. `publication` — an event in the present tense outside quotes and headlines ("officials say")
   happens as the article is written: the publication day. Any other asserted or negated event with no
   evidence happened on or before the publication date: `date` stays None, `date_range` is
   (None, publication) — open below, because nothing in the text bounds it below, and a guessed bound
   would pass for knowledge. Planned and hypothetical events get no range.

`date` and `date_range` always agree (`date_disagreement` says how they would not): `date` names the
period the range starts in (a night keeps its range across midnight); `date` is None when the range is
coarser than a year or open below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.timex import LEXICON, parse_published, timex_bounds
from kg.facts import Event, Timex
from kg.nlp import doc_text, sentence_index, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DATE_SOURCES", "attach_event_dates", "date_disagreement", "event_date_of"]

DATE_SOURCES = ("expression", "related_event", "publication")

_DATA = json.loads((Path(__file__).parent / "data" / "dating.json").read_text(encoding="utf-8"))
# verbs that relate two events in time: "the call followed a conversation on Thursday" does not date the call
SEQUENCE_VERBS = frozenset(LEXICON["sequence_verbs"])
REPORTING_TYPES = frozenset(LEXICON["reporting_event_types"])
REPORTING_VERBS = frozenset(LEXICON["reporting_verbs"])
SUPPORT_VERBS = frozenset(_DATA["support_verbs"]["any_object"])
SUPPORT_WITH_OBJECTS = {verb: frozenset(objs) for verb, objs in _DATA["support_verbs"]["with_objects"].items()}
SIMULTANEOUS_MARKERS = frozenset(_DATA["simultaneous_markers"]["words"])
SIMULTANEOUS_PREPOSITIONS = frozenset(_DATA["simultaneous_prepositions"]["words"])
COMMUNICATION_TYPES = frozenset(_DATA["communication_types"]["types"])
DOCUMENT_NOUNS = frozenset(_DATA["document_nouns"]["words"])
REPORTING_DAY_MODIFIERS = frozenset(_DATA["reporting_day_modifiers"]["words"])
DATELINE = re.compile(_DATA["dateline"]["pattern"])
_QUOTE_MARK = re.compile("|".join(re.escape(m) for m in sorted(
    set(_DATA["quotation_marks"]["open"]) | set(_DATA["quotation_marks"]["close"]), key=len, reverse=True)))
_OPENING = frozenset(_DATA["quotation_marks"]["open"]) - frozenset(_DATA["quotation_marks"]["close"])
_CLOSING = frozenset(_DATA["quotation_marks"]["close"]) - frozenset(_DATA["quotation_marks"]["open"])
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
VERBAL = frozenset({"VERB", "AUX"})
# dependents of a noun that stay inside its noun phrase: an expression there dates the noun
NP_INTERNAL = frozenset({"prep", "pobj", "compound", "amod", "nmod", "appos", "npadvmod", "poss", "nummod"})
# dependencies by which a noun shares the date of the noun it modifies ("bombing victims", "attacks and raids")
NOUN_TO_NOUN = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj"})
CORE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd"})
NOW_TENSES = frozenset({"present", "perfect"})
UNDATED_MODALITIES = frozenset({"planned", "hypothetical"})  # not (yet) happened: no "on or before publication"
_MAX_CLIMB = 8
_MAX_NARRATIVE_SENTENCES = 6
_DATABLE = re.compile(r"\d{2,4}(?:-.*)?")


# ---------------------------------------------------------------- dates of expressions


def event_date_of(t: Timex) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """(date at its precision, precision, (earliest, latest)) of a timex; Nones when it names no date.

    Day-or-finer values give YYYY-MM-DD (a night keeps its range across midnight), weeks YYYY-Www,
    months YYYY-MM, quarters, halves, seasons and years YYYY; decades and centuries only a range.
    """
    if t.type not in ("DATE", "TIME") or not _DATABLE.fullmatch(t.value):
        return None, None, None
    precision, earliest, latest = t.precision, t.earliest, t.latest
    if precision is None:
        precision, earliest, latest = timex_bounds(t.value)
    if precision is None or earliest is None or latest is None:
        return None, None, None
    v = t.value
    rng = (earliest, latest)
    if precision in ("day", "time"):
        return v[:10], "day", rng
    if precision == "week":
        return v[:8], "week", rng
    if precision == "month":
        return v[:7], "month", rng
    if precision in ("quarter", "half", "season", "year"):
        return v[:4], precision, rng
    return None, precision, rng


def _period(value: str) -> tuple[str, str] | None:
    """[start, end) of a date at its precision (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD) as minute stamps."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01T00:00", f"{int(value) + 1:04d}-01-01T00:00"
        if re.fullmatch(r"\d{4}-\d\d", value):
            y, m = int(value[:4]), int(value[5:])
            return f"{value}-01T00:00", f"{y + (m == 12):04d}-{m % 12 + 1:02d}-01T00:00"
        if re.fullmatch(r"\d{4}-W\d\d", value):
            monday = Date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return f"{monday.isoformat()}T00:00", f"{(monday + timedelta(days=7)).isoformat()}T00:00"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = Date.fromisoformat(value)
            return f"{value}T00:00", f"{(day + timedelta(days=1)).isoformat()}T00:00"
    except ValueError:
        return None
    return None


def date_disagreement(date: str | None, date_range: tuple[str | None, str] | None) -> str | None:
    """Why an event's `date` and `date_range` disagree, or None when they agree.

    They agree when both are None; when a date names the period its range starts in; when there is a
    range and no date (a decade, or open below: "on or before the publication date").
    """
    if date is None:
        if date_range is not None and not date_range[1]:
            return "a range without its latest bound"
        return None
    if date_range is None:
        return f"date {date} without a range"
    earliest, latest = date_range
    period = _period(date)
    if period is None:
        return f"date {date} is not YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"
    if earliest is None:
        return f"date {date} with a range open below"
    if not (period[0] <= earliest[:16] < period[1]):
        return f"date {date} but the range starts at {earliest}"
    if latest < earliest:
        return f"range ends ({latest}) before it starts ({earliest})"
    return None


# ---------------------------------------------------------------- the parse


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _attachment(root: Token) -> Token:
    """The word a timex modifies: through its preposition ("on Friday" → "announced"), else its head."""
    head = root.head
    while head.pos_ == "ADP" and head.head.i != head.i:  # Token objects are views: compare indices
        head = head.head
    return head


def _reporting_verb_before(toks: list[Token], first: int, reporting: set[int]) -> Token | None:
    """The reporting verb right before a day name ("said Tuesday", "said on Tuesday"), if any."""
    k = first - 1
    while k >= 0 and toks[k].lower_ in REPORTING_DAY_MODIFIERS:
        k -= 1
    if k < 0:
        return None
    verb = toks[k]
    if verb.pos_ in VERBAL and (verb.i in reporting or verb.lemma_.lower() in REPORTING_VERBS):
        return verb
    return None


def _has_simultaneous_marker(verb: Token) -> bool:
    """ "as dawn broke", "when asked": a time clause that happens with its main clause."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS_MARKERS for c in verb.children)


def _is_bare_participle(verb: Token) -> bool:
    """ "exploded Friday, killing dozens": a participle clause with no subject or marker of its own."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") or (c.dep_ == "advmod" and c.tag_ == "WRB")
        for c in verb.children
    )


def _simultaneous_main_clause(verb: Token) -> Token | None:
    """ "officials said as dawn broke Saturday": the main clause of a time clause that happens with it."""
    if verb.dep_ == "advcl" and verb.pos_ in VERBAL and _has_simultaneous_marker(verb):
        return verb.head
    return None


def _is_support_verb(verb: Token, noun: Token) -> bool:
    """ "launched the attack", "held talks", "claimed responsibility (for the bombing)": one act."""
    if verb.pos_ not in VERBAL:
        return False
    lemma = verb.lemma_.lower()
    return lemma in SUPPORT_VERBS or noun.lemma_.lower() in SUPPORT_WITH_OBJECTS.get(lemma, ())


def _time_sharing_governor(tok: Token, others: set[int], mention: bool) -> Token | None:
    """The word above `tok` whose date is `tok`'s date, or None where the climb must stop (`mention`:
    `tok` is the event's own word, not one the climb reached)."""
    head = tok.head
    if head.i == tok.i:
        return None
    dep = tok.dep_
    if tok.pos_ in VERBAL:
        # the same occasion: an infinitive complement ("agreed to meet"), a coordinated predicate ("paid
        # tribute Tuesday ... and promised"), a participle or simultaneous time clause ("wrapped up talks
        # on Wednesday, meeting ...", "said when asked Thursday"), "quoted him Friday as saying"; a
        # complement, relative or other adverbial clause has its own time
        if head.pos_ in VERBAL and (
            dep in ("xcomp", "conj")
            or dep == "advcl" and (_is_bare_participle(tok) or _has_simultaneous_marker(tok))
        ):
            return head
        if dep == "pcomp" and head.lower_ in SIMULTANEOUS_MARKERS and head.head.pos_ in VERBAL:
            return head.head
        return None
    if tok.pos_ not in NOMINAL:
        return None
    if dep == "nsubj":
        return None if head.lemma_.lower() in SEQUENCE_VERBS else head
    if dep in ("nsubjpass", "dobj"):
        return head if _is_support_verb(head, tok) else None
    if dep == "pobj":
        gov = head.head
        if head.pos_ != "ADP" or gov.i == head.i:
            return None
        if gov.pos_ in NOMINAL:
            return None if gov.i in others else gov
        if mention and gov.pos_ in VERBAL and head.lower_ in SIMULTANEOUS_PREPOSITIONS:
            return gov  # "raised it during a speech Sunday night", "killed in the attack on Friday"
        return None  # "arrested in connection with the bombing": the verb is another event
    if dep in NOUN_TO_NOUN and head.pos_ in NOMINAL:
        return head if dep == "conj" or head.i not in others else None
    return None


def _climb(tok: Token, others: set[int]) -> list[Token]:
    """The mention, then the words above it that share its time, nearest first."""
    chain = [tok]
    for _ in range(_MAX_CLIMB):
        nxt = _time_sharing_governor(chain[-1], others, len(chain) == 1)
        if nxt is None or any(c.i == nxt.i for c in chain):
            break
        chain.append(nxt)
    return chain


def _noun_phrase(tok: Token, others: set[int]) -> dict[int, int]:
    """Words inside a noun mention's phrase (through prepositions and modifiers, not into another event
    or a clause), with their distance: "attacks on the embassies in Kenya on Aug. 7"."""
    if tok.pos_ not in NOMINAL:
        return {}
    found: dict[int, int] = {}
    frontier = [(tok, 0)]
    while frontier:
        cur, depth = frontier.pop()
        for child in cur.children:
            if child.i in others:
                continue
            if child.pos_ in VERBAL:
                if cur.i == tok.i and _says_what_the_noun_does(child, tok):
                    found.setdefault(child.i, depth + 1)
                continue
            if child.dep_ not in NP_INTERNAL:
                continue
            if child.i not in found or found[child.i] > depth + 1:
                found[child.i] = depth + 1
                if depth < _MAX_CLIMB:
                    frontier.append((child, depth + 1))
    return found


def _says_what_the_noun_does(verb: Token, noun: Token) -> bool:
    """A clause on an event noun that is about that event: "the bombings, which killed 224 on Aug. 7",
    "the attack carried out on Friday", "the explosions ripping through the embassies"."""
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG" or verb.tag_ == "VBN" and _is_support_verb(verb, noun)
    return False


def _document_times(verb: Token) -> list[Token]:
    """Participles and relative clauses on the document a speech verb's words come from: "said in a
    letter published Wednesday", "said a communique, read Wednesday night"."""
    if verb.pos_ not in VERBAL:
        return []
    docs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    docs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [
        c for d in docs if d.lemma_.lower() in DOCUMENT_NOUNS
        for c in d.children if c.dep_ in ("acl", "relcl") and c.pos_ in VERBAL
    ]


def _clause_head(tok: Token) -> Token:
    """The verb of the clause a word sits in (the root of a verbless fragment)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in VERBAL or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _in_core_argument(tok: Token, clause: Token) -> bool:
    """Whether a word sits inside the subject or object of its clause's verb: "posted a third-quarter
    loss" — the quarter is the loss's, not the posting's."""
    cur = tok
    for _ in range(12):
        if cur.i == clause.i or cur.head.i == cur.i:
            return False
        if cur.head.i == clause.i:
            return cur.dep_ in CORE_ARGUMENTS
        cur = cur.head
    return False


def _ancestors(tok: Token) -> Iterable[Token]:
    cur = tok
    for _ in range(20):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        yield cur


def _tense(tok: Token | None) -> str | None:
    """'present' | 'perfect' | 'past' | 'modal' | None: the tense of a verb, through its auxiliaries;
    an infinitive, participle or coordinated verb without auxiliaries takes its governor's."""
    for _ in range(4):
        if tok is None or tok.pos_ not in VERBAL:
            return None
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes):
            return "modal"
        if any(a.tag_ == "VBD" or a.lower_ == "had" for a in auxes):
            return "past"
        if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "perfect"
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        if tok.tag_ == "VBD":
            return "past"
        if tok.tag_ in ("VBZ", "VBP") and not auxes:
            return "present"
        if tok.dep_ in ("xcomp", "advcl", "conj", "acl") and tok.tag_ in ("VB", "VBG", "VBN") and not auxes:
            tok = tok.head
            continue
        if tok.tag_ == "VBN" and not auxes:
            return "past"
        return None
    return None


def _clause_verb(chain: list[Token]) -> Token | None:
    """The verb whose tense is the mention's: the mention itself, or the verb its climb reached."""
    return next((t for t in chain if t.pos_ in VERBAL), None)


def _in_quotation(text: str, at: int) -> bool:
    """Whether the character offset lies inside a quotation of its paragraph."""
    start = text.rfind("\n\n", 0, at) + 1
    inside = False
    for m in _QUOTE_MARK.finditer(text, start, at):
        mark = m.group()
        inside = True if mark in _OPENING else False if mark in _CLOSING else not inside
    return inside


def _headline_end(text: str) -> int:
    """Where a headline ends (0 when the article has none): a first line without a full stop."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    line, nl, _ = stripped.partition("\n")
    if nl and line.strip() and line.rstrip()[-1] not in '.?!"”\'' and len(line.split()) <= 25:
        return offset + len(line)
    return 0


def _is_definite_reference(tok: Token) -> bool:
    """ "the call", "Zelensky's call", "this announcement": a noun that refers back."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in tok.children:
        if child.dep_ in ("det", "poss") and child.lower_ in DEFINITE_DETERMINERS:
            return True
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return True
    return False


# ---------------------------------------------------------------- evidence


@dataclass(frozen=True)
class _Dating:
    """A date an event may get: its value, bounds, where it came from and how strong the evidence is."""

    date: str | None
    precision: str | None
    date_range: tuple[str | None, str]
    timex: int | None
    source: str
    strength: tuple[int, ...] = ()  # smaller is stronger

    def inside(self, other: _Dating) -> bool:
        """Strictly more precise than `other` and within it."""
        lo, hi = self.date_range
        olo, ohi = other.date_range
        if lo is None or olo is None:
            return False
        return olo[:16] <= lo[:16] and hi[:16] <= ohi[:16] and (lo[:16], hi[:16]) != (olo[:16], ohi[:16])


def _expression_dating(timexes: list[Timex], i: int, strength: tuple[int, ...]) -> _Dating | None:
    date, precision, rng = event_date_of(timexes[i])
    if precision is None or rng is None:
        return None
    return _Dating(date, precision, rng, i, "expression", strength)


class _Article:
    """The parse read once for dating: datable timexes, where each attaches, the events' mention words."""

    def __init__(self, doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.toks = tokens(doc)
        self.sent_of = sentence_index(doc)
        self.timexes = timexes
        self.headline_end = _headline_end(self.text)
        self.mention_tokens: dict[str, list[Token]] = {}
        self.owner: dict[int, Event] = {}  # token index of a mention → its event
        self._others: dict[str, set[int]] = {}
        for ev in events:
            toks = [t for t in (_token(doc, m.start, m.end) for m in [ev.trigger, *ev.mentions]) if t is not None]
            self.mention_tokens[ev.id] = toks
            for t in toks:
                self.owner.setdefault(t.i, ev)
        reporting = {i for i, ev in self.owner.items() if ev.type in REPORTING_TYPES}
        datelines = [m.span() for m in DATELINE.finditer(self.text)]
        self.attach: dict[int, int] = {}  # datable timex → the word it modifies
        self.also: dict[int, int] = {}  # ... and the main clause of its simultaneous time clause
        self.by_sentence: dict[int, list[int]] = {}
        first: dict[int, int] = {}  # datable timex → its first token
        for i, t in enumerate(timexes):
            if event_date_of(t)[1] is None or any(s <= t.start and t.end <= e for s, e in datelines):
                continue
            root = _token(doc, t.start, t.end)
            if root is None:
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            day_or_finer = event_date_of(t)[1] == "day"
            head = _reporting_verb_before(self.toks, span.start, reporting) if span and day_or_finer else None
            head = head or _attachment(root)
            self.attach[i] = head.i
            first[i] = span.start if span is not None else root.i
            self.by_sentence.setdefault(self.sent_of[root.i], []).append(i)
        self._one_date_per_verb(first)
        self._past_date_off_a_present_verb(first, published)
        for i, head_i in self.attach.items():
            main = _simultaneous_main_clause(self.toks[head_i])
            if main is not None:
                self.also[i] = main.i

    def _one_date_per_verb(self, first: dict[int, int]) -> None:
        """ "condemned Saturday two bomb attacks in Kenya Friday": a verb has one date; a second one, after
        an event noun the verb governs, is that noun's."""
        by_verb: dict[int, list[int]] = {}
        for i, head_i in self.attach.items():
            if self.toks[head_i].pos_ in VERBAL:
                by_verb.setdefault(head_i, []).append(i)
        for head_i, idxs in by_verb.items():
            if len(idxs) < 2 or len({self.timexes[i].value for i in idxs}) < 2:
                continue
            verb = self.toks[head_i]
            nearest = min(idxs, key=lambda i: abs(first[i] - head_i))
            for i in idxs:
                objects = [
                    c for c in verb.children
                    if c.dep_ in ("dobj", "nsubjpass") and c.i in self.owner and head_i < c.i < first[i]
                ]
                if i != nearest and objects:
                    self.attach[i] = objects[-1].i

    def _past_date_off_a_present_verb(self, first: dict[int, int], published: str | None) -> None:
        """ "has been arrested in connection with the bombings ... last year": a present or present perfect
        verb takes no past date, and a copula has no time of its own ("was behind two killings last week"),
        so a past date the parser hung on one is that of the event noun before it."""
        pub = _publication_bounds(published)
        if pub is None:
            return
        for i, head_i in list(self.attach.items()):
            verb = self.toks[head_i]
            latest = event_date_of(self.timexes[i])[2]
            if verb.pos_ not in VERBAL or latest is None or latest[1] >= pub[1]:
                continue
            if _tense(verb) not in ("present", "perfect") and verb.lemma_ != "be":
                continue  # a copula has no time of its own: "the IRA was behind two killings last week"
            nouns = [
                t for t in self.toks[head_i + 1 : first[i]]
                if t.i in self.owner and t.pos_ in NOMINAL and any(a.i == head_i for a in _ancestors(t))
            ]
            if nouns:
                self.attach[i] = nouns[-1].i

    def others(self, ev: Event) -> set[int]:
        """Mention words of every other event."""
        found = self._others.get(ev.id)
        if found is None:
            found = self._others[ev.id] = {i for i, owner in self.owner.items() if owner is not ev}
        return found

    def mention_datings(self, ev: Event) -> list[_Dating]:
        """Every date a mention of the event is given by an expression, strongest first."""
        others = self.others(ev)
        found: list[_Dating] = []
        for k, tok in enumerate(self.mention_tokens.get(ev.id, [])):
            in_sentence = self.by_sentence.get(self.sent_of[tok.i], [])
            if not in_sentence:
                continue
            chain = _climb(tok, others)
            depth = {t.i: d for d, t in enumerate(chain)}
            for i, d in _noun_phrase(tok, others).items():
                depth[i] = min(d, depth.get(i, d))
            for t in _document_times(tok):
                depth.setdefault(t.i, 1)
            best: tuple[tuple[int, ...], int] | None = None
            for i in in_sentence:
                if self.attach[i] in depth:
                    d = 2 * depth[self.attach[i]]
                elif self.also.get(i) in depth:
                    d = 2 * depth[self.also[i]] + 1
                else:
                    continue
                key = (0, min(k, 1), d, abs(self.timexes[i].start - tok.idx))
                if best is None or key < best[0]:
                    best = (key, i)
            if best is None:
                best = self._same_clause(tok, chain, in_sentence, others, k)
            if best is not None:
                dating = _expression_dating(self.timexes, best[1], best[0])
                if dating is not None:
                    found.append(dating)
        return sorted(found, key=lambda x: x.strength)

    def _same_clause(
        self, tok: Token, chain: list[Token], in_sentence: list[int], others: set[int], k: int
    ) -> tuple[tuple[int, ...], int] | None:
        """The nearest expression hung on a word of the mention's own clause that is neither a verb nor
        another event ("occurred at about 10:35 a.m. (0735 GMT) Friday")."""
        on_chain = {t.i for t in chain}
        quoted = _in_quotation(self.text, tok.idx)
        best: tuple[tuple[int, ...], int] | None = None
        for i in in_sentence:
            head = self.toks[self.attach[i]]
            if head.i in others or head.pos_ in VERBAL or _in_quotation(self.text, self.timexes[i].start) != quoted:
                continue
            clause = _clause_head(head)
            if clause.i not in on_chain and clause.pos_ in VERBAL or _in_core_argument(head, clause):
                continue
            key = (1, min(k, 1), 0, abs(self.timexes[i].start - tok.idx))
            if best is None or key < best[0]:
                best = (key, i)
        return best

    def sentence_number(self, ev: Event) -> int | None:
        toks = self.mention_tokens.get(ev.id)
        return self.sent_of[toks[0].i] if toks else None


def _most_precise_consistent(datings: list[_Dating]) -> _Dating | None:
    """The strongest dating, refined by any more precise one inside it ("last year" + "Aug. 7, 1998")."""
    if not datings:
        return None
    chosen = datings[0]
    for d in datings[1:]:
        if d.strength[0] == 0 and d.inside(chosen):
            chosen = d
    return chosen


def _apply(ev: Event, d: _Dating) -> None:
    ev.date, ev.precision, ev.date_range = d.date, d.precision, d.date_range
    ev.timex, ev.date_source = d.timex, d.source


def _dating_of(ev: Event, source: str, *, with_timex: bool = True) -> _Dating:
    assert ev.date_range is not None
    return _Dating(ev.date, ev.precision, ev.date_range, ev.timex if with_timex else None, source)


# ---------------------------------------------------------------- the policy


def attach_event_dates(doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
    """Set `date`, `precision`, `date_range`, `timex` and `date_source` on each event (see the module
    docstring for the evidence and its order)."""
    if not events:
        return
    art = _Article(doc, events, timexes, published)
    strength: dict[str, tuple[int, ...]] = {}
    for ev in events:
        chosen = _most_precise_consistent(art.mention_datings(ev))
        if chosen is not None:
            _apply(ev, chosen)
            strength[ev.id] = chosen.strength
    _date_definite_references(events, art)
    _share_toll_dates(events, strength)
    _date_by_speech_time(events, art, published)


def _date_definite_references(events: list[Event], art: _Article) -> None:
    """ "He described the call as productive": a definite noun with no date of its own takes the date of
    the earlier event of its type; a reference to a communication ("the call", "the announcement"), else
    that of the nearest earlier reporting event — not one that governs it ("described the call" is after
    the call). An attack is not dated by the reports about it: "condemned the bombing" is after it."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for ev in ordered:
        toks = art.mention_tokens.get(ev.id)
        if ev.date_range is not None or ev.modality in UNDATED_MODALITIES or not toks:
            continue
        if not _is_definite_reference(toks[0]):
            continue
        here = art.sent_of[toks[0].i]
        governors = {t.i for t in _ancestors(toks[0])}

        def last_mention_before(d: Event, here_tok: Token = toks[0]) -> int | None:
            before = [t.i for t in art.mention_tokens.get(d.id, []) if t.i < here_tok.i]
            return max(before) if before else None

        earlier = sorted(
            ((last, d) for d in ordered if d is not ev and d.date is not None and d.date_source != "publication"
             for last in [last_mention_before(d)] if last is not None),
            key=lambda pair: pair[0],
        )
        source = next(
            (d for last, d in reversed(earlier)
             if d.type == ev.type and art.sent_of[last] >= here - _MAX_NARRATIVE_SENTENCES),
            None,
        )
        if source is None and ev.type in COMMUNICATION_TYPES:
            source = next(
                (d for last, d in reversed(earlier) if d.type in REPORTING_TYPES
                 and art.sent_of[last] >= here - _MAX_NARRATIVE_SENTENCES
                 and not any(t.i in governors for t in art.mention_tokens.get(d.id, []))),
                None,
            )
        if source is not None:
            _apply(ev, _dating_of(source, "related_event"))


def _share_toll_dates(events: list[Event], strength: dict[str, tuple[int, ...]]) -> None:
    """A toll happens with its attack: it takes the attack's date unless an expression is on the toll's
    own word; an attack with no date of its own takes its toll's."""
    by_id = {ev.id: ev for ev in events}
    tolls = [ev for ev in events if ev.caused_by and ev.caused_by in by_id]
    for toll in sorted(tolls, key=lambda e: strength.get(e.id, (9,))):
        attack = by_id[toll.caused_by or ""]
        if attack.date_range is None and toll.date_range is not None and toll.date_source == "expression":
            _apply(attack, _dating_of(toll, "related_event"))
    for toll in tolls:
        attack = by_id[toll.caused_by or ""]
        own = strength.get(toll.id)
        if attack.date_range is not None and not (own is not None and own[:3] == (0, 0, 0)):
            _apply(toll, _dating_of(attack, "related_event"))


def _publication_bounds(published: str | None) -> tuple[str, str, str] | None:
    """(day, start of day, latest moment) of the publication: its time when given, else the day's end."""
    moment = parse_published(published)
    if moment is None or published is None:
        return None
    day = moment.date().isoformat()
    has_time = len(published.strip()) > 10
    latest = moment.strftime("%Y-%m-%dT%H:%M") if has_time else f"{day}T23:59"
    return day, f"{day}T00:00", latest


def _date_by_speech_time(events: list[Event], art: _Article, published: str | None) -> None:
    """Dates from tense for the events still undated. The present tense (and the present perfect: the
    "extended now") is the time of speaking: that of the dated reporting verb above the event, else —
    outside quotes and headlines — the article's (its publication day: an unshifted present under an
    undated "said" still holds as the article is written). Anything else happened on or before the dated
    reporting verb above it, else on or before the publication date."""
    pub = _publication_bounds(published)
    reporting = {i: ev for i, ev in art.owner.items() if ev.type in REPORTING_TYPES}

    def depth(ev: Event) -> int:
        toks = art.mention_tokens.get(ev.id)
        return sum(1 for _ in _ancestors(toks[0])) if toks else 0

    for ev in sorted(events, key=depth):  # a reporting verb before the clauses it reports
        if ev.date_range is not None or ev.modality in UNDATED_MODALITIES:
            continue
        toks = art.mention_tokens.get(ev.id)
        trigger = toks[0] if toks else None
        governor = _reporting_governor(trigger, reporting, ev)
        tense = _tense(_clause_verb(_climb(trigger, art.others(ev)))) if trigger is not None else None
        if tense in NOW_TENSES and trigger is not None:
            if governor is not None and governor.date is not None and governor.date_range is not None:
                _apply(ev, _dating_of(governor, "related_event"))
                continue
            if pub is not None and not _in_quotation(art.text, trigger.idx) and trigger.idx >= art.headline_end:
                day, start, _ = pub
                _apply(ev, _Dating(day, "day", (start, f"{day}T23:59"), None, "publication"))
                continue
        if governor is not None and governor.date_range is not None and governor.date_source != "publication":
            ev.date, ev.precision, ev.timex = None, None, None
            ev.date_range, ev.date_source = (None, governor.date_range[1]), "related_event"
        elif pub is not None:
            ev.date, ev.precision, ev.timex = None, None, None
            ev.date_range, ev.date_source = (None, pub[2]), "publication"


def _reporting_governor(tok: Token | None, reporting: dict[int, Event], ev: Event) -> Event | None:
    """The reporting event whose clause reports this one ("police said they had arrested ...")."""
    if tok is None:
        return None
    for anc in _ancestors(tok):
        owner = reporting.get(anc.i)
        if owner is not None and owner is not ev:
            return owner
    return None
