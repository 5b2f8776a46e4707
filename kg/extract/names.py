"""Names whole: the NER's entity spans with the names it or the tokenizer split rejoined.

en_core_web_sm splits "Majed al-Ansari" into "Majed al" and "Ansari", "Daniel arap Moi" into "Daniel
arap" (PERSON) and "Moi" (ORG), "Pro-Life Virginia" into "Pro" and "Life Virginia", "Dar-es-Salaam" into
three places. `whole_names(doc)` returns the entity spans with

- a name particle (data/name_particles.txt: al, el, bin, van, der, de la, arap, ...) and the capitalised
  word after it joined to the name before it ("Daniel arap" + "Moi");
- a hyphen written without spaces joined when one side is a particle ("al-Ansari", "el-Sayed"), a
  capitalised word that is no entity of its own ("Pro-Life Virginia", "Dar-es-Salaam"), or a single word
  before a longer organisation or place name ("Cuban-American National Foundation", "Miami-Dade County").
  Two names of their own ("Trump-Putin", "Russia-Ukraine") stay two. A person's name takes a lower-case given-name
  syllable after its hyphen ("Moon Jae-in"; not "Trump-backed", "Obama-era rules"), and any name a short lower-case
  link between two hyphens and the part after it ("Zia-uz-Zaman"); hyphenated names the NER missed after a title
  ("General Waker-uz-Zaman") are people.
- the first name the NER cut off a one-word name joined to it ("leftist lawmaker Ana" + "Quispe"): a
  capitalised compound noun right before it, after a lower-case role word.

The joined span takes the label PERSON when a particle joined a person's name, else the label of its last
part (the head). `find_entities` reads these spans in place of the NER's (`kg.nlp.named_entities`).
`glossed_names` makes a name and its gloss ("Uhuru, or Freedom,") one entity.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.actors import actor_nouns
from kg.extract.gazetteer import gazetteer
from kg.extract.kinds import name_heads
from kg.extract.resolve import type_cue_words
from kg.extract.spans import CandidateSpan
from kg.nlp import named_entities, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.extract.gazetteer import Gazetteer

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file (kg/extract/data/NAME; "#" lines are comments)."""
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def name_particles() -> frozenset[str]:
    return word_list("name_particles.txt")


def _attached_hyphen(toks: list[Token], i: int) -> bool:
    """Token i is a hyphen written inside a word ("al-Ansari"), not a dash between words."""
    return (
        toks[i].text == "-"
        and 0 < i < len(toks) - 1
        and not toks[i - 1].whitespace_
        and not toks[i].whitespace_
        and toks[i + 1].is_alpha
        and toks[i - 1].is_alpha
    )


def _is_particle(tok: Token) -> bool:
    return tok.text in name_particles()


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _given_name_before(toks: list[Token], start: int, ent_at: dict[int, Span]) -> bool:
    """Token start-1 is a capitalised proper noun of no entity, a compound of the one-word name at `start`, with
    no other capitalised word before it ("leftist lawmaker Ana" before "Quispe"): the name's first word. Not a
    title ("President"), nor a word of a headline (capitalised anyway), nor the first word of the sentence; after a
    lower-case role word or title (data/type_cues.tsv person_role_before), the evidence that a name starts there."""
    if start < 2:
        return False
    tok, before = toks[start - 1], toks[start - 2]
    if not (_capitalised(tok) and tok.tag_ == "NNP" and tok.dep_ == "compound" and tok.head.i == start):
        return False
    titles = gazetteer().titles
    if start - 1 in ent_at or tok.is_sent_start or tok.lower_ in titles:
        return False
    # after a lower-case role word ("lawmaker Ana", "spokeswoman Ana"): not "Prime Minister" nor a headline's words,
    # nor "in Little" + "Havana"
    return before.is_lower and (before.lower_ in type_cue_words()["person_role_before"] or before.lower_ in titles)


def _organisation_head_after(toks: list[Token], end: int, ent_at: dict[int, Span]) -> int:
    """The end of capitalised words after a national name that end in an organisation head ("National
    Foundation", "Police"), or `end` when there are none."""
    heads = name_heads()
    stop = end
    while stop < len(toks) and stop - end < 4 and toks[stop].is_alpha and toks[stop].text[:1].isupper():
        if stop in ent_at:
            break
        stop += 1
    while stop > end and heads.get(toks[stop - 1].text, ("", False))[0] != "organization":
        stop -= 1
    return stop


