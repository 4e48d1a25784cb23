"""An in-process Bot API for tests: a fake `BaseRequest` and helpers to build updates.

`FakeRequest` answers the Bot API methods the bot uses with JSON shaped like Telegram's,
records every call, and checks HTML the way Telegram does (only its tags, balanced,
`<` and `&` escaped), so a reply Telegram would reject fails the test here too.
`BotHarness` drives the real Application: `send("what did Austin say")` builds an
Update, runs `application.process_update` and returns the HTML texts the bot sent;
`inline(query)` and `send_document(...)` do the same for inline queries and files.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

BOT_ID = 123456789
BOT_USERNAME = "QuotebotTestBot"
BOT_USER: dict[str, Any] = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Quotebot",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
# An English Telegram app: replies keep the question's language. GERMAN_USER's app is
# German, so the bot answers her in German whatever the question's language.
USER: dict[str, Any] = {"id": 4242, "is_bot": False, "first_name": "Ada", "language_code": "en"}
GERMAN_USER: dict[str, Any] = {**USER, "id": 4343, "first_name": "Grete", "language_code": "de"}
PRIVATE_CHAT_ID = 4242
GROUP_CHAT_ID = -1001234567890


# --- Telegram's HTML, checked --------------------------------------------------------------

_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>"
)
# Telegram knows only these named entities (and numeric ones).
_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
MAX_MESSAGE_LENGTH = 4096
MAX_INLINE_RESULTS = 50
MAX_ID_BYTES = 64  # inline result ids and next_offset


class TelegramHTMLError(ValueError):
    pass


def utf16_len(text: str) -> int:
    """Telegram measures text and entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def html_to_text(markup: str) -> str:
    """The plain text Telegram shows for `markup`; TelegramHTMLError where Telegram refuses."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(markup):
        char = markup[i]
        if char == "<":
            match = _TAG_RE.match(markup, i)
            if not match or match.group(2).lower() not in _ALLOWED_TAGS:
                raise TelegramHTMLError(f"Bad Request: can't parse entities: bad tag at offset {i}")
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                if not stack or stack[-1] != name:
                    raise TelegramHTMLError(
                        f"Bad Request: can't parse entities: unmatched </{name}> at offset {i}"
                    )
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY_RE.match(markup, i)
            if not match:
                raise TelegramHTMLError(
                    f"Bad Request: can't parse entities: unescaped '&' at offset {i}"
                )
            out.append(html.unescape(match.group()))
            i = match.end()
        else:
            out.append(char)
            i += 1
    if stack:
        raise TelegramHTMLError(f"Bad Request: can't parse entities: unclosed <{stack[-1]}>")
    return "".join(out)


def check_message_text(text: str, parse_mode: str | None) -> str:
    plain = html_to_text(text) if parse_mode == "HTML" else text
    if not plain.strip():
        raise TelegramHTMLError("Bad Request: message text is empty")
    if utf16_len(plain) > MAX_MESSAGE_LENGTH:
        raise TelegramHTMLError("Bad Request: message is too long")
    return plain


# --- updates ---------------------------------------------------------------------------------


def chat_dict(chat_id: int, chat_type: str) -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": USER["first_name"]}
    return {"id": chat_id, "type": chat_type, "title": "Newsroom"}


def message_entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities, as Telegram would attach them (UTF-16 offsets)."""
    entities: list[dict[str, Any]] = []
    for match in re.finditer(r"(?<!\S)(/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?|@[A-Za-z0-9_]{5,})", text):
        kind = "bot_command" if match.group().startswith("/") else "mention"
        if kind == "bot_command" and match.start() != 0:
            continue  # Telegram only makes a leading /word a command worth routing here
        entities.append(
            {
                "type": kind,
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            }
        )
    return entities


def message_dict(
    message_id: int,
    text: str,
    *,
    chat_id: int = PRIVATE_CHAT_ID,
    chat_type: str = "private",
    user: dict[str, Any] | None = None,
    reply_to: dict[str, Any] | None = None,
    document: dict[str, Any] | None = None,
    photo: bool = False,
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat_dict(chat_id, chat_type),
        "from": user or USER,
    }
    if photo:
        message["photo"] = [
            {"file_id": f"ph{message_id}", "file_unique_id": "uph", "width": 90, "height": 90}
        ]
    if document is not None:
        message["document"] = document  # a file, with `text` as its caption
    if document is not None or photo:
        if text:
            message["caption"] = text
    else:
        message["text"] = text
    entities = message_entities(text)
    if entities:
        message["caption_entities" if "text" not in message else "entities"] = entities
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return message


# --- the fake HTTP layer -------------------------------------------------------------------------


