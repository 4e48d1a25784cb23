"""A Bot API stand-in: a small HTTP server on 127.0.0.1 that a real bot process can poll.

It serves `/bot<token>/<method>` for the methods a polling bot uses, hands out queued
updates through getUpdates (long poll, honours `offset`) and records what the bot sends.
Besides messages it queues documents (getFile and the download at
`/file/bot<token>/<path>` serve the bytes registered with `add_file`), button presses
(callback_query) and inline queries.
PTB posts form data (urlencoded, multipart with files) with JSON-encoded non-string
values; JSON bodies are accepted too. A token other than the expected one gets 401, as
Telegram answers.

    with BotAPIStandin(token) as standin:
        ... start the bot with TELEGRAM_BASE_URL=standin.base_url ...
        standin.push_message(chat_id, "what did Austin say")
        sent = standin.wait_for_messages(1, timeout=60)
        message = standin.sent_results()[0]  # as Telegram returned it, with its buttons
        standin.push_callback(message, message["reply_markup"]["inline_keyboard"][0][0])

It also accepts setWebhook/deleteWebhook/getWebhookInfo (a bot with a webhook set gets 409
from getUpdates, as from Telegram), and can misbehave on a deterministic plan: `faults`
maps a method to {call number: Fault}, counting that method's calls from 1, retries
included. A fault is answered instead of the call, before anything is carried out:

    faults = {"sendMessage": {1: Fault.too_many(1), 3: Fault.bad_gateway(), 5: Fault.drop()}}
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

from fake_telegram import BOT_USER, USER, chat_dict, html_to_text, message_dict

_PATH_RE = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")
_FILE_RE = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<path>.+)$")
# Form values are strings; these hold JSON (PTB json.dumps every non-string value).
_JSON_FIELDS = {"commands", "reply_markup", "allowed_updates", "scope", "link_preview_options",
                "reply_parameters", "entities", "results", "button"}  # fmt: skip
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout"}
REPO = Path(__file__).resolve().parent.parent
MAX_POLL_SECONDS = 0.5  # shorter than asked: the bot stops quickly at the end of a test


@dataclass(frozen=True)
class Fault:
    """One misbehaving answer: "429" (with retry_after), "502", or "drop" (the connection is
    closed without an answer, after the request was read and before it is carried out)."""

    kind: str
    retry_after: int = 1

    @classmethod
    def too_many(cls, retry_after: int = 1) -> Fault:
        return cls("429", retry_after)

    @classmethod
    def bad_gateway(cls) -> Fault:
        return cls("502")

    @classmethod
    def drop(cls) -> Fault:
        return cls("drop")


FaultPlan = dict[str, dict[int, Fault]]
DROP = object()  # answer() result: close the connection without answering
# What Telegram's front end sends for a 502: HTML, not JSON.
_BAD_GATEWAY_BODY = b"<html><head><title>502 Bad Gateway</title></head></html>"


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

    def __init__(self, token: str, faults: FaultPlan | None = None) -> None:
        self.token = token
        self.faults: FaultPlan = faults or {}
        self.faults_served: list[tuple[str, int, str]] = []  # (method, call number, kind)
        self._method_calls: dict[str, int] = {}
        self.webhook: dict[str, Any] | None = None  # setWebhook's parameters, while set
        self.webhook_calls: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []  # sendMessage params
        self.results: list[dict[str, Any]] = []  # the Message each sendMessage returned
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self.downloads: list[str] = []  # file paths the bot downloaded
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

    def new_update(
        self,
        chat_id: int,
        text: str,
        chat_type: str = "private",
        user: dict[str, Any] | None = None,
        document: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A user's message as Telegram's Update JSON, with fresh update and message ids
        (for a webhook post; push_message queues it for getUpdates). `user` is its sender
        (default: fake_telegram.USER); with `document`, `text` is the file's caption."""
        with self._cond:
            update_id = next(self._update_ids)
            message = message_dict(
                next(self._message_ids),
                text,
                chat_id=chat_id,
                chat_type=chat_type,
                user=user,
                document=document,
            )
        return {"update_id": update_id, "message": message}

    def push_update(self, update: dict[str, Any]) -> None:
        """Queue an Update for getUpdates."""
        with self._cond:
            self.updates.append(update)
            self._cond.notify_all()

    def push_message(
        self,
        chat_id: int,
        text: str,
        chat_type: str = "private",
        user: dict[str, Any] | None = None,
    ) -> int:
        """Queue a user's message for the bot; returns its update_id."""
        update = self.new_update(chat_id, text, chat_type, user=user)
        self.push_update(update)
        return update["update_id"]

    def add_file(self, file_id: str, content: bytes, file_name: str = "file") -> str:
        """Makes `content` downloadable as `file_id` (getFile, then the file URL)."""
        file_path = f"documents/{file_id}_{file_name}"
        with self._cond:
            self.files[file_id] = (file_path, content)
        return file_path

    def push_document(
        self,
        chat_id: int,
        file_name: str,
        content: bytes,
        user: dict[str, Any] | None = None,
        mime_type: str | None = None,
        caption: str = "",
    ) -> dict[str, Any]:
        """Queue a user's file (downloadable through getFile); returns the Update."""
        with self._cond:
            file_id = f"doc{next(self._update_ids)}"
        self.add_file(file_id, content, file_name)
        document: dict[str, Any] = {
            "file_id": file_id,
            "file_unique_id": "u" + file_id,
            "file_name": file_name,
            "file_size": len(content),
        }
        if mime_type:
            document["mime_type"] = mime_type
        update = self.new_update(chat_id, caption, user=user, document=document)
        self.push_update(update)
        return update

    def push_callback(
        self, message: dict[str, Any], button: dict[str, Any], user: dict[str, Any] | None = None
    ) -> str:
        """Queue a press on `button` (an InlineKeyboardButton dict with callback_data) under
        `message` (one of `sent_results()`); returns the callback query's id."""
        with self._cond:
            update_id = next(self._update_ids)
        query_id = f"cq{update_id}"
        sender = user or USER
        query = {
            "id": query_id,
            "from": sender,
            "message": message,
            "chat_instance": f"ci{message['chat']['id']}",
            "data": button["callback_data"],
        }
        self.push_update({"update_id": update_id, "callback_query": query})
        return query_id

    def push_inline(self, query: str, user: dict[str, Any] | None = None, offset: str = "") -> str:
        """Queue an inline query ("@bot <query>" typed in any chat); returns its id."""
        with self._cond:
            update_id = next(self._update_ids)
        query_id = f"iq{update_id}"
        inline = {
            "id": query_id,
            "from": user or USER,
            "query": query,
            "offset": offset,
            "chat_type": "private",
        }
        self.push_update({"update_id": update_id, "inline_query": inline})
        return query_id

    def sent_messages(self) -> list[dict[str, Any]]:
        """Every sendMessage carried out so far (faulted calls are not among them)."""
        with self._cond:
            return list(self.sent)

    def wait_for_messages(self, n: int, timeout: float) -> list[dict[str, Any]]:
        """The first `n` sendMessage calls, waiting up to `timeout` s; fewer if time runs out."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.sent) >= n, timeout=timeout)
            return list(self.sent[:n]) if len(self.sent) >= n else list(self.sent)

    def sent_results(self) -> list[dict[str, Any]]:
        """The Message each sendMessage returned (message_id, chat, text, reply_markup)."""
        with self._cond:
            return list(self.results)

    def methods_called(self) -> list[str]:
        with self._cond:
            return [method for method, _ in self.calls]

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of `method` so far (faulted ones included)."""
        with self._cond:
            return [params for name, params in self.calls if name == method]

    def wait_until(self, predicate: Any, timeout: float) -> bool:
        """Waits until `predicate()` holds (checked whenever the bot calls), up to `timeout` s."""
        with self._cond:
            return self._cond.wait_for(predicate, timeout=timeout)

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
            message_id = next(self._sent_ids)
            result = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": chat_dict(chat_id, "private" if chat_id > 0 else "supergroup"),
                "from": BOT_USER,
                "text": plain,
            }
            if params.get("reply_markup"):
                result["reply_markup"] = params["reply_markup"]
            self.sent.append(params)
            self.results.append(result)
            self._cond.notify_all()
        return 200, {"ok": True, "result": result}

    def _get_file(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._cond:
            known = self.files.get(str(params.get("file_id")))
        if known is None:
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: invalid file_id",
            }
        file_path, content = known
        result = {
            "file_id": params["file_id"],
            "file_unique_id": "u" + str(params["file_id"]),
            "file_size": len(content),
            "file_path": file_path,
        }
        return 200, {"ok": True, "result": result}

    def download(self, token: str, path: str) -> tuple[int, Any]:
        """GET /file/bot<token>/<path>: the registered bytes, as Telegram serves files."""
        if unquote(token) != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        path = unquote(path)
        with self._cond:
            self.downloads.append(path)
            for file_path, content in self.files.values():
                if file_path == path:
                    return 200, content
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _fault(self, method: str) -> Fault | None:
        """The fault planned for this call of `method`, if any (counts the call)."""
        with self._cond:
            number = self._method_calls.get(method, 0) + 1
            self._method_calls[method] = number
            fault = self.faults.get(method, {}).get(number)
            if fault is not None:
                self.faults_served.append((method, number, fault.kind))
        return fault

    def answer(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        """(HTTP status, JSON payload), or (status, raw bytes), or (0, DROP)."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._cond:
            self.calls.append((method, params))
            self._cond.notify_all()
        fault = self._fault(method)
        if fault is not None:
            if fault.kind == "429":
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {fault.retry_after}",
                    "parameters": {"retry_after": fault.retry_after},
                }
            if fault.kind == "502":
                return 502, _BAD_GATEWAY_BODY
            return 0, DROP
        result: Any
        match method:
            case "getMe":
                result = BOT_USER
            case "getUpdates":
                if self.webhook is not None:
                    return 409, {
                        "ok": False,
                        "error_code": 409,
                        "description": "Conflict: can't use getUpdates method while webhook "
                        "is active; use deleteWebhook to delete the webhook first",
                    }
                result = self._get_updates(params)
            case "setWebhook":
                with self._cond:
                    self.webhook = dict(params)
                    self.webhook_calls.append(dict(params))
                result = True
            case "deleteWebhook":
                with self._cond:
                    self.webhook = None
                result = True
            case "getWebhookInfo":
                webhook = self.webhook or {}
                result = {
                    "url": webhook.get("url", ""),
                    "has_custom_certificate": False,
                    "pending_update_count": 0,
                }
            case "sendMessage":
                return self._send_message(params)
            case "getFile":
                return self._get_file(params)
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
                "deleteMyCommands"
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
                file_match = _FILE_RE.match(self.path.split("?", 1)[0])
                if match is None and file_match is not None:
                    status, payload = standin.download(
                        file_match.group("token"), file_match.group("path")
                    )
                    if isinstance(payload, bytes):
                        self.send_response(status)
                        self.send_header("Content-Type", "application/octet-stream")
                        self.send_header("Content-Length", str(len(payload)))
                        self.end_headers()
                        self.wfile.write(payload)
                        return
                elif match is None:
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
                if payload is DROP:
                    self.close_connection = True  # no status line: the client sees EOF
                    return
                raw = isinstance(payload, bytes)
                data = payload if raw else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html" if raw else "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _serve
            do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line holds the token; tests must stay quiet about it

        return Handler


# --- the bot as a real process -----------------------------------------------------------


class BotProcess:
    """`python -m bot run` in a subprocess with `env`; its output is collected in threads
    (a chatty bot never blocks on a full pipe). `stop()` sends SIGTERM, returns the code.

        with BotProcess(env, cwd=tmp_path) as bot:
            ...
        assert bot.returncode == 0 and token not in bot.output
    """

    def __init__(self, env: dict[str, str], cwd: Path, stop_timeout: float = 15.0) -> None:
        self.env = env
        self.cwd = cwd
        self.stop_timeout = stop_timeout
        self.process: subprocess.Popen[str] | None = None
        self.returncode: int | None = None
        self._chunks: list[str] = []
        self._readers: list[threading.Thread] = []

    def start(self) -> BotProcess:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=self.cwd,  # no .env from the repository
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        reader.start()
        self._readers.append(reader)
        return self

    def _read(self, pipe: Any) -> None:
        for line in pipe:
            self._chunks.append(line)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> int:
        """SIGTERM (what docker stop and systemd send); kill only if it does not stop."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.returncode = self.process.wait(timeout=self.stop_timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            self.returncode = -9  # did not stop by itself: a test failure
        for reader in self._readers:
            reader.join(timeout=5)
        return self.returncode

    @property
    def output(self) -> str:
        return "".join(self._chunks)

    def __enter__(self) -> BotProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        if self.returncode is None:
            self.stop()


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The parent's environment without Telegram/Quotebot settings, plus ours (DEBUG logs,
    so the token check covers the most verbose output)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QUOTEBOT_"))}
    env.update(
        QUOTEBOT_DB=str(tmp_path / "quotebot.sqlite3"),
        QUOTEBOT_CORPUS=str(REPO / "seeds"),
        QUOTEBOT_LOG_LEVEL="DEBUG",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    # The repository first, so `-m bot` is this checkout even if it is not installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env
