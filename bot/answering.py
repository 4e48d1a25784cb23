"""Word lists for answering, read once from answering.toml: name folding, role words and
cross-language topic aliases. Pure functions over normalised text; no I/O after loading.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.store import normalize

DATA_FILE = Path(__file__).resolve().parent / "answering.toml"
# A topic word at least this similar to a word of the text is found there (typos).
TOPIC_WORD_RATIO = 85.0
# Multi-word topics ("european union") are found by partial similarity of this much.
TOPIC_PHRASE_RATIO = 90.0


@dataclass(frozen=True)
class AnsweringLexicon:
    # (literal, replacement) for plain rules, (compiled pattern, replacement) otherwise
    fold_rules: tuple[tuple[str | re.Pattern[str], str], ...]
    role_articles: frozenset[str]
    role_fillers: frozenset[str]  # "von", "of", "new": no part of what a role is
    role_words: tuple[tuple[str, str], ...]  # normalised English phrase -> German word
    role_same: tuple[tuple[str, str], ...]  # word start -> the start of the same office
    role_qualifiers: tuple[str, ...]  # "vize", "shadow": another office than the one named
    topic_groups: dict[str, tuple[str, ...]]  # normalised alias -> all aliases of its group
    topic_stopwords: frozenset[str]  # words a several-word topic does not need
    topic_whole_words: frozenset[str]  # found only as words of their own ("zuge")
    false_friends: frozenset[str]  # "union": the CDU/CSU in German, a trade union in English
    claim_stopwords: frozenset[str]  # and the words a claim is found without


@cache
def lexicon() -> AnsweringLexicon:
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    rules = tuple(
        # Plain strings go through str.replace, which is much faster than re.sub.
        (p if re.escape(p) == p else re.compile(p), r)
        for p, r in data.get("names", {}).get("fold", [])
    )
    roles = data.get("roles", {})
    words = sorted(
        ((normalize(en), normalize(de)) for en, de in roles.get("words", [])),
        key=lambda pair: -len(pair[0]),
    )
    groups: dict[str, tuple[str, ...]] = {}
    for entry in data.get("topics", {}).get("aliases", []):
        group = tuple(dict.fromkeys(normalize(a) for a in entry if normalize(a)))
        for alias in group:
            groups[alias] = tuple(dict.fromkeys([*groups.get(alias, ()), *group]))
    return AnsweringLexicon(
        fold_rules=rules,
        role_articles=frozenset(normalize(a) for a in roles.get("articles", [])),
        role_fillers=frozenset(normalize(a) for a in roles.get("fillers", [])),
        role_words=tuple(words),
        role_same=tuple((normalize(a), normalize(b)) for a, b in roles.get("same", [])),
        role_qualifiers=tuple(normalize(q) for q in roles.get("qualifiers", [])),
        topic_groups=groups,
        topic_stopwords=frozenset(
            normalize(w) for w in data.get("topics", {}).get("stopwords", [])
        ),
        topic_whole_words=frozenset(
            normalize(w) for w in data.get("topics", {}).get("whole_words", [])
        ),
        false_friends=frozenset(
            normalize(w) for w in data.get("topics", {}).get("false_friends", [])
        ),
        claim_stopwords=frozenset(
            normalize(w) for w in data.get("claims", {}).get("stopwords", [])
        ),
    )


# --- names -------------------------------------------------------------------------------


@cache
def fold_word(word: str) -> str:
    """One normalised word in a spelling-neutral form: 'selenskyj' and 'zelenskyy' ->
    'selenski', 'wladimir' and 'vladimir' -> 'vladimir'. Cached: names repeat."""
    for pattern, repl in lexicon().fold_rules:
        if isinstance(pattern, str):
            if pattern in word:
                word = word.replace(pattern, repl)
        else:
            word = pattern.sub(repl, word)
    return word


def fold_name(norm: str) -> str:
    """fold_word on every word of a normalised name."""
    return " ".join(fold_word(w) for w in norm.split())


# --- roles -------------------------------------------------------------------------------


def role_query(norm: str) -> list[str]:
    """The words of a role question in the language roles are stored in: 'the nato
    secretary general' -> ['nato', 'generalsekretar']; 'der generalsekretar' ->
    ['generalsekretar']. Articles and fillers ('von', 'of') are dropped; names of one
    office are written one way ('ministerprasident' -> 'premierminister')."""
    lex = lexicon()
    text = f" {' '.join(_role_typo_fixed(w) for w in norm.split())} "
    for en, de in lex.role_words:
        text = text.replace(f" {en} ", f" {de} ")
    words = []
    for word in text.split():
        if word in lex.role_articles or word in lex.role_fillers:
            continue
        for start, same in lex.role_same:
            if word.startswith(start):
                word = same + word[len(start) :]
                break
        words.append(word)
    return words


@cache
def _role_vocabulary() -> frozenset[str]:
    return frozenset(w for en, _ in lexicon().role_words for w in en.split() if len(w) >= 5)


@cache
def _role_typo_fixed(word: str) -> str:
    """A word of a role question one typo away from a word of the English role phrases
    ("prime minster", "secretery general") written as that word."""
    vocabulary = _role_vocabulary()
    if len(word) < 5 or word in vocabulary:
        return word
    near = [v for v in vocabulary if OSA.distance(word, v) == 1]
    return near[0] if len(near) == 1 else word


@cache
def role_word_forms(word: str) -> tuple[str, ...]:
    """A role question's word and, for a country or region, its other names: 'bavarian'
    also finds 'Bayerns Innenminister', 'polnische' 'Polens Ministerpräsident'."""
    group = topic_terms(word)
    if word not in lexicon().topic_groups and not any(
        (word.startswith(a) and len(word) - len(a) <= 3) or fuzz.ratio(a, word) >= TOPIC_WORD_RATIO
        for a in group
        if a != word
    ):
        # "bahnchefin" starts with "bahn" but is no inflected (or misspelt) "Bahn": a
        # compound, whose theme's other words ("eisenbahn…") are no part of the role.
        group = (word,)
    return tuple(dict.fromkeys([word, *(a for a in group if " " not in a and len(a) >= 4)]))


def _role_word_matches(word: str, role_words: list[str]) -> bool:
    # Compounds: "generalsekretar" is in "natogeneralsekretar", "kanzler" in "bundeskanzler".
    # A feminine compound: "kanzler" in "bundeskanzlerin".
    return any(
        r == form
        or (len(form) >= 5 and (r.endswith(form) or r.startswith(form) or r.endswith(form + "in")))
        for form in role_word_forms(word)
        for r in role_words
    )


def role_matches(words: list[str], role_norm: str) -> list[bool]:
    """For each of the question's role words, whether a stored (normalised) role has it."""
    role_words = role_norm.split()
    return [_role_word_matches(w, role_words) for w in words]


