"""/who PHRASE: who said a phrase."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from handlers._common import send_answer

PRIORITY = 30
COMMANDS = [BotCommand("who", "Who said it: /who jeden Zentimeter")]
COMMANDS_DE = [BotCommand("who", "Wer es gesagt hat: /who jeden Zentimeter")]


async def who(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_answer(update, context, " ".join(["/who", *(context.args or [])]))


def register(application: Application) -> None:
    application.add_handler(CommandHandler("who", who, filters=filters.UpdateType.MESSAGE))
