"""Generate `kg/extract/data/wordnet_events.json`: event words selected from WordNet 3.0 by its structure.

Development-time only: it reads the Debian package's files (`apt-get install -y wordnet-base`:
`/usr/share/wordnet/data.verb`, `index.verb`, `cntlist.rev`, ...); nothing is read from WordNet at run time.
The data file is committed, with WordNet's licence beside it (`kg/extract/data/wordnet_LICENSE`);
`tests/extract/test_wordnet_events.py` checks the committed file is what this script writes.

    python benchmarks/wordnet_events.py [--wordnet /usr/share/wordnet] [--check]

Words are chosen by WordNet's structure, never by the words of a news set: lexicographer files, seed synsets
and their troponyms, verb sentence frames, and the sense rank (WordNet orders a word's senses by their tag count
in the semantic concordance). `STOP` lists the words taken out, each under the class of reason it belongs to.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "extract" / "data" / "wordnet_events.json"

VERB_COMMUNICATION = 32  # lexicographer file numbers (WordNet's lexnames)
VERB_SOCIAL = 41
NOUN_COMMUNICATION = 10
NOUN_ACT = 4
# noun.animal, artifact, body, food, group, location, object, person, plant, substance: things, beings and places
NOUN_THINGS = {5, 6, 8, 13, 14, 15, 17, 18, 20, 27}
FRAME_THAT_CLAUSE = 26  # "Somebody ----s that CLAUSE"
FRAME_SOMEBODY_SOMEBODY = 9  # "Somebody ----s somebody"
FRAME_SOMEBODY_SOMETHING = 8  # "Somebody ----s something"
COMMON_SHARE = 0.5  # a sense is the word's common reading when tagged at least half as often as its most tagged

# Seed synsets (lemma, sense number as WordNet ranks it) whose troponyms judge someone or something: a person or
# body that does this to an object makes a statement of it ("rebuked the minister", "extolled the deal").
EVALUATION_SEEDS = [("criticize", 1), ("praise", 1), ("accuse", 1), ("congratulate", 1), ("denounce", 1)]

# Words taken out, by class of reason (each list is one class; the reason says why the class loses precision).
STOP: dict[str, dict[str, object]] = {
    "belief_filed_as_communication": {
        "reason": "verb.communication senses with a that-clause frame whose news reading is a belief, a guess or a "
        "pretence, not a report (cognition verbs are no statements); 'is supposed to' would read as a command",
        "words": "suppose suspect surmise reason extrapolate generalize specialize feign pretend dissemble bet".split(),
    },
    "hearsay": {
        "reason": "spreading a rumour has no speaker to report ('it has long been rumoured that')",
        "words": "rumor rumour".split(),
    },
    "decision_or_arrangement": {
        "reason": "senses whose clause or infinitive is a plan, a decision, a condition or a wish, not what was "
        "said ('arranged to meet', 'resolved to', 'volunteered to help', 'prayed that')",
        "words": "arrange resolve will predestine volunteer pray condition".split(),
    },
    "attention_or_deliberation": {
        "reason": "not attending to something, or weighing it in a discussion, is no report ('ignored the "
        "warnings', 'debated whether'); discussions are meetings' business",
        "words": "ignore disregard mind snub debate deliberate moot".split(),
    },
    "record_lesson_or_publicity": {
        "reason": "teaching, recording, publishing and telegraphy senses whose common news reading is a record, a "
        "lesson, an advertisement or a money transfer ('wired the money', 'recorded a loss')",
        "words": "teach record publicize advertise advertize bulletin telegraph wire cable heliograph pipe "
        "expose".split(),
    },
    "act_on_the_object": {
        "reason": "troponyms of the judging seeds whose object is acted on rather than judged in speech: legal "
        "and religious acts, bills, cheers and curses ('arraigned the suspect', 'cheered the team')",
        "words": "arraign impeach canonize canonise bill cheer curse barrage scald herald gush exalt glorify "
        "ensky".split(),
    },
}

NOUN_STOP: dict[str, dict[str, object]] = {
    "document_or_forecast": {
        "reason": "nouns whose news reading is a document, a notice or a forecast issued by a body or a service, "
        "not a speaker's act ('released a report', 'a weather forecast', 'a petition signed by 10,000')",
        "words": "report notice petition forecast prognosis specification promulgation commentary dogma "
        "tale pointer".split(),
    },
    "not_a_speech_act_in_news": {
        "reason": "derived nouns whose common news reading is no act of saying: a crime, a concession in talks, "
        "a repetition, market speculation, a rumour (nobody's statement)",
        "words": "crime concession repetition speculation rumor rumour exaction interposition".split(),
    },
    "instrument_of_another_kind": {
        "reason": "orders and injunctions are rulings or commands, kg's ruling kind and the curated verb 'order' "
        "('the court issued an injunction')",
        "words": "order injunction".split(),
    },
}

# Meetings: the kinds of gathering WordNet puts under meeting (sense 1, "a formally arranged gathering").
MEETING_SEEDS = [("meeting", 1)]
MEETING_STOP: dict[str, dict[str, object]] = {
    "institution_or_venue": {
        "reason": "gatherings whose news reading is a standing body, an academic event or a venue, often in a name "
        "('the party convention', 'the World Economic Forum', 'a seminar on'), or a nominating vote ('the Iowa "
        "caucuses': an election's)",
        "words": "conference convention forum seminar symposium colloquium caucus".split(),
    },
}

# Attacks: the troponyms of attack (verb sense 1, "launch an attack or assault on") and the hyponyms of attack
# (noun sense 1, "a military offensive") and shooting (noun sense 1). A verb is kept with a weapon or an attacker as
# its subject (`attacker_driven_verbs`), a noun in a violent context (`combat_nouns_needing_violence`).
ATTACK_VERB_SEEDS = [("attack", 1)]
ATTACK_NOUN_SEEDS = [("attack", 1), ("shooting", 1)]
ATTACK_STOP: dict[str, dict[str, object]] = {
    "figurative_or_no_violence": {
        "reason": "troponyms and hyponyms whose news reading is no violence: spoiling a plan ('torpedoed the "
        "deal'), evading a rule, pests, a sports or market move, an entry, a charge laid, a firing from a job, a "
        "jibe ('took potshots at the plan'), an entry ('a foray into discounting', 'its foray into Syria')",
        "words": "torpedo nuke circumvent infest slice pepper charge diversion infiltration interpenetration "
        "penetration countermove firing volley skeet trapshooting potshot foray".split(),
    },
    "crowd_control": {
        "reason": "tear gas and stones at a crowd are no attack by kg's conventions (sets a, b, f)",
        "words": "gas teargas pelt".split(),
    },
}


@dataclass
class Synset:
    offset: str
    lexfile: int
    words: list[tuple[str, int]]  # (lemma, lex_id)
    pointers: list[tuple[str, str, str, str]] = field(default_factory=list)  # (symbol, offset, pos, source/target)
    frames: list[tuple[int, int]] = field(default_factory=list)  # (frame number, word number; 0: every word)


def read_data(path: Path) -> dict[str, Synset]:
    out: dict[str, Synset] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, lexfile, _pos, w_cnt = fields[0], int(fields[1]), fields[2], int(fields[3], 16)
        i = 4
        words = []
        for _ in range(w_cnt):
            words.append((fields[i].lower(), int(fields[i + 1], 16)))
            i += 2
        p_cnt = int(fields[i])
        i += 1
        pointers = []
        for _ in range(p_cnt):
            pointers.append((fields[i], fields[i + 1], fields[i + 2], fields[i + 3]))
            i += 4
        frames = []
        if i < len(fields) and fields[i].isdigit():
            f_cnt = int(fields[i])
            i += 1
            for _ in range(f_cnt):
                frames.append((int(fields[i + 1]), int(fields[i + 2], 16)))
                i += 3
        out[offset] = Synset(offset, lexfile, words, pointers, frames)
    return out


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> its synsets, most frequent sense first."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
        out[lemma] = fields[6 + p_cnt : 6 + p_cnt + synset_cnt]
    return out


def read_counts(path: Path) -> dict[str, int]:
    """sense key -> its tag count in the semantic concordance (`cntlist.rev`)."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        key, _number, count = line.split()
        out[key] = int(count)
    return out


