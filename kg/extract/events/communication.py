"""Statements (and press conferences): which speech words are statements, who spoke, and speech acts not made.

Statements are counted as news counts them: one per reporting predicate of an identifiable speaker. A speech
verb is a statement when it reports something: a that-clause, a quotation it introduces, an object saying what
the act was about ("denounced the raid", "cited the treaty"), a prepositional complement ("appealed to",
"called for"); a light verb of attitude with its noun ("expressed sympathy", "placed the blame on"); a message
issued ("sent a letter of complaint", "gave a cautious reply"); "according to X", X's statement. The speaker of
the verbs beyond "say" is a person, an organisation or a document, not "the decision" nor a sign. Not
statements: a speech verb inside a quotation that another verb reports (it is the quotation's content, unless
the quotation only promises, denies or supposes it: "I will bring a message"), the non-speech senses ("is
accused of" a charge, "declared dead", "has written books", "denied the request"), participles that classify
a noun ("the accused man", "the proposed law").

Calls are `call_senses`; quotations, and the speech verbs inside them, `quotations`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.attribution import (
    first_act_of_a_list,
    misread_that_clause,
    predicate_read_as_modifier,
    reporters_conjunct,
)
from kg.extract.events.court_councils import court_council
from kg.extract.events.frames import spoken_objects
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.modality import NEGATED, modality_of
from kg.extract.events.quotations import QUOTE_MARKS, quoted_token, reports_quotation
from kg.extract.events.requested_messages import requested_message
from kg.extract.events.speech_objects import (
    complement_preps,
    not_a_speech_act,
    passive_recipient,
    said_in_a_call,
    speaks_at_an_occasion,
)
from kg.extract.events.withheld_speech import is_withheld_speech_verb, withheld_speech
from kg.nlp import sent_of, span_tokens, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

NOT_ACTOR_PRONOUNS = {"what", "which", "this", "that", "these", "there", "something", "nothing", "anything"}
ACTOR_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


def _kids(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_


def _subject(verb: Token) -> list[Token]:
    """The verb's subject, inherited through participles, infinitives and conjuncts ("marched ..., demanding");
    a participle modifying a noun speaks for that noun ("a rally demanding", "signs demanding"), and a relative
    pronoun for its antecedent."""
    seen = 0
    while seen < 4:
        subj = _kids(verb, "nsubj", "expl") or (_kids(verb, "nsubjpass") if seen else [])
        relative = subj and verb.dep_ == "relcl" and subj[0].lower_ in {"which", "that"}
        if relative and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]  # "the union, which had called for a strike": the relative stands for the union
        if subj:
            return subj
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return [verb.head]
        if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and verb.head is not verb:
            verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "intent on warning": through the preposition
            seen += 1
        else:
            break
    return []


def _speaker_subject(verb: Token, lex: Lexicon) -> list[Token]:
    """The subject a speech verb speaks for: the reporter's where the parser hung the verb on the clause it reports
    ("said the crash was an accident and offered to pay": the speaker offered, not the crash)."""
    reporter = reporters_conjunct(verb, lex)
    return _subject(reporter if reporter is not None else verb)


def is_actor_like(tok: Token, lex: Lexicon) -> bool:
    """A person, an organisation, a country or a group: someone who can speak, call or meet."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in NOT_ACTOR_PRONOUNS
    if tok.ent_type_ in ACTOR_ENTITY_TYPES or tok.pos_ == "PROPN" and tok.text[:1].isupper():
        return True
    if _split_name_end(tok):
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in lex.sense("actor_nouns")
        or lemma in lex.sense("people_nouns")
        or tok.lower_ in lex.sense("people_nouns")
    )


def _split_name_end(tok: Token) -> bool:
    """The last part of a hyphenated name the tagger read as a common noun: "Choi Sang-mok urged", "Moon Jae-in
    said" (a name's part after a hyphen, the part before it a proper noun, the whole a compound of names)."""
    if tok.i < 2 or not tok.is_alpha or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    hyphen, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return hyphen.text == "-" and before.pos_ == "PROPN" and before.head.i == tok.i and not tok.text[:1].isupper()


def _speaker_like(tok: Token, lex: Lexicon) -> bool:
    """An identifiable speaker: a person or an organisation, or a document or medium that carries a statement;
    "a group of former soldiers", "dozens of residents": the people the quantity counts."""
    lemma = tok.lemma_.lower()
    if is_actor_like(tok, lex) or lemma in lex.sense("statement_documents") or {lemma, tok.lower_} & lex.sense("media"):
        return True
    if tok.lower_ in {"nobody", "noone", "no-one"} or tok.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ in lex.sense("negative_determiners") for c in tok.children
    ):
        return True  # "No one has claimed responsibility": a statement nobody made (negated)
    if any(is_actor_like(a, lex) for a in _kids(tok, "appos")):
        return True  # "His main rival, Hou Yu-ih, conceded": the apposed name
    return any(is_actor_like(o, lex) for p in _kids(tok, "prep") if p.lower_ == "of" for o in _kids(p, "pobj"))


