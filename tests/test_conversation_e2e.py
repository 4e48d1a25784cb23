"""One scripted conversation with the real bot: `python -m bot run` in a subprocess, polling
the Bot API stand-in on 127.0.0.1 (tests/botapi_standin.py).

One process (QUOTEBOT_ADMINS = Ada's id, the repository's seeds/ as corpus, a fresh
QUOTEBOT_DB, QUOTEBOT_PAGE_SIZE=2) goes through every Telegram feature in turn: /start,
/help, free-text questions in English and German, /lang, /quotes with its "more" button,
an admin's file upload and web page, two people called Berger and the choice buttons,
/start deep links, inline mode, a group (only the message that mentions the bot is
answered) and a refused /add. Updates are handled one at a time, so the replies must come
in exactly the order of the messages: each message gets exactly one reply, checked one
by one and again at the end. The token must appear nowhere in the process's output.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from botapi_standin import BotAPIStandin, BotProcess, bot_env
from conftest import FAKE_TOKEN
from fake_telegram import BOT_USERNAME, GERMAN_USER, USER, html_to_text
from test_admin_ingest import NewsSite

START_TIMEOUT = 60.0
REPLY_TIMEOUT = 20.0
SETTLE = 1.0  # after the last reply: a duplicate would arrive now

ADA = USER  # English app, admin (QUOTEBOT_ADMINS)
GRETE = GERMAN_USER  # German app (language_code "de")
EVE = {**USER, "id": 5555, "first_name": "Eve"}  # not an admin
GROUP = -1001000000077

BERGER_TXT = (
    " date 2024-03 Neue Brücke für Lindenau\n"
    "Die Bürgermeisterin von Lindenau, Anna Berger, hat am Montag den Neubau der Brücke "
    "angekündigt. „Die Brücke wird im Sommer neu gebaut“, sagte Berger im Rathaus.\n"
    "„Beim Schwimmbad müssen wir leider sparen“, sagte Anna Berger.\n"
    "Auch im Sport gibt es Neuigkeiten. Der Trainer des FC Lindenau, Tom Berger, freut sich "
    "über den Aufstieg. „Der Verein steigt in die Landesliga auf“, sagte Tom Berger nach "
    "dem Spiel.\n"
)


PAGE = "/politik/wasserpreise.html"


@pytest.fixture
def page_server() -> Iterator[NewsSite]:
    """The admin-ingest tests' news site: the page an admin sends, and who asked for it."""
    site = NewsSite()
    site.thread.start()
    yield site
    site.server.shutdown()
    site.server.server_close()


class Conversation:
    """Pushes one update at a time and waits for what it must cause; keeps the expected
    replies (chat ids, in order) for the final exactly-once check."""

    def __init__(self, standin: BotAPIStandin, bot: BotProcess) -> None:
        self.standin = standin
        self.bot = bot
        self.expected_chats: list[int] = []

    def _wait(self, predicate: Callable[[], bool], what: str) -> None:
        if not self.standin.wait_until(predicate, timeout=REPLY_TIMEOUT):
            raise AssertionError(
                f"no {what} within {REPLY_TIMEOUT:.0f} s:\n{self.bot.output[-3000:]}"
            )

    def reply_to(self, push: Callable[[], Any], chat_id: int) -> dict[str, Any]:
        """Pushes an update that must get one reply in `chat_id`; returns that reply's
        sendMessage parameters, with the Message Telegram returned under "_message"."""
        before = len(self.standin.sent_messages())
        push()
        self._wait(lambda: len(self.standin.sent) > before, "reply")
        reply = self.standin.sent_messages()[before]
        assert int(reply["chat_id"]) == chat_id, (reply, chat_id)
        self.expected_chats.append(chat_id)
        return {**reply, "_message": self.standin.sent_results()[before]}

    def say(self, user: dict[str, Any], text: str, chat_id: int | None = None) -> dict[str, Any]:
        chat = user["id"] if chat_id is None else chat_id
        chat_type = "private" if chat > 0 else "supergroup"
        return self.reply_to(lambda: self.standin.push_message(chat, text, chat_type, user), chat)

    def press(self, reply: dict[str, Any], label_part: str, user: dict[str, Any]) -> dict[str, Any]:
        """Presses the button whose text contains `label_part` under `reply`: the callback
        query is answered and the next message is sent. Returns that message."""
        message = reply["_message"]
        buttons = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
        (button,) = [b for b in buttons if label_part in b["text"]]
        answered = len(self.standin.calls_to("answerCallbackQuery"))
        ids: list[str] = []
        sent = self.reply_to(
            lambda: ids.append(self.standin.push_callback(message, button, user)),
            message["chat"]["id"],
        )
        self._wait(lambda: len(self.standin.calls_to("answerCallbackQuery")) > answered, "answer")
        assert self.standin.calls_to("answerCallbackQuery")[answered]["callback_query_id"] == ids[0]
        edits = [
            c for c in self.standin.calls_to("editMessageReplyMarkup")
            if int(c["message_id"]) == message["message_id"]
        ]  # fmt: skip
        assert edits, "the used button was taken away"
        return sent


