"""`quotebot export` / `quotebot import`: a round trip keeps every answer."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from bot.cli import main

QUESTIONS = [
    "what did Austin say",
    "was hat Stoltenberg gesagt",
    "what did stoltenbreg say",
    "who said jeden Zentimeter",
    "wer sagte „sehr deutliche Botschaft“",
    "what did Putin say",
    "who is quoted",
    "/latest",
    "Berger",
]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No .env, and an empty corpus folder: answers come from the index alone."""
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key.startswith(("QUOTEBOT_", "TELEGRAM_")):
            monkeypatch.delenv(key)
    empty = tmp_path / "empty-corpus"
    empty.mkdir()
    monkeypatch.setenv("QUOTEBOT_CORPUS", str(empty))
    return tmp_path


def answers(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    out = []
    for question in QUESTIONS:
        assert main(["ask", question, "--format", "json", "--db", str(db)]) == 0
        out.append(json.loads(capsys.readouterr().out))
    return out


def test_jsonl_round_trip_keeps_the_answers(
    env: Path, seed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = env / "original.sqlite3"
    shutil.copy(seed_db, original)
    before = answers(original, capsys)
    assert before[0]["speaker"]["name"] == "Lloyd Austin" and len(before[0]["quotes"]) == 3

    export = env / "export.jsonl"
    assert main(["export", "--format", "jsonl", "-o", str(export), "--db", str(original)]) == 0
    assert capsys.readouterr().err.startswith("Exported ")
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    kinds = {r["kind"] for r in records}
    assert kinds == {"article", "person", "quote"}
    quote = next(r for r in records if r["kind"] == "quote" and r["speaker"] == "Lloyd Austin")
    assert {"speaker", "role", "text", "type", "source", "title", "date", "start", "end"} <= set(
        quote
    )
    assert "sentence" in quote and quote["date"] == "2022-10"
    stoltenberg = next(
        r for r in records if r["kind"] == "person" and r["name"] == "Jens Stoltenberg"
    )
    assert "Stoltenberg" in stoltenberg["aliases"]
    assert stoltenberg["roles"][0] == "Nato-Generalsekretär"

    copy = env / "copy.sqlite3"
    assert main(["import", str(export), "--db", str(copy)]) == 0
    n_articles = sum(r["kind"] == "article" for r in records)
    n_people = sum(r["kind"] == "person" for r in records)
    n_quotes = sum(r["kind"] == "quote" for r in records)
    assert capsys.readouterr().out == (
        f"Imported {n_articles} articles, {n_quotes} quotations, {n_people} people.\n"
    )
    assert answers(copy, capsys) == before
    # The import keeps content hashes: indexing the same files again changes nothing.
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert main(["index", str(seeds), "--db", str(copy)]) == 0
    assert " 0 indexed, 1 unchanged" in capsys.readouterr().out

    # Exporting the copy gives the same file.
    again = env / "again.jsonl"
    assert main(["export", "-o", str(again), "--db", str(copy)]) == 0
    strip = lambda text: [  # noqa: E731
        {k: v for k, v in json.loads(line).items() if k != "indexed_at"}
        for line in text.splitlines()
    ]
    assert strip(again.read_text(encoding="utf-8")) == strip(export.read_text(encoding="utf-8"))


def test_import_into_an_index_with_articles_merges(
    env: Path, seed_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = env / "original.sqlite3"
    shutil.copy(seed_db, original)
    before = answers(original, capsys)
    export = env / "export.jsonl"
    assert main(["export", "-o", str(export), "--db", str(original)]) == 0
    # An index holding one other article already: the export is merged article by article.
    other = env / "other.txt"
    other.write_text("„Wir bauen die Brücke neu“, sagte Anna Berger am Montag.\n", encoding="utf-8")
    target = env / "target.sqlite3"
    assert main(["index", str(other), "--db", str(target)]) == 0
    capsys.readouterr()
    assert main(["import", str(export), "--db", str(target)]) == 0
    assert capsys.readouterr().out.startswith("Imported 1 articles, ")
    after = answers(target, capsys)
    for a, b in zip(before[:6], after[:6], strict=True):
        assert [q["text"] for q in a["quotes"]] == [q["text"] for q in b["quotes"]]
        assert a["speaker"] == b["speaker"]
    assert after[-1]["quotes"][0]["speaker"] == "Anna Berger"
    # Importing the same export again: every article unchanged.
    assert main(["import", str(export), "--db", str(target)]) == 0
    assert capsys.readouterr().out.startswith("Imported 0 articles, 1 unchanged, ")


def test_csv_export_and_import(
    env: Path, seed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = env / "original.sqlite3"
    shutil.copy(seed_db, original)
    assert main(["export", "--format", "csv", "--db", str(original)]) == 0
    text = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0] == (
        "speaker,role,text,type,source,title,date,start,end,sentence,speaker_text,cue,duplicate"
    )
    austin = [r for r in rows if r["speaker"] == "Lloyd Austin"]
    assert len(austin) == 3
    assert {r["duplicate"] for r in rows} <= {"", "1"}
    assert {r["date"] for r in austin} == {"2022-10"}
    path = env / "q.csv"
    path.write_text(text, encoding="utf-8")
    copy = env / "copy.sqlite3"
    assert main(["import", str(path), "--db", str(copy)]) == 0
    capsys.readouterr()
    assert main(["ask", "what did Austin say", "--format", "json", "--db", str(copy)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["quotes"]) == 3
    assert out["speaker"] == {"name": "Lloyd Austin", "role": "US-Verteidigungsminister"}


def test_import_errors_are_one_sentence(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = env / "bad.jsonl"
    bad.write_text('{"kind": "article", "source": "a"}\n{"text": "no kind"}\n', encoding="utf-8")
    db = str(env / "x.sqlite3")
    assert main(["import", str(bad), "--db", db]) == 2
    assert capsys.readouterr().err == (
        f'quotebot: {bad}: line 2: not a quotebot export record (no "kind").\n'
    )
    assert main(["import", str(env / "missing.jsonl"), "--db", db]) == 2
    assert capsys.readouterr().err == f"quotebot: {env / 'missing.jsonl'}: no such file.\n"