def whole_names(doc: Doc) -> list[Span]:
    """The NER's entity spans with split names rejoined (see the module docstring)."""
    from spacy.tokens.span import Span

    toks = tokens(doc)
    ents = list(named_entities(doc))
    ent_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    consumed: set[int] = set()
    for ent in ents:
        if ent.start in consumed:
            continue
        if ent.label_ not in NAME_LABELS:
            out.append(ent)
            continue
        start, end, label, joined_particle = ent.start, ent.end, ent.label_, False
        labels = [ent.label_]
        if label == "PERSON" and end - start >= 2:  # a name of one word is `_given_name_before`'s ("in Little Havana")
            end = _name_words_after(toks, start, end, ent_at)  # "Roch Marc" + "Christian Kabore"
            start = _name_words_before(toks, start, end, ent_at)  # "Leftist Luiz" + "Inacio Lula da Silva"
        while True:  # to the right
            if end < len(toks) and _attached_hyphen(toks, end):
                nxt = toks[end + 1]
                other = ent_at.get(end + 1)
                if _is_particle(toks[end - 1]) or _is_particle(nxt):
                    joined_particle = True
                elif other is not None and other.label_ in NAME_LABELS:
                    break  # "Trump-Putin": two names
                elif not _capitalised(nxt):
                    if _linked_name_part(toks, end):
                        end += 4  # "Zia" + "-uz-Zaman": a lower-case link between two parts of one name
                        continue
                    if label == "PERSON" and _lower_case_given_name(toks, start, end):
                        end += 2  # "Moon Jae" + "-" + "in": the second syllable of a given name
                        continue
                    break  # "U.S.-led"
                end = (other.end if other is not None else end + 2) if not _is_particle(nxt) else end + 2
                continue
            if end < len(toks) - 1 and _is_particle(toks[end - 1]) and _capitalised(toks[end]) and end - start > 1:
                other = ent_at.get(end)  # "Daniel arap" + "Moi"
                joined_particle = True
                labels.append(other.label_ if other is not None else label)
                end = other.end if other is not None else end + 1
                continue
            spaced_particle = end < len(toks) - 1 and _is_particle(toks[end]) and toks[end].whitespace_
            if spaced_particle and _capitalised(toks[end + 1]):
                if label == "PERSON" or ent_at.get(end + 1) is not None and ent_at[end + 1].label_ == "PERSON":
                    other = ent_at.get(end + 1)  # "Ludwig van" + "Beethoven"
                    joined_particle = True
                    end = other.end if other is not None else end + 2
                    continue
            break
        while start >= 2 and _attached_hyphen(toks, start - 1):  # to the left
            before = toks[start - 2]
            other = ent_at.get(start - 2)
            if _is_particle(before) or _is_particle(toks[start]):
                joined_particle = True
                start = start - 2
                if start >= 1 and _capitalised(toks[start - 1]) and ent_at.get(start - 1) is not None:
                    start = ent_at[start - 1].start  # "Majed al" + "-" + "Ansari"
                continue
            if other is None and _capitalised(before):
                start -= 2  # "Pro" + "-" + "Life Virginia"
                continue
            if other is not None and other.end == start - 1 and len(other) == 1 and end - start >= 2 and label in {
                "ORG",
                "FAC",
                "GPE",
                "LOC",
            }:
                start = other.start  # "Cuban" + "-" + "American National Foundation"
                continue
            break
        one_word = start == ent.start and end - start == 1 and label in {"PERSON", "ORG"}
        if one_word and _given_name_before(toks, start, ent_at):
            start -= 1  # "lawmaker Ana" + "Quispe": the NER cut the first name off a one-word name
        head_end = _organisation_head_after(toks, end, ent_at) if label in {"NORP", "GPE"} else end
        if head_end > end:  # "Cuban-American" + "National Foundation", "Kenya" + "Police"
            end, label, labels = head_end, "ORG", ["ORG"]
            joined_particle = False
            ent_label_override = True
        else:
            ent_label_override = False
        if (start, end) == (ent.start, ent.end):
            out.append(ent)
            continue
        if ent_label_override:
            pass
        elif joined_particle and ("PERSON" in labels or any(
            (e := ent_at.get(i)) is not None and e.label_ == "PERSON" for i in range(start, end)
        )):
            label = "PERSON"
        else:
            last = ent_at.get(end - 1)
            label = last.label_ if last is not None and last.label_ in NAME_LABELS else label
        consumed.update(range(start, end))
        out = [e for e in out if e.end <= start or e.start >= end]
        out.append(Span(doc, start, end, label=label))
    out.extend(_titled_hyphen_names(doc, toks, ent_at))
    out.extend(_titled_untagged_names(doc, toks, ent_at))
    out = _of_names(doc, out)
    out.sort(key=lambda e: e.start)
    return out


