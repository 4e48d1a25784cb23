"""Bot throughput: 50 chats x 20 messages through the real Application.

    python benchmarks/bot_load.py                 # 50 chats x 20 messages, both modes
    python benchmarks/bot_load.py --rounds 5      # median of 5 rounds per mode (default 3)
    python benchmarks/bot_load.py --chats 10 --messages 5 --json

The Application is the one `quotebot run` builds (bot.app.build_application: every
handler in handlers/, the HTML defaults, the retrying rate limiter) over the seed corpus,
indexed into a temporary database. Only the HTTP layer is replaced: the in-process fake
Bot API of the tests (tests/fake_telegram.FakeRequest), which answers at once and checks
every reply's HTML as Telegram would. Telegram's flood limits are switched off
(`flood_limits=False`; the retries stay): with them on, the run would measure Telegram's
~30 messages a second, not the bot.

Each chat sends 20 questions, a fixed mix of speaker questions ("what did Austin say",
/quotes, a typo, a surname alone), phrase questions ("who said ...", /who), /help,
/start, /speakers, "who is quoted" and /latest; 40 of the 50 chats are private, 10 are
groups (where the bot is mentioned or given a command). The 1,000 updates go through
`application.process_update`, timed from the update's arrival to the end of its handling:

- sequential: one update after another, as `quotebot run` handles them (PTB's default,
  concurrent_updates off);
- concurrent: a burst of all 1,000 at once, at most 256 in flight (as with
  ApplicationBuilder().concurrent_updates(256)); latency counts from the burst, so it
  includes the wait for a turn (the core's work is synchronous: one core either way).

An update counts as answered when at least one sendMessage for it reached the fake API
(sequential: the calls it made; concurrent: per chat, as many replies as sequentially).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))  # the fake Bot API the tests use

from fake_telegram import BOT_USERNAME, FakeRequest, message_dict  # noqa: E402
from telegram import Update  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.config import Settings  # noqa: E402

TOKEN = "123456789:AAE" + "Qz7xK2mN9pL4vB8cR1tY6wH3jF5gD0sA"  # well-formed, never sent
MENTION = f"@{BOT_USERNAME} "
# 20 questions per chat: speaker (9), phrase (5), help and overview (6).
QUESTIONS = [
    "what did Austin say",
    "who said jeden Zentimeter",
    "/quotes Stoltenberg",
    "/help",
    "was hat Stoltenberg gesagt",
    "wer sagte „sehr deutliche Botschaft“",
    "quotes by Lloyd Austin",
    "who is quoted",
    "stoltenbreg",
    "/who Zentimeter",
    "Austin",
    "/start",
    "what did Jens Stoltenberg say",
    "who said deutliche Botschaft",
    "/speakers",
    "was sagte Lloyd Austin",
    "/latest",
    "who said jeden Zentimeter verteidigen",
    "/quotes austin",
    "wer wird zitiert",
]
MAX_IN_FLIGHT = 256


def make_updates(chats: int, messages: int) -> list[dict[str, Any]]:
    """chats x messages updates, chat by chat interleaved (round-robin), as they arrive."""
    update_ids = itertools.count(1)
    message_ids = itertools.count(1)
    updates: list[dict[str, Any]] = []
    for round_ in range(messages):
        for chat in range(chats):
            group = chat % 5 == 4  # every fifth chat is a group
            chat_id = -1001000000000 - chat if group else 10_000 + chat
            text = QUESTIONS[(round_ + chat) % len(QUESTIONS)]
            if group and not text.startswith("/"):
                text = MENTION + text
            message = message_dict(
                next(message_ids),
                text,
                chat_id=chat_id,
                chat_type="supergroup" if group else "private",
                user={
                    "id": 20_000 + chat,
                    "is_bot": False,
                    "first_name": "U",
                    "language_code": "en",
                },
            )
            updates.append({"update_id": next(update_ids), "message": message})
    return updates


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(application: Any, request: FakeRequest, updates: list[dict[str, Any]],
              concurrent: bool) -> dict[str, Any]:  # fmt: skip
    latencies: list[float] = []
    answered = 0
    semaphore = asyncio.Semaphore(MAX_IN_FLIGHT)

    async def handle(data: dict[str, Any], arrived: float | None = None) -> None:
        arrived = arrived or time.perf_counter()
        async with semaphore:
            await application.process_update(Update.de_json(data, application.bot))
        latencies.append(time.perf_counter() - arrived)

    since = len(request.calls)
    start = time.perf_counter()
    if concurrent:
        # A burst: all updates arrive at `start`, so latency includes the wait for a turn.
        await asyncio.gather(*(handle(u, start) for u in updates))
    else:
        for data in updates:
            before = len(request.calls)
            await handle(data)
            answered += any(c.method == "sendMessage" for c in request.calls[before:])
    elapsed = time.perf_counter() - start
    sent = [c for c in request.calls[since:] if c.method == "sendMessage"]
    return {
        "mode": "concurrent" if concurrent else "sequential",
        "updates": len(updates),
        "answered": answered,
        "replies": len(sent),
        "replies_per_chat": Counter(int(c.params["chat_id"]) for c in sent),
        "api_calls": len(request.calls) - since,
        "seconds": elapsed,
        "messages_per_second": len(updates) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * percentile(latencies, 0.99),
    }


async def bench(
    settings: Settings, service: Any, updates: list[dict[str, Any]], rounds: int
) -> list[dict]:
    results = []
    for concurrent in (False, True):
        request = FakeRequest()
        application = build_application(
            settings, service, request=request, get_updates_request=request, flood_limits=False
        )
        await application.initialize()
        if application.post_init:
            await application.post_init(application)
        await run(application, request, make_updates(2, 10), concurrent=False)  # warm up
        runs = [await run(application, request, updates, concurrent) for _ in range(rounds)]
        runs.sort(key=lambda r: r["messages_per_second"])
        results.append({**runs[len(runs) // 2], "rounds": rounds})  # the median round
        await application.shutdown()
    sequential, concurrent_ = results
    # Concurrent handling cannot be matched update by update; per chat it must send what
    # the sequential run sent.
    same = concurrent_["replies_per_chat"] == sequential["replies_per_chat"]
    concurrent_["answered"] = sequential["answered"] if same else -1
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--messages", type=int, default=20, help="per chat")
    parser.add_argument("--rounds", type=int, default=3, help="per mode; the median is shown")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from bot.service import Quotebot

    updates = make_updates(args.chats, args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            telegram_bot_token=TOKEN,
            db=str(Path(tmp) / "quotebot.sqlite3"),
            corpus=str(ROOT / "seeds"),
            log_level="WARNING",
        )
        service = Quotebot(settings)
        try:
            service.ensure_corpus()
            results = asyncio.run(bench(settings, service, updates, args.rounds))
        finally:
            service.close()

    ok = all(r["answered"] == len(updates) for r in results)
    if args.json:
        for r in results:
            r.pop("replies_per_chat")
        print(json.dumps({"chats": args.chats, "messages": args.messages, "results": results}))
        return 0 if ok else 1
    print(f"{args.chats} chats x {args.messages} messages = {len(updates)} updates, "
          f"flood limits off, fake Bot API in process; median of {args.rounds} rounds")  # fmt: skip
    print(f"{'mode':<11} {'answered':>9} {'replies':>8} {'seconds':>8} {'msg/s':>7} "
          f"{'p50 ms':>7} {'p99 ms':>7}")  # fmt: skip
    for r in results:
        answered = f"{r['answered']}/{r['updates']}" if r["answered"] >= 0 else "MISMATCH"
        print(
            f"{r['mode']:<11} {answered:>9} {r['replies']:>8} {r['seconds']:>8.2f} "
            f"{r['messages_per_second']:>7.0f} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
