"""The Telegram side: builds the python-telegram-bot Application and runs it.

The Application is assembled from settings and the modules in `handlers/` (each exposes
`register(application)`); the Quotebot core it answers from sits in `bot_data["service"]`.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

import handlers
from bot.config import ConfigError, Settings

if TYPE_CHECKING:
    from bot.service import Quotebot

logger = logging.getLogger(__name__)

REDACTED = "[token]"


# --- token safety -------------------------------------------------------------------------


class TokenRedactingFilter(logging.Filter):
    """Replaces the bot token by "[token]" in a record's message, arguments and traceback.

    The token is part of every Bot API URL, so it turns up in httpx/PTB debug logs and in
    the text of network exceptions; a filter on the output handlers catches all of them.
    """

    def __init__(self, token: str) -> None:
        super().__init__()
        # ':' is percent-encoded in some URLs, so redact that spelling too.
        self.secrets = sorted({token, quote(token, safe="")}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the parts, redacted
            message = f"{record.msg} {record.args}"
        record.msg = self.redact(message)
        record.args = None  # already merged into msg, so nothing unredacted is formatted later
        if record.exc_info and not record.exc_text:
            # Formatter.format reuses exc_text when it is set, so render the traceback here.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_token_redaction(token: str, handlers_: list[logging.Handler] | None = None) -> None:
    """Redact `token` in everything the root logger's handlers (or `handlers_`) write.

    Also quiets httpx/httpcore, which log every request URL (with the token) at INFO.
    Installing twice for the same token adds no second filter.
    """
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    for handler in handlers_ if handlers_ is not None else logging.getLogger().handlers:
        already = any(
            isinstance(f, TokenRedactingFilter) and token in f.secrets for f in handler.filters
        )
        if not already:
            handler.addFilter(TokenRedactingFilter(token))


def configure_logging(level: str) -> None:
    """Log to stderr at `level`; keeps handlers someone else installed (then only sets the level)."""
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        level=level,
        stream=sys.stderr,
    )
    logging.getLogger().setLevel(level)


# --- building -----------------------------------------------------------------------------


async def _post_init(application: Application) -> None:
    """Sets the command menu, in English (the default) and in German, from the commands
    the handler modules declare."""
    modules = application.bot_data.get("handler_modules", [])
    for lang in handlers.MENU_LANGUAGES:
        commands = handlers.bot_commands(modules, lang)
        if not commands:
            continue
        try:
            if lang == "en":
                await application.bot.set_my_commands(commands)
            else:
                await application.bot.set_my_commands(commands, language_code=lang)
        except TelegramError as exc:  # the menu is a convenience; answering works without it
            logger.warning("Could not set the %s command menu: %s", lang, exc)


def build_application(
    settings: Settings,
    service: Quotebot,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> Application:
    """The Application with all handlers from `handlers/`, answering from `service`.

    `request`/`get_updates_request` replace the HTTP layer (tests pass an in-process fake).
    Raises ConfigError when the token is missing or malformed.
    """
    token = settings.check_token()
    builder: ApplicationBuilder = (
        Application.builder()
        .token(token)
        # Both URLs keep the literal "{token}"; PTB fills it in, so it is never logged by us.
        .base_url(settings.bot_base_url())
        .base_file_url(settings.bot_base_file_url())
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=2))
        .post_init(_post_init)
    )
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    application = builder.build()
    application.bot_data["service"] = service
    application.bot_data["settings"] = settings
    application.bot_data["handler_modules"] = handlers.register_all(application)
    return application


# --- running ------------------------------------------------------------------------------


def _api_host(settings: Settings) -> str:
    """Scheme and host of the Bot API: safe to print (the token is in the path)."""
    parts = urlsplit(settings.bot_base_url())
    return f"{parts.scheme}://{parts.netloc}"


def _redact(text: str, settings: Settings) -> str:
    token = settings.token
    return TokenRedactingFilter(token).redact(text) if token else text


def run_bot(settings: Settings) -> int:
    """Index the corpus and poll Telegram until stopped. Returns the process exit code."""
    configure_logging(settings.log_level)
    service: Any = None
    try:
        token = settings.check_token()
        install_token_redaction(token)
        settings.check_paths()

        from bot.service import Quotebot  # the core loads spaCy: import only when running

        service = Quotebot(settings)
        report = service.ensure_corpus()
        logger.info("Corpus %s ready: %s", settings.corpus, report)
        application = build_application(settings, service)
        # A fresh loop: run_polling closes the loop it runs on, so a second run needs a new one.
        asyncio.set_event_loop(asyncio.new_event_loop())
        logger.info("Polling the Bot API at %s", _api_host(settings))
        # run_polling's default stop_signals (SIGINT, SIGTERM, SIGABRT) end it cleanly:
        # updates in hand are finished, the offset is confirmed, shutdown runs; then the
        # `finally` below closes the store. tests/test_e2e.py stops the bot with SIGTERM.
        application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except ConfigError as exc:
        print(f"quotebot: {exc}", file=sys.stderr)
        return 2
    except InvalidToken:
        print(
            "quotebot: Telegram rejected TELEGRAM_BOT_TOKEN; get a valid token from @BotFather.",
            file=sys.stderr,
        )
        return 2
    except NetworkError as exc:
        # The exception text may hold the URL, so only the host and the error kind are shown.
        print(
            f"quotebot: cannot reach the Telegram Bot API at {_api_host(settings)} "
            f"({type(exc).__name__}).",
            file=sys.stderr,
        )
        return 1
    except TelegramError as exc:  # e.g. Conflict: another instance is already polling
        print(
            f"quotebot: the Telegram Bot API refused to run the bot: {_redact(str(exc), settings)}",
            file=sys.stderr,
        )
        return 1
    finally:
        if service is not None:
            service.close()
    return 0
