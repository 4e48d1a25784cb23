"""SQLite storage: articles, people merged across articles, quotations, phrase search.

One file, stdlib sqlite3 in WAL mode. Each article is written in one transaction, so a
crash or a bad article never leaves half an article behind. Phrase search finds
candidates in an FTS5 word index (unicode61: the phrase, then its words in any order,
then all but one word for a typo), falls back to an FTS5 trigram index (substrings,
typos inside words) only when the words find nothing, and scores the candidates with
rapidfuzz; without FTS5 it falls back to LIKE.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from rapidfuzz import fuzz, process

from bot.models import Article, Extraction, Person, Quote, QuoteHit

log = logging.getLogger(__name__)

# Quotations of one speaker in one article at least this similar are one statement
# (a teaser repeating the body); the copy is kept but flagged and not shown.
DUPLICATE_RATIO = 90.0
# At most this many FTS candidates are scored with rapidfuzz per query of a phrase search.
MAX_PHRASE_CANDIDATES = 200
# A phrase search stops at the first query that finds a candidate this similar.
GOOD_PHRASE_SCORE = 95.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    date TEXT,
    url TEXT,
    indexed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person'
);
CREATE INDEX IF NOT EXISTS people_norm_name ON people(norm_name);
CREATE INDEX IF NOT EXISTS people_last_name ON people(last_name);
CREATE TABLE IF NOT EXISTS person_aliases (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm_alias TEXT NOT NULL,
    PRIMARY KEY (person_id, norm_alias)
);
CREATE INDEX IF NOT EXISTS person_aliases_norm ON person_aliases(norm_alias);
CREATE TABLE IF NOT EXISTS person_roles (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);
CREATE TABLE IF NOT EXISTS mentions (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, article_id)
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    norm_text TEXT NOT NULL,
    type TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker_text TEXT,
    role TEXT,
    cue TEXT,
    sentence TEXT NOT NULL DEFAULT '',
    duplicate_of INTEGER  -- id of the quotation of the same statement that is shown
);
CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person_id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
"""

_INDEXES = (
    "people_norm_name",
    "people_last_name",
    "person_aliases_norm",
    "mentions_article",
    "quotes_person",
    "quotes_article",
    "articles_date",
)

_FTS_TRIGRAM = """
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    norm_text, norm_sentence UNINDEXED, tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
END;
"""

# Words of the normalised quotation, with positions (phrase and NEAR queries need them).
# External content: the text is read from quotes.norm_text, the index only holds the
# doclists. Rows are added next to the quotation; the trigger removes them.
_FTS_WORDS = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS quotes_words USING fts5(
        norm_text, content='quotes', content_rowid='id', tokenize='unicode61'
    )""",
    """CREATE TRIGGER IF NOT EXISTS quotes_words_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_words (quotes_words, rowid, norm_text)
            VALUES ('delete', old.id, old.norm_text);
    END""",
)


class _FoldTable(dict):
    """str.translate table built lazily, one entry per character ever seen: casefold,
    decompose, drop combining marks, anything not alphanumeric -> space. Per character
    this is exactly what folding the whole string does, and translate runs in C."""

    def __missing__(self, code: int) -> str:
        out = []
        for ch in unicodedata.normalize("NFKD", chr(code).casefold()):
            if unicodedata.combining(ch):
                continue
            out.append(ch if ch.isalnum() else " ")
        value = "".join(out)
        self[code] = value
        return value


_FOLD = _FoldTable()


_INSERT_QUOTE = (
    'INSERT INTO quotes (article_id, person_id, text, norm_text, type, start, "end",'
    " speaker_text, role, cue, sentence, duplicate_of)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _quote_row(
    article_id: int, person_id: int | None, q: Quote, norm: str, duplicate_of: int | None = None
) -> tuple:
    """The values of one quotes row, in _INSERT_QUOTE's order."""
    return (
        article_id,
        person_id,
        q.text,
        norm,
        q.type,
        q.start,
        q.end,
        q.speaker_text,
        q.role,
        q.cue,
        q.sentence or "",
        duplicate_of,
    )


def normalize(text: str) -> str:
    """Casefold, strip diacritics, turn punctuation/hyphens into spaces, collapse spaces.

    The same function is used for names, quotations and questions, so comparisons are
    made on one form: "Nato-Generalsekretär" -> "nato generalsekretar".
    """
    return " ".join(text.translate(_FOLD).split())


def trigram_supported() -> bool:
    """FTS5's trigram tokenizer arrived in SQLite 3.34."""
    return sqlite3.sqlite_version_info >= (3, 34, 0)


@dataclass
class PersonRow:
    """A canonical person as stored, with counts, for the Asker's name index."""

    id: int
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    n_quotes: int = 0
    n_mentions: int = 0
    kind: str = "person"


def _strip_role_prefix(name: str, roles: Iterable[str]) -> str:
    """'Nato-Generalsekretär Jens Stoltenberg' with that role -> 'Jens Stoltenberg'."""
    for role in sorted(roles, key=len, reverse=True):
        if role and name.startswith(role + " ") and len(name) > len(role) + 1:
            return name[len(role) + 1 :].strip()
    return name


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = item.strip() if item else ""
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