def _source_like(tok: Token, lex: Lexicon) -> bool:
    """What "according to" names as a source: a speaker, or a report, account or set of figures."""
    return _speaker_like(tok, lex) or tok.lemma_.lower() in lex.sense("according_to_sources")


def sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    """None: not this event sense. False: kept plainly. True: kept by a sense rule (less certain)."""
    lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_
    if etype == "statement" and kind == "verb" and is_withheld_speech_verb(lemma, lex):
        return False if withheld_speech(tok, lex, _speaker_like) else None  # "could not be reached", "did not name"
    if etype == "statement" and _negated_speech_word(lemma, kind, lex):
        if negated_speech_act(tok, kind, lex):
            return False
        if kind == "noun":
            return None  # "his comments", "the reason for the delay": no speech act of their own
    if etype == "statement":
        return _statement_noun_sense(tok, lex) if kind == "noun" else _statement_verb_sense(tok, lex)
    return False  # a press conference


def _statement_noun_sense(tok: Token, lex: Lexicon) -> bool | None:
    lemma = _lemma(tok)
    issued = lex.senses["message_nouns_issuing_verbs"]
    if lemma in issued["nouns"]:
        if requested_message(tok, lex):
            return True  # "demanded an apology": a statement asked for (planned by the walk)
        return True if _issued_message(tok, set(issued["verbs"]), lex) else None
    if lemma in lex.sense("signed_agreement_objects") and _signed(tok, lex):
        return None  # "signed a declaration ending the dispute", "sign peace declaration": an agreement signed
    if lemma == "post":
        return True if _posted_on_a_medium(tok, lex) else None  # not "an army post", "resigned his post"
    if lemma in {"address", "interview", "speech"}:
        if lemma == "address" and tok.tag_ in {"NNS", "NNPS"}:
            return None  # "names and addresses"
        if lemma == "interview" and _phone_modified(tok, lex):
            return True  # "said in a telephone interview": a statement whose medium is the telephone
        return True if _kids(tok, "poss", "prep", "amod", "compound") else None
    return False


def _posted_on_a_medium(noun: Token, lex: Lexicon) -> bool:
    """ "a Facebook post", "in a post on X", "a post on social media": a message put on a medium; not "an army
    post", "a border police post", "put their posts at his disposal" (a position or an office)."""
    if any(is_medium(c, lex) for c in _kids(noun, "compound", "amod", "nmod")):
        return True
    objs = [o for p in _kids(noun, "prep") if p.lower_ in {"on", "to"} for o in _kids(p, "pobj")]
    return any(is_medium(o, lex) or o.lower_ == "media" for o in objs)


def _signed(noun: Token, lex: Lexicon) -> bool:
    """The object of a signing verb, or the noun a headline's signing verb was parsed as compounding."""
    signing = lex.sense("document_signing_verbs")
    return noun.dep_ in {"dobj", "nsubjpass"} and _lemma(noun.head) in signing or any(
        _lemma(c) in signing for c in _kids(noun, "compound")
    )


def _issued_message(noun: Token, verbs: set[str], lex: Lexicon) -> bool:
    """ "sent a letter of complaint", "gave a cautious reply", "accusations made by the opposition", "warnings from
    the army"; not "the attack sent a message" (no speaker)."""
    gov = noun.head
    if gov.lemma_.lower() in verbs and (noun.dep_ == "dobj" or noun.dep_ == "nsubjpass" and _kids(gov, "agent")):
        subj = _subject(gov)
        return not subj or any(_speaker_like(t, lex) for t in subj)  # not "the letter was published"
    if any(p.lower_ == "from" and any(_speaker_like(o, lex) for o in _kids(p, "pobj")) for p in _kids(noun, "prep")):
        return True  # "despite warnings from the army", "a letter from the president": the sender is the speaker
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs and _kids(c, "agent") for c in noun.children
    )


def _phone_modified(tok: Token, lex: Lexicon) -> bool:
    phone = lex.sense("phone_words")
    return any(c.lemma_.lower() in phone for c in _kids(tok, "compound", "amod", "nmod"))


