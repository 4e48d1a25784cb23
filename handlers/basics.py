"""/start and /help: the introduction and usage text, both written by the core."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from handlers._common import send_answer

PRIORITY = 10
COMMANDS = [
    BotCommand("start", "What this bot does"),
    BotCommand("help", "How to ask: names, phrases, commands"),
]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_answer(update, context, "/start")


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_answer(update, context, "/help")


def register(application: Application) -> None:
    # Only new messages: an edited "/help" should not get a second reply.
    application.add_handler(CommandHandler("start", start, filters=filters.UpdateType.MESSAGE))
    application.add_handler(
        CommandHandler("help", help_command, filters=filters.UpdateType.MESSAGE)
    )
