"""Helpers the handler modules share: the core from bot_data and sending its answer.

Not a feature module (leading underscore), so discovery skips it.

Buttons carry short callback data (Telegram allows 64 bytes): "more:<key>:<offset>" pages
on, "pick:<person_id>:<key>" chooses one of several people an answer could mean. The keys
point into chat_data, which holds what does not fit: the question (or, after a choice,
the chosen person and topic) and the topic and language of the question a choice answers.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.ask import is_more
from bot.render import render_html, words

if TYPE_CHECKING:
    from bot.models import Answer
    from bot.service import Quotebot

MORE_PREFIX = "more"
PICK_PREFIX = "pick"
MAX_PAGED_QUESTIONS = 20  # per chat; older "more" buttons then say the list expired
MAX_CHOICES = 20  # per chat; likewise for older "pick" buttons
MAX_PICK_BUTTONS = 10
MAX_PRESSED = 50  # per chat: buttons already pressed, so a double tap sends nothing twice
MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit
# Statuses whose candidates are people one may mean; "speakers" and
# "mentioned_not_quoted" also carry candidates, but as counts, not as choices.
CHOICE_STATUSES = ("ambiguous", "unknown_speaker")
LANGUAGES = ("de", "en")
LANG_KEY = "lang"  # user_data: the language chosen with /lang


@dataclass(frozen=True)
class PersonQuery:
    """What a chat asked after choosing a person: their quotations (about `topic`, or
    those like `claim` first: "did Smith say …")."""

    person_id: int
    topic: str = ""
    lang: str = "en"  # the language of the original question, for the reply's wording
    claim: str = ""
    period: tuple[str, str] | None = None  # "… last week": the dates asked for (ISO)


Query = str | PersonQuery  # a question as typed, or a chosen person


def get_service(context: ContextTypes.DEFAULT_TYPE) -> Quotebot:
    return context.application.bot_data["service"]


def chosen_lang(context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The language the user chose with /lang, if any."""
    user_data = context.user_data
    lang = user_data.get(LANG_KEY) if user_data is not None else None
    return lang if lang in LANGUAGES else None


def reply_lang(update: object, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The language to answer `update` in, or None for "the question's language".

    The user's /lang choice first; else German for a German Telegram app (language_code
    "de", "de-AT", ...); else None, and the core's guess from the question stands.
    """
    lang = chosen_lang(context)
    if lang:
        return lang
    user = update.effective_user if isinstance(update, Update) else None
    code = (user.language_code or "").lower() if user is not None else ""
    return "de" if code.startswith("de") else None


def message_lang(update: object, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language of a reply that answers no question (/lang, /add, a bad link)."""
    return reply_lang(update, context) or "en"


async def send_typing(update: Update) -> None:
    """Shows "typing…" while the core works; only a nicety, so a failure is ignored."""
    if update.effective_chat is None:
        return
    try:
        await update.effective_chat.send_action(ChatAction.TYPING)
    except TelegramError:
        pass


async def reply_sentence(update: Update, text: str) -> None:
    """Replies with one sentence of plain text (escaped: replies are HTML by default)."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(html.escape(text, quote=False))


def callback_data(*parts: object) -> str:
    """Parts joined with ":"; Telegram refuses callback data over 64 bytes."""
    data = ":".join(str(part) for part in parts)
    assert len(data.encode("utf-8")) <= MAX_CALLBACK_DATA, data
    return data


def _remember(context: ContextTypes.DEFAULT_TYPE, name: str, value: Any, limit: int) -> str:
    """A short key for `value` in chat_data[name], which keeps the newest `limit` values."""
    store: OrderedDict[str, Any] = context.chat_data.setdefault(name, OrderedDict())
    key = str(context.chat_data.get("paged_counter", 0) + 1)
    context.chat_data["paged_counter"] = int(key)
    store[key] = value
    while len(store) > limit:
        store.popitem(last=False)
    return key


def _recall(context: ContextTypes.DEFAULT_TYPE, name: str, key: str | int) -> Any:
    store = context.chat_data.get(name) if context.chat_data is not None else None
    return store.get(key) if store else None


def _remember_question(context: ContextTypes.DEFAULT_TYPE, question: Query) -> str:
    """A short key for `question`: callback data is limited to 64 bytes, questions are not."""
    return _remember(context, "paged_questions", question, MAX_PAGED_QUESTIONS)


def recall_question(context: ContextTypes.DEFAULT_TYPE, key: str) -> Query | None:
    return _recall(context, "paged_questions", key)


def recall_choice(context: ContextTypes.DEFAULT_TYPE, key: str) -> tuple[str, ...] | None:
    """(topic, lang, claim) of the question whose candidates carried `key`."""
    return _recall(context, "choices", key)


def more_button(
    context: ContextTypes.DEFAULT_TYPE, answer: Answer, question: Query
) -> InlineKeyboardMarkup | None:
    """A "more" button when the answer is one page of a longer list of quotations (or of
    the /speakers list)."""
    next_offset = answer.next_offset
    if next_offset is None or context.chat_data is None:
        return None
    key = _remember_question(context, question)
    remaining = answer.total - next_offset
    return InlineKeyboardMarkup.from_button(
        InlineKeyboardButton(
            words(answer.lang)["more_button"].format(n=remaining),
            callback_data=callback_data(MORE_PREFIX, key, next_offset),
        )
    )


def candidate_label(name: str, role: str | None) -> str:
    """A button's text: the name, and the role in parentheses (Telegram shows ~64 chars)."""
    name = " ".join(name.split())
    role = " ".join((role or "").split())
    label = f"{name} ({role})" if role else name
    return label if len(label) <= 64 else label[:63].rstrip() + "…"


