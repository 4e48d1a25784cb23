"""Run modes: a webhook (public URL, listen address, secret token), Telegram's test
environment and a local Bot API server.

The end-to-end test runs `python -m bot run` as a real process in webhook mode against the
Bot API stand-in and posts updates to its webhook server as Telegram would.
"""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botapi_standin import BotAPIStandin, BotProcess, bot_env
from conftest import FAKE_TOKEN, make_settings
from fake_telegram import FakeRequest

from bot.app import build_application, run_bot
from bot.config import ConfigError, load_settings

PUBLIC_URL = "https://bot.example.org/quotebot/hook"
URL_PATH = "/quotebot/hook"  # the bot listens on the public URL's path
SECRET = "s3cr3t-Webhook_Token-0123456789"
START_TIMEOUT = 60.0  # start-up loads the NLP pipeline and indexes the seeds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def post_update(port: int, update: dict[str, Any], secret: str | None) -> int:
    """POST an Update to the bot's webhook as Telegram does; returns the HTTP status."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", URL_PATH, body=json.dumps(update), headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def wait_for_webhook_server(bot: BotProcess, standin: BotAPIStandin, port: int) -> None:
    """Until setWebhook was called and the bot's server accepts connections."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert bot.alive(), f"the bot exited during start-up:\n{bot.output[-3000:]}"
        if standin.webhook_calls:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                pass
        time.sleep(0.1)
    raise AssertionError(f"no webhook server within {START_TIMEOUT:.0f} s:\n{bot.output[-3000:]}")


@pytest.fixture
def standin() -> Iterator[BotAPIStandin]:
    with BotAPIStandin(FAKE_TOKEN) as server:
        yield server


# --- end to end ---------------------------------------------------------------------------


def test_webhook_process_answers_posts_with_the_secret_and_refuses_others(
    standin: BotAPIStandin, tmp_path: Path
) -> None:
    port = free_port()
    env = bot_env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=FAKE_TOKEN,
        TELEGRAM_BASE_URL=standin.base_url,
        QUOTEBOT_WEBHOOK_URL=PUBLIC_URL,
        QUOTEBOT_WEBHOOK_LISTEN="127.0.0.1",
        QUOTEBOT_WEBHOOK_PORT=str(port),
        QUOTEBOT_WEBHOOK_SECRET=SECRET,
    )
    with BotProcess(env, cwd=tmp_path) as bot:
        wait_for_webhook_server(bot, standin, port)
        # Without the header, and with a wrong one: refused, never handled.
        intruder = 5151
        assert post_update(port, standin.new_update(intruder, "what did Austin say"), None) == 403
        wrong = standin.new_update(intruder, "who is quoted")
        assert post_update(port, wrong, "not-the-secret") == 403
        assert post_update(port, wrong, SECRET[:-1]) == 403
        # With the secret: handled, and the reply goes out through the Bot API.
        assert post_update(port, standin.new_update(4242, "what did Austin say"), SECRET) == 200
        sent = standin.wait_for_messages(1, timeout=30)
        returncode = bot.stop()
    output = bot.output

    # Neither the token nor the webhook secret is printed, even at DEBUG.
    assert "DEBUG" in output
    assert FAKE_TOKEN not in output and FAKE_TOKEN.replace(":", "%3A") not in output
    assert SECRET not in output

    assert standin.webhook_calls, "setWebhook was called"
    webhook = standin.webhook_calls[-1]
    assert webhook["url"] == PUBLIC_URL
    assert webhook["secret_token"] == SECRET
    assert "getUpdates" not in standin.methods_called()  # a webhook bot does not poll

    assert len(sent) == 1, output[-3000:]
    assert sent[0]["chat_id"] == 4242
    assert "Lloyd Austin" in sent[0]["text"]
    assert all(m["chat_id"] != intruder for m in standin.sent_messages())
    assert len(standin.sent_messages()) == 1
    assert returncode == 0, output[-3000:]  # SIGTERM stops run_webhook cleanly


# --- settings -----------------------------------------------------------------------------


def test_webhook_settings_give_listen_address_path_and_secret(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "db.sqlite3",
        webhook_url=PUBLIC_URL,
        webhook_listen="0.0.0.0",
        webhook_port=8080,
        webhook_secret=SECRET,
    )
    webhook = settings.check_webhook()
    assert webhook is not None
    assert (webhook.url, webhook.listen, webhook.port) == (PUBLIC_URL, "0.0.0.0", 8080)
    assert webhook.url_path == "quotebot/hook" and webhook.secret == SECRET
    assert SECRET not in repr(webhook) and SECRET not in repr(settings)