def _statement_verb_sense(tok: Token, lex: Lexicon) -> bool | None:
    lemma = _lemma(tok)
    senses = lex.senses["statement_verb_senses"]
    if lemma == "accord":
        return _according_to(tok, lex)
    if _headline_compound_verb(tok, lemma, lex):
        return True  # "Polish president pledges air defence help": the parser made the verb a compound of its object
    if lemma in senses["idioms"] and any(
        c.lower_ in senses["idioms"][lemma] for c in _kids(tok, "dobj", "advmod", "acomp", "oprd", "npadvmod", "ccomp")
    ):
        return True  # "rivals cry foul", "cried fraud"
    if lemma in lex.sense("object_only_speech_verbs"):
        # "wished him success", "wished the government luck" (parsed a clause), "trade blame"; not "wished to visit"
        wishes = senses["objects_of"].get(lemma, ())
        objects = [o for c in _kids(tok, "dobj", "ccomp", "oprd") for o in (c, *c.conjuncts)]
        return True if any(o.lemma_.lower() in wishes for o in objects) else None
    if _frames_a_quotation(tok, lex):
        return None  # "was quoted by Tass as saying": one statement, at "saying", by the subject
    if lemma in lex.sense("that_clause_speech_verbs"):
        return True if _says_that(tok) else None  # "chanting that the arrest was unlawful"; not a slogan chanted
    if lemma in {"call", "speak", "talk"} and _in_phone_context(tok, lex):
        if lemma == "call" and _names_something(tok):
            return True  # "X, who spoke with Y by telephone, called the plan credible": what X called it
        return None  # the call sense
    if lemma in lex.sense("evidence_verbs"):
        if _shown_by_a_record(tok, lex):
            return True if _reported_clause(tok) is not None and not _kids(tok, "dobj") else None
        if lemma not in senses["object"]:
            return None  # "the mutiny showed real cracks", "state television showed the crowds"
    if asked_before_answering(tok, lemma):
        return True  # "Asked whether he would resign, the minister said ...": the question put to the speaker
    recipient = passive_recipient(tok, lex)
    if recipient is not None and is_actor_like(recipient, lex):
        return True  # "police had been warned of attacks", "had not been informed in advance"
    if (
        _passive_participle(tok)
        and not _kids(tok, "agent")
        and not any(  # "was declared the winner by the commission": the parser hangs the "by" on the noun
            c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
            for o in _kids(tok, "oprd", "attr", "xcomp")
            for c in o.children
        )
        and not _that_clause(tok)
        and not (lemma in lex.sense("announced_in_passive") and tok.dep_ != "amod")
    ):
        return None  # "is accused of" (a charge), "was declared dead", "when asked if", "the accused doctor"
    if speaks_at_an_occasion(tok, lex):
        return True  # "Speaking at the United Nations, the president said"
    if _purpose(tok) and lemma not in senses["always"] and not said_in_a_call(tok, lex):
        return None  # "came to the square to demand his release": what the visit was for
    if lemma not in senses["always"]:
        subj = _speaker_subject(tok, lex)
        if subj and not any(_speaker_like(s, lex) for s in subj) and not _said_by_its_agent(tok, lex):
            return None  # "the decision suggests", "signs demanding", "the ruling made it clear"
    if lemma in lex.senses["attitude_verbs"]:
        if any(_negated_speech_word(_lemma(o), "noun", lex) for o in _kids(tok, "dobj")):
            return None  # "made no comment": the refused speech act is the noun's (negated_speech_act)
        return _attitude(tok, lemma, lex)
    clause = _reported_clause(tok, lex) is not None
    if lemma == "declare" and any(c.pos_ == "ADJ" for c in _kids(tok, "acomp", "oprd", "xcomp")):
        return None  # "declared dead", "declared unconstitutional": a status, not a speech act
    if lemma in lex.sense("naming_speech_verbs") and any(_name_misread(o) for o in _kids(tok, "dobj")):
        return True  # 'called the vote "rigged"': a name, though "a vote" called is convened
    if not_a_speech_act(tok, lex):
        return None  # "declared a state of emergency"; "hit what it said were bases"; "the judge ordered"
    not_objects = lex.sense("deny_not_objects") if lemma == "deny" else senses["objects_not_of"].get(lemma, ())
    if any(o.lemma_.lower() in not_objects or o.lower_ in not_objects for o in spoken_objects(tok, lex)):
        return None  # "denied the request": a refusal; "the utility posted losses", "posted bail": no message
    told = _kids(tok, "dobj", "dative")  # "had told Moscow first": someone told, with nothing to do
    informs = told and not _kids(tok, "xcomp") and any(is_actor_like(o, lex) for o in told)
    commands = _kids(tok, "xcomp") and (any(is_actor_like(o, lex) for o in told) or _kids(tok, "agent"))
    if lemma == "tell" and not (clause or informs or commands or told and reports_quotation(tok)):
        return None  # "told to leave"; "told its airlines to stay out" is a command told, as "urged X to V"
    if commands and _kids(tok, "agent") and lemma in senses["object"] and not _petitioned_court(tok, lex):
        return True  # "was asked by the king to form a government", "was urged by allies to resign"
    if _scheduled_to_speak(tok, lemma, lex):
        return True  # "is due to speak on Wednesday", "is scheduled to testify": a speech planned
    if lemma in senses["always"]:
        return False
    if lemma == "write":
        return _writes_a_message(tok, lex)
    if lemma in lex.sense("naming_speech_verbs") and _names_something(tok):
        return True  # "called the rebels criminals", "branded the raid cowardly"
    if lemma == "call" and not _calls_for_or_on(tok, lex):
        return None
    if _calls_for_a_clause(tok):
        return True
    if clause or _kids(tok, "xcomp") and lemma not in senses["quotation"]:
        return True
    if (lemma in senses["quotation"] or lemma in senses["object"]) and reports_quotation(tok):
        return True
    if lemma in lex.sense("as_complement_speech_verbs") and _as_complement(tok):
        return True  # "described the raid as reckless", "portrayed the deal as a victory"
    if lemma in senses["object"] and spoken_objects(tok, lex):
        return True
    if any(o.lemma_.lower() in senses["objects_of"].get(lemma, ()) for o in spoken_objects(tok, lex)):
        return True  # "admitted a role in the bombing", not "admitted 20 patients"
    if lemma in senses["act_objects"] and _reacts_to_an_act(tok, lex):
        return True  # "welcomed the judgment", "rejected a lower offer"; not "welcomed the crowd"
    if lemma in senses["subject"] and any(_speaker_like(c, lex) for c in _speaker_subject(tok, lex)):
        return True  # "our correspondent reports", "the ministry confirmed", "conceded and apologised"
    preps = senses["prepositions"].get(lemma, ())
    particles = [*_kids(tok, "prt"), *(a for a in _kids(tok, "advmod") if a.lower_ == "aside")]  # "brushed aside"
    if preps and any(
        p.lower_ in preps and (_kids(p, "pobj", "pcomp") or p.dep_ in {"prt", "advmod"} or p.lower_ == "out")
        for p in [*complement_preps(tok, lex), *particles]
    ):
        return True
    return None


