"""`quotebot eval`: precision, recall and F1 of the extractor against annotated articles.

Gold format: one article per line, as in the WikiNews quotation data set
({"id", "title", "date", "text", "annotations": [{"type", "quote": {"spans"},
"speaker": {"text", "spans"} | null, ...}]}).

Matching a quotation: a prediction counts for a gold quotation when their character
sets overlap with Jaccard >= 0.5; several predictions that lie mostly inside one gold
quotation (a quotation split by its attribution) count together.
Matching a speaker: right when the predicted speaker mention overlaps the gold speaker
span, or when the names agree (one's words contain the other's last word).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.extract import Extractor
from bot.models import Article, Quote

# Our record types -> the data set's type groups.
TYPE_GROUP = {
    "direct": "Direct",
    "partial": "Direct",
    "indirect": "Indirect",
    "free_indirect": "FreeIndirect",
    "reported": "Reported",
}
GOLD_GROUP = {
    "Direct": "Direct",
    "Indirect": "Indirect",
    "IndirectFreeIndirect": "FreeIndirect",
    "FreeIndirect": "FreeIndirect",
    "Reported": "Reported",
}
GROUPS = ("Direct", "Indirect", "FreeIndirect", "Reported")


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    gold_matched: int = 0
    pred_matched: int = 0
    speaker_right: int = 0

    @property
    def precision(self) -> float:
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.gold_matched if self.gold_matched else 0.0


@dataclass
class EvalResult:
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overall: Counts = field(default_factory=Counts)
    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)  # for tuning: misses and wrong speakers


def _chars(spans: Iterable[Iterable[int]]) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(range(a, b))
    return out


def _norm_words(s: str | None) -> list[str]:
    if not s:
        return []
    return "".join(c.lower() if c.isalnum() else " " for c in s).split()


def _speaker_right(gold: dict, pred: Quote) -> bool:
    gsp = gold.get("speaker")
    if not gsp or not gsp.get("spans"):
        return pred.speaker is None and pred.speaker_start is None
    if pred.speaker_start is not None and pred.speaker_end is not None:
        g = _chars(gsp["spans"])
        if any(pred.speaker_start <= c < pred.speaker_end for c in g):
            return True
    gw = _norm_words(gsp.get("text"))
    pw = _norm_words(pred.speaker)
    if gw and pw and (gw[-1] in pw or pw[-1] in gw):
        return True
    return False


def score_article(
    gold_anns: list[dict], preds: list[Quote], result: EvalResult, art_id: str
) -> None:
    pred_sets = [set(range(p.start, p.end)) for p in preds]
    pred_groups = [TYPE_GROUP.get(p.type, "Direct") for p in preds]

    def match(gold: dict, allowed: list[int]) -> list[int]:
        """The predictions that count for `gold`: the best single one, or the pieces that
        lie mostly inside it when together they cover it better."""
        g = _chars(gold["quote"]["spans"])
        if not g:
            return []

        def jaccard(chars: set[int]) -> float:
            return len(g & chars) / len(g | chars)

        best: list[int] = []
        best_score = 0.0
        for k in allowed:
            if g & pred_sets[k]:
                score = jaccard(pred_sets[k])
                if score > best_score:
                    best, best_score = [k], score
        parts = [k for k in allowed if len(g & pred_sets[k]) >= 0.5 * len(pred_sets[k])]
        if len(parts) > 1:
            score = jaccard(set().union(*(pred_sets[k] for k in parts)))
            if score > best_score:
                best, best_score = parts, score
        return best if best_score >= 0.5 else []

    def tally(counts: Counts, golds: list[dict], allowed: list[int], label: str) -> None:
        counts.gold += len(golds)
        counts.pred += len(allowed)
        used: set[int] = set()
        for gold in golds:
            ks = match(gold, allowed)
            if ks:
                counts.gold_matched += 1
                used.update(ks)
                right = _speaker_right(gold, preds[ks[0]])
                counts.speaker_right += right
                if not right and label == "all":
                    result.errors.append(
                        {
                            "id": art_id,
                            "kind": "speaker",
                            "quote": gold["quote"]["text"][:80],
                            "gold": (gold.get("speaker") or {}).get("text"),
                            "pred": preds[ks[0]].speaker,
                            "pred_text": preds[ks[0]].speaker_text,
                            "rule": preds[ks[0]].rule,
                        }
                    )
            elif label == "all":
                result.errors.append(
                    {
                        "id": art_id,
                        "kind": "miss",
                        "type": gold["type"],
                        "quote": gold["quote"]["text"][:100],
                    }
                )
        counts.pred_matched += len(used)
        if label == "all":
            for k in allowed:
                if k not in used:
                    result.errors.append(
                        {
                            "id": art_id,
                            "kind": "false",
                            "type": preds[k].type,
                            "quote": preds[k].text[:100],
                            "pred": preds[k].speaker,
                            "rule": preds[k].rule,
                        }
                    )

    all_idx = list(range(len(preds)))
    tally(result.overall, gold_anns, all_idx, "all")
    for group in GROUPS:
        golds = [g for g in gold_anns if GOLD_GROUP.get(g["type"]) == group]
        allowed = [k for k in all_idx if pred_groups[k] == group]
        tally(result.by_type[group], golds, allowed, group)


def read_gold(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def evaluate_file(
    path: Path, limit: int | None = None, extractor: Extractor | None = None
) -> EvalResult:
    extractor = extractor or Extractor()
    gold = read_gold(path, limit)
    result = EvalResult()
    t0 = time.perf_counter()
    for item in gold:
        article = Article(
            source=str(item.get("id")),
            text=item["text"],
            title=item.get("title"),
            date=item.get("date"),
        )
        preds = extractor.extract(article).quotes
        score_article(item.get("annotations") or [], preds, result, str(item.get("id")))
        result.articles += 1
        result.words += len(item["text"].split())
    result.seconds = time.perf_counter() - t0
    return result


def _row(label: str, c: Counts) -> tuple[str, ...]:
    return (
        label,
        str(c.gold),
        str(c.pred),
        f"{c.precision:.3f}",
        f"{c.recall:.3f}",
        f"{c.f1:.3f}",
        f"{c.speaker_accuracy:.3f}",
    )


def aligned(rows: list[tuple[str, ...]]) -> list[str]:
    """Rows as lines of a plain-text table: the first column left-aligned, the others
    right-aligned, a rule under the header row."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return lines


def format_table(result: EvalResult) -> str:
    rows = [("type", "gold", "pred", "P", "R", "F1", "speaker")]
    rows += [_row(group, result.by_type[group]) for group in GROUPS]
    rows.append(_row("all", result.overall))
    lines = aligned(rows)
    lines.insert(-1, "-" * len(lines[0]))
    rate = result.words / result.seconds if result.seconds else 0.0
    lines.append(f"{result.articles} articles, {result.words} words, {rate:,.0f} words/s")
    return "\n".join(lines)
