"""Asker: question forms, fuzzy speaker matching, statuses, phrase search, paging."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_fixtures import (
    AUSTIN_ROLE,
    QUALITAET,
    STOLTENBERG_ROLE,
    STOLZ,
    ZENTIMETER_TEASER,
    extraction,
    save_all,
    settings,
)

from bot.ask import Asker, ParsedQuestion, dedupe, parse_question
from bot.models import Candidate, Person, QuoteHit, SpeakerRef
from bot.store import Store

# --- parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what did Austin say", ("speaker", "Austin", "en")),
        ("What did Lloyd Austin say?", ("speaker", "Lloyd Austin", "en")),
        ("what has Austin said", ("speaker", "Austin", "en")),
        ("what does Austin say", ("speaker", "Austin", "en")),
        ("what Austin said", ("speaker", "Austin", "en")),
        ("quotes by Austin", ("speaker", "Austin", "en")),
        ("Quotes from Jens Stoltenberg!", ("speaker", "Jens Stoltenberg", "en")),
        ("anything from Austin", ("speaker", "Austin", "en")),
        ("/quotes Austin", ("speaker", "Austin", "en")),
        ("/quotes@QuoteBot Lloyd Austin", ("speaker", "Lloyd Austin", "en")),
        ("was hat Stoltenberg gesagt", ("speaker", "Stoltenberg", "de")),
        ("Was hat Jens Stoltenberg gesagt?", ("speaker", "Jens Stoltenberg", "de")),
        ("was sagte Stoltenberg", ("speaker", "Stoltenberg", "de")),
        ("was sagt Austin", ("speaker", "Austin", "de")),
        ("Zitate von Austin", ("speaker", "Austin", "de")),
        ("Stoltenberg", ("speaker", "Stoltenberg", "en")),
        ("  stoltenbreg  ", ("speaker", "stoltenbreg", "en")),
        ("„Jens Stoltenberg“", ("speaker", "Jens Stoltenberg", "en")),
        ("who said jeden Zentimeter", ("phrase", "jeden Zentimeter", "en")),
        ("Who said “jeden Zentimeter”?", ("phrase", "jeden Zentimeter", "en")),
        ('WHO SAID "jeden zentimeter"', ("phrase", "jeden zentimeter", "en")),
        ("wer sagte „sehr deutliche Botschaft“", ("phrase", "sehr deutliche Botschaft", "de")),
        ("wer hat „jeden Zentimeter“ gesagt?", ("phrase", "jeden Zentimeter", "de")),
        ("wer hat jeden Zentimeter gesagt", ("phrase", "jeden Zentimeter", "de")),
        ("wer hat gesagt »jeden Zentimeter«", ("phrase", "jeden Zentimeter", "de")),
        ("wer hat gesagt: 'jeden Zentimeter'", ("phrase", "jeden Zentimeter", "de")),
        ("/who jeden Zentimeter", ("phrase", "jeden Zentimeter", "en")),
        ("/who@QuoteBot „jeden Zentimeter“", ("phrase", "jeden Zentimeter", "en")),
        ("who is quoted?", ("speakers", "", "en")),
        ("Wer wird zitiert?", ("speakers", "", "de")),
        ("/speakers", ("speakers", "", "en")),
        ("help", ("help", "", "en")),
        ("Hilfe", ("help", "", "en")),
        ("/help", ("help", "", "en")),
        ("/start", ("help", "", "en")),
        ("?", ("help", "", "en")),
        ("", ("empty", "", "en")),
        ("   \n ", ("empty", "", "en")),
        ("/quotes", ("empty", "", "en")),
    ],
)
def test_parse_question_forms(text: str, expected: tuple[str, str, str]) -> None:
    assert parse_question(text) == ParsedQuestion(*expected)


# --- speakers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what did Austin say",
        "what did austin say",
        "Lloyd Austin",
        "lloyd",
        "Austin",
        "/quotes@QuoteBot austin",
        "Zitate von Lloyd Austin",
        "what did lloid austin say",
        "US-Verteidigungsminister Lloyd Austin",
    ],
)
def test_austin_in_any_form_gets_his_three_quotations(asker: Asker, question: str) -> None:
    answer = asker.ask(question)
    assert answer.status == "ok"
    assert answer.intent == "speaker"
    assert answer.speaker == SpeakerRef("Lloyd Austin", AUSTIN_ROLE)
    assert answer.total == 3
    assert [q.text for q in answer.quotes] == [ZENTIMETER_TEASER, QUALITAET, STOLZ]
    assert {q.speaker for q in answer.quotes} == {"Lloyd Austin"}


@pytest.mark.parametrize(
    "question",
    ["was hat Stoltenberg gesagt", "stoltenbreg", "Jens Stoltenberg", "jens", "STOLTENBERG"],
)
def test_stoltenberg_with_typos_and_partial_names(asker: Asker, question: str) -> None:
    answer = asker.ask(question)
    assert answer.status == "ok"
    assert answer.speaker == SpeakerRef("Jens Stoltenberg", STOLTENBERG_ROLE)
    assert answer.total == 4


def test_german_question_gets_german_lang(asker: Asker) -> None:
    assert asker.ask("was hat Stoltenberg gesagt").lang == "de"
    assert asker.ask("what did Stoltenberg say").lang == "en"


def test_mentioned_but_never_quoted(asker: Asker) -> None:
    answer = asker.ask("was hat Putin gesagt")
    assert answer.status == "mentioned_not_quoted"
    assert answer.speaker == SpeakerRef("Wladimir Putin", "Präsident")
    assert answer.quotes == []
    assert answer.total == 0
    assert answer.candidates == [Candidate("Wladimir Putin", 1.0)]  # score: articles


def test_unknown_speaker_suggests_close_names(asker: Asker) -> None:
    answer = asker.ask("what did Ostin say")
    assert answer.status == "unknown_speaker"
    assert answer.speaker is None
    # "ostin" is closest to "austin" (73) and still near "putin" (60, the cut-off).
    assert [c.name for c in answer.candidates] == ["Lloyd Austin", "Wladimir Putin"]
    assert [c.score for c in answer.candidates] == [72.7, 60.0]


def test_unknown_speaker_without_anyone_close(asker: Asker) -> None:
    answer = asker.ask("Merkel")
    assert answer.status == "unknown_speaker"
    assert answer.candidates == []
    assert answer.query == "Merkel"


def test_two_bergers_are_ambiguous(asker: Asker, store: Store) -> None:
    save_all(
        store,
        extraction(
            "a.txt", [("Ich bin Anna.", "Anna Berger")], [Person("Anna Berger", ["Berger"])]
        ),
        extraction("t.txt", [("Ich bin Tom.", "Tom Berger")], [Person("Tom Berger", ["Berger"])]),
    )
    answer = asker.ask("what did Berger say")
    assert answer.status == "ambiguous"
    assert sorted(c.name for c in answer.candidates) == ["Anna Berger", "Tom Berger"]
    assert answer.quotes == []
    anna = asker.ask("what did Anna Berger say")
    assert anna.status == "ok"
    assert [q.text for q in anna.quotes] == ["Ich bin Anna."]


def test_paging_with_offset_and_limit(asker: Asker) -> None:
    first = asker.ask("Stoltenberg", limit=2)
    assert (first.total, first.offset, len(first.quotes)) == (4, 0, 2)
    second = asker.ask("Stoltenberg", offset=2, limit=2)
    assert (second.total, second.offset, len(second.quotes)) == (4, 2, 2)
    assert {q.text for q in first.quotes}.isdisjoint({q.text for q in second.quotes})


def test_default_page_size_comes_from_settings(store: Store, tmp_path: Path) -> None:
    asker = Asker(store, settings(tmp_path, page_size=2))
    answer = asker.ask("Stoltenberg")
    assert (answer.total, len(answer.quotes)) == (4, 2)


def test_name_index_is_rebuilt_only_when_data_changes(asker: Asker, store: Store) -> None:
    first = asker.name_index()
    assert asker.name_index() is first
    save_all(store, extraction("n.txt", [("Neu hier.", "Erika Muster")], [Person("Erika Muster")]))
    assert asker.name_index() is not first
    assert asker.ask("Erika Muster").status == "ok"


# --- phrases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "who said jeden zentimeter",
        "Who said “jeden Zentimeter unseres Hoheitsgebiets”?",
        "wer hat „jeden Zentimeter“ gesagt",
        "/who jeden zentimetr",
    ],
)
def test_phrase_finds_austin(asker: Asker, question: str) -> None:
    answer = asker.ask(question)
    assert answer.intent == "phrase"
    assert answer.status == "ok"
    assert answer.speaker == SpeakerRef("Lloyd Austin", AUSTIN_ROLE)
    assert answer.total == 1
    assert [q.text for q in answer.quotes] == [ZENTIMETER_TEASER]


def test_phrase_nobody_said(asker: Asker) -> None:
    answer = asker.ask("who said Kartoffelsalat mit Würstchen")
    assert answer.status == "no_match"
    assert answer.quotes == []
    assert answer.query == "Kartoffelsalat mit Würstchen"


def test_phrase_in_two_articles_is_shown_once(asker: Asker, store: Store) -> None:
    text = "Die Lage ist ernst, aber beherrschbar."
    people = [Person("Anna Berger")]
    save_all(
        store,
        extraction("x.txt", [(text, "Anna Berger")], people),
        extraction("y.txt", [(text, "Anna Berger")], people),
    )
    answer = asker.ask("who said ernst aber beherrschbar")
    assert answer.total == 1
    assert [q.text for q in answer.quotes] == [text]
    assert asker.ask("Anna Berger").quotes == [answer.quotes[0]]


def test_speakers_list(asker: Asker) -> None:
    answer = asker.ask("/speakers")
    assert answer.status == "speakers"
    assert answer.candidates == [Candidate("Jens Stoltenberg", 4.0), Candidate("Lloyd Austin", 3.0)]
    assert answer.total == 2


def test_help_and_empty(asker: Asker) -> None:
    assert asker.ask("/start").status == "help"
    assert asker.ask("  ").status == "empty"


def test_dedupe_keeps_the_longer_of_near_duplicates() -> None:
    def hit(text: str, speaker: str = "A") -> QuoteHit:
        return QuoteHit(text=text, speaker=speaker, role=None, type="direct", source="s", date=None)

    short = hit("Wir sind entschlossen, jeden Zentimeter zu verteidigen.")
    long_ = hit("Wir sind entschlossen, jeden Zentimeter zu verteidigen, sagen wir.")
    other = hit("Wir sind entschlossen, jeden Zentimeter zu verteidigen.", speaker="B")
    assert dedupe([short, other, long_]) == [long_, other]
