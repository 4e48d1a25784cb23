"""RSS and Atom feeds: entries read with feedparser, and which entries were seen already.

An entry is identified by its feed and its id (else its link); it counts as seen when
that key was indexed before with the same entry hash (title, link, dates, summary,
content), so `quotebot watch` neither fetches nor extracts it again.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.ingest import IngestError, text_hash

# Entries whose own content is at least this long are taken as the article; shorter
# ones (teasers) are replaced by the page they link to.
FULL_CONTENT_CHARS = 400


@dataclass
class FeedEntry:
    feed: str  # the feed's address
    key: str  # entry id, else link
    digest: str  # hash of what the feed says about the entry
    link: str | None
    title: str | None
    date: str | None
    content: str | None  # HTML or text carried by the feed (content, else summary)
    full: bool  # content is the whole article (no need to fetch the link)

    @property
    def source(self) -> str:
        return self.link or f"{self.feed}#{self.key}"


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    if any(t in content_type for t in ("rss", "atom", "application/xml", "text/xml")):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)  # not entry.get: feedparser maps missing keys, warning
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def parse_feed(data: bytes, url: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document; IngestError when it is not a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise IngestError(f"{url}: not an RSS or Atom feed{detail}.")
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        key = entry.get("id") or link
        if not key:
            continue
        content = None
        if entry.get("content"):
            content = "\n".join(c.get("value", "") for c in entry["content"]) or None
        summary = entry.get("summary") or None
        body = content or summary
        full = bool(body) and (
            not link or (content is not None and len(content) >= FULL_CONTENT_CHARS)
        )
        described = json.dumps(
            [
                key,
                link,
                entry.get("title"),
                dict.get(entry, "updated"),
                dict.get(entry, "published"),
                body,
            ],
            ensure_ascii=False,
        )
        entries.append(
            FeedEntry(
                feed=url,
                key=key,
                digest=text_hash(described),
                link=link,
                title=entry.get("title") or None,
                date=_date(entry),
                content=body,
                full=full,
            )
        )
    return entries


_SEEN_SCHEMA = """
CREATE TABLE IF NOT EXISTS feed_entries (
    feed TEXT NOT NULL,
    entry TEXT NOT NULL,
    digest TEXT NOT NULL,
    source TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed, entry)
);
"""


class SeenEntries:
    """Feed entries indexed already, kept next to the index (its own table)."""

    def __init__(self, db: str) -> None:
        self._memory: dict[tuple[str, str], str] = {}
        self._conn: sqlite3.Connection | None = None
        if db != ":memory:":
            path = str(Path(db).expanduser())
            self._conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self._conn.executescript(_SEEN_SCHEMA)

    def snapshot(self) -> dict[tuple[str, str], str]:
        if self._conn is None:
            return dict(self._memory)
        rows = self._conn.execute("SELECT feed, entry, digest FROM feed_entries")
        return {(feed, entry): digest for feed, entry, digest in rows}

    def mark(self, entry: FeedEntry) -> None:
        self._memory[(entry.feed, entry.key)] = entry.digest
        if self._conn is not None:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            self._conn.execute(
                "INSERT INTO feed_entries (feed, entry, digest, source, seen_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed, entry) DO UPDATE SET"
                " digest = excluded.digest, source = excluded.source, seen_at = excluded.seen_at",
                (entry.feed, entry.key, entry.digest, entry.source, now),
            )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def parse_interval(text: str) -> float:
    """'15m', '30s', '2h', '1d' or plain seconds -> seconds; ValueError otherwise."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    factor = 1
    if text and text[-1] in units:
        factor = units[text[-1]]
        text = text[:-1]
    value = float(text)
    if value <= 0:
        raise ValueError("the interval must be positive")
    return value * factor
