"""Attribution where the parse breaks: who acts or speaks when en_core_web_sm misreads the clause.

`predicate_read_as_modifier`: "The institute's president, Ana Ruiz, announced that ...", "The leader, who had
trailed, conceded": the sentence's subject parsed as its root and the main verb, after the apposition's or the
relative clause's comma, as a clause modifying it.
`speaker_after_verb`: "'...,' exclaimed Ana Ruiz", "The plan, said Ana Ruiz, ...": the speaker named right after
the verb, whatever the parser made its subject. `quoted_speaker`: "quoted a police officer as saying".
`subjects_of_its_own`: a reporting verb's subjects without the name whose own verb was read as its modifier.
`misattached_by_agent`: "was declared the winner by the commission": a passive's "by" phrase hung on its object.
`lost_conjuncts`: "Armenia and Azerbaijan signed" at a line's start, "U.S. President Donald Trump and North Korean
leader Kim Jong Un signed": the first name of a coordinated subject the parser left out of the coordination (a root
of its own, or a modifier inside the second name's title). `coordinated_modifiers`: "U.S. and Afghan officials": each
country of a coordinated modifier. `first_act_of_a_list`: "Pakistan recalled its envoy on Wednesday, said ... and
suspended ...", parsed with the first act a clause "said" reports: it is the speaker's own act, its subject the
speaker's. `misread_that_clause`: "told crowds that France would organise a conference", the that-clause parsed
a relative clause of the object. `reporters_conjunct`: "said the crash was an accident and offered to pay", the
speech verb parsed a conjunct of the clause "said" reports: it is the reporter's own act. `aged_subject`: "Lula,
77, promised", the name and the age read as appositions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon
    from kg.extract.events.lookup import EntityLookup


def predicate_read_as_modifier(verb: Token) -> bool:
    """Whether `verb` is the main verb of a subject the parser made the root, with the verb hung on it as a clause
    (`acl`) after the comma that closes the subject's apposition: the noun is then the verb's subject. A real
    modifying clause ("the president, elected in May, ...") has a verb of its own above the noun."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in {"NOUN", "PROPN"} or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if noun.dep_ == "ROOT":
        return any(c.dep_ in {"appos", "relcl"} for c in noun.children)  # "The leader, who had trailed, conceded"
    return _apposed_subject_read_as_modifier(verb, noun)


def _apposed_subject_read_as_modifier(verb: Token, noun: Token) -> bool:
    """The same misreading where the noun is not the root: "The country's top diplomat, Ana Ruiz, called X" (the name
    an apposition of a root noun that has no verb of its own) and "Ana Ruiz, the foreign minister, called X on
    Monday, the ministry said" (the name a second subject of the reporting verb after it, which has its own)."""
    if noun.dep_ == "appos":
        top = noun.head
        return top.dep_ == "ROOT" and top.pos_ in {"NOUN", "PROPN"} and top.i < noun.i
    if noun.dep_ != "nsubj" or not any(c.dep_ == "appos" for c in noun.children):
        return False
    reporter = noun.head
    return reporter.i > verb.i and any(c.dep_ == "nsubj" and c.i > verb.i for c in reporter.children)


def subjects_of_its_own(verb: Token, deps: frozenset[str] = frozenset({"nsubj"})) -> list[Token]:
    """The verb's subjects, less a name the parser also made its subject whose own predicate it read as a modifier
    ("Ana Ruiz, the minister, called X on Monday, the ministry said": the ministry said it, Ana Ruiz called)."""
    subj = [c for c in verb.children if c.dep_ in deps]
    if len(subj) > 1:
        subj = [s for s in subj if not any(c.dep_ == "acl" and predicate_read_as_modifier(c) for c in s.children)]
    return subj


