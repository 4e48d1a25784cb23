"""Shared fixtures: settings for tests, the seed corpus indexed once, the real bot on a fake API.

No pytest-asyncio: each BotHarness runs its Application on its own asyncio.Runner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_telegram import BotHarness, FakeRequest

from bot.config import Settings

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
# Well-formed (passes Settings.check_token) but fake; tests grep output for it.
FAKE_TOKEN = "123456789:AAE" + "Qz7xK2mN9pL4vB8cR1tY6wH3jF5gD0sA"


def make_settings(db: Path | str, **overrides: Any) -> Settings:
    """Settings for tests: explicit values, so neither .env nor the environment leak in."""
    values: dict[str, Any] = {
        "telegram_bot_token": FAKE_TOKEN,
        "telegram_base_url": None,
        "telegram_test_environment": False,
        "db": str(db),
        "corpus": str(SEEDS),
        "admins": [],
        "log_level": "INFO",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the seed corpus indexed (once per test session)."""
    from bot.service import Quotebot

    db = tmp_path_factory.mktemp("quotebot") / "quotebot.sqlite3"
    service = Quotebot(make_settings(db))
    try:
        service.ensure_corpus()
    finally:
        service.close()
    return db


@pytest.fixture(scope="session")
def seed_service(seed_db: Path) -> Iterator[Any]:
    """The core over the seed corpus, shared by the handler tests (they only read)."""
    from bot.service import Quotebot

    service = Quotebot(make_settings(seed_db))
    service.ensure_corpus()  # already indexed: nothing to do, but the real start-up path
    yield service
    service.close()


MakeBot = Callable[..., BotHarness]


@pytest.fixture
def make_bot(seed_db: Path, seed_service: Any) -> Iterator[MakeBot]:
    """Builds the real Application on a FakeRequest: make_bot(service=..., **settings)."""
    harnesses: list[BotHarness] = []

    def factory(service: Any = None, **overrides: Any) -> BotHarness:
        from bot.app import build_application

        settings = make_settings(seed_db, **overrides)
        request = FakeRequest()
        application = build_application(
            settings,
            seed_service if service is None else service,
            request=request,
            get_updates_request=request,
        )
        harness = BotHarness(application, request).start()
        harnesses.append(harness)
        return harness

    yield factory
    for harness in harnesses:
        harness.close()


@pytest.fixture
def bot_app(make_bot: MakeBot) -> BotHarness:
    """The bot over the seed corpus; `bot_app.send(text)` returns the bot's HTML replies."""
    return make_bot()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    """A store holding the seed article, extracted by hand (tests/core_fixtures.py)."""
    from core_fixtures import digest, seed_extraction

    from bot.store import Store

    s = Store(str(tmp_path / "q.sqlite3"))
    ex = seed_extraction()
    s.save_extraction(ex, digest(ex))
    yield s
    s.close()


@pytest.fixture
def asker(store: Any, tmp_path: Path) -> Any:
    """The question answerer over that store."""
    from core_fixtures import settings

    from bot.ask import Asker

    return Asker(store, settings(tmp_path))
