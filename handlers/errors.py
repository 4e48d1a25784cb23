"""The one error handler: log the traceback, apologise to the user, tell the admins."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import Application, ContextTypes

logger = logging.getLogger(__name__)

PRIORITY = 99
APOLOGY = (
    "Sorry, something went wrong while answering; it has been logged. Please try again.\n"
    "Entschuldigung, da ist etwas schiefgegangen; bitte versuche es noch einmal."
)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update is None and isinstance(context.error, NetworkError):
        # getUpdates failed (a 502, a dropped connection): PTB's updater polls again by
        # itself, so one line, not a traceback, and the admins are not paged for it.
        logger.warning("Fetching updates failed (%s); trying again", type(context.error).__name__)
        return
    # exc_info carries the traceback into the log; the token filter in bot.app redacts it.
    logger.error("Error while handling an update", exc_info=context.error)
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is not None:
        try:
            await context.bot.send_message(chat.id, APOLOGY)
        except TelegramError:
            logger.warning("Could not send the apology to chat %s", chat.id, exc_info=True)
    await _notify_admins(context, skip_chat=chat.id if chat else None)


async def _notify_admins(context: ContextTypes.DEFAULT_TYPE, skip_chat: int | None) -> None:
    settings = context.application.bot_data.get("settings")
    admins = getattr(settings, "admins", None) or []
    if not admins or context.error is None:
        return
    # Only the error line, not the traceback: admins read that in the log. Exception text
    # can hold a Bot API URL, hence the token replacement.
    summary = f"{type(context.error).__name__}: {context.error}".replace(
        context.bot.token, "[token]"
    )
    text = f"<b>Quotebot error</b>\n<code>{html.escape(summary[:3000])}</code>"
    for admin in admins:
        if admin == skip_chat:
            continue
        try:
            await context.bot.send_message(admin, text)
        except TelegramError:
            logger.warning("Could not notify admin %s", admin)


def register(application: Application) -> None:
    application.add_error_handler(on_error)
