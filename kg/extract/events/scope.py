"""What the words that take an event in their scope mean, and the conditions a clause can set.

`kg.extract.events.modality` walks up the parse from an event's trigger; at each word it asks this module
what that word says of the event below it:

- `word_kind`: the modality a governing word gives what it governs, from the lexicon's modality `senses`:
  a word of failure, refusal, prevention or cancellation (`negators`: "failed to", "refused", "prevented",
  "called off"), of possibility (`hypothetical_markers`: "possible", "consider", "mull", "rumoured"), of plan,
  schedule, intention, expectation or request (`planned_markers`: "plan", "poised", "due", "vow", "urge",
  "demand", "put off", "impending"). Forms the tagger lemmatises away count too ("poised" is not "poise").
- `governor_operators`: what that word says of this event: markers that need their complement ("set to
  meet", not "set the date"), a denial or order of a definite event presupposes it ("denied the strike"),
  a negated negator leaves the event possible ("did not rule out a meeting"), the "from" complement of a
  verb of prevention did not happen ("stopped them from marching").
- `prevents` / `without_negation_of_prevention`: a prevention that is itself negated or failed ("could
  not prevent the attack", "failed to stop them from marching") says the event happened.
- `conditions`: a dependent clause that is a condition on its head: "if" / "unless" (not "even if"),
  an inverted auxiliary ("Should the talks fail, ...", "Had he known, ..."), a clause led by
  `conditional_leads` ("in case", "provided that", "as long as", "on condition that"); and
  `conditional_preposition` ("in case of an attack", "in the event of a strike").
- free choice: an "any" event names none in particular ("any attack would be met with force", "would comply with
  any decision"): hypothetical, unless a verb that carries it out or keeps it from happening negates it ("refused
  to hold any talks"); `free_choice_subject`, and `answers_only` for the verbs that only answer one
  (`free_choice_reactions`), whose own negation stays theirs ("any deal ... would not be accepted").
- forms of the future and of requests the tagger hides: `is_to_future` ("the rebels are to begin talks"),
  `mandative` / `subjunctive` ("insisted that the premier hold talks", "demanded that Ankara agree"),
  `past_report` ("told reporters ..., adding that he would call": "would" is the future in the past), and
  `predicate_of_copula` ("is due in Paris for talks": the talks are planned with the trip).
- `failed_pursuit` / `pursuit_failed_after`: what talks, efforts or a bid were for did not happen when they
  failed ("talks to buy the firm collapsed"; "held talks to buy it, but those negotiations collapsed").
- `split_name_head`: "the Group of 20 summit", which the parser cuts at "of": the summit heads the phrase.
- `CONDITION`: the "if" / "unless" of a clause wins over a negation inside it ("if no agreement is reached");
  `backshifted` ("would not comment until it had been briefed": the future in the past).
- what a governing word leaves of its event: `discusses` (a discussed indefinite event is possible, negated or
  not), `postpones_a_plan` ("postponed a planned call": negated; a plain postponement plans, and the negation above
  it does not reach its event), `participates_in` ("will face each other in a runoff"), `means_of_an_event` ("could
  avenge its leader with attacks"), `answered_kind` ("would not accept a deal that ..."), `denied_content` ("denied
  that she had met the envoy": negated for the `denial_reaches_types`), `participle_of_event` ("any statement
  condemning the coup"), `complement_read_as_relative` ("told crowds that France would organise ...").
- requests to end an event and dates set for one: `requested_end` ("urged her to call off any more rallies": negated),
  `scheduled_for` ("no date has been fixed for new talks": planned), `too_to` ("too soon to talk of a summit"),
  `headline_participle` ("Norvania's June vote postponed": the headline's passive).

Imports nothing of kg but the lexicon type; the modality walk imports it, never the other way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

ASSERTED, NEGATED, PLANNED, HYPOTHETICAL = "asserted", "negated", "planned", "hypothetical"

# operators found on the way up, innermost first
NOT = "not"  # a negation word: negates whatever it reaches
NEGATOR = "negator"  # a verb or noun of failure/refusal: negates unless it is itself governed by an irrealis word
WOULD = "would"  # future in the past under a past reporting verb, hypothetical elsewhere
CONDITION = "condition"  # the "if" / "unless" of a clause: hypothetical, and it wins over a negation inside it

FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
POSSIBILITY_MODALS = {"can", "could", "may", "might", "ca"}
OBLIGATION_MODALS = {"must", "should"}
MODALS = FUTURE_MODALS | POSSIBILITY_MODALS | OBLIGATION_MODALS | {"would"}
_INVERTING_AUXES = {"should", "had", "were"}  # "Should the talks fail", "Had he known", "Were they to attack"
_CLAUSE_DEPS = {"advcl", "ccomp", "pcomp"}


# --- what a governing word means: plans, requests, failures, possibilities -----------------------------


def phrasal(word: Token) -> set[str]:
    """The word's lemma and its phrasal forms: "rule out", "call off", "take place", "look forward"."""
    lemma = word.lemma_.lower()
    forms = {lemma}
    for c in word.children:
        if c.dep_ in {"prt", "advmod", "dobj"}:
            forms.add(f"{lemma} {c.lower_}")
    return forms


