"""Admins add articles from the chat (/add, a .txt/.md/.html file, or a web page's
address); others are refused, and a URL from them is a question, never fetched.

Through the real Application on the fake Bot API (getFile and the file download included),
each test over its own empty index, so the shared seed index stays as it is. Web pages
come from a tiny http.server on 127.0.0.1 serving a German news page written here.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeBot, make_settings
from core_fixtures import quote_at
from fake_telegram import BOT_USERNAME, GERMAN_USER, GROUP_CHAT_ID, USER, BotHarness

import handlers.admin
from bot.ingest import IngestError
from bot.models import Article, Extraction, Person
from handlers.admin import decode_document, document_suffix, html_text

ARTICLE = (
    " date 2023-05 Austin in Brüssel\n"
    "US-Verteidigungsminister Lloyd Austin hat am Mittwoch in Brüssel die Verbündeten gelobt. "
    "„Wir stehen fest an der Seite der Ukraine“, sagte Austin. "
    "„Die Nato ist stärker als je zuvor“, fügte er hinzu.\n"
    "Der Minister betonte: „Unsere Unterstützung wird nicht nachlassen.“\n"
)
ARTICLE_HTML = """<!doctype html>
<html><head><title>Nachrichten | Austin</title><style>p { color: red }</style></head>
<body><p> date 2023-05 </p><h1>Austin in Brüssel</h1>
<script>var said = "„nicht zitiert“";</script>
<p>US-Verteidigungsminister Lloyd Austin hat am Mittwoch in Brüssel die Verbündeten gelobt.
&bdquo;Wir stehen fest an der Seite der Ukraine&ldquo;, sagte Austin.
„Die Nato ist stärker als je zuvor“, fügte er hinzu.</p>
<p>Der Minister betonte: <em>„Unsere Unterstützung wird nicht nachlassen.“</em></p>
</body></html>"""
INDEXED = "Indexed: 3 quotations — Lloyd Austin (3)"
ADMINS_ONLY = "Sorry, only the bot's admins can add articles."
OUTSIDER = {**USER, "id": 5555, "first_name": "Eve"}


@pytest.fixture
def fresh_service(tmp_path: Path) -> Iterator[Any]:
    from bot.service import Quotebot

    service = Quotebot(make_settings(tmp_path / "fresh.sqlite3"))
    yield service
    service.close()


@pytest.fixture
def admin_bot(make_bot: MakeBot, fresh_service: Any) -> BotHarness:
    """The bot over an empty index; USER (4242) and GERMAN_USER (4343) are admins."""
    return make_bot(service=fresh_service, admins=[USER["id"], GERMAN_USER["id"]])


def sources(bot: BotHarness) -> list[tuple[str, str | None, str | None]]:
    rows = bot.service.store._conn.execute("SELECT source, title, date FROM articles ORDER BY id")
    return [tuple(row) for row in rows]


# --- /add -------------------------------------------------------------------------------------


def test_add_indexes_pasted_text_and_sums_up_who_is_quoted(admin_bot: BotHarness) -> None:
    assert admin_bot.send(f"/add {ARTICLE}") == [INDEXED]
    digest = hashlib.sha1(ARTICLE.strip().encode()).hexdigest()[:12]
    assert sources(admin_bot) == [(f"telegram:add:{digest}", "Austin in Brüssel", "2023-05")]
    reply = admin_bot.send("what did Austin say")[0]
    assert reply.startswith("<b>Lloyd Austin</b> (US-Verteidigungsminister): 3 quotations")
    assert "Unsere Unterstützung wird nicht nachlassen." in reply
    assert "2023-05" in reply


def test_add_the_same_text_twice_changes_nothing(admin_bot: BotHarness) -> None:
    admin_bot.send(f"/add {ARTICLE}")
    assert admin_bot.send(f"/add {ARTICLE}") == [
        "I know this article already; nothing has changed."
    ]
    assert admin_bot.service.stats() == {"articles": 1, "quotes": 3, "people": 1}


def test_add_reply_is_german_for_a_german_app(admin_bot: BotHarness) -> None:
    assert admin_bot.send(f"/add {ARTICLE}", user=GERMAN_USER) == [
        "Indexiert: 3 Zitate — Lloyd Austin (3)"
    ]


def test_add_without_text_says_how(admin_bot: BotHarness) -> None:
    assert admin_bot.send("/add") == [
        "Send /add followed by the article text, or send the article as a .txt, .md or .html file."
    ]


def test_add_text_without_quotations_is_indexed_and_says_so(admin_bot: BotHarness) -> None:
    assert admin_bot.send("/add Der Bundestag tagt am Donnerstag in Berlin.") == [
        "Indexed, but I found no quotations in it."
    ]
    assert admin_bot.service.stats()["articles"] == 1


def test_add_is_refused_to_everyone_else(admin_bot: BotHarness) -> None:
    assert admin_bot.send(f"/add {ARTICLE}", user=OUTSIDER) == [ADMINS_ONLY]
    assert admin_bot.send(f"/add {ARTICLE}", user={**OUTSIDER, "language_code": "de-AT"}) == [
        "Entschuldigung, nur die Admins dieses Bots können Artikel hinzufügen."
    ]
    assert admin_bot.service.stats()["articles"] == 0


def test_without_admins_nobody_may_add(make_bot: MakeBot, fresh_service: Any) -> None:
    bot = make_bot(service=fresh_service)
    assert bot.send(f"/add {ARTICLE}") == [ADMINS_ONLY]


# --- documents -----------------------------------------------------------------------------


def test_a_text_file_is_downloaded_and_indexed(admin_bot: BotHarness) -> None:
    assert admin_bot.send_document("austin.txt", ARTICLE.encode()) == [INDEXED]
    (get_file,) = admin_bot.request.calls_to("getFile")
    assert admin_bot.request.downloads == [f"documents/{get_file.params['file_id']}_austin.txt"]
    assert sources(admin_bot) == [("telegram:austin.txt", "Austin in Brüssel", "2023-05")]


def test_a_markdown_file_with_a_bom_is_indexed(admin_bot: BotHarness) -> None:
    data = "\ufeff".encode() + ARTICLE.encode()
    assert admin_bot.send_document("austin.md", data) == [INDEXED]


def test_an_html_file_is_indexed_by_its_text(admin_bot: BotHarness) -> None:
    assert admin_bot.send_document("austin.html", ARTICLE_HTML.encode()) == [INDEXED]
    assert sources(admin_bot) == [("telegram:austin.html", "Austin in Brüssel", "2023-05")]
    reply = admin_bot.send("who said nicht zitiert")[0]
    assert "Lloyd Austin" not in reply  # the script's text is not part of the article


def test_a_file_sent_again_under_its_name_replaces_the_article(admin_bot: BotHarness) -> None:
    admin_bot.send_document("austin.txt", ARTICLE.encode())
    shorter = ARTICLE.split("Der Minister")[0]
    assert admin_bot.send_document("austin.txt", shorter.encode()) == [
        "Indexed: 2 quotations — Lloyd Austin (2)"
    ]
    assert admin_bot.service.stats() == {"articles": 1, "quotes": 2, "people": 1}


@pytest.mark.parametrize(
    ("name", "content", "size", "reply"),
    [
        ("big.txt", b"x", 3 * 1024 * 1024, "This file is too large (3.0 MB); the limit is 2 MB."),
        ("empty.txt", b"", None, "This file is empty."),
        ("blank.md", b" \n\t\n", None, "This file is empty."),
        ("tags.html", b"<html><script>x()</script></html>", None, "This file is empty."),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", None,
         "This file is not text I can read; please send UTF-8 text."),
        ("latin1.txt", "Größe".encode("latin-1"), None,
         "This file is not text I can read; please send UTF-8 text."),
        ("article.pdf", b"%PDF-1.7", None, "I can only index .txt, .md and .html files."),
        ("noextension", b"text", None, "I can only index .txt, .md and .html files."),
    ],
)  # fmt: skip
def test_a_bad_file_gets_one_clear_sentence(
    admin_bot: BotHarness, name: str, content: bytes, size: int | None, reply: str
) -> None:
    assert admin_bot.send_document(name, content, file_size=size) == [reply]
    assert admin_bot.service.stats()["articles"] == 0


def test_a_file_larger_than_its_update_said_is_refused_after_download(
    admin_bot: BotHarness,
) -> None:
    data = b"a" * (2 * 1024 * 1024 + 1)
    assert admin_bot.send_document("big.txt", data, file_size=10) == [
        "This file is too large (2.0 MB); the limit is 2 MB."
    ]


def test_a_file_too_large_is_not_downloaded(admin_bot: BotHarness) -> None:
    admin_bot.send_document("big.txt", b"x", file_size=3 * 1024 * 1024)
    assert not admin_bot.request.calls_to("getFile")


def test_bad_file_sentences_are_german_for_a_german_app(admin_bot: BotHarness) -> None:
    assert admin_bot.send_document("article.pdf", b"%PDF", user=GERMAN_USER) == [
        "Ich kann nur .txt-, .md- und .html-Dateien indexieren."
    ]


def test_a_file_from_someone_else_is_refused_without_download(admin_bot: BotHarness) -> None:
    assert admin_bot.send_document("austin.txt", ARTICLE.encode(), user=OUTSIDER) == [ADMINS_ONLY]
    assert not admin_bot.request.calls_to("getFile")


def test_a_file_without_name_counts_by_its_mime_type(admin_bot: BotHarness) -> None:
    assert document_suffix(None, "text/html; charset=utf-8") == ".html"
    assert document_suffix("Artikel.TXT", "application/octet-stream") == ".txt"
    assert document_suffix(None, None) == ""


# --- failures and several speakers (a stand-in extractor) ------------------------------------


class StubExtractor:
    """Finds the quotations the test names, in the article it is given."""

    def __init__(self, quotes: list[tuple[str, str | None]], fail: bool = False) -> None:
        self.quotes = quotes
        self.fail = fail

    def extract(self, article: Article) -> Extraction:
        if self.fail:
            raise RuntimeError("the extractor broke")
        quotes = [quote_at(article.text, text, speaker) for text, speaker in self.quotes]
        people = [Person(s) for s in dict.fromkeys(s for _, s in self.quotes if s)]
        return Extraction(article=article, quotes=quotes, people=people)


def stub_bot(make_bot: MakeBot, tmp_path: Path, extractor: StubExtractor) -> BotHarness:
    from bot.service import Quotebot

    service = Quotebot(make_settings(tmp_path / "stub.sqlite3"), extractor=extractor)  # type: ignore[arg-type]
    return make_bot(service=service, admins=[USER["id"]])


def test_the_summary_lists_the_most_quoted_first(make_bot: MakeBot, tmp_path: Path) -> None:
    text = "„Eins“, sagte Tom Berger. „Zwei“, sagte Anna Berger. „Drei“, sagte Anna Berger. „Vier“."
    extractor = StubExtractor(
        [("Eins", "Tom Berger"), ("Zwei", "Anna Berger"), ("Drei", "Anna Berger"), ("Vier", None)]
    )
    bot = stub_bot(make_bot, tmp_path, extractor)
    assert bot.send(f"/add {text}") == [
        "Indexed: 4 quotations — Anna Berger (2), Tom Berger (1), unknown speaker (1)"
    ]
    bot.service.close()


def test_an_extractor_failure_is_one_sentence_and_stores_nothing(
    make_bot: MakeBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot = stub_bot(make_bot, tmp_path, StubExtractor([], fail=True))
    assert bot.send(f"/add {ARTICLE}") == [
        "This article could not be indexed; the error has been logged."
    ]
    assert bot.service.stats()["articles"] == 0
    assert any("the extractor broke" in (r.exc_text or str(r.exc_info)) for r in caplog.records)
    bot.service.close()


def test_files_in_groups_are_not_for_the_index(admin_bot: BotHarness) -> None:
    update = admin_bot.message_update(
        "", chat_id=GROUP_CHAT_ID, chat_type="supergroup",
        document={"file_id": "g1", "file_unique_id": "ug1", "file_name": "a.txt", "file_size": 3},
    )  # fmt: skip
    assert admin_bot.process(update) == []


# --- the pure parts ------------------------------------------------------------------------------


def test_html_text_keeps_the_visible_text_one_line_per_block() -> None:
    assert html_text(ARTICLE_HTML) == (
        "date 2023-05\n"
        "Austin in Brüssel\n"
        "US-Verteidigungsminister Lloyd Austin hat am Mittwoch in Brüssel die Verbündeten gelobt. "
        "„Wir stehen fest an der Seite der Ukraine“, sagte Austin. "
        "„Die Nato ist stärker als je zuvor“, fügte er hinzu.\n"
        "Der Minister betonte: „Unsere Unterstützung wird nicht nachlassen.“"
    )


def test_decode_document_refuses_what_is_not_text() -> None:
    assert decode_document("Grüße".encode(), ".txt") == "Grüße"
    for data in [b"", b"\x00abc", b"\xff\xfe"]:
        with pytest.raises(Exception) as info:
            decode_document(data, ".txt")
        assert info.value.args[0] in {"doc_empty", "doc_binary"}


def test_index_text_reports_the_speakers_and_refuses_empty_text(fresh_service: Any) -> None:
    result = fresh_service.index_text(ARTICLE, "telegram:austin.txt")
    assert (result.source, result.indexed, result.speakers) == (
        "telegram:austin.txt",
        True,
        [("Lloyd Austin", 3)],
    )
    assert result.quotes == 3
    again = fresh_service.index_text(ARTICLE, "telegram:austin.txt")
    assert (again.indexed, again.quotes) == (False, 0)
    with pytest.raises(IngestError):
        fresh_service.index_text(" \n ", "telegram:empty.txt")


# --- web pages: a message that is just a URL, or /add <url> ------------------------------

NEWS_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Streit um Wasserpreise | Lindenauer Nachrichten</title>
<meta property="og:title" content="Streit um Wasserpreise">
<meta name="date" content="2024-04-17">
<script>window.tracking = "„kein Zitat“, sagte der Tracker.";</script>
</head><body>
<nav><a href="/">Startseite</a> · <a href="/politik">Politik</a> · <a href="/sport">Sport</a></nav>
<article>
<h1>Streit um Wasserpreise</h1>
<p>Die Landesregierung will die Gebühren für Landwirte erhöhen. Der Bauernverband protestiert.</p>
<p>Umweltministerin Katrin Vogel hat am Mittwoch in Hannover höhere Wasserpreise für die
Landwirtschaft verteidigt. „Wasser ist ein knappes Gut, und das muss sich im Preis zeigen“,
sagte Vogel vor Journalisten.</p>
<p>Der Präsident des Landesbauernverbands, Markus Lehmann, kritisierte die Pläne scharf.
„Das ist ein Schlag ins Gesicht jeder Familie, die einen Hof führt“, sagte Lehmann.</p>
<p>Vogel kündigte Gespräche mit dem Verband an. „Meine Tür steht offen“, sagte die Ministerin.</p>
</article>
<footer><p>© 2024 Lindenauer Nachrichten · Impressum · Datenschutz</p></footer>
</body></html>"""
EMPTY_PAGE = "<html><head><title>Startseite</title></head><body><nav></nav></body></html>"


