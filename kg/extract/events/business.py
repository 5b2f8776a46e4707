"""Business events (acquisition, merger) and the money an event names.

Sense: "buy", "acquire", "purchase" are an acquisition when what is bought is a company, a named thing, a
business ("a 30% stake in", "its European unit") or has a price ("bought the site for $40m"), not in "bought
time" or "acquired a taste"; "took over", "snapped up", "bought out" are particle verbs (`framing`). A
takeover or acquisition noun needs a business reading: an organisation bought or buying, a price, or a
bid; "the Communist takeover" and "a military takeover" are seizures of power, "language acquisition" no deal.
Arguments: the buyer is the agent ("X agreed to buy Y", "X's acquisition of Y", "Y was acquired by X"), the
company bought the target (through "a stake in Y"), the seller a participant ("from Z"); in "merged with"
both sides are participants.

Amounts: `amount_of(doc, head, pos)` reads the money expression attached to a trigger in the parse: "for
$4.2 billion", "a €300m deal", "in a deal valued at £20 million", "worth 1.5 billion euros", not an amount
inside another clause ("X, which earned $2bn last year, ..."). Money expressions are found by
`money.find_amounts` and, where it finds none, spaCy's MONEY entities.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.events.arguments import PLACE_NOUNS, EntityLookup, _add, _subject_of
from kg.extract.events.framing import (
    CLAUSES,
    add_governor_subject,
    clause_head,
    kids,
    lemma,
    modifiers,
    modifies_another_noun,
    particle_event,
    prep_objects,
    reduced_passive,
    verb_arguments,
)
from kg.extract.events.lexicon import Lexicon, lexicon
from kg.extract.events.money import find_amounts, tables
from kg.extract.names import word_list
from kg.facts import Amount, Argument, Event
from kg.nlp import named_entities_labelled, sent_of, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.extract.events.triggers import Trigger

TYPES = frozenset({"acquisition"})
COMPANY_ENTS = {"ORG", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART"}  # the NER often takes a firm's name for a person
PLACE_ENTS = {"GPE", "LOC"}
MAX_HOPS = 6


def _business_thing(tok: Token, lex: Lexicon, places: bool = True) -> bool:
    """A company, a named thing or a business noun ("its European unit", "a 30% stake in Bexley Foods")."""
    if not places and lemma(tok) in PLACE_NOUNS:
        return False  # "took over the city of Mirsk"
    if tok.ent_type_ in COMPANY_ENTS or tok.ent_type_ in PLACE_ENTS and places:
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ not in {"NORP", "DATE"} and (places or tok.ent_type_ not in PLACE_ENTS):
        return True
    if lemma(tok) in lex.sense("acquisition_objects"):
        return True
    named = prep_objects(tok, "in", "of") + kids(tok, "appos")  # "a stake in Bexley", "the broadcaster Channel Nine"
    return any(_business_thing(g, lex, places) for g in named if g.pos_ == "PROPN")


def sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    """None: not an acquisition. False: kept plainly. True: kept by a sense rule (less certain)."""
    low = lemma(tok)
    if kind == "verb":
        if tok.dep_ == "amod":
            return None  # "acquired immunity"
        if low == "snap":  # "snapped up" (a particle verb), whatever the parser made of its object
            return True if particle_event(tok, lex) == "acquisition" else None
        if low == "merge":
            sides = _subject_of(tok) + prep_objects(tok, "with")  # "Orbis and Talon agreed to merge"
            return False if any(_business_thing(s, lex, places=False) for s in sides) else None
        objects = kids(tok, "dobj", "nsubjpass")
        if {lemma(o) for o in kids(tok, "dobj", "nsubjpass", "npadvmod")} & lex.sense("acquisition_not_objects"):
            return None  # "bought the company some time", "acquired a reputation"
        if low == "sell":  # a sale is an acquisition by the buyer: "sold its hotel chain to Marquis for $2.3bn"
            buyers = prep_objects(tok, "to")
            sold = any(_business_thing(o, lex, places=False) for o in objects)
            return (
                False if sold and (any(_business_thing(b, lex, places=False) for b in buyers) or _priced(tok)) else None
            )
        if any(_business_thing(o, lex, places=low != "take") for o in objects):
            return False  # "took over the city" is a seizure, not a purchase
        return True if objects and _priced(tok) else None
    if modifies_another_noun(tok, lex.sense("acquisition_keeps_event_heads")):
        return None
    mods = modifiers(tok)
    if any(m.ent_type_ == "NORP" or lemma(m) in lex.sense("acquisition_not_modifiers") for m in mods):
        return None  # "the Communist takeover", "language acquisition"
    if tok.tag_ in {"NNS", "NNPS"} and low in {"sale", "purchase"}:
        return None  # "sales rose", "consumer purchases"
    if low == "sale" and not (prep_objects(tok, "to") or _priced(tok)):
        return None  # "the sale of tickets"
    bought = prep_objects(tok, "of", "with", "between")
    if bought and all(b.ent_type_ in PLACE_ENTS for b in bought):
        return None  # "the takeover of Kabul"
    if any(_business_thing(b, lex, places=False) for b in bought):
        return False
    if any(_business_thing(m, lex, places=False) for m in mods + kids(tok, "poss") + prep_objects(tok, "by")):
        return True
    return True if _priced(tok) else None


def _priced(tok: Token) -> bool:
    """A price attached to the trigger in the parse: "for $40m", "a €300m takeover" (not "$1,000" in another
    clause of the sentence)."""
    return _attached_amount(tok.doc, tok, "verb" if tok.pos_ == "VERB" else "noun") is not None


def complete(doc: Doc, trig: Trigger, head: Token, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """Lemma frames ("merged with"), the company behind a stake, the buyer of a modified noun, governing verbs."""
    frame = lex.frames.get(ev.type, {})
    own = frame.get(f"{trig.pos}:{lemma(head)}")
    if trig.pos == "verb":
        verb_frame = own or frame.get("verb", {})
        verb = clause_head(head)
        relative = any(c.tag_ in {"WP", "WDT"} for c in kids(verb, "nsubj", "nsubjpass"))
        if own is not None or relative or reduced_passive(verb, verb_frame) or lemma(head) == "snap":
            ev.arguments = verb_arguments(doc, head, verb_frame, lookup)
        for g in prep_objects(head, "up", "out", "over"):  # "snapped up Echoframe" read as a preposition
            _add(ev.arguments, doc, g, "target", lookup)
    elif own is not None:
        ev.arguments = [a for a in ev.arguments if a.role not in {"agent", "target"}]
        for c in kids(head, "poss") + [m for m in modifiers(head) if lookup.entity_at(m.i)]:
            _add(ev.arguments, doc, c, "participant", lookup)
        for p in own:
            for g in prep_objects(head, p) if p not in {"poss", "modifier"} else []:
                _add(ev.arguments, doc, g, own[p], lookup)
    if trig.pos == "noun":
        targets = [a for a in ev.arguments if a.role == "target"]
        of_target = {g.idx for g in prep_objects(head, "of")}
        if any(a.start in of_target or lookup.entity_at(_token_at(doc, a.start)) for a in targets) and len(targets) > 1:
            for a in targets:  # "the Harbor takeover of Meridian": the modifier is the buyer
                if a.start < head.idx and a.start not in of_target:
                    a.role = "agent"
        add_governor_subject(doc, head, frame, ev.arguments, lookup)
    _stake_company(doc, ev.arguments, lookup, lex)


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


def _stake_company(doc: Doc, args: list[Argument], lookup: EntityLookup, lex: Lexicon) -> None:
    """ "bought a 30% stake in Bexley Foods": the target is the company, not the stake."""
    stakes = lex.sense("acquisition_stake_nouns")
    for k, arg in enumerate(args):
        if arg.role != "target" or arg.entity:
            continue
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None or lemma(span.root) not in stakes:
            continue
        companies = [g for g in prep_objects(span.root, "in", "of") if lookup.entity_at(g.i) or g.pos_ == "PROPN"]
        if companies:
            replaced: list[Argument] = []
            _add(replaced, doc, companies[0], "target", lookup)
            args[k : k + 1] = replaced


# ---------------------------------------------------------------- money


@lru_cache(maxsize=1)
def amount_types() -> frozenset[str]:
    """The event types that carry the money they name (`data/money.json`, "event_types")."""
    return frozenset(tables().event_types)


def _sentence_amounts(doc: Doc, sent: Span) -> list[Amount]:
    text = span_text(sent)
    found = find_amounts(text, sent.start_char)
    for ent in named_entities_labelled(doc, "MONEY"):
        if not (sent.start_char <= ent.start_char < sent.end_char):
            continue
        if any(a.start < ent.end_char and ent.start_char < a.end for a in found):
            continue
        value = _spelled_value(ent.text)
        if value is not None:
            found.append(Amount(value, _currency_in(ent.text), ent.text, ent.start_char, ent.end_char))
    return found


def _spelled_value(text: str) -> float | None:
    """ "two hundred million dollars" -> 2e8: number words and scales, as spaCy's MONEY entities spell them."""
    t = tables()
    total = current = 0.0
    seen = False
    for word in text.lower().replace("-", " ").split():
        word = word.strip(".,")
        if word.replace(",", "").replace(".", "", 1).isdigit():
            current += float(word.replace(",", ""))
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in t.numbers:
            current += t.numbers[word]
        elif word in t.scales:
            total += (current or 1) * t.scales[word]
            current = 0.0
        else:
            continue
        seen = True
    return total + current if seen and total + current > 0 else None


