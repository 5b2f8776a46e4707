"""Conflict events (attack, death, injury): word sense, killings, kinds of attack.

Sense: the ambiguous attack words ("fire", "strike", "shot", "hit", "blast") are kept only when the
parse shows a weapon, an attacker, a target or a violent frame; deaths and injuries need a person-like
victim or a predicative use ("23 dead", "were injured").
Killings: a death someone caused is an attack as well (`killing_by_someone`, used by `tolls`). Counts are in
`casualties`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events import fighting_periods, fighting_sides, headline_attacks, projectiles
from kg.extract.events.lexicon import Lexicon, lexicon
from kg.extract.gazetteer import gazetteer
from kg.nlp import sent_of, span_tokens, tokens, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _kids(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _lemmas(tokens: list[Token]) -> set[str]:
    # a plural the parser reads as a name keeps its s ("Missiles rained down"): its singular too
    names = {t.lower_[:-1] for t in tokens if t.pos_ == "PROPN" and t.lower_.endswith("s")}
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens} | names


def is_person(tok: Token, lex: Lexicon) -> bool:
    """A person: a PERSON entity, a pronoun, or a people word ("politicians", "a reporter")."""
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
        return True
    return tok.lemma_.lower() in lex.sense("people_nouns") or tok.lower_ in lex.sense("people_nouns")


def named_person(tok: Token, lex: Lexicon) -> bool:
    """A name with a title or an honorific before it ("Dr. Ilse Varga", "Judge Mara Lindqvist"), whatever the
    NER made of it."""
    words = lex.sense("honorifics") | gazetteer().titles
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in words for c in tok.children)


def is_person_like(tok: Token, lex: Lexicon) -> bool:
    """A victim-shaped noun: a person, a group entity (NORP), or a counted noun ("23", "five others")."""
    if is_person(tok, lex) or tok.ent_type_ == "NORP" or tok.like_num or named_person(tok, lex):
        return True
    return any(c.dep_ == "nummod" for c in tok.children)


def _shot_down_projectiles(tok: Token, objs: list[Token], lex: Lexicon) -> bool:
    """What was shot down is a projectile of an attack ("shot down 14 of the 16 drones", "two missiles were shot
    down"): air defence intercepting it, which the sets' convention keeps apart from attacks; a crewed aircraft
    or a balloon shot down is an attack ("shot down several military helicopters", "shot down a spy balloon")."""
    things = objs + _kids(tok, "nsubjpass")
    things += [g for o in things for p in _kids(o, "prep") if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return bool(_lemmas(things) & lex.sense("intercepted_projectiles"))


def sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_
    mods = _lemmas(_kids(tok, "compound", "amod", "nmod"))
    subj = _antecedents(_kids(tok, "nsubj"), tok) or _controller(tok)
    objs = _kids(tok, "dobj")
    if kind == "noun" and is_modifier_of_thing(tok, lex):
        return None  # "attack helicopters", "strike force", "shooting range": the head noun is a thing
    if etype == "attack":
        weapons, attackers = lex.sense("weapons"), lex.sense("attackers")
        if (mods | _lemmas(_kids(tok, "advmod"))) & lex.sense("accident_markers"):
            return None  # "an accidental explosion", "the device detonated accidentally"
        if figurative_target(tok, lex):
            return None  # "the battle against cancer", "a disease to battle": no violence
        if kind == "noun" and fighting_periods.period_of_fighting(tok, lex):
            return None  # "more than a year of fighting": a war's stretch of time, no one attack
        if kind == "noun" and standing_conflict_ended(tok, lex):
            return None  # "aimed at ending the fighting", "urged them to halt their attacks": the war goes on
        if kind == "verb" and _gerund_modifier(tok, objs, lex):
            return None  # "police officers and bombing specialists": the parser's gerund is a noun modifier
        if kind == "verb":
            agent_pobj = [g for p in _kids(tok, "agent") for g in p.children if g.dep_ == "pobj"]
            if lemma in lex.sense("fighting_verbs"):
                return fighting_sides.fighting_verb_sense(tok, lex)  # "troops fighting rebels", "clashed with police"
            if lemma == "strike":
                if _lemmas(objs) & lex.sense("strike_not_objects") or _lemmas(subj) & lex.sense("strike_not_subjects"):
                    return None
                if natural_force(subj, lex):
                    return None  # "after the cyclone struck the coast", "Cyclone Idai struck Beira": no attacker
                if tok.dep_ == "amod" and tok.tag_ == "VBG":
                    return None  # "a 'striking victory'", "striking workers": an adjective, no strike made
                return True
            if lemma == "shoot":
                if _lemmas(objs) & lex.sense("shoot_not_objects") or not objs and _has_particle(tok, "up"):
                    return None  # "shot a film", "prices shot up"
                down = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in tok.children)
                if down and _shot_down_projectiles(tok, objs, lex):
                    return None  # "shot down 14 of the 16 drones": an interception, no attack
                return True
            if lemma in lex.sense("throwing_attack_verbs"):
                # "hurled a grenade at the patrol", "unleashed a volley of rockets": a weapon; not "threw a party"
                thrown = objs + [g for o in objs for p in _kids(o, "prep") if p.lower_ == "of" for g in p.children]
                if projectiles.fired_into_the_sea(tok, objs, lex):
                    return None  # "launched a missile over the Sea of Japan"
                if _lemmas(thrown) & (weapons | lex.sense("thrown_weapons")):
                    return True
                return (
                    True if projectiles.thrown_at_people(tok, thrown, lex, lambda g: is_person_like(g, lex)) else None
                )
            if lemma == "fire":
                # "fired on the crowd", not "fired its chief executive on Monday"
                times = lex.sense("time_nouns")
                preps = {p.lower_ for p in _kids(tok, "prep") if not _lemmas(_kids(p, "pobj")) & times}
                aimed = {"on", "at", "into", "upon", "toward", "towards"}
                if crowd_control_only(tok, objs, lex):
                    return None  # "police fired tear gas at the marchers", "tear gas was fired": no attack
                if projectiles.fired_into_the_sea(tok, objs, lex):
                    return None  # "fired a ballistic missile into the sea": a launch, no attack
                if _lemmas(objs) & weapons or preps & aimed:
                    return True
                if any(_has_particle(tok, word) for word in aimed):
                    return True  # "fired on and seized three boats": the parser made "on" a particle
                if not objs and not _kids(tok, "nsubjpass") and _lemmas(subj) & attackers:
                    return True
                return None
            if lemma == "hit" or lemma in lex.sense("attacker_driven_verbs"):
                # "artillery pounded the city", "militants overran the outpost"; not "the tax cut hammered the budget"
                if (_lemmas(subj) | _lemmas(agent_pobj)) & (weapons | attackers):
                    return True
                return True if lemma == "hit" and _hits_a_military_target(tok, subj, objs, lex) else None
            if lemma == "blow":
                prt = {c.lower_ for c in tok.children if c.dep_ == "prt"}
                if "up" in prt:
                    return True
                # "the windows were blown out": blast damage says a bomb went off
                if "out" in prt and _lemmas(_kids(tok, "nsubjpass", "dobj")) & lex.sense("blast_damage_objects"):
                    return True
                return None
            if lemma in {"crash", "slam", "plough", "plow"}:
                return True if vehicle_attack(tok, lex) else None
            if lemma == "explode" and _lemmas(subj) & lex.sense("explode_not_subjects"):
                return None
            if lemma == "storm" and figurative_storming(tok, lex):
                return None  # "storms back to power", "stormed to victory", "stormed into the final"
            if lemma in {"storm", "ram", "torch", "gun"}:
                # "gunmen stormed the hotel", "was gunned down": an attack with its attacker or its target; not
                # "protesters tried to storm city hall", the protest's own act (CAMEO 145, protest violently)
                if _lemmas(subj) & lex.sense("protest_crowd_nouns") or stormed_by_crowd(tok, lex):
                    return None  # "Trump supporters storm Capitol": a protest (acts.crowd_storming)
                return True if objs or subj or _kids(tok, "nsubjpass") else None
            if lemma in lex.sense("passage_attack_verbs"):
                return True if explosive_passage(tok, lex) else None
            if lemma in {"attack", "assault"}:
                return _attack_verb_sense(tok, subj, objs, lex)
            if lemma == "harm":
                # "might harm the boy": violence someone does to a person; not "harm the economy", nor "no one
                # was harmed" (an outcome of another event, told without its doer)
                return True if any(is_person_like(o, lex) for o in objs) else None
            if lemma == "raid" and _lemmas(subj) & lex.sense("law_enforcement"):
                return None
            return False
        # nouns
        if lemma in {"attack", "assault"} and mods & lex.sense("attack_not_modifiers"):
            return None
        if lemma in lex.sense("attack_nouns_needing_deadly_modifiers"):
            return True if headline_attacks.deadly_crackdown(tok, lex) else None
        if lemma == "fire":
            if headline_attacks.exchanged_fire(tok, lex):
                return True  # "Armenia and Azerbaijan trade fire": the verb hung on "fire" as a compound
            if mods & lex.sense("fire_not_modifiers"):
                return None
            head = tok.head
            if mods & lex.sense("fire_modifiers") or (
                tok.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in lex.sense("fire_verbs") | {"under"}
            ):
                return True
            if any(p.lower_ in {"on", "at", "from"} for p in _kids(tok, "prep")) and head.lemma_.lower() in lex.sense(
                "fire_verbs"
            ):
                return True
            if any(p.lower_ in {"on", "at"} for p in _kids(tok, "prep")) and _lemmas(
                _kids(tok, "compound", "nmod")
            ) & lex.sense("attackers"):
                return True  # "as police fire on tax protesters": a headline's verb the tagger read as a noun
            return None
        if lemma == "strike":
            if mods & lex.sense("strike_not_modifiers") or headline_strike(tok, lex):
                return None
            if mods & (
                weapons
                | {
                    "air",
                    "military",
                    "drone",
                    "missile",
                    "aerial",
                    "retaliatory",
                    "deadly",
                    "precision",
                    "israeli",
                    "russian",
                    "ukrainian",
                    "american",
                    "us",
                    "u.s.",
                }
            ):
                return True
            if any(p.lower_ in {"on", "against"} for p in _kids(tok, "prep")) or _violent_sentence(tok):
                return True
            if _lemmas(_noun_agents(tok)) & (weapons | attackers):
                return True  # "Israeli jets carried out strikes in southern Lebanon": warplanes strike no work
            return None
        if lemma == "shot":
            if mods & lex.sense("shot_not_modifiers"):
                return None
            head = tok.head
            if (
                head.lemma_.lower() in {"fire", "ring", "hear", "exchange"}
                or _kids(tok, "nummod")
                or mods & {"warning", "gun", "sniper"}
            ):
                return True
            return None
        if lemma in lex.sense("combat_nouns_needing_violence"):
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.sense("fighting_verbs"):
                return fighting_sides.battle_fought(tok, lex)  # "fought running battles with officers"
            if mods & lex.sense("battle_not_modifiers") or not (
                mods & lex.sense("violent_context")
                or _violent_sentence(tok)
                or lemma == "clash" and fighting_sides.crowd_clash_noun_sense(tok, lex)
            ):
                return None  # "a custody battle", "the battle of Elian has been won": no violence
            return True
        if lemma in {"blast", "explosion"}:
            if mods & (lex.sense("explode_not_subjects") | {"furnace", "sonic"}) or _stored_substance(tok, lex):
                return None
            return True
        if lemma == "offensive" and mods & {"charm", "diplomatic", "media"}:
            return None
        if lemma == "raid" and mods & {"police", "dawn"} and not _violent_sentence(tok):
            return None
        if lemma == "raid" and _lemmas(_noun_agents(tok)) & lex.sense("law_enforcement"):
            return None  # "police launched raids": searches and arrests, not an assault
        if lemma == "raid" and fighting_sides.arrest_raid(tok, lex):
            return None  # "arrested him in a raid on a farm": the search of an arrest
        return False
    if etype == "death":
        if kind == "adj":
            if tok.dep_ == "amod" and not is_person_like(tok.head, lex):
                return None
            return True
        if lemma in {"death"} and tok.dep_ == "compound" and tok.head.lemma_.lower() not in {"toll"}:
            return None  # "death penalty", "death threats"
        if lemma == "suicide" and tok.dep_ in {"compound", "amod", "nmod"} and not _committed(tok):
            return None  # "suicide bombing": the bombing is the event
        if mods & lex.sense("attempt_modifiers"):
            return None  # "attempted murder" is an attack that killed no one (see attempted_killing)
        if kind == "verb" and lemma in lex.sense("dying_of_verbs"):
            # "succumbed to his wounds", not "succumbed to pressure"
            causes = _lemmas([g for p in _kids(tok, "prep") for g in p.children if g.dep_ == "pobj"])
            return True if causes & lex.sense("dying_of_causes") else None
        if kind == "verb" and lemma in {"claim", "take", "cost"}:
            # "the blast claimed nine lives", "took the lives of"; otherwise a statement or nothing
            return True if _lemmas(objs) & lex.sense("death_claim_objects") else None
        if lemma in {"execute", "slaughter"}:
            victims = _kids(tok, "dobj", "nsubjpass")
            victims += [g for p in _kids(tok, "prep") if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            return True if victims and any(is_person_like(v, lex) for v in victims) else None
        if kind == "noun" and legal_charge(tok, lex):
            return None  # "on charges of murder", "convicted of murder": a crime named in law, not a death
        if lemma == "murder" and kind == "noun":
            return True
        return False
    if etype == "injury":
        if kind == "adj":
            if tok.dep_ == "amod" and not is_person_like(tok.head, lex):
                return None
            return True
        if lemma == "hurt" and kind == "verb":
            victims = _kids(tok, "dobj", "nsubjpass")
            return True if victims and any(is_person_like(v, lex) for v in victims) else None
        if lemma == "beat" and kind == "verb":
            # "toughs beating opposition politicians", "he was beaten": a person is beaten. Not "beat
            # expectations", not a score ("Spain beat Italy 2-1": no counted victims here), and "beaten
            # to death" is a death (the noun "death" names it).
            human = any(is_person(v, lex) for v in _kids(tok, "dobj", "nsubjpass"))
            to_death = any(
                p.lower_ == "to" and any(g.lower_ == "death" for g in p.children) for p in _kids(tok, "prep")
            )
            return True if human and not to_death else None
        if lemma == "wound" and kind == "noun" and tok.dep_ == "compound":
            return None
        return False
    return False


def _hits_a_military_target(tok: Token, subj: list[Token], objs: list[Token], lex: Lexicon) -> bool:
    """ "Iran hit what it said were militant camps", "Israel hit Hezbollah positions": a state or armed body
    strikes a military target (also the free relative's noun); not "the tariffs hit exporters"."""
    if not any(s.ent_type_ in {"GPE", "NORP", "ORG"} for s in subj):
        return False
    hit = objs + [
        a for c in _kids(tok, "ccomp") if any(w.tag_ == "WP" for w in c.subtree) for a in c.subtree if a.dep_ == "attr"
    ]
    return bool(_lemmas(hit) & lex.sense("military_target_nouns"))


def _stored_substance(tok: Token, lex: Lexicon) -> bool:
    """ "an explosion of ammonium nitrate stored in a warehouse", "a blast of fertiliser": something stored that
    went off, no weapon anyone used."""
    blown = [g for p in _kids(tok, "prep") if p.lower_ == "of" for g in _kids(p, "pobj")]
    stored = any(
        c.dep_ == "acl" and c.lemma_.lower() in {"store", "keep", "hold", "leave"} for g in blown for c in g.children
    )
    return stored or bool(_lemmas(blown) & lex.sense("stored_substances"))


def _gerund_modifier(tok: Token, objs: list[Token], lex: Lexicon) -> bool:
    return (
        tok.tag_ == "VBG"
        and len(objs) == 1
        and objs[0].i == tok.i + 1
        and objs[0].lemma_.lower() in lex.sense("not_event_compound_heads")
        and not _kids(tok, "aux", "nsubj", "advmod")
    )


def _attack_verb_sense(tok: Token, subj: list[Token], objs: list[Token], lex: Lexicon) -> bool | None:
    """ "Rebels attacked the town", not criticism ("attacked the policy", "attacked the minister over
    the budget") nor illness ("the virus attacks the liver")."""
    if _lemmas(subj) & lex.sense("attack_not_subjects") or _lemmas(objs) & lex.sense("attack_not_objects"):
        return None
    for prep in _kids(tok, "prep"):
        if prep.lower_ in lex.sense("criticism_preps") and not any(
            g.ent_type_ in {"GPE", "LOC", "FAC"} for g in prep.children if g.dep_ == "pobj"
        ):
            return None
    if objs and not any(
        is_person_like(o, lex)
        or o.ent_type_ in {"GPE", "LOC", "FAC", "ORG"}
        or o.lemma_.lower() in lex.sense("weapons")
        for o in objs
    ):
        return True
    return False


def standing_conflict_ended(tok: Token, lex: Lexicon) -> bool:
    """ "signed a deal aimed at ending the fighting", "urged both sides to stop the violence", "called for an end
    to the war": a definite or possessed noun of a standing conflict (`standing_conflict_nouns`) that an ending
    verb (`conflict_ending_verbs`) or "an end to" takes is the war going on, told as no attack of its own; "urged
    an end to the attacks", "halt the shelling" name attacks that took place."""
    if tok.lemma_.lower() not in lex.sense("standing_conflict_nouns"):
        return False  # "urged an end to the attacks", "halt the shelling": attacks that took place
    if not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "any"} for c in tok.children):
        return False
    ending = lex.sense("conflict_ending_verbs")
    gov = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and gov.lemma_.lower() in ending:
        return True
    return tok.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_.lower() in ending and gov.head.pos_ == "NOUN"


