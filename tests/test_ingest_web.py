"""Web pages and RSS/Atom feeds, from a tiny HTTP server on 127.0.0.1 (no internet)."""

from __future__ import annotations

import json
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_ingest import PatternExtractor

from bot.cli import main
from bot.config import Settings
from bot.ingest import IngestError, fetch
from bot.service import Quotebot


def page(title: str, date: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title}</title><meta name='date' content='{date}'></head>"
        f"<body><nav>Menü · Suche</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Kontakt</footer></body></html>"
    ).encode()


PARAGRAPH = (
    "<p>Die Gemeinde hat am Abend lange beraten. Viele Anwohnerinnen und Anwohner waren "
    "gekommen, um die Pläne für das neue Viertel zu sehen und Fragen zu stellen.</p>"
)

SITE: dict[str, tuple[str, bytes]] = {
    "/artikel/park.html": (
        "text/html; charset=utf-8",
        page(
            "Park wird größer",
            "2024-03-01",
            "<p>„Wir pflanzen hundert Bäume“, sagte Ute Sommer am Montag.</p>" + PARAGRAPH,
        ),
    ),
    "/artikel/bad.html": (
        "text/html; charset=utf-8",
        page(
            "Bad öffnet",
            "2024-03-02",
            "<p>„Das Wasser ist warm“, sagte Kai Wendt.</p>" + PARAGRAPH,
        ),
    ),
    "/rss.xml": (
        "application/rss+xml",
        b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Stadtnachrichten</title><link>http://example/</link>
<description>Neues aus der Stadt</description>
<item><title>Park wird gr\xc3\xb6\xc3\x9fer</title><link>{base}/artikel/park.html</link>
<guid>park-1</guid><pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate>
<description>Hundert neue B\xc3\xa4ume.</description></item>
<item><title>Bad \xc3\xb6ffnet</title><link>{base}/artikel/bad.html</link>
<guid>bad-1</guid><pubDate>Sat, 02 Mar 2024 08:00:00 GMT</pubDate>
<description>Das Wasser ist warm.</description></item>
<item><title>Verschwunden</title><link>{base}/artikel/weg.html</link>
<guid>weg-1</guid><pubDate>Sun, 03 Mar 2024 08:00:00 GMT</pubDate></item>
</channel></rss>""",
    ),
    "/atom.xml": (
        "application/atom+xml",
        """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hafenblatt</title><id>urn:hafen</id>
<updated>2024-04-05T10:00:00Z</updated>
<entry><title>Neuer Kran</title><id>urn:hafen:kran</id>
<link href="{base}/nie-abgerufen.html"/>
<updated>2024-04-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;„Der Kran hebt vierzig Tonnen“, sagte Nils Brandt.&lt;/p&gt;
&lt;p&gt;Der neue Kran steht seit Dienstag am Kai und soll ab Mai die schweren Container vom
Schiff holen. Bisher mussten die Reedereien dafür einen Schwimmkran bestellen, der oft
tagelang auf sich warten ließ. Die Hafenverwaltung rechnet damit, dass künftig deutlich
mehr Schiffe anlegen, und will dafür auch die Zufahrt verbreitern lassen. Die Arbeiten
an der Zufahrt sollen im Herbst beginnen und bis zum nächsten Frühjahr dauern.&lt;/p&gt;</content>
</entry></feed>""".encode(),
    ),
    "/gross.html": ("text/html", b"<html><body>" + b"<p>x</p>" * 200_000 + b"</body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    hits: Counter[str] = Counter()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.hits[self.path] += 1
        if self.path == "/langsam.html":
            time.sleep(1.5)
        found = SITE.get(self.path)
        if found is None:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = found
        body = body.replace(b"{base}", self.server.base.encode())  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.base = base  # type: ignore[attr-defined]
    Handler.hits.clear()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def make_bot(tmp_path: Path) -> Quotebot:
    s = Settings(_env_file=None, db=str(tmp_path / "q.sqlite3"), corpus=str(tmp_path))  # type: ignore[call-arg]
    return Quotebot(s, extractor=PatternExtractor())


def test_fetch_errors_are_one_sentence(server: str) -> None:
    with pytest.raises(IngestError) as err:
        fetch(f"{server}/fehlt.html")
    assert str(err.value) == f"{server}/fehlt.html: the server answered 404 Not Found."
    with pytest.raises(IngestError) as err:
        fetch(f"{server}/gross.html", max_bytes=1024 * 1024)
    assert str(err.value) == f"{server}/gross.html: too large (1 MB; the limit is 1 MB)."
    with pytest.raises(IngestError) as err:
        fetch(f"{server}/langsam.html", timeout=0.3)
    assert str(err.value) == f"{server}/langsam.html: no answer within 0.3 seconds."
    assert fetch(f"{server}/gross.html").data.count(b"<p>x</p>") == 200_000


def test_index_a_web_page(server: str, tmp_path: Path) -> None:
    url = f"{server}/artikel/park.html"
    with make_bot(tmp_path) as bot:
        report = bot.index([url])
        assert (report.articles, report.indexed, report.quotes) == (1, 1, 1)
        hit = bot.ask("Ute Sommer").quotes[0]
        assert (hit.text, hit.source, hit.date, hit.title) == (
            "Wir pflanzen hundert Bäume",
            url,
            "2024-03-01",
            "Park wird größer",
        )
        assert "Kontakt" not in bot.extractor.texts[0]
        again = bot.index([url])
        assert (again.indexed, again.skipped) == (0, 1)


def test_rss_feed_entries_fetched_then_seen(server: str, tmp_path: Path) -> None:
    feed = f"{server}/rss.xml"
    with make_bot(tmp_path) as bot:
        report = bot.index([feed])
        assert (report.articles, report.indexed, report.skipped) == (3, 2, 0)
        assert report.failed == [
            (
                f"{server}/artikel/weg.html",
                f"{server}/artikel/weg.html: the server answered 404 Not Found.",
            )
        ]
        hit = bot.ask("Kai Wendt").quotes[0]
        assert (hit.text, hit.source, hit.date, hit.title) == (
            "Das Wasser ist warm",
            f"{server}/artikel/bad.html",
            "2024-03-02",
            "Bad öffnet",
        )
        assert Handler.hits["/artikel/park.html"] == 1
        # Second round: the entries seen are neither fetched nor extracted again;
        # the failed one is tried again.
        again = bot.index([feed])
        assert (again.articles, again.indexed, again.skipped, len(again.failed)) == (3, 0, 2, 1)
        assert Handler.hits["/artikel/park.html"] == 1
        assert Handler.hits["/artikel/weg.html"] == 2
        assert Handler.hits["/rss.xml"] == 2


def test_atom_entry_with_full_content_is_not_fetched(server: str, tmp_path: Path) -> None:
    with make_bot(tmp_path) as bot:
        report = bot.index([f"{server}/atom.xml"])
        assert (report.indexed, report.quotes, report.failed) == (1, 1, [])
        hit = bot.ask("Nils Brandt").quotes[0]
        assert (hit.text, hit.date, hit.source) == (
            "Der Kran hebt vierzig Tonnen",
            "2024-04-05",
            f"{server}/nie-abgerufen.html",
        )
    assert Handler.hits["/nie-abgerufen.html"] == 0


def test_watch_once_then_skips_seen_entries(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key.startswith(("QUOTEBOT_", "TELEGRAM_")):
            monkeypatch.delenv(key)
    db = str(tmp_path / "w.sqlite3")
    feed = f"{server}/rss.xml"
    assert main(["watch", feed, "--once", "--every", "15m", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert (
        out.splitlines()[0]
        == "3 articles: 2 indexed, 0 unchanged, 1 failed; 2 quotations, 2 people."
    )
    assert err.strip() == f"failed: {server}/artikel/weg.html: the server answered 404 Not Found."
    assert main(["watch", feed, "--rounds", "2", "--every", "0.05s", "--db", db, "-q"]) == 0
    out, _ = capsys.readouterr()
    assert out == ""
    assert Handler.hits["/artikel/park.html"] == 1
    assert Handler.hits["/rss.xml"] == 3
    assert main(["ask", "wer sagte hundert Bäume", "--format", "json", "--db", db]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["quotes"][0]["speaker"] == "Ute Sommer"
    assert main(["watch", feed, "--every", "soon", "--db", db]) == 2
    assert capsys.readouterr().err.strip() == (
        "quotebot: --every soon: give a duration such as 30s, 15m or 2h."
    )
