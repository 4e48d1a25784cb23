"""Admins add articles from the chat (/add, or a .txt/.md/.html file); others are refused.

Through the real Application on the fake Bot API (getFile and the file download included),
each test over its own empty index, so the shared seed index stays as it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeBot, make_settings
from core_fixtures import quote_at
from fake_telegram import GERMAN_USER, GROUP_CHAT_ID, USER, BotHarness

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
