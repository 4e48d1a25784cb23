"""Store: idempotent saves, replacement, people merged across articles, phrase search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from core_fixtures import (
    AUSTIN_ROLE,
    STOLTENBERG_ROLE,
    ZENTIMETER_TEASER,
    digest,
    extraction,
    seed_extraction,
)

from bot.models import Person, Quote
from bot.store import Store, normalize


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(str(tmp_path / "nested" / "folder" / "q.sqlite3"))
    yield s
    s.close()


def _counts(store: Store) -> tuple[int, int, int, int, int]:
    conn = store._conn
    return (
        conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
        conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0],
        conn.execute("SELECT COUNT(*) FROM people").fetchone()[0],
        conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0],
        conn.execute("SELECT COUNT(*) FROM person_aliases").fetchone()[0],
    )


def _person(store: Store, name: str):
    rows = [p for p in store.all_people() if p.name == name]
    assert len(rows) == 1, [p.name for p in store.all_people()]
    return rows[0]


def test_normalize_folds_case_diacritics_hyphens_and_spaces() -> None:
    assert (
        normalize("Nato-Generalsekretär  Jens\tStoltenberg")
        == "nato generalsekretar jens stoltenberg"
    )
    assert normalize("Hans-Georg Maaßen") == "hans georg maassen"
    assert normalize("„Wir sind entschlossen!“") == "wir sind entschlossen"


def test_store_creates_parent_folder_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "q.sqlite3"
    with Store(str(path)) as s:
        assert path.exists()
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.has_fts is (sqlite3.sqlite_version_info >= (3, 34, 0))


def test_saving_the_same_article_twice_changes_nothing(store: Store) -> None:
    ex = seed_extraction()
    assert store.save_extraction(ex, digest(ex)) is True
    before = _counts(store)
    version = store.people_version()
    assert store.save_extraction(ex, digest(ex)) is False
    assert _counts(store) == before
    assert store.people_version() == version
    assert store.stats() == {"articles": 1, "quotes": 7, "people": 3}
    assert store.article_hash(ex.article.source) == digest(ex)
    assert store.article_hash("nowhere.txt") is None


def test_changed_article_replaces_its_old_quotes(store: Store) -> None:
    old = extraction(
        "a.txt",
        [("Der alte Satz bleibt nicht.", "Anna Berger")],
        [Person("Anna Berger"), Person("Karl Ghost")],
    )
    store.save_extraction(old, digest(old))
    new = extraction(
        "a.txt",
        [("Der neue Satz gilt.", "Anna Berger"), ("Noch ein neuer Satz.", "Anna Berger")],
        [Person("Anna Berger")],
    )
    assert store.save_extraction(new, digest(new)) is True
    anna = _person(store, "Anna Berger")
    hits, total = store.quotes_for_person(anna.id)
    assert total == 2
    assert [h.text for h in hits] == ["Der neue Satz gilt.", "Noch ein neuer Satz."]
    assert store.stats() == {"articles": 1, "quotes": 2, "people": 1}  # Karl is gone
    assert store.search_phrase("Der alte Satz bleibt nicht", threshold=75) == []


def test_failed_save_writes_nothing(store: Store) -> None:
    good = extraction("a.txt", [("Ein guter Satz.", "Anna Berger")], [Person("Anna Berger")])
    store.save_extraction(good, digest(good))
    before = _counts(store)
    broken = extraction("a.txt", [("Ein anderer Satz.", "Anna Berger")], [Person("Anna Berger")])
    broken.quotes.append(Quote(text=None, start=0, end=1, speaker="Anna Berger"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.save_extraction(broken, digest(broken))
    assert _counts(store) == before
    assert store.article_hash("a.txt") == digest(good)
    anna = _person(store, "Anna Berger")
    assert [h.text for h in store.quotes_for_person(anna.id)[0]] == ["Ein guter Satz."]


def test_stoltenberg_forms_merge_across_articles_with_role_kept_apart(store: Store) -> None:
    a = extraction("a.txt", [("Erster Satz von ihm.", "Stoltenberg")], [Person("Stoltenberg")])
    b = extraction(
        "b.txt",
        [("Zweiter Satz von ihm.", "Jens Stoltenberg")],
        [Person("Jens Stoltenberg", roles=[STOLTENBERG_ROLE])],
    )
    c = extraction(
        "c.txt",
        [("Dritter Satz von ihm.", "Nato-Generalsekretär Jens Stoltenberg")],
        [Person("Nato-Generalsekretär Jens Stoltenberg", roles=[STOLTENBERG_ROLE])],
    )
    for ex in (a, b, c):
        store.save_extraction(ex, digest(ex))
    people = store.all_people()
    assert [p.name for p in people] == ["Jens Stoltenberg"]
    jens = people[0]
    assert jens.aliases == ["Stoltenberg"]
    assert jens.roles == [STOLTENBERG_ROLE]
    assert (jens.n_quotes, jens.n_mentions) == (3, 3)


def test_surname_only_attaches_to_the_known_full_name(store: Store) -> None:
    seed = seed_extraction()
    store.save_extraction(seed, digest(seed))
    later = extraction("later.txt", [("Wir bleiben standhaft.", "Austin")], [Person("Austin")])
    store.save_extraction(later, digest(later))
    austin = _person(store, "Lloyd Austin")
    assert (austin.n_quotes, austin.n_mentions) == (4, 2)
    assert austin.roles == [AUSTIN_ROLE]
    assert store.stats()["people"] == 3


def test_two_bergers_stay_two_people(store: Store) -> None:
    a = extraction("a.txt", [("Ich bin Anna.", "Anna Berger")], [Person("Anna Berger", ["Berger"])])
    t = extraction("t.txt", [("Ich bin Tom.", "Tom Berger")], [Person("Tom Berger", ["Berger"])])
    store.save_extraction(a, digest(a))
    store.save_extraction(t, digest(t))
    assert sorted(p.name for p in store.all_people()) == ["Anna Berger", "Tom Berger"]
    again = extraction("a2.txt", [("Wieder Anna.", "Anna Berger")], [Person("Anna Berger")])
    store.save_extraction(again, digest(again))
    assert _person(store, "Anna Berger").n_quotes == 2
    assert _person(store, "Tom Berger").n_quotes == 1


def test_names_differing_in_case_diacritics_and_hyphens_merge(store: Store) -> None:
    a = extraction("a.txt", [("Erstens.", "Hans-Georg Maaßen")], [Person("Hans-Georg Maaßen")])
    b = extraction("b.txt", [("Zweitens.", "HANS GEORG MAASSEN")], [Person("HANS GEORG MAASSEN")])
    store.save_extraction(a, digest(a))
    store.save_extraction(b, digest(b))
    person = _person(store, "Hans-Georg Maaßen")
    assert person.n_quotes == 2
    assert person.aliases == []  # one alias per normalised form


def test_quoted_speaker_missing_from_people_is_added(store: Store) -> None:
    ex = extraction("a.txt", [("Niemand hat mich gelistet.", "Erika Muster")], [])
    store.save_extraction(ex, digest(ex))
    erika = _person(store, "Erika Muster")
    assert (erika.n_quotes, erika.n_mentions) == (1, 1)


def test_teaser_copy_of_a_quotation_is_stored_but_shown_once(store: Store) -> None:
    ex = seed_extraction()
    store.save_extraction(ex, digest(ex))
    austin = _person(store, "Lloyd Austin")
    hits, total = store.quotes_for_person(austin.id)
    assert total == 3
    assert [h.text for h in hits][0] == ZENTIMETER_TEASER  # the longer of the two copies
    assert store._conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == 8
    putin = _person(store, "Wladimir Putin")
    assert (putin.n_quotes, putin.n_mentions) == (0, 1)


def test_quotes_for_person_newest_article_first_and_paged(store: Store) -> None:
    anna = [Person("Anna Berger")]
    old = extraction(
        "old.txt",
        [("Alt eins.", "Anna Berger"), ("Alt zwei.", "Anna Berger")],
        anna,
        date="2021-05-01",
    )
    new = extraction("new.txt", [("Neu eins.", "Anna Berger")], anna, date="2023-02-01")
    undated = extraction("nodate.txt", [("Ohne Datum.", "Anna Berger")], anna, date=None)
    for ex in (old, undated, new):
        store.save_extraction(ex, digest(ex))
    pid = _person(store, "Anna Berger").id
    hits, total = store.quotes_for_person(pid)
    assert total == 4
    assert [h.text for h in hits] == ["Neu eins.", "Alt eins.", "Alt zwei.", "Ohne Datum."]
    page, total = store.quotes_for_person(pid, limit=2, offset=1)
    assert total == 4
    assert [h.text for h in page] == ["Alt eins.", "Alt zwei."]
    assert page[0].source == "old.txt"
    assert page[0].date == "2021-05-01"


def test_search_phrase_finds_substring_and_typos(store: Store) -> None:
    ex = seed_extraction()
    store.save_extraction(ex, digest(ex))
    hits = store.search_phrase("jeden Zentimeter", threshold=75)
    assert len(hits) == 1
    hit, score = hits[0]
    assert (hit.text, hit.speaker, hit.role, score) == (
        ZENTIMETER_TEASER,
        "Lloyd Austin",
        AUSTIN_ROLE,
        100.0,
    )
    typo = store.search_phrase("jeden zentimetr unseres", threshold=75)
    assert [h.speaker for h, _ in typo] == ["Lloyd Austin"]
    assert store.search_phrase("Kartoffelsalat mit Würstchen", threshold=75) == []


def test_search_phrase_without_trigram_falls_back_to_like(store: Store) -> None:
    ex = seed_extraction()
    store.save_extraction(ex, digest(ex))
    store.has_fts = False
    hits = store.search_phrase("Grundwerte", threshold=75)
    assert [(h.speaker, s) for h, s in hits] == [("Jens Stoltenberg", 100.0)]


def test_speakers_stats_and_version(store: Store) -> None:
    assert store.people_version() == 0
    assert store.speakers() == []
    ex = seed_extraction()
    store.save_extraction(ex, digest(ex))
    assert store.people_version() == 1
    assert store.speakers() == [("Jens Stoltenberg", 4), ("Lloyd Austin", 3)]
    assert store.speakers(limit=1) == [("Jens Stoltenberg", 4)]
    assert store.count_speakers() == 2


def _word_rows(store: Store, query: str) -> list[int]:
    return [
        r[0]
        for r in store._conn.execute(
            "SELECT rowid FROM quotes_words WHERE quotes_words MATCH ? ORDER BY rowid", (query,)
        )
    ]


def test_word_index_follows_saves_and_replacements(store: Store) -> None:
    assert store.has_words
    old = extraction("a.txt", [("Der alte Satz bleibt.", "Anna Berger")], [Person("Anna Berger")])
    store.save_extraction(old, digest(old))
    assert len(_word_rows(store, '"alte satz"')) == 1
    new = extraction("a.txt", [("Der neue Satz gilt.", "Anna Berger")], [Person("Anna Berger")])
    store.save_extraction(new, digest(new))
    assert _word_rows(store, "alte") == []  # the trigger took the old quotation out
    assert len(_word_rows(store, '"neue satz"')) == 1
    store._conn.execute("INSERT INTO quotes_words (quotes_words) VALUES ('integrity-check')")


def test_file_without_word_index_gets_it_on_open(tmp_path: Path) -> None:
    path = str(tmp_path / "old.sqlite3")
    with Store(path) as s:
        ex = seed_extraction()
        s.save_extraction(ex, digest(ex))
        before = _counts(s)
        # What a file written before the word index existed looks like.
        s._conn.execute("DROP TRIGGER quotes_words_delete")
        s._conn.execute("DROP TABLE quotes_words")
    with Store(path) as s:
        assert s.has_words
        assert len(_word_rows(s, '"jeden zentimeter"')) == 2  # teaser and body
        assert [h.speaker for h, _ in s.search_phrase("jeden Zentimeter")][:1] == ["Lloyd Austin"]
        assert s.save_extraction(ex, digest(ex)) is False  # indexing it again changes nothing
        assert _counts(s) == before
    with Store(path) as s:  # opened again: nothing rebuilt, nothing doubled
        assert len(_word_rows(s, '"jeden zentimeter"')) == 2


def test_phrase_search_with_a_typo_or_a_word_left_out(store: Store) -> None:
    ex = seed_extraction()
    store.save_extraction(ex, digest(ex))
    for phrase in (
        "dass wir für unsere Grundwerte",  # word for word
        "dass wir fuer unsre Grundwerte",  # a misspelt short word
        "dass wir unsere Grundwerte",  # a word left out
        "wir für unsere Grundwärte einstehen",  # a misspelt long word
        "Grundwert",  # inside a word: the trigram index
    ):
        hits = store.search_phrase(phrase, threshold=75)
        assert hits and hits[0][0].speaker == "Jens Stoltenberg", phrase
    assert store.search_phrase("unsere Kartoffeln für morgen", threshold=75) == []


def test_word_queries_strictest_first_and_lazy() -> None:
    from bot.store import _word_queries

    asked: list[str] = []

    def known(word: str) -> bool:
        asked.append(word)
        return word != "grundwarte"

    queries = _word_queries(["wir", "fur", "unsere", "grundwarte"], known)
    assert next(queries) == '"grundwarte" AND "unsere"'
    assert next(queries) == '"wir fur unsere grundwarte"'
    assert asked == []  # stored words are looked up only when the phrase is not found
    assert next(queries) == 'NEAR("wir" "fur" "unsere", 4)'
    assert next(queries) == 'NEAR("wir" "fur" "unsere" "grund"*, 4)'
    assert list(queries)[-1] == '"wir" AND "fur" AND "unsere"'
    assert asked == ["wir", "fur", "unsere", "grundwarte"]


def test_batch_keeps_the_good_articles_when_one_cannot_be_stored(store: Store) -> None:
    first = extraction("a.txt", [("Der erste Satz.", "Anna Berger")], [Person("Anna Berger")])
    broken = extraction("b.txt", [("Ein anderer Satz.", "Karl Mai")], [Person("Karl Mai")])
    broken.quotes.append(Quote(text=None, start=0, end=1, speaker="Karl Mai"))  # type: ignore[arg-type]
    last = extraction("c.txt", [("Der letzte Satz.", "Anna Berger")], [Person("Anna Berger")])
    got = store.save_extractions([(ex, digest(ex)) for ex in (first, broken, last)])
    assert got[0] is True and got[2] is True
    assert isinstance(got[1], TypeError)
    assert store.article_hash("b.txt") is None
    assert store.stats() == {"articles": 2, "quotes": 2, "people": 1}
    # stored unchanged: False, and nothing is written twice
    assert store.save_extractions([(first, digest(first))]) == [False]
    assert store.stats() == {"articles": 2, "quotes": 2, "people": 1}
