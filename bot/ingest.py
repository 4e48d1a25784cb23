"""Files, folders and web pages -> Article records. Reading only; no extraction, no storage.

- `.txt` / `.text`: the file as it is (a leading " date YYYY-MM" marker gives the date);
  offsets index the decoded file.
- `.md` / `.markdown` and `.html` / `.htm`: the article text, title, date and URL are taken
  out by trafilatura (Markdown is rendered to HTML first; YAML-style front matter wins
  for title, date and URL); offsets index the extracted text.
- `.jsonl`: one article per line, with `text` and optionally `title`, `date`, `url`, `id`.
- `http(s)://` addresses: fetched with a timeout and a size cap (see `fetch`).

Every problem is an IngestError whose message is one sentence naming the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.models import Article

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024  # one article file (a .jsonl file: one line)
MAX_LINE = 100_000  # characters in one line of article text: more is not prose
MAX_FETCH_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT = 15.0  # seconds
MAX_HTML_DEPTH = 200  # reported when trafilatura finds nothing in a page nested deeper

# dpa-style exports start with " date 2022-10 " (or a full date) before the text.
DATE_MARKER_RE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")
URL_RE = re.compile(r"\Ahttps?://", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


class IngestError(Exception):
    """A file that cannot be read as an article; the message is one sentence."""


@dataclass
class Loaded:
    """An article as read, with an optional note for the summary (e.g. its encoding)."""

    article: Article
    note: str | None = None


def _extractor_fingerprint() -> bytes:
    """A digest of the extractor's code and word lists (bot/nlp, bot/extract.py)."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*(here / "nlp").glob("*.py"), *(here / "nlp").glob("*.toml")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update((here / "extract.py").read_bytes())
    return digest.digest()


# Mixed into every stored content hash: an article is "unchanged" only when its text and
# the extractor that read it are, so after an upgrade `index` and `run` read the files of
# the index again with the new rules instead of keeping the old quotations.
EXTRACTOR_FINGERPRINT = _extractor_fingerprint()


