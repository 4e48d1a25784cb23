"""/speakers: everyone quoted in the index."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from handlers._common import send_answer

PRIORITY = 40
COMMANDS = [BotCommand("speakers", "Everyone quoted in the articles")]
COMMANDS_DE = [BotCommand("speakers", "Alle, die in den Artikeln zitiert werden")]


async def speakers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_answer(update, context, "/speakers")


def register(application: Application) -> None:
    application.add_handler(
        CommandHandler("speakers", speakers, filters=filters.UpdateType.MESSAGE)
    )