class Store:
    """The quotation index. Safe to share between threads (one lock, one connection)."""

    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            path = str(Path(path).expanduser())
        self._lock = threading.RLock()
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so one article is one
        # transaction and nothing is committed behind our back.
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.executescript(_SCHEMA)
        self.has_words = self._open_word_index()
        self.has_fts = trigram_supported()
        if self.has_fts:
            try:
                self._conn.executescript(_FTS_TRIGRAM)
            except sqlite3.OperationalError:  # FTS5 compiled out: LIKE still works
                self.has_fts = False

    def _open_word_index(self) -> bool:
        """Create the word index if this file has none yet (files written before it
        existed), and fill it from the stored quotations; False without FTS5."""
        conn = self._conn
        exists = "SELECT 1 FROM sqlite_master WHERE name = 'quotes_words'"
        with self._lock:
            if conn.execute(exists).fetchone():
                return True
            try:
                conn.execute("BEGIN IMMEDIATE")
                if not conn.execute(exists).fetchone():  # another process may have won
                    for stmt in _FTS_WORDS:
                        conn.execute(stmt)
                    conn.execute("INSERT INTO quotes_words (quotes_words) VALUES ('rebuild')")
                    conn.execute("INSERT INTO quotes_words (quotes_words) VALUES ('optimize')")
                conn.execute("COMMIT")
            except sqlite3.OperationalError:  # FTS5 compiled out
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                return False
        return True

    # --- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- articles ------------------------------------------------------------------

    def article_hash(self, source: str) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT content_hash FROM articles WHERE source = ?", (source,)
            ).fetchone()
        return row[0] if row else None

    def save_extraction(self, ex: Extraction, content_hash: str) -> bool:
        """Store one article's quotations and people; False if it is stored unchanged.

        Replaces whatever the article had before, in one transaction.
        """
        with self._lock:
            if self.article_hash(ex.article.source) == content_hash:
                return False
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._write_article(ex, content_hash)
                self._bump_version()
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return True

    def _write_article(self, ex: Extraction, content_hash: str) -> bool:
        """Inside the caller's transaction: the article, its people and its quotations,
        replacing what it had; False if it is stored unchanged."""
        if self.article_hash(ex.article.source) == content_hash:
            return False
        article_id = self._replace_article(ex.article.source, content_hash, ex)
        by_name = self._save_people(article_id, ex.people)
        self._save_quotes(article_id, ex.quotes, by_name)
        return True

    def save_extractions(self, items: Sequence[tuple[Extraction, str]]) -> list[bool | Exception]:
        """Store several articles in one transaction, each as `save_extraction` would:
        True if written, False if stored unchanged, or the error that stopped it.

        One commit for many articles is what makes indexing fast: a commit (or a
        savepoint) costs more than writing an article, as the full-text indexes flush a
        segment each time. If one article cannot be stored, the batch is rolled back and
        written again one article per transaction, so only that article is lost. Killing
        the process mid-batch loses the batch, never consistency; a rerun redoes it.
        """
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                outcome: list[bool | Exception] = [
                    self._write_article(ex, content_hash) for ex, content_hash in items
                ]
                if any(outcome):
                    self._bump_version()
                conn.execute("COMMIT")
                return outcome
            except Exception as exc:
                conn.execute("ROLLBACK")
                if len(items) == 1:
                    return [exc]
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            one_by_one: list[bool | Exception] = []
            for item in items:
                try:
                    one_by_one.append(self.save_extraction(*item))
                except Exception as exc:
                    log.warning("storing %s failed: %s", item[0].article.source, exc)
                    one_by_one.append(exc)
            return one_by_one

    def _fill_text_indexes(self, optimize: bool) -> None:
        """Inside the caller's transaction: both full-text indexes built from the quotes
        table in one pass each (bulk loads and imports, where row-by-row inserts were the
        slow part); `optimize` merges them into one b-tree per term, for a faster MATCH."""
        conn = self._conn
        if self.has_words:
            conn.execute("INSERT INTO quotes_words (quotes_words) VALUES ('rebuild')")
            if optimize:
                conn.execute("INSERT INTO quotes_words (quotes_words) VALUES ('optimize')")
        if self.has_fts:
            conn.create_function("qb_normalize", 1, normalize, deterministic=True)
            conn.execute(
                "INSERT INTO quotes_fts (rowid, norm_text, norm_sentence)"
                " SELECT id, norm_text, qb_normalize(sentence) FROM quotes"
            )
            if optimize:
                conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize')")

    def _replace_article(self, source: str, content_hash: str, ex: Extraction) -> int:
        conn = self._conn
        art = ex.article
        now = datetime.now(UTC).isoformat(timespec="seconds")
        row = conn.execute("SELECT id FROM articles WHERE source = ?", (source,)).fetchone()
        if row is None:
            cur = conn.execute(
                "INSERT INTO articles (source, content_hash, title, date, url, indexed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (source, content_hash, art.title, art.date, art.url, now),
            )
            return int(cur.lastrowid or 0)
        article_id = int(row[0])
        self._clear_article(article_id)
        conn.execute(
            "UPDATE articles SET content_hash = ?, title = ?, date = ?, url = ?, indexed_at = ?"
            " WHERE id = ?",
            (content_hash, art.title, art.date, art.url, now, article_id),
        )
        return article_id

    def bulk_load(
        self,
        people: Iterable[tuple[int, Person]],
        articles: Iterable[tuple[int, Article, str]],
        quotes: Iterable[tuple[int, int | None, Quote]],
        mentions: Iterable[tuple[int, int]] = (),
        batch: int = 50_000,
    ) -> None:
        """Fill an empty index fast, for imports and benchmarks.

        Ids are the caller's: people are (id, Person) and not merged with each other,
        articles (id, Article, content hash), quotes (article id, person id or None,
        Quote), mentions (person id, article id). Near-duplicates are not looked for.
        Secondary indexes and the phrase indexes are built once, at the end.
        """
        with self._lock:
            conn = self._conn
            if conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
                raise ValueError("bulk_load needs an empty index")
            on_disk = self.path != ":memory:"
            if on_disk:
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -262144")  # 256 MB while building
            for name in _INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
            now = datetime.now(UTC).isoformat(timespec="seconds")

            def batched(rows: Iterable[tuple], sql: str) -> None:
                chunk: list[tuple] = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= batch:
                        conn.execute("BEGIN")
                        conn.executemany(sql, chunk)
                        conn.execute("COMMIT")
                        chunk = []
                if chunk:
                    conn.execute("BEGIN")
                    conn.executemany(sql, chunk)
                    conn.execute("COMMIT")

            aliases: list[tuple[int, str, str]] = []
            roles: list[tuple[int, str]] = []

            def people_rows() -> Iterable[tuple]:
                for pid, person in people:
                    role_list = _unique(person.roles)
                    name = _strip_role_prefix(person.name.strip(), role_list)
                    norm = normalize(name)
                    forms = {normalize(f): f for f in _unique([name, *person.aliases])}
                    aliases.extend((pid, form, n) for n, form in forms.items() if n)
                    roles.extend((pid, r) for r in role_list)
                    yield (pid, name, norm, norm.split()[-1] if norm else "", person.kind)

            batched(
                people_rows(),
                "INSERT INTO people (id, name, norm_name, last_name, kind) VALUES (?, ?, ?, ?, ?)",
            )
            batched(
                aliases,
                "INSERT OR IGNORE INTO person_aliases (person_id, alias, norm_alias) VALUES (?, ?, ?)",
            )
            batched(roles, "INSERT OR IGNORE INTO person_roles (person_id, role) VALUES (?, ?)")
            aliases.clear()
            roles.clear()
            batched(
                (
                    (aid, a.source, digest, a.title, a.date, a.url, now)
                    for aid, a, digest in articles
                ),
                "INSERT INTO articles (id, source, content_hash, title, date, url, indexed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            batched(
                mentions, "INSERT OR IGNORE INTO mentions (person_id, article_id) VALUES (?, ?)"
            )
            batched(
                (_quote_row(aid, pid, q, normalize(q.text)) for aid, pid, q in quotes),
                _INSERT_QUOTE,
            )
            conn.executescript(_SCHEMA)  # the indexes dropped above
            conn.execute("BEGIN")
            self._fill_text_indexes(optimize=True)
            self._bump_version()
            conn.execute("COMMIT")
            conn.execute("ANALYZE")
            conn.execute("PRAGMA cache_size = -2000")
            if on_disk:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")

    def _bump_version(self) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ('version', '1')"
            " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def people_version(self) -> int:
        """Changes whenever anything is saved; the Asker rebuilds its name index then."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        return int(row[0]) if row else 0

    # --- people --------------------------------------------------------------------

    def _save_people(self, article_id: int, people: Sequence[Person]) -> dict[str, int]:
        """Merge the article's people into canonical people; norm form -> person id."""
        by_name: dict[str, int] = {}
        # Full names first, so a surname-only record of the same article attaches to them.
        order = sorted(
            range(len(people)),
            key=lambda i: (-len(normalize(people[i].name).split()), i),
        )
        for i in order:
            person = people[i]
            pid = self._merge_person(person)
            self._conn.execute(
                "INSERT OR IGNORE INTO mentions (person_id, article_id) VALUES (?, ?)",
                (pid, article_id),
            )
            name = _strip_role_prefix(person.name, person.roles)
            for form in [person.name, name, *person.aliases]:
                norm = normalize(form)
                if norm:
                    by_name.setdefault(norm, pid)
        return by_name

    def _merge_person(self, person: Person) -> int:
        conn = self._conn
        roles = _unique(person.roles)
        name = _strip_role_prefix(person.name.strip(), roles)
        forms = _unique([name, *person.aliases])
        norms = _unique(normalize(f) for f in forms)
        if not norms:
            norms = [normalize(person.name) or person.name.casefold()]
            forms = [person.name]
        norm = normalize(name) or norms[0]
        pid = self._find_person(norm, norms)
        from bot.answering import fold_name  # here: answering imports this module

        folded = [fold_name(n) for n in norms]
        if pid is None and fold_name(norm) != norm:
            # 'Wolodymyr Selenskyj' in one article, 'Volodymyr Zelensky' in another: one
            # person, found by the spelling-neutral form stored with every alias
            pid = self._find_person(fold_name(norm), folded)
        if pid is None:
            cur = conn.execute(
                "INSERT INTO people (name, norm_name, last_name, kind) VALUES (?, ?, ?, ?)",
                (name, norm, norm.split()[-1] if norm else "", person.kind or "person"),
            )
            pid = int(cur.lastrowid or 0)
        else:
            self._maybe_upgrade_name(pid, name)
        for form in forms:
            norm = normalize(form)
            if norm:
                for key in {norm, fold_name(norm)}:
                    conn.execute(
                        "INSERT OR IGNORE INTO person_aliases (person_id, alias, norm_alias)"
                        " VALUES (?, ?, ?)",
                        (pid, form, key),
                    )
        for role in roles:
            conn.execute(
                "INSERT OR IGNORE INTO person_roles (person_id, role) VALUES (?, ?)", (pid, role)
            )
        return pid

    def _find_person(self, full: str, norms: list[str]) -> int | None:
        """The existing person this name belongs to, or None for a new person.

        `full` is the normalised name, `norms` all normalised forms (name and aliases).
        """
        conn = self._conn
        # 1. The full name is a stored name or alias. Several owners (bare "Berger" with
        #    Anna and Tom Berger) only count if one of them is called exactly that.
        rows = conn.execute(
            "SELECT DISTINCT p.id, p.norm_name FROM person_aliases a JOIN people p"
            " ON p.id = a.person_id WHERE a.norm_alias = ? ORDER BY p.id",
            (full,),
        ).fetchall()
        if len(rows) == 1:
            return int(rows[0][0])
        exact = [int(r[0]) for r in rows if r[1] == full]
        if exact:
            return exact[0]
        if rows:
            return None
        # 2. Another form ("Stoltenberg") is a stored alias of a person whose name fits
        #    ours: Tom Berger (alias "Berger") must not join Anna Berger (alias "Berger").
        found: set[int] = set()
        for norm in norms:
            if norm == full:
                continue
            for pid, norm_name in conn.execute(
                "SELECT DISTINCT p.id, p.norm_name FROM person_aliases a JOIN people p"
                " ON p.id = a.person_id WHERE a.norm_alias = ?",
                (norm,),
            ):
                if _compatible(full, norm_name):
                    found.add(int(pid))
        if len(found) == 1:
            return found.pop()
        if found:
            return None
        # 3. Same last name and a fitting name: "Stoltenberg" -> the one Jens Stoltenberg;
        #    "Jens Stoltenberg" -> someone known so far only as "Stoltenberg".
        tokens = full.split()
        if not tokens:
            return None
        rows = conn.execute(
            "SELECT id, norm_name FROM people WHERE last_name = ? ORDER BY id", (tokens[-1],)
        ).fetchall()
        if len(tokens) == 1:
            return int(rows[0][0]) if len(rows) == 1 else None
        fits = [int(r[0]) for r in rows if _compatible(full, r[1])]
        return fits[0] if len(fits) == 1 and len(rows) == 1 else None

    def _maybe_upgrade_name(self, pid: int, name: str) -> None:
        """A full name ('Jens Stoltenberg') replaces a surname-only one ('Stoltenberg').

        Only then: a full name is never replaced, so a role glued to a name by the
        extractor ('Generalsekretär Jens Stoltenberg') cannot take over."""
        row = self._conn.execute("SELECT norm_name FROM people WHERE id = ?", (pid,)).fetchone()
        norm = normalize(name)
        if len(row[0].split()) == 1 and len(norm.split()) > 1 and _compatible(norm, row[0]):
            self._conn.execute(
                "UPDATE people SET name = ?, norm_name = ?, last_name = ? WHERE id = ?",
                (name, norm, norm.split()[-1], pid),
            )

    # --- quotes --------------------------------------------------------------------

    def _save_quotes(
        self, article_id: int, quotes: Sequence[Quote], by_name: dict[str, int]
    ) -> None:
        conn = self._conn
        # Statements already stored for a speaker in this article: (id, norm_text).
        kept: dict[int | None, list[tuple[int, str]]] = {}
        # Longer first, then earlier: the copy kept visible is the longer/earlier one.
        order = sorted(range(len(quotes)), key=lambda i: (-len(quotes[i].text), quotes[i].start, i))
        ids: dict[int, int] = {}
        dup_of: dict[int, int] = {}
        norms: dict[int, str] = {}
        for i in order:
            q = quotes[i]
            pid = self._speaker_id(q, by_name, article_id)
            norm = normalize(q.text)
            norms[i] = norm
            for kid, knorm in kept.get(pid, []):
                if norm and fuzz.ratio(norm, knorm) >= DUPLICATE_RATIO:
                    dup_of[i] = kid
                    break
            cur = conn.execute(_INSERT_QUOTE, _quote_row(article_id, pid, q, norm, dup_of.get(i)))
            qid = int(cur.lastrowid or 0)
            ids[i] = qid
            if i not in dup_of:
                kept.setdefault(pid, []).append((qid, norm))
            if self.has_words:
                conn.execute(
                    "INSERT INTO quotes_words (rowid, norm_text) VALUES (?, ?)", (qid, norm)
                )
            if self.has_fts:
                conn.execute(
                    "INSERT INTO quotes_fts (rowid, norm_text, norm_sentence) VALUES (?, ?, ?)",
                    (qid, norm, normalize(q.sentence or "")),
                )

    def _speaker_id(self, q: Quote, by_name: dict[str, int], article_id: int) -> int | None:
        if not q.speaker:
            return None
        norm = normalize(q.speaker)
        if norm in by_name:
            return by_name[norm]
        # The extractor named a speaker it did not list among the people: add them.
        pid = self._merge_person(Person(name=q.speaker, roles=[q.role] if q.role else []))
        self._conn.execute(
            "INSERT OR IGNORE INTO mentions (person_id, article_id) VALUES (?, ?)",
            (pid, article_id),
        )
        by_name[norm] = pid
        return pid

    _HIT_SQL = """
        SELECT q.id, q.text, q.type, q.role AS qrole, q.sentence, q.start, q.norm_text,
               q.speaker_text,
               p.name AS speaker,
               (SELECT role FROM person_roles r WHERE r.person_id = p.id ORDER BY rowid LIMIT 1)
                   AS prole,
               a.source, a.date, a.title, a.id AS article_id
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN people p ON p.id = q.person_id
    """

    @staticmethod
    def _hit(row: sqlite3.Row) -> QuoteHit:
        return QuoteHit(
            text=row["text"],
            speaker=row["speaker"],
            role=row["qrole"] or row["prole"],
            type=row["type"],
            source=row["source"],
            date=row["date"],
            title=row["title"],
            sentence=row["sentence"] or "",
            speaker_text=row["speaker_text"],
        )

    def quotes_for_person(
        self, person_id: int, limit: int | None = None, offset: int = 0
    ) -> tuple[list[QuoteHit], int]:
        """A page of the person's quotations (newest article first) and their total."""
        with self._lock:
            total = self._conn.execute(
                "SELECT COUNT(*) FROM quotes WHERE person_id = ? AND duplicate_of IS NULL",
                (person_id,),
            ).fetchone()[0]
            rows = self._conn.execute(
                self._HIT_SQL + " WHERE q.person_id = ? AND q.duplicate_of IS NULL"
                " ORDER BY a.date IS NULL, a.date DESC, a.id, q.start, q.id"
                " LIMIT ? OFFSET ?",
                (person_id, -1 if limit is None else limit, max(offset, 0)),
            ).fetchall()
        return [self._hit(r) for r in rows], int(total)

    def nameless_mentions(self) -> dict[str, list[int]]:
        """The speakers that articles name but that are no person ('die Polizei', 'ein
        Sprecher des Ministeriums', 'a spokesperson for Halvorsen Bank'), normalised, each
        with the ids of its shown quotations, the last indexed first."""
        found: dict[str, list[int]] = {}
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, speaker_text FROM quotes WHERE person_id IS NULL"
                " AND speaker_text IS NOT NULL AND duplicate_of IS NULL ORDER BY id DESC"
            )
            for qid, mention in rows:
                found.setdefault(normalize(mention), []).append(int(qid))
        return found

    def quotes_by_id(self, ids: Sequence[int]) -> list[QuoteHit]:
        """These quotations, newest article first."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self._conn.execute(
                self._HIT_SQL + f" WHERE q.id IN ({marks})"
                " ORDER BY a.date IS NULL, a.date DESC, q.id DESC",
                list(ids),
            ).fetchall()
        return [self._hit(r) for r in rows]

    def quotes_of_person_all(self, person_id: int) -> list[tuple[QuoteHit, str]]:
        """All of a person's shown quotations, newest first, with their normalised text
        (for filters the SQL cannot do, such as a fuzzy topic)."""
        with self._lock:
            rows = self._conn.execute(
                self._HIT_SQL + " WHERE q.person_id = ? AND q.duplicate_of IS NULL"
                " ORDER BY a.date IS NULL, a.date DESC, a.id, q.start, q.id",
                (person_id,),
            ).fetchall()
        return [(self._hit(r), r["norm_text"]) for r in rows]

    def latest_quotes(
        self, limit: int, offset: int = 0, person_id: int | None = None
    ) -> list[QuoteHit]:
        """The newest quotations (by article date), of everyone or of one person."""
        where = " WHERE q.duplicate_of IS NULL"
        params: list[object] = []
        if person_id is not None:
            where += " AND q.person_id = ?"
            params.append(person_id)
        else:
            # Undated articles cannot be "latest"; skipping them lets the date index
            # answer without sorting a million rows.
            where += " AND a.date IS NOT NULL"
        with self._lock:
            rows = self._conn.execute(
                self._HIT_SQL + where + " ORDER BY a.date DESC, a.id DESC, q.start, q.id"
                " LIMIT ? OFFSET ?",
                (*params, limit, max(offset, 0)),
            ).fetchall()
        return [self._hit(r) for r in rows]

    def quotes_dated(self, first: str, last: str, limit: int) -> list[QuoteHit]:
        """Quotations of articles whose date may fall from `first` to `last` (ISO days),
        newest first: days in between, and the months and years of both ends (a date
        may be only "2026-03" or "2026"; the caller checks the overlap)."""
        with self._lock:
            rows = self._conn.execute(
                self._HIT_SQL + " WHERE q.duplicate_of IS NULL AND a.date IS NOT NULL"
                " AND ((a.date >= ? AND a.date <= ?) OR a.date IN (?, ?))"
                " ORDER BY a.date DESC, a.id DESC, q.start, q.id LIMIT ?",
                (first[:7], last + "~", first[:4], last[:4], limit),
            ).fetchall()
        return [self._hit(r) for r in rows]

    def search_phrase(
        self, phrase: str, limit: int = 50, threshold: float = 75.0
    ) -> list[tuple[QuoteHit, float]]:
        """Quotations containing something like `phrase`, best first, scored 0-100.

        FTS5 (trigram: substrings) finds a few hundred candidates with cheap, selective
        queries, strictest first; rapidfuzz scores them on the normalised text; only
        the hits are then read in full."""
        norm = normalize(phrase)
        if not norm:
            return []
        with self._lock:
            scores = self._phrase_scores(norm, threshold)
            if not scores:
                return []
            best = sorted(scores, key=lambda i: -scores[i])[: max(limit * 4, limit)]
            marks = ",".join("?" * len(best))
            rows = self._conn.execute(
                self._HIT_SQL + f" WHERE q.id IN ({marks}) AND q.duplicate_of IS NULL", best
            ).fetchall()
        # Best score; on a tie the longer quotation, then the newest article.
        rows.sort(
            key=lambda r: (
                -scores[r["id"]],
                -len(r["text"]),
                r["date"] is None,
                newest_first(r["date"]),
                r["id"],
            )
        )
        return [(self._hit(r), float(scores[r["id"]])) for r in rows[:limit]]

    def quotes_about(self, prefixes: Sequence[str], limit: int = 200) -> list[tuple[QuoteHit, str]]:
        """The newest quotations with a word starting like one of `prefixes` (normalised;
        a prefix of several words is a phrase), with their normalised text, for a fuzzy
        topic filter after. At most `limit` candidates are read, the last indexed first."""
        prefixes = [p for p in dict.fromkeys(prefixes) if p.strip()]
        if not prefixes:
            return []
        with self._lock:
            conn = self._conn
            if self.has_words:
                query = " OR ".join(_fts_string(p) + ("" if " " in p else "*") for p in prefixes)
                ids = [
                    r[0]
                    for r in conn.execute(
                        "SELECT rowid FROM quotes_words WHERE quotes_words MATCH ?"
                        " ORDER BY rowid DESC LIMIT ?",
                        (query, limit),
                    )
                ]
            else:
                where = " OR ".join("(' ' || norm_text) LIKE ? ESCAPE '\\'" for _ in prefixes)
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM quotes WHERE {where} ORDER BY id DESC LIMIT ?",
                        (*[f"% {_like_escape(p)}%" for p in prefixes], limit),
                    )
                ]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            rows = conn.execute(
                self._HIT_SQL + f" WHERE q.id IN ({marks}) AND q.duplicate_of IS NULL", ids
            ).fetchall()
        rows.sort(
            key=lambda r: (r["date"] is None, newest_first(r["date"]), r["article_id"], r["start"])
        )
        return [(self._hit(r), r["norm_text"]) for r in rows]

    _WORDS_SQL = (
        "SELECT q.id, q.norm_text FROM quotes_words CROSS JOIN quotes q ON q.id = quotes_words.rowid"
        " WHERE quotes_words MATCH ? AND q.duplicate_of IS NULL LIMIT ?"
    )

    def _phrase_scores(self, norm: str, threshold: float) -> dict[int, float]:
        """Quotation id -> similarity, for candidates scoring at least `threshold`."""
        conn = self._conn
        scores: dict[int, float] = {}
        if self.has_words:
            for query in _word_queries(norm.split(), self._known_word):
                rows = conn.execute(self._WORDS_SQL, (query, MAX_PHRASE_CANDIDATES)).fetchall()
                new = _score_rows(norm, rows, threshold)
                # Stop at a very good match, or when this query's every match was scored
                # and some were good: the looser queries after it only add looser ones.
                if _merge_scores(scores, new) or (new and len(rows) < MAX_PHRASE_CANDIDATES):
                    return scores
            if scores:
                return scores
        tokens = [t for t in norm.split() if len(t) >= 3]
        if self.has_fts and len(norm) >= 3:
            # Nothing word for word: substrings, typos inside words.
            sql = "SELECT rowid, norm_text FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?"
            for query in _phrase_queries(norm, tokens):
                rows = conn.execute(
                    sql, (f"norm_text : ({query})", MAX_PHRASE_CANDIDATES)
                ).fetchall()
                if _merge_scores(scores, _score_rows(norm, rows, threshold)):
                    return scores
            return scores
        # No trigram index (or a very short phrase): substring search.
        words = tokens or [norm]
        where = " OR ".join("norm_text LIKE ? ESCAPE '\\'" for _ in words)
        rows = conn.execute(
            f"SELECT id, norm_text FROM quotes WHERE duplicate_of IS NULL AND ({where}) LIMIT ?",
            (*[f"%{_like_escape(w)}%" for w in words], MAX_PHRASE_CANDIDATES),
        ).fetchall()
        return _score_rows(norm, rows, threshold)

    def _known_word(self, word: str) -> bool:
        """Whether any quotation has this word (one doclist entry read)."""
        return (
            self._conn.execute(
                "SELECT 1 FROM quotes_words WHERE quotes_words MATCH ? LIMIT 1",
                (_fts_string(word),),
            ).fetchone()
            is not None
        )

    # --- overviews -----------------------------------------------------------------

    def all_people(self) -> list[PersonRow]:
        """Every person with aliases, roles and counts, ordered by id."""
        with self._lock:
            conn = self._conn
            people = {
                r["id"]: PersonRow(id=r["id"], name=r["name"], kind=r["kind"])
                for r in conn.execute("SELECT id, name, kind FROM people ORDER BY id")
            }
            for pid, alias in conn.execute(
                "SELECT person_id, alias FROM person_aliases ORDER BY person_id, rowid"
            ):
                row = people.get(pid)
                if row is not None and alias != row.name and alias not in row.aliases:
                    row.aliases.append(alias)
            for pid, role in conn.execute(
                "SELECT person_id, role FROM person_roles ORDER BY person_id, rowid"
            ):
                if pid in people:
                    people[pid].roles.append(role)
            for pid, n in conn.execute(
                "SELECT person_id, COUNT(*) FROM quotes"
                " WHERE person_id IS NOT NULL AND duplicate_of IS NULL GROUP BY person_id"
            ):
                if pid in people:
                    people[pid].n_quotes = n
            for pid, n in conn.execute(
                "SELECT person_id, COUNT(*) FROM mentions GROUP BY person_id"
            ):
                if pid in people:
                    people[pid].n_mentions = n
        return list(people.values())

    def name_forms(self) -> list[tuple[int, str]]:
        """(person id, normalised name or alias) for everyone: the Asker's name index."""
        with self._lock:
            return self._conn.execute("SELECT person_id, norm_alias FROM person_aliases").fetchall()

    def role_forms(self) -> list[tuple[int, str]]:
        """(person id, role) for everyone who has a stored role."""
        with self._lock:
            return self._conn.execute("SELECT person_id, role FROM person_roles").fetchall()

    def people_by_ids(self, ids: Sequence[int]) -> dict[int, PersonRow]:
        """Names, aliases, roles and counts of a few people (the candidates of a question)."""
        out: dict[int, PersonRow] = {}
        with self._lock:
            conn = self._conn
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                for r in conn.execute(
                    f"SELECT id, name, kind FROM people WHERE id IN ({marks})", chunk
                ):
                    out[r[0]] = PersonRow(id=r[0], name=r[1], kind=r[2])
                for pid, alias in conn.execute(
                    f"SELECT person_id, alias FROM person_aliases WHERE person_id IN ({marks})"
                    " ORDER BY person_id, rowid",
                    chunk,
                ):
                    row = out.get(pid)
                    if row is not None and alias != row.name and alias not in row.aliases:
                        row.aliases.append(alias)
                for pid, role in conn.execute(
                    f"SELECT person_id, role FROM person_roles WHERE person_id IN ({marks})"
                    " ORDER BY person_id, rowid",
                    chunk,
                ):
                    if pid in out:
                        out[pid].roles.append(role)
                for pid, n in conn.execute(
                    f"SELECT person_id, COUNT(*) FROM quotes WHERE person_id IN ({marks})"
                    " AND duplicate_of IS NULL GROUP BY person_id",
                    chunk,
                ):
                    out[pid].n_quotes = n
                for pid, n in conn.execute(
                    f"SELECT person_id, COUNT(*) FROM mentions WHERE person_id IN ({marks})"
                    " GROUP BY person_id",
                    chunk,
                ):
                    out[pid].n_mentions = n
        return out

    def speakers(self, limit: int = 20) -> list[tuple[str, int]]:
        """People with their number of quotations, most quoted first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT p.name, COUNT(*) AS n FROM quotes q JOIN people p ON p.id = q.person_id"
                " WHERE q.duplicate_of IS NULL"
                " GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?",
                (limit,),
            ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def count_speakers(self) -> int:
        with self._lock:
            row = self._conn.execute(
                # As speakers() counts: a person quoted only in duplicates is not listed.
                "SELECT COUNT(DISTINCT person_id) FROM quotes"
                " WHERE person_id IS NOT NULL AND duplicate_of IS NULL"
            ).fetchone()
        return int(row[0])

    def stats(self) -> dict[str, int]:
        with self._lock:
            conn = self._conn
            return {
                "articles": conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                "quotes": conn.execute(
                    "SELECT COUNT(*) FROM quotes WHERE duplicate_of IS NULL"
                ).fetchone()[0],
                "people": conn.execute("SELECT COUNT(*) FROM people").fetchone()[0],
            }

    # --- maintenance: prune, export, import -------------------------------------------

    def article_hashes(self) -> dict[str, str]:
        """Every stored article's source and content hash."""
        with self._lock:
            return dict(self._conn.execute("SELECT source, content_hash FROM articles"))

    def _clear_article(self, article_id: int) -> None:
        """Remove an article's quotations and mentions (inside the caller's transaction),
        and the people only this article knew about, who would otherwise linger as ghosts."""
        conn = self._conn
        people = {
            r[0]
            for r in conn.execute(
                "SELECT person_id FROM mentions WHERE article_id = ?"
                " UNION SELECT person_id FROM quotes WHERE article_id = ? AND person_id IS NOT NULL",
                (article_id, article_id),
            )
        }
        conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        for pid in sorted(people):
            conn.execute(
                "DELETE FROM people WHERE id = ?"
                " AND NOT EXISTS (SELECT 1 FROM mentions WHERE person_id = ?)"
                " AND NOT EXISTS (SELECT 1 FROM quotes WHERE person_id = ?)",
                (pid, pid, pid),
            )

    def delete_articles(self, sources: Iterable[str]) -> int:
        """Drop articles with their quotations, mentions and the people only they knew;
        one transaction per article. Returns how many were there."""
        dropped = 0
        with self._lock:
            conn = self._conn
            for source in sources:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    row = conn.execute(
                        "SELECT id FROM articles WHERE source = ?", (source,)
                    ).fetchone()
                    if row is not None:
                        article_id = int(row[0])
                        self._clear_article(article_id)
                        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                        self._bump_version()
                        dropped += 1
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
        return dropped

    def export_records(self) -> Iterator[dict]:
        """The whole index as plain records, in id order: articles, then people (with
        aliases, roles and the articles mentioning them), then quotations."""
        with self._lock:
            conn = self._conn
            sources: dict[int, str] = {}
            for r in conn.execute(
                "SELECT id, source, content_hash, title, date, url, indexed_at FROM articles"
                " ORDER BY id"
            ).fetchall():
                sources[r["id"]] = r["source"]
                yield {"kind": "article", **dict(r)}
            aliases: dict[int, list[str]] = {}
            for pid, alias in conn.execute(
                "SELECT person_id, alias FROM person_aliases ORDER BY person_id, rowid"
            ).fetchall():
                forms = aliases.setdefault(pid, [])
                if alias not in forms:
                    forms.append(alias)
            roles: dict[int, list[str]] = {}
            for pid, role in conn.execute(
                "SELECT person_id, role FROM person_roles ORDER BY person_id, rowid"
            ).fetchall():
                roles.setdefault(pid, []).append(role)
            mentions: dict[int, list[str]] = {}
            for pid, aid in conn.execute(
                "SELECT person_id, article_id FROM mentions ORDER BY person_id, article_id"
            ).fetchall():
                mentions.setdefault(pid, []).append(sources[aid])
            names: dict[int, str] = {}
            for r in conn.execute("SELECT id, name, kind FROM people ORDER BY id").fetchall():
                names[r["id"]] = r["name"]
                yield {
                    "kind": "person",
                    "id": r["id"],
                    "name": r["name"],
                    "entity": r["kind"],
                    "aliases": aliases.get(r["id"], []),
                    "roles": roles.get(r["id"], []),
                    "articles": mentions.get(r["id"], []),
                }
            for r in conn.execute(
                'SELECT q.id, q.article_id, q.person_id, q.text, q.type, q.start, q."end",'
                " q.speaker_text, q.role, q.cue, q.sentence, q.duplicate_of,"
                " a.title, a.date FROM quotes q JOIN articles a ON a.id = q.article_id"
                " ORDER BY q.id"
            ).fetchall():
                pid = r["person_id"]
                yield {
                    "kind": "quote",
                    "id": r["id"],
                    "speaker": names.get(pid) if pid is not None else None,
                    "speaker_id": pid,
                    "role": r["role"],
                    "text": r["text"],
                    "type": r["type"],
                    "source": sources[r["article_id"]],
                    "title": r["title"],
                    "date": r["date"],
                    "start": r["start"],
                    "end": r["end"],
                    "sentence": r["sentence"],
                    "speaker_text": r["speaker_text"],
                    "cue": r["cue"],
                    "duplicate_of": r["duplicate_of"],
                }

    def is_empty(self) -> bool:
        with self._lock:
            return not self._conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]

    def import_records(
        self, articles: Sequence[dict], people: Sequence[dict], quotes: Sequence[dict]
    ) -> None:
        """Rebuild an exported index exactly (ids, duplicates, phrase indexes) in one
        transaction. Only into an empty index (see Store.is_empty); records as written
        by export_records."""
        from bot.answering import fold_name  # here: answering imports this module

        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                if conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
                    raise ValueError("import_records needs an empty index")
                ids: dict[str, int] = {}
                for a in articles:
                    cur = conn.execute(
                        "INSERT INTO articles (id, source, content_hash, title, date, url,"
                        " indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            a.get("id"),
                            a["source"],
                            a.get("content_hash") or "",
                            a.get("title"),
                            a.get("date"),
                            a.get("url"),
                            a.get("indexed_at") or now,
                        ),
                    )
                    ids[a["source"]] = int(cur.lastrowid or 0)
                for p in people:
                    name = p["name"]
                    forms = [f for f in p.get("aliases") or [] if f] or [name]
                    norm = normalize(name) or normalize(forms[0]) or name.casefold()
                    cur = conn.execute(
                        "INSERT INTO people (id, name, norm_name, last_name, kind)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (
                            p.get("id"),
                            name,
                            norm,
                            norm.split()[-1] if norm else "",
                            p.get("entity") or "person",
                        ),
                    )
                    pid = int(cur.lastrowid or 0)
                    for form in forms:
                        key = normalize(form) or form.casefold()
                        # As _merge_person stores them: the form and its spelling-neutral key.
                        for k in dict.fromkeys([key, fold_name(key)]):
                            conn.execute(
                                "INSERT OR IGNORE INTO person_aliases"
                                " (person_id, alias, norm_alias) VALUES (?, ?, ?)",
                                (pid, form, k),
                            )
                    for role in p.get("roles") or []:
                        conn.execute(
                            "INSERT OR IGNORE INTO person_roles (person_id, role) VALUES (?, ?)",
                            (pid, role),
                        )
                    for source in p.get("articles") or []:
                        if source in ids:
                            conn.execute(
                                "INSERT OR IGNORE INTO mentions (person_id, article_id)"
                                " VALUES (?, ?)",
                                (pid, ids[source]),
                            )
                for q in quotes:
                    conn.execute(
                        "INSERT INTO quotes (id, article_id, person_id, text, norm_text, type,"
                        ' start, "end", speaker_text, role, cue, sentence, duplicate_of)'
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            q.get("id"),
                            ids[q["source"]],
                            q.get("speaker_id"),
                            q["text"],
                            normalize(q["text"]),
                            q.get("type") or "direct",
                            int(q.get("start") or 0),
                            int(q.get("end") or 0),
                            q.get("speaker_text"),
                            q.get("role"),
                            q.get("cue"),
                            q.get("sentence") or "",
                            q.get("duplicate_of"),
                        ),
                    )
                self._fill_text_indexes(optimize=False)
                self._bump_version()
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise


