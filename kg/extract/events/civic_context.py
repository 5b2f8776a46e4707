"""Arguments and modality of civic events that the clause around the trigger tells, not its own phrase:

- an arrest told in the passive with no one named to have made it ("24 people were detained, police said",
  "dozens were detained", a headline's "two suspects held") was made by the police the article names
  ("Police ..." read as "Serbian police" by `described_bodies`), the force nearest before it, else by the force
  that says so ("the army said 12 informants had been arrested"); a verdict in the passive ("Two other managers
  were acquitted") was the court's the article names;
- the winner of an election named by the noun that declares it ("X was declared the winner of Sunday's
  election", "declared X the winner of the election") or by the loser's "lost the election to X";
- where a visit without a destination of its own took place: the place of the travel verb it is the purpose or
  the time of ("arrived in Nairobi for a three-day visit", "met Xi in Beijing on the last day of a two-day
  visit"), and the place a visited or toured site lies in ("visited the bridge in Phu Tho province", "toured
  flooded areas of Sindh province"), with its country;
- the people a ruling decides about, named in the clause it takes ("the decision to return X to Cuba", "ruled
  that X must be returned");
- an election noun told as the time something happens before ("ahead of the election", "two days before an
  election", "in the run-up to the vote") is still to come: planned, unless a date or a winner says otherwise.
Each rule reads the parse and the lexicon's word lists (`data/event_lexicon.json`, `senses`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.datelines import find_dateline
from kg.extract.events.arrivals import arrived_at_the_dateline
from kg.extract.events.civic_verbs import defeated_rivals, sanction_holders, split_freeze_subject, whose_party
from kg.extract.events.framing import climb_to_verb, kids, lemma, prep_objects
from kg.extract.events.judgments import in_the_past_perfect
from kg.extract.events.roles import _add
from kg.facts import Argument
from kg.nlp import sent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.lexicon import Lexicon
    from kg.extract.events.lookup import EntityLookup
    from kg.facts import Event

PLANNED = "planned"
ASSERTED = "asserted"


def complete(doc: Doc, pos: str, head: Token, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """Fill in what the clause around a civic trigger says of its event (see the module's docstring)."""
    if ev.type in INCLUDING_TYPES and pos == "verb":
        for named in _named_among(head, lookup):
            if not any(a.entity == lookup.entity_at(named.i) for a in ev.arguments):
                _add(ev.arguments, doc, named, "target", lookup)
    if ev.type == "ruling":
        for party in _parties_decided(head, lookup):
            if not any(a.entity == lookup.entity_at(party.i) for a in ev.arguments):
                _add(ev.arguments, doc, party, "target", lookup)
    if ev.type == "election" and pos == "verb":  # "defeats Moreno to win the presidency": the loser
        _add_new(doc, defeated_rivals(head, lex), ev, "participant", lookup)
    if ev.type == "sanction" and pos == "verb":  # "froze the assets of X", "halted imports ... from X"
        _add_new(doc, sanction_holders(head, lex), ev, "target", lookup)
        split = split_freeze_subject(head, lex)
        if split is not None:  # "Britain imposed asset freezes on X": "asset" no agent, Britain is
            ev.arguments[:] = [a for a in ev.arguments if not (a.role == "agent" and a.start == split[0].idx)]
            _add_new(doc, split[1], ev, "agent", lookup)
            _add_new(doc, [t for t in prep_objects(head, "on", "against") for t in (t, *t.conjuncts)], ev, "target",
                     lookup)
    if ev.type == "ruling" and pos == "verb":  # "X, whose candidacy was rejected by the court"
        _add_new(doc, whose_party(head), ev, "target", lookup)
    winner = not any(a.role == "agent" for a in ev.arguments)
    if ev.type == "election" and pos == "verb" and head.dep_ == "acl" and winner:
        _add(ev.arguments, doc, head.head, "agent", lookup)  # "President Ana Ruiz, re-elected in November,"
    if ev.type == "election" and pos == "noun":
        if not any(a.role == "agent" for a in ev.arguments):
            for winner in _declared_winners(head, lex):
                _add(ev.arguments, doc, winner, "agent", lookup)
        if ev.modality == ASSERTED and _election_still_to_come(head, ev, lex):
            ev.modality = PLANNED
    elif ev.type == "visit" and (pos == "verb" or not any(a.role == "place" and a.entity for a in ev.arguments)):
        for place in _visit_places(head, pos, lookup, lex):
            _add_place(doc, place, ev, lookup)
        if not any(a.role == "place" and a.entity for a in ev.arguments):
            verb = None if pos == "verb" else climb_to_verb(head)
            if arrived_at_the_dateline(head, verb, lex):
                _add_dateline_place(ev, lookup)
    elif ev.type == "sanction" and pos == "noun" and head.dep_ == "dobj":  # "withdrew trade preferences from X"
        if lemma(head) in lex.sense("sanction_withdrawn_benefit_nouns"):
            for held in prep_objects(head.head, "from"):
                if lookup.entity_at(held.i) is not None and not any(
                    a.entity == lookup.entity_at(held.i) for a in ev.arguments
                ):
                    _add(ev.arguments, doc, held, "target", lookup)


def _add_new(doc: Doc, toks: list[Token], ev: Event, role: str, lookup: EntityLookup) -> None:
    """Each named party in `toks` the event does not hold yet, in `role`."""
    for tok in toks:
        eid = lookup.entity_at(tok.i)
        if eid is not None and not any(a.entity == eid for a in ev.arguments):
            _add(ev.arguments, doc, tok, role, lookup)


def sequenced_clause(verb: Token, lex: Lexicon) -> bool:
    """A verb in a clause told as the time of another ("after the court threw out the appointment", "before it
    ruled"; the lexicon's `sequence_marks` and `order_marks_of_an_occasion`), or as what another found, in the past
    perfect ("ruled that the lower court had wrongly thrown out the recordings"): an occasion of its own, not a
    restatement of the event around it."""
    if verb.dep_ == "ccomp" and in_the_past_perfect(verb):
        return True
    marks = lex.sense("sequence_marks") | lex.sense("order_marks_of_an_occasion")
    return verb.dep_ in {"advcl", "pcomp"} and (
        any(m.lower_ in marks for m in kids(verb, "mark")) or verb.head.lower_ in marks
    )


# ---------------------------------------------------------------- who was taken: named among the many

INCLUDING_TYPES = frozenset({"arrest", "sanction", "ruling"})  # events that befall people, counted then named
INCLUDING_PREPS = frozenset({"including", "among"})


def _named_among(verb: Token, lookup: EntityLookup) -> list[Token]:
    """People the verb's "including" or "among them" phrase names ("16 employees had been detained, including the
    general manager, Hassan Koraytem", "detained 41 protesters, among them opposition leader Nika Beridze"): they
    were taken (sanctioned, sentenced) with the many the object counts."""
    found: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in INCLUDING_PREPS):
        for obj in kids(prep, "pobj"):
            for t in [obj, *obj.conjuncts]:
                found += [t, *kids(t, "appos")]
            if obj.pos_ == "PRON":  # "among them opposition leader X": the name the parser left hanging
                found += [c for c in verb.children if c.dep_ in {"dep", "appos"} and c.i > obj.i]
    for hanging in (c for c in verb.children if c.dep_ in {"dep", "appos"}):  # "..., among them the activist X"
        if any(p.dep_ == "prep" and p.lower_ in INCLUDING_PREPS for p in hanging.children):
            found += [hanging, *kids(hanging, "appos")]
    return [t for t in found if lookup.type_of(lookup.entity_at(t.i)) == "person"]