def text_of(reply: dict[str, Any]) -> str:
    """What Telegram would show (the HTML checked as Telegram checks it)."""
    return html_to_text(reply["text"])


def buttons_of(reply: dict[str, Any]) -> list[dict[str, Any]]:
    markup = reply.get("reply_markup") or {"inline_keyboard": []}
    return [b for row in markup["inline_keyboard"] for b in row]


def test_a_whole_conversation_with_the_real_bot_process(
    tmp_path: Path, page_server: NewsSite
) -> None:
    started = time.monotonic()
    with BotAPIStandin(FAKE_TOKEN) as standin:
        env = bot_env(
            tmp_path,
            TELEGRAM_BOT_TOKEN=FAKE_TOKEN,
            TELEGRAM_BASE_URL=standin.base_url,
            QUOTEBOT_ADMINS=str(ADA["id"]),
            QUOTEBOT_PAGE_SIZE="2",
            NO_PROXY="127.0.0.1,localhost",
            no_proxy="127.0.0.1,localhost",
        )
        with BotProcess(env, cwd=tmp_path) as bot:
            chat = Conversation(standin, bot)
            if not standin.wait_until(
                lambda: "getUpdates" in [m for m, _ in standin.calls], START_TIMEOUT
            ):
                raise AssertionError(f"the bot never polled:\n{bot.output[-3000:]}")

            # --- /start, /help ---------------------------------------------------------
            start = chat.say(ADA, "/start")
            assert start["parse_mode"] == "HTML"
            assert "I find quotations in news articles" in text_of(start)
            help_ = chat.say(ADA, "/help")
            assert "/quotes Austin" in text_of(help_) and "/who jeden Zentimeter" in text_of(help_)

            # --- a free-text question -----------------------------------------------------
            austin = chat.say(ADA, "what did Austin say")
            assert austin["text"].startswith(
                "<b>Lloyd Austin</b> (US-Verteidigungsminister): 3 quotations"
            )
            assert austin["text"].count("<blockquote>") == 2  # a page of two
            assert "Showing 1–2 of 3." in text_of(austin)
            assert [b["text"] for b in buttons_of(austin)] == ["▸ 1 more"]

            # --- German: a German app gets German, /lang en switches --------------------------
            german = chat.say(GRETE, "was hat Stoltenberg gesagt")
            assert german["text"].startswith(
                "<b>Jens Stoltenberg</b> (Nato-Generalsekretär): 6 Zitate"
            )
            assert "<blockquote>„sehr deutliche Botschaft“</blockquote>" in german["text"]
            assert "Zeige 1–2 von 6." in text_of(german)
            assert [b["text"] for b in buttons_of(german)] == ["▸ 4 weitere"]
            assert text_of(chat.say(GRETE, "/lang en")) == "Replies are in English now."
            english = chat.say(GRETE, "was hat Stoltenberg gesagt")
            assert english["text"].startswith(
                "<b>Jens Stoltenberg</b> (Nato-Generalsekretär): 6 quotations"
            )
            assert "Showing 1–2 of 6." in text_of(english)

            # --- /quotes and its "more" button ------------------------------------------------
            quotes = chat.say(ADA, "/quotes Stoltenberg")
            assert "Showing 1–2 of 6." in text_of(quotes)
            page2 = chat.press(quotes, "4 more", ADA)
            assert page2["text"].startswith("<b>Jens Stoltenberg</b>")
            assert "Showing 3–4 of 6." in text_of(page2)
            assert page2["text"].count("<blockquote>") == 2
            assert page2["text"] != quotes["text"]
            assert [b["text"] for b in buttons_of(page2)] == ["▸ 2 more"]

            # --- an admin's file: downloaded, indexed, summed up ---------------------------
            upload = chat.reply_to(
                lambda: standin.push_document(ADA["id"], "lindenau.txt", BERGER_TXT.encode(), ADA),
                ADA["id"],
            )
            summary = text_of(upload)
            assert summary.startswith("Indexed: ") and " quotations — " in summary, bot.output[
                -4000:
            ]
            assert "Anna Berger (" in summary and "Tom Berger (" in summary
            assert any(p.endswith("_lindenau.txt") for p in standin.downloads)

            # --- two people called Berger: the bot asks, the user picks -------------------
            which = chat.say(ADA, "what did Berger say")
            assert text_of(which).startswith("Which one do you mean?")
            labels = [b["text"] for b in buttons_of(which)]
            # the roles come from the appositions ('Der Trainer des FC Lindenau, Tom Berger')
            assert sorted(labels) == [
                "Anna Berger (Bürgermeisterin von Lindenau)",
                "Tom Berger (Trainer des FC Lindenau)",
            ], labels
            tom = chat.press(which, "Tom Berger (Trainer des FC Lindenau)", ADA)
            assert tom["text"].startswith("<b>Tom Berger</b>")
            assert (
                "<blockquote>„Der Verein steigt in die Landesliga auf“</blockquote>" in tom["text"]
            )
            (anna_button,) = [
                b
                for b in buttons_of(which)
                if b["text"] == "Anna Berger (Bürgermeisterin von Lindenau)"
            ]
            anna_id = int(anna_button["callback_data"].split(":")[1])

            # --- /start deep links: a person by id, and by name ----------------------------
            anna = chat.say(ADA, f"/start p{anna_id}")
            assert anna["text"].startswith("<b>Anna Berger</b>")
            assert "„Die Brücke wird im Sommer neu gebaut“" in anna["text"]
            by_name = base64.urlsafe_b64encode(b"Lloyd Austin").decode().rstrip("=")
            assert chat.say(EVE, f"/start n{by_name}")["text"].startswith("<b>Lloyd Austin</b>")
            bad = chat.say(EVE, "/start p999999")
            assert text_of(bad).startswith("This link does not lead to anyone I know")

            # --- an admin's web page; a URL from anyone else is only a question ---------------
            page = text_of(chat.say(ADA, page_server.url(PAGE)))
            assert page.startswith("Indexed: ") and "Katrin Vogel (" in page, page
            assert "Markus Lehmann (" in page
            assert page_server.requests == [PAGE]
            vogel = chat.say(EVE, "was hat Vogel gesagt")
            assert "<i>Streit um Wasserpreise</i> · 2024-04-17" in vogel["text"]
            eve_url = chat.say(EVE, page_server.url(PAGE))
            assert (
                text_of(eve_url)
                == f"Nobody in the index said anything like “{page_server.url(PAGE)}”."
            )
            assert page_server.requests == [PAGE], "never fetched for Eve"

            # --- a non-admin's /add is refused ------------------------------------------------
            refused = chat.say(EVE, "/add „Das bleibt draußen“, sagte Eve Mallory.")
            assert text_of(refused) == "Sorry, only the bot's admins can add articles."

            # --- inline mode ----------------------------------------------------------------------
            before = len(standin.calls_to("answerInlineQuery"))
            inline_id = standin.push_inline("austin", ADA)
            chat._wait(lambda: len(standin.calls_to("answerInlineQuery")) > before, "inline answer")
            inline = standin.calls_to("answerInlineQuery")[before]
            assert inline["inline_query_id"] == inline_id
            results = inline["results"]
            assert len(results) == 3
            assert all(r["title"].startswith("Lloyd Austin — ") for r in results)
            content = results[0]["input_message_content"]
            assert content["parse_mode"] == "HTML"
            assert (
                "<blockquote>" in content["message_text"]
                and "Lloyd Austin" in content["message_text"]
            )

            # --- a group: only the message that mentions the bot is answered -------------------
            standin.push_message(GROUP, "what did Austin say", "supergroup", ADA)
            mention = standin.new_update(
                GROUP, f"@{BOT_USERNAME} what did Austin say", "supergroup", ADA
            )
            group = chat.reply_to(lambda: standin.push_update(mention), GROUP)
            assert group["reply_parameters"]["message_id"] == mention["message"]["message_id"]
            assert group["text"].startswith("<b>Lloyd Austin</b>")

            time.sleep(SETTLE)  # a late or second reply would arrive now
            alive = bot.alive()
            returncode = bot.stop()
        sent = standin.sent_messages()
        calls = list(standin.calls)
    output = bot.output

    # Token safety first: it must hold even when an answer is wrong.
    assert "DEBUG" in output
    assert FAKE_TOKEN not in output
    assert FAKE_TOKEN.replace(":", "%3A") not in output
    assert FAKE_TOKEN.split(":", 1)[1] not in output

    assert alive, output[-3000:]
    # Exactly one reply per message, in order (the ignored group message got none).
    assert [int(m["chat_id"]) for m in sent] == chat.expected_chats
    assert returncode == 0, output[-3000:]

    actions = [p for m, p in calls if m == "sendChatAction"]
    assert actions and all(p["action"] == "typing" for p in actions)
    assert {p["chat_id"] for p in actions} >= {ADA["id"], GRETE["id"]}
    menus = {p.get("language_code", "") for m, p in calls if m == "setMyCommands"}
    assert menus == {"", "de"}
    de_menu = next(
        p["commands"] for m, p in calls if m == "setMyCommands" and p.get("language_code") == "de"
    )
    assert {
        "command": "lang",
        "description": "Sprache der Antworten: /lang de, /lang en oder /lang auto",
    } in de_menu
    assert time.monotonic() - started < 40, "the conversation should stay quick"
