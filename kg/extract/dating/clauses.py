"""The parse read for dating: which words share an event mention's time (the climb from a trigger, its
noun phrase), where a temporal expression attaches, tense, quotations, headlines. Word lists are data:
`kg/extract/data/dating.json`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.timex import LEXICON
from kg.nlp import char_span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DATA = json.loads((Path(__file__).parents[1] / "data" / "dating.json").read_text(encoding="utf-8"))
# verbs that relate two events in time: "the call followed a conversation on Thursday" does not date the call
SEQUENCE_VERBS = frozenset(LEXICON["sequence_verbs"])
REPORTING_TYPES = frozenset(LEXICON["reporting_event_types"])
REPORTING_VERBS = frozenset(LEXICON["reporting_verbs"])
SCHEDULE_VERBS = frozenset(_DATA["support_verbs"]["schedule"])  # "talks are scheduled for Monday"
SUPPORT_VERBS = frozenset(_DATA["support_verbs"]["any_object"]) | SCHEDULE_VERBS
SUPPORT_WITH_OBJECTS = {verb: frozenset(objs) for verb, objs in _DATA["support_verbs"]["with_objects"].items()}
SIMULTANEOUS_MARKERS = frozenset(_DATA["simultaneous_markers"]["words"])
PURPOSE_WITHIN_THE_ACT = frozenset(_DATA["purpose_within_the_act"]["verbs"])
JOURNEY_VERBS = frozenset(_DATA["journey_purposes"]["verbs"])
OCCASION_PARTICIPLES = frozenset(_DATA["occasion_participles"]["verbs"])
JOURNEY_PURPOSES = frozenset(_DATA["journey_purposes"]["purposes"])
JOURNEY_PURPOSE_NOUNS = frozenset(_DATA["journey_purposes"]["purpose_nouns"])
MEANS_PREPOSITIONS = frozenset(_DATA["means_prepositions"]["words"])
SIMULTANEOUS_PREPOSITIONS = frozenset(_DATA["simultaneous_prepositions"]["words"])
CASE_VERBS = frozenset(_DATA["simultaneous_prepositions"]["case_verbs"])  # "charged in the slaying"
# "arrived on Sunday for a state visit": "on" and "for" set the occasion only with these nouns
SETTING_BY_NOUN = {
    prep: frozenset(nouns) for prep, nouns in _DATA["setting_prepositions_by_noun"].items() if not prep.startswith("_")
}
COMMUNICATION_TYPES = frozenset(_DATA["communication_types"]["types"])
OCCURRENCE_VERBS = frozenset(_DATA["occurrence_verbs"]["words"])
NEW_EVENT_MARKERS = frozenset(_DATA["new_event_markers"]["words"])
LATER_PHASE_VERBS = frozenset(_DATA["later_phase_verbs"]["words"])
DOCUMENT_NOUNS = frozenset(_DATA["document_nouns"]["words"])
ATTRIBUTION_WORDS = frozenset(_DATA["attribution_words"]["words"])
REPORTING_DAY_MODIFIERS = frozenset(_DATA["reporting_day_modifiers"]["words"])
PERIOD_START_PREPOSITIONS = frozenset(_DATA["period_start_prepositions"]["words"])
DATELINE = re.compile(_DATA["dateline"]["pattern"])
OFFSETS = _DATA["offsets"]  # read by offsets: "a day after", "two weeks before"
_QUOTE_MARK = re.compile(
    "|".join(
        re.escape(m)
        for m in sorted(
            set(_DATA["quotation_marks"]["open"]) | set(_DATA["quotation_marks"]["close"]), key=len, reverse=True
        )
    )
)
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
MAX_NARRATIVE_SENTENCES = 6


def token(doc: Doc, start: int, end: int) -> Token | None:
    return char_span_root(doc, start, end)


def attachment(root: Token) -> Token:
    """The word a timex modifies: through its preposition ("on Friday" → "announced"), else its head."""
    head = root.head
    while head.pos_ == "ADP" and head.head.i != head.i:  # Token objects are views: compare indices
        head = head.head
    if root.head.pos_ == "ADP" and head.dep_ == "pobj" and head.head.lower_ == "without":
        verb = head.head.head  # "ended without an agreement on Tuesday": what never happened has no day; the verb has
        if verb.pos_ in VERBAL:
            return verb
    return head


def opens_a_period(root: Token) -> bool:
    """ "since 2009", "since mid-June": the expression starts a period that runs to the clause's time, no date."""
    return root.dep_ == "pobj" and root.head.lower_ in PERIOD_START_PREPOSITIONS


