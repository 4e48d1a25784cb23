"""Reading inputs: .txt, .md, .html, .jsonl, and bad input, each with one clear line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from core_fixtures import settings

from bot.extract import Extractor
from bot.ingest import (
    IngestError,
    article_digest,
    decode_bytes,
    load_file,
    read_article,
)
from bot.models import Article, Extraction, Person, Quote
from bot.service import Quotebot

_QUOTE_RE = re.compile(r"„([^“]+)“, sagte (\w+ \w+)")


class PatternExtractor(Extractor):
    """„…“, sagte First Last — enough to see what reached the extractor, fast."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def extract(self, article: Article) -> Extraction:
        self.texts.append(article.text)
        quotes = [
            Quote(text=m.group(1), start=m.start(1), end=m.end(1), speaker=m.group(2))
            for m in _QUOTE_RE.finditer(article.text)
        ]
        people = [Person(n) for n in dict.fromkeys(q.speaker for q in quotes if q.speaker)]
        return Extraction(article=article, quotes=quotes, people=people)


@pytest.fixture
def bot(tmp_path: Path):
    b = Quotebot(settings(tmp_path), extractor=PatternExtractor())
    yield b
    b.close()


HTML_PAGE = """<!doctype html>
<html><head><title>Fähre fällt aus | Inselbote</title>
<meta property="og:title" content="Fähre fällt aus">
<meta name="date" content="2024-02-03">
<link rel="canonical" href="https://inselbote.example/faehre">
</head><body>
<nav><a href="/">Start</a> <a href="/wetter">Wetter</a></nav>
<article><h1>Fähre fällt aus</h1>
<p>Die Morgenfähre nach Nordinsel fährt bis Freitag nicht. „Der Sturm lässt uns keine Wahl“, sagte Kapitänin Frauke Janssen am Sonntag im Hafen.</p>
<p>Reisende sollen auf den Nachmittag ausweichen, hieß es von der Reederei. Die Reparatur der Rampe dauert nach Angaben der Werft noch mehrere Tage.</p>
</article>
<footer>Impressum · Datenschutz</footer>
</body></html>
"""


def test_html_file_text_title_date_url(tmp_path: Path) -> None:
    page = tmp_path / "faehre.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    article = read_article(page)
    assert article.title == "Fähre fällt aus"
    assert article.date == "2024-02-03"
    assert article.url == "https://inselbote.example/faehre"
    assert "„Der Sturm lässt uns keine Wahl“, sagte Kapitänin Frauke Janssen" in article.text
    assert "Impressum" not in article.text and "Wetter" not in article.text


def test_markdown_front_matter_and_body(tmp_path: Path) -> None:
    md = tmp_path / "brunnen.md"
    md.write_text(
        "---\ntitle: Der Brunnen läuft wieder\ndate: 2023-07-14\n"
        "url: https://dorfblatt.example/brunnen\n---\n\n"
        "# Der Brunnen läuft wieder\n\n"
        "Nach drei Jahren sprudelt der Marktbrunnen wieder. „Das ist ein **schöner** Tag "
        "für alle“, sagte Ortsvorsteher Lutz Brenner bei der Einweihung am Freitag.\n\n"
        "- Kosten: 40.000 Euro\n- Bauzeit: vier Monate\n",
        encoding="utf-8",
    )
    article = read_article(md)
    assert (article.title, article.date, article.url) == (
        "Der Brunnen läuft wieder",
        "2023-07-14",
        "https://dorfblatt.example/brunnen",
    )
    assert "„Das ist ein schöner Tag für alle“, sagte Ortsvorsteher Lutz Brenner" in article.text
    assert "---" not in article.text and "**" not in article.text


