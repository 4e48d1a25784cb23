"""Quotebot facade: indexing files (new, unchanged, changed, broken) and asking."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from core_fixtures import AUSTIN_ROLE, SEED, ZENTIMETER_TEASER, seed_extraction, settings

from bot.extract import Extractor
from bot.models import Article, Extraction, Person, Quote
from bot.service import IndexReport, Quotebot

# „Quotation“, sagte First Last.
_QUOTE_RE = re.compile(r"„([^“]+)“, sagte (\w+ \w+)")


class FakeExtractor(Extractor):
    """Stands in for the spaCy extractor: the seed by hand, other files by one pattern."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def extract(self, article: Article) -> Extraction:
        self.calls.append(Path(article.source).name)
        if "explode" in article.text:
            raise RuntimeError("the extractor tripped")
        if article.text == SEED.read_text(encoding="utf-8"):
            ex = seed_extraction(article.source)
            return Extraction(article=article, quotes=ex.quotes, people=ex.people)
        quotes = [
            Quote(text=m.group(1), start=m.start(1), end=m.end(1), speaker=m.group(2))
            for m in _QUOTE_RE.finditer(article.text)
        ]
        people = [Person(name) for name in dict.fromkeys(q.speaker for q in quotes if q.speaker)]
        return Extraction(article=article, quotes=quotes, people=people)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "000_seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "010_berger.txt").write_text(
        " date 2023-03-01 „Wir bauen die Brücke neu.“, sagte Anna Berger.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture
def bot(tmp_path: Path, corpus: Path) -> Iterator[Quotebot]:
    b = Quotebot(settings(tmp_path, corpus=str(corpus)), extractor=FakeExtractor())
    yield b
    b.close()


def test_ensure_corpus_indexes_then_skips_unchanged(bot: Quotebot) -> None:
    first = bot.ensure_corpus()
    assert first == IndexReport(articles=2, indexed=2, skipped=0, quotes=9, people=4, failed=[])
    assert bot.stats() == {"articles": 2, "quotes": 8, "people": 4}
    again = bot.ensure_corpus()
    assert again == IndexReport(articles=2, indexed=0, skipped=2)
    assert bot.stats() == {"articles": 2, "quotes": 8, "people": 4}
    assert bot.extractor.calls == ["000_seed.txt", "010_berger.txt"]  # no second extraction


def test_an_upgraded_extractor_reads_unchanged_files_again(
    bot: Quotebot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored hash covers the extractor too: new rules reach an existing index."""
    import bot.ingest as ingest

    bot.ensure_corpus()
    monkeypatch.setattr(ingest, "EXTRACTOR_FINGERPRINT", b"a newer extractor")
    again = bot.ensure_corpus()
    assert (again.indexed, again.skipped) == (2, 0)
    assert bot.stats() == {"articles": 2, "quotes": 8, "people": 4}  # replaced, not doubled
    assert bot.ensure_corpus().skipped == 2


def test_ask_after_indexing(bot: Quotebot) -> None:
    bot.ensure_corpus()
    answer = bot.ask("what did Austin say")
    assert answer.status == "ok"
    assert (answer.speaker.name, answer.speaker.role) == ("Lloyd Austin", AUSTIN_ROLE)
    assert answer.total == 3
    assert answer.quotes[0].text == ZENTIMETER_TEASER
    assert bot.ask("who said Brücke neu").speaker.name == "Anna Berger"


def test_changed_file_is_reindexed(bot: Quotebot, corpus: Path) -> None:
    bot.ensure_corpus()
    (corpus / "010_berger.txt").write_text(
        " date 2023-03-02 „Die Brücke bleibt zu.“, sagte Anna Berger.\n", encoding="utf-8"
    )
    report = bot.ensure_corpus()
    assert (report.indexed, report.skipped, report.quotes) == (1, 1, 1)
    assert [q.text for q in bot.ask("Anna Berger").quotes] == ["Die Brücke bleibt zu."]


def test_bad_files_are_reported_and_the_rest_indexed(bot: Quotebot, corpus: Path) -> None:
    (corpus / "005_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (corpus / "006_empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "007_boom.txt").write_text(
        "„Kaputt.“, sagte Max Mustermann. explode", encoding="utf-8"
    )
    report = bot.index_paths([corpus, corpus / "missing.txt"])
    assert (report.articles, report.indexed, report.skipped) == (6, 2, 0)
    reasons = dict(report.failed)
    assert sorted(Path(p).name for p in reasons) == [
        "005_binary.txt",
        "006_empty.txt",
        "007_boom.txt",
        "missing.txt",
    ]
    assert reasons[str(corpus / "005_binary.txt")].endswith("looks like a binary file, not text.")
    assert reasons[str(corpus / "006_empty.txt")].endswith("is empty.")
    assert reasons[str(corpus / "007_boom.txt")].endswith(
        "quotations could not be extracted (RuntimeError: the extractor tripped)."
    )
    assert reasons[str(corpus / "missing.txt")].endswith("no such file.")
    assert bot.stats()["articles"] == 2
    assert bot.ask("Max Mustermann").status == "unknown_speaker"


def test_relative_and_absolute_paths_are_one_article(
    bot: Quotebot, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot.index_paths([corpus / "010_berger.txt"])
    monkeypatch.chdir(corpus)
    report = bot.index_paths(["010_berger.txt"])
    assert (report.indexed, report.skipped) == (0, 1)
    assert bot.stats()["articles"] == 1


def test_missing_corpus_is_one_failure(tmp_path: Path) -> None:
    with Quotebot(settings(tmp_path), extractor=FakeExtractor()) as b:
        report = b.ensure_corpus()
    assert report.indexed == 0
    assert len(report.failed) == 1
    assert report.failed[0][1].endswith("the corpus folder does not exist.")


def test_extractor_is_created_lazily(tmp_path: Path) -> None:
    with Quotebot(settings(tmp_path)) as b:
        assert b._extractor is None
        assert b.ask("help").status == "help"
        assert b._extractor is None  # answering never loads spaCy


def test_database_survives_reopening(tmp_path: Path, corpus: Path) -> None:
    s = settings(tmp_path, corpus=str(corpus))
    with Quotebot(s, extractor=FakeExtractor()) as b:
        b.ensure_corpus()
    assert os.path.exists(s.db)
    with Quotebot(s, extractor=FakeExtractor()) as b:
        assert b.ensure_corpus().skipped == 2
        assert b.ask("was hat Stoltenberg gesagt").total == 4


def test_one_person_across_articles_however_the_name_is_spelt(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Präsident Wolodymyr Selenskyj sprach in Kiew. „Wir geben nicht auf“, sagte Selenskyj.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        'President Volodymyr Zelensky spoke in Kyiv. "We will rebuild," Zelensky said.\n',
        encoding="utf-8",
    )
    with Quotebot(settings(tmp_path, corpus=str(folder))) as qb:
        qb.index_paths([folder])
        people = [p for p in qb.store.all_people() if p.n_quotes]
        assert len(people) == 1
        assert people[0].n_quotes == 2
        answer = qb.ask("what did Zelenskyy say")
        assert sorted(q.text for q in answer.quotes) == [
            '"We will rebuild,"',
            "„Wir geben nicht auf“",
        ]