def misattached_by_agent(verb: Token) -> list[Token]:
    """ "X was declared the winner by the commission": the parser hangs a passive's "by" phrase on the verb's
    object or predicate noun; it is still the verb's agent."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return []
    return [
        g
        for c in verb.children
        if c.dep_ in {"oprd", "dobj", "attr"}
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def quoted_speaker(verb: Token) -> list[Token]:
    """ "The daily quoted a police officer as saying ...": the object of the quoting verb is the speaker."""
    prep = verb.head
    if verb.dep_ in {"pcomp", "advcl"} and prep.lower_ == "as" and prep.dep_ == "prep":
        if prep.head.pos_ in {"NOUN", "PROPN"}:
            return [prep.head]  # the parser hung "as saying" on the quoted noun itself
        return [c for c in prep.head.children if c.dep_ == "dobj"]
    return []


CLOSING_QUOTES = {",", "''", '"', "”", "’"}


def speaker_after_verb(verb: Token, lookup: EntityLookup) -> list[Token]:
    """ "'We will appeal,' exclaimed Ana Ruiz", "The plan, said Ana Ruiz, the party's leader, is ...": a speech verb
    set off by a comma or a closing quotation mark and followed at once by a person's name is said by that person,
    whatever the parser made its subject (the quoted words, the noun before the comma). Not after a comma where the
    subject is a person ("Ana Ruiz, who was hurt, said Jan Berg had ..."), nor "said Ana Ruiz's lawyer": the name
    is then a possessor."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in CLOSING_QUOTES:
        return []
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return []  # ", warning Saddam Hussein that ...": a participle's name is whom it addresses
    person = lookup.entity_at(verb.i + 1)
    if person is None or lookup.type_of(person) != "person" or doc[verb.i + 1].pos_ != "PROPN":
        return []
    after_quote = doc[verb.i - 1].text != "," or verb.i > 1 and doc[verb.i - 2].text in CLOSING_QUOTES
    if not after_quote and any(
        c.dep_ == "nsubj" and lookup.type_of(lookup.entity_at(c.i)) == "person" for c in verb.children
    ):
        return []  # a quotation's own subject is no speaker of it
    k = verb.i + 1
    while k + 1 < len(doc) and lookup.entity_at(k + 1) == person:
        k += 1
    name = doc[verb.i + 1 : k + 1]
    if (k + 1 < len(doc) and doc[k + 1].tag_ == "POS") or name.root.dep_ == "poss":
        return []
    return [name.root]


def aged_subject(verb: Token, lookup: EntityLookup) -> list[Token]:
    """ "In a speech in Sao Paulo, Lula, 77, promised ...": a person's name and an age set off by commas right before
    a verb with no subject is its subject; the parser hangs the name on the noun before it as an apposition and
    the age on the name, and leaves the verb with none (and a verb conjoined to it)."""
    doc = verb.doc
    k = verb.i
    subjects = {"nsubj", "nsubjpass", "expl"}
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in subjects for c in verb.children):
        return []
    if verb.dep_ == "conj" and verb.head.i < k:
        return aged_subject(verb.head, lookup)  # "..., Lula, 77, promised ... and said ...": the same subject
    if k < 4:
        return []
    comma, age, before = doc[k - 1], doc[k - 2], doc[k - 3]
    if comma.text != "," or before.text != "," or not (age.like_num and age.text.isdigit() and len(age.text) <= 3):
        return []
    person = lookup.entity_at(k - 4)
    if person is None or lookup.type_of(person) != "person" or doc[k - 4].pos_ != "PROPN":
        return []
    return [doc[k - 4]]


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "conj", "appos", "poss"}


def _actor_kind(entity_id: str | None, lookup: EntityLookup) -> str | None:
    if entity_id is None:
        return None
    if lookup.is_country(entity_id):
        return "country"
    kind = lookup.type_of(entity_id)
    return "organization" if kind == "group" else kind if kind in {"person", "organization"} else None


def lost_conjuncts(subject: Token, lookup: EntityLookup) -> list[Token]:
    """The name before "and" that shares the subject's kind (person, country, organisation) and that the parse gave
    no role of its own (see the module docstring); [] when the coordination is parsed or there is none."""
    doc = subject.doc
    eid = lookup.entity_at(subject.i)
    kind = _actor_kind(eid, lookup)
    if kind is None:
        return []
    i = subject.i
    while i - 1 >= 0 and lookup.entity_at(i - 1) == eid:
        i -= 1
    i -= 1  # the subject's own title words ("North Korean leader") lie between "and" and its name
    toks, left_edge = tokens(doc), subject.left_edge.i  # spaCy makes a new Token at every `doc[i]` and `left_edge`
    while i >= left_edge and toks[i].lower_ != "and" and toks[i].pos_ in {"ADJ", "NOUN", "PROPN"}:
        i -= 1
    # "and" a cc, or a root of its own where the parser broke the coordination at a paragraph's start
    if i < 1 or i < left_edge - 1 or toks[i].lower_ != "and" or toks[i].dep_ not in {"cc", "ROOT"}:
        return []
    other = lookup.entity_at(i - 1)
    if other is None or other == eid or _actor_kind(other, lookup) != kind:
        return []
    head = doc[i - 1]
    while head.head.i != head.i and lookup.entity_at(head.head.i) == other:
        head = head.head
    name, title = head, head.head
    inside = subject.left_edge.i <= title.i < head.i
    if head.dep_ == "appos" and inside and title.pos_ in {"NOUN", "PROPN"} and lookup.entity_at(title.i) is None:
        head = title  # "U.S. President Donald Trump and Russian President ...": the name apposed to its own title
    if head.dep_ in ARGUMENT_DEPS:
        return []  # a role of its own ("Ana met Ivo and Jan Berg said")
    return [name]


