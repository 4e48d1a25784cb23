"""One indexing run: inputs -> tasks -> (worker processes) extraction -> the store.

The parent expands the inputs (folders, files, .jsonl lines, URLs, feeds) into tasks in
input order, skipping what the store holds unchanged where it can tell without
extracting. Tasks are read and extracted in the parent (`jobs=1`) or in `jobs` worker
processes, each with its own Extractor built once; results come back in task order and
only the parent writes, up to 64 articles (or half a second's worth) per transaction. Killing
the process at any moment therefore loses at most the batch being written, never
consistency.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.feeds import FeedEntry, looks_like_feed, parse_feed
from bot.ingest import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MARKDOWN_SUFFIXES,
    Fetched,
    IngestError,
    article_digest,
    article_from_html,
    count_jsonl_lines,
    fetch,
    is_url,
    iter_files,
    iter_jsonl,
    load_file,
)
from bot.models import Article, Extraction

log = logging.getLogger(__name__)

# Files whose title, date and URL come from their markup: those are hashed too.
STRUCTURED_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES


class Progress(Protocol):
    def set_total(self, total: int) -> None: ...

    def advance(self, n: int = 1) -> None: ...


class NoProgress:
    def set_total(self, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass
class Task:
    """One article to read and/or extract. Picklable: it may go to a worker process."""

    kind: str  # "file" | "article" | "page" | "link" | "done"
    label: str  # what failures are reported under (the path or address as named)
    source: str = ""
    known: str | None = None  # the content hash stored for `source`, if any
    path: str | None = None
    article: Article | None = None
    page: Fetched | None = None
    entry: FeedEntry | None = None
    result: Result | None = None  # kind "done": decided in the parent already


@dataclass
class Result:
    status: str  # "extracted" | "unchanged" | "failed"
    label: str
    extraction: Extraction | None = None
    digest: str = ""
    reason: str = ""
    note: str | None = None
    entry: FeedEntry | None = None


def _source_of(path: Path) -> str:
    """One article, one identity: the same file named relatively or absolutely is one source."""
    try:
        return str(path.expanduser().resolve())
    except OSError:
        return str(path)


# --- planning (parent) ---------------------------------------------------------------------


@dataclass
class Plan:
    """The inputs, expanded: files and .jsonl files found, pages and feed entries fetched."""

    items: list[tuple[str, object]] = field(default_factory=list)
    total: int = 0


def make_plan(
    inputs: Iterable[str | Path],
    seen: dict[tuple[str, str], str] | None = None,
    fetcher: Callable[[str], Fetched] = fetch,
) -> Plan:
    plan = Plan()
    for raw in inputs:
        if is_url(raw):
            name = str(raw)
            try:
                page = fetcher(name)
                if looks_like_feed(page.data, page.content_type):
                    entries = parse_feed(page.data, name)
                    plan.items.extend(("entry", e) for e in entries)
                    plan.total += len(entries)
                else:
                    plan.items.append(("page", page))
                    plan.total += 1
            except IngestError as exc:
                plan.items.append(("failed", (name, str(exc))))
                plan.total += 1
            continue
        for path in iter_files([raw]):
            if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
                plan.items.append(("jsonl", path))
                plan.total += count_jsonl_lines(path)
            else:
                plan.items.append(("file", path))
                plan.total += 1
    return plan


def iter_tasks(
    plan: Plan, known: dict[str, str], seen: dict[tuple[str, str], str] | None = None
) -> Iterator[Task]:
    """The plan as tasks, in order; what is decided without extracting comes as 'done'."""
    seen = seen or {}
    for kind, item in plan.items:
        if kind == "failed":
            label, reason = item  # type: ignore[misc]
            yield Task("done", label, result=Result("failed", label, reason=reason))
        elif kind == "file":
            path = item
            assert isinstance(path, Path)
            source = _source_of(path)
            yield Task("file", str(path), source=source, known=known.get(source), path=source)
        elif kind == "jsonl":
            path = item
            assert isinstance(path, Path)
            file_source = _source_of(path)
            for lineno, got in iter_jsonl(path, file_source):
                label = f"{path}: line {lineno}" if lineno else str(path)
                if isinstance(got, IngestError):
                    yield Task("done", label, result=Result("failed", label, reason=str(got)))
                    continue
                digest = article_digest(got, with_metadata=True)
                if known.get(got.source) == digest:
                    yield Task("done", label, result=Result("unchanged", label))
                else:
                    yield Task("article", label, source=got.source, article=got)
        elif kind == "page":
            page = item
            assert isinstance(page, Fetched)
            yield Task("page", page.url, source=page.url, known=known.get(page.url), page=page)
        elif kind == "entry":
            entry = item
            assert isinstance(entry, FeedEntry)
            label = entry.source
            if seen.get((entry.feed, entry.key)) == entry.digest:
                yield Task("done", label, result=Result("unchanged", label))
                continue
            yield Task(
                "link" if not entry.full else "article",
                label,
                source=entry.source,
                known=known.get(entry.source),
                entry=entry,
            )


def _entry_article(entry: FeedEntry) -> Article:
    """The article a feed entry carries in itself (its content, else its summary)."""
    text = entry.content or ""
    if "<" in text:
        try:
            article = article_from_html(
                f"<html><body><article>{text}</article></body></html>", entry.source
            )
            text = article.text
        except IngestError:
            from lxml import html as lxml_html

            text = lxml_html.fromstring(text).text_content().strip() if text.strip() else ""
    if not text.strip():
        raise IngestError(f"{entry.source}: the feed entry has no text.")
    return Article(
        source=entry.source, text=text, title=entry.title, date=entry.date, url=entry.link
    )


# --- reading and extracting (parent or worker) ----------------------------------------------


def run_task(task: Task, extractor) -> Result:
    """Read (if needed) and extract one task; never raises for a bad article."""
    if task.kind == "done":
        assert task.result is not None
        return task.result
    label = task.label
    note = None
    try:
        if task.kind == "file":
            assert task.path is not None
            loaded = load_file(task.path, task.source)
            article, note = loaded.article, loaded.note
            structured = Path(task.path).suffix.lower() in STRUCTURED_SUFFIXES
            digest = article_digest(article, with_metadata=structured)
        elif task.kind == "page":
            assert task.page is not None
            article = article_from_html(
                task.page.data, task.source, name=task.label, url=task.page.final_url
            )
            digest = article_digest(article, with_metadata=True)
        elif task.kind == "link":
            assert task.entry is not None and task.entry.link
            entry = task.entry
            try:
                page = fetch(entry.link)  # type: ignore[arg-type]
                article = article_from_html(
                    page.data, entry.source, name=entry.link, url=page.final_url
                )
            except IngestError:
                if not entry.content:
                    raise
                article = _entry_article(entry)  # the page is gone: its summary will do
            article.title = entry.title or article.title
            article.date = entry.date or article.date
            digest = article_digest(article, with_metadata=True)
        else:  # "article"
            if task.article is None and task.entry is not None:
                task.article = _entry_article(task.entry)
            assert task.article is not None
            article = task.article
            digest = article_digest(article, with_metadata=True)
    except IngestError as exc:
        return Result("failed", label, reason=str(exc), entry=task.entry)
    if task.known == digest:
        return Result("unchanged", label, note=note, entry=task.entry)
    try:
        extraction = extractor.extract(article)
    except Exception as exc:  # an extractor bug must not stop the whole run
        log.exception("extracting quotations from %s failed", article.source)
        reason = f"{label}: quotations could not be extracted ({type(exc).__name__}: {exc})."
        return Result("failed", label, reason=reason, note=note, entry=task.entry)
    return Result("extracted", label, extraction, digest, note=note, entry=task.entry)


_WORKER_EXTRACTOR = None


def _init_worker(extractor) -> None:
    global _WORKER_EXTRACTOR
    if extractor is None:
        from bot.extract import Extractor

        extractor = Extractor()
    _WORKER_EXTRACTOR = extractor


def _work(task: Task) -> Result:
    return run_task(task, _WORKER_EXTRACTOR)


def run_results(
    tasks: Iterable[Task],
    jobs: int,
    extractor_factory: Callable[[], object],
    given=None,
    total: int = 0,
) -> Iterator[Result]:
    """Results in task order: in this process (jobs <= 1), else in `jobs` workers.

    `given` is an extractor object handed to the workers as is (they are forked, so it
    is not pickled); None lets each worker build its own Extractor. `total`, the number
    of tasks if known, sizes the chunks sent to a worker at a time: one article a trip
    cost the main process more than writing the results (a third of its time on the
    WikiNews train set), while small runs still share out one article at a time."""
    if jobs <= 1:
        extractor = None
        for task in tasks:
            if task.kind == "done":
                yield run_task(task, None)
                continue
            if extractor is None:
                extractor = extractor_factory()
            yield run_task(task, extractor)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method != "fork":
        given = None  # a custom extractor cannot cross a spawn
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(given,)) as pool:
        chunk = max(1, min(8, total // (jobs * 16)))
        yield from pool.imap(_work, tasks, chunksize=chunk)


class Batcher:
    """Results in order, written to the store a batch at a time.

    `add` takes every result (extracted or not) and gives back, in order, those whose fate
    is settled, each with ('indexed'|'unchanged'|'failed', reason). Extracted articles are
    written together, one transaction per batch, when `size` of them wait or the oldest
    has waited `seconds`; `flush` settles the rest."""

    def __init__(self, store, size: int = 64, seconds: float = 0.5) -> None:
        self.store = store
        self.size = size
        self.seconds = seconds
        self._pending: list[Result] = []
        self._extracted = 0
        self._since = 0.0

    def add(self, result: Result) -> list[tuple[Result, str, str]]:
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append(result)
        if result.status == "extracted":
            self._extracted += 1
        if self._extracted >= self.size or time.monotonic() - self._since >= self.seconds:
            return self.flush()
        return []

    def flush(self) -> list[tuple[Result, str, str]]:
        pending, self._pending, self._extracted = self._pending, [], 0
        extracted = [r for r in pending if r.status == "extracted"]
        written: dict[int, bool | Exception] = {}
        if extracted:
            items = [(r.extraction, r.digest) for r in extracted]
            for r, got in zip(extracted, self.store.save_extractions(items), strict=True):
                written[id(r)] = got
        settled = []
        for r in pending:
            if r.status != "extracted":
                settled.append((r, r.status, r.reason))
                continue
            got = written.get(id(r))
            if isinstance(got, Exception):
                why = str(got) or type(got).__name__
                settled.append((r, "failed", f"{r.label}: could not be stored ({why})."))
            else:
                settled.append((r, "indexed" if got else "unchanged", ""))
        return settled