def figurative_target(tok: Token, lex: Lexicon) -> bool:
    """A fight against an illness or a social ill, not violence: "the battle against cancer", "a war on
    poverty", and the noun an infinitive fights ("there is no disease to battle", which the parser may read
    as "disease" + "to battle")."""
    ills = lex.sense("figurative_attack_targets")
    targets = [g for p in _kids(tok, "prep") if p.lower_ in {"against", "on"} for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ in {"relcl", "acl"} and not _kids(tok, "dobj"):
        targets.append(tok.head)  # "the disease we battle", "a disease to battle"
    elif (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and not _kids(tok, "det", "poss")
        and tok.head.head.pos_ == "NOUN"
    ):
        targets.append(tok.head.head)  # the same infinitive, misread as a preposition and a noun
    return bool(_lemmas(targets) & ills)


def _committed(tok: Token) -> bool:
    """ "committed suicide" even where the parser hangs "suicide" on the next word as a compound (a headline
    run into the next line: "... keep committing suicide Police have cordoned off ...")."""
    return tok.i > 0 and tokens(tok.doc)[tok.i - 1].lemma_.lower() == "commit"


def vehicle_attack(tok: Token, lex: Lexicon) -> bool:
    """ "A suicide bomber ... crashed into a patrol", "a car loaded with explosives slammed into the gate": a
    vehicle-borne attack, told by an attacker or explosives in the subject and an "into" target. A fired
    weapon that crashes into a place is one too ("shells slammed into the school": `impact_projectiles`)."""
    if not any(p.lower_ in {"into", "through"} for p in _kids(tok, "prep")):
        return False
    for subj in _antecedents(_kids(tok, "nsubj"), tok):
        words = _lemmas(list(subj.subtree))
        # a sentence-initial plural may be tagged a proper noun and keep its "s" ("Shells slammed into ...")
        heads = _lemmas([subj]) | {subj.lower_.removesuffix("s")}
        if heads & (lex.sense("vehicle_attackers") | lex.sense("impact_projectiles")) or words & lex.sense(
            "vehicle_explosives"
        ):
            return True  # "a car loaded with explosives": what the vehicle carries
    return False


def blown_apart(tok: Token, lex: Lexicon) -> bool:
    """ "victims had been blown to pieces": a death, not only the blast."""
    if tok.lemma_.lower() != "blow":
        return False
    apart = any(
        p.lower_ == "to" and any(g.lower_ in lex.sense("blown_apart_objects") for g in p.children)
        for p in _kids(tok, "prep")
    )
    return apart and any(
        is_person_like(v, lex) or any(is_person_like(g, lex) for g in v.subtree)
        for v in _kids(tok, "nsubjpass", "dobj")
    )


def legal_charge(tok: Token, lex: Lexicon) -> bool:
    """A bare crime noun under a charge, trial or verdict ("on charges of murder", "convicted of murder"):
    the offence in law. A specific death keeps its victim or determiner ("charged with the murder of X")."""
    if any(c.lemma_.lower() == "degree" for c in _kids(tok, "compound", "amod")):
        return True  # "second-degree murder" is a count of an indictment
    if any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children) or any(
        p.lower_ == "of" for p in _kids(tok, "prep")
    ):
        return False
    node = tok
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in {"of", "with", "for"}:
        return False
    gov = node.head.head
    words = lex.sense("legal_charge_words")
    if gov.pos_ == "NOUN" and gov.dep_ == "pobj":  # "charged in federal complaints with murder"
        return gov.lemma_.lower() in words or gov.head.head.lemma_.lower() in words
    return gov.lemma_.lower() in words


