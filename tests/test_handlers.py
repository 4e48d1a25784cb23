"""The Telegram handlers, driven through the real Application on an in-process Bot API.

Expected replies come from the same core (render_html(service.ask(...))), so these tests
check the Telegram plumbing exactly; the seed-corpus assertions check the content.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FAKE_TOKEN, MakeBot, make_settings
from fake_telegram import (
    BOT_ID,
    BOT_USERNAME,
    GERMAN_USER,
    GROUP_CHAT_ID,
    BotHarness,
    html_to_text,
    message_dict,
    utf16_len,
)
from telegram import Message

import handlers
from bot.render import render_html
from handlers.ask import question_from_message
from handlers.errors import APOLOGY


def core_reply(bot: BotHarness, question: str, offset: int = 0) -> list[str]:
    return render_html(bot.service.ask(question, offset=offset))


# --- answers in a private chat ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what did Austin say",
        "was hat Stoltenberg gesagt",
        "who said jeden Zentimeter",
        "Stoltenberg",
        "what did Nobody Atall say",
    ],
)
def test_free_text_reply_is_exactly_the_core_answer(bot_app: BotHarness, question: str) -> None:
    assert bot_app.send(question) == core_reply(bot_app, question)


def test_what_did_austin_say_quotes_lloyd_austin(bot_app: BotHarness) -> None:
    reply = "\n".join(bot_app.send("what did Austin say"))
    assert "<b>Lloyd Austin</b>" in reply
    assert "<blockquote>" in reply
    assert "jeden Zentimeter" in reply


def test_was_hat_stoltenberg_gesagt_quotes_jens_stoltenberg(bot_app: BotHarness) -> None:
    reply = "\n".join(bot_app.send("was hat Stoltenberg gesagt"))
    assert "Jens Stoltenberg" in reply
    assert "deutliche Botschaft" in reply


def test_who_said_jeden_zentimeter_names_lloyd_austin(bot_app: BotHarness) -> None:
    assert "Lloyd Austin" in "\n".join(bot_app.send("who said jeden Zentimeter"))


@pytest.mark.parametrize(
    ("command", "question"),
    [
        ("/start", "/start"),
        ("/help", "/help"),
        ("/quotes Austin", "/quotes Austin"),
        ("/quotes   Lloyd   Austin", "/quotes Lloyd Austin"),
        ("/quotes", "/quotes"),
        ("/who jeden Zentimeter", "/who jeden Zentimeter"),
        ("/speakers", "/speakers"),
        ("/latest", "/latest"),
        ("/latest Austin", "/latest Austin"),
        ("/neueste", "/neueste"),
    ],
)
def test_command_reply_is_exactly_the_core_answer(
    bot_app: BotHarness, command: str, question: str
) -> None:
    assert bot_app.send(command) == core_reply(bot_app, question)


def test_quotes_command_quotes_lloyd_austin(bot_app: BotHarness) -> None:
    reply = "\n".join(bot_app.send("/quotes Austin"))
    assert "<b>Lloyd Austin</b>" in reply
    assert "jeden Zentimeter" in reply


def test_who_command_names_lloyd_austin(bot_app: BotHarness) -> None:
    assert "Lloyd Austin" in "\n".join(bot_app.send("/who jeden Zentimeter"))


def test_latest_command_answers_with_the_newest_quotations(bot_app: BotHarness) -> None:
    reply = "\n".join(bot_app.send("/latest"))
    assert "<blockquote>" in reply and "2022-10" in reply


def test_speakers_lists_austin_and_stoltenberg(bot_app: BotHarness) -> None:
    reply = "\n".join(bot_app.send("/speakers"))
    assert "Lloyd Austin" in reply
    assert "Jens Stoltenberg" in reply


def test_help_is_not_empty(bot_app: BotHarness) -> None:
    reply = bot_app.send("/help")
    assert reply and all(html_to_text(chunk).strip() for chunk in reply)


def test_markup_in_the_question_stays_escaped(bot_app: BotHarness) -> None:
    # FakeRequest rejects HTML Telegram would reject, which would end in the apology.
    question = 'what did <b>Evil</b> & "Co" <script> say'
    reply = bot_app.send(question)
    assert reply == core_reply(bot_app, question)
    assert APOLOGY not in reply
    assert "<script>" not in "".join(reply)


def test_every_reply_is_valid_telegram_html_within_the_length_limit(bot_app: BotHarness) -> None:
    for question in ["what did Austin say", "/speakers", "/help", "who said Botschaft"]:
        for chunk in bot_app.send(question):
            assert utf16_len(html_to_text(chunk)) <= 4096


def test_replies_use_html_and_no_link_previews(bot_app: BotHarness) -> None:
    bot_app.send("what did Austin say")
    call = bot_app.request.calls_to("sendMessage")[-1]
    assert call.params["parse_mode"] == "HTML"
    assert call.params["link_preview_options"] == {"is_disabled": True}


def test_edited_message_gets_no_second_answer(bot_app: BotHarness) -> None:
    update = bot_app.message_update("what did Austin say")
    update["edited_message"] = update.pop("message")
    assert bot_app.process(update) == []


# --- groups -------------------------------------------------------------------------------


def test_group_chatter_is_ignored(bot_app: BotHarness) -> None:
    assert bot_app.send("what did Austin say", chat_id=GROUP_CHAT_ID, chat_type="supergroup") == []


def test_group_mention_is_answered_without_the_mention(bot_app: BotHarness) -> None:
    replies = bot_app.send(
        f"@{BOT_USERNAME}, what did Austin say", chat_id=GROUP_CHAT_ID, chat_type="supergroup"
    )
    assert replies == core_reply(bot_app, "what did Austin say")
    # In groups the answer quotes the question it answers.
    assert "reply_parameters" in bot_app.request.calls_to("sendMessage")[-1].params


def test_group_mention_in_lower_case_is_answered(bot_app: BotHarness) -> None:
    replies = bot_app.send(
        f"was hat Stoltenberg gesagt @{BOT_USERNAME.lower()}",
        chat_id=GROUP_CHAT_ID,
        chat_type="group",
    )
    assert replies == core_reply(bot_app, "was hat Stoltenberg gesagt")


def test_group_reply_to_the_bot_is_answered(bot_app: BotHarness) -> None:
    replies = bot_app.send(
        "what did Austin say", chat_id=GROUP_CHAT_ID, chat_type="supergroup", reply_to_bot=True
    )
    assert replies == core_reply(bot_app, "what did Austin say")


def test_group_command_with_bot_name_is_answered(bot_app: BotHarness) -> None:
    replies = bot_app.send(
        f"/quotes@{BOT_USERNAME} Austin", chat_id=GROUP_CHAT_ID, chat_type="supergroup"
    )
    assert replies == core_reply(bot_app, "/quotes Austin")


def test_group_command_for_another_bot_is_ignored(bot_app: BotHarness) -> None:
    assert bot_app.send("/quotes@OtherBot Austin", chat_id=GROUP_CHAT_ID, chat_type="group") == []


def test_question_from_message_strips_the_mention(bot_app: BotHarness) -> None:
    data = message_dict(
        1, f"@{BOT_USERNAME}: who said  jeden Zentimeter", chat_id=GROUP_CHAT_ID, chat_type="group"
    )
    message = Message.de_json(data, bot_app.application.bot)
    assert question_from_message(message, BOT_USERNAME, BOT_ID) == "who said jeden Zentimeter"


def test_private_mention_of_the_bot_is_stripped_too(bot_app: BotHarness) -> None:
    assert bot_app.send(f"@{BOT_USERNAME} /quotes") == core_reply(bot_app, "/quotes")


def test_question_from_message_ignores_a_mention_of_someone_else(bot_app: BotHarness) -> None:
    data = message_dict(
        1, "@SomeoneElse what did Austin say", chat_id=GROUP_CHAT_ID, chat_type="group"
    )
    message = Message.de_json(data, bot_app.application.bot)
    assert question_from_message(message, BOT_USERNAME, BOT_ID) is None


def test_a_mention_at_the_end_leaves_a_question_the_core_reads(bot_app: BotHarness) -> None:
    # "…gesagt, @bot?" is "…gesagt?": a German question, answered in German for an
    # English app too, not "… gesagt, ?", which reads as no question form at all.
    text = f"Was hat Stoltenberg gesagt, @{BOT_USERNAME}?"
    data = message_dict(1, text, chat_id=GROUP_CHAT_ID, chat_type="group")
    message = Message.de_json(data, bot_app.application.bot)
    assert question_from_message(message, BOT_USERNAME, BOT_ID) == "Was hat Stoltenberg gesagt?"
    replies = bot_app.send(text, chat_id=GROUP_CHAT_ID, chat_type="supergroup")
    assert replies == core_reply(bot_app, "Was hat Stoltenberg gesagt?")
    assert "Zitate" in replies[0]


def test_another_bot_mentioned_alongside_is_no_part_of_the_question(bot_app: BotHarness) -> None:
    text = f"@OtherBot @{BOT_USERNAME} what did Austin say"
    replies = bot_app.send(text, chat_id=GROUP_CHAT_ID, chat_type="supergroup")
    assert replies == core_reply(bot_app, "what did Austin say")


def test_a_photo_whose_caption_asks_is_answered(bot_app: BotHarness) -> None:
    assert bot_app.send("what did Austin say", photo=True) == core_reply(
        bot_app, "what did Austin say"
    )
    group = {"chat_id": GROUP_CHAT_ID, "chat_type": "supergroup", "photo": True}
    assert bot_app.send("what did Austin say", **group) == []  # not meant for the bot
    replies = bot_app.send(f"@{BOT_USERNAME} who said jeden Zentimeter", **group)
    assert replies == core_reply(bot_app, "who said jeden Zentimeter")
    assert bot_app.send("", photo=True) == []  # a photo alone asks nothing


def test_only_emoji_gets_the_hint_not_a_name_search(bot_app: BotHarness) -> None:
    (reply,) = bot_app.send("👍🙂")
    assert [reply] == core_reply(bot_app, "👍🙂")
    assert "Ask me who said what" in reply and "nobody called" not in reply


# --- paging ---------------------------------------------------------------------------------


@pytest.fixture
def paged_bot(make_bot: MakeBot, seed_db: Path) -> Any:
    from bot.service import Quotebot

    service = Quotebot(make_settings(seed_db, page_size=1))
    service.ensure_corpus()
    yield make_bot(service=service, page_size=1)
    service.close()


def test_more_button_sends_the_next_page(paged_bot: BotHarness) -> None:
    question = "what did Stoltenberg say"
    first = paged_bot.send(question)
    assert first == core_reply(paged_bot, question)
    answer = paged_bot.service.ask(question)
    assert answer.total > 1, "the seed corpus quotes Stoltenberg more than once"

    markup = paged_bot.last_markup()
    assert markup is not None
    button = markup["inline_keyboard"][0][0]
    assert button["callback_data"].endswith(":1")
    assert button["text"] == f"▸ {answer.total - 1} more"

    second = paged_bot.press(button["callback_data"])
    assert second == core_reply(paged_bot, question, offset=1)
    assert second != first
    assert paged_bot.request.calls_to("answerCallbackQuery")
    # the pressed button is removed so a page is not sent twice
    assert paged_bot.request.calls_to("editMessageReplyMarkup")


@pytest.mark.parametrize("word", ["more", "mehr", "Mehr!"])
def test_typing_more_sends_the_next_page(paged_bot: BotHarness, word: str) -> None:
    question = "was hat Stoltenberg gesagt"
    total = paged_bot.service.ask(question).total
    assert total > 2, "the seed corpus quotes Stoltenberg at least three times"
    paged_bot.send(question)
    assert paged_bot.send(word) == core_reply(paged_bot, question, offset=1)
    assert paged_bot.send(word) == core_reply(paged_bot, question, offset=2)


def test_more_without_a_list_goes_to_the_core(bot_app: BotHarness) -> None:
    assert bot_app.send("more") == core_reply(bot_app, "more")


def test_last_page_has_no_more_button(paged_bot: BotHarness) -> None:
    paged_bot.send("who said jeden Zentimeter")
    answer = paged_bot.service.ask("who said jeden Zentimeter")
    if answer.total > 1:
        pytest.skip("the phrase matches more than one quotation")
    assert paged_bot.last_markup() is None


def test_expired_more_button_says_so(bot_app: BotHarness) -> None:
    bot_app.send("what did Austin say")
    assert bot_app.press("more:999:1") == []
    (call,) = bot_app.request.calls_to("answerCallbackQuery")
    assert "expired" in call.params["text"]


def test_expired_more_button_says_so_in_german_to_a_german_app(bot_app: BotHarness) -> None:
    bot_app.send("what did Austin say", user=GERMAN_USER)
    assert bot_app.press("more:999:1", user=GERMAN_USER) == []
    (call,) = bot_app.request.calls_to("answerCallbackQuery")
    assert call.params["text"] == "Diese Liste ist abgelaufen; bitte frag noch einmal."


def test_a_button_no_handler_knows_gets_a_notice(bot_app: BotHarness) -> None:
    # An older version's button ("page:2"), or forged data: the app must not keep waiting.
    bot_app.send("what did Austin say")
    assert bot_app.press("page:2") == []
    (call,) = bot_app.request.calls_to("answerCallbackQuery")
    assert call.params["text"] == "This button no longer works; please ask again."


def test_a_double_tap_on_more_sends_the_page_once(paged_bot: BotHarness) -> None:
    paged_bot.send("what did Stoltenberg say")
    shown = paged_bot.request.calls_to("sendMessage")[-1].result
    as_shown = {**shown, "reply_markup": dict(shown["reply_markup"])}  # before the press
    data = as_shown["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert paged_bot.press(data, message=as_shown) == core_reply(
        paged_bot, "what did Stoltenberg say", offset=1
    )
    # The second tap arrives before the app shows the button gone: nothing more is sent.
    assert paged_bot.press(data, message=as_shown) == []
    assert len(paged_bot.request.calls_to("answerCallbackQuery")) == 2


def test_more_as_a_reply_pages_the_answer_it_replies_to(paged_bot: BotHarness) -> None:
    # In a group, someone else may have asked since: "mehr" under Stoltenberg's answer
    # means Stoltenberg's next page, not the last answer's.
    group = {"chat_id": GROUP_CHAT_ID, "chat_type": "supergroup"}
    paged_bot.send(f"@{BOT_USERNAME} was hat Stoltenberg gesagt", **group)
    stoltenberg = paged_bot.request.calls_to("sendMessage")[-1].result
    paged_bot.send(f"@{BOT_USERNAME} what did Austin say", **group)
    austin = paged_bot.request.calls_to("sendMessage")[-1].result
    assert paged_bot.service.ask("what did Austin say").total > 1
    replies = paged_bot.send("mehr", reply_to=stoltenberg, **group)
    assert replies == core_reply(paged_bot, "was hat Stoltenberg gesagt", offset=1)
    replies = paged_bot.send("more", reply_to=austin, **group)
    assert replies == core_reply(paged_bot, "what did Austin say", offset=1)
    # A "more" replying to no paged answer continues the chat's last list.
    replies = paged_bot.send("more", reply_to_bot=True, **group)
    assert replies == core_reply(paged_bot, "what did Austin say", offset=2)


@pytest.fixture
def crowded_bot(make_bot: MakeBot, tmp_path: Path) -> Any:
    """25 people quoted once each: more than one page of /speakers."""
    from core_fixtures import digest, extraction, settings

    from bot.models import Person
    from bot.service import Quotebot

    surnames = (
        "Albrecht Baumgart Cordes Dietz Eckhardt Fuchs Gerlach Hoffmeister Issel Jansen "
        "Kowalski Lindner Mertens Nowak Oppermann Pohl Quast Reinhold Schuster Thiele "
        "Ullmann Vogt Wagner Xylander Zimmermann"
    ).split()
    service = Quotebot(settings(tmp_path))
    for i, surname in enumerate(surnames):
        name = f"Anna {surname}"
        ex = extraction(f"a{i}.txt", [(f"Wir bauen Brücke Nummer {i}.", name)], [Person(name)])
        assert service.store.save_extraction(ex, digest(ex))
    yield make_bot(service=service)
    service.close()


def test_the_speakers_list_pages_with_a_more_button(crowded_bot: BotHarness) -> None:
    (first,) = crowded_bot.send("/speakers")
    assert "Showing 1–20 of 25." in html_to_text(first)
    button = crowded_bot.last_markup()["inline_keyboard"][0][0]
    assert button["text"] == "▸ 5 more"
    (second,) = crowded_bot.press(button["callback_data"])
    assert "21. " in second and "Showing 21–25 of 25." in html_to_text(second)
    assert crowded_bot.last_markup() is None  # the last page
    # Typing "more" after /speakers goes on from the first page too.
    crowded_bot.send("/speakers")
    assert crowded_bot.send("more") == [second]


# --- errors ---------------------------------------------------------------------------------


class BrokenService:
    def ask(self, question: str, offset: int = 0) -> Any:
        raise RuntimeError(f"index unreadable at https://api.telegram.org/bot{FAKE_TOKEN}/x")


def test_error_is_logged_with_traceback_and_user_gets_apology(
    make_bot: MakeBot, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(service=BrokenService())
    with caplog.at_level(logging.ERROR, logger="handlers.errors"):
        replies = bot.send("what did Austin say")
    assert replies == [APOLOGY]
    (record,) = [r for r in caplog.records if r.name == "handlers.errors"]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_admins_get_the_error_line_without_the_token(make_bot: MakeBot) -> None:
    bot = make_bot(service=BrokenService(), admins=[777])
    bot.send("what did Austin say")
    (notice,) = [c for c in bot.request.calls_to("sendMessage") if c.params["chat_id"] == 777]
    assert "RuntimeError" in notice.params["text"]
    assert FAKE_TOKEN not in notice.params["text"]


# --- wiring -----------------------------------------------------------------------------------


def test_command_menu_is_set_from_the_handler_modules(bot_app: BotHarness) -> None:
    english, german = bot_app.request.calls_to("setMyCommands")
    assert "language_code" not in english.params  # the default menu
    names = [c["command"] for c in english.params["commands"]]
    assert names == ["start", "help", "quotes", "who", "speakers", "latest", "lang"]
    assert english.params["commands"][0] == {
        "command": "start",
        "description": "What this bot does",
    }
    assert german.params["language_code"] == "de"
    names = [c["command"] for c in german.params["commands"]]
    assert names == ["start", "help", "quotes", "who", "speakers", "neueste", "lang"]
    assert german.params["commands"][0] == {
        "command": "start",
        "description": "Was dieser Bot kann",
    }
    assert all(c["description"] for c in german.params["commands"])


def test_discovery_finds_every_feature_module_in_priority_order() -> None:
    names = [m.__name__.rpartition(".")[2] for m in handlers.discover()]
    assert names == [
        "basics",
        "quotes",
        "who",
        "speakers",
        "latest",
        "language",
        "admin",
        "choose",
        "paging",
        "inline",
        "ask",
        "errors",
    ]


def test_a_new_handler_module_is_picked_up_without_editing_a_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "morehandlers"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "zeta.py").write_text("PRIORITY = 1\ndef register(app):\n    app.append('zeta')\n")
    (package / "alpha.py").write_text("def register(app):\n    app.append('alpha')\n")
    (package / "_helper.py").write_text("def register(app):\n    app.append('helper')\n")
    (package / "notes.py").write_text("X = 1\n")  # no register(): not a handler module
    monkeypatch.syspath_prepend(str(tmp_path))
    import morehandlers

    registered: list[str] = []
    handlers.register_all(registered, package=morehandlers)  # type: ignore[arg-type]
    assert registered == ["zeta", "alpha"]
    for name in [n for n in sys.modules if n.startswith("morehandlers")]:
        monkeypatch.delitem(sys.modules, name)
