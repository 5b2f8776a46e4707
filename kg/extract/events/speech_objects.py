"""What a speech verb's object and complements say about its speech act, beyond the verb's plain frame.

A speech verb that declares something into force is no statement: "declared a state of emergency", "a truce
declared by both sides" (`declared_states`; "declared victory" stays one). A verb whose speech sense comes
with its particle ("hit out at", "played down") is another sense without it, whatever clause follows ("hit what
it said were bases": the clause is what was hit). An order is a statement when it
commands an armed body ("ordered security forces to withdraw"); other orders are rulings. A duration with "more"
is what was asked for, not when ("asked for two more days"). What a call was made to say is said in it. A
passive "was warned of", "had not been informed in advance" is a statement whose speaker is not named. A speaker
"speaking at the United Nations", "speaking to reporters" tells a speech act of its own, beside the verb that says
what was said. The word lists are `senses` of the event lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


MONTHS_THAT_ARE_WORDS = frozenset({"march", "may"})


def _declared_objects(verb: Token) -> list[Token]:
    """What the verb declares: its object, or the noun its participle or relative clause modifies."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objs and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        objs = [verb.head]
    return [c for o in objs for c in (o, *o.conjuncts)]


def _names(noun: Token) -> set[str]:
    """The noun's lemma, with its modifiers ("martial law"), and X of "a state of X"."""
    lemma = noun.lemma_.lower()
    names = {lemma, noun.lower_}
    names |= {f"{m.lower_} {lemma}" for m in noun.children if m.dep_ in {"amod", "compound"}}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            names |= {f"{lemma} of {obj.lower_}", f"{lemma} of {obj.lemma_.lower()}"}
            if lemma == "state":
                names |= _names(obj)
    return names


def not_a_speech_act(verb: Token, lex: Lexicon) -> bool:
    """A speech verb's other sense, read off its object: a status declared, a particle verb without its
        particle, an order that is no command to an armed body (a court's or an official's order is a ruling), an
    event called ("called a strike")."""
    return (
        declares_a_status(verb, lex)
        or lacks_its_particle(verb, lex)
        or _not_a_command(verb, lex)
        or _convenes(verb, lex)
    )


def _convenes(verb: Token, lex: Lexicon) -> bool:
    """ "called an indefinite general strike", "called a snap election", "called a meeting for Tuesday": the
    caller convenes an event (`convened_events`); not "called the strike illegal", what the speaker named it."""
    if verb.lemma_.lower() != "call":
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "xcomp", "ccomp", "acomp"}]
    return len(objs) == 1 and objs[0].pos_ != "VERB" and objs[0].lemma_.lower() in lex.sense("convened_events")


def _not_a_command(verb: Token, lex: Lexicon) -> bool:
    """ "ordered his fighters to halt", "ordered the army to reopen the roads": a command, told as a statement;
    "the judge ordered the Treasury to suspend the deal", "ordered an inquiry": an order of another kind."""
    if verb.lemma_.lower() != "order":
        return False
    armed = lex.sense("attackers")
    return not any(o.lemma_.lower() in armed for d in verb.children if d.dep_ == "dobj" for o in (d, *d.conjuncts))


def declares_a_status(verb: Token, lex: Lexicon) -> bool:
    """ "declared a year-long state of emergency", "a ceasefire declared by Egypt": a status put into force."""
    if verb.lemma_.lower() != "declare":
        return False
    states = lex.sense("declared_states")
    return any(_names(o) & states for o in _declared_objects(verb))


def lacks_its_particle(verb: Token, lex: Lexicon) -> bool:
    """ "Iran hit what it said were bases": "hit" is a speech verb only as "hit out"."""
    return verb.lemma_.lower() in lex.sense("particle_speech_verbs") and not any(
        c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "aside" for c in verb.children  # "brushed aside"
    )


def complement_preps(verb: Token, lex: Lexicon) -> list[Token]:
    """The verb's prepositions that take a complement, not a time ("called on Tuesday", "rang in the morning");
    a duration with "more" is a complement ("asked for two more days", "requested extra time"), and so is a span
    of something done ("called for a week of strikes", "a day of mourning"; not "the morning of the vote")."""
    times, more = lex.sense("time_nouns"), lex.sense("additional_amount_words")

    def is_time(obj: Token) -> bool:
        if obj.ent_type_ not in {"DATE", "TIME"} and (obj.lower_ not in times or _common_noun_not_month(obj)):
            return False
        return not any(t.lower_ in more for t in obj.subtree if t.i < obj.i) and not span_of_acts(obj, lex)

    return [
        p for p in verb.children if p.dep_ == "prep" and not any(is_time(o) for o in p.children if o.dep_ == "pobj")
    ]


