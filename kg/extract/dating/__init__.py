"""Event dating: which date each event gets, and where that date comes from.

`attach_event_dates(doc, events, timexes, published)` sets `date`, `precision`, `date_range`, `timex`
and `date_source` on each event. The evidence, strongest first:

1. `expression` — a temporal expression that governs one of the event's mentions in the parse. From a
   verb: an expression on the verb, or on a verb of the same occasion above it — the verb it is the
   infinitive complement, coordinated predicate, bare participle or simultaneous time clause of ("agreed
   to meet on Friday", "paid tribute Tuesday ... and promised", "said when asked Thursday"), the verb
   whose argument a bare participle describes ("sent a fax Monday to police explaining ..."), or on the
   document a statement is made in ("said in a letter published Wednesday"); an expression a time clause
   hangs on dates that clause ("most recently last October, when a sniper shot him"). From a noun: an expression
   inside its noun phrase ("attacks on the embassies on Aug. 7"), or on the words it climbs to through
   prepositions, nouns that are not other events, support verbs ("launched the attack on Friday",
   "claimed responsibility for the bombing") and verbs it is the subject of ("the bombings killed 258 on
   Aug. 7", "the shooting occurred Friday") — never through a content verb of another event ("condemned
   the bombing on Thursday" does not date the bombing; after a verb of the law, "in" names the case:
   "charged Thursday in the slaying" does not date the slaying), nor from a clause into the clause that reports
   it ("said Tuesday they had arrested": the arrest is not dated Tuesday). A day named right after a
   reporting verb ("said Tuesday") is that verb's, whatever the parser attached it to; a dateline's date
   dates no event; a verb has one date (a second one after its event object is the object's), and a
   present, present perfect or copular verb takes no past date (one the parser hung on it is the event
   noun's before it: "has been arrested over the bombing last year"). Failing those, an expression hung
   on a word of the event's own clause that is neither a verb, another event nor inside the clause's
   subject or object. Every mention of an event counts (`Event.mentions`): the most precise date
   consistent with the coarser ones ("last year's blasts" ... "the blasts on Aug. 7, 1998" gives
   1998-08-07).
2. `related_event` — a definite reference ("the call") takes the date of the earlier event it refers
   to; a toll (a death or injury with `caused_by`) takes its attack's date, and an attack with none of
   its own its toll's; an event a stated distance from an event dated to the day is that day moved by
   the distance ("came a day after the minister spoke", `offsets`); an undated headline event that of the
   first event of its type in the lead's first paragraph, when an expression dates it ("X wins the presidency" ...
   "X won the election on Sunday"); an event in the present tense under
   a dated reporting verb holds at that verb's time; a past event reported by a dated verb happened on
   or before it (a range, no `date`).
3. `publication` — an event in the present tense or present perfect outside quotes and headlines
   ("officials say", "no one has claimed responsibility") happens as the article is written: the
   publication day. An undated past report of the story itself ("... ,' the governor said", "according to
   the ministry"; not one reported by another report) is on the day the story stands at
   (`narrative.StoryTime`: the day named just before it, else that of the last report the text dated,
   else the dispatch's own day); it gets that `date` only when that day is the publication day, where
   TimeML's annotators put nine in ten of such reports (a story that stands at an earlier day leaves
   too much open) — except right after a report dated to a day, in its sentence or the one before: the
   story goes on at that day (date_source related_event). Any other asserted or negated event with no
   evidence happened on or before the publication date: `date` stays None, `date_range` is
   (None, publication) — open below, because nothing in the text bounds it below, and a guessed bound
   would pass for knowledge. Planned and hypothetical events get no range.

`date` and `date_range` always agree (`date_disagreement` says how they would not): `date` names the
period the range starts in (a night keeps its range across midnight); `date` is None when the range is
coarser than a year or open below.

Modules: `values` (dates of expressions, agreement, the publication's bounds), `clauses` (the parse:
which words share a mention's time, tense, quotes; word lists in `kg/extract/data/dating.json`),
`evidence` (the expressions that govern each event's mentions), `narrative` (the day a story stands
at), and the policy here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dating.clauses import (
    ATTRIBUTION_WORDS,
    COMMUNICATION_TYPES,
    MAX_NARRATIVE_SENTENCES,
    NOW_TENSES,
    REPORTING_TYPES,
    UNDATED_MODALITIES,
    ancestors,
    clause_verb,
    climb,
    in_quotation,
    introduces_new_event,
    is_definite_reference,
    verb_tense,
)
from kg.extract.dating.evidence import (
    ArticleParse,
    apply_dating,
    dated_by_text,
    dating_of,
    most_precise_consistent,
)
from kg.extract.dating.narrative import StoryTime
from kg.extract.dating.offsets import date_by_offsets
from kg.extract.dating.values import DATE_SOURCES, Dating, date_disagreement, event_date_of, publication_bounds
from kg.facts import Event, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DATE_SOURCES", "attach_event_dates", "date_disagreement", "event_date_of"]


def attach_event_dates(doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
    """Set `date`, `precision`, `date_range`, `timex` and `date_source` on each event (see the module
    docstring for the evidence and its order)."""
    if not events:
        return
    art = ArticleParse(doc, events, timexes, published)
    strength: dict[str, tuple[int, ...]] = {}
    for ev in events:
        chosen = most_precise_consistent(art.mention_datings(ev))
        if chosen is not None:
            apply_dating(ev, chosen)
            strength[ev.id] = chosen.strength
    _refine_by_later_accounts(events, art)
    _date_definite_references(events, art)
    _share_toll_dates(events, strength)
    _share_coordinated_toll_dates(events, art)
    date_by_offsets(events, art)
    _date_headline_events(events, art)
    _date_by_speech_time(events, art, published)


def _refine_by_later_accounts(events: list[Event], art: ArticleParse) -> None:
    """ "questioned in connection with the bombing last month" ... "the Aug. 7 bombings": an event dated to
    the week or month takes the date of the first later event of its type dated by an expression inside
    that period — the same event told more precisely — unless a mention on the way brings in a new event
    ("another bombing"). Not statements, meetings or calls: a week holds many."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for k, ev in enumerate(ordered):
        if ev.date_source != "expression" or ev.precision not in ("week", "month") or ev.type in COMMUNICATION_TYPES:
            continue  # a year holds many events of a type, and statements are many in any week
        coarse = dating_of(ev, "expression")
        for d in ordered[k + 1 :]:
            toks = art.mention_tokens.get(d.id, [])
            if d.type != ev.type or not toks:
                continue
            if introduces_new_event(toks[0]):
                break
            if d.date_source == "expression" and d.date_range is not None and dating_of(d, "expression").inside(coarse):
                apply_dating(ev, dating_of(d, "related_event"))
                break