def _parties_decided(head: Token, lookup: EntityLookup) -> list[Token]:
    """The people a ruling decides about, named in what it decided: "the decision to return Elena Vidal to Cuba",
    "ruled that Vidal must be returned", "the agency's decision to deny him asylum" (objects and subjects of the
    clause a ruling word takes; people and organisations only, not "ruled that the law was unconstitutional")."""
    found = []
    for clause in (c for c in head.children if c.dep_ in {"acl", "xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}):
        found += kids(clause, "dobj", "dative", "nsubj", "nsubjpass")
    return [t for t in found if lookup.type_of(lookup.entity_at(t.i)) in {"person", "organization", "group"}]


# ---------------------------------------------------------------- arrests


def after_coreference(head: Token, pos: str, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """What an event's mentions, once folded into one, still leave out: the police who made an arrest no mention
    names a taker of (after coreference, so that "the three were being held" still restates the arrest)."""
    if ev.type not in DEFAULT_AGENTS or any(a.role == "agent" for a in ev.arguments) or pos not in {"verb", "noun"}:
        return
    if _unnamed_taker(head, pos):
        _body_of_the_article(head, ev, lookup, lex.sense(DEFAULT_AGENTS[ev.type]))
    if ev.type != "arrest":
        return
    if not any(a.role == "agent" for a in ev.arguments) and pos == "verb":
        speaker = _taker_who_said(head, lookup, lex)
        if speaker is not None:
            eid = lookup.entity_at(speaker.i)
            span = lookup.nearest_mention(eid, speaker.idx) or (speaker.idx, speaker.idx + len(speaker))
            ev.arguments.append(Argument(role="agent", text=lookup.text[span[0] : span[1]], start=span[0],
                                         end=span[1], entity=eid))


def _taker_who_said(verb: Token, lookup: EntityLookup, lex: Lexicon) -> Token | None:
    """The body that says it made the arrest: "Washington police said they had arrested 52 people" (a pronoun
    subject), "the army said 12 suspected informants had been arrested" (a passive, the speaker a force or a
    security service: `arrest_taking_bodies`)."""
    pronoun = any(s.pos_ == "PRON" and lookup.entity_at(s.i) is None for s in kids(verb, "nsubj"))
    if not pronoun and not _unnamed_taker(verb, "verb"):
        return None
    node = verb
    for _ in range(3):
        if node.dep_ not in {"ccomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
        if "statement" not in lex.verbs.get(lemma(node), ()):
            continue
        for subject in kids(node, "nsubj"):
            eid = lookup.entity_at(subject.i)
            ent = lookup.by_id.get(eid or "")
            if ent is None or ent.type not in {"organization", "group"}:
                continue
            if pronoun or lex.sense("arrest_taking_bodies") & {w.lower() for w in ent.name.split()}:
                return subject
        return None
    return None


def _unnamed_taker(head: Token, pos: str) -> bool:
    """An arrest verb whose clause names who was taken but not who took them: a passive with no "by" phrase
    ("were detained", "had been arrested"), a participle ("the 18 men detained"), a headline's "two suspects
    held"; a noun with no possessor or "by" ("the arrests")."""
    if pos == "noun":
        return not kids(head, "poss") and not prep_objects(head, "by")
    if kids(head, "agent"):
        return False
    if kids(head, "nsubjpass") or kids(head, "auxpass"):
        return True
    if head.tag_ == "VBN" and head.dep_ in {"acl", "ROOT", "conj", "ccomp"} and not kids(head, "nsubj", "dobj"):
        return True
    # a headline's reduced passive: "two suspects held", "Do Kwon held in Montenegro"
    return head.tag_ == "VBN" and bool(kids(head, "nsubj")) and not kids(head, "dobj", "aux")


# the body that makes an event of the type when its clause names none: an arrest the police's, a verdict told in
# the passive ("Two other managers were acquitted") the court's the article names
DEFAULT_AGENTS = {"arrest": "arrest_default_takers", "ruling": "ruling_default_deciders"}


def _body_of_the_article(head: Token, ev: Event, lookup: EntityLookup, takers: frozenset[str]) -> None:
    """The police force (the court) the article names (`arrest_default_takers`: "police"), the mention nearest
    before the event (or after it, in the same sentence: "..., were detained, a police spokesman said" names no
    force, the article's does); none when the article names none."""
    trigger_at = head.idx
    sent = sent_of(head)
    best: tuple[int, str, int, int] | None = None
    for ent in lookup.by_id.values():
        if ent.type not in {"organization", "group"} or not takers & {w.lower() for w in ent.name.split()}:
            continue  # "Serbian police", "Albanian State Police", "Hong Kong Police Force"
        for m in ent.mentions:
            if m.start > trigger_at and m.start >= sent.end_char:
                continue  # named only later, in another sentence: not the one the reader has in mind
            distance = abs(trigger_at - m.start)
            if best is None or distance < best[0]:
                best = (distance, ent.id, m.start, m.end)
    if best is not None:
        _, eid, start, end = best
        ev.arguments.append(Argument(role="agent", text=lookup.text[start:end], start=start, end=end, entity=eid))


# ---------------------------------------------------------------- elections


def _declared_winners(noun: Token, lex: Lexicon) -> list[Token]:
    """Who won the election a noun names, by the words around it: "X was declared the winner of Sunday's
    election", "declared X the victor of the vote", "X is the winner of the runoff"; "Y, who lost the July
    election to X"."""
    winners = lex.sense("election_winner_nouns")
    if noun.dep_ == "dobj" and lemma(noun.head) in lex.sense("election_losing_verbs"):
        return prep_objects(noun.head, "to")  # "lost the July presidential election to X"
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or lemma(noun.head.head) not in winners:
        return []
    winner = noun.head.head
    verb = winner.head
    if winner.dep_ == "appos" and verb.pos_ == "PROPN":
        return [verb]  # "declared Ana Ruiz the winner of the runoff", "Ruiz, the winner of the runoff,"
    if winner.dep_ in {"oprd", "attr", "xcomp"} and verb.pos_ in {"VERB", "AUX"}:
        named = kids(verb, "nsubjpass") or [d for d in kids(verb, "dobj") if d.i != winner.i] or kids(verb, "nsubj")
        if winner.dep_ == "oprd" and kids(verb, "nsubj") and not kids(verb, "nsubjpass", "dobj"):
            return []  # "the commission declared the winner of the election": whom, it does not say here
        return [t for t in named if t.tag_ not in {"WDT", "WP"} or t.head.dep_ == "relcl"]
    return []


def _election_still_to_come(noun: Token, ev: Event, lex: Lexicon) -> bool:
    """ "ahead of the election", "two days before an election", "in the run-up to the vote": the election is
    what the clause's event comes before, still to be held (`election_anticipation_preps`); not one dated
    ("before the 2016 election"), won ("before the election he won"), or in an article that tells of a win."""
    if noun.dep_ != "pobj" or any(a.role == "agent" for a in ev.arguments):
        return False
    if any(t.ent_type_ == "DATE" or t.like_num for t in noun.subtree if t.i != noun.i) or kids(noun, "relcl"):
        return False  # "before the 2016 election", "ahead of Sunday's vote", "before the election that ..."
    if _anticipating(noun.head) not in lex.sense("election_anticipation_preps"):
        return False
    won = lex.sense("election_won_verbs")
    return not any(t.pos_ == "VERB" and t.tag_ in {"VBD", "VBN", "VBZ"} and lemma(t) in won for t in noun.doc)


def _anticipating(prep: Token) -> str:
    """The preposition as the list of anticipating ones names it: "before", "ahead of", "run-up to", "eve of"."""
    if prep.lower_ not in {"of", "to"} or prep.head.i == prep.i:
        return prep.lower_
    gov = prep.head
    words = [c for c in gov.children if c.dep_ == "compound" and c.i == gov.i - 2 and gov.nbor(-1).text == "-"]
    name = f"{words[0].lower_}-{gov.lower_}" if words else gov.lower_  # "run-up": "run" "-" "up"
    return f"{name} {prep.lower_}"


# ---------------------------------------------------------------- visits


def _visit_places(head: Token, pos: str, lookup: EntityLookup, lex: Lexicon) -> list[Token]:
    """Named places where a visit took place that its own phrase leaves out (see the module's docstring): for
    a verb, where its site lies; for a noun without a place, the place of the verb it is the purpose or time of."""
    if pos == "verb":  # "visited the collapsed bridge in Phu Tho province", "toured flooded areas of Sindh"
        return [p for o in kids(head, "dobj") for p in _places_within(o, lookup)]
    verb = climb_to_verb(head)
    if verb is None or lemma(verb) not in lex.sense("visit_travel_verbs"):
        verb = visit_as_time(head, lex)
    if verb is None:
        return []
    # "arrived in Nairobi for a visit", "brings a message to Lebanon on his first trip abroad" (a dative "to")
    goals = [g for p in kids(verb, "prep", "dative") if p.lower_ in {"in", "to"} for g in kids(p, "pobj")]
    return [g for g in goals if _named_place(g, lookup)]


def _places_within(obj: Token, lookup: EntityLookup) -> list[Token]:
    """Named places in the "in"/"of" phrase of a visited site, one level down ("areas of Sindh province")."""
    found = []
    for g in prep_objects(obj, "in", "of", "near"):
        if _named_place(g, lookup):
            found.append(g)
        else:
            found += [m for m in g.children if m.dep_ == "compound" and _named_place(m, lookup)]
    return found


def _named_place(tok: Token, lookup: EntityLookup) -> bool:
    return lookup.type_of(lookup.entity_at(tok.i)) == "place"


def visit_as_time(noun: Token, lex: Lexicon) -> Token | None:
    """The verb whose time a visit noun tells, its subject the visitor: "met Xi in Beijing on Monday, the last day
    of a two-day visit", "signed the deal during a visit to Hanoi" (`visit_time_heads`)."""
    tok, timed = noun, False
    for _ in range(6):
        if tok.dep_ not in {"pobj", "prep", "appos", "npadvmod"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        if (tok.pos_ == "ADP" and tok.lower_ in {"during", "on", "throughout"}) or lemma(tok) in lex.sense(
            "visit_time_heads"
        ):
            timed = True
        if tok.pos_ in {"VERB", "AUX"}:
            return tok if timed else None
    return None


def _add_place(doc: Doc, place: Token, ev: Event, lookup: EntityLookup) -> None:
    eid = lookup.entity_at(place.i)
    if any(a.entity == eid for a in ev.arguments):
        return
    _add(ev.arguments, doc, place, "place", lookup)
    country = lookup.country_of(eid)
    if country is not None and not any(a.entity == country for a in ev.arguments):
        span = lookup.nearest_mention(country, place.idx)
        if span is not None:
            ev.arguments.append(
                Argument(role="place", text=lookup.text[span[0] : span[1]], start=span[0], end=span[1], entity=country)
            )


def _add_dateline_place(ev: Event, lookup: EntityLookup) -> None:
    """The place the report was filed from, and its country, as where an arrival took place ("TAIPEI (Reuters) -
    ... Pelosi, who arrived late on Tuesday": Taipei, Taiwan)."""
    dateline = find_dateline(lookup.text)
    if dateline is None:
        return
    for start, end in [s for s in (dateline.place, dateline.region) if s is not None]:
        for eid in lookup.named_at.get((start, end), []):
            if lookup.type_of(eid) != "place" or any(a.entity == eid for a in ev.arguments):
                continue
            ev.arguments.append(Argument(role="place", text=lookup.text[start:end], start=start, end=end, entity=eid))
            country = lookup.country_of(eid)
            span = lookup.nearest_mention(country, start) if country is not None else None
            if span is not None and not any(a.entity == country for a in ev.arguments):
                ev.arguments.append(
                    Argument(role="place", text=lookup.text[span[0] : span[1]], start=span[0], end=span[1],
                             entity=country)
                )
