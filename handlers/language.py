"""/lang de|en|auto: the language of the bot's replies, for this user.

Without a choice, replies are German for a German Telegram app (language_code "de…")
and otherwise in the language of each question. The choice lives in user_data, so it
holds in every chat and in inline mode.
"""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from bot.render import words
from handlers._common import LANG_KEY, LANGUAGES, chosen_lang, message_lang, reply_sentence

PRIORITY = 47
COMMANDS = [BotCommand("lang", "Reply language: /lang de, /lang en or /lang auto")]
COMMANDS_DE = [BotCommand("lang", "Sprache der Antworten: /lang de, /lang en oder /lang auto")]

AUTO = ("auto", "reset")


async def lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user_data = context.user_data
    args = [a.lower() for a in context.args or []]
    if not args:
        chosen = chosen_lang(context)
        key = "lang_chosen" if chosen else "lang_follow"
        await reply_sentence(update, words(message_lang(update, context))[key])
        return
    if user_data is None or len(args) != 1 or args[0] not in (*LANGUAGES, *AUTO):
        await reply_sentence(update, words(message_lang(update, context))["lang_usage"])
        return
    if args[0] in AUTO:
        user_data.pop(LANG_KEY, None)
        await reply_sentence(update, words(message_lang(update, context))["lang_auto"])
        return
    user_data[LANG_KEY] = args[0]
    await reply_sentence(update, words(args[0])["lang_set"])


def register(application: Application) -> None:
    application.add_handler(CommandHandler("lang", lang, filters=filters.UpdateType.MESSAGE))