def test_webhook_defaults_and_polling_without_a_url(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "db.sqlite3")
    assert settings.check_webhook() is None  # no URL: polling
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8443)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"webhook_secret": None}, "QUOTEBOT_WEBHOOK_SECRET must be set"),
        ({"webhook_secret": "has spaces"}, "QUOTEBOT_WEBHOOK_SECRET is malformed"),
        ({"webhook_secret": "x" * 257}, "QUOTEBOT_WEBHOOK_SECRET is malformed"),
        ({"webhook_secret": "ümlaut"}, "QUOTEBOT_WEBHOOK_SECRET is malformed"),
        ({"webhook_url": "bot.example.org/hook"}, "QUOTEBOT_WEBHOOK_URL must be"),
        ({"webhook_url": "ftp://bot.example.org/hook"}, "QUOTEBOT_WEBHOOK_URL must be"),
    ],
)
def test_a_missing_or_malformed_webhook_setting_is_one_sentence(
    tmp_path: Path, overrides: dict[str, Any], expected: str
) -> None:
    values = {"webhook_url": PUBLIC_URL, "webhook_secret": SECRET, **overrides}
    settings = make_settings(tmp_path / "db.sqlite3", **values)
    with pytest.raises(ConfigError) as info:
        settings.check_webhook()
    message = str(info.value)
    assert message.startswith(expected) and message.count(".") >= 1
    assert "\n" not in message
    secret = overrides.get("webhook_secret")
    assert not secret or secret not in message


def test_longest_secret_telegram_allows_is_accepted(tmp_path: Path) -> None:
    secret = "A-z_9" * 51 + "x"  # 256 characters
    settings = make_settings(tmp_path / "db.sqlite3", webhook_url=PUBLIC_URL, webhook_secret=secret)
    webhook = settings.check_webhook()
    assert webhook is not None and webhook.secret == secret


@pytest.mark.parametrize("port", ["0", "70000", "https"])
def test_a_bad_webhook_port_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, port: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setenv("QUOTEBOT_WEBHOOK_PORT", port)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "QUOTEBOT_WEBHOOK_PORT" in str(info.value)


def test_webhook_settings_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUOTEBOT_WEBHOOK_URL", PUBLIC_URL)
    monkeypatch.setenv("QUOTEBOT_WEBHOOK_LISTEN", "0.0.0.0")
    monkeypatch.setenv("QUOTEBOT_WEBHOOK_PORT", "88")
    monkeypatch.setenv("QUOTEBOT_WEBHOOK_SECRET", SECRET)
    webhook = load_settings().check_webhook()
    assert webhook is not None
    assert (webhook.listen, webhook.port, webhook.secret) == ("0.0.0.0", 88, SECRET)


def test_run_bot_without_a_webhook_secret_stops_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path / "db.sqlite3", webhook_url=PUBLIC_URL)
    assert run_bot(settings) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "QUOTEBOT_WEBHOOK_SECRET" in err
    assert "Traceback" not in err


# --- Telegram's test environment and a local Bot API server -----------------------------


def test_test_environment_uses_telegrams_test_url(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "db.sqlite3", telegram_test_environment=True)
    assert settings.bot_base_url() == "https://api.telegram.org/bot{token}/test"
    app = build_application(settings, object(), request=FakeRequest())  # type: ignore[arg-type]
    assert app.bot.base_url == f"https://api.telegram.org/bot{FAKE_TOKEN}/test"


def test_a_local_bot_api_server_wins_over_the_test_environment(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "db.sqlite3",
        telegram_test_environment=True,
        telegram_base_url="http://127.0.0.1:8081/bot",
    )
    app = build_application(settings, object(), request=FakeRequest())  # type: ignore[arg-type]
    assert app.bot.base_url == f"http://127.0.0.1:8081/bot{FAKE_TOKEN}"
    assert app.bot.base_file_url == f"http://127.0.0.1:8081/file/bot{FAKE_TOKEN}"


def test_a_busy_webhook_port_stops_with_one_sentence(
    seed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with BotAPIStandin(FAKE_TOKEN) as standin, socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        settings = make_settings(
            seed_db,
            telegram_base_url=standin.base_url,
            webhook_url=PUBLIC_URL,
            webhook_port=busy.getsockname()[1],
            webhook_secret=SECRET,
        )
        assert run_bot(settings) == 1
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("quotebot: cannot listen for the webhook on 127.0.0.1:")
    assert "QUOTEBOT_WEBHOOK_PORT" in last
    assert "Traceback" not in err and FAKE_TOKEN not in err and SECRET not in err
