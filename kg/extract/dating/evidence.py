"""The evidence the parse gives each event: the temporal expressions that govern its mentions, strongest
first (`ArticleParse.mention_datings`), and the most precise consistent one (`most_precise_consistent`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dating.clauses import (
    DATELINE,
    NOMINAL,
    REPORTING_TYPES,
    VERBAL,
    ancestors,
    attachment,
    clause_head,
    climb,
    content_before_a_trailing_report,
    document_times,
    headline_end,
    in_core_argument,
    in_quotation,
    later_phase,
    noun_phrase,
    opens_a_period,
    period_filled_with,
    reporting_verb_before,
    settings,
    simultaneous_main_clause,
    through_plain_participles,
    time_clause_of,
    token,
    verb_tense,
)
from kg.extract.dating.values import Dating, event_date_of, expression_dating, publication_bounds
from kg.facts import Event, Timex
from kg.nlp import doc_text, sentence_index, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class ArticleParse:
    """The parse read once for dating: datable timexes, where each attaches, the events' mention words."""

    def __init__(self, doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.toks = tokens(doc)
        self.sent_of = sentence_index(doc)
        self.timexes = timexes
        self.headline_end = headline_end(self.text)
        self.mention_tokens: dict[str, list[Token]] = {}
        self.owner: dict[int, Event] = {}  # token index of a mention → its event
        self._others: dict[str, set[int]] = {}
        for ev in events:
            toks = [t for t in (token(doc, m.start, m.end) for m in [ev.trigger, *ev.mentions]) if t is not None]
            self.mention_tokens[ev.id] = toks
            for t in toks:
                self.owner.setdefault(t.i, ev)
        reporting = {i for i, ev in self.owner.items() if ev.type in REPORTING_TYPES}
        datelines = [m.span() for m in DATELINE.finditer(self.text)]
        self.attach: dict[int, int] = {}  # datable timex → the word it modifies
        self.also: dict[int, int] = {}  # ... and the time clause on it, else the main clause of its time clause
        self.by_sentence: dict[int, list[int]] = {}
        self.period_openers: set[int] = set()  # "since 2009": a period's start, no event's date
        self.possessive_days: set[int] = set()  # "Tuesday's rerun": a day named as its noun's possessor
        self.filled_by: dict[int, int] = {}  # "a weekend of accusations": the event noun a period is filled with
        first: dict[int, int] = {}  # datable timex → its first token
        for i, t in enumerate(timexes):
            if event_date_of(t)[1] is None or any(s <= t.start and t.end <= e for s, e in datelines):
                continue
            root = token(doc, t.start, t.end)
            if root is None:
                continue
            if opens_a_period(root):  # "since 2009" dates nothing; "since September, when gunmen attacked" its clause
                self.attach[i], first[i] = root.i, root.i
                self.period_openers.add(i)
                clause = time_clause_of(root)
                if clause is not None:
                    self.also[i] = clause.i
                    self.by_sentence.setdefault(self.sent_of[root.i], []).append(i)
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            day_or_finer = event_date_of(t)[1] == "day"
            head = reporting_verb_before(self.toks, span.start, reporting) if span and day_or_finer else None
            head = head or attachment(root)
            head = self._verb_past_the_subject(head, root)
            if span is not None:
                head = content_before_a_trailing_report(head, span.end - 1, reporting)
            self.attach[i] = head.i
            first[i] = span.start if span is not None else root.i
            filler = period_filled_with(root)
            if filler is not None:
                self.filled_by[i] = filler.i
            if root.dep_ == "poss":
                self.possessive_days.add(i)
            clause = time_clause_of(root)
            if clause is not None:
                self.also[i] = clause.i
            self.by_sentence.setdefault(self.sent_of[root.i], []).append(i)
        self._one_date_per_verb(first)
        self._past_date_off_a_present_verb(first, published)
        for i, head_i in self.attach.items():
            main = simultaneous_main_clause(self.toks[head_i])
            if main is not None and i not in self.also:
                self.also[i] = main.i

    def _verb_past_the_subject(self, head: Token, root: Token) -> Token:
        """ "A jury on Tuesday found him guilty", "Police on Monday arrested": a day the parser hangs on the
        subject ("on Tuesday"), between it and its verb, is the verb's; an event noun keeps its own ("the attack
        on Friday")."""
        subject = head
        while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.i != subject.head.i:
            subject = subject.head.head  # "Thousands of people on Sunday protested"
        verb = subject.head
        if (
            subject.dep_ in ("nsubj", "nsubjpass")
            and root.head.lower_ == "on"
            and head.i not in self.owner
            and verb.pos_ in VERBAL
            and subject.i < root.i < verb.i
        ):
            return verb
        return head

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
                    c
                    for c in verb.children
                    if c.dep_ in ("dobj", "nsubjpass") and c.i in self.owner and head_i < c.i < first[i]
                ]
                if i != nearest and objects:
                    self.attach[i] = objects[-1].i

    def _past_date_off_a_present_verb(self, first: dict[int, int], published: str | None) -> None:
        """ "has been arrested in connection with the bombings ... last year": a present or present perfect
        verb takes no past date, and a copula has no time of its own ("was behind two killings last week"),
        so a past date the parser hung on one is that of the event noun before it."""
        pub = publication_bounds(published)
        if pub is None:
            return
        for i, head_i in list(self.attach.items()):
            verb = self.toks[head_i]
            latest = event_date_of(self.timexes[i])[2]
            if verb.pos_ not in VERBAL or latest is None or latest[1] >= pub[1]:
                continue
            if verb_tense(verb) not in ("present", "perfect") and verb.lemma_ != "be":
                continue  # a copula has no time of its own: "the IRA was behind two killings last week"
            nouns = [
                t
                for t in self.toks[head_i + 1 : first[i]]
                if t.i in self.owner and t.pos_ in NOMINAL and any(a.i == head_i for a in ancestors(t))
            ]
            if nouns:
                self.attach[i] = nouns[-1].i

    def others(self, ev: Event) -> set[int]:
        """Mention words of every other event."""
        found = self._others.get(ev.id)
        if found is None:
            found = self._others[ev.id] = {i for i, owner in self.owner.items() if owner is not ev}
        return found

    def mention_datings(self, ev: Event) -> list[Dating]:
        """Every date a mention of the event is given by an expression, strongest first."""
        others = self.others(ev)
        found: list[Dating] = []
        for k, tok in enumerate(self.mention_tokens.get(ev.id, [])):
            in_sentence = self.by_sentence.get(self.sent_of[tok.i], [])
            if not in_sentence or k and later_phase(tok):
                continue  # "the talks resumed on Friday": the date of a later part, not of the talks
            chain = climb(tok, others)
            depth = {t.i: d for d, t in enumerate(chain)}
            for i, d in noun_phrase(tok, others, own_clause_events=k == 0).items():
                depth[i] = min(d, depth.get(i, d))
            for t in document_times(tok):
                depth.setdefault(t.i, 1)
            for i, d in settings(tok, others).items():
                depth.setdefault(i, d)
            # "won Tuesday's rerun", "boycotted Sunday's vote": the day its object is named by is the verb's
            objects = {c.i for c in tok.children if c.dep_ == "dobj"} if tok.pos_ in VERBAL else set()
            best: tuple[tuple[int, ...], int] | None = None
            for i in in_sentence:
                if i in self.possessive_days and self.attach[i] in objects or self.filled_by.get(i) == tok.i:
                    d = 2
                elif self.attach[i] in depth:
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
                dating = expression_dating(self.timexes, best[1], best[0])
                if dating is not None:
                    found.append(dating)
        return sorted(found, key=lambda x: x.strength)

    def _same_clause(
        self, tok: Token, chain: list[Token], in_sentence: list[int], others: set[int], k: int
    ) -> tuple[tuple[int, ...], int] | None:
        """The nearest expression hung on a word of the mention's own clause that is neither a verb nor
        another event ("occurred at about 10:35 a.m. (0735 GMT) Friday")."""
        on_chain = {t.i for t in chain}
        quoted = in_quotation(self.text, tok.idx)
        best: tuple[tuple[int, ...], int] | None = None
        for i in in_sentence:
            head = self.toks[self.attach[i]]
            if i in self.period_openers or head.i in others:
                continue
            if in_quotation(self.text, self.timexes[i].start) != quoted:
                continue
            own = head if head.pos_ in VERBAL else clause_head(head)
            # a plain participle between the expression and the verb has no time of its own
            clause = own if own.i in on_chain else through_plain_participles(own, others)
            if head.pos_ in VERBAL and clause.i == head.i:
                continue
            if clause.i not in on_chain and clause.pos_ in VERBAL:
                continue
            if clause.i == own.i and in_core_argument(head, clause):
                continue
            key = (1, min(k, 1), 0, abs(self.timexes[i].start - tok.idx))
            if best is None or key < best[0]:
                best = (key, i)
        return best

    def sentence_number(self, ev: Event) -> int | None:
        toks = self.mention_tokens.get(ev.id)
        return self.sent_of[toks[0].i] if toks else None


def most_precise_consistent(datings: list[Dating]) -> Dating | None:
    """The strongest dating, refined by any more precise one inside it ("last year" + "Aug. 7, 1998")."""
    if not datings:
        return None
    chosen = datings[0]
    for d in datings[1:]:
        if d.strength[0] == 0 and d.inside(chosen):
            chosen = d
    return chosen


def dated_by_text(ev: Event) -> bool:
    """Dated by something the text says (an expression or a related event), not by the publication date."""
    return ev.date is not None and ev.date_source != "publication"


def apply_dating(ev: Event, d: Dating) -> None:
    ev.date, ev.precision, ev.date_range = d.date, d.precision, d.date_range
    ev.timex, ev.date_source = d.timex, d.source


def dating_of(ev: Event, source: str, *, with_timex: bool = True) -> Dating:
    assert ev.date_range is not None
    return Dating(ev.date, ev.precision, ev.date_range, ev.timex if with_timex else None, source)
