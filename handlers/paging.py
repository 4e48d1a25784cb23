"""The "more" button under a long list of quotations: sends the next page.

Also answers any button no other handler takes, which would otherwise leave the user's
app waiting; this module registers after handlers/choose.py (same priority, by name).
"""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from handlers._common import MORE_PREFIX, first_press, notice, recall_question, send_answer

PRIORITY = 60


async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or not query.data:
        return
    _, key, offset = query.data.split(":", 2)
    question = recall_question(context, key)
    if question is None or not offset.isdigit():
        # chat_data is not persisted: after a restart old buttons point nowhere.
        await query.answer(notice(update, context, "list_expired"))
        return
    if not first_press(context, query):
        await query.answer()  # a double tap: the page is on its way already
        return
    await query.answer()
    try:
        # One press, one page: the used button goes away.
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest:
        pass  # message too old to edit, or already without a button
    await send_answer(update, context, question, offset=int(offset))


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no handler knows (an older version's, or forged data): one notice, so the
    user's app stops waiting for an answer."""
    if update.callback_query is not None:
        await update.callback_query.answer(notice(update, context, "button_unknown"))


def register(application: Application) -> None:
    application.add_handler(CallbackQueryHandler(more, pattern=rf"^{MORE_PREFIX}:\w+:\d+$"))
    # After every button's handler: the choice buttons (handlers/choose.py) come first.
    application.add_handler(CallbackQueryHandler(unknown_button))
