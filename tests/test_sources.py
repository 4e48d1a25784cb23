"""Sources without a person's name: "was sagt die Polizei" finds what the articles give
as said by "die Polizei", "ein Polizeisprecher" or "laut Polizei", and every answer shows
such a speaker in the article's words instead of "unknown speaker".

The articles are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from core_fixtures import article, digest, quote_at, settings

from bot.ask import Asker, names_source
from bot.cli import answer_json
from bot.extract import Extractor
from bot.models import Extraction, Person, Quote
from bot.render import render_html, render_text
from bot.store import Store

LAGE = "die Lage sei unter Kontrolle"
VOR_ORT = "„Wir sind mit starken Kräften vor Ort.“"
VERLETZT = "drei Menschen seien leicht verletzt worden"
PRUEFUNG = "man prüfe den Vorfall sorgfältig"
CLARITY = '"welcomes any clarity"'
MAYOR = "„Die Feuerwehr hat großartige Arbeit geleistet.“"

POLICE_TEXT = (
    " date 2025-03-04 Kesselbach. Nach dem Brand in der Altstadt sagte ein Sprecher der "
    f"Polizei, {LAGE}. Ein Polizeisprecher ergänzte: {VOR_ORT} Laut Polizei seien "
    f"{VERLETZT}. Das Bundesinnenministerium erklärte, {PRUEFUNG}. Bürgermeisterin "
    f"Katrin Wendel sagte: {MAYOR}"
)
STREIK = "„Die Kolleginnen und Kollegen sind am Limit.“"
UNION_TEXT = (
    f" date 2025-01-10 Der Vorsitzende der Gewerkschaft der Polizei, Jochen Albers, sagte: {STREIK}"
)
BANK_TEXT = (
    f" date 2025-02-01 A spokesperson for Halvorsen Bank said the bank {CLARITY} from regulators."
)


def _nameless(text: str, quote: str, mention: str, role: str | None = None) -> Quote:
    q = quote_at(text, quote, None)
    q.speaker_text = mention
    q.role = role
    return q


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    tmp = tmp_path_factory.mktemp("sources")
    store = Store(str(tmp / "q.sqlite3"))
    police = Extraction(
        article=article("kesselbach.txt", POLICE_TEXT),
        quotes=[
            _nameless(POLICE_TEXT, LAGE, "ein Sprecher der Polizei", "Sprecher"),
            _nameless(POLICE_TEXT, VOR_ORT, "Ein Polizeisprecher", "Polizeisprecher"),
            _nameless(POLICE_TEXT, VERLETZT, "Polizei"),
            _nameless(POLICE_TEXT, PRUEFUNG, "Das Bundesinnenministerium"),
            quote_at(POLICE_TEXT, MAYOR, "Katrin Wendel", "Bürgermeisterin"),
        ],
        people=[Person("Katrin Wendel", ["Wendel"], ["Bürgermeisterin"])],
    )
    union = Extraction(
        article=article("tarif.txt", UNION_TEXT),
        quotes=[
            quote_at(
                UNION_TEXT, STREIK, "Jochen Albers", "Vorsitzender der Gewerkschaft der Polizei"
            )
        ],
        people=[Person("Jochen Albers", ["Albers"], ["Vorsitzender der Gewerkschaft der Polizei"])],
    )
    bank = Extraction(
        article=article("halvorsen.txt", BANK_TEXT),
        quotes=[_nameless(BANK_TEXT, CLARITY, "A spokesperson for Halvorsen Bank", "spokesperson")],
        people=[],
    )
    for ex in (police, union, bank):
        store.save_extraction(ex, digest(ex))
    yield Asker(store, settings(tmp))
    store.close()


@pytest.mark.parametrize(
    "question",
    ["was sagt die Polizei", "Was hat die Polizei gesagt?", "Polizei", "what did the police say"],
)
def test_a_source_named_without_a_person_is_found(asker: Asker, question: str) -> None:
    answer = asker.ask(question)
    assert answer.status == "ok"
    assert answer.speaker is None
    assert answer.source.casefold() in {"polizei", "police"}
    texts = [q.text for q in answer.quotes]
    assert sorted(texts) == sorted([LAGE, VOR_ORT, VERLETZT])  # not the ministry, not Wendel


def test_an_institution_is_not_a_choice_between_people_whose_role_names_it(
    asker: Asker,
) -> None:
    # Albers' role holds "Polizei", but "die Polizei" asked for is the institution.
    answer = asker.ask("was sagt die Polizei")
    assert answer.status == "ok" and answer.source == "Polizei"
    assert STREIK not in [q.text for q in answer.quotes]
    # A role that is no organisation still finds its holder.
    albers = asker.ask("was sagte der Gewerkschaftsvorsitzende Albers")
    assert albers.speaker is not None and albers.speaker.name == "Jochen Albers"


def test_a_source_about_a_theme(asker: Asker) -> None:
    answer = asker.ask("was sagte die Polizei zu den Verletzten")
    assert [q.text for q in answer.quotes] == [VERLETZT]
    assert render_text(answer).startswith("1 Zitat von „Polizei“ über „den Verletzten“")


def test_compounds_inflections_and_typos_name_the_source(asker: Asker) -> None:
    ministry = asker.ask("was sagt das Innenministerium")
    assert [q.text for q in ministry.quotes] == [PRUEFUNG]
    assert [q.text for q in asker.ask("was sagte die Polzei").quotes] != []
    bank = asker.ask("what did Halvorsen Bank say")
    assert [q.text for q in bank.quotes] == [CLARITY]
    assert names_source("polizei", "ein polizeisprecher")
    assert names_source("innenministerium", "des bundesinnenministeriums")
    assert names_source("halvorsen bank", "a spokesperson for halvorsen bank")
    assert not names_source("halvorsen bank", "a spokesperson for the bank")
    assert not names_source("rat", "der vorrat")  # short words only whole


def test_a_person_still_comes_first_and_unknown_names_stay_unknown(asker: Asker) -> None:
    wendel = asker.ask("was sagte Wendel")
    assert wendel.speaker is not None and wendel.speaker.name == "Katrin Wendel"
    assert wendel.source == ""
    nobody = asker.ask("was sagte Feuerwehrchef Brandt")
    assert nobody.status == "unknown_speaker"


def test_the_reply_names_the_source_in_the_articles_words(asker: Asker) -> None:
    answer = asker.ask("was sagt die Polizei")
    text = render_text(answer)
    assert text.startswith("3 Zitate von „Polizei“ (ohne Namen einer Person)")
    assert "— ein Sprecher der Polizei\n" in text  # the role is in the words already
    assert "— Ein Polizeisprecher\n" in text
    assert "unbekannt" not in text
    html = "\n".join(render_html(answer))
    assert "<b>ein Sprecher der Polizei</b>" in html
    english = render_text(asker.ask("what did the police say"))
    assert english.startswith("3 quotations from “police” (no person named)")
    out = answer_json(answer, text)
    assert out["speaker"] is None and out["named_source"] == "Polizei"
    assert {q["speaker_text"] for q in out["quotes"]} == {
        "ein Sprecher der Polizei",
        "Ein Polizeisprecher",
        "Polizei",
    }


def test_a_phrase_answer_shows_a_nameless_speaker_in_its_words(asker: Asker) -> None:
    answer = asker.ask('wer sagte "unter Kontrolle"')
    assert answer.status == "ok"
    assert "— ein Sprecher der Polizei" in render_text(answer)


def test_the_real_extractor_feeds_source_answers(tmp_path: Path) -> None:
    text = (
        " date 2025-05-06 Lindau. Ein Sprecher der Feuerwehr sagte am Abend, das Feuer sei "
        "gelöscht. Die Feuerwehr teilte später mit, niemand sei verletzt worden."
    )
    with Store(str(tmp_path / "q.sqlite3")) as store:
        ex = Extractor().extract(article("lindau.txt", text))
        store.save_extraction(ex, digest(ex))
        answer = Asker(store, settings(tmp_path)).ask("was sagt die Feuerwehr")
        assert answer.status == "ok"
        assert {q.text for q in answer.quotes} == {
            "das Feuer sei gelöscht",
            "niemand sei verletzt worden",
        }