def drop_inherited_senses(doc: Doc, triggers: list, lex: Lexicon) -> list:
    """Later mentions keep the sense the article gave their event. "Police launched raids ... gunshots during the
    raids": the definite "the raids" (with no raider of its own) are the police raids, not an assault. "Seven
    militants were killed in two accidental explosions ... setting off an explosion" (or an explosion of a stored
    substance, "of ammonium nitrate stored in a warehouse ... the blast"): in an article whose
    explosions are accidents and which reports no attack by another word, an explosion with no attacker is
    one of those accidents."""
    toks = tokens(doc)
    police_raid = next((t.i for t in tokens(doc) if t.lemma_lower == "raid" and _police_raid(t, lex)), None)
    blasts, accident = lex.sense("explosion_words"), False
    for t in toks:
        if t.lemma_lower in blasts and (
            _lemmas(_kids(t, "amod", "advmod", "compound")) & lex.sense("accident_markers") or _stored_substance(t, lex)
        ):
            accident = True
            break
    attacks = [tr for tr in triggers if tr.type == "attack"]
    all_blasts = accident and all(
        toks[tr.head].lemma_.lower() in blasts
        or (toks[tr.head].pos_ == "PROPN" and toks[tr.head].lower_.rstrip("s") in blasts)
        for tr in attacks
    )
    kept = []
    for tr in triggers:
        tok = toks[tr.head]
        if (
            tr.type == "attack"
            and tr.pos == "noun"
            and police_raid is not None
            and tok.i > police_raid
            and tok.lemma_.lower() == "raid"
            and not _noun_agents(tok)
            and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in tok.children)
        ):
            continue
        if tr.type == "attack" and all_blasts and not _has_attacker(tok, lex):
            continue
        kept.append(tr)
    return kept