def period_filled_with(root: Token) -> Token | None:
    """ "after a weekend of bitter accusations", "a night of heavy shelling": the event noun a dated period is
    filled with happened in it (the noun after "of" on the expression's head word)."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    return noun
    return None


def reporting_verb_before(toks: list[Token], first: int, reporting: set[int]) -> Token | None:
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


def later_phase(tok: Token) -> bool:
    """ "The talks resumed on Friday": the mention is the subject of a verb that says the event goes on again."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in LATER_PHASE_VERBS


def content_before_a_trailing_report(head: Token, last: int, reporting: set[int]) -> Token:
    """ "A strike killed 23 people, including children, on Saturday, officials said on Monday": a date the parser
    hangs on a reporting verb that follows it, past a comma and the report's subject, dates the reported clause
    before the comma (the report has its own date, or none); "On Saturday, officials said ..." keeps it."""
    if head.pos_ not in VERBAL or not (head.i in reporting or head.lemma_.lower() in REPORTING_VERBS):
        return head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i]
    if not subjects or subjects[0].left_edge.i <= last:
        return head
    between = head.doc[last + 1 : subjects[0].left_edge.i]
    if len(between) != 1 or between[0].text != ",":
        return head  # the report's subject right after the date and its comma
    content = [c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i < last and c.pos_ in VERBAL]
    return content[-1] if content else head


def _has_simultaneous_marker(verb: Token) -> bool:
    """ "as dawn broke", "when asked": a time clause that happens with its main clause."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS_MARKERS for c in verb.children)


def _has_sequence_mark(verb: Token) -> bool:
    """ "killing 11, three days after a blast damaged the bridge", parsed as a conjunct: a clause with "after" or
    "before" of its own is another time, whatever the parser hung it by."""
    return any(c.dep_ == "mark" and c.lower_ in OFFSETS["after"] + OFFSETS["before"] for c in verb.children)


def _is_bare_participle(verb: Token) -> bool:
    """ "exploded Friday, killing dozens": a participle clause with no subject or marker of its own."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") or (c.dep_ == "advmod" and c.tag_ == "WRB")
        for c in verb.children
    )


def through_plain_participles(verb: Token, others: set[int]) -> Token:
    """ "attacked crowds massing outside the airport on Thursday", "detained Yoon, impeached, at his residence on
    Wednesday": a bare participle that is no event of its own (a present participle on a verb's argument, or an
    adverbial participle) shares the time of the verb it hangs on; the verb reached, else `verb` itself."""
    cur = verb
    for _ in range(3):
        if cur.pos_ not in VERBAL or cur.i in others or not _is_bare_participle(cur):
            break
        if cur.dep_ == "advcl" and cur.head.pos_ in VERBAL:
            cur = cur.head
        elif cur.dep_ == "acl" and cur.head.pos_ in NOMINAL and (cur.tag_ == "VBG" or _stages_an_occasion(cur)):
            noun = cur.head
            while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in NOMINAL:
                noun = noun.head.head  # "detained dozens of protesters gathering outside parliament"
            governor = _verb_of_argument(noun)
            if governor is None:
                break
            cur = governor
        else:
            break
    return cur


def _stages_an_occasion(verb: Token) -> bool:
    """ "shelled a wedding held in the village on Sunday": a past participle that stages its noun as an occasion
    (dating.json's occasion_participles); "a man convicted in 2019" keeps its own time."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in OCCASION_PARTICIPLES


def _is_purpose_within_the_act(verb: Token) -> bool:
    """ "called Ana on Monday to congratulate her": a purpose infinitive of a call or meeting, done in it; "will
    travel to Berlin on Monday to meet Merz": a journey's meeting, at the destination on the journey's day."""
    governor = verb.head.lemma_.lower()
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and (
            governor in PURPOSE_WITHIN_THE_ACT
            or governor in JOURNEY_VERBS
            and (verb.lemma_.lower() in JOURNEY_PURPOSES or _holds_a_meeting(verb))
        )
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)
    )


def _holds_a_meeting(verb: Token) -> bool:
    """ "to hold talks with Kishida": a support verb whose object is a meeting, the purpose of a journey."""
    return verb.lemma_.lower() in SUPPORT_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in JOURNEY_PURPOSE_NOUNS for c in verb.children
    )


def _journey_purpose(preposition: Token, noun: Token) -> bool:
    """ "flew to Ankara on Monday for talks with Erdogan": the meeting a journey was for, at its destination."""
    return (
        preposition.lower_ == "for"
        and preposition.head.lemma_.lower() in JOURNEY_VERBS
        and noun.lower_ in JOURNEY_PURPOSE_NOUNS
    )


def _sets_the_occasion(preposition: Token, noun: Token) -> bool:
    """ "killed in the attack", "spoke at the summit", "arrived for a state visit": the event noun is the occasion of
    the verb the preposition hangs on."""
    low = preposition.lower_
    return low in SIMULTANEOUS_PREPOSITIONS or noun.lemma_.lower() in SETTING_BY_NOUN.get(low, ())


