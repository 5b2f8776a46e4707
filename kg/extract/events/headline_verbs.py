"""A headline's verb the tagger reads as one more noun of a compound: "Kenyan court halts sale of state power
firm", "Latvian police detain ship captain", "U.S., Britain sanction Myanmar jet fuel suppliers" are SUBJECT VERB
OBJECT, parsed as one noun phrase whose words all hang on the last noun. The word after a court's noun that is a
ruling verb is the court's ruling; the word after the police's noun that is an arrest verb is their arrest;
"sanction" after a country's or a body's name is its sanction, unless the compound's last noun names a kind of
sanctions ("EU sanction package"). Only in a sentence with no full stop (a headline), before the word's senses as
a noun ("halts" is no call for a halt here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import sent_of, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

# event type -> the lexicon's words for who does it in a headline ("court ...", "police ...")
DOERS = {"ruling": "ruling_courts", "arrest": "law_enforcement"}


def compound_headline_verb(tok: Token, lex: Lexicon) -> str | None:
    """The event type `tok` is as the misread verb of a headline's compound (module docstring), or None."""
    # "European rights court rules Poland violated judges' rights": the ruling verb read as the subject of the
    # clause it states, its court as the subject's compound
    states = tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "VERB"
    if tok.dep_ != "compound" and not states or tok.i == 0 or tok.head.i <= tok.i or not unpunctuated(sent_of(tok)):
        return None
    if _idiom_verb_compound(tok, lex):
        return "statement"
    doer = tok.nbor(-1)
    if doer.dep_ != "compound" or doer.head.i < tok.i:
        return None
    verb = tok.lemma_.lower()
    if verb.endswith("s") and verb[:-1] in lex.verbs:  # "halts" read as a plural noun
        verb = verb[:-1]
    for etype in lex.verbs.get(verb, ()):
        if states and etype != "ruling":
            continue
        if etype in DOERS and doer.pos_ == "NOUN" and doer.lemma_.lower() in lex.sense(DOERS[etype]):
            return etype
        if etype == "sanction" and verb == "sanction" and _sanctioning_party(doer, tok.head, lex):
            return etype
        if etype == "statement" and _speech_verb_form(tok, doer) and _singular_speaker(doer, lex):
            if _speech_verb_with_object(verb, lex):
                return etype  # "Italian premier pledges flood defence money": a singular speaker and an -s form
    return None


def _speech_verb_form(tok: Token, doer: Token) -> bool:
    """An -s form written small after its speaker in the same line: "premier pledges", not "U.S. State Department"
    (a name's word) nor a word after a line break."""
    return tok.tag_ in {"NNS", "VBZ"} and tok.text[:1].islower() and doer.i >= sent_of(tok).start


def _singular_speaker(doer: Token, lex: Lexicon) -> bool:
    if doer.tag_ not in {"NN", "NNP"}:
        return False  # "campaign pledges", "voters' pledges"
    people = lex.sense("actor_nouns") | lex.sense("people_nouns")
    return doer.lemma_.lower() in people or doer.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}


def _speech_verb_with_object(verb: str, lex: Lexicon) -> bool:
    senses = lex.senses["statement_verb_senses"]
    return verb in senses["object"] or verb in senses["always"]


def _idiom_verb_compound(tok: Token, lex: Lexicon) -> bool:
    """ "Kyiv and Moscow trade blame", "rivals trade barbs": a speech verb that is one only with its object
    (`object_only_speech_verbs`, `objects_of`), read as the compound of that object."""
    verb = tok.lower_
    if tok.dep_ != "compound" or verb not in lex.sense("object_only_speech_verbs"):
        return False
    return tok.head.lemma_.lower() in lex.senses["statement_verb_senses"]["objects_of"].get(verb, ())


def _sanctioning_party(doer: Token, thing: Token, lex: Lexicon) -> bool:
    """ "U.S., Britain sanction Myanmar jet fuel suppliers": a country or a body names who sanctions, and the
    compound's last noun whom, no kind of sanctions ("EU sanction package", "a U.S. sanction list")."""
    party = doer.pos_ == "PROPN" and doer.ent_type_ in {"GPE", "ORG", "NORP"}
    return party and thing.lemma_.lower() not in lex.sense("sanction_compound_heads")
