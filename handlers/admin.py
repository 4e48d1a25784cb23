"""Admins add articles from the chat: `/add <article text>`, a .txt/.md/.html file, or a
web page's address (a message that is just an http(s) URL, or `/add <url>`).

Admins are the Telegram user ids in QUOTEBOT_ADMINS; anyone else gets one polite sentence
(and a URL from anyone else is a question like any other: a phrase, never fetched).
The article goes the way files from the corpus go (Quotebot.index_text: a leading
" date YYYY-MM" marker dates it, extraction, one store transaction) under the source
"telegram:<file name>" (a new file of that name replaces the old one) or
"telegram:add:<sha1 prefix>" (the same pasted text twice is one article). A web page goes
the way `quotebot index <url>` takes it (Quotebot.index_url: fetched within a timeout and
a size cap, its article text taken out by trafilatura) under its address. The reply sums
up who is quoted: "Indexed: 3 quotations — Lloyd Austin (3)". A file that is too large,
empty, not text or of another type, and a page that times out, is too large, is not
HTML or text or holds no article text, gets one clear sentence.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import PurePath

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot.ingest import FETCH_TIMEOUT, MAX_FETCH_BYTES, IngestError
from bot.render import count_quotations, words
from bot.service import TextIndexed, UrlError
from handlers._common import get_service, message_lang, reply_sentence, send_answer, send_typing
from handlers.ask import ask, question_from_message

logger = logging.getLogger(__name__)

PRIORITY = 48
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
MAX_NAMES_IN_REPLY = 10
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
MIME_SUFFIX = {"text/plain": ".txt", "text/markdown": ".md", "text/html": ".html"}
_ADD_RE = re.compile(r"\A\s*/add(?:@\w+)?", re.IGNORECASE)
URL_RE = re.compile(r"\Ahttps?://[^\s/?#]+\S*\Z", re.IGNORECASE)
# A message that is only an address, perhaps after the bot's @name (in a group).
_URL_MESSAGE_RE = re.compile(r"\A\s*(?:@\w+[\s,:;]*)?https?://\S+\s*\Z", re.IGNORECASE)
URL_TIMEOUT = FETCH_TIMEOUT  # seconds, as `quotebot index <url>`
URL_MAX_BYTES = MAX_FETCH_BYTES

# What went wrong with a web page (UrlError.kind), one sentence each.
URL_WORDS = {
    "en": {
        "timeout": "This page did not answer within {seconds} seconds; nothing was indexed.",
        "too_large": "This page is larger than {limit}; nothing was indexed.",
        "status": "The server answered {status}; nothing was indexed.",
        "unreachable": "I could not reach this address; nothing was indexed.",
        "not_article": "This address holds {type}, not a web page or text; I can only index articles.",
        "no_text": "I found no article text on this page; nothing was indexed.",
        "failed": "This page could not be fetched; nothing was indexed.",
    },
    "de": {
        "timeout": "Diese Seite hat nicht innerhalb von {seconds} Sekunden geantwortet; nichts wurde indexiert.",
        "too_large": "Diese Seite ist größer als {limit}; nichts wurde indexiert.",
        "status": "Der Server antwortete mit {status}; nichts wurde indexiert.",
        "unreachable": "Ich konnte diese Adresse nicht erreichen; nichts wurde indexiert.",
        "not_article": "Unter dieser Adresse liegt {type}, keine Webseite und kein Text; ich kann nur Artikel indexieren.",
        "no_text": "Auf dieser Seite habe ich keinen Artikeltext gefunden; nichts wurde indexiert.",
        "failed": "Diese Seite konnte nicht abgerufen werden; nichts wurde indexiert.",
    },
}  # fmt: skip


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


def _size(size: int) -> str:
    """ "5 MB", "64 KB": a limit, as people write it."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    return f"{max(size // 1024, 1)} KB" if size >= 1024 else f"{size} bytes"


def url_sentence(exc: UrlError, lang: str) -> str:
    """The one sentence a chat gets for a web page that could not be indexed."""
    w = URL_WORDS.get(lang, URL_WORDS["en"])
    kind = exc.kind if exc.kind in w else "failed"
    return w[kind].format(
        seconds=f"{URL_TIMEOUT:g}",
        limit=_size(URL_MAX_BYTES),
        status=exc.detail or "an error",
        type=exc.detail or "something else",
    )


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
    if URL_RE.match(text):
        await _index_url(update, context, text)
        return
    await _index(update, context, text, add_source(text))


async def url_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message that is just an address: an admin's page to index (in a private chat);
    from anyone else, or in a group, a question like any other, asked as a phrase (a URL
    is nobody's name), and never fetched."""
    message = update.effective_message
    if message is None:
        return
    question = question_from_message(message, context.bot.username, context.bot.id)
    if question is None:  # group chatter not meant for the bot
        return
    if not URL_RE.match(question):  # "@someone https://…": not only an address after all
        await ask(update, context)
    elif message.chat.type == ChatType.PRIVATE and is_admin(update, context):
        await _index_url(update, context, question)
    else:
        await send_answer(update, context, f"/who {question}")


async def _index_url(update: Update, context: ContextTypes.DEFAULT_TYPE, url: str) -> None:
    work = functools.partial(
        get_service(context).index_url, url, timeout=URL_TIMEOUT, max_bytes=URL_MAX_BYTES
    )
    await _run_index(update, context, url, work)


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
    work = functools.partial(get_service(context).index_text, text, source)
    await _run_index(update, context, source, work)


async def _run_index(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    source: str,
    work: Callable[[], TextIndexed],
) -> None:
    """Runs `work` (index_text or index_url) and replies with who is quoted, or why not."""
    lang = message_lang(update, context)
    w = words(lang)
    await send_typing(update)
    try:
        # Fetching and extraction take a while; a thread keeps the bot's connection to
        # Telegram alive. Updates are handled one at a time, so nothing else uses the
        # store meanwhile.
        result = await asyncio.to_thread(work)
    except UrlError as exc:
        logger.info("Not indexed: %s", exc)
        await reply_sentence(update, url_sentence(exc, lang))
        return
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
    # Before the free-text questions (handlers/ask.py), which would take it for a name.
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE
            & filters.TEXT
            & ~filters.COMMAND
            & filters.Regex(_URL_MESSAGE_RE),
            url_message,
        )
    )
    # Files only in private chats: a file shared in a group is not meant for the index.
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & filters.Document.ALL, document
        )
    )
