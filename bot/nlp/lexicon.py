"""Language packs: word lists read from `<lang>.toml` and `names.toml` beside this file.

Adding a speech verb, a role or a name is an edit of those files, not of code.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple
from unicodedata import combining, normalize

LEXICON_DIR = Path(__file__).resolve().parent
LANGUAGES = ("de", "en")


def _lower_set(values: object) -> frozenset[str]:
    if not isinstance(values, list):
        return frozenset()
    return frozenset(str(v).lower() for v in values if str(v).strip())


class SpeechAct(NamedTuple):
    """One way a finite verb form sums up a speech act: 'forderte' alone, 'forderte …
    auf', 'sprach von', 'warf … vor'."""

    words: frozenset[str]  # one of them must follow the verb ('sprach von'); empty: none
    particle: str  # the separable particle that closes the clause ('warf … vor'); '' none


def _strip_accents(word: str) -> str:
    """'róisín' -> 'roisin': the letters without their accents."""
    return "".join(c for c in normalize("NFD", word) if not combining(c))


@dataclass(frozen=True)
class Lexicon:
    lang: str
    cue_forms: frozenset[str]  # every form that is a speech verb on its own
    strong_forms: frozenset[str]  # forms of verbs that report speech in any mood ('teilte … mit')
    separable: dict[str, frozenset[str]]  # finite form without particle -> its particles
    particles: frozenset[str]
    # 'geht … davon aus', 'ist … der Meinung': finite form -> words that complete the frame
    frames: dict[str, frozenset[str]]
    cue_nouns: frozenset[str]
    source_before: tuple[tuple[str, ...], ...]  # "laut X", "according to X"
    source_after: tuple[tuple[str, ...], ...]  # "X zufolge"
    source_first: frozenset[str]  # first words of all source phrases, for a quick test
    source_nouns: frozenset[str]  # 'nach Angaben', 'seiner Meinung nach': 'nach' names a source
    pron_male: frozenset[str]
    pron_female: frozenset[str]
    pron_plural: frozenset[str]
    determiners: frozenset[str]
    roles_male: frozenset[str]
    roles_female: frozenset[str]
    roles_neutral: frozenset[str]
    # roles only as the whole word: 'Zeuge' (not 'Flugzeuge')
    roles_whole_male: frozenset[str]
    roles_whole_female: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    non_quote: frozenset[str]
    abbreviations: frozenset[str]
    konjunktiv: frozenset[str]
    # 'er suche', 'der Betrieb verbringe': subjects before which a word in -e is Konjunktiv I
    konj_subjects: frozenset[str]
    konj_not_verbs: frozenset[str]
    konj_inverted: frozenset[str]  # 'Derzeit suche man': subjects that may follow the verb
    stopwords: frozenset[str]  # function words that are capitalised at a sentence start
    given_male: frozenset[str]
    given_female: frozenset[str]
    given_unisex: frozenset[str]
    given_ambiguous: frozenset[str]
    name_particles: frozenset[str]
    # passive voice: 'wurden gebeten' / 'were told' -- the subject is not the speaker
    passive_aux: frozenset[str] = frozenset()
    agent_preps: frozenset[str] = frozenset()  # 'von', 'durch', 'by': the agent follows
    quoted_passive: frozenset[str] = frozenset()  # 'X wurde zitiert': X is the speaker
    participles: frozenset[str] = frozenset()  # irregular participles ('told', 'said')
    pron_dem_male: frozenset[str] = frozenset()  # 'dieser' standing alone as a subject
    pron_dem_female: frozenset[str] = frozenset()
    origin_preps: frozenset[str] = frozenset()  # 'aus Regierungskreisen verlautete'
    named_org_heads: frozenset[str] = frozenset()  # 'die Nachrichtenagentur Reuters'
    # 'ließ … erklären': a finite form of lassen -> the speech verbs it reports with
    let_speak: dict[str, frozenset[str]] = field(default_factory=dict)
    anaphoric_objects: frozenset[str] = frozenset()  # 'Dies bestätigte X': what was just said
    relative_sources: frozenset[str] = frozenset()  # 'Berichte, wonach …'
    decision_forms: frozenset[str] = frozenset()  # 'beschloss, … zu': no report with 'ob'
    # 'In dem Brief heißt es: „…“': a verb with an impersonal 'es' and no speaker; the
    # place after one of `document_preps` is where the words stand
    impersonal_cues: frozenset[str] = frozenset()
    document_preps: frozenset[str] = frozenset()
    # 'einer am Donnerstag veröffentlichten Studie': an adverbial inside a noun phrase
    attributive_preps: frozenset[str] = frozenset()
    address_forms: frozenset[str] = frozenset()  # 'forderte X auf': X is spoken to
    # 'Die Zeitung zitiert den Minister mit den Worten': the object said the words
    quoting_forms: frozenset[str] = frozenset()
    # 'Sie sei davon ausgegangen, dass …': what the subject believed, theirs in any report
    belief_forms: frozenset[str] = frozenset()
    media_heads: frozenset[str] = frozenset()  # 'sagte der Deutschen Presse-Agentur': addressee
    epithets: frozenset[str] = frozenset()  # 'die SPD-Politikerin': the person just named
    # 'went according to plan', 'shared according to size': heads after a source phrase
    # that make it a manner, not a source
    source_not_heads: frozenset[str] = frozenset()
    # 'the author of "Dry Ledger"': nouns before 'of' that make the quoted text a title
    non_quote_makers: frozenset[str] = frozenset()
    # 'ein Spruchband: „…“': nouns whose quotation after a colon is written on them
    non_quote_signs: frozenset[str] = frozenset()
    cue_lemmas: frozenset[str] = frozenset()  # the speech verbs' infinitives ('sagen')
    # 'Sen. Wade Holloway', 'Cllr Rebecca Thorley': an abbreviated title that is an office
    office_titles: dict[str, str] = field(default_factory=dict)
    # 'der österreichische Innenminister', 'die frühere Ministerin': adjective stems kept
    # with the role ('-isch' adjectives are kept anyway)
    role_adjectives: frozenset[str] = frozenset()
    # 'forderte ein Verbot', 'sprach von einem Erfolg': a speech act summed up; verb form
    # -> the ways it does so
    speech_acts: dict[str, tuple[SpeechAct, ...]] = field(default_factory=dict)
    # 'forderte 92 Menschenleben': objects that make the verb no speech act
    speech_act_not: frozenset[str] = frozenset()
    _role_cache: dict[str, tuple[bool, str | None]] = field(default_factory=dict, compare=False)
    _org_cache: dict[str, bool] = field(default_factory=dict, compare=False)
    _source_cache: dict[str, bool] = field(default_factory=dict, compare=False)

    # --- questions asked per token ------------------------------------------------------

    def is_cue(self, lower: str) -> bool:
        return lower in self.cue_forms

    def given_gender(self, lower: str) -> str | None:
        """'m', 'f', '?' (a given name of either gender) or None (not a given name)."""
        first = lower.split("-", 1)[0]
        if first in self.given_male:
            return "m"
        if first in self.given_female:
            return "f"
        if first in self.given_unisex:
            return "?"
        if not first.isascii():
            # 'siobhán', 'róisín', 'seán': the list holds the folded spelling too
            folded = _strip_accents(first)
            if folded != first:
                return self.given_gender(folded)
        return None

    def role(self, lower: str) -> tuple[bool, str | None]:
        """Is the word a role noun ('Minister', 'US-Verteidigungsministerin')? And its gender.

        Compounds count by their head: a word that ends in a listed role is that role.
        A German feminine form is the masculine one plus -in.
        """
        hit = self._role_cache.get(lower)
        if hit is not None:
            return hit
        result: tuple[bool, str | None] = (False, None)
        word = lower.rsplit("-", 1)[-1] if "-" in lower else lower
        for cand in (lower, word):
            if cand in self.roles_female:
                result = (True, "f")
                break
            if cand in self.roles_male:
                result = (True, "m")
                break
            if cand in self.roles_neutral:
                result = (True, None)
                break
            if cand in self.roles_whole_male:
                result = (True, "m")
                break
            if cand in self.roles_whole_female:
                result = (True, "f")
                break
        else:
            result = self._role_by_suffix(word)
        self._role_cache[lower] = result
        return result

    def listed_role(self, lower: str) -> bool:
        """Is the word (or its last hyphen part) a listed role, not only a compound ending
        in one ('Minister', 'co-founder'; not 'Reisinger' for 'singer')?"""
        word = lower.rsplit("-", 1)[-1]
        return any(
            cand in roles
            for cand in (lower, word)
            for roles in (
                self.roles_female,
                self.roles_male,
                self.roles_neutral,
                self.roles_whole_male,
                self.roles_whole_female,
            )
        )

    def _role_by_suffix(self, word: str) -> tuple[bool, str | None]:
        if len(word) < 5:
            return (False, None)
        for i in range(1, len(word) - 3):
            tail = word[i:]
            if tail in self.roles_female:
                return (True, "f")
            if tail in self.roles_male:
                return (True, "m")
            if tail.endswith("in") and tail[:-2] in self.roles_male and len(tail) > 6:
                return (True, "f")
            if tail in self.roles_neutral:
                return (True, None)
        return (False, None)

    def is_org(self, lower: str) -> bool:
        hit = self._org_cache.get(lower)
        if hit is None:
            # a compound counts by its head: any suffix of 5+ letters that is a listed head
            hit = _by_head(lower, self.org_heads, stem=1)
            self._org_cache[lower] = hit
        return hit

    def is_source_noun(self, lower: str) -> bool:
        """'Angaben', 'Polizeiangaben', 'UNO-Angaben': a noun that makes 'nach' a source.

        A compound counts by its head, but only after a stem of four letters or more, so
        that 'Antworten' does not count as 'worten'."""
        hit = self._source_cache.get(lower)
        if hit is None:
            hit = _by_head(lower, self.source_nouns, stem=4)
            self._source_cache[lower] = hit
        return hit


