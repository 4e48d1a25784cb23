"""Crash safety: `kill -9` during `quotebot index`, then a rerun ends where a clean run ends."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_index_cli import article_text, db_rows

REPO = Path(__file__).resolve().parent.parent
# More articles than one transaction holds (64), so that no single commit can write them
# all and a kill after the first commit always lands midway.
N_ARTICLES = 120


def long_corpus(folder: Path) -> Path:
    """120 articles, each six short ones long: slow enough to be killed midway."""
    rng = random.Random(11)
    folder.mkdir()
    for i in range(N_ARTICLES):
        parts = [article_text(rng, i * 100 + k) for k in range(6)]
        (folder / f"{i:03d}.txt").write_text("\n".join(parts), encoding="utf-8")
    return folder


def index_cmd(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "bot", "index", str(corpus), "--db", str(db), *extra]


def run_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUOTEBOT_", "TELEGRAM_"))}
    env["PYTHONPATH"] = str(REPO)
    return env


def count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def check_consistent(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # No article twice, no quotation twice, every quotation in both phrase indexes.
        assert conn.execute(
            "SELECT COUNT(*) FROM (SELECT source FROM articles GROUP BY source HAVING COUNT(*) > 1)"
        ).fetchone() == (0,)
        assert conn.execute(
            'SELECT COUNT(*) FROM (SELECT 1 FROM quotes GROUP BY article_id, start, "end", text'
            " HAVING COUNT(*) > 1)"
        ).fetchone() == (0,)
        n_quotes = conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM quotes_words").fetchone()[0] == n_quotes
        assert conn.execute("SELECT COUNT(*) FROM quotes_fts").fetchone()[0] == n_quotes
        # Every article that has quotations has all of them (no half-written article).
        assert conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM quotes q WHERE q.article_id = a.id)"
        ).fetchone() == (0,)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("crash")
    corpus = long_corpus(base / "corpus")
    db = base / "clean.sqlite3"
    r = subprocess.run(
        index_cmd(corpus, db), env=run_env(base), capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(
        f"{N_ARTICLES} articles: {N_ARTICLES} indexed, 0 unchanged, 0 failed;"
    )
    return corpus, db


@pytest.mark.parametrize(("jobs", "kill_after"), [("1", 3), ("2", 10)])
def test_kill_9_during_indexing_then_rerun(
    clean_run: tuple[Path, Path], tmp_path: Path, jobs: str, kill_after: int
) -> None:
    corpus, clean_db = clean_run
    db = tmp_path / "killed.sqlite3"
    proc = subprocess.Popen(
        index_cmd(corpus, db, "--jobs", jobs),
        env=run_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its worker processes too, for the clean-up below
    )
    try:
        deadline = time.monotonic() + 120
        while count_articles(db) < kill_after and proc.poll() is None:
            assert time.monotonic() < deadline, "indexing did not start"
            time.sleep(0.005)
        assert proc.poll() is None, "finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # orphaned workers, if any
            except ProcessLookupError:
                pass
    assert proc.returncode == -signal.SIGKILL
    done = count_articles(db)
    assert kill_after <= done < N_ARTICLES
    check_consistent(db)

    r = subprocess.run(
        index_cmd(corpus, db), env=run_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(
        f"{N_ARTICLES} articles: {N_ARTICLES - done} indexed, {done} unchanged, 0 failed;"
    )
    check_consistent(db)
    assert db_rows(db) == db_rows(clean_db)
