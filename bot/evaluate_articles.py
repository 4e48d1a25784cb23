"""`quotebot eval-articles DIR`: the extractor against hand-written expectations.

DIR holds plain-text articles (`NAME.txt`) and one `expected.tsv` with a line per expected
quotation (the format is described in tests/articles/README.md):

    article <TAB> type <TAB> speaker <TAB> text snippet [<TAB> opt|not]

- type: direct, partial, indirect, free_indirect, reported, or `any`. Matching compares
  classes only: direct and partial are quotations, the other three are reports.
- speaker: alternatives separated by `|`; `~x` matches when x occurs (case-insensitive)
  in the record's speaker or speaker_text; `-` means no named speaker (speaker is None);
  `*` accepts anything; any other alternative must equal the record's speaker.
- flag: empty for a required quotation; `opt` for one the extractor may find or leave
  (it is never a miss and never a wrong speaker, but a record matching it is no false
  record); `not` for text that must not come out as a quotation (a title, a slogan):
  every record whose text lies inside it is a false record.

A record matches an expectation when the type classes agree and the snippet lies inside
the record's text or the record's text inside the snippet, both compared with quote
marks dropped, whitespace collapsed, case folded and outer punctuation stripped. Each
record serves one expectation; among several candidates the one whose span overlaps the
snippet's place in the article wins. Counted per folder: required expectations found with
the right speaker, found with a wrong speaker, missed; and false records, i.e. records
that match no expectation at all (required or optional) or lie inside a `not` line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.evaluate import aligned
from bot.extract import Extractor
from bot.ingest import read_article
from bot.models import Quote

EXPECTED = "expected.tsv"

CLASS = {
    "direct": "quote",
    "partial": "quote",
    "indirect": "report",
    "free_indirect": "report",
    "reported": "report",
}
TYPES = (*CLASS, "any")
FLAGS = ("", "opt", "not")

QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›`´"
_DROP = str.maketrans("", "", QUOTE_MARKS + "*")
_EDGE = " \t\n,.;:!?-–—…"


def norm(text: str) -> str:
    """Text for comparison: no quote marks, one space between words, folded case, no
    punctuation at either end."""
    return " ".join(text.translate(_DROP).split()).strip(_EDGE).casefold()


@dataclass
class Expectation:
    article: str
    type: str
    speaker: str
    text: str
    flag: str = ""
    line: int = 0

    @property
    def required(self) -> bool:
        return self.flag == ""

    def describe(self) -> str:
        return f"[{self.type} | {self.speaker}] {self.text}"


def read_expected(path: Path) -> dict[str, list[Expectation]]:
    """expected.tsv -> {article name: expectations in file order}. Raises ValueError with
    the line number on a malformed line."""
    out: dict[str, list[Expectation]] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not 4 <= len(cells) <= 5:
            raise ValueError(f"{path}:{n}: want 4 or 5 tab-separated columns, got {len(cells)}")
        art, typ, spk, text = (c.strip() for c in cells[:4])
        flag = cells[4].strip() if len(cells) == 5 else ""
        if typ not in TYPES:
            raise ValueError(f"{path}:{n}: unknown type {typ!r}")
        if flag not in FLAGS:
            raise ValueError(f"{path}:{n}: unknown flag {flag!r} (want opt or not)")
        if typ == "any" and flag == "":
            raise ValueError(f"{path}:{n}: type 'any' is only for opt and not lines")
        if not norm(text) or not spk:
            raise ValueError(f"{path}:{n}: empty speaker or text")
        out.setdefault(art, []).append(Expectation(art, typ, spk, text, flag, n))
    return out


def speaker_ok(spec: str, quote: Quote) -> bool:
    """Whether the record's speaker satisfies the speaker column."""
    for alt in (a.strip() for a in spec.split("|")):
        if alt == "*":
            return True
        if alt == "-":
            if quote.speaker is None:
                return True
        elif alt.startswith("~"):
            x = alt[1:].casefold()
            if x in (quote.speaker or "").casefold() or x in (quote.speaker_text or "").casefold():
                return True
        elif quote.speaker == alt:
            return True
    return False


def _same_class(exp: Expectation, quote: Quote) -> bool:
    return exp.type == "any" or CLASS[exp.type] == CLASS.get(quote.type, "quote")


def matches(exp: Expectation, quote: Quote) -> bool:
    if not _same_class(exp, quote):
        return False
    e, q = norm(exp.text), norm(quote.text)
    if not q:
        return False
    if exp.flag == "not":
        return q in e
    return e in q or q in e


def locate(text: str, snippet: str, after: int = 0) -> tuple[int, int] | None:
    """The snippet's span in the article (any quote marks, any whitespace), preferring a
    place at or after `after`."""
    parts = []
    for ch in snippet.strip():
        if ch in QUOTE_MARKS:
            parts.append(f"[{re.escape(QUOTE_MARKS)}]?")
        elif ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    pattern = re.compile("".join(parts))
    m = pattern.search(text, after) or pattern.search(text)
    return (m.start(), m.end()) if m else None


