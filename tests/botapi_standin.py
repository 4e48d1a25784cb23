"""A Bot API stand-in: a small HTTP server on 127.0.0.1 that a real bot process can poll.

It serves `/bot<token>/<method>` for the methods a polling bot uses, hands out queued
updates through getUpdates (long poll, honours `offset`) and records what the bot sends.
PTB posts form data (urlencoded, multipart with files) with JSON-encoded non-string
values; JSON bodies are accepted too. A token other than the expected one gets 401, as
Telegram answers.

    with BotAPIStandin(token) as standin:
        ... start the bot with TELEGRAM_BASE_URL=standin.base_url ...
        standin.push_message(chat_id, "what did Austin say")
        sent = standin.wait_for_messages(1, timeout=60)
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from fake_telegram import BOT_USER, USER, chat_dict, html_to_text, message_dict

_PATH_RE = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")
# Form values are strings; these hold JSON (PTB json.dumps every non-string value).
_JSON_FIELDS = {"commands", "reply_markup", "allowed_updates", "scope", "link_preview_options",
                "reply_parameters", "entities", "results", "button"}  # fmt: skip
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout"}
MAX_POLL_SECONDS = 0.5  # shorter than asked: the bot stops quickly at the end of a test


def _decode_form(fields: dict[str, str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in fields.items():
        if key in _JSON_FIELDS:
            params[key] = json.loads(value)
        elif key in _INT_FIELDS:
            try:
                params[key] = int(value)
            except ValueError:
                params[key] = float(value)
        else:
            params[key] = value
    return params


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Bot API parameters from a request body: JSON, urlencoded or multipart form."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields: dict[str, str] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name and part.get_filename() is None:
                fields[name] = part.get_content()
        return _decode_form(fields)
    pairs = parse_qs(body.decode(), keep_blank_values=True)
    return _decode_form({k: v[-1] for k, v in pairs.items()})


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A bot that stops drops its open long poll: a broken pipe here is normal.
        pass


class BotAPIStandin:
    """The server and its state; thread-safe, since the server answers on many threads."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []  # sendMessage params
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.commands: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._sent_ids = itertools.count(10_000)
        self.server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def base_url(self) -> str:
        """For TELEGRAM_BASE_URL: PTB replaces {token} itself."""
        return f"http://127.0.0.1:{self.port}/bot{{token}}"

    def start(self) -> BotAPIStandin:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> BotAPIStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- the test's side ----------------------------------------------------------------

    def push_message(self, chat_id: int, text: str, chat_type: str = "private") -> int:
        """Queue a user's message for the bot; returns its update_id."""
        with self._cond:
            update_id = next(self._update_ids)
            message = message_dict(
                next(self._message_ids), text, chat_id=chat_id, chat_type=chat_type
            )
            self.updates.append({"update_id": update_id, "message": message})
            self._cond.notify_all()
        return update_id

    def wait_for_messages(self, n: int, timeout: float) -> list[dict[str, Any]]:
        """The first `n` sendMessage calls, waiting up to `timeout` s; fewer if time runs out."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.sent) >= n, timeout=timeout)
            return list(self.sent[:n]) if len(self.sent) >= n else list(self.sent)

    def methods_called(self) -> list[str]:
        with self._cond:
            return [method for method, _ in self.calls]

    # --- the bot's side -----------------------------------------------------------------

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), MAX_POLL_SECONDS)
        deadline = time.monotonic() + wait
        with self._cond:
            # Telegram forgets updates below the offset: the bot has confirmed them.
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and (remaining := deadline - time.monotonic()) > 0:
                self._cond.wait(remaining)
            return list(self.updates[:limit])

    def _send_message(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        text = str(params.get("text", ""))
        try:
            plain = html_to_text(text) if params.get("parse_mode") == "HTML" else text
        except ValueError as exc:
            return 400, {"ok": False, "error_code": 400, "description": str(exc)}
        chat_id = int(params["chat_id"])
        with self._cond:
            self.sent.append(params)
            self._cond.notify_all()
            message_id = next(self._sent_ids)
        result = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat_dict(chat_id, "private" if chat_id > 0 else "supergroup"),
            "from": BOT_USER,
            "text": plain,
        }
        return 200, {"ok": True, "result": result}

    def answer(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._cond:
            self.calls.append((method, params))
        result: Any
        match method:
            case "getMe":
                result = BOT_USER
            case "getUpdates":
                result = self._get_updates(params)
            case "sendMessage":
                return self._send_message(params)
            case "setMyCommands":
                self.commands = list(params.get("commands") or [])
                result = True
            case "getMyCommands":
                result = self.commands
            case "editMessageText" | "editMessageReplyMarkup":
                result = {
                    "message_id": int(params.get("message_id", 0)),
                    "date": int(time.time()),
                    "chat": chat_dict(int(params.get("chat_id", USER["id"])), "private"),
                    "from": BOT_USER,
                    "text": html_to_text(str(params.get("text", "…"))),
                }
            case (
                "deleteWebhook"
                | "deleteMyCommands"
                | "sendChatAction"
                | "answerCallbackQuery"
                | "answerInlineQuery"
                | "close"
                | "logOut"
            ):
                result = True
            case _:
                return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        return 200, {"ok": True, "result": result}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                match = _PATH_RE.match(self.path.split("?", 1)[0])
                if match is None:
                    status, payload = (
                        404,
                        {"ok": False, "error_code": 404, "description": "Not Found"},
                    )
                else:
                    try:
                        params = parse_body(self.headers.get("Content-Type", ""), body)
                        if "?" in self.path:
                            query = parse_qs(self.path.split("?", 1)[1])
                            params.update(_decode_form({k: v[-1] for k, v in query.items()}))
                    except (ValueError, json.JSONDecodeError) as exc:
                        status, payload = (
                            400,
                            {"ok": False, "error_code": 400, "description": str(exc)},
                        )
                    else:
                        status, payload = standin.answer(
                            match.group("token"), match.group("method"), params
                        )
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _serve
            do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line holds the token; tests must stay quiet about it

        return Handler