def _date_definite_references(events: list[Event], art: ArticleParse) -> None:
    """ "He described the call as productive": a definite noun with no date of its own takes the date of
    the earlier event of its type; a reference to a communication ("the call", "the announcement"), else
    that of the nearest earlier reporting event — not one that governs it ("described the call" is after
    the call). An attack is not dated by the reports about it: "condemned the bombing" is after it."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for ev in ordered:
        toks = art.mention_tokens.get(ev.id)
        if ev.date_range is not None or ev.modality in UNDATED_MODALITIES or not toks:
            continue
        if not is_definite_reference(toks[0]):
            continue
        here = art.sent_of[toks[0].i]
        governors = {t.i for t in ancestors(toks[0])}

        def last_mention_before(d: Event, here_tok: Token = toks[0]) -> int | None:
            before = [t.i for t in art.mention_tokens.get(d.id, []) if t.i < here_tok.i]
            return max(before) if before else None

        earlier = sorted(
            (
                (last, d)
                for d in ordered
                if d is not ev
                for last in [last_mention_before(d)]
                if last is not None
            ),
            key=lambda pair: pair[0],
        )
        # the antecedent: the nearest earlier dated event of the type that is not planned or hypothetical
        happened = [(last, d) for last, d in earlier if d.type == ev.type and d.modality not in UNDATED_MODALITIES]
        source = next(
            (
                d
                for last, d in reversed(happened)
                if dated_by_text(d) and art.sent_of[last] >= here - MAX_NARRATIVE_SENTENCES
            ),
            None,
        )
        if source is None and ev.type in COMMUNICATION_TYPES:
            source = next(
                (
                    d
                    for last, d in reversed(earlier)
                    if d.type in REPORTING_TYPES
                    and dated_by_text(d)
                    and art.sent_of[last] >= here - MAX_NARRATIVE_SENTENCES
                    and not any(t.i in governors for t in art.mention_tokens.get(d.id, []))
                ),
                None,
            )
        if source is None and not happened:
            source = _later_account(ev, ordered, art)
        if source is not None:
            apply_dating(ev, dating_of(source, "related_event"))


def _date_headline_events(events: list[Event], art: ArticleParse) -> None:
    """ "Sheinbaum wins Mexico's presidency" ... "Claudia Sheinbaum won the election on Sunday": a headline
    states the lead's story without its day; an undated headline event takes the date of the first event of its
    type in the lead's first paragraph when an expression dates that one — unless it brings in a new event
    ("another attack") or the headline already names it in another word ("Pakistan strikes ..., two days after
    Iranian attack": the attack is another event, dated by its distance first)."""
    if not art.headline_end:
        return
    body = len(art.text) - len(art.text[art.headline_end :].lstrip())
    lead_end = art.text.find("\n\n", body)
    lead_end = len(art.text) if lead_end < 0 else lead_end
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for ev in ordered:
        toks = art.mention_tokens.get(ev.id)
        if ev.date_range is not None or ev.modality in UNDATED_MODALITIES or not toks:
            continue
        if toks[0].idx >= art.headline_end:
            continue
        in_lead = (
            d
            for d in ordered
            if d is not ev and d.type == ev.type and d.modality not in UNDATED_MODALITIES
            for t in art.mention_tokens.get(d.id, [])[:1]
            if art.headline_end <= t.idx < lead_end
        )
        first = next(in_lead, None)
        if first is None or introduces_new_event(art.mention_tokens[first.id][0]):
            continue
        if any(t.idx < art.headline_end for t in art.mention_tokens[first.id]):
            continue  # the lead's event has its headline mention: this one is another ("strikes ... after attack")
        if first.date is not None and first.date_source == "expression":
            apply_dating(ev, dating_of(first, "related_event"))


def _later_account(ev: Event, ordered: list[Event], art: ArticleParse) -> Event | None:
    """ "Iran condemned the bombing ... More than 100 were killed in the blasts on Friday": a definite first
    mention refers to an event the reader is taken to know; a mention of its type in a later sentence close
    by, dated by an expression, tells when — unless a mention on the way brings in a new event ("another
    attack")."""
    here = art.mention_tokens[ev.id][0]
    for d in ordered:
        toks = art.mention_tokens.get(d.id, [])
        if d is ev or d.type != ev.type or not toks or art.sent_of[toks[0].i] <= art.sent_of[here.i]:
            continue  # in its own sentence, an event of its type is another ("the raid is not linked to the bombing")
        if introduces_new_event(toks[0]) or art.sent_of[toks[0].i] > art.sent_of[here.i] + MAX_NARRATIVE_SENTENCES:
            return None
        if d.date is not None and d.date_source == "expression":
            return d
    return None


def _share_toll_dates(events: list[Event], strength: dict[str, tuple[int, ...]]) -> None:
    """A toll happens with its attack: it takes the attack's date unless an expression is on the toll's
    own word; an attack with no date of its own takes its toll's."""
    by_id = {ev.id: ev for ev in events}
    tolls = [ev for ev in events if ev.caused_by and ev.caused_by in by_id]
    for toll in sorted(tolls, key=lambda e: strength.get(e.id, (9,))):
        attack = by_id[toll.caused_by or ""]
        if attack.date_range is None and toll.date_range is not None and toll.date_source == "expression":
            apply_dating(attack, dating_of(toll, "related_event"))
    for toll in tolls:
        attack = by_id[toll.caused_by or ""]
        own = strength.get(toll.id)
        if attack.date_range is not None and not (own is not None and own[:3] == (0, 0, 0)):
            apply_dating(toll, dating_of(attack, "related_event"))


_TOLLS = frozenset({"death", "injury"})


def _share_coordinated_toll_dates(events: list[Event], art: ArticleParse) -> None:
    """ "Floods killed 12 people and injured dozens in Bavaria on Thursday": the deaths and injuries of one
    coordination happen together, and the time said once after the last verb is theirs both (the parser hangs
    it on the last). A toll verb with no date of its own takes the date of a coordinated toll verb's."""
    owner = {toks[0].i: ev for ev in events if ev.type in _TOLLS and (toks := art.mention_tokens.get(ev.id))}
    for i, ev in owner.items():
        if ev.date_range is not None:
            continue
        tok = art.doc[i]
        linked = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        for other in (owner.get(c.i) for c in linked):
            if other is not None and other.date_range is not None and other.date_source == "expression":
                apply_dating(ev, dating_of(other, "related_event"))
                break


def _date_by_speech_time(events: list[Event], art: ArticleParse, published: str | None) -> None:
    """Dates from tense for the events still undated. The present tense (and the present perfect: the
    "extended now") is the time of speaking: that of the dated reporting verb above the event, else —
    outside quotes and headlines — the article's (its publication day: an unshifted present under an
    undated "said" still holds as the article is written). An undated past report of the story is on the
    publication day when the story stands there (`_reported_at_story_day`). Anything else happened on or
    before the dated reporting verb above it, else on or before the publication date."""
    pub = publication_bounds(published)
    reporting = {i: ev for i, ev in art.owner.items() if ev.type in REPORTING_TYPES}

    def depth(ev: Event) -> int:
        toks = art.mention_tokens.get(ev.id)
        return sum(1 for _ in ancestors(toks[0])) if toks else 0

    # the reports a story stands at are its own, not ones another report tells of ("He said he had spoken to
    # her on Wednesday. She did not comment.": the story is not at Wednesday)
    own = [ev for ev in events if not _reported_in_a_clause(_first_token(ev, art), reporting, ev)]
    story = StoryTime(art.doc, art.timexes, art.sent_of, own, art.mention_tokens, pub[0]) if pub else None
    for ev in sorted(events, key=depth):  # a reporting verb before the clauses it reports
        if ev.date_range is not None or ev.modality in UNDATED_MODALITIES:
            continue
        toks = art.mention_tokens.get(ev.id)
        trigger = toks[0] if toks else None
        governor = _reporting_governor(trigger, reporting, ev)
        tense = verb_tense(clause_verb(climb(trigger, art.others(ev)))) if trigger is not None else None
        if tense in NOW_TENSES and trigger is not None:
            if governor is not None and governor.date is not None and governor.date_range is not None:
                apply_dating(ev, dating_of(governor, "related_event"))
                continue
            if pub is not None and not in_quotation(art.text, trigger.idx) and trigger.idx >= art.headline_end:
                day, start, _ = pub
                apply_dating(ev, Dating(day, "day", (start, f"{day}T23:59"), None, "publication"))
                continue
        if governor is not None and governor.date_range is not None and governor.date_source != "publication":
            ev.date, ev.precision, ev.timex = None, None, None
            ev.date_range, ev.date_source = (None, governor.date_range[1]), "related_event"
        elif pub is not None and story is not None and _reported_at_story_day(ev, trigger, tense, governor, art, story):
            day, start, latest = pub
            apply_dating(ev, Dating(day, "day", (start, latest), None, "publication"))
        elif story is not None and (day := _day_of_the_report_before(ev, trigger, tense, governor, art, story)):
            apply_dating(ev, Dating(day, "day", (f"{day}T00:00", f"{day}T23:59"), None, "related_event"))
        elif pub is not None:
            ev.date, ev.precision, ev.timex = None, None, None
            ev.date_range, ev.date_source = (None, pub[2]), "publication"


def _first_token(ev: Event, art: ArticleParse) -> Token | None:
    toks = art.mention_tokens.get(ev.id)
    return toks[0] if toks else None


def _reported_in_a_clause(tok: Token | None, reporting: dict[int, Event], ev: Event) -> bool:
    """ "He said he had spoken to her on Wednesday": a report in the clause another report reports (a complement on
    the way up to that report); not one coordinated with it ("did not mention him, but said Friday ...")."""
    node = tok
    while node is not None and node.head.i != node.i:
        if node.dep_ == "ccomp":
            owner = next((reporting.get(a.i) for a in ancestors(node) if reporting.get(a.i) not in (None, ev)), None)
            return owner is not None
        node = node.head
    return False


def _reported_at_story_day(
    ev: Event, trigger: Token | None, tense: str | None, governor: Event | None, art: ArticleParse, story: StoryTime
) -> bool:
    """ "Rebels shelled the port, police said Friday. ... 'We will hold,' the governor said.": an undated past
    report of the story itself (not one reported by another) is on the day the story stands at; it is dated
    only when that is the publication day (see `kg.extract.dating.narrative`)."""
    if trigger is None or not _is_story_report(ev, trigger, tense, governor, art):
        return False
    return story.day_at(trigger, art.sent_of[trigger.i]) == story.published_day


def _day_of_the_report_before(
    ev: Event, trigger: Token | None, tense: str | None, governor: Event | None, art: ArticleParse, story: StoryTime
) -> str | None:
    """ "Castro said Sunday ... . 'I am willing to leave,' Castro read from a letter.": an undated past report
    of the story right after a report dated to a day (in its sentence or the one before) goes on at that
    day (`StoryTime.report_day_before`)."""
    if trigger is None or not _is_story_report(ev, trigger, tense, governor, art):
        return None
    return story.report_day_before(trigger, art.sent_of[trigger.i])


def _is_story_report(ev: Event, trigger: Token, tense: str | None, governor: Event | None, art: ArticleParse) -> bool:
    """A past report of the story itself: not reported by another report, outside headlines and quotes."""
    if ev.type not in REPORTING_TYPES or governor is not None:
        return False
    if tense != "past" and trigger.lower_ not in ATTRIBUTION_WORDS:
        return False
    return trigger.idx >= art.headline_end and not in_quotation(art.text, trigger.idx)


def _reporting_governor(tok: Token | None, reporting: dict[int, Event], ev: Event) -> Event | None:
    """The reporting event whose clause reports this one ("police said they had arrested ...")."""
    if tok is None:
        return None
    for anc in ancestors(tok):
        owner = reporting.get(anc.i)
        if owner is not None and owner is not ev:
            return owner
    return None