def word_kind(word: Token, lex: Lexicon) -> str | None:
    """The modality a governing word gives what it governs, from the lexicon (None: none)."""
    if word.tag_ == "MD" or word.lower_ in MODALS:
        return None  # modals act as auxiliaries, read by _clause_operators
    if word.pos_ == "VERB" and word.lemma_.lower() in lex.sense("preparation_verbs_of_adjectives"):
        return PLANNED  # "is readying sanctions": the verb of "ready" prepares, the adjective is willing
    if word.lemma_.lower() in lex.sense("adjective_only_markers") and word.pos_ != "ADJ":
        return None  # "opened fire", "freed the hostages"
    # the word's own form too: the tagger reads "poised", "going" as verbs with the lemmas "poise", "go"
    forms = phrasal(word) | {word.lower_} | _sentence_initial_singular(word) | _prepositional_predicate(word)
    if forms & lex.sense("not_markers"):
        return None  # "weighed in on the attack": said something about it
    if forms & lex.sense("negators"):
        return NEGATOR
    if forms & lex.sense("hypothetical_markers"):
        return HYPOTHETICAL
    if forms & lex.sense("unsettled_verbs") and word.tag_ not in {"VBD", "VBN"}:
        return HYPOTHETICAL  # "while they negotiate a broader deal": not reached; "negotiated a truce" was
    if forms & lex.sense("planned_markers"):
        return PLANNED
    return None


def _sentence_initial_singular(word: Token) -> set[str]:
    """ "Hopes for a summit", "Preparations for an offensive": a capitalised plural at the start of a sentence
    the tagger takes for a name, its lemma the word itself; its singular, as a noun's lemma would be."""
    low = word.lower_
    if word.tag_ not in {"NNP", "NNPS"} or word.i != word.sent.start or not low.endswith("s"):
        return set()
    return {low[:-3] + "y" if low.endswith("ies") else low[:-1]}


def _prepositional_predicate(word: Token) -> set[str]:
    """ "is on track to sign", "is on course to win", "are in line to meet": a copula's prepositional phrase of
    one noun, as a form of the copula ("on track")."""
    if word.lemma_ != "be":
        return set()
    return {
        f"{c.lower_} {g.lower_}"
        for c in word.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj" and not list(g.children)
    }


def governor_operators(node: Token, prev: Token, tok: Token, lex: Lexicon) -> list[str]:
    """What `node` itself says of the event it governs through `prev`."""
    if kept_from(prev, node, lex):
        return [NEGATOR]  # "stopped the workers from marching", "refrained from attacking"
    if discusses(node, prev, lex):
        return [HYPOTHETICAL]  # "discussed a second meeting", "a new round of talks was not discussed": possible
    kind = word_kind(node, lex)
    if kind is None:
        return []
    lemma, forms = node.lemma_.lower(), phrasal(node)
    if forms & lex.sense("markers_needing_complement") and not (
        is_complement(prev)
        or forms & lex.sense("markers_taking_to_phrase") and object_of_to(prev)
        or prev.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "xcomp" for c in node.children)
        or node.pos_ == "NOUN" and prev.dep_ == "pobj" and prev.head.lower_ == "for"  # "a bid for a takeover"
    ):
        return []  # "set to meet" but "set the date"; "agreed to meet", "agreed to a meeting", not "agreed on"
    if forms & lex.sense("markers_needing_would") and not any(c.lower_ in {"would", "'d"} for c in node.children):
        return []  # "would like to meet", but "as bankers like to say"
    if lemma in lex.sense("naming_verbs") and any(c.dep_ in {"oprd", "attr"} for c in node.children):
        return []  # "called the shooting an act of terror": says what the event was, does not call for it
    if (
        lemma in lex.sense("definite_object_presupposed")
        and not (forms - {lemma}) & lex.sense("negators")  # "called the strike", but "called off the strike"
        and prev is tok
        and tok.dep_ in {"dobj", "nsubjpass"}
        and definite_noun(tok, lex)
    ):
        return []  # "denied the strike", "ordered the attack": the event happened
    if kind == NEGATOR and negated_predicate(node):
        return [HYPOTHETICAL]  # "did not rule out a meeting", "was not opposed to a meeting": possible
    return [kind]