def _as_complement(tok: Token) -> bool:
    """ "described the raid as reckless": "as" with what the object was called, a preposition of the verb or of its
    object ('dismissed the measures as "meaningless"'), or an adverb or mark the parser hung on the adjective or
    clause after it ("described the election as credible", "described the session as constructive")."""
    if any(p.lower_ == "as" for p in _kids(tok, "prep")):
        return True
    objects = _kids(tok, "dobj")
    if any(  # not "dismissed him as minister": an office left
        p.lower_ == "as" and _kids(p, "pobj", "amod", "acomp")
        for o in objects
        if o.pos_ not in {"PRON", "PROPN"}
        for p in _kids(o, "prep")
    ):
        return True
    return bool(objects) and any(
        a.lower_ == "as"
        for c in _kids(tok, "advcl", "acomp", "oprd", "xcomp")
        for a in _kids(c, "advmod", "prep", "mark")
    )


def asked_before_answering(tok: Token, lemma: str) -> bool:
    """ "Asked whether Tonga would accept the offer, Fakafanua said ...", "Asked at a news conference about the
    violence, Trump said ...": a sentence opened by the passive participle of a question, set before the reporting
    verb that answers it, reports the question as a statement of its own (sets g, k and l); not "said when asked
    about it" (news-dev: the answer's circumstance) nor "Asked to resign, he refused" (a request)."""
    if lemma not in {"ask", "question"} or tok.tag_ != "VBN" or tok.dep_ != "advcl" or tok.i != sent_of(tok).start:
        return False
    if _kids(tok, "xcomp", "mark", "nsubjpass", "auxpass") or tok.head.i < tok.i:
        return False
    answer = tok.head
    if answer.pos_ != "VERB" or not any(c.dep_ in {"ccomp", "dobj"} for c in answer.children):
        return False  # the main verb reports an answer
    questions = any(any(m.lower_ in {"whether", "if"} for m in _kids(c, "mark")) for c in _kids(tok, "ccomp"))
    return questions or any(p.lower_ in {"about", "at", "on"} for p in _kids(tok, "prep"))


