"""The "more" button under a long list of quotations: sends the next page."""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from handlers._common import MORE_PREFIX, recall_question, send_answer

PRIORITY = 60


async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or not query.data:
        return
    _, key, offset = query.data.split(":", 2)
    question = recall_question(context, key)
    if question is None or not offset.isdigit():
        # chat_data is not persisted: after a restart old buttons point nowhere.
        await query.answer("This list has expired; please ask again.")
        return
    await query.answer()
    try:
        # One press, one page: the used button goes away.
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest:
        pass  # message too old to edit, or already without a button
    await send_answer(update, context, question, offset=int(offset))


def register(application: Application) -> None:
    application.add_handler(CallbackQueryHandler(more, pattern=rf"^{MORE_PREFIX}:\w+:\d+$"))
