"""/start and /help: the introduction and usage text, both written by the core.

`/start <payload>` is a deep link (t.me/<bot>?start=<payload>) and opens a speaker:
"p<id>" is a person by id (what the chat's choice buttons carry), "n<base64url name>" a
person by name (survives re-indexing, which may renumber people), "help" the help text.
Telegram allows only A-Z, a-z, 0-9, _ and - (at most 64) in a payload, hence base64url.
"""

from __future__ import annotations

import base64
import binascii
import re

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from bot.render import words
from handlers._common import (
    PersonQuery,
    ask_core,
    message_lang,
    reply_sentence,
    send_answer,
    send_typing,
)

PRIORITY = 10
COMMANDS = [
    BotCommand("start", "What this bot does"),
    BotCommand("help", "How to ask: names, phrases, commands"),
]
COMMANDS_DE = [
    BotCommand("start", "Was dieser Bot kann"),
    BotCommand("help", "So fragst du: Namen, Sätze, Befehle"),
]

MAX_PAYLOAD = 64  # Telegram's limit for a start parameter
MAX_ID_DIGITS = 18  # SQLite integers are 64-bit; a longer id is no person of ours
_PERSON_RE = re.compile(rf"^p(\d{{1,{MAX_ID_DIGITS}}})$")
_NAME_RE = re.compile(r"^n([A-Za-z0-9_-]+)$")


def person_payload(person_id: int) -> str:
    """The deep-link payload for a person by id: t.me/<bot>?start=p<id>."""
    return f"p{person_id}"


def name_payload(name: str) -> str | None:
    """The deep-link payload for a person by name, or None when it is too long for one."""
    encoded = base64.urlsafe_b64encode(name.encode("utf-8")).decode("ascii").rstrip("=")
    payload = "n" + encoded
    return payload if len(payload) <= MAX_PAYLOAD else None


def parse_payload(payload: str) -> int | str | None:
    """A person id, a name, "help", or None for a payload that means nothing to us."""
    if payload == "help":
        return "help"
    if match := _PERSON_RE.match(payload):
        return int(match.group(1))
    if match := _NAME_RE.match(payload):
        encoded = match.group(1)
        try:
            name = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        name = " ".join(name.split())
        return name if name and name.isprintable() and name != "help" else None
    return None


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await send_answer(update, context, "/start")
        return
    target = parse_payload(context.args[0]) if len(context.args) == 1 else None
    if target == "help":
        await send_answer(update, context, "/help")
    elif isinstance(target, int):
        await send_typing(update)
        question = PersonQuery(target, lang=message_lang(update, context))
        answer = ask_core(context, question)
        if answer.status == "unknown_speaker":  # no such id (any more)
            await _bad_link(update, context)
        else:
            await send_answer(update, context, question, answer=answer)
    elif isinstance(target, str):
        await send_answer(update, context, f"/quotes {target}")
    else:
        await _bad_link(update, context)


async def _bad_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply_sentence(update, words(message_lang(update, context))["bad_link"])


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_answer(update, context, "/help")


def register(application: Application) -> None:
    # Only new messages: an edited "/help" should not get a second reply.
    application.add_handler(CommandHandler("start", start, filters=filters.UpdateType.MESSAGE))
    application.add_handler(
        CommandHandler("help", help_command, filters=filters.UpdateType.MESSAGE)
    )