def _headline_compound_verb(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A headline's speech verb that the parser hung as a compound on its object noun, with a speaker right before
    it: "Polish president pledges air defence help", "Minister vows tax cuts". Tagged a finite verb, or a plural
    noun after a singular speaker (a singular subject and an -s form: the verb), not "campaign pledges"."""
    if tok.dep_ != "compound" or tok.i == 0 or tok.head.i <= tok.i:
        return False
    speaker = tok.nbor(-1)
    verb_form = tok.tag_ in {"VBZ", "VBP", "VBD"} or tok.tag_ == "NNS" and speaker.tag_ in {"NN", "NNP"}
    verb_form = verb_form and tok.text[:1].islower()  # not "the U.S. State Department": a name's word
    senses = lex.senses["statement_verb_senses"]
    if not verb_form or lemma not in senses["object"] and lemma not in senses["always"]:
        return False
    return is_actor_like(speaker, lex) and unpunctuated(sent_of(tok))


def _frames_a_quotation(tok: Token, lex: Lexicon) -> bool:
    """ "X was quoted by Y as saying", "was cited as saying", "was reported by Y as saying", "was heard telling": the
    passive of a quoting verb (`as_saying_frame_verbs`) frames the statement its participle makes; the subject
    speaks there, and the "by" phrase is the source that passed it on, no speaker of a statement of its own."""
    if _lemma(tok) not in lex.sense("as_saying_frame_verbs") or not _kids(tok, "nsubjpass"):
        return False
    complements = [g for p in _kids(tok, "prep") if p.lower_ == "as" for g in _kids(p, "pcomp", "pobj")]
    complements += _kids(tok, "xcomp", "ccomp", "advcl")
    return any(c.tag_ == "VBG" for c in complements)


def one_party_consent(verb: Token, lex: Lexicon) -> bool:
    """ "Yoon had agreed to appear for questioning", "she has agreed to testify": one party's consent to a
    compliance of its own (`consent_acts`: appear, testify, cooperate, resign ...) is that party's statement, not an
    agreement (there is nobody to agree with). Not "the two leaders agreed to meet", "X and Y agreed to", "agreed
    with Y to", "agreed to buy" (the acquisition's), "agreed to withdraw the decree" after talks with someone (sets
    f and h annotate an agreement), nor "agreed to a ceasefire"."""
    acts = _kids(verb, "xcomp")
    if _lemma(verb) != "agree" or len(acts) != 1 or _lemma(acts[0]) not in lex.sense("consent_acts"):
        return False
    if any(p.lower_ in {"with", "between"} for t in (verb, acts[0]) for p in _kids(t, "prep")):
        return False
    subj = _subject(verb)
    if len(subj) != 1 or subj[0].conjuncts or subj[0].lower_ in lex.sense("plural_party_words"):
        return False
    one = subj[0]
    return one.tag_ in {"NN", "NNP"} or one.lower_ in {"he", "she", "i"}


def _reacts_to_an_act(tok: Token, lex: Lexicon) -> bool:
    """A reaction verb (`act_objects`: welcome, reject, accept) whose object names an act or a message by its WordNet
    class (`act_object_nouns`: decision, ruling, offer, operation), said by a speaker who is no court (a court that
    rejects an appeal rules) nor a voting body (`act_objects_voting_bodies`: "the House rejected the objections",
    "shareholders accepted the offer": a vote), and not the clause another speech verb reports ("said Washington
    rejected any unconstitutional act", "announced that both sides had accepted an agreement": what was said), nor
    one its participle of speech tells ("rejected the bid, saying it undervalued the company": the saying)."""
    if not any(_lemma(o) in lex.sense("act_object_nouns") for o in spoken_objects(tok, lex)):
        return False
    if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and is_reporting_lemma(_lemma(tok.head), lex):
        if not (tok.tag_ == "VBD" and _lemma(tok) in lex.sense("evaluative_speech_verbs")):
            return False  # "said Washington rejected any unconstitutional act"; not "said it welcomed the move"
    if any(c.tag_ == "VBG" and is_reporting_lemma(_lemma(c), lex) for c in _kids(tok, "advcl", "xcomp", "conj")):
        return False  # "rejected a bid in March, saying it undervalued the company": one statement, the saying
    courts = lex.sense("ruling_courts")
    voters = lex.derived(
        "@act_objects_voting_bodies",
        lambda lex: frozenset(lex.senses["statement_verb_senses"]["act_objects_voting_bodies"]),
    )
    subjects = [c for s in _speaker_subject(tok, lex) for c in (s, *s.conjuncts)]
    subjects += [g for a in _kids(tok, "agent") for g in _kids(a, "pobj")]  # "was rejected by the court"
    if any(court_council(s, lex) for s in subjects):
        return False  # "rejected by the Constitutional Council": a ruling
    return not any({s.lower_, s.lemma_.lower()} & (courts | voters) for s in subjects)  # a vote, not a statement


def _petitioned_court(tok: Token, lex: Lexicon) -> bool:
    """ "The appeals court has been asked by the government to suspend a ruling": a court petitioned, a filing
    (news-dev counts none), not a request spoken."""
    courts = lex.sense("ruling_courts")
    return any(s.lower_ in courts or s.lemma_.lower() in courts for s in _kids(tok, "nsubjpass"))


def _says_that(tok: Token) -> bool:
    """A clause the verb reports, opened by "that" ("chanting that the vote was stolen"), not a quotation."""
    return any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in _kids(tok, "ccomp"))


def _scheduled_to_speak(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A verb of speaking with no complement, the infinitive of a schedule ("is due to speak", "was expected to
    testify"): the speech the schedule plans, as "is due to address the nation" is."""
    return (
        lemma in lex.sense("scheduled_speech_verbs")
        and tok.dep_ == "xcomp"
        and _lemma(tok.head) in lex.sense("speech_schedule_words")
        and not _kids(tok, "dobj", "ccomp")
    )


def _shown_by_a_record(tok: Token, lex: Lexicon) -> bool:
    """ "documents showed that the campaign was funded", "..., television footage showed": a record that shows a
    clause is told as a statement (sets e and f annotate "results showed"); not "results showed a likelihood
    that" (a noun shown), nor "the mutiny showed cracks" (no record)."""
    records = lex.sense("record_nouns")
    return any(s.lemma_.lower() in records for s in _kids(tok, "nsubj"))


def _passive_participle(tok: Token) -> bool:
    """A passive verb, or a past participle with no auxiliary of its own: "was accused", "when asked", "the
    accused doctor", "arrested and accused of murder" (a perfect "has arrived and accused" keeps its aux)."""
    if _kids(tok, "nsubjpass", "auxpass"):
        return True
    if tok.tag_ != "VBN" or _kids(tok, "aux", "nsubj") or predicate_read_as_modifier(tok):
        return False  # "Hou, the party's candidate, conceded": the main verb parsed a participle of its subject
    if tok.dep_ == "conj" and tok.head.tag_ == "VBD" and tok.head.lemma_ == "say" and _kids(tok, "dobj"):
        return False  # "said ... and proposed Yunus as its head": a past verb with its object, tagged a participle
    return tok.dep_ in {"amod", "acl", "advcl"} or tok.dep_ == "conj" and tok.head.tag_ != "VBN"


def _said_by_its_agent(tok: Token, lex: Lexicon) -> bool:
    """A participle after the noun it reports on, its speaker in a "by" phrase: "a claim dismissed as baseless by the
    minister" (the noun is what was said, not who said it)."""
    return tok.tag_ == "VBN" and any(_speaker_like(o, lex) for a in _kids(tok, "agent") for o in _kids(a, "pobj"))


def _that_clause(tok: Token) -> bool:
    """ "were warned that ...": a passive speech verb with what was said (a question, "asked if", is not)."""
    return any(
        not any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children) for c in _kids(tok, "ccomp")
    )


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose ("came to the ministry to offer condolences"): what someone set out to say."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.lower_ == "to" for c in _kids(tok, "aux"))