def _currency_in(text: str) -> str | None:
    t = tables()
    for sym, code in sorted(t.symbols.items(), key=lambda kv: -len(kv[0])):
        if sym in text:
            return code
    words = text.lower().split()
    return next((t.words[w] for w in words if w in t.words), None)


def _hops_to(anchor: Token, head: Token, governor: Token | None, same_event: frozenset[str]) -> int | None:
    """How many arcs lead from a money phrase's head up to the trigger (or the verb that governs the trigger
    noun), without leaving the trigger's clause; None when it is not attached to it. A verb on the way ends
    the trigger's clause unless it pays ("ordered Corvex to pay $35 million") or tells the same event without
    a subject of its own (`same_event` lemmas: "ruled that ... and ordered it to pay")."""
    tok, hops = anchor, 0
    while hops <= MAX_HOPS:
        if tok.i == head.i or governor is not None and tok.i == governor.i:
            return hops
        if tok.head.i == tok.i or tok.dep_ in CLAUSES - {"acl"}:
            return None
        if tok.i != anchor.i and tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"acl", "amod"}:
            paying = tok.dep_ == "xcomp" and lemma(tok) in tables().paying_verbs
            restating = tok.dep_ == "conj" and lemma(tok) in same_event and not kids(tok, "nsubj", "nsubjpass")
            if not (paying or restating):
                return None
        tok, hops = tok.head, hops + 1
    return None


