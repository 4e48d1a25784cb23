"""`quotebot index` options (--jobs, -q, notes), `quotebot prune`, and generated corpora."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main

FIRST = ["Anna", "Bernd", "Clara", "Dieter", "Elif", "Frank", "Greta", "Hakan", "Ines", "Jonas"]
LAST = ["Albers", "Brandt", "Cordes", "Dreyer", "Ernst", "Focke", "Gerdes", "Hinz", "Imhof"]
ROLES = ["Bürgermeisterin", "Landrat", "Sprecherin der Polizei", "Vorsitzender des Vereins"]
TOPICS = ["die neue Brücke", "den Haushalt", "das Hallenbad", "die Buslinie", "den Hafen"]
SAYINGS = [
    "Wir werden {t} noch in diesem Jahr fertigstellen",
    "Für {t} fehlt uns schlicht das Geld",
    "Ich habe mit allen Beteiligten über {t} gesprochen",
    "Niemand hat uns vorher über {t} informiert",
    "Das ist ein guter Tag für {t}",
]


def article_text(rng: random.Random, i: int) -> str:
    """A small German news article with two or three attributed quotations."""
    month = 1 + i % 12
    lines = [f" date 2023-{month:02d}-{1 + i % 28:02d} Meldung {i} aus dem Kreis", ""]
    for k in range(rng.randint(2, 3)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        topic = rng.choice(TOPICS)
        saying = rng.choice(SAYINGS).format(t=topic)
        if k == 0:
            role = rng.choice(ROLES)
            lines.append(
                f"„{saying} (Nummer {i}-{k})“, sagte {role} {first} {last} am Montag in der Stadthalle."
            )
        else:
            lines.append(f"„{saying} (Nummer {i}-{k})“, sagte {last} später.")
        lines.append(
            f"Die Sitzung dauerte bis in den Abend. Es ging vor allem um {topic} und die Kosten."
        )
    return "\n".join(lines) + "\n"


def make_corpus(folder: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / f"teil{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:03d}.txt").write_text(article_text(rng, i), encoding="utf-8")
    return folder


def db_rows(db: Path) -> dict[str, object]:
    """Everything answers depend on, ids included."""
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": conn.execute(
                "SELECT id, source, content_hash, title, date FROM articles ORDER BY id"
            ).fetchall(),
            "people": conn.execute("SELECT id, name, norm_name FROM people ORDER BY id").fetchall(),
            "aliases": conn.execute(
                "SELECT person_id, alias FROM person_aliases ORDER BY person_id, alias"
            ).fetchall(),
            "quotes": conn.execute(
                "SELECT id, article_id, person_id, text, type, start, duplicate_of FROM quotes"
                " ORDER BY id"
            ).fetchall(),
        }
    finally:
        conn.close()


@pytest.fixture
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key.startswith(("QUOTEBOT_", "TELEGRAM_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("QUOTEBOT_DB", str(tmp_path / "default.sqlite3"))
    return tmp_path


def test_two_jobs_store_exactly_what_one_job_stores(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = make_corpus(clean_env / "corpus", 24)
    (corpus / "teil0" / "leer.txt").write_text("", encoding="utf-8")
    one, two = clean_env / "one.sqlite3", clean_env / "two.sqlite3"
    assert main(["index", str(corpus), "--db", str(one)]) == 0
    out_one = capsys.readouterr()
    assert main(["index", str(corpus), "--db", str(two), "--jobs", "2"]) == 0
    out_two = capsys.readouterr()
    assert out_one == out_two
    assert out_one.out.startswith("25 articles: 24 indexed, 0 unchanged, 1 failed; ")
    assert out_one.err == f"failed: {(corpus / 'teil0' / 'leer.txt').resolve()}: is empty.\n"
    assert db_rows(one) == db_rows(two)
    assert len(db_rows(one)["quotes"]) >= 48
    # Again with two jobs: nothing to do.
    assert main(["index", str(corpus), "--db", str(two), "-j", "2"]) == 0
    assert capsys.readouterr().out.startswith("25 articles: 0 indexed, 24 unchanged, 1 failed; ")


def test_quiet_prints_failures_only_and_notes_go_to_stderr(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = clean_env / "in"
    folder.mkdir()
    (folder / "alt.txt").write_bytes(
        "„Grüß Gott, wir bauen die Schule im Sommer um“, sagte Sepp Huber am Dienstag.\n".encode(
            "cp1252"
        )
    )
    (folder / "kaputt.txt").write_bytes(b"\x00\x00\x00")
    assert main(["index", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out == "2 articles: 1 indexed, 0 unchanged, 1 failed; 1 quotations, 1 people.\n"
    real = folder.resolve()
    assert err.splitlines() == [
        f"note: {real / 'alt.txt'}: not UTF-8; read as Windows-1252.",
        f"failed: {real / 'kaputt.txt'}: looks like a binary file, not text.",
    ]
    assert main(["index", str(folder), "-q"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"failed: {real / 'kaputt.txt'}: looks like a binary file, not text.\n"
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_jobs_must_be_a_positive_number(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["index", str(clean_env), "--jobs", "0"])
    assert exc.value.code == 2
    assert "--jobs: must be at least 1" in capsys.readouterr().err


def test_prune_drops_articles_whose_files_are_gone(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = make_corpus(clean_env / "corpus", 6)
    lines = clean_env / "more.jsonl"
    lines.write_text('{"id": "x1", "text": "„Bleibt“, sagte Rolf Kern."}\n', encoding="utf-8")
    assert main(["index", str(corpus), str(lines)]) == 0
    capsys.readouterr()
    gone = sorted(corpus.rglob("*.txt"))[:2]
    for path in gone:
        path.unlink()
    assert main(["prune", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"would prune: {p.resolve()}" for p in gone] + [
        "2 articles whose files are gone would be pruned; 7 articles in the index."
    ]
    assert main(["prune"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "2 articles whose files are gone pruned; 5 articles in the index."
    )
    lines.unlink()
    assert main(["prune"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"pruned: {lines.resolve()}#x1",
        "1 articles whose files are gone pruned; 4 articles in the index.",
    ]
    conn = sqlite3.connect(clean_env / "default.sqlite3")
    orphans = conn.execute(
        "SELECT COUNT(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM mentions m"
        " WHERE m.person_id = p.id) AND NOT EXISTS (SELECT 1 FROM quotes q"
        " WHERE q.person_id = p.id)"
    ).fetchone()[0]
    assert orphans == 0
    assert (
        conn.execute("SELECT COUNT(*) FROM quotes_words").fetchone()[0]
        == conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    )
    conn.close()
