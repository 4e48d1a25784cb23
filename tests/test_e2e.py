"""End to end: `python -m bot run` as a real process against the Bot API stand-in.

The bot polls the stand-in over HTTP on 127.0.0.1, answers a queued user message, and
its whole output (at DEBUG) is searched for the token, which must not be there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from botapi_standin import BotAPIStandin
from conftest import FAKE_TOKEN, SEEDS

REPO = Path(__file__).resolve().parent.parent
ANSWER_TIMEOUT = 60.0  # start-up loads the NLP pipeline and indexes the seeds
STOP_TIMEOUT = 15.0


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The parent's environment without Telegram/Quotebot settings, plus ours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QUOTEBOT_"))}
    env.update(
        QUOTEBOT_DB=str(tmp_path / "quotebot.sqlite3"),
        QUOTEBOT_CORPUS=str(SEEDS),
        QUOTEBOT_LOG_LEVEL="DEBUG",  # the most verbose logs must still be free of the token
        PYTHONUNBUFFERED="1",
        **extra,
    )
    # The repository first, so `-m bot` is this checkout even if it is not installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


class Output:
    """Collects a pipe in a thread, so a chatty bot never blocks on a full pipe."""

    def __init__(self, pipe: IO[str]) -> None:
        self.chunks: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self.thread.start()

    def _read(self, pipe: IO[str]) -> None:
        for line in pipe:
            self.chunks.append(line)

    @property
    def text(self) -> str:
        self.thread.join(timeout=5)
        return "".join(self.chunks)


@pytest.fixture
def standin() -> Iterator[BotAPIStandin]:
    with BotAPIStandin(FAKE_TOKEN) as server:
        yield server


def test_bot_process_answers_over_http_and_never_prints_the_token(
    standin: BotAPIStandin, tmp_path: Path
) -> None:
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=FAKE_TOKEN, TELEGRAM_BASE_URL=standin.base_url)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no .env from the repository
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = Output(process.stdout), Output(process.stderr)  # type: ignore[arg-type]
    try:
        standin.push_message(4242, "what did Austin say")
        sent = standin.wait_for_messages(1, timeout=ANSWER_TIMEOUT)
    finally:
        process.send_signal(signal.SIGTERM)  # PTB stops polling cleanly on SIGTERM
        try:
            returncode = process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            returncode = process.wait()
    output = stdout.text + stderr.text

    # Token safety first: it must hold even when the answer is wrong.
    assert "DEBUG" in output, "DEBUG logging was on, so the redaction was really exercised"
    assert FAKE_TOKEN not in output
    assert FAKE_TOKEN.replace(":", "%3A") not in output

    assert sent, (
        f"the bot sent nothing within {ANSWER_TIMEOUT:.0f} s; its output:\n{output[-3000:]}"
    )
    reply = sent[0]
    assert reply["chat_id"] == 4242
    assert reply["parse_mode"] == "HTML"
    assert "setMyCommands" in standin.methods_called()
    assert returncode == 0, output[-3000:]
    assert "Lloyd Austin" in reply["text"]


def test_malformed_token_is_one_sentence_and_exit_code_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=bot_env(tmp_path, TELEGRAM_BOT_TOKEN="garbage"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert "garbage" not in result.stderr