def amount_of(doc: Doc, head: Token, pos: str, etype: str, lex: Lexicon) -> Amount | None:
    """The money expression attached to the trigger `head` in the parse, nearest first. An acquisition with
    none of its own takes the price of the deal, offer or bid its sentence names ("completed its takeover of
    Norland after shareholders approved the 1.5 billion euro deal")."""
    same_event = lex.derived(
        f"@verbs_of_{etype}", lambda lex: frozenset(v for v, ts in lex.verbs.items() if etype in ts)
    )
    found = _attached_amount(doc, head, pos, same_event)
    if found is not None or etype not in TYPES:
        return found
    prices = lex.sense("acquisition_price_nouns")
    for tok in sent_of(head):
        if tok.i != head.i and tok.pos_ == "NOUN" and lemma(tok) in prices:
            found = _attached_amount(doc, tok, "noun", same_event)
            if found is not None:
                return found
    return None


def _attached_amount(doc: Doc, head: Token, pos: str, same_event: frozenset[str] = frozenset()) -> Amount | None:
    sent = sent_of(head)
    amounts = _sentence_amounts(doc, sent)
    if not amounts:
        return None
    governor = head.head if pos == "noun" and head.dep_ in {"dobj", "nsubjpass", "pobj"} else None
    if governor is not None and governor.pos_ not in {"VERB", "AUX"}:
        governor = governor.head if governor.dep_ == "prep" and governor.head.pos_ in {"VERB", "AUX"} else None
    best: tuple[int, Amount] | None = None
    for amount in amounts:
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None or head.i in range(span.start, span.end):
            continue
        hops = _hops_to(span.root, head, governor, same_event)
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, amount)
    return best[1] if best else None