def _name_words_after(toks: list[Token], start: int, end: int, ent_at: dict[int, Span]) -> int:
    """The end of a person's name the NER cut short: up to three capitalised proper nouns of no entity after the span
    [start, end), where the parser hangs every word of the name, the NER's included, on the last one ("Roch Marc" +
    "Christian Kabore", "Maria" + "Corina Machado"); not a title, place or demonym ("Ana Ruiz Tuesday" is a DATE)."""
    stop = end
    while stop < len(toks) and stop - end < 3 and stop not in ent_at and _name_word_of_no_kind(toks[stop]):
        stop += 1
    while stop > end:
        if _one_chain(toks, start, stop):
            return stop
        stop -= 1
    other = ent_at.get(end)  # "Samia Suluhu" + "Hassan": a person's span right after, in the same chain of compounds
    if other is not None and other.start == end and other.label_ == "PERSON" and _one_chain(toks, start, other.end):
        return other.end
    return end


def _one_chain(toks: list[Token], start: int, stop: int) -> bool:
    """Every word of [start, stop) but the last hangs as a compound (or flat) on a word inside, the last outside."""
    words = range(start, stop - 1)
    inside = all(toks[k].dep_ in {"compound", "flat"} and start <= toks[k].head.i < stop for k in words)
    return inside and not start <= toks[stop - 1].head.i < stop


def _name_word_of_no_kind(tok: Token) -> bool:
    """A capitalised proper noun that is no title, place, demonym, party word or actor noun: a name's word."""
    gaz = gazetteer()
    return (
        tok.tag_ == "NNP"
        and _capitalised(tok)
        and tok.lower_ not in gaz.titles
        and tok.text not in gaz.places
        and tok.text not in gaz.demonyms
        and tok.text not in {line.split("\t")[0] for line in word_list("party_words.tsv")}
        and tok.lower_ not in actor_nouns()
    )


def _name_words_before(toks: list[Token], start: int, end: int, ent_at: dict[int, Span]) -> int:
    """The start of a person's name whose first words the NER left out: capitalised proper nouns of no entity and no
    other kind right before the span, hung on a word inside it ("Leftist Luiz" + "Inacio Lula da Silva"), never the
    sentence's first word (a headline's or a sentence's opening "Leftist" is no name)."""
    while (
        start > 0
        and start - 1 not in ent_at
        and not toks[start - 1].is_sent_start
        and toks[start - 1].dep_ in {"compound", "flat"}
        and start <= toks[start - 1].head.i < end
        and _name_word_of_no_kind(toks[start - 1])
    ):
        start -= 1
    return start


def _lower_case_given_name(toks: list[Token], start: int, end: int) -> bool:
    """The lower-case word after the hyphen that ends the name [start, end) is its given name's second syllable
    ("Moon Jae-in", "Lee Myung-bak"): a noun the parser made the head of the name or hung off it, in the clause's role
    (not "Trump-era policies", a compound, nor "Trump-backed", a modifier), after a family name."""
    piece, before = toks[end + 1], toks[end - 1]
    return (
        end - start >= 2
        and piece.is_lower
        and piece.pos_ in {"NOUN", "PROPN"}
        and piece.dep_ not in {"compound", "amod"}
        and not (piece.dep_ == "nmod" and piece.head.i == piece.i + 1)  # "an Obama-era rule"
        # the name's head, the same word's argument beside it, or hung off the name ("Jae" <- "in")
        and (before.head.i in {piece.i, piece.head.i} or piece.head.i == before.i)
        and (end + 2 >= len(toks) or not _attached_hyphen(toks, end + 2))
    )


def _linked_name_part(toks: list[Token], hyphen: int) -> bool:
    """Tokens from `hyphen` are "-uz-Zaman", "-ur-Rehman", "-upon-Avon": a short lower-case link written between
    two hyphens inside the word, and a capitalised part after it."""
    return (
        hyphen + 3 < len(toks)
        and toks[hyphen + 1].is_lower
        and len(toks[hyphen + 1]) <= 4
        and _attached_hyphen(toks, hyphen + 2)
        and _capitalised(toks[hyphen + 3])
    )


