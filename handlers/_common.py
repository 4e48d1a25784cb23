"""Helpers the handler modules share: the core from bot_data and sending its answer.

Not a feature module (leading underscore), so discovery skips it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.ask import is_more
from bot.render import render_html

if TYPE_CHECKING:
    from bot.models import Answer
    from bot.service import Quotebot

MORE_PREFIX = "more"
MAX_PAGED_QUESTIONS = 20  # per chat; older "more" buttons then say the list expired


def get_service(context: ContextTypes.DEFAULT_TYPE) -> Quotebot:
    return context.application.bot_data["service"]


def _remember_question(context: ContextTypes.DEFAULT_TYPE, question: str) -> str:
    """A short key for `question`: callback data is limited to 64 bytes, questions are not."""
    store: OrderedDict[str, str] = context.chat_data.setdefault("paged_questions", OrderedDict())
    key = str(context.chat_data.get("paged_counter", 0) + 1)
    context.chat_data["paged_counter"] = int(key)
    store[key] = question
    while len(store) > MAX_PAGED_QUESTIONS:
        store.popitem(last=False)
    return key


def recall_question(context: ContextTypes.DEFAULT_TYPE, key: str) -> str | None:
    store = context.chat_data.get("paged_questions") if context.chat_data is not None else None
    return store.get(key) if store else None


def more_button(
    context: ContextTypes.DEFAULT_TYPE, answer: Answer, question: str
) -> InlineKeyboardMarkup | None:
    """A "more" button when the answer is one page of a longer list of quotations."""
    next_offset = answer.offset + len(answer.quotes)
    if not answer.quotes or next_offset >= answer.total or context.chat_data is None:
        return None
    key = _remember_question(context, question)
    remaining = answer.total - next_offset
    return InlineKeyboardMarkup.from_button(
        InlineKeyboardButton(
            f"▸ {remaining} more", callback_data=f"{MORE_PREFIX}:{key}:{next_offset}"
        )
    )


def _remember_next_page(context: ContextTypes.DEFAULT_TYPE, answer: Answer, question: str) -> None:
    """The page a typed "more" continues with: the chat's last answer, if it has more."""
    if context.chat_data is None:
        return
    next_offset = answer.offset + len(answer.quotes)
    if answer.quotes and next_offset < answer.total:
        context.chat_data["next_page"] = (question, next_offset)
    else:
        context.chat_data.pop("next_page", None)


def next_page_for(context: ContextTypes.DEFAULT_TYPE, text: str) -> tuple[str, int] | None:
    """(question, offset) when `text` asks for more and the last answer has more."""
    if not is_more(text) or context.chat_data is None:
        return None
    return context.chat_data.get("next_page")


async def send_answer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, offset: int = 0
) -> None:
    """Ask the core and send its rendered reply (already escaped HTML), chunk by chunk."""
    answer = get_service(context).ask(question, offset=offset)
    chunks = [chunk for chunk in render_html(answer) if chunk.strip()]
    markup = more_button(context, answer, question)
    _remember_next_page(context, answer, question)
    for i, chunk in enumerate(chunks):
        reply_markup = markup if i == len(chunks) - 1 else None
        if update.callback_query is None and update.effective_message is not None:
            # A reply quotes the question in groups, so it is clear what is answered.
            await update.effective_message.reply_text(chunk, reply_markup=reply_markup)
        elif update.effective_chat is not None:
            await update.effective_chat.send_message(chunk, reply_markup=reply_markup)