def _police_raid(tok: Token, lex: Lexicon) -> bool:
    police = lex.sense("law_enforcement")
    if tok.pos_ == "VERB":
        return bool(_lemmas(_kids(tok, "nsubj")) & police)
    agents = _noun_agents(tok)
    agents += [c for a in agents for c in a.children if c.dep_ == "compound"]  # "counter-terror officers"
    return bool(_lemmas(agents) & police)


def _has_attacker(tok: Token, lex: Lexicon) -> bool:
    """Someone sets the explosion off: an attacker or a named actor as its agent ("a suicide bomber detonated",
    "the militants' bombing", "was blown up by rebels")."""

    def verb_agents(verb: Token) -> list[Token]:
        return _kids(verb, "nsubj") + [g for p in _kids(verb, "agent") for g in p.children if g.dep_ == "pobj"]

    if tok.pos_ == "VERB":
        agents = verb_agents(tok)
    else:  # "the militants' bombing", "an explosion set off by militants"
        agents = _noun_agents(tok) + [a for v in _kids(tok, "acl", "relcl") for a in verb_agents(v)]
    return any(
        a.ent_type_ in {"PERSON", "ORG", "NORP"} or a.lemma_.lower() in lex.sense("attackers") for a in agents
    ) or bool(_lemmas(_kids(tok, "compound", "amod")) & lex.sense("attackers"))