@dataclass
class WordNet:
    data: dict[str, Synset]
    index: dict[str, list[str]]
    counts: dict[str, int]
    pos: int  # 1 noun, 2 verb (the sense key's ss_type)

    def count(self, lemma: str, offset: str) -> int:
        syn = self.data[offset]
        lex_id = next(i for w, i in syn.words if w == lemma)
        return self.counts.get(f"{lemma}%{self.pos}:{syn.lexfile:02d}:{lex_id:02d}::", 0)

    def common(self, lemma: str, offset: str) -> bool:
        """The word's common reading: its first sense, or a sense tagged at least COMMON_SHARE times as often as
        the word's most tagged one (a word never tagged: its first sense only)."""
        senses = self.index.get(lemma, [])
        if offset not in senses:
            return False
        if senses[0] == offset:
            return True
        top = max(self.count(lemma, o) for o in senses)
        return top > 0 and self.count(lemma, offset) >= COMMON_SHARE * top


def has_frame(syn: Synset, lemma: str, frame: int) -> bool:
    numbers = {n for n, (w, _) in enumerate(syn.words, 1) if w == lemma}
    return any(f == frame and (w == 0 or w in numbers) for f, w in syn.frames)


def troponyms(data: dict[str, Synset], seed: str, pos: str = "v") -> set[str]:
    """The seed synset and every synset below it by the troponym (verbs) or hyponym (nouns, instances left out)
    pointer ("~"), transitively."""
    found, todo = set(), [seed]
    while todo:
        off = todo.pop()
        if off in found:
            continue
        found.add(off)
        todo.extend(o for sym, o, p, _ in data[off].pointers if sym == "~" and p == pos)
    return found


