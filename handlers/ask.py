"""Free-text questions: "what did Austin say", "was hat Stoltenberg gesagt", "who said ...".

In private chats every text message, and the caption of a photo, is a question. In groups
the bot only answers when it is @mentioned or when the message replies to one of its own
messages, so it does not answer ordinary group chatter. "more" / "mehr" continues the
chat's last list of quotations, as the rendered footer suggests, or, sent as a reply to
one of the bot's answers, that answer's list.
"""

from __future__ import annotations

import re

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from handlers._common import next_page_for, send_answer

PRIORITY = 90  # after the commands; they never match the same update anyway
_LEADING_MENTIONS_RE = re.compile(r"\A(?:@\w+[\s,:;]*)+")


def question_from_message(message: Message, bot_username: str, bot_id: int) -> str | None:
    """The question in `message` (its text, or the caption of a photo or file), or None
    when a group message is not meant for the bot."""
    if message.text is not None:
        text = message.text
        mentions = message.parse_entities([MessageEntity.MENTION])
    else:
        text = message.caption or ""
        mentions = message.parse_caption_entities([MessageEntity.MENTION])
    mention = "@" + bot_username.lower()
    mentioned = any(value.lower() == mention for value in mentions.values())
    replied = message.reply_to_message is not None and (
        message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == bot_id
    )
    if message.chat.type != ChatType.PRIVATE and not (mentioned or replied):
        return None
    if mentioned:
        # With the separators around it: "Was hat X gesagt, @quotebot?" is "Was hat X
        # gesagt?", not "… gesagt, ?", which no question form reads.
        text = re.sub(
            rf"[\s,:;]*@{re.escape(bot_username)}\b[,:;]*", " ", text, flags=re.IGNORECASE
        )
        # Another bot addressed alongside ("@OtherBot @quotebot what did …") is no part
        # of the question either.
        text = _LEADING_MENTIONS_RE.sub("", text.strip())
    # "@quotebot, what did Austin say" leaves a stray comma or colon in front.
    text = re.sub(r"\s+", " ", text).strip(" \t,:;")
    return re.sub(r"\s+(?=[?!.]+$)", "", text)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    question = question_from_message(message, context.bot.username, context.bot.id)
    if question is None:
        return
    page = next_page_for(context, question, replied_to=message.reply_to_message)
    if page is not None:
        await send_answer(update, context, page[0], offset=page[1])
        return
    await send_answer(update, context, question)


def register(application: Application) -> None:
    application.add_handler(
        # A photo or file whose caption asks ("@quotebot who said this?") is a question
        # too; files in a private chat are an admin's articles (handlers/admin.py, first).
        MessageHandler(
            filters.UpdateType.MESSAGE & ((filters.TEXT & ~filters.COMMAND) | filters.CAPTION),
            ask,
        )
    )
