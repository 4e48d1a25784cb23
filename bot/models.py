"""Plain typed records passed between the layers. No I/O, no Telegram."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

QuoteType = Literal["direct", "partial", "indirect", "free_indirect", "reported"]


@dataclass
class Article:
    """One news article as read from a file (or other source)."""

    source: str  # the path or URL as given; the article's identity in the store
    text: str  # the full text, exactly as decoded (offsets index into this)
    title: str | None = None
    date: str | None = None  # ISO-ish: "2022-10" or "2022-10-13"
    url: str | None = None
    body_start: int = 0  # where the article proper starts (after a " date ..." marker)


@dataclass
class Quote:
    """One quotation found in an article. Offsets are indices into Article.text."""

    text: str
    start: int
    end: int
    type: QuoteType = "direct"
    speaker: str | None = None  # canonical name of the person (per article)
    speaker_text: str | None = None  # the mention as written ("er", "der Minister", ...)
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None  # "US-Verteidigungsminister"
    cue: str | None = None  # "sagte", "so", "laut", "said"
    cue_start: int | None = None
    cue_end: int | None = None
    sentence: str = ""  # the sentence(s) the quotation stands in, for context and topic search
    rule: str = ""  # which extraction rule found it (for tuning and debugging)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Person:
    """A person (or organisation) mentioned in one article."""

    name: str  # canonical: the longest form of the name in the article, without role
    aliases: list[str] = field(default_factory=list)  # other forms seen ("Stoltenberg")
    roles: list[str] = field(default_factory=list)  # "Nato-Generalsekretär"
    gender: str | None = None  # "m", "f" or None
    kind: str = "person"  # "person" | "org"


@dataclass
class Extraction:
    """What the extractor found in one article."""

    article: Article
    quotes: list[Quote]
    people: list[Person]  # everyone mentioned, quoted or not


@dataclass
class SpeakerRef:
    name: str
    role: str | None = None


@dataclass
class Candidate:
    name: str
    score: float
    # Which person this is, so a chat can offer a button per candidate; the role tells
    # two people of one name apart. Not part of equality: a candidate is its name+score.
    person_id: int | None = field(default=None, compare=False)
    role: str | None = field(default=None, compare=False)


@dataclass
class QuoteHit:
    """A quotation as it comes back from the store for an answer."""

    text: str
    speaker: str | None
    role: str | None
    type: str
    source: str
    date: str | None
    title: str | None = None
    sentence: str = ""
    # The speaker as the article names them ("ein Sprecher der Polizei"); shown when no
    # person's name stands for them.
    speaker_text: str | None = None


AnswerStatus = Literal[
    "ok",  # quotations found
    "mentioned_not_quoted",  # the person is in the index but never quoted
    "unknown_speaker",  # no such person; candidates hold close names
    "ambiguous",  # several people fit equally; candidates hold them
    "no_match",  # a phrase search found nothing
    "help",
    "speakers",  # a list of speakers (in candidates, score = number of quotations)
    "empty",  # nothing asked
    "no_more",  # "more" with nothing left to show
    "no_topic_match",  # the speaker is quoted, but never about the topic asked
    "need_name",  # a pronoun for a name ("what did he say"): whom does it mean?
]


@dataclass
class Answer:
    question: str
    # "speaker" | "check" | "phrase" | "topic" | "latest" | "speakers" | "help" | "empty"
    intent: str
    status: AnswerStatus
    speaker: SpeakerRef | None = None
    candidates: list[Candidate] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    total: int = 0  # number of quotations before paging
    offset: int = 0  # index of the first quotation in `quotes`
    query: str = ""  # the name or phrase that was looked up
    lang: str = "en"  # "de" or "en": the language of the question, for the reply's wording
    topic: str = ""  # "what did X say about Y": Y, as asked; only quotations about it
    # "was sagt die Polizei": no person is called so, but sources named so are quoted
    # ("ein Polizeisprecher", "laut Polizei"): the name asked, as the header shows it.
    source: str = ""
    # "did X say Y" (intent "check"): Y as asked, and whether any of X's quotations says
    # it (those come alone, best first; else all of X's quotations follow).
    claim: str = ""
    claim_found: bool = False
    # "what did X say last week": the first and last day (ISO) the question's time words
    # mean, and whether any quotation of an article dated then was found (those come
    # alone; else the newest, under a line that says so). None without time words.
    period: tuple[str, str] | None = None
    period_found: bool = False
    # "compare what X and Y said": the others asked about, whom the reply names as the
    # next question (one person is answered at a time).
    others: list[str] = field(default_factory=list)

    @property
    def shown(self) -> int:
        """How many items this page holds: quotations, or the names of a speaker list
        (which pages by `offset` and `total` the same way)."""
        return len(self.candidates) if self.status == "speakers" else len(self.quotes)

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, or None when this page is the last."""
        end = self.offset + self.shown
        return end if self.shown and end < self.total else None
