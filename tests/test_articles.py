"""Regression floors on the invented articles in tests/articles (see its README.md).

These articles were used to find and fix extractor errors, so the floors guard against
regressions; they say nothing about quality on unseen text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.evaluate_articles import (
    Expectation,
    Score,
    evaluate_dir,
    locate,
    read_expected,
    score_article,
    speaker_ok,
)
from bot.extract import Extractor
from bot.models import Quote

ARTICLES = Path(__file__).resolve().parent / "articles"

# Figures when the set was made (right% / false per article): en 98.1 / 0.09 (688 of 701,
# 5 false in 54 articles, after English rounds 7 and 8 were added), de 96.1 / 0.33 (521 of
# 542, 8 missed, 14 false in 42 articles, after German rounds 5 and 6 were added).
# With German round 7: de 96.2 / 0.26 (608 of 632, 9 missed, 13 false in 50 articles).
# With German round 8: de 96.2 / 0.23 (684 of 711, 12 missed, 13 false in 56 articles).
# With English round 9: en 98.3 / 0.08 (767 of 780, 2 missed, 5 false in 60 articles).
# With English round 10 (held out, 4 of its reports still missed): en 98.0 / 0.09 (818 of
# 835, 6 missed, 6 false in 65 articles).
# With German round 9: de 95.8 / 0.18 (739 of 771, 17 missed, 11 false in 61 articles; its
# five misses are weak verbs whose Konjunktiv II looks like the past: 'kämpften', 'sollten').
# With English round 11 (held out; first run 83 of 93 right, 7 wrong speaker, 3 missed, 6
# false): en 98.4 / 0.09 (911 of 926, 4 missed, 6 false in 70 articles).
# With German round 10 (held out; its first run: 81 of 93 right, 6 wrong, 6 missed, 7 false):
# de 96.5 / 0.20 (834 of 864, 15 wrong, 15 missed, 13 false in 66 articles).
# With English round 12 (held out; first run 65 of 91 right, 24 wrong, 2 missed, 2 false):
# en 98.8 / 0.08 (1005 of 1017, 10 wrong, 2 missed, 6 false in 75 articles).
# With German round 11 (held out; its first run: 67 of 84 right, 16 wrong, 1 missed, 3 false):
# de 96.6 / 0.18 (916 of 948, 17 wrong, 15 missed, 13 false in 71 articles).
# With English round 13 (held out; first run 75 of 81 right, 4 wrong, 2 missed, 3 false):
# en 99.1 / 0.06 (1088 of 1098, 9 wrong, 1 missed, 5 false in 80 articles).
# With German round 12 (held out; its first run: 75 of 89 right, 11 wrong, 3 missed, 3 false):
# de 96.9 / 0.18 (1005 of 1037, 17 wrong, 15 missed, 14 false in 76 articles).
# With English round 14 (held out; first run 92 of 102 right, 8 wrong, 2 missed, 5 false):
# en 99.2 / 0.07 (1190 of 1200, 9 wrong, 1 missed, 6 false in 85 articles).
# With German round 13 (held out; its first run: 84 of 97 right, 8 wrong, 5 missed, 11 false):
# de 97.4 / 0.19 (1105 of 1134, 15 wrong, 14 missed, 15 false in 81 articles).
# With English round 15 (held out; first run 48 of 56 right, 7 wrong, 1 missed, 5 false):
# en 99.1 / 0.09 (1245 of 1256, 10 wrong, 1 missed, 8 false in 89 articles).
# With German round 14 (held out; its first run: 50 of 60 right, 4 wrong, 6 missed, 2 false):
# de 97.2 / 0.16 (1160 of 1194, 18 wrong, 16 missed, 14 false in 85 articles).
# With English round 16 (held out; first run 71 of 73 right, 1 wrong, 1 missed, 2 false):
# en 99.2 / 0.09 (1319 of 1329, 9 wrong, 1 missed, 8 false in 93 articles).
# With German round 15 (held out; its first run: 57 of 62 right, 3 wrong, 2 missed, 7 false):
# de 97.3 / 0.16 (1222 of 1256, 18 wrong, 16 missed, 14 false in 89 articles).
# With German round 16 (held out; its first run: 44 of 51 right, 7 wrong, 0 missed, 0 false):
# de 97.1 / 0.15 (1269 of 1307, 22 wrong, 16 missed, 14 false in 92 articles).
FLOORS = {
    "en": dict(right_rate=0.99, false_per_article=0.09, missed=2),
    "de": dict(right_rate=0.97, false_per_article=0.2, missed=16),
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    extractor = Extractor()
    return {lang: evaluate_dir(ARTICLES / lang, extractor) for lang in FLOORS}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_floors(scores: dict[str, Score], lang: str) -> None:
    s, floor = scores[lang], FLOORS[lang]
    errors = "\n".join(str(e) for e in s.errors)
    assert s.right_rate >= floor["right_rate"], errors
    assert s.false_per_article <= floor["false_per_article"], errors
    assert s.missed <= floor["missed"], errors


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_every_article_is_there_and_every_snippet_is_in_it(lang: str) -> None:
    folder = ARTICLES / lang
    expected = read_expected(folder / "expected.tsv")
    assert sorted(expected) == sorted(p.stem for p in folder.glob("*.txt"))
    for name, exps in expected.items():
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        for e in exps:
            assert locate(text, e.text), (name, e.line, e.text)


def q(text: str, type_: str = "direct", speaker: str | None = None, st: str | None = None):
    return Quote(text=text, start=0, end=len(text), type=type_, speaker=speaker, speaker_text=st)


def exp(text: str, type_: str = "direct", speaker: str = "*", flag: str = "") -> Expectation:
    return Expectation("a", type_, speaker, text, flag)


def test_speaker_column() -> None:
    rec = q("x", speaker="Anna Roth", st="die Ministerin")
    assert speaker_ok("Anna Roth", rec) and speaker_ok("Ben|Anna Roth", rec)
    assert speaker_ok("~ministerin", rec) and speaker_ok("~roth", rec)
    assert not speaker_ok("Roth", rec) and not speaker_ok("-", rec)
    assert speaker_ok("-", q("x", st="officials")) and speaker_ok("*", q("x"))


def test_matching_counts() -> None:
    text = "He said: “We will win,” and that the team was ready. Read “The Keeper”."
    quotes = [
        q("We will win,", speaker="Tom"),  # snippet with other quote marks
        q("the team was ready", "indirect", speaker="Ann"),  # wrong speaker
        q("The Keeper"),  # a title: false by the `not` line
        q("nothing expected here", "indirect"),  # false: matches nothing
        q("“We will win”", "partial", speaker="Tom"),  # lies in the optional line: not false
    ]
    exps = [
        exp('"We will win,"', speaker="Tom"),
        exp("that the team was ready", "indirect", "Tom"),
        exp("We will win", "partial", flag="opt"),
        exp("The Keeper", "any", flag="not"),
        exp("and a missed one", "indirect", "Tom"),
    ]
    s = score_article("a", text, quotes, exps)
    assert (s.expected, s.right, s.wrong, s.missed, s.false) == (3, 1, 1, 1, 2)


def test_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "Anna Roth, the mayor, said on Monday: “We will open the bridge in May.”\n",
        encoding="utf-8",
    )
    (tmp_path / "expected.tsv").write_text(
        "# article\ttype\tspeaker\ttext\tflag\none\tdirect\tAnna Roth\tWe will open the bridge\n",
        encoding="utf-8",
    )
    assert main(["eval-articles", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2].split()[1:7] == ["1", "1", "1", "0", "0", "0"]
    (tmp_path / "expected.tsv").write_text("one\td\tX\ttext\n", encoding="utf-8")
    assert main(["eval-articles", str(tmp_path)]) == 2
    assert "unknown type" in capsys.readouterr().err
