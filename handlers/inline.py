"""Inline mode: "@bot austin" in any chat lists Austin's quotations to share.

The query is asked like a chat message ("austin", "who said jeden Zentimeter", "was hat
Stoltenberg gesagt"). Each quotation becomes an article result: the title names speaker
and quote, the description source and date, and choosing it posts the same HTML the chat
would send for that one quotation. Pages of PAGE_SIZE follow through Telegram's
`offset`/`next_offset`. An empty query or an answer without quotations (unknown name,
nothing found) gets no results but a button that opens the chat with the bot.

Inline mode must be switched on for the bot with @BotFather (/setinline).
"""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import PurePath

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, InlineQueryHandler

from bot.models import Answer, QuoteHit
from bot.render import render_html, words
from handlers._common import get_service, reply_lang

PRIORITY = 70

PAGE_SIZE = 10  # results per answerInlineQuery; Telegram allows up to 50
CACHE_SECONDS = 60  # the index changes when articles are added; keep Telegram's cache short
TITLE_QUOTE_CHARS = 60
MAX_BUTTON_TEXT = 64
HELP_START_PARAMETER = "help"  # /start help: the button opens the chat with the help text


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def result_title(hit: QuoteHit, lang: str) -> str:
    """ "Lloyd Austin — Wir sind entschlossen, jeden Zentimeter …" (plain text)."""
    who = hit.speaker or hit.speaker_text or words(lang)["unknown_speaker_label"]
    speaker = _short(who, 80)
    return f"{speaker} — {_short(hit.text.strip(), TITLE_QUOTE_CHARS)}"


def result_description(hit: QuoteHit) -> str:
    """ "Nato-Treffen in Brüssel · 2022-10": where the quotation is from (plain text)."""
    source = _short(hit.title or PurePath(hit.source).name or hit.source, 120)
    return f"{source} · {hit.date}" if hit.date else source


def one_quotation_html(answer: Answer, hit: QuoteHit) -> str:
    """The chat's reply for an answer holding only `hit`, as one message."""
    chunks = render_html(dataclasses.replace(answer, quotes=[hit], total=1, offset=0))
    # Header and quotation in one message; a quotation near the length limit comes alone.
    return chunks[0] if len(chunks) == 1 else chunks[-1]


def _offset(raw: str) -> int:
    return int(raw) if raw.isdigit() else 0


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    lang = reply_lang(update, context)
    text = " ".join(query.query.split())
    if not text:
        await query.answer(
            [],
            cache_time=CACHE_SECONDS,
            is_personal=True,
            button=InlineQueryResultsButton(
                text=words(lang or "en")["inline_hint"], start_parameter=HELP_START_PARAMETER
            ),
        )
        return
    offset = _offset(query.offset)
    # The facade's ask() pages by the chat's page size; inline pages are longer.
    answer = get_service(context).ask(text, offset=offset, limit=PAGE_SIZE)
    if lang:
        answer.lang = lang
    if answer.status != "ok" or not answer.quotes:
        chunks = render_html(answer)
        first_line = _plain_first_line(chunks[0]) if chunks else words(answer.lang)["inline_hint"]
        await query.answer(
            [],
            cache_time=CACHE_SECONDS,
            is_personal=True,
            button=InlineQueryResultsButton(
                text=_short(first_line, MAX_BUTTON_TEXT), start_parameter=HELP_START_PARAMETER
            ),
        )
        return
    results = [
        InlineQueryResultArticle(
            id=str(i),
            title=result_title(hit, answer.lang),
            description=result_description(hit),
            input_message_content=InputTextMessageContent(
                one_quotation_html(answer, hit), parse_mode=ParseMode.HTML
            ),
        )
        for i, hit in enumerate(answer.quotes, start=answer.offset)
    ]
    next_offset = answer.offset + len(answer.quotes)
    await query.answer(
        results,
        cache_time=CACHE_SECONDS,
        is_personal=True,
        # None, not "", for "no more": with Defaults set, PTB 22 sends "" as [] (an empty
        # str is a Sequence to its poll-option defaults), and Telegram would page on with "[]".
        next_offset=str(next_offset) if next_offset < answer.total else None,
    )


def _plain_first_line(markup: str) -> str:
    """The first line of a rendered reply without its tags, for a button's text."""
    first = markup.split("\n", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", first))


def register(application: Application) -> None:
    application.add_handler(InlineQueryHandler(inline_query))