def discusses(verb: Token, event: Token, lex: Lexicon) -> bool:
    """ "discussed a second meeting", "a ceasefire had not been discussed": a verb of discussion
    (`discussion_verbs`) with an indefinite event as its object names a possibility, whether the discussion took
    place or not (its negation is the discussion's). A definite event ("discussed the attack") is its topic."""
    return (
        verb.lemma_.lower() in lex.sense("discussion_verbs")
        and event.head is verb
        and event.dep_ in {"dobj", "nsubjpass"}
        and event.pos_ in {"NOUN", "PROPN"}
        and not definite_noun(event, lex)
    )


def postpones_a_plan(verb: Token, event: Token, lex: Lexicon) -> bool:
    """ "postponed a planned call", "a scheduled visit was put off": the occurrence a plan adjective before the noun
    names (the call as it was planned) did not take place. A postponed event without one is still planned
    ("postponed the summit", "the visit, due to begin on Sunday, could be postponed")."""
    if not phrasal(verb) & lex.sense("rescheduling_verbs") or event.head is not verb:
        return False
    if event.dep_ not in {"dobj", "nsubjpass"} and not (event.dep_ == "nsubj" and headline_participle(verb, lex)):
        return False
    if any(c.dep_ == "amod" and c.i < event.i and c.lower_ in lex.sense("planned_markers") for c in event.children):
        return True
    return _told_as_done(verb) and any(
        c.dep_ in {"compound", "nmod", "poss"} and c.ent_type_ in {"DATE", "TIME"}  # "Norvania's June vote"
        or c.dep_ in {"acl", "relcl"} and c.i > event.i and _names_its_plan(c, lex)  # "a tour that was due to open"
        for c in event.children
    )


def _told_as_done(verb: Token) -> bool:
    """No negation or modal on the verb or on the verb it is the complement of: "postponed", "has been put off"; not
    "could be postponed", "would not be used to postpone"."""
    for word in (verb, verb.head) if verb.dep_ in {"xcomp", "ccomp"} else (verb,):
        if any(c.dep_ == "neg" or c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in word.children):
            return False
    return True


def _names_its_plan(clause: Token, lex: Lexicon) -> bool:
    """A clause after an event noun that says when it was to be held: "planned for Monday", "set for April 18", "that
    was due to open on Friday", "scheduled to open this week"."""
    words = {w.lower_ for w in clause.subtree} | {w.lemma_.lower() for w in clause.subtree if w.pos_ in {"VERB", "ADJ"}}
    return bool(words & lex.sense("planned_markers") & lex.sense("describing_markers") | words & {"due", "set"})


def headline_participle(verb: Token, lex: Lexicon) -> bool:
    """ "Norvania's June vote postponed", "Summit called off": a headline's bare past participle of a word that
    describes an event's plan or end (`describing_markers`), tagged a past tense with the event as its subject; it is
    the passive the headline abbreviates."""
    return (
        verb.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children)
        and bool(phrasal(verb) & lex.sense("describing_markers"))
        and not any(t.text in {".", "!", "?"} for t in verb.sent)
    )


def participates_in(verb: Token, prep: Token, noun: Token, lex: Lexicon) -> bool:
    """ "will face each other in a runoff", "will take part in the talks": a verb of taking part with an event noun
    after its preposition (`participation_verbs` "face in", "take part in"); not "can participate in planning for
    the summit", where the summit is planned whoever takes part in the planning."""
    if (noun.lemma_.lower(),) not in lex.nouns:
        return False
    return any(f"{form} {prep.lower_}" in lex.sense("participation_verbs") for form in phrasal(verb))