def fold_agreements_to_acquire(survivors: list, cands: list, toks) -> list:
    """ "Corvus said it had agreed to buy Norlink ..., in a deal that would create ...": the agreement to buy is the
    acquisition's own control verb, no agreement of its own (news-dev's convention); the agreement, with the
    mentions folded into it ("the deal"), becomes mentions of the acquisition its verb governs. So does a deal noun
    with no parties of its own in an article that tells a purchase ("Valmora clinches 1.1 billion euro deal for
    Galaxa", "The deal, expected to close in the third quarter, ..."): the deal of a purchase is the acquisition,
    the nearest one. `survivors`: the coreference candidates left after folding (`candidates.Candidate`), `cands` all of
    them; returns those left."""
    by_head = {c.head: c.merged_into or c for c in cands}
    out = []
    for c in survivors:
        verb = toks[c.head]
        target = None
        if c.event.type == "agreement" and c.pos == "verb":
            target = next(
                (by_head[x.i] for x in verb.children if x.dep_ == "xcomp" and x.i in by_head
                 and by_head[x.i].event.type in TYPES),
                None,
            )
            if target is None and _agreed_to_pay_for(verb):
                target = _nearest_acquisition(c, survivors, headline_enough=True)
        elif c.event.type == "agreement" and c.pos == "noun" and _purchase_deal(verb):
            target = _nearest_acquisition(c, survivors)
        if target is None:
            out.append(c)
            continue
        c.fold_into(target)
    return out


def _purchase_deal(noun: Token) -> bool:
    """A deal noun that can be a purchase's: no parties of its own ("a deal with", "between") and no kind other
    than a purchase's ("peace deal", "trade deal"; a price, "takeover deal", "all-cash deal" are a purchase's)."""
    lex = lexicon()
    if noun.lemma_.lower() not in lex.sense("purchase_deal_nouns"):
        return False
    if any(p.lower_ in {"with", "between", "among"} for p in noun.children if p.dep_ == "prep"):
        return False
    kinds = lex.sense("purchase_deal_modifiers")
    return all(
        m.like_num or m.ent_type_ in {"MONEY", "CARDINAL"} or m.lemma_.lower() in kinds or m.pos_ == "PROPN"
        for m in noun.children
        if m.dep_ in {"compound", "amod", "nmod"}
    )


def _agreed_to_pay_for(verb: Token) -> bool:
    """ "has agreed to pay $1.1 billion for a 51% stake": an agreement to pay a price for something is the purchase's
    own agreement (`purchase_payment_verbs.txt`), as "agreed to buy" is."""
    return any(
        x.dep_ == "xcomp" and x.lemma_.lower() in word_list("purchase_payment_verbs.txt")
        and any(p.dep_ == "prep" and p.lower_ == "for" for p in x.children)
        for x in verb.children
    )


def _nearest_acquisition(deal, survivors: list, headline_enough: bool = False):
    """The acquisition candidate nearest the deal noun, if the article tells one in the body or the deal is in the
    headline too (a body deal folded into a headline-only purchase would become its trigger: "Harbor to buy
    Meridian ... The two banks announced the deal"). `headline_enough`: a verb that tells the purchase ("agreed to
    pay ... for") may join a headline-only one."""
    purchases = [
        c for c in survivors
        if c.event.type in TYPES and (headline_enough or deal.headline or not all(m.headline for m in [c, *c.extra]))
    ]
    return min(purchases, key=lambda c: abs(c.head - deal.head), default=None)

