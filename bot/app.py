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
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

import handlers
from bot.config import ConfigError, Settings, WebhookConfig

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


# --- flood limits and retries -------------------------------------------------------------

# A 429 (RetryAfter) is retried after the wait Telegram asks for, this many times per call.
RETRY_AFTER_RETRIES = 5
# Network trouble (a 5xx such as 502 Bad Gateway, a refused or dropped connection, a
# connect/pool/write timeout) is retried this many times, waiting 0.5 s, 1 s, 2 s, ...
NETWORK_RETRIES = 3
NETWORK_BACKOFF = 0.5


def _may_have_arrived(exc: NetworkError) -> bool:
    """True when Telegram may have carried out the request although we got no answer: a
    read timeout (the request was sent whole, the answer did not come in time)."""
    if not isinstance(exc, TimedOut):
        return False
    cause = exc.__cause__
    name = type(cause).__name__ if cause is not None else ""
    # httpx.ConnectTimeout / PoolTimeout / WriteTimeout: the request never got through
    # whole. Anything else (a read timeout, an unknown cause) may have been carried out.
    return name not in ("ConnectTimeout", "PoolTimeout", "WriteTimeout")


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter (flood limits; RetryAfter retried after the time Telegram asks for)
    that also retries a call that failed on the way, so no reply is lost to a 502 or a
    dropped connection.

    Every Bot API call but getUpdates (which PTB's updater retries itself) passes here.
    Retrying may only send what Telegram has not carried out, or the chat gets the reply
    twice: a 5xx answer, a refused connection and a connection closed before any answer
    are taken as "not carried out" (Telegram answers errors before or instead of acting,
    and a proxy that drops the connection has not passed it on). A read timeout is not
    retried: the request was sent whole and may have been carried out, so at most once
    wins over at least once there, and the loss is logged. `overall_max_rate=0,
    group_max_rate=0` switch the flood limits off and keep the retries (benchmarks).
    """

    def __init__(
        self,
        *,
        network_retries: int = NETWORK_RETRIES,
        network_backoff: float = NETWORK_BACKOFF,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("max_retries", RETRY_AFTER_RETRIES)
        super().__init__(**kwargs)
        self.network_retries = network_retries
        self.network_backoff = network_backoff

    async def process_request(  # type: ignore[override]
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except NetworkError as exc:
                if attempt == self.network_retries or _may_have_arrived(exc):
                    raise
                delay = self.network_backoff * 2**attempt
                logger.warning(
                    "%s failed (%s: %s); retrying in %.1f s (%d of %d)",
                    endpoint, type(exc).__name__, exc, delay, attempt + 1, self.network_retries,
                )  # fmt: skip
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover


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
    flood_limits: bool = True,
) -> Application:
    """The Application with all handlers from `handlers/`, answering from `service`.

    `request`/`get_updates_request` replace the HTTP layer (tests pass an in-process fake).
    `flood_limits=False` keeps the retries but drops Telegram's flood limits (about 30
    messages a second), so a benchmark measures the bot, not the limit.
    Raises ConfigError when the token is missing or malformed.
    """
    limits: dict[str, Any] = {} if flood_limits else {"overall_max_rate": 0, "group_max_rate": 0}
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
        .rate_limiter(RetryingRateLimiter(**limits))
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


class ListenError(Exception):
    """The webhook server cannot listen; the message is one sentence for the operator."""


def _serve(application: Application, webhook: WebhookConfig | None, settings: Settings) -> None:
    """Poll the Bot API, or listen for Telegram's webhook posts, until a stop signal.

    Both run_polling and run_webhook stop cleanly on SIGINT, SIGTERM and SIGABRT (their
    default stop_signals): updates in hand are finished, shutdown runs, then run_bot's
    `finally` closes the store. tests/test_e2e.py and tests/test_webhook.py send SIGTERM.
    """
    if webhook is None:
        logger.info("Polling the Bot API at %s", _api_host(settings))
        # The offset is confirmed on the way out, so no update is lost or handled twice.
        application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
        return
    logger.info(
        "Webhook: listening on %s:%d/%s for %s (Bot API at %s)",
        webhook.listen, webhook.port, webhook.url_path, webhook.url, _api_host(settings),
    )  # fmt: skip
    # setWebhook(url, secret_token) at start; PTB's server answers 403 to a post without
    # the X-Telegram-Bot-Api-Secret-Token header or with a wrong one, and never handles it.
    try:
        application.run_webhook(
            listen=webhook.listen,
            port=webhook.port,
            url_path=webhook.url_path,
            webhook_url=webhook.url,
            secret_token=webhook.secret,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=False,
        )
    except OSError as exc:  # binding the server: a port in use, an address not ours
        raise ListenError(
            f"cannot listen for the webhook on {webhook.listen}:{webhook.port} "
            f"({exc.strerror or type(exc).__name__}); check QUOTEBOT_WEBHOOK_LISTEN and "
            "QUOTEBOT_WEBHOOK_PORT."
        ) from None


def run_bot(settings: Settings) -> int:
    """Index the corpus and serve Telegram (polling, or a webhook when QUOTEBOT_WEBHOOK_URL
    is set) until stopped. Returns the process exit code."""
    configure_logging(settings.log_level)
    service: Any = None
    try:
        token = settings.check_token()
        install_token_redaction(token)
        webhook = settings.check_webhook()
        if webhook is not None:
            install_token_redaction(webhook.secret)  # PTB logs setWebhook's parameters at DEBUG
        settings.check_paths()

        from bot.service import Quotebot  # the core loads spaCy: import only when running

        service = Quotebot(settings)
        report = service.ensure_corpus()
        logger.info("Corpus %s ready: %s", settings.corpus, report)
        application = build_application(settings, service)
        # A fresh loop: run_polling closes the loop it runs on, so a second run needs a new one.
        asyncio.set_event_loop(asyncio.new_event_loop())
        _serve(application, webhook, settings)
    except ConfigError as exc:
        print(f"quotebot: {exc}", file=sys.stderr)
        return 2
    except ListenError as exc:
        print(f"quotebot: {exc}", file=sys.stderr)
        return 1
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