def role_score(words: list[str], role_norm: str) -> int:
    """How many of the question's role words a stored (normalised) role has."""
    return sum(role_matches(words, role_norm))


def role_extra(words: list[str], role_norm: str) -> int:
    """How much more a stored role says than the question: its words the question lacks,
    and once more each that makes it another office ('shadow chancellor', 'Vizekanzler'
    for 'the chancellor'). Of roles that fit equally, the one with least extra fits best."""
    extra = 0
    for r in role_norm.split():
        if not any(_role_word_matches(w, [r]) for w in words):
            extra += 1
        for q in lexicon().role_qualifiers:
            # a short qualifier ("ex") only as a word of its own
            if (r == q or (len(q) >= 4 and r.startswith(q))) and not any(
                w == q or (len(q) >= 4 and w.startswith(q)) for w in words
            ):
                extra += 1
                break
    return extra


def has_false_friend(text: str) -> bool:
    """Whether a name or role asked for has a word that means another thing in the other
    language ("the union", "die Union")."""
    return any(w in lexicon().false_friends for w in normalize(text).split())


# --- topics ------------------------------------------------------------------------------


def topic_terms(topic: str) -> tuple[str, ...]:
    """The topic and, for a known country or organisation, its names in both languages."""
    norm = normalize(topic)
    if not norm:
        return ()
    groups = lexicon().topic_groups
    if norm in groups:
        return groups[norm]
    for alias, group in groups.items():
        # "Russlands", "Rusland": an inflected or misspelt known name.
        if (len(alias) >= 4 and norm.startswith(alias)) or (
            len(alias) >= 5 and fuzz.ratio(alias, norm) >= TOPIC_WORD_RATIO
        ):
            return tuple(dict.fromkeys([norm, *group]))
    return (norm,)


# Plural endings taken off a topic word, so that "taxes" finds "tax" and "Wahlen" finds
# "Wahl": (ending, the shortest stem it may leave). Tried in order; the first that fits.
_PLURAL_ENDINGS = (("ies", 4), ("es", 3), ("s", 4), ("en", 4), ("n", 5))


def topic_stem(term: str) -> str:
    """A one-word topic without a plural ending ('taxes' -> 'tax', 'renten' -> 'rent'),
    else the term itself. The stem is only ever used as a word or a word's start."""
    if " " in term or len(term) < 5:
        return term
    for ending, shortest in _PLURAL_ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= shortest:
            return term[: -len(ending)]
    return term