def words_below(wn: WordNet, seeds: list[tuple[str, int]], pos: str, stop: dict[str, dict[str, object]]) -> list[str]:
    """The single words of the seeds' synsets and of every synset below them, in their common reading, that
    no stop class takes out."""
    below: set[str] = set()
    for lemma, sense in seeds:
        below |= troponyms(wn.data, wn.index[lemma][sense - 1], pos)
    stopped = {w for cls in stop.values() for w in cls["words"]}  # type: ignore[union-attr]
    return sorted(set(common_words(wn, below)) - stopped)


def common_words(wn: WordNet, offsets: set[str]) -> dict[str, list[str]]:
    """Single-word lemmas of the synsets whose sense there is one of the word's common readings: lemma -> synsets."""
    out: dict[str, list[str]] = {}
    for off in sorted(offsets):
        for lemma, _ in wn.data[off].words:
            if "_" in lemma or "-" in lemma or not lemma.isalpha():
                continue
            if wn.common(lemma, off):
                out.setdefault(lemma, []).append(off)
    return out


def statement_verbs(wn: WordNet) -> dict[str, list[str]]:
    """Reporting verbs: verb.communication senses whose sentence frames take a that-clause ("acknowledged that",
    "conceded that", "retorted that"); and the troponyms of judging seeds with a person or thing as object
    ("rebuked the minister"). Communication verbs whose frames take neither (name, order, call) are left out."""
    data = wn.data
    clause = {
        off
        for off, syn in data.items()
        if syn.lexfile == VERB_COMMUNICATION and any(has_frame(syn, w, FRAME_THAT_CLAUSE) for w, _ in syn.words)
    }
    clause_words = {
        w for w, offs in common_words(wn, clause).items() if any(has_frame(data[o], w, FRAME_THAT_CLAUSE) for o in offs)
    }
    judged: set[str] = set()
    for lemma, sense in EVALUATION_SEEDS:
        judged |= troponyms(data, wn.index[lemma][sense - 1])
    judged = {off for off in judged if data[off].lexfile == VERB_COMMUNICATION}
    object_words = set(common_words(wn, judged))
    stop = {w for cls in STOP.values() for w in cls["words"]}  # type: ignore[union-attr]
    return {
        "clause": sorted(clause_words - object_words - stop),
        "object": sorted(object_words - stop),
    }