class QuietServer(ThreadingHTTPServer):
    """An http.server whose handler threads never print: a page the bot gave up on (the
    slow one) is written to a closed connection, seconds later, during another test."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class NewsSite:
    """http://127.0.0.1:<port>/<path>: the pages the tests need, and who asked for what."""

    PAGES: dict[str, tuple[str, bytes]] = {
        "/politik/wasserpreise.html": ("text/html; charset=utf-8", NEWS_PAGE.encode()),
        "/austin.txt": ("text/plain; charset=utf-8", ARTICLE.encode()),
        "/startseite.html": ("text/html", EMPTY_PAGE.encode()),
        "/bild.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        "/feed.xml": ("application/rss+xml", b"<rss version='2.0'><channel></channel></rss>"),
    }
    BIG = 200 * 1024

    def __init__(self) -> None:
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                if self.path == "/langsam.html":
                    time.sleep(2)  # longer than the tests' timeout
                if self.path in site.PAGES or self.path == "/langsam.html":
                    content_type, body = site.PAGES.get(
                        self.path, ("text/html", NEWS_PAGE.encode())
                    )
                    self._send(200, content_type, body)
                elif self.path == "/gross.html":  # says how large it is
                    self._send(200, "text/html", b"<p>" + b"x" * site.BIG + b"</p>")
                elif self.path == "/endlos.html":  # does not say: the cap counts the bytes
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(b"<p>" + b"x" * site.BIG + b"</p>")
                else:
                    self._send(404, "text/html", b"<h1>Not Found</h1>")

            def _send(self, status: int, content_type: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[NewsSite]:
    monkeypatch.setattr(handlers.admin, "URL_TIMEOUT", 0.5)
    monkeypatch.setattr(handlers.admin, "URL_MAX_BYTES", 64 * 1024)
    news = NewsSite()
    news.thread.start()
    yield news
    news.server.shutdown()
    news.server.server_close()


def test_an_admin_sending_a_url_gets_the_page_indexed(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    url = site.url("/politik/wasserpreise.html")
    (reply,) = admin_bot.send(url)
    assert reply.startswith("Indexed: ") and " quotations — " in reply, reply
    assert "Katrin Vogel (" in reply and "Markus Lehmann (" in reply
    assert "Tracker" not in reply
    assert site.requests == ["/politik/wasserpreise.html"]
    assert sources(admin_bot) == [(url, "Streit um Wasserpreise", "2024-04-17")]
    assert admin_bot.request.calls_to("sendChatAction")  # "typing…" while it works
    answer = admin_bot.send("was hat Lehmann gesagt")[0]
    assert answer.startswith("<b>Markus Lehmann</b>")
    assert "<blockquote>„Das ist ein Schlag ins Gesicht jeder Familie" in answer
    assert "<i>Streit um Wasserpreise</i> · 2024-04-17" in answer


def test_add_with_a_url_fetches_it_and_the_same_page_again_changes_nothing(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    url = site.url("/politik/wasserpreise.html")
    assert admin_bot.send(f"/add {url}")[0].startswith("Indexed: ")
    assert admin_bot.send(url) == ["I know this article already; nothing has changed."]
    assert admin_bot.service.stats()["articles"] == 1


def test_a_plain_text_page_is_indexed_like_a_text_file(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    url = site.url("/austin.txt")
    assert admin_bot.send(url, user=GERMAN_USER) == ["Indexiert: 3 Zitate — Lloyd Austin (3)"]
    assert sources(admin_bot) == [(url, "Austin in Brüssel", "2023-05")]


def test_a_url_from_anyone_else_is_a_question_and_is_never_fetched(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    url = site.url("/politik/wasserpreise.html")
    assert admin_bot.send(url, user=OUTSIDER) == [
        f"Nobody in the index said anything like “{url}”."
    ]
    assert admin_bot.send(url, user={**OUTSIDER, "language_code": "de"}) == [
        f"Niemand im Index hat etwas wie „{url}“ gesagt."
    ]
    assert site.requests == []
    assert admin_bot.service.stats()["articles"] == 0


def test_a_url_in_a_group_is_never_fetched_and_only_answered_when_meant_for_the_bot(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    url = site.url("/politik/wasserpreise.html")
    group = {"chat_id": GROUP_CHAT_ID, "chat_type": "supergroup"}
    assert admin_bot.send(url, **group) == []
    (reply,) = admin_bot.send(f"@{BOT_USERNAME} {url}", **group)
    assert reply == f"Nobody in the index said anything like “{url}”."
    assert site.requests == []


def test_a_url_inside_a_sentence_is_an_ordinary_question(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    reply = admin_bot.send(f"who said {site.url('/politik/wasserpreise.html')} yesterday")
    assert len(reply) == 1 and not reply[0].startswith("Indexed")
    assert site.requests == []


@pytest.mark.parametrize(
    ("path", "reply"),
    [
        ("/langsam.html", "This page did not answer within 0.5 seconds; nothing was indexed."),
        ("/gross.html", "This page is larger than 64 KB; nothing was indexed."),
        ("/endlos.html", "This page is larger than 64 KB; nothing was indexed."),
        ("/bild.png", "This address holds image/png, not a web page or text; I can only index articles."),
        ("/feed.xml", "This address holds application/rss+xml, not a web page or text; I can only index articles."),
        ("/startseite.html", "I found no article text on this page; nothing was indexed."),
        ("/fehlt.html", "The server answered 404 Not Found; nothing was indexed."),
    ],
)  # fmt: skip
def test_a_page_that_cannot_be_indexed_gets_one_clear_sentence(
    admin_bot: BotHarness, site: NewsSite, path: str, reply: str
) -> None:
    assert admin_bot.send(site.url(path)) == [reply]
    assert admin_bot.service.stats()["articles"] == 0


def test_an_address_nobody_answers_at_is_one_sentence_in_german_too(
    admin_bot: BotHarness, site: NewsSite
) -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nobody listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert admin_bot.send(f"http://127.0.0.1:{port}/artikel.html", user=GERMAN_USER) == [
        "Ich konnte diese Adresse nicht erreichen; nichts wurde indexiert."
    ]
    assert admin_bot.send(site.url("/langsam.html"), user=GERMAN_USER) == [
        "Diese Seite hat nicht innerhalb von 0.5 Sekunden geantwortet; nichts wurde indexiert."
    ]