def _titled_hyphen_names(doc: Doc, toks: list[Token], ent_at: dict[int, Span]) -> list[Span]:
    """Hyphenated names the NER missed after a person's title: "General Waker-uz-Zaman", "Mayor Jean-Pierre
    Dupont". Capitalised words joined by hyphens written inside the word (lower-case links allowed, "uz"),
    ending capitalised, and a capitalised surname after them; labelled PERSON."""
    from spacy.tokens.span import Span

    titles = gazetteer().titles
    out = []
    i = 1
    while i < len(toks) - 2:
        if not (toks[i - 1].lower_ in titles and _capitalised(toks[i - 1]) and _capitalised(toks[i])):
            i += 1
            continue
        end = i + 1
        while end < len(toks) - 1 and _attached_hyphen(toks, end):
            end += 2
        if end == i + 1 or not _capitalised(toks[end - 1]) or any(j in ent_at for j in range(i, end)):
            i += 1
            continue
        if end < len(toks) and _capitalised(toks[end]) and toks[end].tag_ == "NNP" and end not in ent_at:
            end += 1  # "Jean-Pierre" + "Dupont"
        out.append(Span(doc, i, end, label="PERSON"))
        i = end
    return out


def _titled_untagged_names(doc: Doc, toks: list[Token], ent_at: dict[int, Span]) -> list[Span]:
    """Names of two or three capitalised words the NER left untagged after a capitalised person's title, in a sentence
    of the body (a headline capitalises every word): "President To Lam", whose "To" the tagger reads as a
    preposition. No word may be a title, a name head ("Assembly"), a place or a demonym; a hyphenated last word is
    kept whole ("Governor Babajide Sanwo-Olu"); labelled PERSON."""
    from spacy.tokens.span import Span

    from kg.nlp.parsed import sent_of, unpunctuated

    gaz, heads, out = gazetteer(), name_heads(), []
    for i in range(1, len(toks) - 2):
        title = toks[i - 1]
        if not (_capitalised(title) and title.lower_ in gaz.titles) or i - 1 in ent_at or i in ent_at:
            continue
        end = i
        while end < len(toks) and end - i < 3 and _capitalised(toks[end]) and end not in ent_at:
            end += 1
        words = toks[i:end]
        if not 2 <= len(words) <= 3 or words[-1].tag_ != "NNP" or end < len(toks) and toks[end].text[:1].isupper():
            continue
        known = (gaz.titles, heads, gaz.places, gaz.demonyms)
        if any(w.lower_ in known[0] or any(w.text in k for k in known[1:]) for w in words):
            continue
        if unpunctuated(sent_of(title)):
            continue
        while end < len(toks) - 1 and _attached_hyphen(toks, end) and _capitalised(toks[end + 1]) and (
            end + 1 not in ent_at
        ):
            end += 2  # "Governor Babajide Sanwo" + "-Olu": a hyphenated surname is one word of the name
        out.append(Span(doc, i, end, label="PERSON"))
    return out


_LEADING_HEAD_LABEL = {"organization": "ORG", "place": "FAC"}
_CHAMBERS = {"Representatives", "Commons", "Lords", "Delegates"}  # "House of Commons" is no building