def means_of_an_event(verb: Token, prep: Token, noun: Token, lex: Lexicon) -> bool:
    """ "could avenge its leader with attacks", "did not retaliate with strikes": an event noun after "with" of an
    event verb is how that event is carried out, in its clause; not a definite one ("met with the talks' mediators")."""
    return (
        prep.lower_ == "with"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.verbs
        and (noun.lemma_.lower(),) in lex.nouns
        and not definite_noun(noun, lex)
    )


def complement_read_as_relative(clause: Token, lex: Lexicon) -> Token | None:
    """ "told crowds that France would organise a conference": the parser reads the "that" clause as a relative clause
    of the object, with "that" as a second object of a verb that has one. Such a clause is what the speech verb says;
    that verb (None: a true relative clause, "the crowds that France had gathered")."""
    noun = clause.head
    verb = noun.head
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if clause.dep_ != "relcl" or noun.dep_ != "dobj" or verb is noun or len(objects) < 2:
        return None
    if not any(c.lower_ == "that" for c in objects) or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return verb if "statement" in lex.verbs.get(verb.lemma_.lower(), ()) else None


def misattached_infinitive_conjunct(verb: Token) -> Token | None:
    """ "was scheduled to lay a wreath, talk to survivors and meet the president": the parser hangs the bare
    verbs "talk" / "meet" on a finite verb ("scheduled", or "survived" in a relative clause) whose tense they
    cannot share; they are conjuncts of the infinitive before them ("to lay"). That infinitive, or None."""
    head = verb.head
    if verb.tag_ not in {"VB", "VBP"} or head.tag_ not in {"VBD", "VBN"} or head.i > verb.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    for word in reversed(verb.doc[verb.sent.start : verb.i]):
        if word.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in word.children):
            return word
    return None


def misattached_that_conjunct(verb: Token) -> Token | None:
    """ "said the strike was illegal because workers had rejected mediation, and that it would seek a court order": a
    conjunct with its own "that" which the parser hangs on an adverbial clause ("because ...") is a second clause of
    what was said. The "that" clause (or bare complement) of the reporting verb above it, or None."""
    head = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    if head.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return None
    clause = head.head
    for _ in range(3):
        if clause.dep_ == "ccomp":
            return clause
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def denied_content(verb: Token, clause: Token, event: Token, lex: Lexicon) -> bool:
    """ "denied that she had met the envoy", "denied that the group had been warned", "denied that civilians had been
    killed": what a denial's clause tells of (`denial_reaches_types`) did not happen, by the speaker's word (the
    sets' convention: "denied that its aircraft had targeted civilians" is a negated attack, set i; a death, set n).
    An attack, a death, an injury or an arrest (`denial_reaches_predicate_types`) only as the clause's own predicate
    or its subject, not below another word ("denied that the group had been warned of the attack": the warning is
    denied). Not a negated denial ("did not deny that they had met"), nor what the parser hangs in the clause as a
    conjunct with no subject that is a speech act of the denier's ("denied that the missile was Ukrainian and
    demanded that ..."), nor a clause the parser hangs on the denial across a semicolon ("the family says ...;
    police deny it")."""
    if verb.lemma_.lower() not in lex.sense("denial_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if clause.i < verb.i and any(t.text in {";", ":"} for t in verb.doc[clause.right_edge.i + 1 : verb.i]):
        return False  # "his family says he was beaten; police deny it": a clause of its own before the semicolon
    word = event
    while word.i != clause.i and word.head.i != word.i:
        if word.dep_ == "conj" and "statement" in lex.verbs.get(word.lemma_.lower(), ()) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in word.children
        ):
            return False
        word = word.head
    lemma = event.lemma_.lower()
    types = set(lex.verbs.get(lemma, ())) | set(lex.nouns.get((lemma,), ()))
    if types & lex.sense("denial_reaches_predicate_types") and not (
        event.i == clause.i or event.head.i == clause.i and event.dep_ in {"nsubj", "nsubjpass"}
    ):
        return False  # "denied that the group had been warned of the attack": the warning is denied, not the attack
    return bool(types & lex.sense("denial_reaches_types"))