def _by_head(lower: str, heads: frozenset[str], stem: int) -> bool:
    """Is the word (or its last hyphen part) one of `heads`, or a compound ending in one
    of 5+ letters after a stem of at least `stem` letters ('Polizeiangaben')?"""
    word = lower.rsplit("-", 1)[-1]
    return word in heads or any(word[i:] in heads for i in range(stem, len(word) - 4))


def _verb_words(table: object) -> dict[str, set[str]]:
    """A table of verbs with the words that complete them ('geht … aus', 'sprach … von'):
    each finite form -> the words that may follow it."""
    out: dict[str, set[str]] = {}
    for entry in (table or {}).values() if isinstance(table, dict) else ():
        if isinstance(entry, dict):
            for form in _lower_set(entry.get("finite")):
                out.setdefault(form, set()).update(_lower_set(entry.get("words")))
    return out


def _speech_acts(table: object) -> dict[str, tuple[SpeechAct, ...]]:
    """The [speech_acts] table: verb form -> its SpeechAct readings."""
    out: dict[str, list[SpeechAct]] = {}
    for entry in (table or {}).values() if isinstance(table, dict) else ():
        if not isinstance(entry, dict):
            continue
        act = SpeechAct(_lower_set(entry.get("words")), str(entry.get("particle", "")).lower())
        for form in _lower_set(entry.get("finite")):
            out.setdefault(form, []).append(act)
    return {k: tuple(v) for k, v in out.items()}


