"""`quotebot eval`: the matching rules, and a regression floor on the WikiNews dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import EvalResult, evaluate_file, format_table, score_article
from bot.models import Quote

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews-de" / "dev.jsonl"


def gold(
    type_: str, spans: list[list[int]], speaker: list[list[int]] | None, text: str = ""
) -> dict:
    return {
        "type": type_,
        "quote": {"text": text, "spans": spans},
        "speaker": {"text": "Anna Roth", "spans": speaker} if speaker else None,
    }


def test_jaccard_half_counts_and_speaker_by_overlap() -> None:
    result = EvalResult()
    preds = [
        Quote(text="x" * 10, start=0, end=10, speaker="Anna Roth", speaker_start=20, speaker_end=29)
    ]
    score_article([gold("Direct", [[0, 12]], [[20, 29]])], preds, result, "a")
    assert (result.overall.gold_matched, result.overall.pred_matched) == (1, 1)
    assert result.overall.speaker_accuracy == 1.0


def test_less_than_half_overlap_is_a_miss_and_a_false_positive() -> None:
    result = EvalResult()
    preds = [Quote(text="x" * 4, start=0, end=4)]
    score_article([gold("Direct", [[0, 10]], None)], preds, result, "a")
    assert (result.overall.gold_matched, result.overall.pred_matched) == (0, 0)
    assert result.overall.precision == 0.0 and result.overall.recall == 0.0


def test_two_pieces_of_a_split_quotation_count_together() -> None:
    result = EvalResult()
    preds = [
        Quote(text="a", start=0, end=10, type="indirect"),
        Quote(text="b", start=30, end=40, type="indirect"),
    ]
    score_article([gold("Indirect", [[0, 10], [30, 40]], None)], preds, result, "a")
    assert result.by_type["Indirect"].gold_matched == 1
    assert result.by_type["Indirect"].pred_matched == 2


def test_speaker_by_name_when_spans_differ() -> None:
    result = EvalResult()
    preds = [
        Quote(text="x", start=0, end=10, speaker="Anna Roth", speaker_start=50, speaker_end=52)
    ]
    score_article([gold("Direct", [[0, 10]], [[20, 29]])], preds, result, "a")
    assert result.overall.speaker_right == 1


@pytest.mark.skipif(not DEV.exists(), reason="WikiNews data not in ../shared")
def test_dev_set_stays_above_the_measured_floor() -> None:
    result = evaluate_file(DEV)
    table = format_table(result)
    assert result.articles == 150
    # Floors a little under the figures in README.md: a drop below them is a regression.
    assert result.by_type["Direct"].f1 >= 0.94, table  # issue 3's target: 0.95
    assert result.by_type["Direct"].speaker_accuracy >= 0.86, table  # target: 0.92
    assert result.by_type["Indirect"].f1 >= 0.80, table
    assert result.by_type["FreeIndirect"].f1 >= 0.66, table
    assert result.by_type["Reported"].f1 >= 0.33, table
    assert result.by_type["Reported"].precision >= 0.8, table
    assert result.overall.f1 >= 0.80, table  # issue 3's target: 0.75
    assert result.overall.speaker_accuracy >= 0.87, table  # issue 3's target: 0.85