def misread_lemmas(wordnet: Path, words: set[str]) -> dict[str, str]:
    """The stems a lemmatiser gives the inflections WordNet lists as exceptions (`verb.exc`), when they are not
    the word: "extolled" -> "extoll", "averred" -> "averr" (a doubled consonant kept) -> the word."""
    out = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *bases = line.split()
        for base in bases:
            if base not in words:
                continue
            for ending in ("ed", "ing"):
                stem = form[: -len(ending)]
                if form.endswith(ending) and stem != base and stem not in words:
                    out[stem] = base
    return dict(sorted(out.items()))


def statement_nouns(verbs: WordNet, nouns: WordNet, words: set[str]) -> list[str]:
    """Reporting nouns: the nouns WordNet derives from the reporting senses of the statement verbs (the "+"
    pointer from the verb's own word: "rebuke", "assertion", "censure", "avowal"), in noun.communication or
    noun.act, in their common reading; not the -ing nominalisations (the parser reads them as the verb)."""
    judged: set[str] = set()
    for lemma, sense in EVALUATION_SEEDS:
        judged |= troponyms(verbs.data, verbs.index[lemma][sense - 1])
    stop = {w for cls in NOUN_STOP.values() for w in cls["words"]}  # type: ignore[union-attr]
    out: set[str] = set()
    for word in sorted(words):
        for off in verbs.index.get(word, []):
            syn = verbs.data[off]
            if syn.lexfile != VERB_COMMUNICATION or not verbs.common(word, off):
                continue
            if not (has_frame(syn, word, FRAME_THAT_CLAUSE) or off in judged):
                continue
            number = next(n for n, (w, _) in enumerate(syn.words, 1) if w == word)
            for sym, target, pos, source_target in syn.pointers:
                if sym != "+" or pos != "n" or int(source_target[:2], 16) != number:
                    continue
                noun_syn = nouns.data[target]
                noun = noun_syn.words[int(source_target[2:], 16) - 1][0]
                if noun_syn.lexfile not in (NOUN_COMMUNICATION, NOUN_ACT) or not noun.isalpha():
                    continue
                if noun.endswith("ing") or noun in stop or not nouns.common(noun, target):
                    continue
                out.add(noun)
    return sorted(out)


def act_nouns(nouns: WordNet) -> list[str]:
    """Single-word nouns one of whose common readings is an act or a message (noun.act, noun.communication):
    "decision", "ruling", "offer", "proposal", "operation"; not "crowd", "patient", "troops", "kidney". A reaction
    verb with such an object reacts to what someone did or said ("welcomed the judgment", "rejected the offer"). Not
    a noun whose first reading (its most tagged) is a thing, a being, a group or a place: "accepted admission
    papers" (a document handed over), "accepted the post"."""
    offsets = {off for off, syn in nouns.data.items() if syn.lexfile in {NOUN_ACT, NOUN_COMMUNICATION}}
    return sorted(
        lemma
        for lemma in common_words(nouns, offsets)
        if nouns.data[nouns.index[lemma][0]].lexfile not in NOUN_THINGS
    )