def _phrases(values: object) -> tuple[tuple[str, ...], ...]:
    if not isinstance(values, list):
        return ()
    out = {tuple(str(v).lower().split()) for v in values if str(v).strip()}
    return tuple(sorted(out, key=len, reverse=True))  # longest first


def _read(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@cache
def load_lexicon(lang: str, directory: str | None = None) -> Lexicon:
    """The language pack for `lang` ('de' or 'en'), loaded once."""
    base = Path(directory or os.environ.get("QUOTEBOT_LEXICON_DIR") or LEXICON_DIR)
    data = _read(base / f"{lang}.toml")
    names = _read(base / "names.toml")

    strong = _lower_set((data.get("cue_strength") or {}).get("strong"))
    cue_forms: set[str] = set()
    strong_forms: set[str] = {"so"} if lang == "de" else set()
    decision = _lower_set((data.get("cue_strength") or {}).get("decision"))
    decision_forms: set[str] = set()
    address = _lower_set((data.get("cue_strength") or {}).get("address"))
    address_forms: set[str] = set()
    quoting = _lower_set((data.get("cue_strength") or {}).get("quoting"))
    quoting_forms: set[str] = set()
    belief = _lower_set((data.get("cue_strength") or {}).get("belief"))
    belief_forms: set[str] = set()
    for lemma, forms in (data.get("cue_verbs") or {}).items():
        cue_forms |= _lower_set(forms)
        if lemma.lower() in decision:
            decision_forms |= _lower_set(forms)
        if lemma.lower() in address:
            address_forms |= _lower_set(forms)
        if lemma.lower() in quoting:
            quoting_forms |= _lower_set(forms)
        if lemma.lower() in belief:
            belief_forms |= _lower_set(forms)
        if lemma.lower() in strong:
            strong_forms |= _lower_set(forms)
    separable: dict[str, set[str]] = {}
    particles: set[str] = set()
    for lemma, entry in (data.get("separable") or {}).items():
        if not isinstance(entry, dict):
            continue
        if lemma.lower() in strong:
            strong_forms |= _lower_set(entry.get("finite")) | _lower_set(entry.get("joined"))
        if lemma.lower() in address:
            address_forms |= _lower_set(entry.get("finite")) | _lower_set(entry.get("joined"))
        particle = str(entry.get("particle", "")).lower()
        if not particle:
            continue
        particles.add(particle)
        for form in _lower_set(entry.get("finite")):
            separable.setdefault(form, set()).add(particle)
        cue_forms |= _lower_set(entry.get("joined"))
    frames = _verb_words(data.get("cue_frames"))
    speech_acts = _speech_acts(data.get("speech_acts"))
    # A separable verb's finite form alone ("teilte") is not a cue: only with its
    # particle ("teilte ... mit"), which the extractor checks in the clause.

    def table(name: str, key: str) -> frozenset[str]:
        return _lower_set((data.get(name) or {}).get(key))

    roles = data.get("roles") or {}
    sources = data.get("source_phrases") or {}
    return Lexicon(
        lang=lang,
        cue_forms=frozenset(cue_forms),
        cue_lemmas=_lower_set(list((data.get("cue_verbs") or {}).keys())),
        strong_forms=frozenset(strong_forms),
        separable={k: frozenset(v) for k, v in separable.items()},
        particles=frozenset(particles),
        frames={k: frozenset(v) for k, v in frames.items()},
        let_speak={k: frozenset(v) for k, v in _verb_words(data.get("cue_let_speak")).items()},
        cue_nouns=table("cue_nouns", "words"),
        source_before=_phrases(sources.get("before")),
        source_after=_phrases(sources.get("after")),
        source_first=frozenset(
            ph[0] for ph in _phrases(sources.get("before")) + _phrases(sources.get("after"))
        )
        | _lower_set(sources.get("relative")),
        relative_sources=_lower_set(sources.get("relative")),
        source_nouns=table("source_nouns", "words"),
        pron_male=table("pronouns", "male"),
        pron_female=table("pronouns", "female"),
        pron_plural=table("pronouns", "plural"),
        pron_dem_male=table("pronouns", "demonstrative_male"),
        pron_dem_female=table("pronouns", "demonstrative_female"),
        origin_preps=table("source_phrases", "origin"),
        named_org_heads=table("named_organisations", "heads"),
        anaphoric_objects=table("source_phrases", "anaphoric"),
        impersonal_cues=table("source_phrases", "impersonal"),
        document_preps=table("source_phrases", "document"),
        attributive_preps=table("source_phrases", "attributive"),
        decision_forms=frozenset(decision_forms),
        address_forms=frozenset(address_forms),
        quoting_forms=frozenset(quoting_forms),
        belief_forms=frozenset(belief_forms),
        media_heads=table("media", "heads"),
        epithets=table("epithets", "words"),
        speech_acts=speech_acts,
        speech_act_not=_lower_set((data.get("speech_acts") or {}).get("not_objects")),
        determiners=table("determiners", "words"),
        roles_male=_lower_set(roles.get("male")),
        roles_female=_lower_set(roles.get("female")),
        roles_neutral=_lower_set(roles.get("neutral")),
        roles_whole_male=_lower_set(roles.get("whole_male")),
        roles_whole_female=_lower_set(roles.get("whole_female")),
        titles=table("titles", "words"),
        office_titles={
            k.lower(): v for k, v in ((data.get("titles") or {}).get("offices") or {}).items()
        },
        role_adjectives=_lower_set(roles.get("adjectives")),
        org_heads=table("organisations", "heads"),
        non_quote=table("non_quote", "words"),
        non_quote_makers=table("non_quote", "makers"),
        non_quote_signs=table("non_quote", "signs"),
        source_not_heads=table("source_phrases", "not_heads"),
        abbreviations=table("abbreviations", "words"),
        konjunktiv=table("konjunktiv", "words"),
        konj_subjects=table("konjunktiv", "subjects"),
        konj_not_verbs=table("konjunktiv", "not_verbs"),
        konj_inverted=table("konjunktiv", "inverted_subjects"),
        stopwords=table("stopwords", "words"),
        given_male=_lower_set(names.get("male")),
        given_female=_lower_set(names.get("female")),
        given_unisex=_lower_set(names.get("unisex")),
        given_ambiguous=_lower_set(names.get("ambiguous")),
        name_particles=_lower_set((names.get("surname_particles") or {}).get("words")),
        passive_aux=table("passive", "aux"),
        agent_preps=table("passive", "agent"),
        quoted_passive=table("passive", "keep_subject"),
        participles=table("passive", "participles"),
    )
