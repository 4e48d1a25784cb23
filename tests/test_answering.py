"""Answering like a reference librarian: topics, latest, spellings, roles, ambiguity,
the bulk path and the scale-minded look-ups behind them."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_fixtures import (
    AUSTIN_ROLE,
    QUALITAET,
    STOLTENBERG_ROLE,
    STOLZ,
    VERBUENDETE,
    ZENTIMETER_TEASER,
    extraction,
    save_all,
    settings,
)

from bot.answering import fold_name, fold_word, mentions_topic, role_query, topic_terms
from bot.ask import Asker, ParsedQuestion, parse_question
from bot.cli import answer_json
from bot.models import Article, Candidate, Person, Quote, SpeakerRef
from bot.render import render_text
from bot.store import Store, normalize

# --- parsing: topics and "latest" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what did Stoltenberg say about Russia?", ("speaker", "Stoltenberg", "en", "Russia")),
        ("What has Austin said regarding NATO", ("speaker", "Austin", "en", "NATO")),
        ("quotes from Austin about the EU", ("speaker", "Austin", "en", "the EU")),
        ("was sagte Stoltenberg über Russland", ("speaker", "Stoltenberg", "de", "Russland")),
        ("was sagte Stoltenberg zu Russland?", ("speaker", "Stoltenberg", "de", "Russland")),
        ("Was hat Austin zur Nato gesagt", ("speaker", "Austin", "de", "Nato")),
        ("Zitate von Austin über die Ukraine", ("speaker", "Austin", "de", "die Ukraine")),
        ("latest", ("latest", "", "en", "")),
        ("Latest quotes?", ("latest", "", "en", "")),
        ("latest from Austin", ("latest", "Austin", "en", "")),
        ("neueste", ("latest", "", "de", "")),
        ("Neueste Zitate von Stoltenberg", ("latest", "Stoltenberg", "de", "")),
        ("/latest", ("latest", "", "en", "")),
        ("/neueste austin", ("latest", "austin", "de", "")),
    ],
)
def test_parse_topic_and_latest_forms(text: str, expected: tuple[str, str, str, str]) -> None:
    assert parse_question(text) == ParsedQuestion(*expected)


def test_parse_keeps_the_whole_name_for_names_with_zu() -> None:
    parsed = parse_question("was sagte Karl-Theodor zu Guttenberg")
    assert (parsed.query, parsed.topic) == ("Karl-Theodor", "Guttenberg")
    assert parsed.whole == "Karl-Theodor zu Guttenberg"


# --- topics ----------------------------------------------------------------------------


def test_topic_aliases_cross_german_and_english() -> None:
    assert "russland" in topic_terms("Russia")
    assert "russia" in topic_terms("russisch")
    assert "vereinte nationen" in topic_terms("UN")
    assert "european union" in topic_terms("EU")
    assert "russland" in topic_terms("Russlands")  # inflected: still the known name
    assert topic_terms("Kartoffel") == ("kartoffel",)


def test_short_topics_match_whole_words_only() -> None:
    eu = topic_terms("EU")
    assert mentions_topic(eu, normalize("Die EU muss handeln."))
    assert not mentions_topic(eu, normalize("Das ist neu für uns."))
    assert mentions_topic(topic_terms("Russia"), normalize("Russlands Angriff war falsch."))
    assert mentions_topic(topic_terms("Ukrane"), normalize("Hilfe für die Ukraine"))  # typo


def test_topic_filters_a_speakers_quotations(asker: Asker) -> None:
    answer = asker.ask("was sagte Stoltenberg über die Ukraine")
    assert answer.status == "ok"
    assert answer.topic == "die Ukraine"
    assert answer.speaker == SpeakerRef("Jens Stoltenberg", STOLTENBERG_ROLE)
    assert answer.total == 1
    assert [q.text for q in answer.quotes] == [VERBUENDETE]
    assert render_text(answer).startswith(
        "Jens Stoltenberg (Nato-Generalsekretär) über „die Ukraine“: 1 Zitat"
    )


def test_topic_nato_matches_in_any_case_and_language(asker: Asker) -> None:
    for question in ("what did Stoltenberg say about NATO", "was sagte Stoltenberg zur Nato"):
        answer = asker.ask(question)
        assert [q.text for q in answer.quotes] == [VERBUENDETE], question


def test_topic_across_languages(asker: Asker, store: Store) -> None:
    save_all(
        store,
        extraction(
            "r.txt",
            [
                ("Russland muss die Truppen abziehen.", "Anna Berger"),
                ("Die Zinsen steigen.", "Anna Berger"),
            ],
            [Person("Anna Berger", ["Berger"])],
        ),
    )
    answer = asker.ask("what did Anna Berger say about Russia")
    assert answer.status == "ok"
    assert [q.text for q in answer.quotes] == ["Russland muss die Truppen abziehen."]
    assert answer_json(answer, "")["topic"] == "Russia"


def test_topic_never_spoken_about(asker: Asker) -> None:
    answer = asker.ask("what did Austin say about China")
    assert answer.status == "no_topic_match"
    assert answer.quotes == []
    assert answer.speaker == SpeakerRef("Lloyd Austin", AUSTIN_ROLE)
    assert render_text(answer) == "Lloyd Austin is quoted, but never about “China”."


def test_a_name_with_zu_is_not_split_into_name_and_topic(asker: Asker, store: Store) -> None:
    save_all(
        store,
        extraction(
            "g.txt",
            [("Ich trete zurück.", "Karl-Theodor zu Guttenberg")],
            [Person("Karl-Theodor zu Guttenberg", ["Guttenberg"])],
        ),
    )
    answer = asker.ask("was sagte Karl-Theodor zu Guttenberg")
    assert answer.status == "ok"
    assert answer.topic == ""
    assert [q.text for q in answer.quotes] == ["Ich trete zurück."]


# --- latest ----------------------------------------------------------------------------


def test_latest_across_everyone_is_newest_first(asker: Asker, store: Store) -> None:
    save_all(
        store,
        extraction(
            "new.txt", [("Ganz neu.", "Anna Berger")], [Person("Anna Berger")], date="2024-05-01"
        ),
        extraction(
            "old.txt", [("Schon alt.", "Tom Berger")], [Person("Tom Berger")], date="2001-01-01"
        ),
    )
    answer = asker.ask("latest", limit=2)
    assert answer.intent == "latest"
    assert answer.status == "ok"
    assert [q.text for q in answer.quotes] == ["Ganz neu.", ZENTIMETER_TEASER]
    assert answer.total == 9  # 7 seed quotations (dated 2022-10) + 2
    assert render_text(answer).startswith("Newest quotations: 9 quotations")
    german = asker.ask("neueste", offset=8)
    assert [q.text for q in german.quotes] == ["Schon alt."]


def test_latest_from_one_speaker(asker: Asker) -> None:
    answer = asker.ask("latest from Austin")
    assert answer.intent == "latest"
    assert answer.speaker == SpeakerRef("Lloyd Austin", AUSTIN_ROLE)
    assert [q.text for q in answer.quotes] == [ZENTIMETER_TEASER, QUALITAET, STOLZ]


# --- spellings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("selenskyj", "zelensky"),
        ("selenskyj", "zelenskyy"),
        ("wladimir", "vladimir"),
        ("lawrow", "lavrov"),
        ("chodorkowski", "khodorkovsky"),
        ("schoigu", "shoigu"),
        ("dmitrij", "dmitry"),
        ("alexej", "aleksey"),
        ("sacharowa", "zakharova"),
        ("juri", "yuri"),
    ],
)
def test_transliterations_fold_to_one_key(a: str, b: str) -> None:
    assert fold_word(a) == fold_word(b)


def test_fold_name_folds_every_word() -> None:
    assert fold_name("wolodymyr selenskyj") == fold_name("volodymyr zelenskyy")


@pytest.mark.parametrize(
    "question",
    [
        "Zelensky",
        "what did Volodymyr Zelenskyy say",
        "selenskyj",
        "ZELENSKIY",
        "Zitate von Zelenskij",
    ],
)
def test_zelensky_in_any_spelling(asker: Asker, store: Store, question: str) -> None:
    save_all(
        store,
        extraction(
            "z.txt",
            [("Wir verteidigen unser Land.", "Wolodymyr Selenskyj")],
            [Person("Wolodymyr Selenskyj", ["Selenskyj"], ["Präsident"])],
        ),
    )
    answer = asker.ask(question)
    assert answer.status == "ok", question
    assert answer.speaker == SpeakerRef("Wolodymyr Selenskyj", "Präsident")


def test_vladimir_finds_wladimir_mentioned_not_quoted(asker: Asker) -> None:
    answer = asker.ask("what did Vladimir Putin say")
    assert answer.status == "mentioned_not_quoted"
    assert answer.speaker == SpeakerRef("Wladimir Putin", "Präsident")


# --- roles -----------------------------------------------------------------------------


def test_role_words_are_translated_to_stored_roles() -> None:
    assert role_query(normalize("the Nato secretary general")) == ["nato", "generalsekretar"]
    assert role_query(normalize("der Generalsekretär")) == ["generalsekretar"]
    assert role_query(normalize("the US defense secretary")) == ["us", "verteidigungsminister"]


@pytest.mark.parametrize(
    "question",
    [
        "the Nato secretary general",
        "what did the NATO Secretary-General say",
        "der Generalsekretär",
        "was sagte der Nato-Generalsekretär",
    ],
)
def test_role_finds_stoltenberg(asker: Asker, question: str) -> None:
    answer = asker.ask(question)
    assert answer.status == "ok", question
    assert answer.speaker == SpeakerRef("Jens Stoltenberg", STOLTENBERG_ROLE)
    assert answer.total == 4


def test_role_in_english_finds_the_german_role(asker: Asker) -> None:
    answer = asker.ask("what did the US defense secretary say")
    assert answer.speaker == SpeakerRef("Lloyd Austin", AUSTIN_ROLE)


def test_role_held_by_two_people_is_ambiguous(asker: Asker, store: Store) -> None:
    save_all(
        store,
        extraction(
            "p.txt",
            [("Wir verteidigen unser Land.", "Wolodymyr Selenskyj")],
            [Person("Wolodymyr Selenskyj", ["Selenskyj"], ["Präsident"])],
        ),
    )
    answer = asker.ask("the president")
    assert answer.status == "ambiguous"
    # The quoted president first, then the one only mentioned.
    assert [c.name for c in answer.candidates] == ["Wolodymyr Selenskyj", "Wladimir Putin"]
    assert [c.role for c in answer.candidates] == ["Präsident", "Präsident"]


# --- ambiguity -------------------------------------------------------------------------


def test_ambiguous_candidates_carry_id_and_role(asker: Asker, store: Store) -> None:
    save_all(
        store,
        extraction(
            "a.txt",
            [("Ich bin Anna.", "Anna Berger")],
            [Person("Anna Berger", ["Berger"], ["Bürgermeisterin"])],
        ),
        extraction("t.txt", [("Ich bin Tom.", "Tom Berger")], [Person("Tom Berger", ["Berger"])]),
    )
    answer = asker.ask("was hat Berger gesagt")
    assert answer.status == "ambiguous"
    by_name = {c.name: c for c in answer.candidates}
    assert set(by_name) == {"Anna Berger", "Tom Berger"}
    assert by_name["Anna Berger"].role == "Bürgermeisterin"
    assert by_name["Tom Berger"].role is None
    assert all(isinstance(c.person_id, int) for c in answer.candidates)
    assert "• Anna Berger (Bürgermeisterin)" in render_text(answer)
    chosen = asker.ask_person(by_name["Tom Berger"].person_id or 0)
    assert chosen.status == "ok"
    assert chosen.speaker == SpeakerRef("Tom Berger", None)
    assert [q.text for q in chosen.quotes] == ["Ich bin Tom."]
    assert asker.ask_person(999_999).status == "unknown_speaker"


def test_candidate_equality_ignores_id_and_role() -> None:
    assert Candidate("A", 1.0, person_id=3, role="x") == Candidate("A", 1.0)


# --- the store's bulk path -------------------------------------------------------------


def test_bulk_load_builds_an_index_the_asker_answers_from(tmp_path: Path) -> None:
    people = [
        (1, Person("Anna Berger", ["Berger"], ["Bürgermeisterin"])),
        (2, Person("Wolodymyr Selenskyj", ["Selenskyj"], ["Präsident"])),
        (3, Person("Tom Stiller", ["Stiller"])),
    ]
    articles = [
        (1, Article(source="a1", text="", title="Eins", date="2023-01-02"), "h1"),
        (2, Article(source="a2", text="", title="Zwei", date="2024-03-04"), "h2"),
    ]

    def quote(text: str, speaker: str) -> Quote:
        return Quote(text=text, start=0, end=len(text), speaker=speaker, sentence=text)

    quotes = [
        (1, 1, quote("Der Haushalt ist solide.", "Anna Berger")),
        (2, 1, quote("Russland muss abziehen.", "Anna Berger")),
        (2, 2, quote("Wir verteidigen jeden Meter.", "Wolodymyr Selenskyj")),
    ]
    db = tmp_path / "bulk.sqlite3"
    with Store(str(db)) as store:
        store.bulk_load(people, articles, iter(quotes), mentions=[(1, 1), (2, 2), (3, 1)])
        assert store.stats() == {"articles": 2, "quotes": 3, "people": 3}
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(ValueError):
            store.bulk_load(people, articles, iter(quotes))
    with Store(str(db)) as store:
        asker = Asker(store, settings(tmp_path))
        anna = asker.ask("what did Anna Berger say")
        assert [q.text for q in anna.quotes] == [
            "Russland muss abziehen.",
            "Der Haushalt ist solide.",
        ]
        assert asker.ask("Zelensky").speaker == SpeakerRef("Wolodymyr Selenskyj", "Präsident")
        assert asker.ask("Stiller").status == "mentioned_not_quoted"
        who = asker.ask("who said jeden Meter")
        assert [q.speaker for q in who.quotes] == ["Wolodymyr Selenskyj"]
        assert [q.text for q in asker.ask("latest", limit=1).quotes] == ["Russland muss abziehen."]


def test_people_by_ids_has_roles_and_counts(store: Store) -> None:
    ids = [pid for pid, norm in store.name_forms() if norm == "stoltenberg"]
    row = store.people_by_ids(ids)[ids[0]]
    assert (row.name, row.roles, row.n_quotes, row.n_mentions) == (
        "Jens Stoltenberg",
        [STOLTENBERG_ROLE],
        4,
        1,
    )


def test_phrase_with_a_typo_in_its_longest_word(asker: Asker) -> None:
    answer = asker.ask("who said jeden Zentimeter unseres Hoheitsgbiets")
    assert answer.status == "ok"
    assert answer.speaker == SpeakerRef("Lloyd Austin", AUSTIN_ROLE)