def _antecedents(subj: list[Token], verb: Token) -> list[Token]:
    """A relative clause's subject is the noun it modifies: "the earthquake that struck Turkey" is the earthquake's
    striking, "gunmen who hit the convoy" the gunmen's."""
    if verb.dep_ == "relcl" and any(s.tag_ in {"WDT", "WP"} for s in subj):
        return [verb.head]
    return subj


def _controller(tok: Token) -> list[Token]:
    """The subject an infinitive takes from the verb above it ("the army claimed to have hit ...")."""
    if tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"}:
        return _kids(tok.head, "nsubj")
    return []


def _noun_agents(tok: Token) -> list[Token]:
    """Who carries out a noun event: its possessor or "by" object, or the subject of its light verb."""
    found = _kids(tok, "poss") + [
        g for p in _kids(tok, "prep") if p.lower_ == "by" for g in p.children if g.dep_ == "pobj"
    ]
    if tok.dep_ == "dobj":
        subj = _kids(tok.head, "nsubj")
        found += subj + [c for s in subj for c in s.conjuncts]
    return found


def is_modifier_of_thing(tok: Token, lex: Lexicon) -> bool:
    """An event noun that only modifies a noun naming a thing or a body ("attack helicopter", "strike force")."""
    return (
        tok.dep_ in {"compound", "nmod", "amod"}
        and tok.head.i > tok.i
        and tok.head.lemma_.lower() in lex.sense("not_event_compound_heads")
    )