def participle_of_event(verb: Token, lex: Lexicon) -> Token | None:
    """ "any statement condemning the coup", "a planned march protesting the tax": a present participle that
    describes an event noun is part of that event and happens only if it does; the noun (None: no such noun)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun is verb or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun if (noun.lemma_.lower(),) in lex.nouns else None


def negated_predicate(word: Token) -> bool:
    """The word is negated, or it is the adjective of a negated copula ("was not opposed to", "is not unwilling")."""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    return word.dep_ == "acomp" and word.head is not word and any(c.dep_ == "neg" for c in word.head.children)


def kept_from(event: Token, verb: Token, lex: Lexicon) -> bool:
    """ "prevented them from protesting", "barred from visiting", "refrained from attacking": the "from"
    complement of a verb of prevention did not take place."""
    return (
        event.dep_ in {"pcomp", "pobj"}
        and event.head.lower_ == "from"
        and event.head.head is verb
        and bool(phrasal(verb) & lex.sense("prevention_verbs"))
    )


def is_complement(word: Token) -> bool:
    """An infinitive complement: "plans to meet", "a decision to attack", and "a pretext to attack", which the
    parser sometimes hangs on its noun as a relative clause."""
    return word.dep_ == "xcomp" or word.dep_ in {"acl", "relcl"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in word.children
    )


def object_of_to(word: Token) -> bool:
    return word.dep_ in {"pobj", "pcomp"} and word.head.lower_ == "to"


def finite(verb: Token) -> bool:
    """A tensed clause ("decided that he met the test"), not a bare, subjunctive or infinitive one
    ("let them meet", "demanded that he be returned", "wants them to meet", "insisted that the army withdraw")."""
    if subjunctive(verb):
        return False
    if verb.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in verb.children)


_SINGULAR_PRONOUNS = {"he", "she", "it", "this", "that"}


def mandative(clause: Token) -> bool:
    """A "that" clause in the subjunctive says what is required, whatever verb governs it ("insisted that the
    premier hold talks", "demanded that he be returned", "proposed that the summit be held"); not a bare clause
    of perception or causation ("saw them attack", "made them sign": they did)."""
    if subjunctive(clause):
        return True
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    plain = auxes[0].tag_ == "VB" and auxes[0].lemma_ == "be" if auxes else clause.tag_ == "VB"
    return (
        plain
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def subjunctive(verb: Token) -> bool:
    """ "demanded that Ankara agree", "urged that the minister resign": a plain form with a third-person singular
    subject and no auxiliary is no present tense (that would be "agrees") but the mandative subjunctive of a
    request; the tagger reads it as a present (VBP)."""
    if verb.tag_ != "VBP" or any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    subject = subjects[0]
    return subject.tag_ in {"NN", "NNP"} or subject.lower_ in _SINGULAR_PRONOUNS


def definite_noun(tok: Token, lex: Lexicon) -> bool:
    """ "the strike", "its attack": a definite event noun presupposes the event."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in lex.sense("definite_anaphors") for c in tok.children
    )


def prevents(word: Token, lex: Lexicon) -> bool:
    """A word that keeps the event from happening ("prevented the attack", "stopped them from marching"), so
    that its own negation or failure says the event happened (`prevention_verbs`)."""
    return bool(phrasal(word) & lex.sense("prevention_verbs"))


def without_negation_of_prevention(found: list[str], verb: Token) -> list[str]:
    """The operators of a negated prevention's clause, its negation gone (the event took place), and with it
    the "could" of past ability ("guards could not prevent the attack")."""
    kept = [op for op in found if op != NOT]
    if HYPOTHETICAL in kept and any(c.dep_ == "aux" and c.lower_ == "could" for c in verb.children):
        kept.remove(HYPOTHETICAL)
    return kept


def nonspecific(noun: Token, lex: Lexicon) -> bool:
    """ "any deal", "any attack": an event noun that names no event in particular."""
    return any(c.dep_ == "det" and c.lower_ in lex.sense("nonspecific_determiners") for c in noun.children)


def free_choice_subject(subject: Token, verb: Token, lex: Lexicon) -> bool:
    """ "any agreement would have to respect ...", "any new attack would be met with force": an event that names none
    in particular, as the subject of a verb that says something of it rather than that it takes place."""
    return nonspecific(subject, lex) and not phrasal(verb) & lex.sense("occurrence_verbs") and not any(
        c.dep_ == "xcomp" for c in verb.children
    )


def answers_only(verb: Token, lex: Lexicon) -> bool:
    """A verb that only answers an event, should there be one ("would respond to any attack", "would not accept any
    deal", "will comply with any decision": `free_choice_reactions`), so that its own negation or modal does not
    reach an "any" event it governs; unlike "refused to hold any talks" or "is not aware of any attempts"."""
    forms = phrasal(verb) | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prep"}
    return bool(forms & lex.sense("free_choice_reactions"))


