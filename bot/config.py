"""Settings, read once from the environment and `.env`, then passed down."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

TOKEN_RE = re.compile(r"^\d{3,12}:[A-Za-z0-9_-]{30,50}$")
# What Telegram accepts as a webhook's secret_token (sent back in X-Telegram-Bot-Api-Secret-Token).
WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    """A setting is wrong; the message is one sentence for the operator."""


def _default_db() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "quotebot" / "quotebot.sqlite3")


@dataclass(frozen=True)
class WebhookConfig:
    """Webhook mode: Telegram posts to `url`; the bot listens on `listen`:`port`/`url_path`
    (the public URL's path, so a reverse proxy forwards that path unchanged)."""

    url: str
    listen: str
    port: int
    url_path: str
    secret: str = field(repr=False)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_test_environment: bool = Field(default=False, alias="TELEGRAM_TEST_ENVIRONMENT")
    telegram_base_url: str | None = Field(default=None, alias="TELEGRAM_BASE_URL")
    db: str = Field(default_factory=_default_db, alias="QUOTEBOT_DB")
    corpus: str = Field(default=str(PROJECT_ROOT / "seeds"), alias="QUOTEBOT_CORPUS")
    admins: Annotated[list[int], NoDecode] = Field(default_factory=list, alias="QUOTEBOT_ADMINS")
    # rapidfuzz scores (0-100): a name matches at or above name_threshold; closer names are
    # suggested down to suggest_threshold; a phrase matches at or above phrase_threshold.
    name_threshold: float = Field(default=80.0, alias="QUOTEBOT_NAME_THRESHOLD")
    suggest_threshold: float = Field(default=60.0, alias="QUOTEBOT_SUGGEST_THRESHOLD")
    phrase_threshold: float = Field(default=75.0, alias="QUOTEBOT_PHRASE_THRESHOLD")
    page_size: int = Field(default=5, alias="QUOTEBOT_PAGE_SIZE")
    log_level: str = Field(default="INFO", alias="QUOTEBOT_LOG_LEVEL")
    # Webhook mode: with a public URL set, Telegram posts updates to it instead of being polled.
    webhook_url: str | None = Field(default=None, alias="QUOTEBOT_WEBHOOK_URL")
    webhook_listen: str = Field(default="127.0.0.1", alias="QUOTEBOT_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, alias="QUOTEBOT_WEBHOOK_PORT")
    webhook_secret: SecretStr | None = Field(default=None, alias="QUOTEBOT_WEBHOOK_SECRET")

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, v: object) -> object:
        if isinstance(v, str) and not v.strip():
            return None
        return v

    @field_validator("telegram_base_url", "webhook_url", "webhook_secret", mode="before")
    @classmethod
    def _empty_url_is_none(cls, v: object) -> object:
        if isinstance(v, str) and not v.strip():
            return None
        return v

    @field_validator("admins", mode="before")
    @classmethod
    def _parse_admins(cls, v: object) -> object:
        if isinstance(v, int):
            return [v]
        if isinstance(v, str):
            parts = [p for p in re.split(r"[,\s;]+", v.strip()) if p]
            try:
                return [int(p) for p in parts]
            except ValueError:
                raise ValueError(
                    "QUOTEBOT_ADMINS must be Telegram user ids separated by commas"
                ) from None
        return v

    @field_validator("webhook_port")
    @classmethod
    def _check_port(cls, v: int) -> int:
        if not 1 <= v <= 65535:
            raise ValueError("QUOTEBOT_WEBHOOK_PORT must be a port number from 1 to 65535")
        return v

    @field_validator("log_level")
    @classmethod
    def _check_level(cls, v: str) -> str:
        v = v.upper()
        if v not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("QUOTEBOT_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return v

    # --- derived ---------------------------------------------------------------------

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    def check_token(self) -> str:
        """The token, or ConfigError with one sentence (never the token itself)."""
        token = self.token
        if not token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set.")
        if not TOKEN_RE.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed: it should look like 123456:ABC-... as given by @BotFather."
            )
        return token

    @property
    def webhook_secret_value(self) -> str | None:
        return self.webhook_secret.get_secret_value() if self.webhook_secret else None

    def check_webhook(self) -> WebhookConfig | None:
        """How to run as a webhook, or None to poll; ConfigError with one sentence (never
        the secret itself) when the URL or the secret is wrong."""
        if not self.webhook_url:
            return None
        parts = urlsplit(self.webhook_url.strip())
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ConfigError(
                "QUOTEBOT_WEBHOOK_URL must be the bot's public URL, such as "
                "https://bot.example.org/quotebot."
            )
        secret = self.webhook_secret_value
        if not secret:
            raise ConfigError(
                "QUOTEBOT_WEBHOOK_SECRET must be set when QUOTEBOT_WEBHOOK_URL is: 1-256 "
                "characters of A-Z, a-z, 0-9, _ and -."
            )
        if not WEBHOOK_SECRET_RE.match(secret):
            raise ConfigError(
                "QUOTEBOT_WEBHOOK_SECRET is malformed: Telegram allows 1-256 characters of "
                "A-Z, a-z, 0-9, _ and -."
            )
        return WebhookConfig(
            url=urlunsplit(parts),
            listen=self.webhook_listen,
            port=self.webhook_port,
            url_path=parts.path.strip("/"),
            secret=secret,
        )

    def bot_base_url(self) -> str:
        """Bot API base URL for python-telegram-bot, which fills in `{token}` itself."""
        if self.telegram_base_url:
            url = self.telegram_base_url.rstrip("/")
            return url if "{token}" in url else url + "{token}"
        if self.telegram_test_environment:
            return "https://api.telegram.org/bot{token}/test"
        return "https://api.telegram.org/bot{token}"

    def bot_base_file_url(self) -> str:
        """File download URL: the Bot API's /file/ path beside the base URL."""
        base = self.bot_base_url()
        head, sep, tail = base.rpartition("/bot")
        return f"{head}/file/bot{tail}" if sep else base

    def check_paths(self) -> None:
        """Create the database folder; make sure the corpus folder can be read."""
        db = Path(self.db).expanduser()
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"QUOTEBOT_DB folder {db.parent} cannot be created: {exc.strerror}."
            ) from None
        corpus = Path(self.corpus).expanduser()
        if not corpus.exists():
            raise ConfigError(f"QUOTEBOT_CORPUS {corpus} does not exist.")
        if not os.access(corpus, os.R_OK):
            raise ConfigError(f"QUOTEBOT_CORPUS {corpus} cannot be read.")


def load_settings(**overrides: object) -> Settings:
    """Read settings; a bad value becomes a ConfigError with one sentence."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except SettingsError as exc:
        raise ConfigError(f"A setting cannot be read: {exc}.") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err.get("loc") or ("setting",)
        name = str(loc[0])
        msg = str(err.get("msg", "is invalid")).removeprefix("Value error, ")
        if msg.startswith(name) or msg.startswith("QUOTEBOT") or msg.startswith("TELEGRAM"):
            raise ConfigError(msg.rstrip(".") + ".") from None
        raise ConfigError(f"{name} is invalid: {msg}.") from None
