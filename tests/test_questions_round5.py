"""Held-out round 5 question forms: titles given in short ("Sen. Holloway", "OB Kettler",
"der Gen.-Sekr."), a title that picks one of two namesakes, negative questions, typos in
the question's own words, organisations that share a word with a person's name, and
"compare what X and Y said". Invented articles, extracted by hand (tests/core_fixtures.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from core_fixtures import extraction, save_all, settings

from bot.answering import role_query
from bot.ask import Asker, parse_question
from bot.models import Person
from bot.render import render_html, render_text
from bot.store import Store, normalize

FLUT = "Ohne die vielen Helfer hätten wir die Nacht nicht überstanden."
PUMPEN = "Wir pumpen seit Stunden ohne Pause."
DEAL = "Nothing in this chamber is over until the last vote is counted."
FARM = "The dairy prices this spring nearly broke us."
BUENDNIS = "Das Bündnis steht geschlossen an der Seite seiner Partner im Osten."
RENTE_A = "Die Rente muss mit den Löhnen steigen."
RENTE_B = "Die Beiträge für die Rente zahlen am Ende die Jungen."
HALVORSEN = "We expect the shipyard to hire again next year."


@pytest.fixture(scope="module")
def round5(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    tmp = tmp_path_factory.mktemp("round5")
    store = Store(str(tmp / "r5.sqlite3"))
    save_all(
        store,
        extraction(
            "unwetter.txt",
            [(FLUT, "Sabine Kettwig"), (PUMPEN, "Jonas Kettwig")],
            [
                Person("Sabine Kettwig", ["Kettwig"], ["Oberbürgermeisterin"]),
                Person("Jonas Kettwig", ["Kettwig"], ["THW-Einsatzleiter"]),
            ],
        ),
        extraction(
            "senate.txt",
            [(DEAL, "Wade Hollerton"), (FARM, "Dana Hollerton")],
            [
                Person("Wade Hollerton", ["Hollerton"], ["Senator"]),
                Person("Dana Hollerton", ["Hollerton"], ["farmer"]),
            ],
        ),
        extraction(
            "nato.txt",
            [(BUENDNIS, "Aksel Norvik")],
            [Person("Aksel Norvik", ["Norvik"], ["Nato-Generalsekretär"])],
        ),
        extraction(
            "rente.txt",
            [(RENTE_A, "Stefan Heimbach"), (RENTE_B, "Markus Kerkow")],
            [
                Person("Stefan Heimbach", ["Heimbach"], ["Bundesarbeitsminister"]),
                Person("Markus Kerkow", ["Kerkow"], ["CDU-Sozialpolitiker"]),
            ],
        ),
        extraction(
            "werft.txt",
            [(HALVORSEN, "Jonas Halvard")],
            [Person("Jonas Halvard", ["Halvard"], ["shipyard manager"])],
        ),
    )
    yield Asker(store, settings(tmp))
    store.close()


def _who(answer) -> str | None:
    return answer.speaker.name if answer.speaker else None


def test_abbreviated_titles_are_role_words() -> None:
    assert role_query(normalize("der Gen.-Sekr. der Nato")) == ["generalsekretar", "nato"]
    assert role_query(normalize("Sen. Hollerton")) == ["senator", "hollerton"]
    assert role_query(normalize("OB Kettwig")) == ["oberburgermeister", "kettwig"]


def test_a_misspelt_role_word_is_read_as_the_role() -> None:
    assert role_query(normalize("the prime minster")) == ["premierminister"]
    assert role_query(normalize("the secretery general")) == ["generalsekretar"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("was hat OB Kettwig gesagt", "Sabine Kettwig"),
        ("was hat Oberbürgermeisterin Kettwig gesagt", "Sabine Kettwig"),
        ("what did Sen. Hollerton say", "Wade Hollerton"),
        ("what did Senator Hollerton say", "Wade Hollerton"),
        ("was sagte der Gen.-Sekr. der Nato", "Aksel Norvik"),
    ],
)
def test_a_title_with_the_name_picks_the_namesake_who_holds_it(
    round5: Asker, text: str, who: str
) -> None:
    answer = round5.ask(text)
    assert (answer.status, _who(answer)) == ("ok", who)


def test_namesakes_without_a_title_are_still_asked_about(round5: Asker) -> None:
    answer = round5.ask("was hat Kettwig gesagt")
    assert answer.status == "ambiguous"
    assert {c.name for c in answer.candidates} == {"Sabine Kettwig", "Jonas Kettwig"}


@pytest.mark.parametrize(
    ("text", "query", "topic"),
    [
        ("hat Heimbach nie über die Rente gesprochen?", "Heimbach", "die Rente"),
        ("hat Heimbach nichts zur Rente gesagt?", "Heimbach", "Rente"),
        ("did Norvik never talk about the alliance?", "Norvik", "the alliance"),
    ],
)
def test_a_negative_question_keeps_the_negation_out_of_the_name(
    text: str, query: str, topic: str
) -> None:
    parsed = parse_question(text)
    assert (parsed.intent, parsed.query, parsed.topic) == ("speaker", query, topic)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("waht did norvik sya", "Aksel Norvik"),
        ("was hat norvik gesagd", "Aksel Norvik"),
        ("wat did heimbach sai", "Stefan Heimbach"),
    ],
)
def test_a_typo_in_the_question_words_still_reads_the_form(
    round5: Asker, text: str, who: str
) -> None:
    answer = round5.ask(text)
    assert (answer.intent, answer.status, _who(answer)) == ("speaker", "ok", who)


def test_an_organisation_is_not_a_person_sharing_a_word_of_its_name(round5: Asker) -> None:
    answer = round5.ask("what did Halvard Bank say")
    assert answer.status == "unknown_speaker"
    assert answer.quotes == []
    # The person himself is still found.
    assert _who(round5.ask("what did Halvard say")) == "Jonas Halvard"


def test_compare_answers_the_first_and_names_the_other(round5: Asker) -> None:
    answer = round5.ask("vergleiche, was Heimbach und Kerkow zur Rente gesagt haben")
    assert (answer.status, _who(answer), answer.others) == ("ok", "Stefan Heimbach", ["Kerkow"])
    text = render_text(answer)
    assert "„was hat Kerkow über Rente gesagt“" in text
    assert "„was hat Kerkow über Rente gesagt“" in "".join(render_html(answer))
    english = round5.ask("compare what Norvik and Heimbach said")
    assert (_who(english), english.others) == ("Aksel Norvik", ["Heimbach"])
    assert "“what did Heimbach say”" in render_text(english)


def test_compare_answers_the_other_when_the_first_is_not_one_person(round5: Asker) -> None:
    answer = round5.ask("compare what Kettwig and Norvik said")
    assert (answer.status, _who(answer), answer.others) == ("ok", "Aksel Norvik", ["Kettwig"])
    assert "“what did Kettwig say”" in render_text(answer)
