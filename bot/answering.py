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
    role_words: tuple[tuple[str, str], ...]  # normalised English phrase -> German word
    topic_groups: dict[str, tuple[str, ...]]  # normalised alias -> all aliases of its group


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
        role_words=tuple(words),
        topic_groups=groups,
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
    ['generalsekretar']. Articles are dropped."""
    text = f" {norm} "
    for en, de in lexicon().role_words:
        text = text.replace(f" {en} ", f" {de} ")
    return [w for w in text.split() if w not in lexicon().role_articles]


def _role_word_matches(word: str, role_words: list[str]) -> bool:
    # Compounds: "generalsekretar" is in "natogeneralsekretar", "kanzler" in "bundeskanzler".
    return any(
        r == word or (len(word) >= 5 and (r.endswith(word) or r.startswith(word)))
        for r in role_words
    )


def role_score(words: list[str], role_norm: str) -> int:
    """How many of the question's role words a stored (normalised) role has."""
    role_words = role_norm.split()
    return sum(1 for w in words if _role_word_matches(w, role_words))


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
    if len(term) <= 3:
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


def mentions_topic(terms: tuple[str, ...], norm_text: str) -> bool:
    """Whether a normalised text speaks of the topic (any of its terms), fuzzily."""
    words = norm_text.split()
    for term in terms:
        if " " in term:
            if term in norm_text or fuzz.partial_ratio(term, norm_text) >= TOPIC_PHRASE_RATIO:
                return True
        elif _word_found(term, words):
            return True
    return False