def answered_kind(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """ "would not accept a deal that allowed foreign troops to stay", "will only back a deal that ...": an indefinite
    event with a clause that says what kind it would be, as the object of a verb that only answers one
    (`free_choice_reactions`) under a negation or a modal, names none in particular, as "any deal" does. Not "accepted
    a deal that gives them the port" (one made)."""
    return (
        noun.head is verb
        and answers_only(verb, lex)
        and any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
        and any(c.dep_ in {"relcl", "acl"} for c in noun.children)
    )


_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they"}


def is_to_future(verb: Token, lex: Lexicon) -> bool:
    """ "the rebels are to begin talks", "the minister is to visit Oslo", "prisoners are to be freed": "be" with a
    to-infinitive and someone as its subject (a name, a personal pronoun, a word for people or a body) is a future
    of arrangement; not "the aim is to win", "the main positive is to be able to say" (what a thing is)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "be" or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    ):
        return False
    subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    subject = subjects[0]
    lemma = subject.lemma_.lower()
    return (
        subject.lower_ in _PERSONAL_PRONOUNS
        or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or subject.tag_ in {"NNP", "NNPS"}
        or lemma in lex.sense("people_nouns")
        or lemma in lex.sense("actor_nouns")
    )


def predicate_of_copula(verb: Token, lex: Lexicon) -> str | None:
    """ "is due in Paris", "was ready in Geneva", "are set": the modality the adjective a copula predicates gives
    what the copula's purpose phrase names ("is due in Paris for talks": the talks are planned with the trip)."""
    if verb.lemma_ != "be":
        return None
    for c in verb.children:
        if c.dep_ == "acomp":
            return word_kind(c, lex)
    return None


def split_name_head(noun: Token, prep: Token) -> bool:
    """ "the Group of 20 summit", "a Court of Appeal ruling": the parser ends a name at "of" and hangs the event noun
    the name modifies on it as the object of "of"; the noun, bare (no determiner, possessor or number of its own
    before the name's last word), heads the whole phrase."""
    name = prep.head
    return (
        prep.lower_ == "of"
        and name.pos_ == "PROPN"
        and name.i < prep.i < noun.i
        and noun.pos_ == "NOUN"
        and not any(c.dep_ in {"det", "poss"} for c in noun.children)
        and all(t.pos_ in {"PROPN", "NUM"} for t in noun.doc[prep.i + 1 : noun.i])
        and noun.i > prep.i + 1
    )


def failed_pursuit(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """ "talks to buy the firm collapsed", "efforts to reach a ceasefire failed": a pursuit (`pursuit_nouns`) whose
    verb says it failed (`failure_predicates`); what it pursued did not happen. (The pursuit itself took place:
    "the talks collapsed" leaves the talks asserted, since only what they were for is read here.)"""
    forms = {noun.lemma_.lower(), noun.lower_} | _sentence_initial_singular(noun)  # "Efforts": a name to the tagger
    return (
        bool(forms & lex.sense("pursuit_nouns"))
        and bool(phrasal(verb) & lex.sense("failure_predicates"))
        and not any(c.dep_ == "neg" for c in verb.children)
    )


_ANAPHORIC_DETERMINERS = {"the", "those", "these", "that", "this", "their", "its"}


def pursuit_failed_after(verb: Token, lex: Lexicon) -> bool:
    """ "held talks to buy the firm, but those negotiations collapsed": the verb's object is a pursuit, and a "but"
    conjunct says that pursuit, named again with a definite word, failed."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.sense("pursuit_nouns") for c in verb.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return False
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        for subject in (c for c in conj.children if c.dep_ == "nsubj"):
            anaphoric = any(d.dep_ in {"det", "poss"} and d.lower_ in _ANAPHORIC_DETERMINERS for d in subject.children)
            if anaphoric and failed_pursuit(subject, conj, lex):
                return True
    return False


def backshifted(clause: Token, head: Token) -> bool:
    """ "said it would not comment until it had been briefed": a past or past perfect temporal clause of a "would"
    clause is the future in the past, as the present is of "will"."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    past = auxes[0].tag_ == "VBD" if auxes else clause.tag_ == "VBD"
    return past and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in head.children)


def past_report(verb: Token) -> bool:
    """A reporting verb told in the past ("said", "has said", "did not say", and a participle that elaborates a
    past one: "told Fox News, adding that he would call": "adding" takes "told"'s tense); not "was saying"."""
    for _ in range(3):
        if verb.tag_ in {"VBD", "VBN"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and c.lemma_ != "be" for c in verb.children
        ):
            return True
        if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"} or verb.head is verb:
            return False
        if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return False  # "was saying": its own progressive
        verb = verb.head
    return False


# --- conditions: "if", "unless", inverted and led clauses, conditional prepositions -------------------


def conditional_clause(clause: Token) -> bool:
    """An "if" / "unless" clause, not a concessive "even if"."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks or marks[0].lower_ not in {"if", "unless"}:
        return False
    return not any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children)


def conditions(child: Token, lex: Lexicon) -> bool:
    """The dependent is a condition on its head's clause: an "if" / "unless" clause, an inverted one ("Should
    the talks fail, ..."), or one led by `conditional_leads` ("in case ...", "provided that ...", "as long as
    ...", which the parser hangs on "provided" or "long")."""
    if child.dep_ in _CLAUSE_DEPS:
        clauses = [child]
    elif child.dep_ in {"prep", "advmod"}:
        clauses = [c for c in child.children if c.dep_ in _CLAUSE_DEPS]
    else:
        return False
    for clause in clauses:
        if clause.dep_ == "advcl" and conditional_clause(clause) or inverted_condition(clause) is not None:
            return True
        if clause.pos_ in {"VERB", "AUX"} and condition_led(clause, lex):
            return True
    return False


def inverted_condition(clause: Token) -> Token | None:
    """ "Should the talks fail, ...", "Had the police arrested him, ...": a clause before its head that opens
    with an auxiliary before its subject is a condition; that auxiliary (None: no such clause)."""
    if clause.dep_ not in {"advcl", "ccomp"} or clause.i > clause.head.i:
        return None
    first = next((c for c in clause.children if c.i == clause.left_edge.i), None)  # edges are plain spaCy tokens
    if first is None or first.dep_ not in {"aux", "auxpass"} or first.lower_ not in _INVERTING_AUXES:
        return None
    after = clause.right_edge.i + 1
    if after >= len(clause.doc) or clause.doc[after].lower_ != ",":
        return None
    return first if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in clause.children) else None