def _common_noun_not_month(obj: Token) -> bool:
    """ "called for a march", "a may be": a month's name written small is the common word."""
    return obj.lower_ in MONTHS_THAT_ARE_WORDS and obj.text[:1].islower()


def span_of_acts(obj: Token, lex: Lexicon) -> bool:
    """ "a week of strikes", "three days of mourning": a time noun counting what is done in it, told by the "of"
    noun, which is no time itself; a definite one is a point in time ("the morning of the vote")."""
    times = lex.sense("time_nouns")
    if obj.lower_ not in times and obj.lemma_.lower() not in times and obj.ent_type_ not in {"DATE", "TIME"}:
        return False
    if any(d.lower_ == "the" for d in obj.children if d.dep_ == "det"):
        return False
    acts = (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return any(o.ent_type_ not in {"DATE", "TIME"} and o.lower_ not in times for o in acts)


def said_in_a_call(verb: Token, lex: Lexicon) -> bool:
    """ "called Modi on Sunday to thank him", "spoke by phone with Marcos to offer condolences": the purpose of a
    call is said in it, a statement (the purpose of a trip, "came to the square to demand", is not yet said)."""
    return verb.dep_ == "advcl" and "call" in lex.verbs.get(verb.head.lemma_.lower(), ())


def passive_recipient(verb: Token, lex: Lexicon) -> Token | None:
    """ "police had been warned of possible attacks", "the army had not been informed in advance": whoever was
    told something, by a speaker the sentence does not name; not "was told to leave", "when asked"."""
    if verb.lemma_.lower() not in lex.sense("told_in_passive_verbs") or any(c.dep_ == "xcomp" for c in verb.children):
        return None
    told = [c for c in verb.children if c.dep_ == "nsubjpass"]
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [q for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"]
    about = any(p.lower_ in {"of", "about"} for p in preps)  # "warned on April 11 of attacks": on the date
    ahead = any(c.lower_ in {"advance", "beforehand"} for p in preps for c in p.children)
    return told[0] if told and (about or ahead) else None


def names_the_topic(event_noun: Token, lex: Lexicon) -> bool:
    """The event noun is what a speech act is about, not where it happened: "did not comment on the call",
    "asked about the meeting", "had no comment on the talks". Its speaker takes no part in it (`topic_prepositions`
    always; "on" after a word of `topic_on_heads`, or after a verb whose object is one). Not "reported on the
    talks", "briefed parliament on the talks": who reports or briefs on talks has often held them."""
    if event_noun.dep_ != "pobj" or event_noun.head.dep_ != "prep":
        return False
    prep, word = event_noun.head, event_noun.head.head
    if prep.lower_ in lex.sense("topic_prepositions"):
        return True
    if prep.lower_ != "on":
        return False
    heads = lex.sense("topic_on_heads")
    return word.lemma_.lower() in heads or any(
        c.dep_ == "dobj" and c.lemma_.lower() in heads for c in word.children
    )


def speaks_at_an_occasion(verb: Token, lex: Lexicon) -> bool:
    """ "Speaking at the United Nations, the president said ...", "the minister, speaking to reporters in Rome, said
    ...": a participle of "speak" set at an occasion or to an audience; not "speaking on condition of anonymity"
    (how the source spoke), nor "spoke by phone" (a call). "Reading the court's judgment, the judge said ...": a
    document read out is an act of its own too."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"}:
        return False
    if verb.lemma_.lower() == "read":
        read = lex.senses["statement_verb_senses"]["objects_of"]["read"]
        return any(c.dep_ == "dobj" and c.lemma_.lower() in read for c in verb.children)
    if verb.lemma_.lower() != "speak":
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    manner = lex.sense("speaking_manner_nouns")  # "on condition of anonymity", not "on the flight home"
    return any(p.lower_ in lex.sense("speaking_occasion_prepositions") for p in preps) and not any(
        p.lower_ == "on" and any(o.lemma_.lower() in manner for o in p.children if o.dep_ == "pobj") for p in preps
    )


WITHIN_PREPOSITIONS = frozenset({"during", "in", "at"})


def within_a_meeting(noun: Token, event_type: str) -> bool:
    """ "warned Ana during talks", "assured him at the meeting": a meeting noun a speech verb is told within,
    whose addressee took part in it (not "told reporters after the meeting": spoken after it, to others)."""
    return event_type == "meeting" and noun.dep_ == "pobj" and noun.head.lower_ in WITHIN_PREPOSITIONS
