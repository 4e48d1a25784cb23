"""Hand-built extractions for the store/ask/render/service tests (no spaCy needed).

The seed article's quotations are written out here as the extractor should find them,
so these tests do not depend on the extractor being finished.
"""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.ingest import article_from_text, content_hash
from bot.models import Article, Extraction, Person, Quote

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ebafc181cd285df9.txt"

AUSTIN_ROLE = "US-Verteidigungsminister"
STOLTENBERG_ROLE = "Nato-Generalsekretär"

ZENTIMETER_TEASER = (
    "Wir sind entschlossen, jeden Zentimeter unseres Hoheitsgebiets zu verteidigen, "
    "wenn es darum gehen wird."
)
ZENTIMETER_BODY = (
    "Wir sind entschlossen, jeden Zentimeter unseres Hoheitsgebiets zu verteidigen, "
    "wenn es darauf ankommt."
)
QUALITAET = (
    "Es spricht für die Qualität dieses Bündnisses und die Konzentration der Bündnismitglieder"
)
STOLZ = "Ich könnte nicht stolzer auf die geleistete Arbeit sein."
BOTSCHAFT = "sehr deutliche Botschaft"
RUECKGAENGIG = "diese Entscheidungen rückgängig zu machen"
GRUNDWERTE = "Es zeigt, dass wir für unsere Grundwerte einstehen müssen."
VERBUENDETE = (
    "Es ist eine sehr wichtige Botschaft, dass die Verbündeten und Partner der Nato der "
    "Ukraine zur Seite stehen werden, solange es nötig ist"
)


def settings(tmp_path: Path, **overrides: object) -> Settings:
    """Settings with a database in tmp_path; never reads the developer's .env values."""
    values: dict[str, object] = {
        "db": str(tmp_path / "db" / "quotes.sqlite3"),
        "corpus": str(tmp_path / "corpus"),
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def quote_at(
    text: str,
    quote: str,
    speaker: str | None,
    role: str | None = None,
    nth: int = 0,
    cue: str | None = "sagte",
) -> Quote:
    """A Quote whose offsets point at the nth occurrence of `quote` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Quote(
        text=quote,
        start=start,
        end=start + len(quote),
        speaker=speaker,
        speaker_text=speaker,
        role=role,
        cue=cue,
        sentence=quote,
    )


def seed_extraction(source: str | None = None) -> Extraction:
    """The seed article as the extractor should see it: Austin's teaser quotation twice."""
    text = SEED.read_text(encoding="utf-8")
    article = article_from_text(text, source or str(SEED))
    quotes = [
        quote_at(text, ZENTIMETER_TEASER, "Lloyd Austin", AUSTIN_ROLE, cue="ankündigt"),
        quote_at(text, BOTSCHAFT, "Jens Stoltenberg", STOLTENBERG_ROLE, cue="bezeichnet"),
        quote_at(text, RUECKGAENGIG, "Jens Stoltenberg", STOLTENBERG_ROLE),
        quote_at(text, GRUNDWERTE, "Jens Stoltenberg", STOLTENBERG_ROLE),
        quote_at(text, VERBUENDETE, "Jens Stoltenberg", STOLTENBERG_ROLE, cue="ergänzte"),
        quote_at(text, QUALITAET, "Lloyd Austin", AUSTIN_ROLE),
        quote_at(text, STOLZ, "Lloyd Austin", AUSTIN_ROLE),
        quote_at(text, ZENTIMETER_BODY, "Lloyd Austin", AUSTIN_ROLE, cue="kündigte an"),
    ]
    people = [
        Person("Jens Stoltenberg", aliases=["Stoltenberg"], roles=[STOLTENBERG_ROLE], gender="m"),
        Person("Lloyd Austin", aliases=["Austin"], roles=[AUSTIN_ROLE], gender="m"),
        Person("Wladimir Putin", aliases=["Putin"], roles=["Präsident"], gender="m"),
    ]
    return Extraction(article=article, quotes=quotes, people=people)


def extraction(
    source: str,
    quotes: list[tuple[str, str | None]],
    people: list[Person],
    date: str | None = "2023-01-01",
    title: str | None = None,
) -> Extraction:
    """A small article made of the given (quotation, speaker) pairs."""
    body = " ".join(f"„{q}“, sagte {s or 'jemand'}." for q, s in quotes) or "Kein Zitat."
    text = f" date {date} {body}" if date else body
    article = article_from_text(text, source)
    if title is not None:
        article.title = title
    records = []
    for q, s in quotes:
        records.append(quote_at(text, q, s))
    return Extraction(article=article, quotes=records, people=people)


def digest(ex: Extraction) -> str:
    return content_hash(ex.article.text)


def article(source: str, text: str) -> Article:
    return article_from_text(text, source)


def save_all(store, *extractions: Extraction) -> None:
    """Save extractions into a store, each under its own content hash."""
    for ex in extractions:
        store.save_extraction(ex, digest(ex))
