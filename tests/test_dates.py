"""Questions from the third held-out round: words that say when ("letzte Woche", "in
March", "since Monday") choose quotations by their articles' dates; questions told as a
story; "the union" (a trade union) against "die Union" (the CDU/CSU); theme words that
stand only as words of their own; compound roles ("die Bahnchefin").

The articles are invented and extracted by hand (tests/core_fixtures.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from core_fixtures import extraction, save_all, settings

from bot.answering import claim_words, role_word_forms
from bot.ask import Asker, parse_question
from bot.cli import answer_json
from bot.models import Person
from bot.periods import date_span, drop_time, find_period, in_period, period_label
from bot.render import render_text
from bot.store import Store

# Wednesday: "this week" is Monday 9 June to today, "last week" 2-8 June.
TODAY = date(2025, 6, 11)


def period(text: str) -> tuple[str, str] | None:
    found = find_period(text, TODAY)
    return found.iso() if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what did Vance say yesterday", ("2025-06-10", "2025-06-10")),
        ("was hat Brandt heute gesagt", ("2025-06-11", "2025-06-11")),
        ("was sagte sie vorgestern", ("2025-06-09", "2025-06-09")),
        ("was hat Brandt letzte Woche gesagt", ("2025-06-02", "2025-06-08")),
        ("latest from Vance this week", ("2025-06-09", "2025-06-11")),
        ("Zitate von Brandt im März", ("2025-03-01", "2025-03-31")),
        ("quotes by Vance in December", ("2024-12-01", "2024-12-31")),
        ("Aussagen von Brandt im März 2023", ("2023-03-01", "2023-03-31")),
        ("what did Vance say in 2023", ("2023-01-01", "2023-12-31")),
        ("was sagte Brandt im Jahr 2022", ("2022-01-01", "2022-12-31")),
        ("what did Vance say last month", ("2025-05-01", "2025-05-31")),
        ("was sagte Brandt letztes Jahr", ("2024-01-01", "2024-12-31")),
        ("was hat Brandt vor zwei Wochen gesagt", ("2025-05-26", "2025-06-01")),
        ("what did Vance say three days ago", ("2025-06-08", "2025-06-08")),
        ("what has Vance said since Monday", ("2025-06-09", "2025-06-11")),
        ("was hat Brandt seit März gesagt", ("2025-03-01", "2025-06-11")),
        ("was sagte Brandt am Freitag", ("2025-06-06", "2025-06-06")),
        ("what did Vance say over the past two weeks", ("2025-05-28", "2025-06-11")),
        ("was wurde in den letzten Tagen gesagt", ("2025-06-04", "2025-06-11")),
        ("was sagte Brandt am 3. Juni", ("2025-06-03", "2025-06-03")),
        ("what did Vance say on May 20", ("2025-05-20", "2025-05-20")),
        ("what did Vance say recently", None),
        ("Zitate von August Bebel", None),
        ("what may Vance say", None),
        ("hat Brandt gesagt, dass die Rente bis 2031 sicher ist", None),
    ],
)
def test_time_words_resolve_against_today(text: str, expected: tuple[str, str] | None) -> None:
    assert period(text) == expected


def test_time_words_are_dropped_from_the_rest() -> None:
    assert drop_time("was hat Brandt letzte Woche gesagt") == "was hat Brandt gesagt"
    assert drop_time("Zitate von August Bebel") == "Zitate von August Bebel"
    assert drop_time("what did Vance say since March") == "what did Vance say"


def test_article_dates_of_a_month_or_a_year_overlap_a_period() -> None:
    week = ("2025-06-02", "2025-06-08")
    assert date_span("2025-06") == ("2025-06-01", "2025-06-30")
    assert date_span("2025") == ("2025-01-01", "2025-12-31")
    assert in_period("2025-06", week)  # a month-only date matches a range inside it
    assert in_period("2025-06-05T10:00:00", week)
    assert not in_period("2025-06-09", week)
    assert not in_period(None, week)  # undated articles are never in a period
    assert period_label(("2025-03-01", "2025-03-31"), "de") == "März 2025"
    assert period_label(("2025-06-02", "2025-06-08"), "en") == "2 Jun – 8 Jun 2025"


def test_a_claim_keeps_its_own_time_words() -> None:
    later = parse_question("did Vance say taxes would rise in 2027")
    assert later.intent == "check" and later.claim == "taxes would rise in 2027"
    assert later.when == ()
    asked = parse_question("did Vance say yesterday that taxes would rise")
    assert asked.intent == "check" and asked.claim == "taxes would rise"
    assert asked.when == ("yesterday",)


RENTE = "Die Rente muss für alle reichen, die ein Leben lang gearbeitet haben."
ALT = "Wir brauchen mehr Wohnungen in der Stadt."
MONAT = "Die Pflege darf nicht zum Armutsrisiko werden."
OHNE = "Der Haushalt ist solide aufgestellt."
HARBOUR = "Our members will not accept another pay freeze for the winter."
STRIKE = "The strike at the docks will go on until the owners talk to us."
CDU = "Die Union wird diesem Haushalt nicht zustimmen."
MILL = "The mill stays open as long as I am mayor of Dunmere."
BUDGET = "The council budget is balanced for the first time in years."
ZUGE = "Die neuen Züge fahren ab Dezember jede Stunde."
ZUGESAGT = "Das Land hat uns die Förderung fest zugesagt."
TRAINING = "Die Mannschaft hat im Training gut gearbeitet."
NETZ = "Das Netz ist in einem schlechten Zustand."
RAISE = "Our drivers have not had a real raise in four years."


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    tmp = tmp_path_factory.mktemp("dates")
    store = Store(str(tmp / "q.sqlite3"))
    brandt = [Person("Wiebke Brandt", ["Brandt"], ["Sozialministerin"])]
    save_all(
        store,
        extraction("rente.txt", [(RENTE, "Wiebke Brandt")], brandt, date="2025-06-04"),
        extraction("wohnen.txt", [(ALT, "Wiebke Brandt")], brandt, date="2025-01-15"),
        extraction("pflege.txt", [(MONAT, "Wiebke Brandt")], brandt, date="2025-05"),
        extraction("haushalt.txt", [(OHNE, "Wiebke Brandt")], brandt, date=None),
        extraction(
            "namesake.txt",
            [(BUDGET, "Ole Brandt")],
            [Person("Ole Brandt", ["Brandt"], ["councillor"])],
            date="2024-11-02",
        ),
        extraction(
            "docks.txt",
            [(HARBOUR, "Rosa Quint"), (STRIKE, "Rosa Quint")],
            [Person("Rosa Quint", ["Quint"], ["general secretary of the Dockers' Union"])],
            date="2025-06-03",
            title="Dockers strike in Dunmere",
        ),
        extraction(
            "union.txt",
            [(CDU, "Gregor Hallstein")],
            [Person("Gregor Hallstein", ["Hallstein"], ["Unions-Fraktionsvize"])],
            date="2025-06-05",
        ),
        extraction(
            "mill.txt",
            [(MILL, "Ada Quarrie")],
            [Person("Ada Quarrie", ["Quarrie"], ["Mayor of Dunmere"])],
            date="2025-04-01",
            title="Dunmere mill saved",
        ),
        extraction(
            "bahn.txt",
            [(ZUGE, "Carla Wendt"), (NETZ, "Carla Wendt")],
            [Person("Carla Wendt", ["Wendt"], ["Chefin der Deutschen Bahn"])],
            date="2025-06-02",
        ),
        extraction(
            "gewerkschaft.txt",
            [(ZUGESAGT, "Bodo Kessel")],
            [Person("Bodo Kessel", ["Kessel"], ["Vorsitzender der Eisenbahnergewerkschaft"])],
            date="2025-06-01",
        ),
        extraction(
            "sport.txt",
            [(TRAINING, "Udo Fenn")],
            [Person("Udo Fenn", ["Fenn"], ["Trainer"])],
            date="2025-06-01",
        ),
        extraction(
            "drivers.txt",
            [(RAISE, "Nell Quint")],
            [Person("Nell Quint", ["Quint"], ["bus driver"])],
            date="2025-02-01",
        ),
    )
    yield Asker(store, settings(tmp), clock=lambda: TODAY)
    store.close()


def test_a_persons_quotations_of_last_week_only(asker: Asker) -> None:
    answer = asker.ask("was hat Wiebke Brandt letzte Woche gesagt")
    assert answer.status == "ok" and answer.period == ("2025-06-02", "2025-06-08")
    assert answer.period_found
    assert [q.text for q in answer.quotes] == [RENTE]
    assert render_text(answer).startswith(
        "Wiebke Brandt (Sozialministerin), 2.6.–8.6.2025: 1 Zitat"
    )
    data = answer_json(answer, "")
    assert list(data)[-1] == "period"  # added at the end, nothing renamed
    assert data["period"] == {"from": "2025-06-02", "to": "2025-06-08", "found": True}


def test_a_month_only_date_counts_for_its_month(asker: Asker) -> None:
    answer = asker.ask("Zitate von Wiebke Brandt im Mai")
    assert [q.text for q in answer.quotes] == [MONAT]


def test_nothing_in_the_period_says_so_and_shows_the_newest(asker: Asker) -> None:
    answer = asker.ask("what did Wiebke Brandt say in March")
    assert answer.status == "ok" and not answer.period_found
    assert len(answer.quotes) == 4  # the undated one too: all of hers, newest first
    reply = render_text(answer)
    assert reply.startswith("I found nothing from March 2025; here are the newest.\n")


def test_undated_articles_are_kept_out_of_a_period(asker: Asker) -> None:
    answer = asker.ask("was hat Wiebke Brandt dieses Jahr gesagt")
    assert answer.period_found and OHNE not in [q.text for q in answer.quotes]
    assert len(answer.quotes) == 3


def test_a_theme_and_the_latest_by_date(asker: Asker) -> None:
    topic = asker.ask("was wurde letzte Woche über die Rente gesagt")
    assert topic.intent == "topic" and [q.text for q in topic.quotes] == [RENTE]
    latest = asker.ask("was wurde heute gesagt")
    assert latest.intent == "latest" and not latest.period_found and latest.quotes
    assert render_text(latest).startswith("Für 11.6.2025 habe ich nichts gefunden")
    week = asker.ask("what was said last week")
    assert week.period_found
    assert all(in_period(q.date, ("2025-06-02", "2025-06-08")) for q in week.quotes)


def test_a_period_picks_the_namesake_quoted_then(asker: Asker) -> None:
    assert asker.ask("was sagte Brandt").status == "ambiguous"
    answer = asker.ask("was sagte Brandt letzte Woche")
    assert answer.status == "ok" and answer.speaker and answer.speaker.name == "Wiebke Brandt"
    # a choice from the buttons keeps the period asked for
    ole = asker.match_people("Ole Brandt")[0][0]
    picked = asker.ask_person(ole.id, period=("2024-11-01", "2024-11-30"))
    assert picked.period_found and [q.text for q in picked.quotes] == [BUDGET]


def test_a_role_inside_a_story(asker: Asker) -> None:
    answer = asker.ask(
        "my aunt keeps telling me the mayor of Dunmere said something about the mill, what was it?"
    )
    assert answer.status == "ok" and answer.speaker and answer.speaker.name == "Ada Quarrie"
    german = asker.ask(
        "Mein Nachbar hat beim Grillen erzählt, dass die Sozialministerin irgendwas zur Rente "
        "gesagt hat, weißt du was?"
    )
    assert german.speaker and german.speaker.name == "Wiebke Brandt"
    assert german.lang == "de" and german.quotes[0].text == RENTE  # the story's theme first


def test_the_union_in_english_is_a_trade_union(asker: Asker) -> None:
    english = asker.ask("what did the union say about the strike")
    assert english.speaker and english.speaker.name == "Rosa Quint"
    german = asker.ask("was sagt die Union")
    assert german.speaker and german.speaker.name == "Gregor Hallstein"
    # a German question whose theme only the trade union speaks of
    theme = asker.ask("was sagte die Union zum Streik in Dunmere")
    assert theme.speaker and theme.speaker.name == "Rosa Quint"


def test_short_theme_words_stand_alone(asker: Asker) -> None:
    trains = asker.ask("was wurde über Züge gesagt")
    assert [q.text for q in trains.quotes] == [ZUGE]  # not "zugesagt"
    english = asker.ask("what was said about trains")
    assert TRAINING not in [q.text for q in english.quotes]  # not "Training"
    assert ZUGE in [q.text for q in english.quotes]


def test_a_compound_role_is_no_theme(asker: Asker) -> None:
    assert role_word_forms("bahnchefin") == ("bahnchefin",)
    answer = asker.ask("was hat die Bahnchefin gesagt")
    assert answer.status == "ok" and answer.speaker and answer.speaker.name == "Carla Wendt"


def test_contractions_are_no_content_words(asker: Asker) -> None:
    assert claim_words("her members haven't had a raise in years") == ["members", "raise", "years"]
    answer = asker.ask("did Quint say her drivers haven't had a raise in years")
    assert answer.speaker and answer.speaker.name == "Nell Quint" and answer.claim_found
