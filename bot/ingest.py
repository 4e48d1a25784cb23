"""Files and folders -> Article records. Reading only; no extraction, no storage."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.models import Article

SUPPORTED_SUFFIXES = {".txt", ".md", ".text"}
MAX_BYTES = 20 * 1024 * 1024

# dpa-style exports start with " date 2022-10 " (or a full date) before the text.
DATE_MARKER_RE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")


class IngestError(Exception):
    """A file that cannot be read as an article; the message is one sentence."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and supported files in folders (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    if not any(part.startswith(".") for part in child.relative_to(path).parts):
                        yield child
        else:
            yield path


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 with newlines untouched, or raise IngestError."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file.") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror}).") from None
    if path.is_dir():
        raise IngestError(f"{path}: is a folder, not a file.")
    if size > MAX_BYTES:
        raise IngestError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is 20 MB).")
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except UnicodeDecodeError:
        raise IngestError(f"{path}: not UTF-8 text.") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror}).") from None
    if "\x00" in text:
        raise IngestError(f"{path}: looks like a binary file, not text.")
    if not text.strip():
        raise IngestError(f"{path}: is empty.")
    return text


def article_from_text(text: str, source: str) -> Article:
    """An Article from raw text; a leading ' date YYYY-MM' marker gives its date."""
    date = None
    body_start = 0
    m = DATE_MARKER_RE.match(text)
    if m:
        date = m.group(1)
        body_start = m.end()
    # A short first line without a full stop is a headline; a long one is the teaser.
    title = None
    first_line = text[body_start:].lstrip().split("\n", 1)[0].strip()
    if first_line and len(first_line) <= 120 and first_line[-1] not in '.!?:;,“"»':
        title = first_line
    return Article(source=source, text=text, title=title, date=date, body_start=body_start)


def read_article(path: str | Path) -> Article:
    """Read one file as an Article (source is the path as given)."""
    return article_from_text(read_text(Path(path)), str(path))