def test_txt_date_marker_and_offsets_untouched(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    raw = " date 2021-11 Kurz gemeldet\r\n„Wir öffnen.“, sagte Jana Roth.\n"
    f.write_bytes(raw.encode("utf-8"))
    article = read_article(f)
    assert article.text == raw
    assert article.date == "2021-11"
    assert article.body_start == len(" date 2021-11 ")


def test_cp1252_and_latin1_are_read_with_a_note() -> None:
    text, note = decode_bytes("„Grüße“ – sagte Jörg".encode("cp1252"), "x.txt")
    assert text == "„Grüße“ – sagte Jörg"
    assert note == "x.txt: not UTF-8; read as Windows-1252."
    # 0x81 is undefined in Windows-1252: Latin-1 reads it, but as a control character.
    with pytest.raises(IngestError) as err:
        decode_bytes(b"abc \x81\x8d\x8f\x90\x9d def " * 3, "y.txt")
    assert str(err.value) == "y.txt: not UTF-8 text, and not Windows-1252 or Latin-1 either."


def test_bad_inputs_each_one_line_and_the_rest_goes_on(bot: Quotebot, tmp_path: Path) -> None:
    corpus = tmp_path / "bad"
    corpus.mkdir()
    (corpus / "a_good.txt").write_text("„Alles gut.“, sagte Eva Klein.\n", encoding="utf-8")
    (corpus / "b_cp1252.txt").write_bytes("„Schön wär’s.“, sagte Jörg Weiß.\n".encode("cp1252"))
    (corpus / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "d_empty.txt").write_bytes(b"")
    with open(corpus / "e_huge.txt", "wb") as fh:  # 50 MB, sparse: never read
        fh.truncate(50 * 1024 * 1024)
    (corpus / "f_oneline.txt").write_text("wort " * 210_000, encoding="utf-8")  # 1 MB
    nested = "<html><body>" + "<div>" * 5000 + "<p>Tief.</p>" + "</div>" * 5000 + "</body></html>"
    (corpus / "g_nested.html").write_text(nested, encoding="utf-8")
    (corpus / "h_garbage.txt").write_bytes(b"Text \x81\x8d\x8f\x90\x9d " * 20)
    report = bot.index_paths([corpus])
    assert (report.articles, report.indexed, report.skipped) == (8, 2, 0)
    reasons = {Path(label).name: reason for label, reason in report.failed}
    p = str(corpus.resolve())
    assert reasons == {
        "c_binary.txt": f"{p}/c_binary.txt: looks like a binary file, not text.",
        "d_empty.txt": f"{p}/d_empty.txt: is empty.",
        "e_huge.txt": f"{p}/e_huge.txt: too large (50 MB; the limit is 20 MB).",
        "f_oneline.txt": f"{p}/f_oneline.txt: has a line of 1,050,000 characters (the limit is"
        " 100,000); that is not article text.",
        "g_nested.html": f"{p}/g_nested.html: the HTML is nested 5,003 levels deep (the limit"
        " is 200); no article text found.",
        "h_garbage.txt": f"{p}/h_garbage.txt: not UTF-8 text, and not Windows-1252 or Latin-1"
        " either.",
    }
    assert report.notes == [
        (str(corpus / "b_cp1252.txt"), f"{p}/b_cp1252.txt: not UTF-8; read as Windows-1252.")
    ]
    assert bot.ask("Jörg Weiß").quotes[0].text == "Schön wär’s."
    assert bot.stats() == {"articles": 2, "quotes": 2, "people": 2}


def test_jsonl_one_article_a_line_and_bad_lines(bot: Quotebot, tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "title": "Neue Bahn",
                "date": "2022-05-06T10:00:00Z",
                "url": "https://bahn.example/1",
                "text": "„Die Bahn kommt.“, sagte Otto Lang.",
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"title": "ohne Text"}),
        "",
        json.dumps({"url": "https://bahn.example/2", "text": "„Pünktlich.“, sagte Ida Falk."}),
        json.dumps({"text": "„Ohne alles.“, sagte Udo Sand."}),
        json.dumps(["a", "list"]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = bot.index_paths([f])
    assert (report.articles, report.indexed, report.skipped) == (6, 3, 0)
    assert [reason for _, reason in report.failed] == [
        f"{f.resolve()}: line 2: not valid JSON (Expecting property name enclosed in double quotes).",
        f'{f.resolve()}: line 3: has no "text".',
        f"{f.resolve()}: line 7: not a JSON object.",
    ]
    sources = sorted(bot.store.article_hashes())
    assert sources == sorted(
        [f"{f.resolve()}#a1", "https://bahn.example/2", f"{f.resolve()}#line6"]
    )
    hit = bot.ask("Otto Lang").quotes[0]
    assert (hit.text, hit.date, hit.title) == ("Die Bahn kommt.", "2022-05-06", "Neue Bahn")
    # Unchanged lines are skipped without extraction; a changed one replaces its article.
    calls = len(bot.extractor.texts)
    lines[0] = lines[0].replace("Die Bahn kommt.", "Die Bahn kommt später.")
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = bot.index_paths([f])
    assert (again.indexed, again.skipped, len(again.failed)) == (1, 2, 3)
    assert len(bot.extractor.texts) == calls + 1
    assert [q.text for q in bot.ask("Otto Lang").quotes] == ["Die Bahn kommt später."]


def test_digest_covers_metadata_for_structured_inputs() -> None:
    a = Article(source="s", text="t", title="A")
    b = Article(source="s", text="t", title="B")
    assert article_digest(a, with_metadata=False) == article_digest(b, with_metadata=False)
    assert article_digest(a, with_metadata=True) != article_digest(b, with_metadata=True)


def test_load_file_html_is_checked_for_binary(tmp_path: Path) -> None:
    f = tmp_path / "x.html"
    f.write_bytes(b"\x00\x01<html>")
    with pytest.raises(IngestError, match=r"looks like a binary file, not text\.$"):
        load_file(f)
