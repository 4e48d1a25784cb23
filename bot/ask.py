"""A question -> an Answer: intent, fuzzy speaker match, phrase search, paging.

Pure look-ups in the Store; no Telegram, no formatting (see render.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.config import Settings
from bot.models import Answer, Candidate, QuoteHit, SpeakerRef
from bot.store import PersonRow, Store, normalize

# Two people whose best scores are this close are equally good answers.
AMBIGUITY_MARGIN = 2.0
MAX_SUGGESTIONS = 5
TOKEN_SET_SCALE = 0.95
# How many phrase hits are scored and paged through at most.
MAX_PHRASE_HITS = 200
# Near-duplicates in one answer (the same statement in two articles, or in a teaser and
# a body the extractor did not merge) are shown once.
DUPLICATE_RATIO = 90.0
# What the reply footer tells the user to type for the next page.
MORE_WORDS = frozenset({"more", "mehr", "weiter", "next"})


def is_more(text: str) -> bool:
    return text.strip(" .!?…").casefold() in MORE_WORDS


QUOTE_CHARS = "\"'„“”‚‘’»«›‹「」"


@dataclass
class ParsedQuestion:
    intent: str  # "speaker" | "phrase" | "speakers" | "help" | "empty"
    query: str  # the name or phrase; "" for the other intents
    lang: str = "en"  # "de" when the question was asked in a German form


_SLASH_RE = re.compile(r"^/(\w+)(?:@\w+)?(?:\s+(.*))?$", re.S)
_SLASH_INTENTS = {
    "quotes": "speaker",
    "zitate": "speaker",
    "who": "phrase",
    "wer": "phrase",
    "speakers": "speakers",
    "help": "help",
    "start": "help",
    "hilfe": "help",
}

# (pattern, intent, lang), tried in order on the cleaned question. Group "q" is the query.
_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I | re.S), intent, lang)
    for p, intent, lang in [
        (r"^(?:help|hilfe)$", "help", "en"),
        (r"^(?:who(?:'s| is| gets| was| are)? (?:being )?quoted|who speaks)$", "speakers", "en"),
        (r"^(?:wer wird (?:hier )?zitiert|wer ist zitiert|wer wurde zitiert)$", "speakers", "de"),
        (r"^who (?:said|says|has said|did say|stated)[\s:,]+(?P<q>.+)$", "phrase", "en"),
        (r"^wer hat gesagt[\s:,]+(?P<q>.+)$", "phrase", "de"),
        (r"^wer hat (?P<q>.+?)[\s,]+gesagt$", "phrase", "de"),
        (r"^wer (?:sagte|sagt)[\s:,]+(?P<q>.+)$", "phrase", "de"),
        (
            r"^what (?:did|has|does|have|had) (?P<q>.+?) (?:say|said|says)(?: about .*)?$",
            "speaker",
            "en",
        ),
        (r"^what (?P<q>.+?) (?:said|says)$", "speaker", "en"),
        (
            r"^(?:show (?:me )?)?(?:all )?quot(?:e|es|ations) (?:by|from|of) (?P<q>.+)$",
            "speaker",
            "en",
        ),
        (r"^anything (?:by|from) (?P<q>.+)$", "speaker", "en"),
        (r"^was hat (?P<q>.+?) (?:so )?gesagt$", "speaker", "de"),
        (r"^was (?:sagte|sagt) (?P<q>.+)$", "speaker", "de"),
        (r"^(?:alle )?zitate (?:von|vom) (?P<q>.+)$", "speaker", "de"),
    ]
]


def _clean(text: str) -> str:
    """Trim whitespace, trailing ?!. and quote marks around the whole text."""
    text = " ".join(text.split())
    prev = None
    while prev != text:
        prev = text
        text = text.strip().rstrip("?!.…").strip()
        if len(text) >= 2 and text[0] in QUOTE_CHARS and text[-1] in QUOTE_CHARS:
            text = text[1:-1]
    return text


def parse_question(text: str) -> ParsedQuestion:
    """Which kind of question this is, and the name or phrase it is about."""
    raw = " ".join((text or "").split())
    if not raw:
        return ParsedQuestion("empty", "")
    if raw == "?":
        return ParsedQuestion("help", "")
    m = _SLASH_RE.match(raw)
    if m:
        intent = _SLASH_INTENTS.get(m.group(1).lower())
        if intent is not None:
            lang = "de" if m.group(1).lower() in {"zitate", "wer", "hilfe"} else "en"
            query = _clean(m.group(2) or "") if intent in {"speaker", "phrase"} else ""
            if intent in {"speaker", "phrase"} and not query:
                return ParsedQuestion("empty", "", lang)
            return ParsedQuestion(intent, query, lang)
        # An unknown command: treat the rest as a name (or the command word itself).
        raw = m.group(2) or m.group(1)
    cleaned = _clean(raw)
    if not cleaned:
        return ParsedQuestion("empty", "")
    for pattern, intent, lang in _PATTERNS:
        m = pattern.match(cleaned)
        if m:
            query = _clean(m.groupdict().get("q") or "")
            if intent in {"speaker", "phrase"} and not query:
                return ParsedQuestion("empty", "", lang)
            return ParsedQuestion(intent, query, lang)
    return ParsedQuestion("speaker", cleaned, "en")


@dataclass
class _NameIndex:
    """Names and aliases normalised once per store version."""

    version: int
    people: dict[int, PersonRow]
    forms: list[str] = field(default_factory=list)  # whole names and aliases
    form_owner: list[int] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # single words of those names
    token_owner: list[int] = field(default_factory=list)


def _build_index(store: Store) -> _NameIndex:
    version = store.people_version()
    rows = store.all_people()
    index = _NameIndex(version=version, people={r.id: r for r in rows})
    for row in rows:
        seen_forms: set[str] = set()
        seen_tokens: set[str] = set()
        for form in [row.name, *row.aliases]:
            norm = normalize(form)
            if norm and norm not in seen_forms:
                seen_forms.add(norm)
                index.forms.append(norm)
                index.form_owner.append(row.id)
            for tok in norm.split():
                if len(tok) >= 2 and tok not in seen_tokens:
                    seen_tokens.add(tok)
                    index.tokens.append(tok)
                    index.token_owner.append(row.id)
    return index


class Asker:
    """Answers questions from one Store; the name index is rebuilt only when data changes."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._index: _NameIndex | None = None

    # --- entry point ---------------------------------------------------------------

    def ask(self, question: str, offset: int = 0, limit: int | None = None) -> Answer:
        parsed = parse_question(question)
        limit = self.settings.page_size if limit is None or limit <= 0 else limit
        offset = max(offset, 0)
        base = Answer(
            question=question,
            intent=parsed.intent,
            status="ok",
            query=parsed.query,
            offset=offset,
            lang=parsed.lang,
        )
        if parsed.intent == "empty":
            base.status = "empty"
            return base
        if is_more(question):
            # "more" reaches the core only when the chat has nothing left to page through.
            base.intent = "more"
            base.status = "no_more"
            base.lang = "de" if question.strip(" .!?…").casefold() in {"mehr", "weiter"} else "en"
            return base
        if parsed.intent == "help":
            base.status = "help"
            return base
        if parsed.intent == "speakers":
            return self._speakers(base, offset, limit)
        if parsed.intent == "phrase":
            return self._phrase(base, parsed.query, offset, limit)
        return self._speaker(base, parsed.query, offset, limit)

    # --- speakers list -------------------------------------------------------------

    def _speakers(self, answer: Answer, offset: int, limit: int) -> Answer:
        answer.status = "speakers"
        # The list is short text; show more names than quotations per page.
        rows = self.store.speakers(limit=offset + max(limit, 20))
        answer.candidates = [Candidate(name, float(n)) for name, n in rows[offset:]]
        answer.total = self.store.count_speakers()
        return answer

    # --- a person's quotations -----------------------------------------------------

    def name_index(self) -> _NameIndex:
        version = self.store.people_version()
        if self._index is None or self._index.version != version:
            self._index = _build_index(self.store)
        return self._index

    def match_people(self, query: str) -> list[tuple[PersonRow, float]]:
        """People whose name or alias is close to `query`, best first (score >= suggest)."""
        index = self.name_index()
        norm = normalize(query)
        if not norm:
            return []
        cutoff = self.settings.suggest_threshold
        best: dict[int, float] = {}

        def take(owner: list[int], hits: list[tuple[str, float, int]], factor: float) -> None:
            for _, score, i in hits:
                pid = owner[i]
                if score * factor > best.get(pid, -1.0):
                    best[pid] = score * factor

        n = max(50, MAX_SUGGESTIONS * 4)
        # Whole names, one typo or two anywhere ("jens stoltenbreg").
        take(
            index.form_owner,
            process.extract(
                norm, index.forms, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=n
            ),
            1.0,
        )
        # Word order and extra words ("US-Verteidigungsminister Lloyd Austin"). Scaled
        # like WRatio does, so an exact name beats a name that is merely contained.
        take(
            index.form_owner,
            process.extract(
                norm,
                index.forms,
                scorer=fuzz.token_set_ratio,
                processor=None,
                score_cutoff=cutoff / TOKEN_SET_SCALE,
                limit=n,
            ),
            TOKEN_SET_SCALE,
        )
        if len(norm.split()) == 1:
            # One word: a first or last name, possibly misspelt ("stoltenbreg").
            take(
                index.token_owner,
                process.extract(
                    norm,
                    index.tokens,
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=cutoff,
                    limit=n,
                ),
                1.0,
            )
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], -index.people[kv[0]].n_quotes, kv[0]))
        return [(index.people[pid], score) for pid, score in ranked]

    def _speaker(self, answer: Answer, query: str, offset: int, limit: int) -> Answer:
        matches = self.match_people(query)
        threshold = self.settings.name_threshold
        if not matches or matches[0][1] < threshold:
            answer.status = "unknown_speaker"
            answer.candidates = [
                Candidate(p.name, round(s, 1)) for p, s in matches[:MAX_SUGGESTIONS]
            ]
            return answer
        top_score = matches[0][1]
        tied = [(p, s) for p, s in matches if s >= threshold and top_score - s <= AMBIGUITY_MARGIN]
        if len(tied) > 1:
            answer.status = "ambiguous"
            answer.candidates = [Candidate(p.name, round(s, 1)) for p, s in tied]
            return answer
        person = matches[0][0]
        answer.speaker = SpeakerRef(person.name, person.roles[0] if person.roles else None)
        if person.n_quotes == 0:
            answer.status = "mentioned_not_quoted"
            # As with "speakers", the candidate's score is a count: here, of articles.
            answer.candidates = [Candidate(person.name, float(person.n_mentions))]
            return answer
        hits, total = self.store.quotes_for_person(person.id, limit=limit, offset=offset)
        answer.quotes = dedupe(hits)
        answer.total = total
        answer.status = "ok"
        return answer

    # --- who said a phrase ---------------------------------------------------------

    def _phrase(self, answer: Answer, phrase: str, offset: int, limit: int) -> Answer:
        scored = self.store.search_phrase(
            phrase, limit=MAX_PHRASE_HITS, threshold=self.settings.phrase_threshold
        )
        hits = dedupe([hit for hit, _ in scored])
        answer.total = len(hits)
        if not hits:
            answer.status = "no_match"
            return answer
        best = hits[0]
        if best.speaker:
            answer.speaker = SpeakerRef(best.speaker, best.role)
        answer.quotes = hits[offset : offset + limit]
        answer.status = "ok"
        return answer


def dedupe(hits: list[QuoteHit]) -> list[QuoteHit]:
    """Drop near-duplicates of one speaker, keeping the longer (or the earlier) one."""
    kept: list[tuple[QuoteHit, str]] = []
    for hit in hits:
        norm = normalize(hit.text)
        for i, (other, other_norm) in enumerate(kept):
            if other.speaker == hit.speaker and fuzz.ratio(norm, other_norm) >= DUPLICATE_RATIO:
                if len(hit.text) > len(other.text):
                    kept[i] = (hit, norm)  # the longer one takes the earlier one's place
                break
        else:
            kept.append((hit, norm))
    return [hit for hit, _ in kept]