def coordinated_modifiers(noun: Token, lookup: EntityLookup) -> list[Token]:
    """ "U.S. and Afghan officials said", "French and German diplomats": the coordinated names or demonyms before
    an unnamed actor noun, each an actor of its own (the phrase's entity is one of them)."""
    if noun.pos_ != "NOUN" or lookup.entity_at(noun.i) not in {None, *(lookup.entity_at(c.i) for c in noun.children)}:
        return []
    mods = [m for m in noun.children if m.dep_ in {"compound", "amod", "nmod"} and m.i < noun.i and m.conjuncts]
    return [c for m in mods for c in (m, *m.conjuncts) if lookup.entity_at(c.i) is not None]


def first_act_of_a_list(verb: Token) -> Token | None:
    """The clause before a subjectless speech verb, up to the comma right before it, when the verb reports
    another clause after it ("Pakistan recalled its envoy, said Iran's envoy would not return and suspended
    visits"): a list of one subject's acts the parser read as "said" reporting the first. None otherwise."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) or verb.i < 2:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    before = [c for c in clauses if c.i < verb.i and c.right_edge.i == verb.i - 2 and verb.nbor(-1).text == ","]
    if not before or not any(c.i > verb.i for c in clauses):
        return None
    first = before[0]
    return first if any(c.dep_ == "nsubj" for c in first.children) else None


def subject_of_a_list(verb: Token) -> list[Token]:
    """The speaker of a speech verb in the middle of a list of acts (`first_act_of_a_list`): the list's subject."""
    first = first_act_of_a_list(verb)
    return [c for c in first.children if c.dep_ == "nsubj"] if first is not None else []


def misread_that_clause(verb: Token, lex: Lexicon | None = None) -> Token | None:
    """The that-clause the parser hung on a speech verb's object as a relative clause: "told crowds that France
    would organise a conference" ("that" read as the clause's mark, as the object of a clause that has its own
    object, or as the subject of one that has its own subject, is no relative pronoun); "told a news conference
    that ministers might phase in the change": an audience or occasion told (`audience_occasion_nouns`) takes no
    object relative, so a "that" with a subject after it opens what was told."""
    audience = lex.sense("audience_occasion_nouns") if lex is not None else frozenset()
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "dative"}):
        for clause in (c for c in obj.children if c.dep_ == "relcl"):
            that = [c for c in clause.children if c.lower_ == "that" and c.i == clause.left_edge.i]
            if that and (
                that[0].dep_ == "mark"
                or any(c.dep_ == that[0].dep_ and c.i != that[0].i for c in clause.children)
                or that[0].dep_ != "nsubj" and obj.lemma_.lower() in audience and _kids_of(clause, "nsubj")
            ):
                return clause
    return None


def _kids_of(tok: Token, dep: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ == dep]


def reporters_conjunct(verb: Token, lex: Lexicon) -> Token | None:
    """The reporting verb whose clause the parser extended with `verb`: "said the crash was an accident and offered
    to pay", "said talks were not planned and ruled out a meeting", "reiterated that R will not abandon ... but
    stated that ...". A speech verb with no subject of its own, hung as a conjunct on a clause that is no speech act
    and that a speech verb before it reports, is that verb's speaker's own act (None: not so); so is a speech
    participle after a comma at the end of the reported clause ("said the vote was unfair, citing intimidation")."""
    speech = lex.derived(  # the same set as business.py's "@verbs_of_statement"
        "@verbs_of_statement", lambda lex: frozenset(v for v, ts in lex.verbs.items() if "statement" in ts)
    )
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if verb.dep_ != "conj" and not participle or verb.lemma_.lower() not in speech:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # "said the plan was flawed and the minister agreed": a clause of its own
    first = verb.head
    reported = first.dep_ == "ccomp" and first.head.i < first.i  # not "X called Y and urged him, Z said"
    # "made good progress": a verb that speaks only with its object or particle ("make a statement") is no speech
    acted = first.lemma_.lower() not in speech or first.lemma_.lower() in lex.sense("object_bound_speech_verbs")
    if reported and acted and first.head.lemma_.lower() in speech:
        return first.head
    return None