def build(wordnet: Path) -> dict:
    counts = read_counts(wordnet / "cntlist.rev")
    verbs = WordNet(read_data(wordnet / "data.verb"), read_index(wordnet / "index.verb"), counts, 2)
    statement = statement_verbs(verbs)
    nouns = WordNet(read_data(wordnet / "data.noun"), read_index(wordnet / "index.noun"), counts, 1)
    statement["nouns"] = statement_nouns(verbs, nouns, {w for ws in statement.values() for w in ws})
    statement["act_objects"] = act_nouns(nouns)
    meeting = {"nouns": words_below(nouns, MEETING_SEEDS, "n", MEETING_STOP)}
    attack = {
        "verbs": words_below(verbs, ATTACK_VERB_SEEDS, "v", ATTACK_STOP),
        "nouns": words_below(nouns, ATTACK_NOUN_SEEDS, "n", ATTACK_STOP),
    }
    return {
        "_doc": (
            "Event words from WordNet 3.0 (Princeton University; licence in wordnet_LICENSE beside this file), "
            "written by benchmarks/wordnet_events.py from the Debian package wordnet-base; do not edit by hand. "
            "A tier under event_lexicon.json: kg/extract/events/lexicon.py adds a word only where the curated "
            "lexicon has no such word of that part of speech, and the curated sense rules judge it. Chosen by "
            "WordNet's structure: a word's sense is taken when it is the word's first sense (WordNet orders "
            "senses by their tag count in the semantic concordance, cntlist.rev) or is tagged at least half as "
            "often as the word's most tagged sense: the word's common reading, as news uses it. "
            "statement.clause: verb.communication senses with the sentence frame 26 'Somebody ----s that CLAUSE' "
            "(reporting verbs: acknowledge, concede, retort); a statement only with a reported clause or "
            "quotation, as every curated speech verb outside the statement_verb_senses lists. statement.object: "
            "verb.communication troponyms of the judging seeds (criticize, praise, accuse, congratulate, denounce, "
            "sense 1): a statement with a direct object, the thing or person judged. Communication verbs whose "
            "frames take no content (name, order, call) and verb.cognition senses (believe, conclude) are not "
            "taken. statement.nouns: the nouns WordNet derives ('+') from those reporting senses, in "
            "noun.communication or noun.act (rebuke, avowal, censure), a statement only when a speaker issues it "
            "(the curated "
            "message_nouns_issuing_verbs rule), and not the nouns the curated light verbs read (criticism, promise). "
            "meeting.nouns: the hyponyms of meeting (noun sense 1, a formally arranged gathering: conclave, jirga, "
            "synod). attack.verbs: the troponyms of attack (verb sense 1), kept with a weapon or an attacker as "
            "subject; attack.nouns: the hyponyms of attack (noun sense 1, a military offensive) and shooting "
            "(sense 1), kept in a violent context. statement.act_objects: single-word nouns one of whose common "
            "readings is in noun.act or noun.communication (decision, offer, ruling, operation) and whose first "
            "reading is no thing, being, group or place (not paper, post): the object that "
            "makes a reaction verb (statement_verb_senses.act_objects: welcome, reject, accept) a statement. "
            "`stop`, `noun_stop`, `meeting_stop`, `attack_stop`: the words "
            "taken out, by "
            "class of reason. misread_lemmas: the stem a lemmatiser "
            "gives an irregular inflection of a word above (from verb.exc: 'extolled' read 'extoll'), read as the "
            "word."
        ),
        "source": "WordNet 3.0 (wordnet-base, Debian)",
        "stop": STOP,
        "noun_stop": NOUN_STOP,
        "meeting_stop": MEETING_STOP,
        "attack_stop": ATTACK_STOP,
        "statement": statement,
        "meeting": meeting,
        "attack": attack,
        "misread_lemmas": misread_lemmas(wordnet, {*statement["clause"], *statement["object"]}),
    }


def render(data: dict) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--check", action="store_true", help="only say whether the committed file is up to date")
    args = ap.parse_args(argv)
    text = render(build(args.wordnet))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from what WordNet gives")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
