"""Admins add articles from the chat: `/add <article text>` or a .txt/.md/.html file.

Admins are the Telegram user ids in QUOTEBOT_ADMINS; anyone else gets one polite sentence.
The article goes the way files from the corpus go (Quotebot.index_text: a leading
" date YYYY-MM" marker dates it, extraction, one store transaction) under the source
"telegram:<file name>" (a new file of that name replaces the old one) or
"telegram:add:<sha1 prefix>" (the same pasted text twice is one article). The reply sums
up who is quoted: "Indexed: 3 quotations — Lloyd Austin (3)". A file that is too large,
empty, not text or of another type gets one clear sentence.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from html.parser import HTMLParser
from pathlib import PurePath

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot.ingest import IngestError
from bot.render import count_quotations, words
from handlers._common import get_service, message_lang, reply_sentence, send_typing

logger = logging.getLogger(__name__)

PRIORITY = 48
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
MAX_NAMES_IN_REPLY = 10
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
MIME_SUFFIX = {"text/plain": ".txt", "text/markdown": ".md", "text/html": ".html"}
_ADD_RE = re.compile(r"\A\s*/add(?:@\w+)?", re.IGNORECASE)


class DocumentError(Exception):
    """A file that cannot be indexed; args[0] is the key of its sentence in the wording."""


# --- pure helpers: bytes -> article text ---------------------------------------------------


class _TextExtractor(HTMLParser):
    """The visible text of an HTML page's body, one line per block.

    The <head> (and its <title>, usually the site's name besides the headline, which the
    body repeats) is dropped, as are scripts and styles; so a " date YYYY-MM" paragraph
    at the top of the body still dates the article.
    """

    SKIP = {"head", "script", "style", "noscript", "template", "svg"}
    BLOCKS = {
        "p", "div", "br", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "header", "footer", "blockquote", "figcaption", "pre", "table",
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping.append(tag)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            if tag in self.skipping:  # close it and anything left open inside it
                del self.skipping[self.skipping.index(tag) :]
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # A line break in the markup is a space; only blocks make lines.
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def html_text(markup: str) -> str:
    """The text of an HTML article: blocks become lines, whitespace inside them one space."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def document_suffix(file_name: str | None, mime_type: str | None) -> str:
    """The file's type as a suffix (".txt", ".html", ...), by name, else by MIME type."""
    suffix = PurePath(file_name or "").suffix.lower()
    return suffix or MIME_SUFFIX.get((mime_type or "").split(";")[0].strip().lower(), "")


def decode_document(data: bytes, suffix: str) -> str:
    """The article text in a file's bytes, or DocumentError naming what is wrong."""
    if not data.strip():
        raise DocumentError("doc_empty")
    if b"\x00" in data:
        raise DocumentError("doc_binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError("doc_binary") from None
    if suffix in HTML_SUFFIXES:
        text = html_text(text)
    if not text.strip():
        raise DocumentError("doc_empty")
    return text


def add_source(text: str) -> str:
    """The source of pasted text: the same text is the same article."""
    return "telegram:add:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# --- handlers -------------------------------------------------------------------------------


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    settings = context.application.bot_data.get("settings")
    user = update.effective_user
    return user is not None and user.id in (getattr(settings, "admins", None) or [])


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    w = words(message_lang(update, context))
    if not is_admin(update, context):
        await reply_sentence(update, w["admins_only"])
        return
    message = update.effective_message
    text = _ADD_RE.sub("", message.text or "", count=1).strip() if message else ""
    if not text:
        await reply_sentence(update, w["add_usage"])
        return
    await _index(update, context, text, add_source(text))


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.document is None:
        return
    w = words(message_lang(update, context))
    if not is_admin(update, context):
        await reply_sentence(update, w["admins_only"])
        return
    doc = message.document
    suffix = document_suffix(doc.file_name, doc.mime_type)
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        await reply_sentence(update, w["doc_type"])
        return
    if doc.file_size is not None and doc.file_size > MAX_DOCUMENT_BYTES:
        await reply_sentence(update, w["doc_too_large"].format(size=_megabytes(doc.file_size)))
        return
    if doc.file_size == 0:
        await reply_sentence(update, w["doc_empty"])
        return
    file = await doc.get_file()
    data = bytes(await file.download_as_bytearray())
    if len(data) > MAX_DOCUMENT_BYTES:  # the update's size was missing or wrong
        await reply_sentence(update, w["doc_too_large"].format(size=_megabytes(len(data))))
        return
    try:
        text = decode_document(data, suffix)
    except DocumentError as exc:
        await reply_sentence(update, w[exc.args[0]])
        return
    name = doc.file_name or f"{doc.file_unique_id}{suffix}"
    await _index(update, context, text, f"telegram:{name}")


async def _index(
    update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, source: str
) -> None:
    lang = message_lang(update, context)
    w = words(lang)
    await send_typing(update)
    try:
        # Extraction takes a while; a thread keeps the bot's connection to Telegram alive.
        # Updates are handled one at a time, so nothing else uses the store meanwhile.
        result = await asyncio.to_thread(get_service(context).index_text, text, source)
    except IngestError:
        await reply_sentence(update, w["doc_empty"])
        return
    except Exception:
        logger.exception("Indexing %s sent through Telegram failed", source)
        await reply_sentence(update, w["index_failed"])
        return
    logger.info("Indexed %s: %d quotations", source, result.quotes)
    if not result.indexed:
        await reply_sentence(update, w["unchanged"])
    elif not result.quotes:
        await reply_sentence(update, w["indexed_none"])
    else:
        names = [
            f"{name or w['unknown_speaker_label']} ({n})"
            for name, n in result.speakers[:MAX_NAMES_IN_REPLY]
        ]
        if len(result.speakers) > MAX_NAMES_IN_REPLY:
            names.append("…")
        await reply_sentence(
            update,
            w["indexed"].format(
                count=count_quotations(result.quotes, lang), people=", ".join(names)
            ),
        )


def register(application: Application) -> None:
    application.add_handler(CommandHandler("add", add_command, filters=filters.UpdateType.MESSAGE))
    # Files only in private chats: a file shared in a group is not meant for the index.
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & filters.Document.ALL, document
        )
    )