def attempted_killing(tok: Token, lex: Lexicon) -> bool:
    """ "attempted murder", "a botched killing": an attack (KAIROS Conflict.Attack), not a death."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in lex.sense("attempt_modifiers") for c in tok.children)


def attack_kind(head: Token, lex: Lexicon) -> str | None:
    """Explosive, firearm, blade ... (`attack_kinds`): read off the trigger and its modifiers ("car bombing",
    "sniper attack"), else off who or what did it ("killed by a sniper's bullet", "a bomb killed two")."""
    lemma = head.lemma_.lower()
    words = {lemma, head.lower_} | {c.lemma_.lower() for c in head.children if c.dep_ in {"compound", "amod"}}
    subjects = _antecedents(_kids(head, "nsubj", "nsubjpass"), head) if head.pos_ == "VERB" else []
    helpers = _lemmas(_doers(head, subjects))
    kinds = lex.senses.get("attack_kinds", {})
    for found in (words, helpers):
        for kind, members in kinds.items():
            if found & set(members):
                return kind
    return None


def killing_by_someone(tok: Token, kind: str, lex: Lexicon) -> bool:
    """A death someone caused on purpose, which is an attack as well (ACE Conflict.Attack + Life.Die): "the slaying of
    Dr. Novak", "was murdered", "gunmen killed a guard", "killed by a sniper's bullet", "a bomb killed two". Not a
    death by illness, accident or disaster ("cancer killed him", "the crash killed two")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.sense("killing_words") or (kind == "verb" and lemma == "murder"):
        if kind in {"verb", "adj"}:
            return True  # "was murdered", "a slain doctor"
        victims = _kids(tok, "poss") + [g for p in _kids(tok, "prep") if p.lower_ == "of" for g in p.children]
        if lemma == "killing":
            return any(is_person_like(v, lex) for v in victims)
        # "the slaying", "Novak's murder", "the sniper slaying of a doctor"; not the bare noun of "justify murder"
        return bool(victims or _kids(tok, "det", "compound", "amod", "nummod"))
    if kind != "verb" or lemma != "kill" or any(o.lower_.endswith(("self", "selves")) for o in _kids(tok, "dobj")):
        return False  # "killed himself" is a suicide
    if tok.tag_ == "VBG" and _kids(tok, "poss"):
        return True  # "whose killing set off protests", "his killing": the gerund as the noun of a killing
    # "a car bomb that killed 20": the relative pronoun stands for the bomb
    doers = _doers(tok, _antecedents(_kids(tok, "nsubj"), tok))
    words = lex.sense("weapons") | lex.sense("attackers")
    return bool(_lemmas(doers) & words) or any(
        d.ent_type_ in {"PERSON", "NORP", "ORG"} for d in doers if d.dep_ in {"nsubj", "pobj"}
    )