def _of_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names led by their head: "the Palace of Conventions", "the Plaza of the Revolution", "the
    Archdiocese of New York", "St. Patrick's Cathedral": a capitalised head of data/name_heads.tsv with
    "of" and capitalised words after it (or a name and "'s" before it) is one name, whatever the NER cut."""
    from spacy.tokens.span import Span

    toks = tokens(doc)
    heads = name_heads()
    found: list[Span] = []
    for tok in toks:
        kind = heads.get(tok.text, ("", False))[0]
        if kind not in _LEADING_HEAD_LABEL or tok.i + 2 >= len(toks):
            continue
        start, end = tok.i, tok.i
        if toks[tok.i + 1].lower_ == "of":
            end = tok.i + 2
            if end < len(toks) and toks[end].lower_ == "the":
                end += 1
            first = end
            while end < len(toks) and end - first < 4 and toks[end].is_alpha and toks[end].text[:1].isupper():
                end += 1
            if end == first:
                continue
            if tok.text == "House" and toks[first].text in _CHAMBERS:
                kind = "organization"
        elif tok.i >= 2 and toks[tok.i - 1].text in {"'s", "’s"} and not toks[tok.i - 2].whitespace_:
            owners = (e for e in ents if e.end in {tok.i - 1, tok.i} and e.label_ in {"FAC", "PERSON", "ORG", "GPE"})
            owner = next(owners, None)
            if owner is None or owner.label_ == "GPE" and kind == "place":
                continue  # "Havana's Palace": the city owns the palace, it is no part of its name
            start, end = owner.start, tok.i + 1
        else:
            continue
        if tok.i > 0 and toks[tok.i - 1].text[:1].isupper() and toks[tok.i - 1].is_alpha and start == tok.i:
            continue  # "Supreme Court of Appeals": the NER's longer name stands
        found.append(Span(doc, start, end, label=_LEADING_HEAD_LABEL[kind]))
    if not found:
        return ents
    taken = {i for f in found for i in range(f.start, f.end)}
    return [e for e in ents if not any(i in taken for i in range(e.start, e.end))] + found


def title_complement(piece: Span, gaz: Gazetteer) -> bool:
    """One word after "<title> of": "State" in "Secretary of State", "Defence" in "Minister of Defence"."""
    toks = tokens(piece.doc)
    return (
        len(piece) == 1
        and piece.start >= 2
        and toks[piece.start - 1].lower_ == "of"
        and toks[piece.start - 2].lower_ in gaz.titles
    )


def both_named_apart(doc: Doc, ent: Span, hyphen: int) -> bool:
    """The words either side of a hyphen inside `ent` are each a name the article uses outside it."""
    toks = tokens(doc)
    if hyphen + 1 >= len(toks):
        return False
    left, right = toks[hyphen - 1], toks[hyphen + 1]
    if not (_capitalised_word(left) and _capitalised_word(right)):
        return False
    if hyphen - 1 != ent.start or hyphen + 2 != ent.end:
        return False  # "Cuban-American National Foundation": a longer name, not two names
    if f"{left.text}-{right.text}" in _hyphenated_person_words(doc):
        return False  # "Ramos-Horta said", after "Jose Ramos-Horta": one surname, not two names
    outside = {t.text for t in toks if not ent.start <= t.i < ent.end}

    gaz = gazetteer()
    return all(w.text in outside or w.text in gaz.places or w.text in gaz.demonyms for w in (left, right))


def _hyphenated_person_words(doc: Doc) -> frozenset[str]:
    """The hyphenated words inside the NER's people of two words or more ("Ramos-Horta" of "Jose Ramos-Horta")."""
    toks = tokens(doc)
    return frozenset(
        f"{toks[i - 1].text}-{toks[i + 1].text}"
        for e in named_entities(doc)
        if e.label_ == "PERSON" and e.end - e.start >= 4
        for i in range(e.start + 1, e.end - 1)
        if _attached_hyphen(toks, i)
    )


def _capitalised_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()



def glossed_names(doc: Doc, spans: list[CandidateSpan]) -> None:
    """ "Uhuru, or Freedom, a Swahili newspaper": a name glossed by ", or" and another name is one entity, the
    gloss (a translation, an older name) an alias of the first. The spans must have their keys."""
    toks = tokens(doc)
    by_start = {s.start: s for s in spans}
    for s in spans:
        if s.type not in {"organization", "person", "place"} or s.end + 2 >= len(toks):
            continue
        if toks[s.end].text != "," or toks[s.end + 1].lower_ != "or":
            continue
        gloss = by_start.get(s.end + 2)
        if gloss is None or gloss.key == s.key or gloss.end >= len(toks) or toks[gloss.end].text not in {",", ")"}:
            continue
        old = gloss.key
        if gloss.name not in s.aliases:
            s.aliases.append(gloss.name)
        for o in spans:
            if o.key == old:
                o.key, o.name, o.type = s.key, s.name, s.type


def people_after_titles(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """ "House of Commons Speaker John Bercow" read as one organisation: a capitalised title word inside an
    organisation's name, followed by two or three proper nouns that end the name, parts the name into the body
    (kept, shortened) and a person (returned, for the title rules to give the title "Speaker"). The body before the
    title must be a word or more; a name head after the title ("Prime Minister Office") keeps the whole."""
    toks, heads, out = tokens(doc), name_heads(), []
    for s in spans:
        if s.type != "organization" or s.key or s.end - s.start < 4:
            continue
        for j in range(s.start + 1, s.end - 2):
            title, rest = toks[j], toks[j + 1 : s.end]
            if not (title.text[:1].isupper() and title.lower_ in gaz.titles) or len(rest) > 3:
                continue
            if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in gaz.titles for t in rest):
                continue
            if rest[-1].text in heads:
                continue
            out.append(CandidateSpan(j + 1, s.end, "person", "", " ".join(t.text for t in rest)))
            s.end = j
            s.name = doc[s.start : j].text
            s.key = f"org:{s.name}"  # a body named in full before the title stays an entity (`kinds.named_body`)
            break
    return out
