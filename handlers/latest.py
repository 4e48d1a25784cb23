"""/latest [NAME] (or /neueste): the newest quotations, of everyone or of one person."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from handlers._common import send_answer

PRIORITY = 45
COMMANDS = [BotCommand("latest", "Newest quotations: /latest or /latest Austin")]
COMMANDS_DE = [BotCommand("neueste", "Neueste Zitate: /neueste oder /neueste Austin")]


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    command = (
        "/neueste" if message and (message.text or "").lower().startswith("/neueste") else "/latest"
    )
    await send_answer(update, context, " ".join([command, *(context.args or [])]))


def register(application: Application) -> None:
    application.add_handler(
        CommandHandler(["latest", "neueste"], latest, filters=filters.UpdateType.MESSAGE)
    )
