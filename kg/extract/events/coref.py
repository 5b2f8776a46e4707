"""Within-document event coreference: several mentions of one event become one Event.

Merged: a statement noun that sets the scene of a speech verb ("In a statement on Telegram, Zelensky
described ..."); a speech verb that continues another without a subject of its own ("..., noting
that"); a later noun mention of an event of the same type (or a call/talks/meeting) nearby whose
arguments do not conflict ("the most extensive Russian drone and missile barrage" ... "a devastating
overnight assault on Ukrainian cities"; "the phone call" ... "the call between Zelensky and Trump").
A headline announces the event its body then reports: the headline's mention joins the first body mention of
the same type (or a call/talks/meeting) whose arguments and casualty counts agree ("Missile strike on Sarnovo
kills at least 12" ... "At least 12 people were killed when missiles struck Sarnovo"), verbs and tolls included.
A definite attack noun that a statement is about ("condemned the attack", "denied the strike") is the article's
attack: it joins the first attack the article reports, not merely the nearest.
A clause that tells a detail of an attack just reported joins it: one of its weapons, no attacker, place, target or
day of its own ("missiles and drones struck Sarnovo overnight" ... "a missile hit an apartment block near the
station shortly after 2 a.m.").
Never merged otherwise: deaths and injuries (each toll is its own), events with different actors or places,
negated or hypothetical mentions with asserted ones. The mentions (`Candidate`) and whether two may be one event
(`may_be_one`, the places and the sides they agree on) are in `candidates`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from kg.extract.actors import PRONOUNS
from kg.extract.events.attack_details import told_by_its_attackers
from kg.extract.events.candidates import (
    CLAUSAL,
    CONTACT,
    INDEFINITE_WINDOW,
    NEVER_MERGED,
    SPECIFICITY,
    WINDOW,
    Candidate,
    entities_in,
    may_be_one,
    one_of_several_places,
    same_family,
    two_cities,
)
from kg.extract.events.casualties import add_count
from kg.extract.events.judgments import decided_by_a_jury
from kg.extract.events.own_tolls import tolls_disagree
from kg.facts import Argument, Event


def merge_coreferent(
    cands: list[Candidate],
    countries: frozenset[str] = frozenset(),
    country_of: Mapping[str, str] | None = None,
    sides: Mapping[str, str] | None = None,
) -> list[Candidate]:
    """Fold coreferent mentions into their first mention; returns the surviving candidates. `countries`:
    the entity ids of the places that hold others (countries, states); `country_of`: the ISO code of each place
    entity (a place in a country is no conflict with it, a place in another one is); `sides`: the country
    entity each national organisation or person belongs to ("U.S. special forces": the United States)."""
    geo = country_of or {}  # place entity id -> ISO code ("" when unknown)
    by_head = {c.head: c for c in cands}
    # a mention told as another event's reference point is resolved once the other event is
    for c in [c for c in cands if not c.apart] + [c for c in cands if c.apart]:
        target = _verb_of_its_object(c, by_head) or _announcing_headline(c, cands, countries, geo, sides)
        if target is not None:
            pass
        elif c.event.type == "statement":
            target = _statement_target(c, by_head, cands)
        elif c.event.type == "attack":
            target = _attack_antecedent(c, cands, countries, geo, sides) or (
                _elaborated_attack(c, cands, countries, geo, sides) if c.pos != "noun" else None
            )
        elif c.event.type not in NEVER_MERGED | {"statement"} and (c.pos == "noun" or c.event.type not in CLAUSAL):
            target = (
                _antecedent(c, cands, countries, geo, sides)
                or _verb_of_its_crowd(c, by_head)
                or _crowd_of_its_verb(c, cands)
            )
        if target is not None:
            root = target
            while root.merged_into is not None:
                root = root.merged_into
            if root is not c:
                c.fold_into(root)  # with the mentions that joined it before it was resolved
    return [c for c in cands if c.merged_into is None]


def _verb_of_its_object(c: Candidate, by_head: dict[int, Candidate]) -> Candidate | None:
    """The verb of the same event type a noun is the object of: "signed a peace agreement", "met at a meeting" is one
    agreement, one meeting, whatever else either mention names."""
    verb = by_head.get(c.object_of) if c.object_of is not None else None
    if verb is None or verb is c or c.event.type in NEVER_MERGED | {"statement"}:
        return None
    if verb.event.trigger.start > c.event.trigger.start:
        return None  # "No agreement was signed": the noun is the first mention, and the verb restates it
    return verb if verb.event.type == c.event.type and verb.event.modality == c.event.modality else None


def _verb_of_its_crowd(c: Candidate, by_head: dict[int, Candidate]) -> Candidate | None:
    """The protest verb a crowd noun is the subject of, when the noun restates no protest told before: "Several
    hundred protesters gathered in Paris", "Thousands of protesters rallied" is one protest, the crowd who held it."""
    verb = by_head.get(c.crowd_of) if c.crowd_of is not None else None
    if verb is None or verb is c or verb.event.type != c.event.type or verb.event.modality != c.event.modality:
        return None
    return verb