def _names_the_case(verb: Token, preposition: Token) -> bool:
    """ "charged Thursday in the slaying": after a verb of the law, "in" names the case, an earlier event."""
    return preposition.lower_ == "in" and verb.lemma_.lower() in CASE_VERBS


def _verb_of_argument(noun: Token) -> Token | None:
    """The verb a noun is an argument of, directly or through its preposition."""
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    elif noun.dep_ not in CORE_ARGUMENTS:
        return None
    return head if head.pos_ in VERBAL and head.i != noun.i else None


def time_clause_of(root: Token) -> Token | None:
    """ "last October, when a sniper shot him": a time clause on a date expression itself happens then."""
    for c in root.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in VERBAL and _has_simultaneous_marker(c):
            return c
    return None


def simultaneous_main_clause(verb: Token) -> Token | None:
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
        # on Wednesday, meeting ...", "said when asked Thursday"), the purpose a call or meeting serves ("called
        # her Monday to congratulate her"), "quoted him Friday as saying"; a
        # complement, relative or other adverbial clause has its own time
        if head.pos_ in VERBAL and (
            dep == "xcomp"
            or dep == "conj" and not _has_sequence_mark(tok)
            or dep == "advcl"
            and (_is_bare_participle(tok) or _has_simultaneous_marker(tok) or _is_purpose_within_the_act(tok))
        ):
            return head
        if dep == "pcomp" and head.lower_ in SIMULTANEOUS_MARKERS | MEANS_PREPOSITIONS and head.head.pos_ in VERBAL:
            return head.head  # "said when asked Thursday", "retaliated on Wednesday by firing rockets"
        if dep == "acl" and tok.tag_ == "VBG" and _is_bare_participle(tok) and head.pos_ in NOMINAL:
            return _verb_of_argument(head)  # "sent a fax to police explaining that ...": at the sending
        return None
    if tok.pos_ not in NOMINAL:
        return None
    if dep == "nsubj":
        return None if head.lemma_.lower() in SEQUENCE_VERBS else head
    if dep in ("nsubjpass", "dobj", "dative"):
        return head if _is_support_verb(head, tok) else None
    if dep == "pobj":
        gov = head.head
        if head.pos_ != "ADP" or gov.i == head.i:
            return None
        simultaneous = _sets_the_occasion(head, tok) and not _names_the_case(gov, head) or _journey_purpose(head, tok)
        if gov.pos_ in NOMINAL:
            if gov.i not in others:
                return gov
            # "failed to agree on a ceasefire at talks in Antalya": the parser hangs the setting on the verb's
            # object, another event; the talks are where the verb took place
            verb = _verb_of_argument(gov) if mention and simultaneous else None
            return verb if verb is not None and verb.pos_ in VERBAL else None
        if mention and gov.pos_ in VERBAL and simultaneous:
            return gov  # "raised it during a speech Sunday night", "killed in the attack on Friday"
        return None  # "arrested in connection with the bombing": the verb is another event
    if dep == "appos" and not mention:
        return None  # "a warrant for Kopp, a fugitive wanted for a murder": the description has its own time
    if dep in NOUN_TO_NOUN and head.pos_ in NOMINAL:
        return head if dep == "conj" or head.i not in others else None
    return None


def climb(tok: Token, others: set[int]) -> list[Token]:
    """The mention, then the words above it that share its time, nearest first."""
    chain = [tok]
    for _ in range(_MAX_CLIMB):
        nxt = _time_sharing_governor(chain[-1], others, len(chain) == 1)
        if nxt is None or any(c.i == nxt.i for c in chain):
            break
        chain.append(nxt)
    return chain


def noun_phrase(tok: Token, others: set[int], own_clause_events: bool = False) -> dict[int, int]:
    """Words inside a noun mention's phrase (through prepositions and modifiers, not into another event
    or a clause), with their distance: "attacks on the embassies in Kenya on Aug. 7". `own_clause_events`: a
    relative clause that says what the noun did counts even where its verb is another event (for the event's
    own trigger; a folded mention's clause may be another event's)."""
    if tok.pos_ not in NOMINAL:
        return {}
    found: dict[int, int] = {}
    frontier = [(tok, 0)]
    while frontier:
        cur, depth = frontier.pop()
        for child in cur.children:
            if child.pos_ in VERBAL:
                # "the drone strike that killed Soleimani last week": what the noun did, even where the clause's
                # verb is another event (its toll), happened when the noun's event did
                mine = child.i not in others or own_clause_events
                if cur.i == tok.i and mine and _says_what_the_noun_does(child, tok):
                    found.setdefault(child.i, depth + 1)
                continue
            if child.i in others:
                continue
            if child.dep_ not in NP_INTERNAL or _medium_of_the_verb(child):
                continue
            if child.i not in found or found[child.i] > depth + 1:
                found[child.i] = depth + 1
                if depth < _MAX_CLIMB:
                    frontier.append((child, depth + 1))
    return found