def _doers(verb: Token, subjects: list[Token]) -> list[Token]:
    """Who or what did it: the subjects with their modifiers ("the gunman's rifle"), and the words of a "by" or
    "with" phrase, however the parser hung them ("by a sniper's bullet last autumn")."""
    found = [t for s in subjects for t in [s, *_kids(s, "compound", "poss")]]
    for p in _kids(verb, "agent", "prep"):
        if p.lower_ in {"by", "with"}:
            found += [t for t in p.subtree if t is not p and t.ent_type_ not in {"DATE", "TIME"}]
    return found


def nonfatal(tok: Token, lex: Lexicon) -> bool:
    """ "three non-fatal sniper attacks": an attack that killed no one (a toll of 0 killed)."""
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
    text = "".join(t.text_with_ws for t in tok.doc[mods[0].i : tok.i]).lower() if mods else ""
    return any(word in text.replace(" ", "") for word in lex.sense("nonfatal_modifiers"))


def lethal_attack(tok: Token, lex: Lexicon) -> bool:
    """ "was gunned down", "mowed down": an attack phrase that says its target was killed."""
    prt = particle(tok)
    return prt is not None and f"{tok.lemma_.lower()} {prt}" in lex.sense("lethal_attack_phrases")


def natural_force(subj: list[Token], lex: Lexicon) -> bool:
    """A subject that is a natural hazard ("the cyclone", "an earthquake", "Cyclone Idai", "floods"): what it
    strikes is struck by no attacker (`hazard_toll_causes`, the hazards whose tolls kg counts apart)."""
    hazards = lex.sense("hazard_toll_causes") | lex.sense("strike_not_subjects")
    return any(_lemmas([s, *_kids(s, "compound")]) & hazards for s in subj)


def _munition_phrase(tok: Token) -> str:
    """The lemmas of a noun and the modifiers before it, hyphens rejoined: "rubber-coated bullet", "tear gas"."""
    phrase = tokens(tok.doc)[tok.left_edge.i : tok.i + 1]  # iterating `doc[a:b]` makes each spaCy Token anew
    words = [t.lemma_.lower() for t in phrase if t.dep_ not in {"det", "nummod"}]
    return " ".join(words).replace(" - ", "-")


def crowd_control_only(tok: Token, objs: list[Token], lex: Lexicon) -> bool:
    """What is fired is crowd-control munitions and no weapon ("fired tear gas and water cannon", "rubber
    bullets were fired at the crowd"): no attack by news-dev's convention ("riot police had to use tear gas");
    "fired live rounds and tear gas" keeps its attack."""
    fired = objs or _kids(tok, "nsubjpass") or [g for p in _kids(tok, "prep") if p.lower_ == "with" for g in p.children]
    fired = [f for t in fired for f in (t, *t.conjuncts)]  # "fired on the crowd with tear gas" too
    munitions = lex.sense("crowd_control_munitions")

    def munition(f: Token) -> bool:
        return any(_munition_phrase(f) == m or _munition_phrase(f).endswith(" " + m) for m in munitions)

    found = [f for f in fired if munition(f)]
    return bool(found) and not _lemmas([f for f in fired if not munition(f)]) & lex.sense("weapons")


def figurative_storming(tok: Token, lex: Lexicon) -> bool:
    """ "stormed back to power", "storms back into parliament", "stormed to victory", "stormed into the final":
    a rush to a win or an office, no assault (`figurative_storm_goals`); "stormed out of the talks": a walkout."""
    if any(c.dep_ in {"advmod", "prt"} and c.lower_ == "back" for c in tok.children):
        return True
    if any(c.lower_ == "out" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "of" for c in tok.children):
        return True
    goals = lex.sense("figurative_storm_goals")
    return any(p.lower_ in {"to", "into"} and _lemmas(_kids(p, "pobj")) & goals for p in _kids(tok, "prep"))


def _has_particle(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in tok.children)


def particle_verb_lemmas(lex: Lexicon) -> frozenset[str]:
    """The verbs of `particle_attack_verbs` ("go" of "go off"): other verbs need no look at their particles."""

    def build(lex: Lexicon) -> frozenset[str]:
        table: object = lex.senses.get("particle_attack_verbs", {})
        return frozenset(k.split()[0] for k in table) if isinstance(table, dict) else frozenset()

    return lex.derived("@particle_verbs", build)


