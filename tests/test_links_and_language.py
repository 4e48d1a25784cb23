"""Deep links (/start p<id>), the reply language (/lang, the user's Telegram language), the
typing indicator and the rate limiter, through the real Application on the fake Bot API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import make_settings
from fake_telegram import GERMAN_USER, GROUP_CHAT_ID, BotHarness, FakeRequest
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.render import render_html
from handlers.basics import name_payload, parse_payload, person_payload

BAD_LINK = "This link does not lead to anyone I know; type a name instead, e.g. Austin."
BAD_LINK_DE = (
    "Dieser Link führt zu niemandem, den ich kenne; schreib stattdessen einen Namen, z. B. Austin."
)


def person_id(bot: BotHarness, name: str) -> int:
    (person,) = [p for p in bot.service.store.all_people() if p.name == name]
    return person.id


# --- deep links ---------------------------------------------------------------------------------


def test_start_with_a_person_link_opens_that_speaker(bot_app: BotHarness) -> None:
    austin = person_id(bot_app, "Lloyd Austin")
    replies = bot_app.send(f"/start p{austin}")
    assert replies == render_html(bot_app.service.ask_person(austin))
    assert replies[0].startswith("<b>Lloyd Austin</b> (US-Verteidigungsminister): 3 quotations")


def test_a_person_link_for_a_german_app_is_answered_in_german(bot_app: BotHarness) -> None:
    austin = person_id(bot_app, "Lloyd Austin")
    replies = bot_app.send(f"/start p{austin}", user=GERMAN_USER)
    expected = bot_app.service.ask_person(austin)
    expected.lang = "de"
    assert replies == render_html(expected)
    assert "3 Zitate" in replies[0]


def test_start_with_a_name_link_opens_that_speaker(bot_app: BotHarness) -> None:
    payload = name_payload("Jens Stoltenberg")
    assert payload is not None
    assert bot_app.send(f"/start {payload}") == render_html(
        bot_app.service.ask("/quotes Jens Stoltenberg")
    )


def test_start_help_link_shows_the_help(bot_app: BotHarness) -> None:
    assert bot_app.send("/start help") == render_html(bot_app.service.ask("/help"))


@pytest.mark.parametrize(
    "payload", ["p99999999", "p" + "9" * 30, "p12x", "hello", "n!!", "nAAAA", "p1 p2"]
)
def test_a_bad_link_gets_one_friendly_sentence(bot_app: BotHarness, payload: str) -> None:
    assert bot_app.send(f"/start {payload}") == [BAD_LINK]


def test_a_bad_link_is_explained_in_german_to_a_german_app(bot_app: BotHarness) -> None:
    assert bot_app.send("/start p99999999", user=GERMAN_USER) == [BAD_LINK_DE]


def test_payloads_round_trip_and_fit_telegrams_alphabet() -> None:
    assert person_payload(17) == "p17"
    assert parse_payload("p17") == 17
    payload = name_payload("Jürgen Größe-Müller")
    assert payload is not None and len(payload) <= 64
    assert all(c.isascii() and (c.isalnum() or c in "_-") for c in payload)
    assert parse_payload(payload) == "Jürgen Größe-Müller"
    assert name_payload("x" * 100) is None  # longer than a start parameter may be
    assert parse_payload("help") == "help"
    assert parse_payload("") is None


# --- the reply language -------------------------------------------------------------------------


def test_a_german_app_gets_german_wording_for_an_english_question(bot_app: BotHarness) -> None:
    replies = bot_app.send("what did Austin say", user=GERMAN_USER)
    expected = bot_app.service.ask("what did Austin say")
    expected.lang = "de"
    assert replies == render_html(expected)
    assert replies[0].startswith("<b>Lloyd Austin</b> (US-Verteidigungsminister): 3 Zitate")


def test_an_english_app_keeps_the_questions_language(bot_app: BotHarness) -> None:
    replies = bot_app.send("was hat Austin gesagt")
    assert replies == render_html(bot_app.service.ask("was hat Austin gesagt"))
    assert "3 Zitate" in replies[0]
    assert "3 quotations" in bot_app.send("what did Austin say")[0]


def test_lang_en_overrides_a_german_app(bot_app: BotHarness) -> None:
    assert bot_app.send("/lang en", user=GERMAN_USER) == ["Replies are in English now."]
    replies = bot_app.send("was hat Austin gesagt", user=GERMAN_USER)
    expected = bot_app.service.ask("was hat Austin gesagt")
    expected.lang = "en"
    assert replies == render_html(expected)
    assert "3 quotations" in replies[0]


def test_lang_de_overrides_the_questions_language(bot_app: BotHarness) -> None:
    assert bot_app.send("/lang DE") == ["Ich antworte jetzt auf Deutsch."]
    assert "3 Zitate" in bot_app.send("what did Austin say")[0]
    assert "3 Zitate" in bot_app.send("/quotes Austin")[0]
    inline = bot_app.inline("austin")["results"][0]
    assert "1 Zitat" in inline["input_message_content"]["message_text"]


def test_lang_alone_shows_the_current_choice(bot_app: BotHarness) -> None:
    assert bot_app.send("/lang") == [
        "Replies follow your Telegram language, or else each question's. "
        "Choose one with /lang de or /lang en."
    ]
    bot_app.send("/lang de")
    assert bot_app.send("/lang") == [
        "Ich antworte auf Deutsch (deine Wahl). Ändern mit /lang de, /lang en oder /lang auto."
    ]


def test_lang_auto_forgets_the_choice(bot_app: BotHarness) -> None:
    bot_app.send("/lang de")
    assert bot_app.send("/lang auto") == [
        "Replies follow your Telegram language, or else each question's, again."
    ]
    assert "3 quotations" in bot_app.send("what did Austin say")[0]


@pytest.mark.parametrize("args", ["fr", "de en", "deutsch"])
def test_lang_with_an_unknown_language_says_how(bot_app: BotHarness, args: str) -> None:
    assert bot_app.send(f"/lang {args}") == ["Please choose with /lang de, /lang en or /lang auto."]
    assert bot_app.send(f"/lang {args}", user=GERMAN_USER) == [
        "Bitte wähle mit /lang de, /lang en oder /lang auto."
    ]


def test_the_language_choice_is_per_user(bot_app: BotHarness) -> None:
    bot_app.send("/lang de")
    assert (
        "3 quotations"
        in bot_app.send("what did Austin say", user={**GERMAN_USER, "language_code": "en-GB"})[0]
    )


# --- typing indicator and rate limiter ------------------------------------------------------------


@pytest.mark.parametrize("question", ["what did Austin say", "/quotes Austin", "/who Botschaft"])
def test_typing_is_shown_before_the_answer(bot_app: BotHarness, question: str) -> None:
    since = len(bot_app.request.calls)
    bot_app.send(question)
    methods = [c.method for c in bot_app.request.calls[since:]]
    assert methods == ["sendChatAction", "sendMessage"]
    (typing,) = bot_app.request.calls_to("sendChatAction")
    assert typing.params == {"chat_id": 4242, "action": "typing"}


def test_no_typing_for_group_chatter_the_bot_ignores(bot_app: BotHarness) -> None:
    bot_app.send("what did Austin say", chat_id=GROUP_CHAT_ID, chat_type="supergroup")
    assert not bot_app.request.calls_to("sendChatAction")


def test_the_application_uses_the_rate_limiter(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "db.sqlite3")
    app = build_application(settings, object(), request=FakeRequest())  # type: ignore[arg-type]
    assert isinstance(app.bot.rate_limiter, AIORateLimiter)


def test_the_more_button_speaks_the_replys_language(make_bot: Any, seed_db: Path) -> None:
    from bot.service import Quotebot

    service = Quotebot(make_settings(seed_db, page_size=1))
    bot = make_bot(service=service, page_size=1)
    bot.send("was hat Stoltenberg gesagt")
    assert bot.last_markup()["inline_keyboard"][0][0]["text"] == "▸ 5 weitere"  # type: ignore[index]
    bot.send("what did Stoltenberg say")
    assert bot.last_markup()["inline_keyboard"][0][0]["text"] == "▸ 5 more"  # type: ignore[index]
    service.close()