def _medium_of_the_verb(prep: Token) -> bool:
    """ "claimed the raid in a message on Wednesday evening": the parser hangs the document a verb is done in on
    the verb's object; the message's day is the claim's, not the raid's."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in prep.children
    )


def _says_what_the_noun_does(verb: Token, noun: Token) -> bool:
    """A clause on an event noun that is about that event: "the bombings, which killed 224 on Aug. 7",
    "the attack carried out on Friday", "the explosions ripping through the embassies"."""
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG" or verb.tag_ == "VBN" and _is_support_verb(verb, noun)
    return False


def settings(verb: Token, others: set[int]) -> dict[int, int]:
    """The words of the event nouns a verb took place in, with their distance ("agreed in a lengthy phone call on
    Wednesday", "signed the accord during a summit on Friday"): a simultaneous preposition on the verb whose
    object is another event; a date inside that noun's phrase is the verb's as well."""
    if verb.pos_ not in VERBAL:
        return {}
    found: dict[int, int] = {}
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SIMULTANEOUS_PREPOSITIONS or _names_the_case(verb, prep):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.i in others:
                found.setdefault(noun.i, 1)
                for i, d in noun_phrase(noun, others).items():
                    found.setdefault(i, d + 1)
    return found


def document_times(verb: Token) -> list[Token]:
    """Participles and relative clauses on the document a speech verb's words come from: "said in a
    letter published Wednesday", "said a communique, read Wednesday night", "said a copy of the letter, dated
    Monday"."""
    if verb.pos_ not in VERBAL:
        return []
    docs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    docs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "said a Spanish version of the letter, dated Feb. 4": the document a part or copy is of
    docs += [g for d in docs for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return [
        c
        for d in docs
        if d.lemma_.lower() in DOCUMENT_NOUNS
        for c in d.children
        if c.dep_ in ("acl", "relcl") and c.pos_ in VERBAL
    ]


def clause_head(tok: Token) -> Token:
    """The verb of the clause a word sits in (the root of a verbless fragment)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in VERBAL or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def in_core_argument(tok: Token, clause: Token) -> bool:
    """Whether a word sits inside the subject or object of its clause's verb: "posted a third-quarter
    loss" — the quarter is the loss's, not the posting's; the document a verb is done in is the verb's wherever the
    parser hung it ("claimed the raid in a message on Wednesday")."""
    cur = tok
    for _ in range(12):
        if cur.i == clause.i or cur.head.i == cur.i or _medium_of_the_verb(cur):
            return False
        if cur.head.i == clause.i:
            return cur.dep_ in CORE_ARGUMENTS
        cur = cur.head
    return False


def ancestors(tok: Token) -> Iterable[Token]:
    cur = tok
    for _ in range(20):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        yield cur


def verb_tense(tok: Token | None) -> str | None:
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
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "as" and tok.head.head.pos_ in VERBAL:
            tok = tok.head.head  # "was quoted as saying": the framing verb's tense
            continue
        if tok.tag_ == "VBN" and not auxes:
            return "past"
        return None
    return None


def clause_verb(chain: list[Token]) -> Token | None:
    """The verb whose tense is the mention's: the mention itself; for a noun, the support verb its climb
    reached ("holds talks") or the verb that says it takes place ("the talks are continuing") — not one
    that says something about it ("his death shows ...", "the murder is the latest assault")."""
    verb = next((t for t in chain if t.pos_ in VERBAL), None)
    if verb is None or verb.i == chain[0].i:
        return verb
    below = chain[chain.index(verb) - 1]
    if below.dep_ == "nsubj" and verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    return verb


def in_quotation(text: str, at: int) -> bool:
    """Whether the character offset lies inside a quotation of its paragraph."""
    start = text.rfind("\n\n", 0, at) + 1
    inside = False
    for m in _QUOTE_MARK.finditer(text, start, at):
        mark = m.group()
        inside = True if mark in _OPENING else False if mark in _CLOSING else not inside
    return inside


def headline_end(text: str) -> int:
    """Where a headline ends (0 when the article has none): a first line without a full stop."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    line, nl, _ = stripped.partition("\n")
    if nl and line.strip() and line.rstrip()[-1] not in ".?!\"”'" and len(line.split()) <= 25:
        return offset + len(line)
    return 0


def is_definite_reference(tok: Token) -> bool:
    """ "the call", "Zelensky's call", "this announcement": a noun that refers back."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in tok.children:
        if child.dep_ in ("det", "poss") and child.lower_ in DEFINITE_DETERMINERS:
            return True
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return True
    return False


def introduces_new_event(tok: Token) -> bool:
    """ "another attack", "a second blast", "an explosion": a mention that brings in an event not yet known."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in NEW_EVENT_MARKERS for c in tok.children)