def condition_led(clause: Token, lex: Lexicon) -> bool:
    """A clause led by words that make it a condition (`conditional_leads`: "in case", "as long as",
    "provided that", "on condition that"), which the parser does not mark as "if"."""
    if clause.dep_ not in _CLAUSE_DEPS:
        return False
    first = clause.left_edge.i
    lead_end = first
    toks = tokens(clause.doc)  # spaCy makes a new Token at every `doc[i]`
    while lead_end < clause.i and (toks[lead_end].dep_ == "mark" or toks[lead_end + 1].dep_ == "mark"):
        # "provided that", "as long as", and "only once" (an adverb before the mark): the lead's last word is a mark
        lead_end += 1
    start = max(0, first - 4)  # a lead runs into its clause: no sentence boundary can lie inside it
    if lead_end <= start or toks[lead_end - 1].lower_ not in lex.derived("@conditional_lead_ends", _lead_ends):
        return False
    words = " " + " ".join(t.lower_ for t in toks[start:lead_end])
    return any(words.endswith(" " + lead) for lead in lex.sense("conditional_leads"))


def _lead_ends(lex: Lexicon) -> frozenset[str]:
    return frozenset(lead.split()[-1] for lead in lex.sense("conditional_leads"))


def conditional_preposition(prep: Token, lex: Lexicon) -> bool:
    """ "in case of", "in the event of": a preposition made of words (`conditional_prepositions`) that puts
    its object as a condition."""
    return complex_preposition(prep) in lex.sense("conditional_prepositions")


def complex_preposition(prep: Token) -> str:
    """The words of a preposition made of several, ending in `prep`: "in case of", "in the event of" (the
    opening preposition's object, then `prep`), "ahead of" (an adverb, then `prep`); "" for none."""
    word = prep.head
    if word is prep or word.i >= prep.i:
        return ""
    opener = word.head if word.dep_ == "pobj" and word.head.i < word.i else word
    if opener is not word or word.dep_ == "advmod":
        return " ".join(t.lower_ for t in prep.doc[opener.i : prep.i + 1])
    return ""


def plain_speech(verb: Token, lex: Lexicon) -> bool:
    """A speech verb with no modal of its own: the "if" clause it governs is part of what was said ("some
    predicting bloodshed if agents come", "warned of war if the talks fail"), the saying is not conditional."""
    return "statement" in lex.verbs.get(verb.lemma_.lower(), ()) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )


