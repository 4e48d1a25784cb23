"""bot/app.py: building the Application, keeping the token out of logs, run_bot's exit codes."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from botapi_standin import BotAPIStandin
from conftest import FAKE_TOKEN, make_settings
from fake_telegram import FakeRequest
from telegram.constants import ParseMode

from bot.app import (
    TokenRedactingFilter,
    build_application,
    install_token_redaction,
    run_bot,
)
from bot.config import ConfigError

# --- build_application ------------------------------------------------------------------------


def test_build_application_keeps_service_settings_and_html_defaults(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "db.sqlite3")
    service = object()
    app = build_application(settings, service, request=FakeRequest())  # type: ignore[arg-type]
    assert app.bot_data["service"] is service
    assert app.bot_data["settings"] is settings
    assert app.bot.defaults is not None
    assert app.bot.defaults.parse_mode == ParseMode.HTML
    assert app.bot.defaults.link_preview_options.is_disabled is True
    assert app.bot.base_url == f"https://api.telegram.org/bot{FAKE_TOKEN}"


def test_custom_base_url_gets_the_token_filled_in(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "db.sqlite3", telegram_base_url="http://127.0.0.1:8081/bot{token}"
    )
    app = build_application(settings, object(), request=FakeRequest())  # type: ignore[arg-type]
    assert app.bot.base_url == f"http://127.0.0.1:8081/bot{FAKE_TOKEN}"
    assert app.bot.base_file_url == f"http://127.0.0.1:8081/file/bot{FAKE_TOKEN}"


@pytest.mark.parametrize("token", [None, "garbage", "123:short"])
def test_build_application_refuses_a_missing_or_malformed_token(
    tmp_path: Path, token: str | None
) -> None:
    settings = make_settings(tmp_path / "db.sqlite3", telegram_bot_token=token)
    with pytest.raises(ConfigError) as info:
        build_application(settings, object())  # type: ignore[arg-type]
    assert "TELEGRAM_BOT_TOKEN" in str(info.value)


# --- token redaction --------------------------------------------------------------------------


@pytest.fixture
def log_stream() -> Iterator[tuple[logging.Logger, io.StringIO, logging.Handler]]:
    """A handler of our own, so the filter is checked on real formatted output."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("quotebot.test.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream, handler
    logger.removeHandler(handler)


def test_token_is_redacted_in_message_args_and_traceback(
    log_stream: tuple[logging.Logger, io.StringIO, logging.Handler],
) -> None:
    logger, stream, handler = log_stream
    install_token_redaction(FAKE_TOKEN, [handler])
    url = f"https://api.telegram.org/bot{FAKE_TOKEN}/getMe"
    logger.debug(f"HTTP Request: POST {url}")
    logger.debug("Set Bot API URL: %s", url)
    logger.info("percent-encoded: %s", FAKE_TOKEN.replace(":", "%3A"))
    try:
        raise RuntimeError(f"connection to {url} failed")
    except RuntimeError:
        logger.exception("request failed")
    logger.warning("stack", stack_info=True, extra={"token_note": FAKE_TOKEN})
    output = stream.getvalue()
    assert FAKE_TOKEN not in output
    assert FAKE_TOKEN.replace(":", "%3A") not in output
    assert "https://api.telegram.org/bot[token]/getMe" in output
    assert "Traceback" in output and "RuntimeError: connection to" in output


def test_redaction_is_installed_on_root_handlers_once(
    log_stream: tuple[logging.Logger, io.StringIO, logging.Handler],
) -> None:
    _, _, handler = log_stream
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        install_token_redaction(FAKE_TOKEN)
        install_token_redaction(FAKE_TOKEN)
        filters = [f for f in handler.filters if isinstance(f, TokenRedactingFilter)]
        assert len(filters) == 1
    finally:
        root.removeHandler(handler)
        for f in list(handler.filters):
            handler.removeFilter(f)


def test_httpx_request_logs_are_silenced_below_warning() -> None:
    install_token_redaction(FAKE_TOKEN, [])
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() == logging.WARNING


# --- run_bot ------------------------------------------------------------------------------------


def test_run_bot_with_malformed_token_says_so_and_returns_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path / "db.sqlite3", telegram_bot_token="garbage")
    assert run_bot(settings) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in err
    assert "Traceback" not in err


def test_run_bot_with_a_token_telegram_rejects_returns_2(
    seed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with BotAPIStandin(token="999:" + "B" * 35) as standin:  # accepts a different token
        settings = make_settings(seed_db, telegram_base_url=standin.base_url)
        assert run_bot(settings) == 2
    err = capsys.readouterr().err
    assert "rejected TELEGRAM_BOT_TOKEN" in err
    assert "Traceback" not in err and FAKE_TOKEN not in err


def test_run_bot_without_a_reachable_api_returns_1(
    seed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with BotAPIStandin(token=FAKE_TOKEN) as standin:
        base_url = standin.base_url  # a port that was free a moment ago and now is closed
    settings = make_settings(seed_db, telegram_base_url=base_url)
    assert run_bot(settings) == 1
    err = capsys.readouterr().err
    assert "cannot reach the Telegram Bot API at http://127.0.0.1:" in err
    assert "Traceback" not in err and FAKE_TOKEN not in err