def text_hash(text: str) -> str:
    """The text's own hash, for things no extractor reads (what a feed says of an entry)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(text: str) -> str:
    """The hash stored with an article: its text, read by this version of the extractor."""
    return hashlib.sha256(EXTRACTOR_FINGERPRINT + text.encode("utf-8")).hexdigest()


def article_digest(article: Article, with_metadata: bool) -> str:
    """The content hash stored with an article. Plain text files hash their text only
    (title and date come from it); other inputs hash their metadata too."""
    if not with_metadata:
        return content_hash(article.text)
    meta = json.dumps([article.title, article.date, article.url], ensure_ascii=False)
    return content_hash(article.text + "\n\x00" + meta)


def is_url(name: str | Path) -> bool:
    return isinstance(name, str) and bool(URL_RE.match(name))


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


# --- bytes -> text ---------------------------------------------------------------------------

_PLAIN = set("\n\r\t\f")


def _plausible(text: str) -> bool:
    """Text decoded from a legacy encoding reads like prose: hardly any control characters
    (C1 controls are what Latin-1 makes of Windows-1252 bytes it does not know)."""
    if not text:
        return True
    odd = sum(1 for ch in text if (ch < " " and ch not in _PLAIN) or "\x7f" <= ch <= "\x9f")
    return odd <= len(text) // 1000


def looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) // 20


def decode_bytes(data: bytes, name: str) -> tuple[str, str | None]:
    """UTF-8, else Windows-1252, else Latin-1 when that reads like text; or IngestError.

    Returns the text and a note when it was not UTF-8. Newlines are left untouched."""
    if looks_binary(data):
        raise IngestError(f"{name}: looks like a binary file, not text.")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, f"{name}: not UTF-8; read as {label}."
    raise IngestError(f"{name}: not UTF-8 text, and not Windows-1252 or Latin-1 either.")


def check_text(text: str, name: str) -> str:
    """Refuse empty text and text with a line too long to be prose."""
    if "\x00" in text:
        raise IngestError(f"{name}: looks like a binary file, not text.")
    if not text.strip():
        raise IngestError(f"{name}: is empty.")
    if len(text) > MAX_LINE:
        longest = max(len(line) for line in text.splitlines())
        if longest > MAX_LINE:
            raise IngestError(
                f"{name}: has a line of {longest:,} characters (the limit is {MAX_LINE:,});"
                " that is not article text."
            )
    return text


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file.") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror}).") from None
    if path.is_dir():
        raise IngestError(f"{path}: is a folder, not a file.")
    if size > limit:
        raise IngestError(
            f"{path}: too large ({size // (1024 * 1024)} MB; the limit is {limit // (1024 * 1024)} MB)."
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror}).") from None


def read_text(path: Path) -> str:
    """Decode a file as text with newlines untouched, or raise IngestError."""
    text, _ = decode_bytes(read_bytes(path), str(path))
    return check_text(text, str(path))


# --- text -> Article -------------------------------------------------------------------------


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


def _iso_date(value: object) -> str | None:
    m = _ISO_DATE_RE.search(str(value)) if value else None
    return m.group(0) if m else None


def _html_depth(markup: str) -> int:
    """How deeply elements nest (roughly: void and self-closed tags are not counted)."""
    void = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base"}
    depth = deepest = 0
    for m in re.finditer(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>", markup):
        closing, tag, selfclosed = m.groups()
        if tag.lower() in void or selfclosed:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def article_from_html(
    markup: str | bytes, source: str, name: str | None = None, url: str | None = None
) -> Article:
    """The article in a web page, by trafilatura: text, title, date and URL."""
    import trafilatura  # slow to import: only when there is HTML

    name = name or source
    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        doc = None
    except Exception as exc:  # a parser bug must cost this page only
        raise IngestError(
            f"{name}: the HTML could not be read ({type(exc).__name__}: {exc})."
        ) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        as_text = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
        depth = _html_depth(as_text)
        if depth > MAX_HTML_DEPTH:
            raise IngestError(
                f"{name}: the HTML is nested {depth:,} levels deep (the limit is"
                f" {MAX_HTML_DEPTH}); no article text found."
            )
        raise IngestError(f"{name}: no article text found in the HTML.")
    check_text(text, name)
    return Article(
        source=source,
        text=text,
        title=(doc.title or None),
        date=_iso_date(doc.date),
        url=doc.url or url,
    )


_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)


def article_from_markdown(text: str, source: str, name: str | None = None) -> Article:
    """A Markdown article: rendered to HTML, then read like a web page. Front matter
    (`title:`, `date:`, `url:` lines between `---` fences) gives the metadata first."""
    from markdown_it import MarkdownIt

    name = name or source
    meta: dict[str, str] = {}
    m = _FRONT_MATTER_RE.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[m.end() :]
    body = MarkdownIt("commonmark").render(text)
    markup = f"<html><head><title>{meta.get('title', '')}</title></head><body><article>{body}</article></body></html>"
    article = article_from_html(markup, source, name=name)
    article.title = meta.get("title") or article.title
    article.date = _iso_date(meta.get("date")) or article.date
    article.url = meta.get("url") or meta.get("link") or article.url
    return article


def load_file(path: str | Path, source: str | None = None) -> Loaded:
    """Read one article file of any supported kind (not .jsonl) as an Article."""
    path = Path(path)
    source = source or str(path)
    name = str(path)
    suffix = path.suffix.lower()
    data = read_bytes(path)
    if suffix in HTML_SUFFIXES:
        if looks_binary(data):
            raise IngestError(f"{name}: looks like a binary file, not text.")
        if not data.strip():
            raise IngestError(f"{name}: is empty.")
        return Loaded(article_from_html(data, source, name=name))
    text, note = decode_bytes(data, name)
    check_text(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        return Loaded(article_from_markdown(text, source, name=name), note)
    return Loaded(article_from_text(text, source), note)


def read_article(path: str | Path) -> Article:
    """Read one file as an Article (source is the path as given)."""
    return load_file(path).article


# --- .jsonl ----------------------------------------------------------------------------------


def jsonl_article(line: str, path: str, lineno: int) -> Article:
    """One line of a .jsonl file as an Article; source "<file>#<id>", else the url, else
    "<file>#line<n>"."""
    where = f"{path}: line {lineno}"
    if len(line) > MAX_BYTES:
        raise IngestError(f"{where}: too large (the limit is {MAX_BYTES // (1024 * 1024)} MB).")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{where}: not valid JSON ({exc.msg}).") from None
    if not isinstance(obj, dict):
        raise IngestError(f"{where}: not a JSON object.")
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError(f'{where}: has no "text".')
    check_text(text, where)
    ident = obj.get("id")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    if ident not in (None, ""):
        source = f"{path}#{ident}"
    elif url:
        source = url
    else:
        source = f"{path}#line{lineno}"
    title = obj.get("title")
    return Article(
        source=source,
        text=text,
        title=title if isinstance(title, str) and title.strip() else None,
        date=_iso_date(obj.get("date")),
        url=url,
    )


def iter_jsonl(path: Path, source_path: str) -> Iterator[tuple[int, Article | IngestError]]:
    """(line number, Article or the reason it was refused) for each non-blank line."""
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        yield 0, IngestError(f"{path}: no such file.")
        return
    except OSError as exc:
        yield 0, IngestError(f"{path}: cannot be read ({exc.strerror}).")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                line, _ = decode_bytes(raw, f"{path}: line {lineno}")
                yield lineno, jsonl_article(line, source_path, lineno)
            except IngestError as exc:
                yield lineno, exc


def count_jsonl_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for raw in fh if raw.strip())
    except OSError:
        return 1


# --- the web ---------------------------------------------------------------------------------


@dataclass
class Fetched:
    url: str  # as asked
    final_url: str
    content_type: str
    data: bytes


def fetch(url: str, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> Fetched:
    """GET one address, following redirects, within `timeout` seconds and `max_bytes`."""
    import httpx

    headers = {"User-Agent": "quotebot/0.1 (+https://github.com/)"}
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise IngestError(
                    f"{url}: the server answered {response.status_code}"
                    f" {response.reason_phrase or ''}".rstrip()
                    + "."
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(
                    f"{url}: too large ({int(declared) // (1024 * 1024)} MB; the limit is"
                    f" {max_bytes // (1024 * 1024)} MB)."
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(
                        f"{url}: larger than {max_bytes // (1024 * 1024)} MB; not fetched."
                    )
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=str(response.url),
                content_type=response.headers.get("content-type", "").lower(),
                data=b"".join(chunks),
            )
    except httpx.TimeoutException:
        raise IngestError(f"{url}: no answer within {timeout:g} seconds.") from None
    except httpx.HTTPError as exc:
        raise IngestError(f"{url}: could not be fetched ({type(exc).__name__}: {exc}).") from None