def pick_buttons(context: ContextTypes.DEFAULT_TYPE, answer: Answer) -> InlineKeyboardMarkup | None:
    """One button per person the answer could mean, so the user chooses, not the bot."""
    if answer.status not in CHOICE_STATUSES or context.chat_data is None:
        return None
    people = [c for c in answer.candidates if c.person_id is not None][:MAX_PICK_BUTTONS]
    if not people:
        return None
    period = answer.period or ("", "")
    key = _remember(
        context, "choices", (answer.topic, answer.lang, answer.claim, *period), MAX_CHOICES
    )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    candidate_label(c.name, c.role),
                    callback_data=callback_data(PICK_PREFIX, c.person_id, key),
                )
            ]
            for c in people
        ]
    )


def _remember_next_page(
    context: ContextTypes.DEFAULT_TYPE, answer: Answer, question: Query
) -> None:
    """The page a typed "more" continues with: the chat's last answer, if it has more."""
    if context.chat_data is None:
        return
    next_offset = answer.next_offset
    if next_offset is not None:
        context.chat_data["next_page"] = (question, next_offset)
    else:
        context.chat_data.pop("next_page", None)


def _remember_paged_message(
    context: ContextTypes.DEFAULT_TYPE, message: Message | None, answer: Answer, question: Query
) -> None:
    """The next page of the answer in `message`, for a "more" sent as a reply to it."""
    next_offset = answer.next_offset
    if message is None or next_offset is None or context.chat_data is None:
        return
    store: OrderedDict[int, Any] = context.chat_data.setdefault("paged_messages", OrderedDict())
    store[message.message_id] = (question, next_offset)
    while len(store) > MAX_PAGED_QUESTIONS:
        store.popitem(last=False)


def next_page_for(
    context: ContextTypes.DEFAULT_TYPE, text: str, replied_to: Message | None = None
) -> tuple[Query, int] | None:
    """(question, offset) when `text` asks for more: of the answer `replied_to` when the
    "more" replies to one of the bot's paged answers (in a group, others may have asked
    since), else of the chat's last answer, if it has more."""
    if not is_more(text) or context.chat_data is None:
        return None
    if replied_to is not None:
        page = _recall(context, "paged_messages", replied_to.message_id)
        if page is not None:
            return page
    return context.chat_data.get("next_page")


def first_press(context: ContextTypes.DEFAULT_TYPE, query: CallbackQuery) -> bool:
    """False when this button of this message was pressed before.

    A pressed button goes away, but a double tap, or two people in a group pressing at
    once, sends the press twice before Telegram shows it gone: the second sends nothing.
    """
    if context.chat_data is None or query.message is None:
        return True
    pressed: OrderedDict[str, bool] = context.chat_data.setdefault("pressed", OrderedDict())
    key = f"{query.message.message_id}:{query.data}"
    if key in pressed:
        return False
    pressed[key] = True
    while len(pressed) > MAX_PRESSED:
        pressed.popitem(last=False)
    return True


def notice(update: object, context: ContextTypes.DEFAULT_TYPE, key: str) -> str:
    """A button's notice (answerCallbackQuery text) in the language of whoever pressed it."""
    return words(message_lang(update, context))[key]


def ask_core(context: ContextTypes.DEFAULT_TYPE, question: Query, offset: int = 0) -> Answer:
    """The core's answer to a typed question, or a chosen person's quotations."""
    service = get_service(context)
    if isinstance(question, PersonQuery):
        answer = service.ask_person(
            question.person_id,
            offset=offset,
            topic=question.topic,
            claim=question.claim,
            period=question.period,
        )
        answer.lang = question.lang
        return answer
    return service.ask(question, offset=offset)


async def send_answer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    question: Query,
    offset: int = 0,
    answer: Answer | None = None,
) -> None:
    """Ask the core (unless `answer` is given) and send its rendered reply (already escaped
    HTML), chunk by chunk; the last chunk carries the "more" or the choice buttons.

    A typed question first shows "typing…"; the reply's language follows `reply_lang`."""
    if answer is None:
        if update.callback_query is None:
            await send_typing(update)
        answer = ask_core(context, question, offset)
    lang = reply_lang(update, context)
    if lang:
        answer.lang = lang
    chunks = [chunk for chunk in render_html(answer) if chunk.strip()]
    markup = more_button(context, answer, question) or pick_buttons(context, answer)
    _remember_next_page(context, answer, question)
    sent: Message | None = None
    for i, chunk in enumerate(chunks):
        reply_markup = markup if i == len(chunks) - 1 else None
        if update.callback_query is None and update.effective_message is not None:
            # A reply quotes the question in groups, so it is clear what is answered.
            sent = await update.effective_message.reply_text(chunk, reply_markup=reply_markup)
        elif update.effective_chat is not None:
            sent = await update.effective_chat.send_message(chunk, reply_markup=reply_markup)
    _remember_paged_message(context, sent, answer, question)