def _word_found(term: str, words: list[str]) -> bool:
    if len(term) <= 3 or term in lexicon().topic_whole_words:
        return term in words  # "eu", "un", "us": only as words of their own
    stem = topic_stem(term)
    for w in words:
        if w == term or w.startswith(term):
            return True  # inflected forms: "russlands", "ukrainischen"
        if stem != term and (w == stem or (len(stem) >= 4 and w.startswith(stem))):
            return True  # "taxes" in "the tax code", "Wahlen" in "Wahlkampf"
        if len(term) >= 5 and fuzz.ratio(term, w) >= TOPIC_WORD_RATIO:
            return True
    return False


def content_words(term: str) -> list[str]:
    """The words of a several-word topic that carry it: 'qualitat des bundnisses' ->
    ['qualitat', 'bundnisses']."""
    return [w for w in term.split() if w not in lexicon().topic_stopwords]


def mentions_topic(terms: tuple[str, ...], norm_text: str) -> bool:
    """Whether a normalised text speaks of the topic (any of its terms), fuzzily. A topic
    of several words is also found when each of its content words is ("die Qualität des
    Bündnisses" in "die Qualität dieses Bündnisses")."""
    words = norm_text.split()
    for term in terms:
        if " " in term:
            if term in norm_text or fuzz.partial_ratio(term, norm_text) >= TOPIC_PHRASE_RATIO:
                return True
            content = content_words(term)
            if content and all(_word_found(w, words) for w in content):
                return True
        elif _word_found(term, words):
            return True
    return False


# --- claims ------------------------------------------------------------------------------

# A claim's content word found in a quotation counts this much; a claim is said in a
# quotation when the found words reach CLAIM_SHARE of its content words.
CLAIM_SHARE = 0.5
# A claim this similar to a part of a quotation is said there whatever its words.
CLAIM_PHRASE_RATIO = 90.0


# English contractions: "haven't" is "have not", "they're" "they are": no content words.
_CONTRACTION_RE = re.compile(r"n['’]t\b|['’](?:s|re|ve|ll|d|m)\b", re.I)
_CONTRACTED_STEMS = frozenset({"ca", "wo", "sha"})  # "can't", "won't", "shan't"


def claim_words(claim: str) -> list[str]:
    """The content words of what someone is asked to have said: 'dass der Bund zahlen
    muss' -> ['bund', 'zahlen']; 'he would defend every inch' -> ['defend', 'every', 'inch'].
    A contraction's parts are no content words ("haven't", "they're")."""
    lex = lexicon()
    claim = _CONTRACTION_RE.sub(" ", claim)
    return [
        w
        for w in normalize(claim).split()
        if w not in _CONTRACTED_STEMS
        and w not in lex.topic_stopwords
        and w not in lex.claim_stopwords
    ]


def claim_terms(claim: str) -> tuple[tuple[str, ...], ...]:
    """Each content word of a claim with its other names, for claim_score: 'Russia' is
    also found as 'Russland'. Computed once per question."""
    return tuple(topic_terms(w) or (w,) for w in dict.fromkeys(claim_words(claim)))


def claim_score(terms: tuple[tuple[str, ...], ...], norm_claim: str, norm_text: str) -> float:
    """How much of a claim a quotation (normalised) says, 0-1: the share of its content
    words found there (inflected, in a compound's start, or misspelt), or 1 when the
    claim's words stand in it nearly as asked."""
    if not terms:
        return 0.0
    if len(norm_claim) >= 8 and fuzz.partial_ratio(norm_claim, norm_text) >= CLAIM_PHRASE_RATIO:
        return 1.0
    words = norm_text.split()
    found = sum(
        any(
            mentions_topic((alt,), norm_text) if " " in alt else _claim_word_found(alt, words)
            for alt in alts
        )
        for alts in terms
    )
    return found / len(terms)


def _claim_word_found(term: str, words: list[str]) -> bool:
    """A claim's word in a quotation's words: as a word, inflected or a compound's start
    ('steuern' in 'steuererhohungen'), a long one as a compound's end ('kontrollen' in
    'grenzkontrollen'), or misspelt with the same first letter. Stricter than a topic:
    'zahlen' is not found in 'erzahlen'."""
    if len(term) <= 3 or term in lexicon().topic_whole_words:
        return term in words
    stem = topic_stem(term)
    for w in words:
        if w == term or w.startswith(stem) or (len(term) >= 7 and w.endswith(term)):
            return True
        if len(term) >= 6 and w[:1] == term[:1] and fuzz.ratio(term, w) >= TOPIC_WORD_RATIO:
            return True
    return False
