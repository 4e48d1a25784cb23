"""Export and import of an index (JSON Lines or CSV), and pruning articles whose files
are gone.

JSON Lines: one object per line with a "kind": "article" (source, title, date, url,
content hash), "person" (name, aliases, roles, the articles mentioning them) and
"quote" (speaker, role, text, type, source, title, date, start, end, sentence,
speaker_text, cue, duplicate_of). CSV: the quotations only, one row each.

Importing a JSON Lines export into an empty index rebuilds it exactly (same ids, same
answers); into an index that has articles already, or from CSV, each article goes
through Store.save_extraction like a freshly indexed one (people merged, duplicates
looked for anew), unchanged articles skipped.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bot.ingest import content_hash
from bot.models import Article, Extraction, Person, Quote
from bot.store import Store

CSV_FIELDS = [
    "speaker",
    "role",
    "text",
    "type",
    "source",
    "title",
    "date",
    "start",
    "end",
    "sentence",
    "speaker_text",
    "cue",
    "duplicate",
]


class ExportFileError(Exception):
    """An export file that cannot be read; the message is one sentence."""


def export_jsonl(store: Store, out: TextIO) -> dict[str, int]:
    counts = {"article": 0, "person": 0, "quote": 0}
    for record in store.export_records():
        counts[record["kind"]] += 1
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return counts


def export_csv(store: Store, out: TextIO) -> dict[str, int]:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    counts = {"article": 0, "person": 0, "quote": 0}
    for record in store.export_records():
        counts[record["kind"]] += 1
        if record["kind"] != "quote":
            continue
        row = {k: record.get(k) for k in CSV_FIELDS if k != "duplicate"}
        row["duplicate"] = "1" if record.get("duplicate_of") is not None else ""
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return counts


@dataclass
class ImportReport:
    articles: int = 0
    people: int = 0
    quotes: int = 0
    skipped: int = 0  # articles stored already unchanged (merge import only)
    exact: bool = False  # rebuilt with the export's ids


def read_jsonl_records(path: Path) -> tuple[list[dict], list[dict], list[dict]]:
    articles: list[dict] = []
    people: list[dict] = []
    quotes: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ExportFileError(
                    f"{path}: line {lineno}: not valid JSON ({exc.msg})."
                ) from None
            kind = record.get("kind") if isinstance(record, dict) else None
            if kind == "article":
                articles.append(record)
            elif kind == "person":
                people.append(record)
            elif kind == "quote":
                quotes.append(record)
            else:
                raise ExportFileError(
                    f'{path}: line {lineno}: not a quotebot export record (no "kind").'
                )
    return articles, people, quotes


def read_csv_records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"speaker", "text", "source"} - set(reader.fieldnames or [])
        if missing:
            raise ExportFileError(
                f"{path}: not a quotebot CSV export (no {', '.join(sorted(missing))} column)."
            )
        quotes = []
        for row in reader:
            rec: dict = {k: (v if v != "" else None) for k, v in row.items()}
            for key in ("start", "end"):
                rec[key] = int(rec[key]) if rec.get(key) else 0
            quotes.append(rec)
    return quotes


def _merge_import(
    store: Store, articles: list[dict], people: list[dict], quotes: list[dict]
) -> ImportReport:
    """Article by article through save_extraction (one transaction each)."""
    report = ImportReport()
    by_source: dict[str, dict] = {a["source"]: a for a in articles}
    for q in quotes:
        by_source.setdefault(
            q["source"], {"source": q["source"], "title": q.get("title"), "date": q.get("date")}
        )
    quotes_of: dict[str, list[dict]] = {}
    for q in quotes:
        quotes_of.setdefault(q["source"], []).append(q)
    people_of: dict[str, list[Person]] = {}
    for p in people:
        person = Person(
            name=p["name"],
            aliases=[a for a in p.get("aliases") or [] if a != p["name"]],
            roles=list(p.get("roles") or []),
            kind=p.get("entity") or "person",
        )
        for source in p.get("articles") or []:
            people_of.setdefault(source, []).append(person)
    for source, a in by_source.items():
        found = people_of.get(source, [])
        named = {normalize_name(p.name) for p in found}
        for q in quotes_of.get(source, []):
            if q.get("speaker") and normalize_name(q["speaker"]) not in named:
                named.add(normalize_name(q["speaker"]))
                found.append(Person(name=q["speaker"], roles=[q["role"]] if q.get("role") else []))
        article = Article(source=source, text="", title=a.get("title"), date=a.get("date"))
        article.url = a.get("url")
        article_quotes = [
            Quote(
                text=q["text"],
                start=int(q.get("start") or 0),
                end=int(q.get("end") or 0),
                type=q.get("type") or "direct",
                speaker=q.get("speaker"),
                speaker_text=q.get("speaker_text"),
                role=q.get("role"),
                cue=q.get("cue"),
                sentence=q.get("sentence") or "",
            )
            for q in quotes_of.get(source, [])
        ]
        digest = a.get("content_hash") or content_hash(
            json.dumps([a, quotes_of.get(source, [])], ensure_ascii=False, sort_keys=True)
        )
        if store.save_extraction(Extraction(article, article_quotes, found), digest):
            report.articles += 1
            report.quotes += len(article_quotes)
        else:
            report.skipped += 1
    report.people = len(people) or len({q["speaker"] for q in quotes if q.get("speaker")})
    return report


def normalize_name(name: str) -> str:
    from bot.store import normalize

    return normalize(name)


def import_file(store: Store, path: Path, fmt: str | None = None) -> ImportReport:
    """Read an export (format by `fmt`, else by the file's suffix) into `store`."""
    if not path.is_file():
        raise ExportFileError(f"{path}: no such file.")
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "jsonl")
    try:
        if fmt == "csv":
            return _merge_import(store, [], [], read_csv_records(path))
        articles, people, quotes = read_jsonl_records(path)
    except UnicodeDecodeError:
        raise ExportFileError(f"{path}: not UTF-8 text.") from None
    except (KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, ExportFileError):
            raise
        raise ExportFileError(
            f"{path}: not a quotebot export ({type(exc).__name__}: {exc})."
        ) from None
    if store.is_empty() and articles:
        try:
            store.import_records(articles, people, quotes)
        except (KeyError, ValueError, TypeError) as exc:
            raise ExportFileError(
                f"{path}: not a consistent quotebot export ({type(exc).__name__}: {exc})."
            ) from None
        return ImportReport(len(articles), len(people), len(quotes), exact=True)
    return _merge_import(store, articles, people, quotes)


# --- prune -----------------------------------------------------------------------------------


def file_of(source: str) -> str | None:
    """The file an article came from: the source itself, or the part before '#' of a
    .jsonl line; None for sources that are not files (URLs, telegram:...)."""
    if not os.path.isabs(source):
        return None
    if "#" in source and not os.path.exists(source):
        head = source.rsplit("#", 1)[0]
        if head.lower().endswith(".jsonl"):
            return head
    return source


def missing_sources(sources: Iterable[str]) -> Iterator[str]:
    """Sources whose files are gone (in the order given)."""
    for source in sources:
        path = file_of(source)
        if path is not None and not os.path.exists(path):
            yield source


def prune(store: Store, dry_run: bool = False) -> list[str]:
    """Drop the articles whose files are gone; the sources dropped (or that would be)."""
    gone = list(missing_sources(sorted(store.article_hashes())))
    if not dry_run:
        store.delete_articles(gone)
    return gone
