"""/quotes NAME: what a person said."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from handlers._common import send_answer

PRIORITY = 20
COMMANDS = [BotCommand("quotes", "What someone said: /quotes Austin")]
COMMANDS_DE = [BotCommand("quotes", "Was jemand gesagt hat: /quotes Austin")]


async def quotes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    # The core parses "/quotes NAME" itself, so the command goes through as text.
    await send_answer(update, context, " ".join(["/quotes", *(context.args or [])]))


def register(application: Application) -> None:
    application.add_handler(CommandHandler("quotes", quotes, filters=filters.UpdateType.MESSAGE))