def simple_past(verb: Token) -> bool:
    """ "told reporters ... if ...": a past report, not the consequent of a condition."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# --- plans given up, purchases agreed ---------------------------------------------------------------------


def plan_given_up(verb: Token, lex: Lexicon) -> bool:
    """ "senators who had planned to object dropped their challenges", "had intended to march but called it off": a
    plan told in the past perfect (`given_up_plan_verbs`) whose holder then gave it up (`abandonment_verbs`, as the
    verb of the clause the holder is subject of, or a conjunct after "but"). What was planned did not take place.
    A plan still held ("had planned to march on Friday") stays planned."""
    if verb.lemma_.lower() not in lex.sense("given_up_plan_verbs"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    if verb.dep_ == "relcl" and verb.head.dep_ == "nsubj":
        return _abandons(verb.head.head, lex)  # "senators who had planned to object dropped ..."
    return any(c.dep_ == "conj" and _abandons(c, lex) for c in verb.children) and any(
        c.dep_ == "cc" and c.lower_ == "but" for c in verb.children
    )


def _abandons(verb: Token, lex: Lexicon) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and bool(phrasal(verb) & lex.sense("abandonment_verbs"))


def agreed_purchase(verb: Token, event: Token, tok: Token, lex: Lexicon) -> bool:
    """ "agrees $2.4 billion takeover of Crisp Valley", "clinched a deal for the dairy": a purchase agreed, clinched or
    sealed (`deal_making_verbs`) is one still to be completed (the convention: planned, as "will buy")."""
    return (
        event is tok
        and event.head is verb
        and event.dep_ in {"dobj", "nsubjpass"}
        and verb.lemma_.lower() in lex.sense("deal_making_verbs")
        and bool(set(lex.nouns.get((tok.lemma_.lower(),), ())) & lex.sense("types_planned_when_agreed"))
    )


# --- requests to end an event, dates set for one, "too early to" -----------------------------------------


def requested_end(verb: Token, event: Token, lex: Lexicon) -> bool:
    """ "urged her to call off any more rallies", "pressed the militia to stop raids on villages", "asked the union to
    call off the strike": an infinitive of cancellation, refusal or cessation that a request governs (`request_verbs`).
    The event is one they are asked not to hold, negated as in "urged them not to attack". A cessation
    (`cessation_verbs`) of a definite or single event leaves it told as it happened ("told his men to end their siege":
    the siege took place; "asked the court to suspend a verdict"): only ones named by a bare plural or "any", "all" are
    asked not to go on. A prevention keeps its own reading ("urged police to prevent the march")."""
    if verb.dep_ not in {"xcomp", "advcl"} or verb.head is verb:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    forms = phrasal(verb)
    if forms & lex.sense("prevention_verbs") - lex.sense("cessation_verbs"):
        return False
    if forms & lex.sense("cessation_verbs"):
        if definite_noun(event, lex) or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in event.children):
            return False  # "to suspend a verdict of the lower court": one that was made
    elif word_kind(verb, lex) != NEGATOR:
        return False
    head = verb.head
    asks = phrasal(head) | {f"{head.lemma_.lower()} {c.lower_}" for c in head.children if c.dep_ == "prep"}
    return bool(asks & lex.sense("request_verbs"))


def schedule_noun(word: Token, lex: Lexicon) -> bool:
    """ "a date", "no timetable", "the venue": a noun of when or where an event is to be held (`schedule_nouns`)."""
    return word.pos_ in {"NOUN", "PROPN"} and word.lemma_.lower() in lex.sense("schedule_nouns")


def scheduled_for(prep: Token, lex: Lexicon) -> bool:
    """ "no date has been fixed for new talks", "have not agreed on a venue for the next round", "set a date for the
    vote": the "for" of a date, a time or a venue (or of the verb that sets one) names an event that is to come. It is
    planned whether or not the date is set yet: the negation and the modal are the date's ("No timetable exists for a
    referendum": the referendum is still planned)."""
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    governor = prep.head
    if schedule_noun(governor, lex):
        return True
    return governor.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and schedule_noun(c, lex) for c in governor.children
    )


def too_to(verb: Token) -> bool:
    """ "too soon to talk of a summit", "too weak to attend": the infinitive of "too" + adjective is not done."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head is not verb
        and head.pos_ in {"ADJ", "ADV"}
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ == "too" for c in head.children)
    )