def _crowd_of_its_verb(c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The protest a verb's crowd noun already joined: "Protests grip Serbia ... Thousands of protesters marched
    across Serbia" is one protest, though the verb names a place of its own (the crowd noun came first and found the
    headline)."""
    if c.pos != "verb":
        return None
    for m in cands:
        if m is not c and m.crowd_of == c.head and m.merged_into is not None:
            if m.event.type == c.event.type and m.event.modality == c.event.modality:
                return m
    return None


HEADLINE_REACH = 6  # body sentences after the headline in which its event is reported


def _announcing_headline(
    c: Candidate,
    cands: list[Candidate],
    countries: frozenset[str],
    geo: Mapping[str, str],
    sides: Mapping[str, str] | None = None,
) -> Candidate | None:
    """The headline mention that announces the event `c` reports: the first body mention of the same type
    (or contact family) within the lead, compatible in arguments, number, kind and casualty counts."""
    if c.headline or c.event.type == "statement":
        return None
    for h in cands:
        if h.event.trigger.start >= c.event.trigger.start:
            break
        if not h.headline or h.merged_into is not None or any(not m.headline for m in h.extra):
            continue
        if c.distinct and not _same_contact(h, c):
            continue  # "another attack"; but "Trump-Putin Talks" ... "a separate conversation between Trump and Putin"
        if not same_family(h.event.type, c.event.type) or c.sent_index - h.sent_index > HEADLINE_REACH:
            continue
        cluster = [h, *h.extra]
        if any(c.head in m.apart or m.head in c.apart for m in cluster) or _fights_back(c, cluster):
            continue  # "Modi and Albanese meet at G20 summit": the summit is not the meeting held at it
        if tolls_disagree(c, cluster):
            continue  # "clashes leave nine dead" ... "opened fire on crowds, killing three": two attacks
        told = _with_its_object(c, cands)
        if (
            all(
                may_be_one(
                    _named_targets(m.event, told, c.owners),
                    told,
                    countries,
                    geo,
                    sides,
                    m.brokers | c.brokers,
                    True,
                )
                and _same_casualties(m.event, c.event)
                for m in cluster
            )
            and _same_number_and_kind(c, cluster)
            and (c.pos == "noun" or c.subject_plural or not any(m.plural for m in cluster) or _plural_object(c, cands))
        ):
            if h.event.type != c.event.type and not _shares_entity(h.event, c.event):
                continue
            _take_full_names(cluster, c.event)
            return h
    return None


def _with_its_object(c: Candidate, cands: list[Candidate]) -> Event:
    """A verb's event with the arguments of the noun of its own type it takes as object: "has signed a security
    agreement with China" is an agreement with China, as the headline's "security pact with China" is."""
    if c.pos != "verb":
        return c.event
    nouns = [o for o in cands if o.object_of == c.head and o.event.type == c.event.type and o is not c]
    if not nouns:
        return c.event
    return replace(c.event, arguments=[*c.event.arguments, *(a for o in nouns for a in o.event.arguments)])


def _plural_object(c: Candidate, cands: list[Candidate]) -> bool:
    """A verb whose object is a plural noun of its own event ("signed agreements"): it reports the plural headline
    event ("sign accords")."""
    return any(o.object_of == c.head and o.plural and o.event.type == c.event.type for o in cands)


def _named_targets(headline: Event, body: Event, owners: Mapping[str, str] | None = None) -> Event:
    """A headline's event without the targets it names by a description ("arrests Wall Street Journal reporter",
    "detains American contractor"): the body names the person ("detained Evan Gershkovich"), and the
    description's organisation or country is no other target. A person the headline names by the surname of one the
    body names in full is that person, whoever's words go with it ("arrests Duterte" ... "arrested former President
    Rodrigo Duterte"; "Leftist Boric elected" ... "Gabriel Boric won"), and so is one naming the leader of the body's
    agent (`owners`)."""
    full = _full_names(body)
    # "Johnson wins" ... "Boris Johnson's Conservatives won": the leader named for the party the body says is his
    full |= {name.split()[-1]: owned for owned, name in (owners or {}).items() if _surname_free(name, full)}
    kept = [
        replace(a, entity=full[_surname(a)]) if _surname(a) in full else a
        for a in headline.arguments
        if not (a.role == "target" and _description(a.text))
    ]
    return replace(headline, arguments=kept)


