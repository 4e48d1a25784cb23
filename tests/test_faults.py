"""A fault run: the Bot API answers some calls with 429 (retry_after) and 502 and drops
some connections; every message still gets exactly one reply, and the bot keeps running.

The end-to-end test runs `python -m bot run` against the stand-in with a fixed fault plan.
The in-process tests pin down the retry policy of bot.app.RetryingRateLimiter: what never
reached Telegram is sent again, a read timeout (which may have reached it) is not.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from botapi_standin import BotAPIStandin, BotProcess, Fault, bot_env
from conftest import FAKE_TOKEN, make_settings
from fake_telegram import BOT_USERNAME, BotHarness, FakeRequest
from telegram.error import NetworkError, TimedOut

from bot.app import RetryingRateLimiter, build_application
from handlers.errors import APOLOGY

START_TIMEOUT = 60.0
ANSWER_TIMEOUT = 30.0

# Per method, counting its calls from 1 (retries included). sendMessage's 8th call fails
# with 502 and its retry (the 9th) is dropped: one reply that needs two retries.
FAULT_PLAN = {
    "sendMessage": {
        1: Fault.too_many(retry_after=1),
        3: Fault.bad_gateway(),
        5: Fault.drop(),
        8: Fault.bad_gateway(),
        9: Fault.drop(),
    },
    "getUpdates": {2: Fault.bad_gateway(), 6: Fault.drop(), 10: Fault.bad_gateway()},
    "setMyCommands": {1: Fault.bad_gateway()},
    "sendChatAction": {2: Fault.drop()},
}

GROUPS = (-1001000000001, -1001000000002, -1001000000003)
PRIVATE_CHATS = (501, 502, 503)
GROUP_QUESTIONS = (
    "/quotes Austin",
    f"@{BOT_USERNAME} who said jeden Zentimeter",
    "/speakers",
)
PRIVATE_QUESTIONS = ("what did Stoltenberg say", "/help", "who is quoted")


def test_every_message_gets_exactly_one_reply_despite_429_502_and_dropped_connections(
    tmp_path: Path,
) -> None:
    with BotAPIStandin(FAKE_TOKEN, faults=FAULT_PLAN) as standin:
        env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=FAKE_TOKEN, TELEGRAM_BASE_URL=standin.base_url)
        with BotProcess(env, cwd=tmp_path) as bot:
            deadline = time.monotonic() + START_TIMEOUT
            while "getUpdates" not in standin.methods_called() and time.monotonic() < deadline:
                assert bot.alive(), bot.output[-3000:]
                time.sleep(0.1)
            # 12 messages in 6 chats, in three waves so that getUpdates' faults fall
            # between them. In groups each reply quotes its message (reply_parameters).
            group_messages: list[tuple[int, int]] = []  # (chat_id, message_id)
            for wave in range(3):
                for chat in GROUPS:
                    update = standin.new_update(chat, GROUP_QUESTIONS[wave], "supergroup")
                    standin.push_update(update)
                    group_messages.append((chat, update["message"]["message_id"]))
                standin.push_message(PRIVATE_CHATS[wave], PRIVATE_QUESTIONS[wave])
                time.sleep(0.4)
            expected = len(group_messages) + len(PRIVATE_CHATS)
            standin.wait_for_messages(expected, timeout=ANSWER_TIMEOUT)
            time.sleep(1.5)  # a late duplicate would arrive now
            alive = bot.alive()
            returncode = bot.stop()
        sent = standin.sent_messages()
        served = list(standin.faults_served)
    output = bot.output

    planned = {(m, n) for m, plan in FAULT_PLAN.items() for n in plan}
    assert {(m, n) for m, n, _ in served} == planned, "every planned fault was served"
    assert alive, f"the bot died:\n{output[-3000:]}"
    assert FAKE_TOKEN not in output

    replies = Counter(
        (m["chat_id"], (m.get("reply_parameters") or {}).get("message_id")) for m in sent
    )
    for chat, message_id in group_messages:
        assert replies[(chat, message_id)] == 1, (chat, message_id, replies, output[-3000:])
    per_chat = Counter(m["chat_id"] for m in sent)
    for chat in PRIVATE_CHATS:
        assert per_chat[chat] == 1, (chat, per_chat)
    assert len(sent) == expected, [(m["chat_id"], m["text"][:40]) for m in sent]
    assert not any(APOLOGY[:20] in m["text"] for m in sent)
    assert any("Lloyd Austin" in m["text"] for m in sent)
    assert "retrying in" in output  # the bot's own retries, logged as warnings
    assert returncode == 0, output[-3000:]


# --- the retry policy, in process ---------------------------------------------------------


class FlakyRequest(FakeRequest):
    """FakeRequest whose first sendMessage attempts raise the given errors."""

    def __init__(self, errors: list[Exception]) -> None:
        super().__init__()
        self.errors = list(errors)
        self.send_attempts = 0

    async def do_request(self, url: str, method: str, request_data: Any = None, **kw: Any) -> Any:
        if url.endswith("/sendMessage"):
            self.send_attempts += 1
            if self.errors:
                raise self.errors.pop(0)
        return await super().do_request(url, method, request_data, **kw)


def _timed_out(cause: Exception) -> TimedOut:
    try:
        raise TimedOut from cause
    except TimedOut as exc:
        return exc


@pytest.fixture
def flaky_bot(seed_db: Path, seed_service: Any) -> Any:
    harnesses: list[BotHarness] = []

    def factory(errors: list[Exception]) -> tuple[BotHarness, FlakyRequest]:
        request = FlakyRequest(errors)
        application = build_application(
            make_settings(seed_db), seed_service, request=request, get_updates_request=request
        )
        limiter = application.bot.rate_limiter
        assert isinstance(limiter, RetryingRateLimiter)
        limiter.network_backoff = 0.01
        harness = BotHarness(application, request).start()
        harnesses.append(harness)
        return harness, request

    yield factory
    for harness in harnesses:
        harness.close()


def test_a_dropped_connection_and_a_connect_timeout_are_retried(flaky_bot: Any) -> None:
    bot, request = flaky_bot(
        [
            NetworkError("httpx.RemoteProtocolError: Server disconnected"),
            _timed_out(httpx.ConnectTimeout("connect")),
        ]
    )
    texts = bot.send("what did Austin say")
    assert len(texts) == 1 and "Lloyd Austin" in texts[0]
    assert request.send_attempts == 3


def test_a_read_timeout_is_not_retried_so_no_reply_can_come_twice(flaky_bot: Any) -> None:
    bot, request = flaky_bot([_timed_out(httpx.ReadTimeout("read"))])
    texts = bot.send("what did Austin say")
    # The answer was not sent again (Telegram may have it); the error handler apologised.
    assert request.send_attempts == 2
    assert texts == [APOLOGY] or texts[-1].startswith("Sorry")


def test_network_retries_are_bounded(flaky_bot: Any) -> None:
    bot, request = flaky_bot([NetworkError("Bad Gateway (502)")] * 10)
    bot.send("what did Austin say")
    # 1 + 3 retries for the answer, then 1 + 3 for the apology, which fail too.
    assert request.send_attempts == 8


def test_flood_limits_can_be_switched_off_keeping_the_retries(seed_db: Path) -> None:
    app = build_application(
        make_settings(seed_db),
        object(),  # type: ignore[arg-type]
        request=FakeRequest(),
        flood_limits=False,
    )
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, RetryingRateLimiter)
    assert limiter._base_limiter is None and limiter._group_max_rate == 0
    assert limiter.network_retries > 0 and limiter._max_retries > 0


def test_a_failed_poll_is_one_warning_and_pages_no_admin(
    make_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(admins=[777])
    with caplog.at_level(logging.WARNING, logger="handlers.errors"):
        # What PTB's updater does when getUpdates fails: the error, without an update.
        bot.runner.run(bot.application.process_error(None, NetworkError("Bad Gateway (502)")))
    assert not bot.request.calls_to("sendMessage")
    (record,) = [r for r in caplog.records if r.name == "handlers.errors"]
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "NetworkError" in record.getMessage()
