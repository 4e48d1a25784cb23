"""Inline mode ("@bot austin" in any chat), through the real Application on the fake Bot API."""

from __future__ import annotations

import dataclasses

import pytest
from fake_telegram import GERMAN_USER, BotHarness, html_to_text

import handlers.inline
from bot.models import QuoteHit
from bot.render import render_html
from handlers.inline import one_quotation_html, result_description, result_title

SEED_NAME = "000_ebafc181cd285df9.txt"


def expected_results(bot: BotHarness, query: str, lang: str | None = None) -> list[dict]:
    """What the inline answer should hold: one article per quotation of the core's answer."""
    answer = bot.service.asker.ask(query, limit=handlers.inline.PAGE_SIZE)
    if lang:
        answer.lang = lang
    return [
        {
            "type": "article",
            "id": str(i),
            "title": result_title(hit, answer.lang),
            "description": result_description(hit),
            "input_message_content": {
                "message_text": render_html(
                    dataclasses.replace(answer, quotes=[hit], total=1, offset=0)
                )[0],
                "parse_mode": "HTML",
                "link_preview_options": {"is_disabled": True},
            },
        }
        for i, hit in enumerate(answer.quotes)
    ]


def test_inline_austin_lists_his_quotations_as_articles(bot_app: BotHarness) -> None:
    params = bot_app.inline("austin")
    results = params["results"]
    assert results == expected_results(bot_app, "austin")
    assert len(results) == bot_app.service.ask("austin").total == 3
    assert "next_offset" not in params  # all on one page
    assert params["is_personal"] is True  # the wording depends on the user's language
    for result in results:
        assert result["title"].startswith("Lloyd Austin — „")
        assert result["description"] == f"{SEED_NAME} · 2022-10"
        text = result["input_message_content"]["message_text"]
        assert text.startswith(
            "<b>Lloyd Austin</b> (US-Verteidigungsminister): 1 quotation\n\n<blockquote>"
        )
        assert text.endswith(
            f"<b>Lloyd Austin</b>, US-Verteidigungsminister\n<i>{SEED_NAME}</i> · 2022-10"
        )
    titles = " ".join(r["title"] for r in results)
    assert "jeden Zentimeter" in titles


def test_inline_result_is_the_chat_reply_for_that_one_quotation(bot_app: BotHarness) -> None:
    (result, *_) = bot_app.inline("austin")["results"]
    answer = bot_app.service.ask("austin")
    one = dataclasses.replace(answer, quotes=answer.quotes[:1], total=1, offset=0)
    assert result["input_message_content"]["message_text"] == "\n\n".join(render_html(one))


def test_inline_who_said_names_the_speaker(bot_app: BotHarness) -> None:
    results = bot_app.inline("who said jeden Zentimeter")["results"]
    assert results == expected_results(bot_app, "who said jeden Zentimeter")
    assert results and all(r["title"].startswith("Lloyd Austin — ") for r in results)
    assert "Zentimeter" in html_to_text(results[0]["input_message_content"]["message_text"])


def test_inline_results_page_through_offset(
    bot_app: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers.inline, "PAGE_SIZE", 2)
    everything = bot_app.service.asker.ask("stoltenberg", limit=50).quotes
    assert len(everything) == 6, "the seed corpus quotes Stoltenberg six times"
    first = bot_app.inline("stoltenberg")
    assert first["next_offset"] == "2"
    second = bot_app.inline("stoltenberg", offset="2")
    assert second["next_offset"] == "4"
    third = bot_app.inline("stoltenberg", offset="4")
    assert "next_offset" not in third  # the last page
    pages = [first, second, third]
    assert [r["id"] for p in pages for r in p["results"]] == ["0", "1", "2", "3", "4", "5"]
    titles = [r["title"] for p in pages for r in p["results"]]
    assert titles == [result_title(hit, "en") for hit in everything]


def test_inline_offset_past_the_end_is_answered_without_results(bot_app: BotHarness) -> None:
    params = bot_app.inline("stoltenberg", offset="60")
    assert params["results"] == []
    assert "next_offset" not in params


def test_empty_inline_query_offers_the_help_button(bot_app: BotHarness) -> None:
    params = bot_app.inline("   ")
    assert params["results"] == []
    assert params["button"] == {"text": "Type a name, or “who said …”", "start_parameter": "help"}
    german = bot_app.inline("", user=GERMAN_USER)
    assert german["button"]["text"] == "Schreib einen Namen oder „wer sagte …“"


def test_inline_unknown_name_says_so_on_the_button(bot_app: BotHarness) -> None:
    params = bot_app.inline("Xaverius Quenzelmann")
    assert params["results"] == []
    assert params["button"] == {
        "text": "I know nobody called Xaverius Quenzelmann.",
        "start_parameter": "help",
    }


def test_inline_wording_follows_a_german_telegram_app(bot_app: BotHarness) -> None:
    results = bot_app.inline("what did Austin say", user=GERMAN_USER)["results"]
    assert results == expected_results(bot_app, "what did Austin say", lang="de")
    assert results[0]["input_message_content"]["message_text"].startswith(
        "<b>Lloyd Austin</b> (US-Verteidigungsminister): 1 Zitat\n\n"
    )


def test_every_inline_query_is_answered(bot_app: BotHarness) -> None:
    queries = ["austin", "", "nobody at all", "who said Botschaft", "was hat Stoltenberg gesagt"]
    for query in queries:
        bot_app.inline(query)
    assert len(bot_app.request.calls_to("answerInlineQuery")) == len(queries)
    assert not bot_app.request.calls_to("sendMessage")  # no apology: nothing went wrong


def test_result_title_and_description_are_short_plain_text() -> None:
    hit = QuoteHit(
        text="„" + "sehr " * 30 + "lang“",
        speaker=None,
        role=None,
        type="direct",
        source="/corpus/2023/artikel.txt",
        date=None,
    )
    assert result_title(hit, "de") == "unbekannt — „" + "sehr " * 11 + "seh…"  # 60 characters
    assert result_title(hit, "en").startswith("unknown speaker — ")
    assert result_description(hit) == "artikel.txt"
    nameless = dataclasses.replace(hit, speaker_text="ein Sprecher der Polizei")
    assert result_title(nameless, "de").startswith("ein Sprecher der Polizei — „sehr ")
    titled = dataclasses.replace(hit, title="Nato & Partner", date="2023-05-01")
    assert result_description(titled) == "Nato & Partner · 2023-05-01"


def test_one_quotation_html_escapes_the_quotation(bot_app: BotHarness) -> None:
    answer = bot_app.service.ask("austin")
    hit = dataclasses.replace(answer.quotes[0], text="<b>bold</b> & co")
    text = one_quotation_html(answer, hit)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in text
    html_to_text(text)  # valid Telegram HTML