def _reported_clause(tok: Token, lex: Lexicon | None = None) -> Token | None:
    """What the verb reports: its that-clause; a clause before it whose speaker follows ("..., the council
    warned"); or the clause the parser hung on the governing verb ("continued to insist they would resist")."""
    for c in _kids(tok, "ccomp"):
        if c is not first_act_of_a_list(tok):  # "X recalled its envoy, said ... and suspended ...": not said
            return c
    if (misread := misread_that_clause(tok, lex)) is not None:
        return misread  # "told crowds that France would organise ...", parsed a relative clause of "crowds"
    subj = _kids(tok, "nsubj")
    for c in _kids(tok, "parataxis", "advcl"):
        if c.i < tok.i and _kids(c, "nsubj", "nsubjpass") and (c.dep_ == "parataxis" or subj and subj[0].i > c.i):
            return c
    if tok.dep_ == "parataxis" and tok.head.i < tok.i and _kids(tok.head, "nsubj", "nsubjpass"):
        return tok.head  # "the truce would hold, Peskov added, and ...": the clause the speaker interrupts
    if tok.dep_ == "xcomp":
        for c in _kids(tok.head, "ccomp"):
            if c.left_edge.i == tok.right_edge.i + 1:
                return c
    return None


def _calls_for_or_on(tok: Token, lex: Lexicon) -> bool:
    """ "called for a truce", "called on all states to help": "on" with someone called upon, not a day."""
    for p in complement_preps(tok, lex):
        if p.lower_ == "for" or p.lower_ in {"on", "upon"} and any(is_actor_like(o, lex) for o in _kids(p, "pobj")):
            return True
        if p.lower_ in {"onto", "into"} and _kids(p, "pobj") and _kids(tok, "dobj"):
            return True  # "called their supporters onto the streets": people summoned to act
    return _calls_for_a_clause(tok)


def _calls_for_a_clause(tok: Token) -> bool:
    """ "called for protests to continue", "urged for talks to resume": the parser makes "for" the mark of the
    infinitive clause asked for."""
    return any(
        any(m.dep_ == "mark" and m.lower_ == "for" and m.i == tok.i + 1 for m in c.children)
        for c in _kids(tok, "advcl", "ccomp", "xcomp")
    )


def _names_something(tok: Token) -> bool:
    """ "called X a coward", "called the verdict unjust": an object and what the speaker called it (a word,
    not the parser's reading of symbols)."""
    said = [c for c in _kids(tok, "oprd", "ccomp", "xcomp", "acomp") if c.pos_ not in {"X", "SYM", "PUNCT"}]
    if any(not any(a.tag_ == "TO" for a in c.children) for c in said) and _kids(tok, "dobj", "nsubjpass"):
        return True
    objs = _kids(tok, "dobj")
    if len(objs) == 2 and objs[0].tag_ in {"WDT", "WP"} or any(_name_misread(o) for o in objs):
        return True  # "the bridge, which he called a terrorist act": the relative pronoun a second object
    return not _kids(tok, "dobj") and any(
        c.dep_ == "oprd" and (c.pos_ in {"NOUN", "ADJ"} or quoted_token(c)) for c in said
    )


