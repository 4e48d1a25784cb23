"""A question -> an Answer: intent, fuzzy speaker match, phrase search, paging.

Pure look-ups in the Store; no Telegram, no formatting (see render.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.answering import fold_name, fold_word, mentions_topic, role_query, role_score, topic_terms
from bot.config import Settings
from bot.models import Answer, Candidate, QuoteHit, SpeakerRef
from bot.store import PersonRow, Store, normalize

# Two people whose best scores are this close are equally good answers.
AMBIGUITY_MARGIN = 2.0
MAX_SUGGESTIONS = 5
# At most this many people are listed when a name (or role) fits several equally.
MAX_CANDIDATES = 10
# Only this many of the best-scoring people are looked up in the store and ranked.
MAX_RANKED = 50
# A misspelt word is looked up among at most this many similar name words.
MAX_FUZZY_WORDS = 40
# People sharing words with the question that are scored on their whole names, at most.
MAX_SCORED_PEOPLE = 3000
# "latest" pages through at most this many of the newest quotations.
MAX_LATEST = 50
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
    intent: str  # "speaker" | "phrase" | "latest" | "speakers" | "help" | "empty"
    query: str  # the name or phrase; "" for the other intents ("latest": name or "")
    lang: str = "en"  # "de" when the question was asked in a German form
    topic: str = ""  # "what did X say about Y": Y
    # The name as it would read without the topic split ("Karl-Theodor zu Guttenberg"
    # is a name, not Karl-Theodor on Guttenberg); tried too, the better name wins.
    whole: str = field(default="", compare=False)


_SLASH_RE = re.compile(r"^/(\w+)(?:@\w+)?(?:\s+(.*))?$", re.S)
_SLASH_INTENTS = {
    "quotes": "speaker",
    "zitate": "speaker",
    "who": "phrase",
    "wer": "phrase",
    "speakers": "speakers",
    "latest": "latest",
    "neueste": "latest",
    "help": "help",
    "start": "help",
    "hilfe": "help",
}

# Words that join a name and a topic: "what did X say about Y", "was sagte X über Y".
_TOPIC_EN = r"(?:about|regarding|concerning)"
_TOPIC_DE = r"(?:über|ueber|zu|zum|zur|bezüglich)"

# (pattern, intent, lang), tried in order on the cleaned question. Group "q" is the query,
# group "t" the topic, group "c" the word that joined them.
_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I | re.S), intent, lang)
    for p, intent, lang in [
        (r"^(?:help|hilfe)$", "help", "en"),
        (r"^(?:who(?:'s| is| gets| was| are)? (?:being )?quoted|who speaks)$", "speakers", "en"),
        (r"^(?:wer wird (?:hier )?zitiert|wer ist zitiert|wer wurde zitiert)$", "speakers", "de"),
        (
            r"^(?:the |show (?:me )?(?:the )?)?(?:latest|newest|most recent)"
            r"(?: quotes| quotations)?(?:(?: (?:from|by|of))? (?P<q>.+))?$",
            "latest",
            "en",
        ),
        (
            r"^(?:die |zeig (?:mir )?(?:die )?)?(?:neueste[nsr]?|aktuellste[nsr]?)"
            r"(?: zitate)?(?:(?: (?:von|vom))? (?P<q>.+))?$",
            "latest",
            "de",
        ),
        (r"^who (?:said|says|has said|did say|stated)[\s:,]+(?P<q>.+)$", "phrase", "en"),
        (r"^wer hat gesagt[\s:,]+(?P<q>.+)$", "phrase", "de"),
        (r"^wer hat (?P<q>.+?)[\s,]+gesagt$", "phrase", "de"),
        (r"^wer (?:sagte|sagt)[\s:,]+(?P<q>.+)$", "phrase", "de"),
        (
            r"^what (?:did|has|does|have|had) (?P<q>.+?) (?:say|said|says)"
            rf"(?: (?P<c>{_TOPIC_EN}) (?P<t>.+))?$",
            "speaker",
            "en",
        ),
        (rf"^what (?P<q>.+?) (?:said|says)(?: (?P<c>{_TOPIC_EN}) (?P<t>.+))?$", "speaker", "en"),
        (
            r"^(?:show (?:me )?)?(?:all )?quot(?:e|es|ations) (?:by|from|of) (?P<q>.+?)"
            rf"(?: (?P<c>{_TOPIC_EN}) (?P<t>.+))?$",
            "speaker",
            "en",
        ),
        (rf"^anything (?:by|from) (?P<q>.+?)(?: (?P<c>{_TOPIC_EN}) (?P<t>.+))?$", "speaker", "en"),
        (
            rf"^was hat (?P<q>.+?)(?: (?P<c>{_TOPIC_DE}) (?P<t>.+?))? (?:so )?gesagt$",
            "speaker",
            "de",
        ),
        (rf"^was (?:sagte|sagt) (?P<q>.+?)(?: (?P<c>{_TOPIC_DE}) (?P<t>.+))?$", "speaker", "de"),
        (
            rf"^(?:alle )?zitate (?:von|vom) (?P<q>.+?)(?: (?P<c>{_TOPIC_DE}) (?P<t>.+))?$",
            "speaker",
            "de",
        ),
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
            lang = "de" if m.group(1).lower() in {"zitate", "wer", "hilfe", "neueste"} else "en"
            if intent == "latest":
                return ParsedQuestion(intent, _clean(m.group(2) or ""), lang)
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
            groups = m.groupdict()
            query = _clean(groups.get("q") or "")
            if intent in {"speaker", "phrase"} and not query:
                return ParsedQuestion("empty", "", lang)
            topic = _clean(groups.get("t") or "")
            whole = f"{query} {groups['c']} {topic}" if topic else ""
            return ParsedQuestion(intent, query, lang, topic, whole)
    return ParsedQuestion("speaker", cleaned, "en")


@dataclass
class _NameIndex:
    """Every stored name and alias, normalised once per store version.

    Kept compact so a million quotations by 100,000 people open fast: a dict from each
    word (and its transliteration-folded form) to its owners is the blocking index, the
    word list is what rapidfuzz scans for typos, and only the few people that share a
    word with the question are scored on their whole names.
    """

    version: int
    forms: dict[int, list[str]] = field(default_factory=dict)  # person -> names
    owners: dict[str, list[int]] = field(default_factory=dict)  # word -> people using it
    words: list[str] = field(default_factory=list)  # keys of owners, for rapidfuzz
    # Blocking for typos: words by first letter and by last two letters. One typo rarely
    # changes both ends, and rapidfuzz then scans a few thousand words, not all.
    by_first: dict[str, list[str]] = field(default_factory=dict)
    by_last: dict[str, list[str]] = field(default_factory=dict)
    roles: list[tuple[str, list[int]]] | None = None  # normalised role -> people; lazy


def _build_index(store: Store) -> _NameIndex:
    # Tight loops on purpose: this runs over every name when the index is opened.
    forms: dict[int, list[str]] = defaultdict(list)
    owners: dict[str, list[int]] = defaultdict(list)
    for pid, norm in store.name_forms():
        forms[pid].append(norm)
        for word in norm.split():
            owners[word].append(pid)  # a repeated owner is harmless: hits are dicts
    for word in list(owners):
        folded = fold_word(word)
        if folded != word:
            owners[folded].extend(owners[word])
    index = _NameIndex(version=store.people_version(), forms=dict(forms), owners=dict(owners))
    index.words = list(index.owners)
    by_first: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    for word in index.words:
        by_first[word[0]].append(word)
        by_last[word[-2:]].append(word)
    index.by_first, index.by_last = dict(by_first), dict(by_last)
    return index


def _strip_articles(norm: str) -> str:
    words = norm.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    return " ".join(words)


_ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})


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
            topic=parsed.topic,
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
        if parsed.intent == "latest" and not parsed.query:
            return self._latest(base, offset, limit)
        return self._speaker(base, parsed, offset, limit)

    # --- speakers list -------------------------------------------------------------

    def _speakers(self, answer: Answer, offset: int, limit: int) -> Answer:
        answer.status = "speakers"
        # The list is short text; show more names than quotations per page.
        rows = self.store.speakers(limit=offset + max(limit, 20))
        answer.candidates = [Candidate(name, float(n)) for name, n in rows[offset:]]
        answer.total = self.store.count_speakers()
        return answer

    # --- newest quotations ---------------------------------------------------------

    def _latest(self, answer: Answer, offset: int, limit: int) -> Answer:
        hits = dedupe(self.store.latest_quotes(limit=MAX_LATEST))
        answer.total = len(hits)
        answer.quotes = hits[offset : offset + limit]
        answer.status = "ok" if hits else "no_match"
        return answer

    # --- finding the person --------------------------------------------------------

    def name_index(self) -> _NameIndex:
        version = self.store.people_version()
        if self._index is None or self._index.version != version:
            self._index = _build_index(self.store)
        return self._index

    def _word_hits(self, index: _NameIndex, word: str, cutoff: float) -> dict[int, float]:
        """People with a name word like `word` (or its folded form), with the best score."""
        keys = _unique_list([word, fold_word(word)])
        hits: dict[int, float] = {}
        exact = [k for k in keys if k in index.owners]
        if exact:
            for key in exact:
                for pid in index.owners[key]:
                    hits[pid] = 100.0
            return hits
        for key in keys:
            block = index.by_first.get(key[0], []) + index.by_last.get(key[-2:], [])
            for found, score, _ in process.extract(
                key,
                block,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=cutoff,
                limit=MAX_FUZZY_WORDS,
            ):
                for pid in index.owners[found]:
                    if score > hits.get(pid, -1.0):
                        hits[pid] = score
        return hits

    def _scored(self, norm: str) -> dict[int, float]:
        """Person id -> how well `norm` names them (0-100), for people that share a word
        with it (exactly, folded, or with a typo)."""
        index = self.name_index()
        cutoff = self.settings.suggest_threshold
        words = [w for w in norm.split() if len(w) >= 2] or norm.split()
        per_word = [self._word_hits(index, w, cutoff) for w in words]
        # Blocking: the people matching most of the question's words.
        matched: dict[int, int] = {}
        for hits in per_word:
            for pid in hits:
                matched[pid] = matched.get(pid, 0) + 1
        if not matched:
            return {}
        most = max(matched.values())
        pool = [pid for pid, n in matched.items() if n == most]
        if len(pool) > MAX_SCORED_PEOPLE:
            strength = {pid: sum(h.get(pid, 0.0) for h in per_word) for pid in pool}
            pool = sorted(pool, key=lambda pid: (-strength[pid], pid))[:MAX_SCORED_PEOPLE]
        choices: list[str] = []
        owner: list[int] = []
        for pid in pool:
            for form in index.forms.get(pid, ()):
                choices.append(form)
                owner.append(pid)
                folded = fold_name(form)
                if folded != form:
                    choices.append(folded)
                    owner.append(pid)
        best: dict[int, float] = {}

        def take(hits: list[tuple[str, float, int]], factor: float) -> None:
            for _, score, i in hits:
                pid = owner[i]
                if score * factor > best.get(pid, -1.0):
                    best[pid] = score * factor

        for query in _unique_list([norm, fold_name(norm)]):
            # Whole names, one typo or two anywhere ("jens stoltenbreg").
            take(
                process.extract(
                    query,
                    choices,
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=cutoff,
                    limit=None,
                ),
                1.0,
            )
            # Word order and extra words ("US-Verteidigungsminister Lloyd Austin"). Scaled
            # like WRatio does, so an exact name beats a name that is merely contained.
            take(
                process.extract(
                    query,
                    choices,
                    scorer=fuzz.token_set_ratio,
                    processor=None,
                    score_cutoff=cutoff / TOKEN_SET_SCALE,
                    limit=None,
                ),
                TOKEN_SET_SCALE,
            )
        if len(words) == 1:
            # One word: a first or last name, possibly misspelt ("stoltenbreg").
            for pid, score in per_word[0].items():
                if pid in pool and score > best.get(pid, -1.0):
                    best[pid] = score
        return best

    def match_people(self, query: str) -> list[tuple[PersonRow, float]]:
        """People whose name or alias is close to `query`, best first (score >= suggest).

        On equal scores the more quoted person comes first. Only the best
        MAX_RANKED are looked up and returned."""
        norm = normalize(query)
        if not norm:
            return []
        best = self._scored(norm)
        top = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RANKED]
        rows = self.store.people_by_ids([pid for pid, _ in top])
        ranked = sorted(
            ((rows[pid], score) for pid, score in top if pid in rows),
            key=lambda ps: (-ps[1], -ps[0].n_quotes, ps[0].id),
        )
        return ranked

    def match_role(self, query: str) -> list[tuple[PersonRow, float]]:
        """People whose stored role fits a role question ("the Nato secretary general",
        "der Generalsekretär"), best first; score = share of the role words found."""
        words = role_query(normalize(query))
        if not words:
            return []
        index = self.name_index()
        if index.roles is None:
            by_role: dict[str, list[int]] = {}
            for pid, role in self.store.role_forms():
                by_role.setdefault(normalize(role), []).append(pid)
            index.roles = list(by_role.items())
        scores: dict[int, int] = {}
        for role, people in index.roles:
            n = role_score(words, role)
            if n:
                for pid in people:
                    scores[pid] = max(scores.get(pid, 0), n)
        if not scores:
            return []
        top = max(scores.values())
        if top * 2 < len(words):
            return []  # fewer than half the words: not this role
        ids = sorted(pid for pid, n in scores.items() if n == top)[:MAX_RANKED]
        rows = self.store.people_by_ids(ids)
        score = round(100.0 * top / len(words), 1)
        return sorted(
            ((rows[pid], score) for pid in ids if pid in rows),
            key=lambda ps: (-ps[0].n_quotes, ps[0].id),
        )

    def _resolve(self, parsed: ParsedQuestion) -> tuple[list[tuple[PersonRow, float]], str]:
        """Matches for the question's name, and the topic left (the name may have eaten it)."""
        matches = self.match_people(parsed.query)
        topic = parsed.topic
        if topic and parsed.whole:
            whole = self.match_people(parsed.whole)
            if whole and whole[0][1] >= self.settings.name_threshold:
                if not matches or whole[0][1] > matches[0][1]:
                    return whole, ""
        return matches, topic

    def _speaker(self, answer: Answer, parsed: ParsedQuestion, offset: int, limit: int) -> Answer:
        matches, topic = self._resolve(parsed)
        answer.topic = topic
        threshold = self.settings.name_threshold
        if not matches or matches[0][1] < threshold:
            by_role = self.match_role(parsed.query)
            if len(by_role) == 1:
                matches = by_role
            elif by_role:
                answer.status = "ambiguous"
                answer.candidates = [_candidate(p, s) for p, s in by_role[:MAX_CANDIDATES]]
                return answer
            else:
                answer.status = "unknown_speaker"
                answer.candidates = [_candidate(p, s) for p, s in matches[:MAX_SUGGESTIONS]]
                return answer
        top_score = matches[0][1]
        tied = [(p, s) for p, s in matches if s >= threshold and top_score - s <= AMBIGUITY_MARGIN]
        if len(tied) > 1:
            answer.status = "ambiguous"
            answer.candidates = [_candidate(p, s) for p, s in tied[:MAX_CANDIDATES]]
            return answer
        person = matches[0][0]
        return self.person_answer(answer, person, offset, limit)

    def person_answer(self, answer: Answer, person: PersonRow, offset: int, limit: int) -> Answer:
        """One known person's quotations (about answer.topic, if set), newest first."""
        answer.speaker = SpeakerRef(person.name, person.roles[0] if person.roles else None)
        if person.n_quotes == 0:
            answer.status = "mentioned_not_quoted"
            # As with "speakers", the candidate's score is a count: here, of articles.
            answer.candidates = [_candidate(person, float(person.n_mentions))]
            return answer
        if answer.topic:
            terms = topic_terms(_strip_articles(normalize(answer.topic)))
            about = [
                hit
                for hit, norm_text in self.store.quotes_of_person_all(person.id)
                if mentions_topic(terms, norm_text)
                or (hit.sentence and mentions_topic(terms, normalize(hit.sentence)))
            ]
            hits = dedupe(about)
            answer.total = len(hits)
            answer.quotes = hits[offset : offset + limit]
            answer.status = "ok" if hits else "no_topic_match"
            return answer
        hits, total = self.store.quotes_for_person(person.id, limit=limit, offset=offset)
        answer.quotes = dedupe(hits)
        answer.total = total
        answer.status = "ok"
        return answer

    def ask_person(
        self, person_id: int, offset: int = 0, limit: int | None = None, topic: str = ""
    ) -> Answer:
        """A chosen person's quotations (e.g. from a button after an ambiguous answer)."""
        limit = self.settings.page_size if limit is None or limit <= 0 else limit
        rows = self.store.people_by_ids([person_id])
        answer = Answer(
            question=f"#{person_id}", intent="speaker", status="ok", offset=offset, topic=topic
        )
        person = rows.get(person_id)
        if person is None:
            answer.status = "unknown_speaker"
            return answer
        answer.query = person.name
        return self.person_answer(answer, person, max(offset, 0), limit)

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


def _candidate(person: PersonRow, score: float) -> Candidate:
    return Candidate(
        person.name,
        round(score, 1),
        person_id=person.id,
        role=person.roles[0] if person.roles else None,
    )


def _unique_list(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


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
