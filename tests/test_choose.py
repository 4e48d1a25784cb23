"""Two people of one name: the bot lists both as buttons and never picks one itself.

Driven through the real Application on the in-process Bot API (see fake_telegram.py),
over a small index with Anna Berger and Tom Berger written out by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeBot
from core_fixtures import digest, extraction, settings
from fake_telegram import GERMAN_USER, BotHarness, html_to_text

from bot.models import Person
from bot.render import render_html
from handlers._common import MAX_CALLBACK_DATA, PersonQuery, candidate_label, recall_question
from handlers.choose import EXPIRED, GONE

BRUECKE = "Die Brücke wird neu gebaut."
BAD = "Wir sparen beim Schwimmbad."
VEREIN = "Der Verein steigt auf."


def berger_service(tmp_path: Path, **overrides: Any) -> Any:
    from bot.service import Quotebot

    service = Quotebot(settings(tmp_path, **overrides))
    anna = Person("Anna Berger", ["Berger"], roles=["Bürgermeisterin"], gender="f")
    tom = Person("Tom Berger", ["Berger"], roles=["Trainer"], gender="m")
    for ex in [
        extraction("anna.txt", [(BRUECKE, "Anna Berger"), (BAD, "Anna Berger")], [anna]),
        extraction("tom.txt", [(VEREIN, "Tom Berger")], [tom]),
    ]:
        assert service.store.save_extraction(ex, digest(ex))
    return service


@pytest.fixture
def bergers(make_bot: MakeBot, tmp_path: Path) -> Iterator[BotHarness]:
    service = berger_service(tmp_path)
    yield make_bot(service=service)
    service.close()


@pytest.fixture
def paged_bergers(make_bot: MakeBot, tmp_path: Path) -> Iterator[BotHarness]:
    service = berger_service(tmp_path, page_size=1)
    yield make_bot(service=service, page_size=1)
    service.close()


def buttons(bot: BotHarness) -> list[dict[str, Any]]:
    markup = bot.last_markup()
    assert markup is not None, "the last reply has no buttons"
    return [button for row in markup["inline_keyboard"] for button in row]


def button_for(bot: BotHarness, name: str) -> dict[str, Any]:
    (button,) = [b for b in buttons(bot) if b["text"].startswith(name)]
    return button


def person_id(bot: BotHarness, name: str) -> int:
    (candidate,) = [
        c for c in bot.service.ask("was hat Berger gesagt").candidates if c.name == name
    ]
    return candidate.person_id


# --- the question lists both, as buttons ---------------------------------------------------


def test_ambiguous_name_lists_both_bergers_with_a_button_each(bergers: BotHarness) -> None:
    (reply,) = bergers.send("was hat Berger gesagt")
    assert reply == render_html(bergers.service.ask("was hat Berger gesagt"))[0]
    text = html_to_text(reply)
    assert "Wen meinst du?" in text
    assert "Anna Berger (Bürgermeisterin)" in text
    assert "Tom Berger (Trainer)" in text
    # never picked silently: no quotation of either is in the reply
    assert BRUECKE not in text and VEREIN not in text

    anna, tom = person_id(bergers, "Anna Berger"), person_id(bergers, "Tom Berger")
    labels = {b["text"]: b["callback_data"] for b in buttons(bergers)}
    assert set(labels) == {"Anna Berger (Bürgermeisterin)", "Tom Berger (Trainer)"}
    assert labels["Anna Berger (Bürgermeisterin)"].startswith(f"pick:{anna}:")
    assert labels["Tom Berger (Trainer)"].startswith(f"pick:{tom}:")
    assert all(len(data.encode("utf-8")) <= MAX_CALLBACK_DATA for data in labels.values())


def test_pressing_a_button_answers_with_that_persons_quotations_only(bergers: BotHarness) -> None:
    bergers.send("was hat Berger gesagt")
    replies = bergers.press(button_for(bergers, "Anna Berger")["callback_data"])
    text = html_to_text("\n".join(replies))
    assert "Anna Berger" in text
    assert BRUECKE in text and BAD in text
    assert VEREIN not in text and "Tom Berger" not in text
    assert "2 Zitate" in text  # in the language of the question

    (answered,) = bergers.request.calls_to("answerCallbackQuery")
    assert not answered.params.get("text")
    (edit,) = bergers.request.calls_to("editMessageReplyMarkup")
    assert not edit.params.get("reply_markup")
    # the message with the buttons no longer has them
    chosen = bergers.request.calls_to("sendMessage")[0].result
    stored = bergers.request.messages[(chosen["chat"]["id"], chosen["message_id"])]
    assert "reply_markup" not in stored


def test_pressing_the_other_button_answers_with_tom(bergers: BotHarness) -> None:
    bergers.send("what did Berger say")
    replies = bergers.press(button_for(bergers, "Tom Berger")["callback_data"])
    text = html_to_text("\n".join(replies))
    assert VEREIN in text and "1 quotation" in text
    assert BRUECKE not in text and BAD not in text


def test_the_chosen_answer_is_exactly_the_cores(bergers: BotHarness) -> None:
    bergers.send("was hat Berger gesagt")
    replies = bergers.press(button_for(bergers, "Tom Berger")["callback_data"])
    expected = bergers.service.ask_person(person_id(bergers, "Tom Berger"))
    expected.lang = "de"
    assert replies == render_html(expected)


def test_a_topic_in_the_question_carries_over_to_the_choice(bergers: BotHarness) -> None:
    bergers.send("was hat Berger über die Brücke gesagt")
    text = html_to_text(
        "\n".join(bergers.press(button_for(bergers, "Anna Berger")["callback_data"]))
    )
    assert BRUECKE in text
    assert BAD not in text


def test_a_claim_in_the_question_carries_over_to_the_choice(bergers: BotHarness) -> None:
    # Neither Berger is quoted saying it: the choice is asked, and the chosen one's
    # quotations come under the line that says so.
    bergers.send("hat Berger gesagt, dass die Steuern steigen")
    text = html_to_text(
        "\n".join(bergers.press(button_for(bergers, "Anna Berger")["callback_data"]))
    )
    assert "wird nirgends mit etwas wie „die Steuern steigen“ zitiert" in text
    assert BRUECKE in text and BAD in text


def test_a_period_in_the_question_carries_over_to_the_choice(bergers: BotHarness) -> None:
    # Neither Berger is quoted in 2022 (both articles are from 2023): the choice is
    # asked, and the chosen one's newest quotations come under the line that says so.
    bergers.send("was hat Berger im Jahr 2022 gesagt")
    text = html_to_text(
        "\n".join(bergers.press(button_for(bergers, "Anna Berger")["callback_data"]))
    )
    assert "Für 2022 habe ich nichts gefunden; hier die neuesten." in text
    assert BRUECKE in text and BAD in text


def test_a_misspelt_name_offers_buttons_too(bergers: BotHarness) -> None:
    bergers.send("what did Bergr say")
    assert {b["text"] for b in buttons(bergers)} == {
        "Anna Berger (Bürgermeisterin)",
        "Tom Berger (Trainer)",
    }


def test_a_clear_answer_has_no_choice_buttons(bergers: BotHarness) -> None:
    bergers.send("was hat Anna Berger gesagt")
    assert bergers.last_markup() is None


# --- expired and unknown buttons --------------------------------------------------------------


def test_an_expired_choice_is_answered_with_a_notice(bergers: BotHarness) -> None:
    bergers.send("was hat Berger gesagt")
    anna = person_id(bergers, "Anna Berger")
    assert bergers.press(f"pick:{anna}:999") == []
    (call,) = bergers.request.calls_to("answerCallbackQuery")
    assert call.params["text"] == EXPIRED
    assert not bergers.request.calls_to("editMessageReplyMarkup")


def test_an_expired_choice_is_noticed_in_german_to_a_german_app(bergers: BotHarness) -> None:
    bergers.send("what did Berger say", user=GERMAN_USER)
    anna = person_id(bergers, "Anna Berger")
    assert bergers.press(f"pick:{anna}:999", user=GERMAN_USER) == []
    (call,) = bergers.request.calls_to("answerCallbackQuery")
    assert call.params["text"] == "Diese Auswahl ist abgelaufen; bitte frag noch einmal."


def test_a_double_tap_on_a_choice_answers_once(bergers: BotHarness) -> None:
    bergers.send("was hat Berger gesagt")
    shown = bergers.request.calls_to("sendMessage")[-1].result
    as_shown = {**shown, "reply_markup": dict(shown["reply_markup"])}  # before the press
    data = button_for(bergers, "Anna Berger")["callback_data"]
    assert BRUECKE in html_to_text("\n".join(bergers.press(data, message=as_shown)))
    assert bergers.press(data, message=as_shown) == []
    # The other person, pressed in an app that still shows the buttons, is answered.
    tom = button_for_message(as_shown, "Tom Berger")["callback_data"]
    assert VEREIN in html_to_text("\n".join(bergers.press(tom, message=as_shown)))


def button_for_message(message: dict[str, Any], name: str) -> dict[str, Any]:
    rows = message["reply_markup"]["inline_keyboard"]
    (button,) = [b for row in rows for b in row if b["text"].startswith(name)]
    return button


@pytest.mark.parametrize("unknown", ["99999", "9" * 30])
def test_an_unknown_person_is_answered_with_a_notice(bergers: BotHarness, unknown: str) -> None:
    bergers.send("was hat Berger gesagt")
    key = button_for(bergers, "Anna Berger")["callback_data"].rsplit(":", 1)[1]
    assert bergers.press(f"pick:{unknown}:{key}") == []
    (call,) = bergers.request.calls_to("answerCallbackQuery")
    assert call.params["text"] == GONE


# --- paging after a choice ---------------------------------------------------------------------


def test_more_after_a_choice_pages_through_the_chosen_person(paged_bergers: BotHarness) -> None:
    bot = paged_bergers
    bot.send("was hat Berger gesagt")
    anna = person_id(bot, "Anna Berger")
    first = html_to_text("\n".join(bot.press(button_for(bot, "Anna Berger")["callback_data"])))
    (more,) = buttons(bot)
    assert more["callback_data"].startswith("more:") and more["callback_data"].endswith(":1")
    key = more["callback_data"].split(":")[1]
    assert bot.application.chat_data  # the key maps to the chosen person, not the question
    (chat_data,) = bot.application.chat_data.values()
    assert chat_data["paged_questions"][key] == PersonQuery(anna, topic="", lang="de")

    second = html_to_text("\n".join(bot.press(more["callback_data"])))
    assert (BRUECKE in first and BAD in second) or (BAD in first and BRUECKE in second)
    assert "Tom Berger" not in first + second and VEREIN not in first + second
    assert "Zeige 2–2 von 2." in second


@pytest.mark.parametrize("word", ["mehr", "more"])
def test_typing_more_after_a_choice_continues_the_chosen_person(
    paged_bergers: BotHarness, word: str
) -> None:
    bot = paged_bergers
    bot.send("was hat Berger gesagt")
    first = html_to_text("\n".join(bot.press(button_for(bot, "Anna Berger")["callback_data"])))
    second = html_to_text("\n".join(bot.send(word)))
    assert (BRUECKE in first and BAD in second) or (BAD in first and BRUECKE in second)
    assert VEREIN not in second and "Zeige 2–2 von 2." in second


# --- the pieces ----------------------------------------------------------------------------------


def test_candidate_label_is_name_and_role_and_short() -> None:
    assert candidate_label("Anna  Berger", None) == "Anna Berger"
    assert candidate_label("Anna Berger", "Bürgermeisterin") == "Anna Berger (Bürgermeisterin)"
    long = candidate_label("Anna Berger", "x" * 200)
    assert len(long) == 64 and long.endswith("…")


def test_recall_question_without_chat_data_is_none() -> None:
    class Context:
        chat_data = None

    assert recall_question(Context(), "1") is None  # type: ignore[arg-type]
