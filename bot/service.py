"""The facade the CLI, the terminal chat and the Telegram handlers call.

Indexing: files -> Article -> Extraction -> Store, a batch of articles per transaction
(each in a savepoint of its own), so a bad file is reported and skipped and never costs
what was already indexed.
Answering: a question -> Asker -> Answer (rendering is render.py's job).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from bot.ask import Asker
from bot.config import Settings
from bot.extract import Extractor
from bot.feeds import SeenEntries
from bot.indexer import (
    Batcher,
    NoProgress,
    Progress,
    Result,
    iter_tasks,
    make_plan,
    run_results,
)
from bot.ingest import (
    FETCH_TIMEOUT,
    MAX_FETCH_BYTES,
    Fetched,
    IngestError,
    article_digest,
    article_from_html,
    article_from_markdown,
    article_from_text,
    check_text,
    content_hash,
    decode_bytes,
    fetch,
    is_url,
    looks_binary,
)
from bot.models import Answer, Article, Extraction
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class IndexReport:
    """What one indexing run did. quotes and people count what the newly indexed
    articles contained (people as the extractor listed them, per article)."""

    articles: int = 0  # files looked at
    indexed: int = 0  # new or changed, now stored
    skipped: int = 0  # stored already with the same content
    quotes: int = 0
    people: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, one-sentence reason)
    # Read, but worth a word (e.g. not UTF-8): (source, one sentence).
    notes: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: IndexReport) -> None:
        self.articles += other.articles
        self.indexed += other.indexed
        self.skipped += other.skipped
        self.quotes += other.quotes
        self.people += other.people
        self.failed.extend(other.failed)
        self.notes.extend(other.notes)


@dataclass
class TextIndexed:
    """What indexing one article given as text did (see Quotebot.index_text)."""

    source: str
    indexed: bool  # False: stored already with the same content, nothing changed
    # Who is quoted in it and how often, most quoted first; None is an unknown speaker.
    speakers: list[tuple[str | None, int]] = field(default_factory=list)

    @property
    def quotes(self) -> int:
        return sum(n for _, n in self.speakers)


class UrlError(IngestError):
    """A web page that could not be indexed. The message is one sentence naming the
    address; `kind` says what went wrong, for a chat to word it in its own language:
    "timeout", "too_large", "status" (the server answered 4xx/5xx), "unreachable",
    "not_article" (not HTML or text: a PDF, an image, a feed), "no_text" (no article
    text found in it) or "failed" (anything else)."""

    def __init__(self, message: str, kind: str, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.detail = detail  # the content type for "not_article", the status for "status"


# Content types read as a web page, as plain text and as Markdown; others are refused.
HTML_TYPES = {"text/html", "application/xhtml+xml"}
PLAIN_TYPES = {"text/plain"}
MARKDOWN_TYPES = {"text/markdown", "text/x-markdown"}


def _fetch_error(exc: IngestError) -> UrlError:
    """What kind of failure a fetch() IngestError is (fetch raises them `from None`, so
    the httpx error is still the context)."""
    import httpx

    if isinstance(exc, UrlError):
        return exc
    message = str(exc)
    context = exc.__context__
    if isinstance(context, httpx.TimeoutException):
        kind = "timeout"
    elif isinstance(context, httpx.HTTPError):
        kind = "unreachable"
    elif "too large" in message or "larger than" in message:
        kind = "too_large"
    elif "the server answered" in message:
        kind = "status"
    else:
        kind = "failed"
    detail = ""
    if kind == "status":
        detail = message.split("the server answered", 1)[1].strip(" .")
    return UrlError(message, kind, detail)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


class Quotebot:
    """Store + extractor + asker behind one object. Also a context manager."""

    def __init__(self, settings: Settings, extractor: Extractor | None = None) -> None:
        self.settings = settings
        self.store = Store(settings.db)
        self._extractor = extractor  # created on first use: loading spaCy is slow
        self.asker = Asker(self.store, settings)

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor()
        return self._extractor

    # --- indexing ------------------------------------------------------------------

    def index_paths(self, paths: Iterable[str | Path]) -> IndexReport:
        """Index files and folders; new or changed files only; failures are reported."""
        return self.index(paths)

    def index(
        self,
        inputs: Iterable[str | Path],
        *,
        jobs: int = 1,
        progress: Progress | None = None,
        fetcher: Callable[[str], Fetched] = fetch,
    ) -> IndexReport:
        """Index files, folders (recursively), .jsonl files, web pages and RSS/Atom feeds.

        New or changed articles only; feed entries seen before are not fetched again.
        `jobs` > 1 reads and extracts in that many worker processes; this process alone
        writes, a batch of articles per transaction. Every failure is reported, never raised.
        """
        progress = progress or NoProgress()
        report = IndexReport()
        plan = make_plan(inputs, fetcher=fetcher)
        progress.set_total(plan.total)
        # Feed entries seen before live in a table of their own, opened only for feeds.
        has_feeds = any(kind == "entry" for kind, _ in plan.items)
        seen_entries = SeenEntries(self.settings.db if has_feeds else ":memory:")
        try:
            known = self.store.article_hashes()
            tasks = iter_tasks(plan, known, seen_entries.snapshot())
            results = run_results(
                tasks,
                jobs,
                lambda: self.extractor,
                given=self._extractor,
                total=plan.total,
            )
            batcher = Batcher(self.store)
            for result in results:
                for settled in batcher.add(result):
                    self._account(report, *settled, seen_entries)
                progress.advance()
            for settled in batcher.flush():
                self._account(report, *settled, seen_entries)
        finally:
            seen_entries.close()
        return report

    def _account(
        self, report: IndexReport, result: Result, status: str, reason: str, seen: SeenEntries
    ) -> None:
        report.articles += 1
        if result.note:
            report.notes.append((result.label, result.note))
        if result.status == "extracted":
            if status == "indexed":
                assert result.extraction is not None
                report.indexed += 1
                report.quotes += len(result.extraction.quotes)
                report.people += len(result.extraction.people)
        if status == "unchanged":
            report.skipped += 1
        if status == "failed":
            report.failed.append((result.label, reason))
        elif result.entry is not None:
            seen.mark(result.entry)

    def index_text(self, text: str, source: str) -> TextIndexed:
        """Index one article given as text (pasted or uploaded in a chat) under `source`.

        The path files take: a leading " date YYYY-MM" marker gives the date, then
        extraction and one transaction in the store; the same text again changes nothing,
        new text under the same source replaces the article. Raises IngestError for empty
        text; a store or extractor error propagates (nothing is stored then).
        """
        if not text.strip():
            raise IngestError(f"{source}: is empty.")
        return self._indexed(source, self._index_article(article_from_text(text, source)))

    def index_url(
        self,
        url: str,
        *,
        timeout: float = FETCH_TIMEOUT,
        max_bytes: int = MAX_FETCH_BYTES,
        fetcher: Callable[..., Fetched] = fetch,
    ) -> TextIndexed:
        """Fetch one web page (within `timeout` seconds and `max_bytes`, as `index` does),
        take its article text out (trafilatura for HTML) and index it under its address.

        The same page again changes nothing; a changed page replaces the article. Every
        failure to get an article is a UrlError (one sentence, and its kind); a store or
        extractor error propagates (nothing is stored then).
        """
        if not is_url(url):
            raise UrlError(f"{url}: not an http(s) address.", "failed")
        try:
            page = fetcher(url, timeout=timeout, max_bytes=max_bytes)
        except IngestError as exc:
            raise _fetch_error(exc) from None
        media = _media_type(page.content_type)
        data = page.data
        if not media and data.lstrip()[:1] == b"<":
            media = "text/html"  # no Content-Type, but markup
        if looks_binary(data):
            raise UrlError(
                f"{url}: is not text, whatever its content type says.", "not_article", media
            )
        try:
            if media in HTML_TYPES:
                if not data.strip():
                    raise UrlError(f"{url}: the page is empty.", "no_text")
                article = article_from_html(data, url, name=url, url=page.final_url)
                digest = article_digest(article, with_metadata=True)  # as `index` stores pages
            elif media in PLAIN_TYPES | MARKDOWN_TYPES:
                text, _ = decode_bytes(data, url)
                check_text(text, url)
                if media in MARKDOWN_TYPES:
                    article = article_from_markdown(text, url, name=url)
                    article.url = article.url or page.final_url
                    digest = article_digest(article, with_metadata=True)
                else:
                    article = article_from_text(text, url)
                    article.url = page.final_url
                    digest = content_hash(article.text)
            else:
                shown = media or "no content type"
                raise UrlError(f"{url}: is {shown}, not a web page or text.", "not_article", shown)
        except UrlError:
            raise
        except IngestError as exc:
            raise UrlError(str(exc), "no_text") from None
        return self._indexed(url, self._index_article(article, digest))

    def _indexed(self, source: str, extraction: Extraction | None) -> TextIndexed:
        if extraction is None:
            return TextIndexed(source, indexed=False)
        counts = Counter(quote.speaker for quote in extraction.quotes)
        # Most quoted first; ties by name, the unknown speaker last.
        speakers = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
        return TextIndexed(source, indexed=True, speakers=speakers)

    def _index_article(self, article: Article, digest: str | None = None) -> Extraction | None:
        """Extract and store one article in one transaction; None when it is unchanged.
        `digest` is the content hash to store (default: the text's)."""
        digest = digest or content_hash(article.text)
        if self.store.article_hash(article.source) == digest:
            return None
        extraction = self.extractor.extract(article)
        return extraction if self.store.save_extraction(extraction, digest) else None

    def ensure_corpus(self) -> IndexReport:
        """Index the configured corpus folder (new or changed files only)."""
        corpus = Path(self.settings.corpus).expanduser()
        if not corpus.exists():
            return IndexReport(
                failed=[(str(corpus), f"{corpus}: the corpus folder does not exist.")]
            )
        return self.index_paths([corpus])

    # --- answering -----------------------------------------------------------------

    def ask(self, question: str, offset: int = 0, limit: int | None = None) -> Answer:
        """The answer to one question; `limit` quotations per page (default: the setting)."""
        return self.asker.ask(question, offset=offset, limit=limit)

    def ask_person(
        self,
        person_id: int,
        offset: int = 0,
        topic: str = "",
        claim: str = "",
        period: tuple[str, str] | None = None,
    ) -> Answer:
        """One person's quotations by id: the choice after an ambiguous answer."""
        return self.asker.ask_person(
            person_id, offset=offset, topic=topic, claim=claim, period=period
        )

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    # --- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Quotebot:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