def particle(tok: Token) -> str | None:
    """A verb's particle: "went off", "gunned down"; also where the parser reads it as an adverb right after the
    verb ("the bomb went off, killing ...")."""
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in {"off", "down", "up"}):
            return c.lower_
    return None


def particle_attack(tok: Token, lex: Lexicon) -> bool:
    """Phrasal verbs of attack read off their particle and argument: a bomb "went off", militants "set off"
    a device, a missile "brought down" a plane (`particle_attack_verbs` in the lexicon)."""
    verbs: object = lex.senses.get("particle_attack_verbs", {})
    if not isinstance(verbs, dict) or tok.lemma_.lower() not in particle_verb_lemmas(lex):
        return False
    prt = particle(tok)
    if prt is None:
        return False
    frame = verbs.get(f"{tok.lemma_.lower()} {prt}") if isinstance(verbs, dict) else None
    if frame is None:
        return False
    role, _, kind = frame.partition("_")
    fillers = _kids(tok, "nsubj") if role == "subject" else _kids(tok, "dobj", "nsubjpass")
    words = lex.sense("weapons") if kind == "weapon" else lex.sense("aircraft")
    return bool(_lemmas(fillers) & words) or any(_lemmas(_kids(f, "compound")) & words for f in fillers)


def headline_strike(noun: Token, lex: Lexicon) -> bool:
    """A headline's verb "strike" read as the last noun of its subject's phrase: "Workers at Chile's Cerro Alto copper
    mine strike", "Nurses in Ontario strike over pay" (workers at or in a place, then the bare verb): a labour
    strike, not an attack, whatever "mine" says."""
    head = noun.head
    workers = head.head
    return (
        noun.dep_ == "pobj"
        and noun.tag_ in {"NN", "VBP"}  # the verb the parser still hangs on "at" as its object
        and head.lower_ in {"at", "in"}
        and (workers.lemma_.lower() in lex.sense("protest_labour_words") or workers.lemma_.lower().endswith("worker"))
        and unpunctuated(sent_of(noun))
    )


def _violent_sentence(tok: Token) -> bool:
    """Words of violence elsewhere in the sentence (`violent_context`): weapons, troops, killing."""
    violent = lexicon().sense("violent_context")
    return any(t.lemma_.lower() in violent for t in span_tokens(sent_of(tok)) if t.i != tok.i)


def explosive_passage(tok: Token, lex: Lexicon) -> bool:
    """ "A bomb ripped through the office building", "shrapnel tore through the market": a weapon going through
    a place is an attack. With an attack noun as subject ("an explosion ripped through"), the noun is the event."""
    if not any(p.lower_ == "through" for p in _kids(tok, "prep")):
        return False
    subjects = _kids(tok, "nsubj")
    words = lex.sense("weapons") | {"shrapnel", "explosive", "explosives"}
    return any(_lemmas([s]) & words or _lemmas(_kids(s, "compound")) & words for s in subjects)


def _storming_crowd(tok: Token, lex: Lexicon) -> bool:
    """A crowd, not armed men: "Trump supporters", "a mob", "hundreds of students"; not "hundreds of gunmen"."""
    armed = lex.sense("attackers") - {"man", "group"}
    of = [g for p in _kids(tok, "prep") if p.lower_ == "of" for g in _kids(p, "pobj")]
    if _lemmas([tok, *of]) & armed:
        return False
    return bool(_lemmas([tok, *of]) & lex.sense("protest_storming_crowds"))


def storming_subjects(verb: Token) -> list[Token]:
    """Who storms: the subject, a relative clause's noun, or the subject of the verb an infinitive hangs on
    ("protesters tried to storm city hall")."""
    subjects = _antecedents(_kids(verb, "nsubj"), verb) or _controller(verb)
    if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        return storming_subjects(verb.head)  # "gathered outside and stormed the building"
    return subjects


def stormed_by_crowd(verb: Token, lex: Lexicon) -> bool:
    """A crowd, not armed men, storms a building (CAMEO 145, protest violently; read as a protest by
    `acts.crowd_storming`): "Trump supporters storm Capitol", "hundreds of protesters stormed the parliament",
    "parliament stormed as police fire on protesters"; not "gunmen stormed the hotel", "security forces stormed
    the camp" (attacks)."""
    if verb.lemma_.lower() not in lex.sense("protest_storming_verbs"):
        return False
    if _kids(verb, "nsubjpass"):
        if _kids(verb, "agent"):
            return any(_storming_crowd(g, lex) for a in _kids(verb, "agent") for g in _kids(a, "pobj"))
        return bool(_lemmas(_kids(verb, "nsubjpass")) & lex.sense("protest_stormed_seats"))
    return any(_storming_crowd(s, lex) for s in storming_subjects(verb))