NAMED_ROLES = frozenset({"agent", "participant", "target"})  # the people a headline names short


def _surname_free(name: str, full: Mapping[str, str]) -> bool:
    return bool(name.split()) and name.split()[-1] not in full


def _full_names(body: Event) -> dict[str, str]:
    """The people the body names in full, by surname: "Duterte" -> the entity of "Rodrigo Duterte"."""
    return {
        a.text.split()[-1]: a.entity
        for a in body.arguments
        if a.role in NAMED_ROLES and a.entity and len(a.text.split()) > 1 and a.text.istitle()
    }


def _surname(a: Argument) -> str:
    """The surname a headline names a person by ("Duterte", "Leftist Boric", "Robert Prevost": the body's "Gabriel
    Boric", "Robert Francis Prevost"); "" for a description ("Wall Street Journal reporter") or another role."""
    words = a.text.split()
    return words[-1] if a.role in NAMED_ROLES and words and a.text.istitle() else ""


def _take_full_names(cluster: list[Candidate], body: Event) -> None:
    """The headline's surname targets resolved to the person the body names in full, once the two are joined."""
    full = _full_names(body)
    for m in cluster:
        for a in m.event.arguments:
            if _surname(a) in full:
                a.entity = full[_surname(a)]


def _description(text: str) -> bool:
    last = text.split()[-1] if text.split() else ""
    return last.isalpha() and last.islower()


def _agreed_to_other(c: Candidate, cluster: list[Candidate]) -> bool:
    """Two agreement verbs of the body, each with what it agrees to do, and nothing in common: two agreements (a
    headline words it otherwise: "agree to halt military action" ... "agreed to stop all military action")."""
    return (
        bool(c.agreed_to)
        and not c.headline
        and any(m.agreed_to and not m.headline and not m.agreed_to & c.agreed_to for m in cluster)
    )


def _same_contact(h: Candidate, c: Candidate) -> bool:
    """A contact event with the very people its headline names: "separate" sets it apart from another contact,
    not from the headline that announces it."""
    people = {"participant", "agent"}
    return (
        h.event.type in CONTACT
        and c.event.type in CONTACT
        and bool(entities_in(h.event, people))
        and (entities_in(h.event, people) == entities_in(c.event, people))
    )


def _same_casualties(a: Event, b: Event) -> bool:
    """No contradicting counts: "kills at least 12" and "12 people were killed" agree, 12 and 15 do not."""
    ca, cb = a.casualties, b.casualties
    if ca is None or cb is None:
        return True
    return all(x is None or y is None or x == y for x, y in ((ca.killed, cb.killed), (ca.injured, cb.injured)))


def _statement_target(c: Candidate, by_head: dict[int, Candidate], cands: list[Candidate]) -> Candidate | None:
    """The speech act a statement mention is part of: the verb a statement noun is the medium or setting of ("In
    a statement, X said"), the act a participle elaborates ("..., noting that"), or, for a definite statement noun
    ("since the announcement"), the statement it refers back to."""
    # a statement noun naming what it declared ("questions about his declaration of martial law") is no medium
    links = (c.continues,) if c.own_content else (c.governor, c.continues)
    for head in links:
        gov = by_head.get(head) if head is not None else None
        if gov is not None and gov.event.type == "statement" and gov is not c:
            return gov
    if c.definite and c.pos == "noun":
        return _same_word_statement(c, cands)
    return None