@dataclass
class Error:
    article: str
    kind: str  # "speaker", "miss", "false"
    expected: Expectation | None
    quote: Quote | None

    def __str__(self) -> str:
        e, q = self.expected, self.quote
        if self.kind == "miss" and e:
            return f"{self.article}: MISS    {e.describe()}"
        if self.kind == "speaker" and e and q:
            return (
                f"{self.article}: SPEAKER want {e.speaker!r}, got "
                f"{q.speaker!r} / {q.speaker_text!r}: {q.text}"
            )
        assert q is not None
        return f"{self.article}: FALSE   [{q.type} | {q.speaker!r} / {q.speaker_text!r}] {q.text}"


@dataclass
class Score:
    label: str = ""
    articles: int = 0
    expected: int = 0  # required expectations
    right: int = 0  # found with the right speaker
    wrong: int = 0  # found with a wrong speaker
    missed: int = 0
    false: int = 0  # records matching no expectation
    records: int = 0
    errors: list[Error] = field(default_factory=list)

    @property
    def right_rate(self) -> float:
        return self.right / self.expected if self.expected else 0.0

    @property
    def false_per_article(self) -> float:
        return self.false / self.articles if self.articles else 0.0

    def add(self, other: Score) -> None:
        for k in ("articles", "expected", "right", "wrong", "missed", "false", "records"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors.extend(other.errors)


def score_article(name: str, text: str, quotes: list[Quote], exps: list[Expectation]) -> Score:
    """Count one article's expectations against the extractor's records."""
    score = Score(label=name, articles=1, records=len(quotes))
    places: list[tuple[int, int] | None] = []
    after = 0
    for e in exps:
        span = locate(text, e.text, after)
        places.append(span)
        if span:
            after = span[0]
    used: set[int] = set()
    found: dict[int, int] = {}

    def rank(k: int, span: tuple[int, int] | None, e: Expectation) -> tuple:
        q = quotes[k]
        ov = min(span[1], q.end) - max(span[0], q.start) if span else 0
        return (ov > 0, norm(q.text) == norm(e.text), ov, -k)

    # Required lines choose first, so an optional line never takes their record.
    order = [i for i, e in enumerate(exps) if e.required]
    order += [i for i, e in enumerate(exps) if e.flag == "opt"]
    for i in order:
        e = exps[i]
        cands = [k for k, q in enumerate(quotes) if k not in used and matches(e, q)]
        if cands:
            k = max(cands, key=lambda k: rank(k, places[i], e))  # noqa: B023
            used.add(k)
            found[i] = k
    for i, e in enumerate(exps):
        if not e.required:
            continue
        score.expected += 1
        if i not in found:
            score.missed += 1
            score.errors.append(Error(name, "miss", e, None))
        elif speaker_ok(e.speaker, quotes[found[i]]):
            score.right += 1
        else:
            score.wrong += 1
            score.errors.append(Error(name, "speaker", e, quotes[found[i]]))
    for k, q in enumerate(quotes):
        if k in used:
            continue
        banned = any(e.flag == "not" and matches(e, q) for e in exps)
        if banned or not any(e.flag != "not" and matches(e, q) for e in exps):
            score.false += 1
            score.errors.append(Error(name, "false", None, q))
    return score


def evaluate_dir(folder: Path, extractor: Extractor | None = None) -> Score:
    """Run the extractor on every article named in folder/expected.tsv."""
    folder = Path(folder)
    expected = read_expected(folder / EXPECTED)
    extractor = extractor or Extractor()
    total = Score(label=folder.name)
    for name in sorted(expected):
        path = folder / f"{name}.txt"
        if not path.is_file():
            raise ValueError(f"{folder / EXPECTED}: no article {path.name}")
        article = read_article(path)
        quotes = extractor.extract(article).quotes
        total.add(score_article(name, article.text, quotes, expected[name]))
    return total


def find_dirs(folder: Path) -> list[Path]:
    """The folder itself when it has an expected.tsv, else its subfolders that have one."""
    folder = Path(folder)
    if (folder / EXPECTED).is_file():
        return [folder]
    return sorted(p.parent for p in folder.glob(f"*/{EXPECTED}"))


def format_table(scores: list[Score]) -> str:
    head = (
        "set",
        "articles",
        "expected",
        "right",
        "wrong",
        "missed",
        "false",
        "right%",
        "false/art",
    )
    rows = [head]
    for s in scores:
        rows.append(
            (
                s.label,
                str(s.articles),
                str(s.expected),
                str(s.right),
                str(s.wrong),
                str(s.missed),
                str(s.false),
                f"{100 * s.right_rate:.1f}",
                f"{s.false_per_article:.2f}",
            )
        )
    return "\n".join(aligned(rows))
