"""The buttons under "Which one do you mean?": the user picks a person, the bot answers.

Two people called Berger are never merged or picked for the user: the core answers
"ambiguous" with both, send_answer puts one button per person under that reply
("pick:<person_id>:<key>", the key pointing at the question's topic and language in
chat_data), and a press here sends that person's quotations. Their "more" button and a
typed "more" then page through the chosen person, not the ambiguous question.
"""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from bot.render import words
from handlers._common import (
    PICK_PREFIX,
    PersonQuery,
    ask_core,
    first_press,
    notice,
    recall_choice,
    send_answer,
)

PRIORITY = 60  # beside paging: another button, never the same callback data

# The notices in English; a German app gets them in German (bot/render.py's wording).
EXPIRED = words("en")["choice_expired"]
GONE = words("en")["person_gone"]
MAX_ID_DIGITS = 18  # SQLite integers are 64-bit; a longer id is no person of ours


async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or not query.data:
        return
    _, person_id, key = query.data.split(":", 2)
    choice = recall_choice(context, key)
    if choice is None:
        # chat_data is not persisted: after a restart old buttons point nowhere.
        await query.answer(notice(update, context, "choice_expired"))
        return
    topic, lang, *rest = choice
    claim = rest[0] if rest else ""
    period = (rest[1], rest[2]) if len(rest) >= 3 and rest[1] else None
    question = PersonQuery(int(person_id), topic=topic, lang=lang, claim=claim, period=period)
    answer = None if len(person_id) > MAX_ID_DIGITS else ask_core(context, question)
    if answer is None or answer.status == "unknown_speaker":
        # The id is no longer in the index (re-indexed since the buttons were sent).
        await query.answer(notice(update, context, "person_gone"))
        return
    if not first_press(context, query):
        await query.answer()  # a double tap: the quotations are on their way already
        return
    await query.answer()
    try:
        # One choice per question: the buttons go away once one is pressed.
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest:
        pass  # message too old to edit, or already without buttons
    await send_answer(update, context, question, answer=answer)


def register(application: Application) -> None:
    application.add_handler(CallbackQueryHandler(choose, pattern=rf"^{PICK_PREFIX}:\d+:\w+$"))