def _same_word_statement(c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The statement a definite or possessed statement noun refers back to: "The announcement" to the last
    "announced", "the mayor's remarks" to the mayor's last statement, else "the statement" to the statement of the last
    three sentences. None when the article reported none (the noun is then the first mention)."""
    stem = c.event.trigger.text.lower()[:5]
    speakers = entities_in(c.event, {"agent"})
    earlier = [
        p for p in cands if p.event.trigger.start < c.event.trigger.start and p.event.type == "statement" and p is not c
    ]
    same_word = [p for p in earlier if p.event.trigger.text.lower()[:5] == stem]
    if same_word:
        return same_word[-1]
    if c.own_content:
        return None  # "his declaration of martial law": an act of its own, not the speaker's last statement
    if speakers:
        same_speaker = [p for p in earlier if entities_in(p.event, {"agent"}) & speakers]
        return same_speaker[-1] if same_speaker else None
    near = [p for p in earlier if c.sent_index - p.sent_index <= 3]
    return near[-1] if near else None


def _hasentities_in(ev: Event) -> bool:
    return any(a.entity for a in ev.arguments)


def _antecedent(
    c: Candidate,
    cands: list[Candidate],
    countries: frozenset[str],
    geo: Mapping[str, str],
    sides: Mapping[str, str] | None = None,
) -> Candidate | None:
    """The earlier event a mention of an agreement, a meeting, a call, talks, a truce ... restates: within
    the type's window, or anywhere before for a definite noun ("the deal", "the talks", "the truce")."""
    window = WINDOW.get(c.event.type, 3)
    best = best_of_type = None  # "the talks" restate the last talks, not a phone call between them and it
    for prev in cands:
        if prev is c or prev.event.trigger.start >= c.event.trigger.start:
            continue
        if prev.merged_into is not None:
            prev = prev.merged_into
        cluster_type = _cluster_type(prev)
        if not same_family(cluster_type, c.event.type):
            continue
        distance = c.sent_index - max(m.sent_index for m in [prev, *prev.extra])
        announced = prev.headline and not prev.extra  # a headline's event is the first one the body reports
        if distance > window and not announced and not (c.definite and c.pos == "noun" and not c.distinct):
            continue
        if c.event.type == "attack" and not c.definite and distance > INDEFINITE_WINDOW and not announced:
            continue
        if cluster_type != c.event.type:
            # talks and calls corefer only with the same people named
            pa, pc = entities_in(prev.event, {"participant"}), entities_in(c.event, {"participant"})
            if not (pa and pc and pa == pc) and not (c.definite and not pc):
                continue
        same_people = bool(entities_in(prev.event, {"participant"})) and entities_in(
            prev.event, {"participant"}
        ) == entities_in(c.event, {"participant"})
        if (c.distinct and not same_people) or not _cluster_may_be_one(prev, c, countries, geo, sides):
            continue
        if any(c.head in m.apart or m.head in c.apart for m in [prev, *prev.extra]):
            continue  # "met at the G20 summit": the summit is another meeting than the one held within it
        if _agreed_to_other(c, [prev, *prev.extra]):
            continue  # "agreed to return their ambassadors" ... "had agreed to start consultations": two agreements
        if c.event.type == "attack" and not _same_number_and_kind(c, [prev, *prev.extra]):
            continue  # "the talks" after "a meeting", "the accords" after "the deal": number says nothing
        restated = _restates_its_doer(c, prev)
        if (
            not c.definite
            and not restated
            and _hasentities_in(c.event)
            and not any(_shares_entity(m.event, c.event) for m in [prev, *prev.extra])
            and not (c.event.type == "attack" and c.pos == "noun" and prev.pos == "noun")
        ):
            continue
        if _opposite_verdicts(c, [prev, *prev.extra]):
            continue  # "jails former shipping boss" ... "Two other managers were acquitted": two verdicts
        if c.pos != "noun" and _hasentities_in(c.event) and not (
            same_people or _same_person_held(prev, c) or restated or _same_court(prev, c)
        ):
            continue  # a verb with its own actors reports its own event, unless the same people restate it
        if c.pos == "verb" and c.event.type in CONTACT and _other_described_people(prev, c):
            continue  # "X held talks with military chiefs" ... "Senior commanders from both sides met": others met
        told_at = set().union(*(event_places(m.event, geo, countries) for m in [prev, *prev.extra]))
        if c.event.type in CONTACT and two_cities(told_at, event_places(c.event, geo, countries), countries, geo):
            continue  # "to meet again in Nairobi" ... "a summit in Mombasa": two meetings
        if c.pos == "verb" and not _days_agree(c, [prev, *prev.extra]):
            continue  # the same people on another day ("sat down with X on Monday" ... "last met in September")
        if c.talked_about and c.definite and best is None:
            return prev  # the article's attack, the one a statement is about
        best = prev
        if cluster_type == c.event.type:
            best_of_type = prev
    return best_of_type or best


def _cluster_may_be_one(
    root: Candidate,
    c: Candidate,
    countries: frozenset[str],
    geo: Mapping[str, str],
    sides: Mapping[str, str] | None,
) -> bool:
    """A later mention agrees with the event its cluster tells so far, not with each mention alone: "the summit"
    (with Trump) restates "talks" (with Putin) folded with "Trump-Putin summit"; a headline naming the parties by
    their countries ("Namibia and Botswana leaders meet") no conflict with "the two leaders held talks". Each
    mention's places and actors still hold against it where the cluster has only one mention."""
    cluster = [root, *root.extra]
    brokers = frozenset().union(*(m.brokers for m in cluster)) | c.brokers
    mine = c.event
    if _restates_its_doer(c, root):
        # "Justice Ana Ruiz ordered the Treasury to ...": the court's judge, and one more thing the ruling decided
        mine = replace(c.event, arguments=[a for a in c.event.arguments if a.role == "place"])
    if len(cluster) == 1:
        return may_be_one(root.event, mine, countries, geo, sides, brokers)
    told = replace(root.event, arguments=[a for m in cluster for a in m.event.arguments])
    return may_be_one(told, mine, countries, geo, sides, brokers)


# types a verb restates when its subject is the doer told before ("the judges ordered": `judgments`)
RESTATED_BY_ITS_DOER = frozenset({"ruling"})


def _restates_its_doer(c: Candidate, root: Candidate) -> bool:
    """A ruling verb of the court or a judge told before (`judgments.restates_the_court`), not after a jury's
    verdict."""
    return (
        c.pos == "verb"
        and c.refers_back
        and c.event.type in RESTATED_BY_ITS_DOER
        and not decided_by_a_jury(m.event for m in [root, *root.extra])
    )


DECIDED_TYPES = frozenset({"ruling"})  # events told by who decides them: the court names the ruling
OPPOSITE_VERDICTS = frozenset({"acquitted"})  # an acquittal is never the conviction or sentence of the same trial


def _same_court(prev: Candidate, c: Candidate) -> bool:
    """ "The appeal court quashed the licence ... The court also ordered the ministry to restart": a ruling verb whose
    every deciding court the earlier ruling already names restates it, whatever else it orders; not one told as
    before or after another ("..., after the court threw out the appointment": an earlier decision)."""
    courts = entities_in(c.event, {"agent"})
    earlier = set().union(*(entities_in(m.event, {"agent"}) for m in [prev, *prev.extra]))
    return c.event.type in DECIDED_TYPES and bool(courts) and courts <= earlier and not c.sequenced


def _opposite_verdicts(c: Candidate, cluster: list[Candidate]) -> bool:
    """A verdict of acquittal and one of conviction or sentence are two rulings, whoever gave them."""
    if c.event.type not in DECIDED_TYPES or not c.event.outcome:
        return False
    outcomes = {m.event.outcome for m in cluster if m.event.outcome}
    mine = c.event.outcome in OPPOSITE_VERDICTS
    return any((o in OPPOSITE_VERDICTS) != mine for o in outcomes)


def _other_described_people(prev: Candidate, c: Candidate) -> bool:
    """A contact verb whose every party is an indefinite description ("Senior commanders from both sides met",
    "Officials of the two countries met") where the earlier contact named its parties: other people met. A
    definite description ("the two leaders", "both ministers") or a pronoun refers back."""
    mine = [a for a in c.event.arguments if a.role in {"participant", "agent"}]
    theirs = set().union(*(entities_in(m.event, {"participant", "agent"}) for m in [prev, *prev.extra]))
    return (
        bool(mine)
        and bool(theirs)
        and all(a.entity is None and a.text[-1:].isalpha() and not _definite_words(a.text) for a in mine)
    )


def _definite_words(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return first in {"the", "both", "this", "that", "these", "those", "their", "his", "her", "its", "our", "they", "we"}


HELD_TYPES = frozenset({"arrest"})  # events told by whom they befall: the person held names the event


def _same_person_held(prev: Candidate, c: Candidate) -> bool:
    """ "Investigators detained Yoon ..., making him the first sitting president to be arrested": an arrest verb
    whose every target the earlier arrest already holds, with no agent of its own, restates it."""
    held = entities_in(c.event, {"target"})
    earlier = set().union(*(entities_in(m.event, {"target"}) for m in [prev, *prev.extra]))
    return (
        c.event.type in HELD_TYPES
        and bool(held)
        and held <= earlier
        and not entities_in(c.event, {"agent", "participant"})
    )


def _attack_antecedent(
    c: Candidate,
    cands: list[Candidate],
    countries: frozenset[str],
    geo: Mapping[str, str],
    sides: Mapping[str, str] | None = None,
) -> Candidate | None:
    """The attack a later mention restates. A noun that refers back (definite, possessive, demonstrative, or plural:
    "the bombing", "Friday's blasts", "both bombings", "bombings at the embassies ...") or a verb re-narrating it
    (its subject or object definite or a pronoun, or an entity of the attack: "the bombs went off", "Novak was shot
    in the back") is the article's attack, however far back and whatever its grammatical number, when kind
    (explosive, firearm ...), places, actors, days and tolls agree. Not merged: a mention marked distinct
    ("another", "a second", "new"), a set of attacks over a period ("since 1993"), and a single attack in one of
    the places of a multi-place attack ("a bomb went off at the embassy in Tanzania" after "the bombings in Kenya
    and Tanzania"), which is one of them, not all. A singular indefinite noun ("a devastating assault") joins
    an attack of the last two sentences only; a verb of a planned or possible attack ("threatened to strike")
    restates none."""
    if c.distinct or c.aggregate:
        return None
    refers_back = (c.definite or c.plural or c.refers_back) if c.pos == "noun" else c.refers_back
    best, best_score = None, (False, False)
    for prev in cands:
        if prev.event.trigger.start >= c.event.trigger.start:
            break
        root = prev.merged_into or prev
        if root is c or root.event.type != "attack" or root.aggregate:
            continue
        cluster = [root, *root.extra]
        if any(c.head in m.apart or m.head in c.apart for m in cluster):
            continue
        if c.lethal is not None and any(m.lethal is not None and m.lethal != c.lethal for m in cluster):
            continue  # "the murder of X" and "the attempted murder of Y"
        if tolls_disagree(c, cluster):
            continue  # "an air strike killed 33" ... "16 soldiers had been killed in the barrage"
        if not all(
            may_be_one(m.event, c.event, countries, geo, sides) and _same_casualties(m.event, c.event) for m in cluster
        ):
            continue
        kinds = {m.kind for m in cluster if m.kind}
        if c.kind and kinds and c.kind not in kinds or not _days_agree(c, cluster):
            continue
        if _one_of_several(c, cluster, countries, geo):
            continue
        if _roles_swapped(c.event, cluster) or _fights_back(c, cluster):
            continue  # "the attack on the market" and "the attacker was shot dead by police"
        if not c.hits_attackers and all(m.hits_attackers for m in cluster):
            continue  # "the gunman was shot dead by a sniper. ... the shooting": the attack, not the fight back
        if c.pos != "noun" and _other_weapons_elsewhere(c, cluster, countries):
            continue
        shares = any(_shares_entity(m.event, c.event, WHO_AND_WHERE) for m in cluster)
        if c.pos == "noun" and c.plural and not c.definite and not shares and entities_in(c.event, {"agent"}):
            continue  # "prompting Russian airstrikes": a plural with an attacker of its own is another set
        if c.pos == "noun" and not refers_back:
            distance = c.sent_index - max(m.sent_index for m in cluster)
            announced = root.headline and not root.extra
            if distance > INDEFINITE_WINDOW and not announced:
                continue
            if _hasentities_in(c.event) and not shares and root.pos != "noun":
                continue
        elif c.pos != "noun" and (c.event.modality != "asserted" or not (refers_back or shares)):
            continue  # "troops shelled rebel positions": its own clause, unless a detail (`_elaborated_attack`)
        if c.talked_about and c.definite and best is None:
            return root  # the article's attack, the one a statement is about
        # the same noun first, then the same number ("the bombings" for the twin bombings, not the single
        # blast told since; not for "that attack", which points at the last one), then the nearest
        score = (_same_word(c, cluster), c.demonstrative or _plural(c) == any(_plural(m) for m in cluster))
        if best is None or score >= best_score:
            best, best_score = root, score
    return best


def _other_weapons_elsewhere(c: Candidate, cluster: list[Candidate], countries: frozenset[str] = frozenset()) -> bool:
    """A clause of its own whose weapons are not the attack's, with no place, target or victim of the attack's:
    another strike by the same side ("a Russian missile struck a building in Zaporizhzhia" ... "Russian drones
    hit a power substation in the Sumy region"), however the days and the attacker agree. The country both lie
    in is no shared place."""
    mine, theirs = _weapons(c.event), set().union(*(_weapons(m.event) for m in cluster))
    if not mine or not theirs or mine & theirs:
        return False
    where = {a.entity for a in c.event.arguments if a.entity and a.role in WHERE_AND_WHOM} - countries
    return not any(a.entity in where for m in cluster for a in m.event.arguments if a.role in WHERE_AND_WHOM)


def _roles_swapped(ev: Event, cluster: list[Candidate]) -> bool:
    """Who attacks in one is who is hit in the other: two events, whatever else agrees. An agent that is its own
    event's target is none ("he fired five shots at Fico" with "he" resolved to Fico: a pronoun is never the
    co-argument it would bind)."""
    agents = set().union(*(_attackers(m.event) for m in cluster))
    targets = set().union(*(entities_in(m.event, HIT) for m in cluster))
    return bool(agents & entities_in(ev, HIT) or targets & _attackers(ev))


HIT = {"target", "victim"}


def _fights_back(c: Candidate, cluster: list[Candidate]) -> bool:
    """An attack told as what befell the attackers ("two of the attackers were killed in a firefight", "the gunman
    was shot dead by a guard") is the fight back, not the attack they made, when nothing of the cluster is."""
    return c.hits_attackers and not any(m.hits_attackers for m in cluster)


def _attackers(ev: Event) -> set[str]:
    """The event's attackers, less a pronoun resolved to the event's own target."""
    bound = {a.entity for a in ev.arguments if a.role == "agent" and a.text.lower() in PRONOUNS} & entities_in(ev, HIT)
    return entities_in(ev, {"agent"}) - bound


def _same_word(c: Candidate, cluster: list[Candidate]) -> bool:
    """ "the embassy bombings" and "bombings at the embassies": the same noun says more than nearness; so does the
    noun of the verb's own word when the verb says who acted ("X and Y struck targets in response to attacks by Z
    ... killed in the strikes": the strikes are what X and Y struck, not the nearer attacks)."""

    def word(m: Candidate) -> str:
        last = m.event.trigger.text.lower().split()[-1]
        return last[:-1] if last.endswith("s") else last

    return c.pos == "noun" and any(
        m.pos == "noun"
        and word(m) == word(c)
        or m.pos == "verb"
        and bool(c.lemma)
        and m.lemma == c.lemma
        and bool(entities_in(m.event, {"agent"}))
        for m in cluster
    )


def event_places(ev: Event, geo: Mapping[str, str], countries: frozenset[str]) -> set[str]:
    """Where an event happened: its places, and the places it struck ("struck Mosul"); a country as target is
    whose it was ("the U.S. embassies"), not where."""
    return {
        a.entity
        for a in ev.arguments
        if a.entity in geo and (a.role == "place" or a.role == "target" and a.entity not in countries)
    }


def _one_of_several(c: Candidate, cluster: list[Candidate], countries: frozenset[str], geo: Mapping[str, str]) -> bool:
    """A single attack in one place of a multi-place one, either way round: "the blast in Nairobi" after "the
    bombings in Kenya and Tanzania", or "the bombings in Kenya and Tanzania" after "the blast in Nairobi"."""
    mine = event_places(c.event, geo, countries)
    theirs = set().union(*(event_places(m.event, geo, countries) for m in cluster))
    if not mine or not theirs:
        return False
    if not _plural(c) and one_of_several_places(mine, theirs, countries, geo):
        return True
    return not any(_plural(m) for m in cluster) and one_of_several_places(theirs, mine, countries, geo)


def _plural(m: Candidate) -> bool:
    return m.plural if m.pos == "noun" else m.subject_plural


def _days_agree(c: Candidate, cluster: list[Candidate]) -> bool:
    """No two different days: "on Aug. 7" and "last Friday" may be one day, "on Monday" and "on Tuesday" are not.
    A value at a coarser precision ("1998", "1998-08") agrees with the days inside it."""
    theirs = set().union(*(m.days for m in cluster))
    if not c.days or not theirs:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in c.days for b in theirs)


ELABORATION_WINDOW = 2  # sentences after the attack in which a detail of it is told


def _weapons(ev: Event) -> set[str]:
    return {a.text.lower().split()[-1].rstrip("s") for a in ev.arguments if a.role == "instrument" and a.text.strip()}


def _elaborated_attack(
    c: Candidate,
    cands: list[Candidate],
    countries: frozenset[str],
    geo: Mapping[str, str],
    sides: Mapping[str, str] | None = None,
) -> Candidate | None:
    """A clause that tells a detail of an attack just reported: "missiles and drones struck Sarnovo overnight" ...
    "a missile hit a five-storey apartment block near the station shortly after 2 a.m.". One of the attack's own
    weapons, no attacker of its own, no other place or target, no day of its own and no "another"/"second":
    the same strike, told closer. A clause with its own attacker or day reports its own event."""
    if c.distinct or c.dated or entities_in(c.event, {"agent", "participant"}):
        return None
    weapons = _weapons(c.event)
    if not weapons:
        return None
    best = None
    for prev in cands:
        if prev.event.trigger.start >= c.event.trigger.start:
            break
        root = prev.merged_into or prev
        cluster = [root, *root.extra]
        if root.event.type != "attack" or root is c:
            continue
        if c.sent_index - max(m.sent_index for m in cluster) > ELABORATION_WINDOW:
            continue
        if _fights_back(c, cluster) or tolls_disagree(c, cluster) or not (
            weapons & set().union(*(_weapons(m.event) for m in cluster))
            or told_by_its_attackers(c, cluster)
        ):
            continue
        agrees = all(may_be_one(m.event, c.event, countries, geo, sides) for m in cluster)
        if agrees and _same_number_and_kind(c, cluster):
            best = root
    return best


def _same_number_and_kind(c: Candidate, cluster: list[Candidate]) -> bool:
    """A plural noun ("the attacks") names several events, a singular one one; a shooting and a bombing
    are different attacks. Verbs carry no number."""
    nouns = [m for m in cluster if m.pos == "noun"]
    if c.pos == "noun" and nouns and all(m.plural != c.plural for m in nouns):
        return False
    kinds = {m.kind for m in cluster if m.kind}
    return not (c.kind and kinds and c.kind not in kinds)


MUTUAL_TALK_NOUNS = frozenset({"conversation", "discussion", "chat", "talk", "exchange"})


def _contact_types(root: Candidate) -> list[str]:
    """The types of a cluster's mentions, where a noun of talk ("these conversations", "the discussion") that
    restates a meeting its verb told ("met the coup leaders in Niamey") is that meeting, no call: only a word of
    the phone ("the call", "by phone") makes a meeting a call."""
    members = [root, *root.extra]
    met = any(m.event.type == "meeting" and m.pos == "verb" and not m.headline for m in members)
    return [
        "meeting" if met and m.event.type == "call" and m.pos == "noun" and m.lemma in MUTUAL_TALK_NOUNS
        else m.event.type
        for m in members
    ]


def _cluster_type(root: Candidate) -> str:
    types = _contact_types(root)
    if root.event.type in CONTACT:
        return next(t for t in SPECIFICITY if t in types)
    return root.event.type


WHO_AND_WHERE = frozenset({"agent", "participant", "target", "victim", "place"})  # not a weapon: "a rocket" is any
WHERE_AND_WHOM = frozenset({"target", "victim", "place"})


def _shares_entity(a: Event, b: Event, roles: frozenset[str] | None = None) -> bool:
    def ids(ev: Event) -> set[str | None]:
        return {x.entity for x in ev.arguments if x.entity and (roles is None or x.role in roles)}

    return bool(ids(a) & ids(b))


def fold(root: Candidate) -> Event:
    """The root's event with its merged mentions' triggers and arguments added."""
    ev = root.event
    specific = _contact_types(root)
    for t in SPECIFICITY:
        if t in specific and ev.type in CONTACT:
            ev.type = t
            break
    for m in sorted(root.extra, key=lambda m: m.event.trigger.start):
        ev.mentions.append(m.event.trigger)
        for arg in m.event.arguments:
            if arg.role == "agent" and any(a.role == "agent" for a in ev.arguments) and ev.type == "statement":
                continue
            if not any(  # one word may name two entities ("the embassies in A and B"): same words, same entity
                a.role == arg.role
                and (a.entity and a.entity == arg.entity or a.start == arg.start and not (a.entity and arg.entity))
                for a in ev.arguments
            ):
                ev.arguments.append(arg)
        if not ev.content and m.event.content:
            ev.content = m.event.content
        if m.event.casualties:
            for kind in ("killed", "injured"):
                ev.casualties = add_count(
                    ev.casualties, kind, getattr(m.event.casualties, kind), m.event.casualties.qualifier
                )
        ev.amount = ev.amount or m.event.amount  # a price named by any mention ("the $4.2 billion deal")
        ev.outcome = ev.outcome or m.event.outcome
        ev.subject = ev.subject or m.event.subject  # "agreed to a truce": the agreement is a ceasefire
        ev.confidence = min(0.95, max(ev.confidence, m.event.confidence) + 0.05)
    _choose_trigger(root)
    return ev


def _choose_trigger(root: Candidate) -> None:
    """The event's trigger is its first body mention of its own type, not a headline ("Talks", "Attack"):
    the body sentence is where its arguments and date are."""
    members = sorted([root, *root.extra], key=lambda m: m.event.trigger.start)
    best = next((m for m in members if not m.headline and m.event.type == root.event.type), None) or next(
        (m for m in members if not m.headline), None
    )
    if best is None or best is root or not root.headline:
        return
    ev = root.event
    ev.mentions = sorted([ev.trigger, *(x for x in ev.mentions if x != best.event.trigger)], key=lambda x: x.start)
    ev.trigger, ev.sentence = best.event.trigger, best.event.sentence