def names_in_its_own_words(verb: Token, lex: Lexicon) -> bool:
    """ "calling the charge a lie", "branding the raid cowardly": the verb says what the speaker named a thing."""
    return verb.lemma_.lower() in lex.sense("naming_speech_verbs") and _names_something(verb)


def _name_misread(obj: Token) -> bool:
    """The name given to the object, hung by the parser on the object or elsewhere: 'called the decision
    "unjust"' (an amod of "decision"), 'calling the deal "a disaster"' (an appos, or a noun far up the tree), 'called
    the landing an affront' (a second object under the first), 'branded the jailed men "traitors"' (the quoted
    word made the object, the named one its nmod)."""
    if quoted_token(obj):
        return any(c.dep_ in {"nmod", "compound"} and c.i < obj.i and not quoted_token(c) for c in obj.children)
    if any(c.dep_ == "dobj" and c.i > obj.i and c.pos_ in {"NOUN", "PROPN"} for c in obj.children):
        return True
    if any(c.dep_ in {"amod", "appos", "acl"} and c.i > obj.i and quoted_token(c) for c in obj.children):
        return True
    after = obj.right_edge.i + 1
    doc = obj.doc
    return (  # not 'called the ministry "to ask for help"': a purpose quoted
        after + 1 < len(doc)
        and doc[after].text in QUOTE_MARKS
        and quoted_token(doc[after + 1])
        and doc[after + 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"}
    )


def _writes_a_message(tok: Token, lex: Lexicon) -> bool | None:
    """ "wrote to the minister", "wrote that", "wrote a letter", `"...," wrote the judge`; not "has written
    several books" nor "the poems they wrote"."""
    objs = spoken_objects(tok, lex)
    if objs:
        return True if any(o.lemma_.lower() in lex.sense("write_message_objects") for o in objs) else None
    if _kids(tok, "ccomp") or reports_quotation(tok):
        return True
    preps = lex.senses["statement_verb_senses"]["prepositions"]["write"]
    return True if any(p.lower_ in preps for p in _kids(tok, "prep")) else None


def _violence_nouns(lex: Lexicon) -> frozenset[str]:
    """One-word nouns of attacks, deaths and injuries: a speaker who raises one brings it up as a topic."""
    violent = {"attack", "death", "injury"}
    return lex.derived(
        "@violence_nouns",
        lambda lex: frozenset(k[0] for k, types in lex.nouns.items() if len(k) == 1 and violent & set(types)),
    )


def _attitude(tok: Token, lemma: str, lex: Lexicon) -> bool | None:
    """ "expressed sympathy", "voiced concern", "extended his condolences", "placed the blame on",
    "made it clear that", "offered to travel"."""
    wanted = set(lex.senses["attitude_verbs"][lemma])
    if "@attitude" in wanted:
        wanted |= lex.sense("attitude_nouns")
    if "@violence" in wanted:
        wanted |= _violence_nouns(lex)
    objs = [o for d in _kids(tok, "dobj", "nsubjpass", "oprd", "ccomp", "acomp", "xcomp") for o in (d, *d.conjuncts)]
    words = {o.lemma_.lower() for o in objs} | {o.lower_ for o in objs}
    if lemma == "make":
        words |= {g.lower_ for o in _kids(tok, "ccomp", "xcomp", "oprd") for g in o.children if g.dep_ == "acomp"}
    if lemma == "take" and (
        _kids(tok, "prt")
        or not _kids(tok, "ccomp")
        and not any(
            _kids(o, "acl", "ccomp") or any(p.lower_ in {"on", "against"} for p in _kids(o, "prep")) for o in objs
        )
    ):
        return None  # "took the view that", "took a hard line on"; not "took up positions", "took in the view"
    if words & wanted:
        return True
    if lemma == "offer" and words & lex.sense("offer_proposal_nouns") and not _purpose(tok):
        return True  # "offered help with the rebuilding", "has offered talks"; a call's purpose "to offer help" is
        # what the call was for (the sets disagree on it: reporting-m), no statement of its own
    if lemma == "offer" and (_kids(tok, "xcomp") or _infinitive_after(tok)):
        return True  # "has offered to travel", "offered to let experts investigate" (parsed an adverbial): a proposal
    return None


def _infinitive_after(tok: Token) -> bool:
    """An infinitive clause right after the verb, hung on it as an adverbial: "offered to let experts investigate"."""
    return any(
        c.tag_ == "VB" and any(a.lower_ == "to" and a.i == tok.i + 1 for a in _kids(c, "aux"))
        for c in _kids(tok, "advcl")
    )


def _according_to(tok: Token, lex: Lexicon) -> bool | None:
    """ "according to police", "according to a statement by X": the source is the speaker. Not "according to
    plan", "according to the law"."""
    for prep in _kids(tok, "prep"):
        if prep.lower_ != "to":
            continue
        for obj in _kids(prep, "pobj"):
            if _source_like(obj, lex):
                return True
    return None


def _in_phone_context(tok: Token, lex: Lexicon) -> bool:
    phone = lex.sense("phone_words") - {"call"}
    return any(t.lemma_.lower() in phone for t in span_tokens(sent_of(tok)))


def refers_back(noun: Token, lex: Lexicon) -> bool:
    """ "since the announcement", "unaware of the mayor's remarks", "the mayor's statement came ...": a definite or
    possessed statement noun with nothing said of its own names a statement the article reported before (coref
    folds it there when there is one); "issued the statement saying ..." is a statement of its own."""
    det = _kids(noun, "det")
    if not (_kids(noun, "poss") or det and det[0].lower_ in {"the", "this", "that", "these", "those"}):
        return False
    signed = noun.dep_ == "dobj" and _lemma(noun.head) in lex.sense("document_signing_verbs")  # "who signed the
    if _kids(noun, "acl", "ccomp", "relcl") or noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not signed:
        return False  # statement": the one told before
    return not _issued_message(noun, set(lex.senses["message_nouns_issuing_verbs"]["verbs"]), lex)


def statement_modality(head: Token, modality: str, lex: Lexicon) -> str:
    """Two modalities that only a statement's own construction shows: "according to X" is X's statement
    whatever the clause it sources says ("Y may have fled, according to police"); "made no comment", "voiced
    no concern" deny the act through its object."""
    lemma = head.lemma_.lower()
    source = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else None
    if lemma == "accord" or source is not None and source.lemma_.lower() == "accord":
        return "asserted"  # "according to police", "according to a statement by X"
    if lemma in lex.senses["attitude_verbs"] and any(
        c.dep_ == "det" and c.lower_ == "no" for o in _kids(head, "dobj") for c in o.children
    ):
        return "negated"
    return modality


def is_reporting_lemma(lemma: str, lex: Lexicon) -> bool:
    """A verb that reports a speech act by itself ("condemned", "denounced"), not through its object as the light
    verbs of attitude do ("made", "placed", "sent")."""
    return "statement" in lex.verbs.get(lemma, ()) and lemma not in lex.senses["attitude_verbs"] and lemma != "accord"


def is_medium(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.sense("media") or tok.ent_type_ == "ORG" and tok.text in {"Telegram", "X", "Twitter"}
# --- speech acts that did not happen: "declined to comment", "had no comment", "gave no reason" -----------


def _negated_speech_word(lemma: str, kind: str, lex: Lexicon) -> bool:
    if kind == "noun":
        return lemma in lex.sense("negated_speech_nouns") or lemma in _account_nouns(lex)
    return kind == "verb" and lemma in lex.sense("negated_speech_verbs")


def _account_nouns(lex: Lexicon) -> frozenset[str]:
    """ "gave no reason", "gave no timetable" (`withheld_account_nouns`): an account that was not given."""
    return lex.sense("negated_account_nouns") | lex.sense("withheld_account_nouns")


def negated_speech_act(tok: Token, kind: str, lex: Lexicon) -> bool:
    """A statement that was refused or not made, reported as news does: "declined to comment", "would not
    divulge the evidence", "did not elaborate" (verbs); "had no comment", "made no immediate comment", "there
    was no immediate response", "no word from the ministry", "gave no reason", "refused to provide details",
    "could not be reached for comment" (nouns). Kept only where negated: "his comments", "the reason for
    the delay", "for no reason" are no speech acts. Its modality (negated) is read as any event's."""
    if modality_of(tok, lex) != NEGATED:
        return False
    if kind == "verb":
        return True
    if any(
        c.dep_ in {"amod", "compound"} and c.lower_ not in lex.sense("negated_speech_modifiers")
        for c in tok.children
    ):
        return False  # "no military response"
    gov, dep = tok.head, tok.dep_
    giving = gov.lemma_.lower() in lex.sense("speech_giving_verbs")
    if tok.lemma_.lower() in lex.sense("negated_speech_nouns") and gov.lemma_.lower() in lex.sense(
        "speech_receiving_verbs"
    ):
        giving = True  # "had received no reply": the reply was not given
    if tok.lemma_.lower() in _account_nouns(lex):
        return dep in {"dobj", "nsubjpass"} and giving  # "gave no reason", not "for no reason"
    if dep in {"dobj", "nsubjpass"} and giving or dep == "ROOT":
        return True  # "had no comment", "no comment was made"
    if dep in {"attr", "nsubj"} and gov.lemma_ == "be":
        return True  # "there was no immediate response"
    return dep == "pobj" and gov.lower_ == "for" and gov.head.lemma_.lower() in lex.sense("comment_seeking_words")
