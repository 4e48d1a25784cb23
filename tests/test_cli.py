"""The command-line contract (`quotebot extract`, `index`, `ask`) and the seed acceptance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_ebafc181cd285df9.txt"


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean environment: an empty working folder (no .env) and a fresh database."""
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key.startswith(("QUOTEBOT_", "TELEGRAM_")):
            monkeypatch.delenv(key)
    db = tmp_path / "db" / "q.sqlite3"
    monkeypatch.setenv("QUOTEBOT_DB", str(db))
    monkeypatch.setenv("QUOTEBOT_CORPUS", str(REPO / "seeds"))
    return db


def ask_json(capsys: pytest.CaptureFixture[str], question: str) -> dict:
    assert main(["ask", question, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


# --- extract -------------------------------------------------------------------------------


def test_extract_jsonl_fields_and_offsets(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = open(SEED, encoding="utf-8", newline="").read()
    assert [r["type"] for r in rows].count("indirect") == 3
    assert len([r for r in rows if r["type"] in ("direct", "partial")]) == 7
    keys = {
        "source",
        "type",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "role",
        "cue",
    }
    for row in rows:
        assert set(row) == keys
        assert row["source"] == str(SEED)
        assert text[row["start"] : row["end"]] == row["text"]
        if row["speaker_start"] is not None:
            assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]
    austin = [r for r in rows if r["speaker"] == "Lloyd Austin"]
    assert [r["role"] for r in austin] == ["US-Verteidigungsminister"] * 3
    assert {r["cue"] for r in austin} >= {"sagte"}


def test_extract_many_files_and_a_bad_one(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "en.txt"
    other.write_text('"We will win," said coach Maria Lopez on Sunday.\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["extract", str(SEED), str(other), str(empty)]) == 0
    out, err = capsys.readouterr()
    sources = {json.loads(line)["source"] for line in out.splitlines()}
    assert sources == {str(SEED), str(other)}
    assert err.strip() == f"quotebot: {empty}: is empty."


def test_extract_text_names_every_speaker(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "polizei.txt"
    article.write_text(
        "Ein Sprecher der Polizei sagte, die Lage sei ruhig. "
        "„Wir bleiben vor Ort“, sagte Einsatzleiterin Jana Roth.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(article), "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"# {article}: 2 quotations"
    # A source without a person's name is shown in the article's words, not as unknown.
    assert "- [indirect] (Ein Sprecher der Polizei): die Lage sei ruhig" in lines
    assert any(line.startswith("- [direct] Jana Roth (Einsatzleiterin): ") for line in lines)


# --- index and ask ---------------------------------------------------------------------------


def test_index_twice_changes_nothing(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(REPO / "seeds")]) == 0
    first = capsys.readouterr().out
    assert "1 indexed" in first
    assert main(["index", str(REPO / "seeds")]) == 0
    assert "0 indexed, 1 unchanged" in capsys.readouterr().out


def test_ask_austin_three_quotes_teaser_merged(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ask_json(capsys, "what did Austin say")
    assert out["intent"] == "speaker"
    assert out["speaker"] == {"name": "Lloyd Austin", "role": "US-Verteidigungsminister"}
    assert [q["text"] for q in out["quotes"]] == [
        "„Es spricht für die Qualität dieses Bündnisses und die Konzentration der Bündnismitglieder“",
        "„Ich könnte nicht stolzer auf die geleistete Arbeit sein.“",
        "„Wir sind entschlossen, jeden Zentimeter unseres Hoheitsgebiets zu verteidigen, wenn es darauf ankommt.“",
    ]
    assert all(q["date"] == "2022-10" for q in out["quotes"])
    assert "Lloyd Austin" in out["reply"]


@pytest.mark.parametrize("question", ["was hat Stoltenberg gesagt", "what did stoltenbreg say"])
def test_ask_stoltenberg_in_german_and_with_a_typo(
    env: Path, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    out = ask_json(capsys, question)
    assert out["speaker"] == {"name": "Jens Stoltenberg", "role": "Nato-Generalsekretär"}
    texts = [q["text"] for q in out["quotes"]]
    for expected in (
        "„sehr deutliche Botschaft“",
        "„diese Entscheidungen rückgängig zu machen“",
        "„Es zeigt, dass wir für unsere Grundwerte einstehen müssen.“",
        "„Es ist eine sehr wichtige Botschaft, dass die Verbündeten und Partner der Nato der Ukraine zur Seite stehen werden, solange es nötig ist“",
    ):
        assert expected in texts


def test_ask_putin_mentioned_not_quoted(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ask_json(capsys, "what did Putin say")
    assert out["quotes"] == []
    assert out["speaker"]["name"] == "Wladimir Putin"
    assert "Wladimir Putin is mentioned" in out["reply"] and "never quoted" in out["reply"]


def test_term_in_quote_marks_is_nobodys(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ask_json(capsys, "who said nuklearen Unabhängigkeit")
    assert out["quotes"] == []


def test_who_said_jeden_zentimeter(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ask_json(capsys, "who said jeden Zentimeter")
    assert out["intent"] == "phrase"
    assert out["speaker"]["name"] == "Lloyd Austin"
    assert out["quotes"][0]["speaker"] == "Lloyd Austin"


def test_ask_stdin_one_json_line_per_question(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(
        sys, "stdin", io.StringIO("what did Austin say\n\nwer sagte jeden Zentimeter\n")
    )
    assert main(["ask", "-", "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["question"] for line in lines] == [
        "what did Austin say",
        "wer sagte jeden Zentimeter",
    ]


def test_db_flag_overrides_setting(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    assert main(["index", str(SEED), "--db", str(other)]) == 0
    assert other.exists()
    assert not env.exists()


# --- bad input: one sentence, no traceback ------------------------------------------------------


def run_cli(*args: str, env_extra: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUOTEBOT_", "TELEGRAM_"))}
    env.update(env_extra)
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_missing_file_and_bad_settings_give_one_sentence(tmp_path: Path) -> None:
    db = str(tmp_path / "q.sqlite3")
    r = run_cli("index", str(tmp_path / "nope.txt"), env_extra={"QUOTEBOT_DB": db}, cwd=tmp_path)
    assert "Traceback" not in r.stderr
    assert r.stderr.strip() == f"failed: {tmp_path / 'nope.txt'}: no such file."
    r = run_cli(
        "ask",
        "Austin",
        env_extra={"QUOTEBOT_DB": db, "QUOTEBOT_CORPUS": str(tmp_path / "missing")},
        cwd=tmp_path,
    )
    assert r.returncode == 2
    assert r.stderr.strip() == f"quotebot: QUOTEBOT_CORPUS {tmp_path / 'missing'} does not exist."
    r = run_cli(
        "ask", "Austin", env_extra={"QUOTEBOT_DB": db, "QUOTEBOT_ADMINS": "bob"}, cwd=tmp_path
    )
    assert r.returncode == 2
    assert (
        r.stderr.strip()
        == "quotebot: QUOTEBOT_ADMINS must be Telegram user ids separated by commas."
    )


def test_run_without_token_chats_in_the_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUOTEBOT_", "TELEGRAM_"))}
    env.update({"QUOTEBOT_DB": str(tmp_path / "q.sqlite3"), "PYTHONPATH": str(REPO)})
    r = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="what did Austin say\nmore\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "terminal" in r.stdout
    assert "Lloyd Austin" in r.stdout and "jeden Zentimeter" in r.stdout
    assert "There is nothing more to show." in r.stdout  # "more" after a complete answer
    assert (
        "000_ebafc181cd285df9.txt · 2022-10" in r.stdout
    )  # no headline: the file names the article