def _compatible(a: str, b: str) -> bool:
    """Two normalised names can be one person: same last name, and the shorter one's
    words appear in order in the longer ("stoltenberg" / "jens stoltenberg",
    "lloyd austin" / "lloyd j austin"), but not "anna berger" / "tom berger"."""
    ta, tb = a.split(), b.split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    it = iter(long_)
    return all(tok in it for tok in short)


def _score_rows(norm: str, rows: Sequence[tuple], threshold: float) -> dict[int, float]:
    """Candidates (id, normalised text) -> id: partial_ratio, for those >= threshold."""
    if not rows:
        return {}
    found = process.extract(
        norm,
        [text for _, text in rows],
        scorer=fuzz.partial_ratio,
        score_cutoff=threshold,
        limit=None,
    )
    return {int(rows[i][0]): score for _, score, i in found}


def _merge_scores(scores: dict[int, float], new: dict[int, float]) -> bool:
    """Add `new` to `scores` (best score per id); True if one is good enough to stop."""
    for qid, score in new.items():
        if score > scores.get(qid, -1.0):
            scores[qid] = score
    return any(score >= GOOD_PHRASE_SCORE for score in new.values())


def _near(parts: Sequence[str], slack: int) -> str:
    return "NEAR(" + " ".join(parts) + f", {slack})" if len(parts) > 1 else parts[0]