def check_inline_results(params: dict[str, Any]) -> None:
    """What Telegram checks in answerInlineQuery (a 400 otherwise)."""
    results = params.get("results") or []
    if len(results) > MAX_INLINE_RESULTS:
        raise TelegramHTMLError("Bad Request: RESULTS_TOO_MUCH")
    ids = [r["id"] for r in results]
    if len(set(ids)) != len(ids) or any(len(i.encode()) > MAX_ID_BYTES for i in ids):
        raise TelegramHTMLError("Bad Request: RESULT_ID_DUPLICATE or RESULT_ID_INVALID")
    next_offset = params.get("next_offset", "")
    if not isinstance(next_offset, str) or len(next_offset.encode()) > MAX_ID_BYTES:
        raise TelegramHTMLError("Bad Request: NEXT_OFFSET_INVALID")
    for result in results:
        if result["type"] == "article" and not result.get("title", "").strip():
            raise TelegramHTMLError("Bad Request: RESULT_TITLE_EMPTY")
        content = result.get("input_message_content") or {}
        if "message_text" in content:
            check_message_text(content["message_text"], content.get("parse_mode"))


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None


class FakeRequest(BaseRequest):
    """Answers Bot API calls in-process; `calls` records each one (method, params, result)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.commands: list[dict[str, Any]] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.chat_types: dict[int, str] = {}
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self.downloads: list[str] = []  # file paths the bot downloaded
        self._ids = itertools.count(1000)

    def add_file(self, file_id: str, content: bytes, file_name: str = "file") -> str:
        """Makes `content` downloadable as `file_id` (getFile, then the file URL)."""
        file_path = f"documents/{file_id}_{file_name}"
        self.files[file_id] = (file_path, content)
        return file_path

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if method == "GET" and "/file/bot" in url:
            # File.download_* -> BaseRequest.retrieve: the raw bytes at <base_file_url>/<path>
            return self._download(url)
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        call = Call(api_method, params)
        self.calls.append(call)
        try:
            call.result = await self.answer(api_method, params)
        except TelegramHTMLError as exc:
            return 400, json.dumps(
                {"ok": False, "error_code": 400, "description": str(exc)}
            ).encode()
        except KeyError as exc:
            body = {"ok": False, "error_code": 404, "description": f"Not Found: {exc}"}
            return 404, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": call.result}).encode()

    def _download(self, url: str) -> tuple[int, bytes]:
        path = unquote(url.split("/file/bot", 1)[1].split("/", 1)[1])
        self.downloads.append(path)
        for file_path, content in self.files.values():
            if file_path == path:
                return 200, content
        return 404, b'{"ok": false, "error_code": 404, "description": "Not Found"}'

    def _message(self, chat_id: int, text: str, **extra: Any) -> dict[str, Any]:
        message_id = next(self._ids)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat_dict(chat_id, self.chat_types.get(chat_id, "private")),
            "from": BOT_USER,
            "text": text,
            **{k: v for k, v in extra.items() if v is not None},
        }
        self.messages[(chat_id, message_id)] = message
        return message

    async def answer(self, method: str, params: dict[str, Any]) -> Any:
        match method:
            case "getMe":
                return BOT_USER
            case "getUpdates":
                await asyncio.sleep(0.01)  # a poll that finds nothing, without spinning
                return []
            case "sendMessage":
                text = check_message_text(params["text"], params.get("parse_mode"))
                return self._message(
                    int(params["chat_id"]), text, reply_markup=params.get("reply_markup")
                )
            case "editMessageText":
                text = check_message_text(params["text"], params.get("parse_mode"))
                message = self.messages[(int(params["chat_id"]), int(params["message_id"]))]
                message.update(text=text, edit_date=int(time.time()))
                return message
            case "editMessageReplyMarkup":
                message = self.messages[(int(params["chat_id"]), int(params["message_id"]))]
                message.pop("reply_markup", None)
                if params.get("reply_markup"):
                    message["reply_markup"] = params["reply_markup"]
                return message
            case "setMyCommands":
                self.commands = list(params.get("commands", []))
                return True
            case "getMyCommands":
                return self.commands
            case "deleteMyCommands":
                self.commands = []
                return True
            case "answerInlineQuery":
                check_inline_results(params)
                return True
            case "getFile":
                file_path, content = self.files[params["file_id"]]
                return {
                    "file_id": params["file_id"],
                    "file_unique_id": "u" + params["file_id"],
                    "file_size": len(content),
                    "file_path": file_path,
                }
            case "answerCallbackQuery" | "sendChatAction" | "deleteWebhook" | "close" | "logOut":
                return True
        raise KeyError(f"method {method} is not implemented by FakeRequest")

    # --- for assertions -------------------------------------------------------------------

    def sent_texts(self, since: int = 0) -> list[str]:
        """The HTML `text` of every sendMessage from call number `since` on."""
        return [c.params["text"] for c in self.calls[since:] if c.method == "sendMessage"]

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]


# --- driving the real Application ------------------------------------------------------------


class BotHarness:
    """Runs a built Application on its own event loop, one update at a time."""

    def __init__(self, application: Application, request: FakeRequest) -> None:
        self.application = application
        self.request = request
        self.runner = asyncio.Runner()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)

    def start(self) -> BotHarness:
        self.runner.run(self.application.initialize())
        if self.application.post_init:  # run_polling would call it; initialize() does not
            self.runner.run(self.application.post_init(self.application))
        return self

    def close(self) -> None:
        self.runner.run(self.application.shutdown())
        self.runner.close()

    @property
    def service(self) -> Any:
        return self.application.bot_data["service"]

    def process(self, update_data: dict[str, Any]) -> list[str]:
        """Process one update (as Telegram's JSON); return the texts the bot sent."""
        since = len(self.request.calls)
        update = Update.de_json(update_data, self.application.bot)
        self.runner.run(self.application.process_update(update))
        return self.request.sent_texts(since)

    def message_update(self, text: str, **kwargs: Any) -> dict[str, Any]:
        chat_id = kwargs.get("chat_id", PRIVATE_CHAT_ID)
        self.request.chat_types[chat_id] = kwargs.get("chat_type", "private")
        message = message_dict(next(self._message_ids), text, **kwargs)
        return {"update_id": next(self._update_ids), "message": message}

    def send(
        self,
        text: str,
        *,
        chat_id: int = PRIVATE_CHAT_ID,
        chat_type: str = "private",
        reply_to_bot: bool = False,
        user: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
        photo: bool = False,
    ) -> list[str]:
        """A user writes `text`; returns the HTML texts of the bot's sendMessage calls.

        `reply_to`: the message (e.g. one the bot sent) this one replies to; `photo`: a
        photo with `text` as its caption."""
        if reply_to_bot:
            reply_to = {**message_dict(next(self._message_ids), "earlier answer",
                                       chat_id=chat_id, chat_type=chat_type), "from": BOT_USER}  # fmt: skip
        update = self.message_update(
            text, chat_id=chat_id, chat_type=chat_type, reply_to=reply_to, user=user, photo=photo
        )
        return self.process(update)

    def send_document(
        self,
        file_name: str,
        content: bytes,
        *,
        mime_type: str | None = None,
        file_size: int | None = None,
        caption: str = "",
        user: dict[str, Any] | None = None,
    ) -> list[str]:
        """A user sends a file (downloadable through getFile); returns the bot's texts.

        `file_size` is what Telegram reports in the update (default: the real size)."""
        file_id = f"doc{next(self._message_ids)}"
        self.request.add_file(file_id, content, file_name)
        document: dict[str, Any] = {
            "file_id": file_id,
            "file_unique_id": "u" + file_id,
            "file_name": file_name,
            "file_size": len(content) if file_size is None else file_size,
        }
        if mime_type:
            document["mime_type"] = mime_type
        update = self.message_update(caption, user=user, document=document)
        return self.process(update)

    def inline(
        self, query: str, offset: str = "", user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A user types "@bot <query>"; returns the answerInlineQuery parameters."""
        update = {
            "update_id": next(self._update_ids),
            "inline_query": {
                "id": f"iq{next(self._update_ids)}",
                "from": user or USER,
                "query": query,
                "offset": offset,
                "chat_type": "private",
            },
        }
        since = len(self.request.calls)
        self.process(update)
        (call,) = [c for c in self.request.calls[since:] if c.method == "answerInlineQuery"]
        return call.params

    def last_markup(self) -> dict[str, Any] | None:
        """The reply_markup of the bot's last sendMessage."""
        sent = self.request.calls_to("sendMessage")
        return sent[-1].params.get("reply_markup") if sent else None

    def press(
        self,
        callback_data: str,
        message: dict[str, Any] | None = None,
        user: dict[str, Any] | None = None,
    ) -> list[str]:
        """The user presses an inline button with `callback_data` under the bot's last
        message (or under `message`, as the user's app shows it)."""
        if message is None:
            message = self.request.calls_to("sendMessage")[-1].result
        update = {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": str(next(self._update_ids)),
                "from": user or USER,
                "chat_instance": "ci-1",
                "message": message,
                "data": callback_data,
            },
        }
        return self.process(update)