def _word_queries(words: list[str], known: Callable[[str], bool]) -> Iterator[str]:
    """FTS5 queries on the word index for a phrase, strictest first (a generator: the
    search stops as soon as one finds a good candidate, so later ones cost nothing).

    A phrase query reads the positions of all its words, frequent ones too, so its two
    longest words (usually its rarest) come first, anywhere in the quotation: where
    the phrase is stored whole, it is among those. Then the phrase as is; then, if that
    is not stored, its words that are stored at all
    near each other (a wrong or inserted word, a misspelt one left out); the same with
    the first half of a misspelt long word as a prefix; then each stored word left out
    in turn (a typo that made another real word); then the stored words anywhere."""
    if not words:
        return
    quoted = [_fts_string(w) for w in words]
    longest = sorted(set(words), key=len, reverse=True)[:2]
    if len(words) >= 3 and len(longest) == 2:
        yield " AND ".join(_fts_string(w) for w in longest)
    yield '"' + " ".join(w.replace('"', '""') for w in words) + '"'
    if len(words) == 1:
        return
    present = [known(w) for w in words]
    kept = [q for q, ok in zip(quoted, present, strict=True) if ok]
    slack = len(words)
    if kept:
        yield _near(kept, slack)
    if len(kept) < len(words):
        # A prefix matches many words and costs their doclists merged: after the above.
        prefixed = [
            q if ok else _fts_string(w[: len(w) // 2]) + "*"
            for w, q, ok in zip(words, quoted, present, strict=True)
            if ok or len(w) >= 8
        ]
        if len(prefixed) > len(kept) and len(prefixed) > 1:
            yield _near(prefixed, slack)
    if len(kept) >= 3:
        by_length = sorted(range(len(kept)), key=lambda i: -len(kept[i]))
        for i in by_length[:4]:
            yield _near(kept[:i] + kept[i + 1 :], slack)
    if len(kept) >= 2:
        yield " AND ".join(kept)


def _tolerant(token: str) -> str:
    """An FTS5 expression that still matches `token` with one typo: the word or one of
    its halves (a single edit leaves one half intact). Short words must be exact."""
    if len(token) < 6:
        return _fts_string(token)
    half = len(token) // 2
    parts = _unique([token, token[:half], token[half:]])
    return "(" + " OR ".join(_fts_string(p) for p in parts) + ")"


def _phrase_queries(norm: str, tokens: list[str]) -> list[str]:
    """FTS5 queries for a phrase, most selective first; the first whose candidates
    score well wins.

    A trigram query costs what the doclists of its trigrams cost, so the phrase is not
    matched whole first: its two longest words (usually its rarest) are. Then the whole
    phrase, then the two longest words allowing a typo each, then, for a wrong or
    misspelt word, the two longest of the others (typo-tolerant)."""
    longest = sorted(tokens, key=len, reverse=True)
    queries: list[str] = []
    if longest:
        queries.append(" AND ".join(_fts_string(t) for t in longest[:2]))
    queries.append(_fts_string(norm))
    if longest:
        queries.append(" AND ".join(_tolerant(t) for t in longest[:2]))
    if len(longest) >= 2:
        for i in range(min(3, len(longest))):
            rest = longest[:i] + longest[i + 1 :]
            if sum(len(t) for t in rest[:2]) >= 8:
                queries.append(" AND ".join(_tolerant(t) for t in rest[:2]))
    return _unique(queries)


def _fts_string(text: str) -> str:
    """An FTS5 string literal (trigram: matches as a substring)."""
    return '"' + text.replace('"', '""') + '"'


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def newest_first(date: str | None) -> tuple[int, ...]:
    """Sort key that puts later ISO dates first."""
    if not date:
        return ()
    return tuple(-ord(c) for c in date)
