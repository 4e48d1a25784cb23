"""The extractor on articles the team wrote: exact speakers and quotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import Extractor, detect_language
from bot.ingest import article_from_text, read_article

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ebafc181cd285df9.txt"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    ex = extractor.extract(article_from_text(text, "test.txt"))
    return [(q.speaker, q.text) for q in ex.quotes]


def quotes_of(extractor: Extractor, text: str):
    return extractor.extract(article_from_text(text, "test.txt")).quotes


# --- the seed article -------------------------------------------------------------------


def test_seed_austin_has_three_quotes_teaser_merged(extractor: Extractor) -> None:
    ex = extractor.extract(read_article(SEED))
    austin = [q for q in ex.quotes if q.speaker == "Lloyd Austin"]
    assert [q.text for q in austin] == [
        "„Es spricht für die Qualität dieses Bündnisses und die Konzentration der Bündnismitglieder“",
        "„Ich könnte nicht stolzer auf die geleistete Arbeit sein.“",
        "„Wir sind entschlossen, jeden Zentimeter unseres Hoheitsgebiets zu verteidigen, wenn es darauf ankommt.“",
    ]
    assert {q.role for q in austin} == {"US-Verteidigungsminister"}


def test_seed_stoltenberg_quotes_and_role(extractor: Extractor) -> None:
    ex = extractor.extract(read_article(SEED))
    texts = [q.text for q in ex.quotes if q.speaker == "Jens Stoltenberg" and q.type != "indirect"]
    assert texts == [
        "„sehr deutliche Botschaft“",
        "„diese Entscheidungen rückgängig zu machen“",
        "„Es zeigt, dass wir für unsere Grundwerte einstehen müssen.“",
        "„Es ist eine sehr wichtige Botschaft, dass die Verbündeten und Partner der Nato der Ukraine zur Seite stehen werden, solange es nötig ist“",
    ]
    assert {q.role for q in ex.quotes if q.speaker == "Jens Stoltenberg"} == {
        "Nato-Generalsekretär"
    }
    # reported speech: 'soll nach Angaben von Nato-Generalsekretär Stoltenberg ... beginnen'
    reported = [q for q in ex.quotes if q.type == "indirect" and q.speaker == "Jens Stoltenberg"]
    assert [q.text for q in reported] == [
        # the sentence around the partial quote is his statement too, in indicative
        "Es ist ein deutlicher Aufruf an Russland und Präsident Wladimir Putin, "
        "„diese Entscheidungen rückgängig zu machen“",
        "Die Abschreckungsübung Steadfast Noon soll nach Angaben von Nato-Generalsekretär "
        "Stoltenberg in der kommenden Woche beginnen",
    ]


def test_seed_term_in_quote_marks_is_nobodys_quote(extractor: Extractor) -> None:
    ex = extractor.extract(read_article(SEED))
    assert not any("nuklearen Unabhängigkeit" in q.text for q in ex.quotes)


def test_seed_putin_is_mentioned_not_quoted(extractor: Extractor) -> None:
    ex = extractor.extract(read_article(SEED))
    assert "Wladimir Putin" in [p.name for p in ex.people]
    assert not any(q.speaker == "Wladimir Putin" for q in ex.quotes)


def test_seed_offsets_point_into_the_file(extractor: Extractor) -> None:
    text = SEED.read_text(encoding="utf-8")
    ex = extractor.extract(read_article(SEED))
    for q in ex.quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        assert q.start >= ex.article.body_start


# --- German --------------------------------------------------------------------------------

DE_ARTICLE = """Streit um die Brücke in Kleinstadt

Bürgermeisterin Karin Albers hat den Neubau der Brücke verteidigt. „Die alte Brücke trägt keine Lastwagen mehr“, sagte Albers am Dienstag im Rathaus. „Wir haben keine andere Wahl.“

Der Stadtrat Peter Brandt widersprach ihr. Er sagte: „Das Geld fehlt dann bei den Schulen.“ Die Kosten seien viel zu hoch, so Brandt.

„Wir prüfen jede Rechnung“, entgegnete sie, „und zwar zweimal.“

Die Lokalzeitung „Kleinstädter Bote“ hatte zuerst über das sogenannte „Brückenpaket“ berichtet.
"""


def test_de_trailing_cue_and_continuation(extractor: Extractor) -> None:
    got = run(extractor, DE_ARTICLE)
    assert ("Karin Albers", "„Die alte Brücke trägt keine Lastwagen mehr“") in got
    assert ("Karin Albers", "„Wir haben keine andere Wahl.“") in got


def test_de_colon_after_pronoun(extractor: Extractor) -> None:
    got = run(extractor, DE_ARTICLE)
    assert ("Peter Brandt", "„Das Geld fehlt dann bei den Schulen.“") in got


def test_de_pronoun_sie_goes_to_the_woman_and_split_quote_gives_two_records(
    extractor: Extractor,
) -> None:
    got = run(extractor, DE_ARTICLE)
    assert ("Karin Albers", "„Wir prüfen jede Rechnung“") in got
    assert ("Karin Albers", "„und zwar zweimal.“") in got


def test_de_titles_and_scare_quotes_are_not_quotes(extractor: Extractor) -> None:
    texts = [t for _, t in run(extractor, DE_ARTICLE)]
    assert "„Kleinstädter Bote“" not in texts
    assert "„Brückenpaket“" not in texts


def test_de_role_kept_apart_from_name(extractor: Extractor) -> None:
    quotes = quotes_of(extractor, DE_ARTICLE)
    albers = [q for q in quotes if q.speaker == "Karin Albers"]
    assert albers and all(q.role == "Bürgermeisterin" for q in albers)


def test_de_role_noun_resolves_to_person_with_that_role(extractor: Extractor) -> None:
    text = (
        "Gesundheitsministerin Maria Keller stellte den Plan vor. Auch Oppositionschef Jan Horn "
        "äußerte sich. „Das Gesetz kommt noch in diesem Jahr“, sagte die Ministerin.\n"
    )
    assert run(extractor, text) == [("Maria Keller", "„Das Gesetz kommt noch in diesem Jahr“")]


def test_de_guillemets_and_multi_paragraph_quote(extractor: Extractor) -> None:
    text = (
        "Trainer Lukas Meier war zufrieden. Er sagte: »Die Mannschaft hat gekämpft.\n\n"
        "»Am Ende hat sich das ausgezahlt.«\n"
    )
    got = run(extractor, text)
    assert len(got) == 1
    assert got[0][0] == "Lukas Meier"
    assert got[0][1].startswith("»Die Mannschaft") and got[0][1].endswith("ausgezahlt.«")


def test_de_partial_quote_type(extractor: Extractor) -> None:
    text = "Ministerin Eva Roth nannte den Vorschlag „einen schweren Fehler“.\n"
    quotes = quotes_of(extractor, text)
    assert [(q.speaker, q.text, q.type) for q in quotes] == [
        ("Eva Roth", "„einen schweren Fehler“", "partial")
    ]


# --- English -------------------------------------------------------------------------------

EN_ARTICLE = """Harbour plan divides the council

Mayor Linda Carter defended the new harbour plan on Monday. "The old pier is falling apart," Carter said. "We cannot wait another year."

Councillor Tom Hughes disagreed. He said: "This money belongs to the schools."

"We will check every bill," said Carter, "and then check it again."

The so-called "Pier Deal" was first reported by the Harbour Times.
"""


def test_en_trailing_cue_subject_first(extractor: Extractor) -> None:
    got = run(extractor, EN_ARTICLE)
    assert ("Linda Carter", '"The old pier is falling apart,"') in got
    assert ("Linda Carter", '"We cannot wait another year."') in got


def test_en_colon_with_pronoun(extractor: Extractor) -> None:
    assert ("Tom Hughes", '"This money belongs to the schools."') in run(extractor, EN_ARTICLE)


def test_en_said_before_name_and_split_quote(extractor: Extractor) -> None:
    got = run(extractor, EN_ARTICLE)
    assert ("Linda Carter", '"We will check every bill,"') in got
    assert ("Linda Carter", '"and then check it again."') in got


def test_en_so_called_is_not_a_quote(extractor: Extractor) -> None:
    assert not any("Pier Deal" in t for _, t in run(extractor, EN_ARTICLE))


def test_en_curly_quotes_and_she(extractor: Extractor) -> None:
    text = (
        "Senator Joan Miller and Governor Frank Lopez met on Friday. "
        "“We agreed on nothing,” she told reporters.\n"
    )
    assert run(extractor, text) == [("Joan Miller", "“We agreed on nothing,”")]


def test_language_detection() -> None:
    assert detect_language(DE_ARTICLE) == "de"
    assert detect_language(EN_ARTICLE) == "en"


# --- interviews ------------------------------------------------------------------------------


def test_de_interview_answers_go_to_the_interviewee_questions_to_nobody(
    extractor: Extractor,
) -> None:
    text = (
        "Die Ministerin über das neue Gesetz\n\n"
        "Anna Berger ist seit März Familienministerin. Mit ihr sprach unsere Redaktion.\n\n"
        "ZEIT: Frau Berger, warum kommt das Gesetz so spät?\n"
        "Berger: Weil wir es gründlich machen wollten. Ein schlechtes Gesetz hilft niemandem.\n"
        "ZEIT: Und was sagen Sie den Kritikern?\n"
        "Berger: Dass sie das Gesetz erst einmal lesen sollten.\n"
    )
    assert [(q.speaker, q.type, q.text) for q in quotes_of(extractor, text)] == [
        (
            "Anna Berger",
            "direct",
            "Weil wir es gründlich machen wollten. Ein schlechtes Gesetz hilft niemandem.",
        ),
        ("Anna Berger", "direct", "Dass sie das Gesetz erst einmal lesen sollten."),
    ]


def test_en_interview_with_q_labels(extractor: Extractor) -> None:
    text = (
        "Coach Maria Lopez on the season\n\n"
        "Q: Why did the team lose so often in the autumn?\n"
        "Lopez: We had six players injured at once. Nobody can plan for that.\n"
        "Q: Will you stay next year?\n"
        "Lopez: Yes, I signed until 2028.\n"
    )
    assert [(q.speaker, q.text) for q in quotes_of(extractor, text)] == [
        ("Maria Lopez", "We had six players injured at once. Nobody can plan for that."),
        ("Maria Lopez", "Yes, I signed until 2028."),
    ]


def test_colon_labels_in_an_ordinary_article_are_not_an_interview(extractor: Extractor) -> None:
    text = (
        "Bildung: Die Stadt baut zwei Schulen.\n"
        "Verkehr: Die Brücke wird im Mai fertig.\n"
        "Bürgermeisterin Karin Albers sagte: „Wir liegen im Plan.“\n"
    )
    assert [(q.speaker, q.text) for q in quotes_of(extractor, text)] == [
        ("Karin Albers", "„Wir liegen im Plan.“")
    ]


# --- hostile input -----------------------------------------------------------------------------


def test_junk_runs_are_skipped_and_offsets_still_index_the_original(extractor: Extractor) -> None:
    junk = "„" * 300 + "x" * 5000
    text = f"{junk}\nMinisterin Eva Roth sagte: „Das Gesetz kommt.“\n"
    quotes = quotes_of(extractor, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Eva Roth", "„Das Gesetz kommt.“")]
    assert text[quotes[0].start : quotes[0].end] == "„Das Gesetz kommt.“"


def test_thousands_of_quotes_in_one_paragraph(extractor: Extractor) -> None:
    text = "Trainer Lukas Meier sprach lange. " + "Er sagte: „Ja.“ " * 3000 + "\n"
    quotes = quotes_of(extractor, text)
    # every "Ja." is his; identical short answers are not merged (too short to be a repeat)
    assert len(quotes) == 3000
    assert {q.speaker for q in quotes} == {"Lukas Meier"}


def test_interview_labels_in_wiki_markup_with_wrapped_questions(extractor: Extractor) -> None:
    text = (
        "Ein Gespräch mit Jana Stein über Radwege\n\n"
        "''Redaktion'': Frau Stein, warum dauert der Ausbau\nder Radwege so lange?\n"
        "''Stein'': Weil jede Kreuzung neu geplant werden muss.\n"
        "''Redaktion'': Und wann ist es so weit?\n"
        "''Stein'': Im nächsten Frühjahr.\n"
    )
    assert [(q.speaker, q.text) for q in quotes_of(extractor, text)] == [
        ("Jana Stein", "Weil jede Kreuzung neu geplant werden muss."),
        ("Jana Stein", "Im nächsten Frühjahr."),
    ]


def test_first_person_indicative_is_not_konjunktiv(extractor: Extractor) -> None:
    text = (
        "Die Ministerin Eva Roth sprach im Landtag. Ich halte das für richtig, schrieb ein Leser.\n"
    )
    assert not any(q.type == "free_indirect" for q in quotes_of(extractor, text))


def test_roles_from_apposition_and_predicate_resolve_role_nouns(extractor: Extractor) -> None:
    first = (
        "Die Ministerin für Umwelt, Katrin Vogel, stellte den Plan vor. "
        "„Wir fangen sofort an“, sagte die Ministerin.\n"
    )
    second = "Tom Berger ist Trainer des Vereins. „Wir sind bereit“, sagte der Trainer.\n"
    assert [(q.speaker, q.role) for q in quotes_of(extractor, first)] == [
        ("Katrin Vogel", "Ministerin für Umwelt")
    ]
    assert [(q.speaker, q.role) for q in quotes_of(extractor, second)] == [
        ("Tom Berger", "Trainer")
    ]


def test_acronym_organisation_and_described_person_as_speakers(extractor: Extractor) -> None:
    text = (
        "Die GdW bestätigte den Bericht nicht und nannte ihn „reine Spekulation“.\n"
        "Der 58-Jährige habe geschrieben, er müsse „aus diesem Leben“ heraus.\n"
    )
    got = [(q.speaker_text, q.text) for q in quotes_of(extractor, text) if q.type == "partial"]
    assert got == [("Die GdW", "„reine Spekulation“"), ("Der 58-Jährige", "„aus diesem Leben“")]


def test_apposition_after_the_verb_still_names_the_speaker(extractor: Extractor) -> None:
    text = "„Das Gesetz kommt“, sagte am Montag die Vorsitzende der Kommission, Petra Lindqvist.\n"
    assert [(q.speaker, q.role) for q in quotes_of(extractor, text)] == [
        ("Petra Lindqvist", "Vorsitzende der Kommission")
    ]


# --- speakers: passive voice, demonstratives, sources without a subject -----------------------


def test_passive_subject_is_not_the_speaker_but_the_agent_is(extractor: Extractor) -> None:
    text = (
        "Bürgermeisterin Karin Wolf eröffnete am Montag die neue Bibliothek. Die Anwohner "
        "wurden von der Stadtverwaltung gebeten, ihre Autos in der Nacht nicht an der "
        "Hauptstraße abzustellen. Den Betreibern wird vorgeworfen, die Baukosten "
        "verschleiert zu haben."
    )
    got = {q.text: q for q in quotes_of(extractor, text)}
    asked = got["ihre Autos in der Nacht nicht an der Hauptstraße abzustellen"]
    assert asked.speaker_text == "der Stadtverwaltung"
    accused = got["die Baukosten verschleiert zu haben"]
    assert accused.speaker is None and accused.speaker_text is None


def test_demonstrative_subject_is_the_person_just_named(extractor: Extractor) -> None:
    text = (
        "Der Bürgermeister traf am Dienstag die Gewerkschafterin Marta Keller. Diese "
        "bestätigte, dass die Verhandlungen über den Tarifvertrag in der kommenden Woche "
        "weitergehen."
    )
    assert run(extractor, text) == [
        (
            "Marta Keller",
            "dass die Verhandlungen über den Tarifvertrag in der kommenden Woche weitergehen",
        )
    ]


def test_words_from_circles_and_a_leading_adverb_is_nobody(extractor: Extractor) -> None:
    text = (
        "Das Werk in Kassel soll schließen. Aus Unternehmenskreisen verlautete, die "
        "Belegschaft werde im Frühjahr informiert. Unterdessen verlangen die Grünen, dass "
        "der Landtag sich mit dem Thema befasst."
    )
    got = {q.text: q.speaker_text for q in quotes_of(extractor, text)}
    assert got == {
        "die Belegschaft werde im Frühjahr informiert": "Unternehmenskreisen",
        "dass der Landtag sich mit dem Thema befasst": "die Grünen",
    }


def test_quoted_names_and_glosses_nobody_said_are_not_quotes(extractor: Extractor) -> None:
    text = (
        "Die Insel ist bei Urlaubern als „Perle“ bekannt. Kreuzungen („echte Hybride“) "
        "kommen in der Natur selten vor. Auf „Facebook“ wurde die Meldung tausendfach "
        "geteilt. Der Minister nannte den Plan „falsch“."
    )
    assert [text for _, text in run(extractor, text)] == ["„falsch“"]


def test_fronted_phrase_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Um 10 Uhr meldete die Nachrichtenagentur Ostwind, der Hafen bleibe bis Freitag "
        "geschlossen. In der Erklärung der Reederei heißt es, die Fähren würden umgeleitet."
    )
    got = {q.text: q.speaker_text for q in quotes_of(extractor, text)}
    assert got == {
        "der Hafen bleibe bis Freitag geschlossen": "die Nachrichtenagentur Ostwind",
        "die Fähren würden umgeleitet": "der Reederei",
    }


def test_dies_bestaetigte_attributes_the_sentence_before(extractor: Extractor) -> None:
    text = (
        "Das Hochwasser hat im Tal drei Brücken zerstört. Dies bestätigte Landrat Peter "
        "Holm am Abend. Die Straßen bleiben gesperrt."
    )
    got = [(q.speaker, q.type, q.text) for q in quotes_of(extractor, text)]
    assert got == [("Peter Holm", "indirect", "Das Hochwasser hat im Tal drei Brücken zerstört")]


# --- German source phrases with 'nach' and 'laut' -----------------------------------------


def indirect_of(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_text, q.text) for q in quotes_of(extractor, text) if q.type == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Nach Angaben der Feuerwehr habe der Brand kurz nach Mitternacht im Keller begonnen.\n",
            "der Feuerwehr",
            "habe der Brand kurz nach Mitternacht im Keller begonnen",
        ),
        # a compound ending in a source noun
        (
            "Nach Polizeiangaben wurden bei dem Unfall auf der Landstraße zwei Radfahrer verletzt.\n",
            "Polizeiangaben",
            "wurden bei dem Unfall auf der Landstraße zwei Radfahrer verletzt",
        ),
        # adjectives before the noun, no complement after it
        (
            "Nach ersten Informationen wurde in dem Lagerhaus niemand verletzt.\n",
            "ersten Informationen",
            "wurde in dem Lagerhaus niemand verletzt",
        ),
        (
            "Nach einer neuen Umfrage wollen die meisten Pendler lieber mit der Bahn fahren.\n",
            "einer neuen Umfrage",
            "wollen die meisten Pendler lieber mit der Bahn fahren",
        ),
        # postposed 'nach'
        (
            "Seiner Meinung nach hätte die Stadtverwaltung den Markt früher schließen müssen.\n",
            "Seiner Meinung",
            "hätte die Stadtverwaltung den Markt früher schließen müssen",
        ),
        (
            "Dem Vernehmen nach soll Lena Hartwig im Frühjahr den Vorsitz des Vereins übernehmen.\n",
            "Dem Vernehmen",
            "soll Lena Hartwig im Frühjahr den Vorsitz des Vereins übernehmen",
        ),
        # a relative clause after the source still belongs to the source phrase
        (
            "Nach Angaben der Reederei, die den Frachter betreibt, sei die Ladung unbeschädigt.\n",
            "der Reederei",
            "sei die Ladung unbeschädigt",
        ),
    ],
)
def test_de_nach_source_phrases(
    extractor: Extractor, text: str, speaker: str, statement: str
) -> None:
    assert indirect_of(extractor, text) == [(speaker, statement)]


def test_de_temporal_nach_is_no_source(extractor: Extractor) -> None:
    for text in (
        "Nach dem Absturz wurde die Bahnstrecke zwischen beiden Orten gesperrt.\n",
        "Nach der Pressekonferenz fuhr der Bürgermeister Karl Brandt zurück ins Rathaus.\n",
        "Erst nach umfangreichen Ermittlungen kam der Verdächtige wieder auf freien Fuß.\n",
        "Zwei Wochen nach dem Bericht trat der Kassenwart des Vereins zurück.\n",
        # inside a noun phrase the view is an attribute, not a report
        "Im Rat warnte Jana Ulrich vor den ihrer Ansicht nach steigenden Kosten des Neubaus.\n",
    ):
        assert indirect_of(extractor, text) == [], text


def test_de_source_phrase_in_a_subordinate_clause_reports_only_that_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Die Fähre nach Nordholm blieb am Montag im Hafen, weil der Motor des Schiffs "
        "nach Angaben der Reederei beschädigt ist.\n"
    )
    assert indirect_of(extractor, text) == [
        ("der Reederei", "weil der Motor des Schiffs nach Angaben der Reederei beschädigt ist")
    ]
    relative = (
        "Die Ermittler fanden im Zug einen Rucksack, der nach deren Angaben "
        "das gestohlene Geld enthalten sollte.\n"
    )
    assert indirect_of(extractor, relative) == [
        ("deren Angaben", "der nach deren Angaben das gestohlene Geld enthalten sollte")
    ]


def test_de_laut_inside_the_sentence_keeps_the_statement_whole(extractor: Extractor) -> None:
    text = "Der Abriss der alten Halle soll laut Schönfeld aus Kostengründen erst im Herbst erfolgen.\n"
    assert indirect_of(extractor, text) == [
        (
            "Schönfeld",
            "Der Abriss der alten Halle soll laut Schönfeld aus Kostengründen erst im Herbst erfolgen",
        )
    ]


def test_de_decimal_number_ends_a_sentence_ordinal_does_not(extractor: Extractor) -> None:
    text = (
        "Das Beben erreichte eine Stärke von 6,4. Nach Angaben der Behörde beginnt "
        "der Wiederaufbau am 7. Juni mit der Schule.\n"
    )
    assert indirect_of(extractor, text) == [
        ("der Behörde", "beginnt der Wiederaufbau am 7. Juni mit der Schule")
    ]


def test_quotation_after_reported_speech_is_the_reporters(extractor: Extractor) -> None:
    text = (
        "Die Abgeordnete Lena Brandt sagte am Montag, der Unfall sei vermeidbar gewesen. "
        "„Wir haben seit Jahren vor dieser Kreuzung gewarnt.“ Die Stadt will nun prüfen."
    )
    got = [(q.speaker, q.type) for q in quotes_of(extractor, text)]
    assert got == [("Lena Brandt", "indirect"), ("Lena Brandt", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        # a stance frame: a verb and a word later in its clause take the dass-clause
        (
            "Die Feuerwehr geht davon aus, dass der Brand in der Küche ausbrach.\n",
            "Die Feuerwehr",
            "dass der Brand in der Küche ausbrach",
        ),
        (
            "Die Bauaufsicht war bis zuletzt davon ausgegangen, dass die Brücke hält.\n",
            "Die Bauaufsicht",
            "dass die Brücke hält",
        ),
        (
            "Pia Olsen hält es für unwahrscheinlich, dass der Verein noch absteigt.\n",
            "Pia Olsen",
            "dass der Verein noch absteigt",
        ),
        (
            "Der Verband ist der Meinung, dass die Gebühren zu hoch seien.\n",
            "Der Verband",
            "dass die Gebühren zu hoch seien",
        ),
        (
            "Seit Jahren vertritt Tom Berger die These, die Stadt brauche keinen Flughafen.\n",
            "Tom Berger",
            "die Stadt brauche keinen Flughafen",
        ),
        # a decision reports its zu-clause
        (
            "Der Stadtrat hatte am Montag beschlossen, die Schwimmhalle zu sanieren.\n",
            "Der Stadtrat",
            "die Schwimmhalle zu sanieren",
        ),
        # 'bekannt' written apart from its verb in verb-final order
        (
            "Wie die Reederei Nordlicht bekannt gab, wird die Fähre im Mai wieder fahren.\n",
            "Nordlicht",
            "wird die Fähre im Mai wieder fahren",
        ),
    ],
)
def test_de_stance_and_decision_frames(
    extractor: Extractor, text: str, speaker: str, statement: str
) -> None:
    got = indirect_of(extractor, text)
    assert len(got) == 1, got
    assert statement == got[0][1]
    assert got[0][0] is not None and speaker.endswith(got[0][0].split()[-1])


def test_de_frames_need_their_clause(extractor: Extractor) -> None:
    # an opinion summed up with a quoted word is no report; a decision about 'ob' neither
    for text in (
        "Kritiker halten den Neubau für einen teuren „Prestigebau“ der Regierung.\n",
        "Der Rat muss bis Freitag darüber entscheiden, ob die Straße gesperrt wird.\n",
    ):
        assert indirect_of(extractor, text) == [], text


def test_de_became_known_has_no_speaker(extractor: Extractor) -> None:
    text = "Im März wurde bekannt, dass die Brauerei Kessler verkauft werden soll.\n"
    assert indirect_of(extractor, text) == [
        (None, "dass die Brauerei Kessler verkauft werden soll")
    ]


def test_de_wonach_names_the_report_before_it(extractor: Extractor) -> None:
    text = (
        "Die Polizei bestätigte einen Bericht der Zeitung „Nordkurier“, wonach der Dieb "
        "das Fahrrad zurückgebracht habe.\n"
    )
    got = indirect_of(extractor, text)
    assert [s for _, s in got] == ["der Dieb das Fahrrad zurückgebracht habe"]


def test_de_report_with_a_quoted_fragment_is_still_a_report(extractor: Extractor) -> None:
    text = "Lara Weiß sagte, es müsse Schluss sein mit „leeren Versprechen“.\n"
    assert ("Lara Weiß", "es müsse Schluss sein mit „leeren Versprechen“") in indirect_of(
        extractor, text
    )


def test_de_report_ends_where_the_reporters_clause_goes_on(extractor: Extractor) -> None:
    text = (
        "Der Angeklagte Udo Kern erklärte, er sei unschuldig, verweigerte jede weitere "
        "Aussage und verließ den Saal.\n"
    )
    got = indirect_of(extractor, text)
    assert [s for _, s in got] == ["er sei unschuldig"]


# --- free indirect speech: whose words a cue-less Konjunktiv sentence carries on ----------


def _free_indirect(extractor: Extractor, text: str) -> list[tuple[str | None, str, str]]:
    return [
        (q.speaker_text, q.text, q.rule)
        for q in quotes_of(extractor, text)
        if q.type == "free_indirect"
    ]


def test_de_new_subject_before_konjunktiv_takes_the_report_over(extractor: Extractor) -> None:
    # the chain from Lena Hartwig's statement two sentences back does not carry past the
    # union that opens the sentence right before the Konjunktiv one
    text = (
        "Die Ministerin Lena Hartwig sagte, die Reform komme im Herbst. "
        "Die Gewerkschaft weist den Zeitplan zurück. "
        "Die Betriebe seien darauf nicht vorbereitet.\n"
    )
    assert _free_indirect(extractor, text) == [
        ("Die Gewerkschaft", "Die Betriebe seien darauf nicht vorbereitet", "konjunktiv_i")
    ]


def test_de_organisation_before_konjunktiv_is_its_speaker(extractor: Extractor) -> None:
    # no attribution in reach: the organisation that is the subject of the sentence before
    text = (
        "Am Morgen brannte eine Lagerhalle am Hafen. "
        "Das Landesamt sieht keine Gefahr für die Anwohner. "
        "Die Rauchwolke sei nicht giftig.\n"
    )
    assert _free_indirect(extractor, text) == [
        ("Das Landesamt", "Die Rauchwolke sei nicht giftig", "konjunktiv_i")
    ]


def test_de_passive_in_a_named_report_passes_the_report_on(extractor: Extractor) -> None:
    # 'werden im Bericht … zurückgeführt': the report named after 'in' says it, not the
    # minister two sentences back
    text = (
        "Der Minister Paul Weber sagte, die Lage sei ernst. Die Ursachen der Krise werden im "
        "Bericht des Rechnungshofs auf fehlende Investitionen zurückgeführt. Folge sei eine "
        "hohe Arbeitslosigkeit in der Region.\n"
    )
    assert _free_indirect(extractor, text) == [
        (
            "Bericht des Rechnungshofs",
            "Folge sei eine hohe Arbeitslosigkeit in der Region",
            "konjunktiv_i",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a quantity ('40 Prozent der Delikte') cannot speak
        "Zu den Taten führt der Bericht aus, rund 40 Prozent der Delikte hätten einen "
        "„fremdenfeindlichen“ Hintergrund. Ein Drittel der Taten richte sich gegen Obdachlose.\n",
        # nor an abstract noun ('die Aufklärungsquote')
        "Zu den Einbrüchen führt der Bericht aus, die Aufklärungsquote liege „erschreckend "
        "niedrig“. Nur wenige Fälle kämen vor Gericht.\n",
    ],
)
def test_de_carried_speaker_must_be_able_to_speak(extractor: Extractor, text: str) -> None:
    # the partial quote's subject does not carry on: the text its sentence names does
    found = _free_indirect(extractor, text)
    assert [speaker for speaker, _, _ in found] == ["der Bericht"]


def test_de_reportative_soll_near_an_attribution_is_free_indirect(
    extractor: Extractor,
) -> None:
    text = (
        "Ein Sprecher der Polizei sagte, der Einbruch sei in der Nacht geschehen. "
        "Am Morgen fanden Nachbarn die offene Tür. "
        "Der Täter soll durch den Garten geflohen sein.\n"
    )
    found = _free_indirect(extractor, text)
    assert found == [
        ("Ein Sprecher der Polizei", "Der Täter soll durch den Garten geflohen sein", "reportative")
    ]


def test_de_reportative_soll_far_from_any_attribution_is_a_plan(extractor: Extractor) -> None:
    text = (
        "Die Stadt Lindenau baut eine neue Brücke über den Fluss. "
        "Die Arbeiten begannen im März. "
        "Die Brücke soll im nächsten Jahr für den Verkehr freigegeben werden.\n"
    )
    assert _free_indirect(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after its role opens the sentence before: it takes the report over from the
        # quotation before it
        (
            "Ein Polizist sagte am Abend: „Der Mann ist gefasst.“ Staatspräsident Georg "
            "Lamprecht ist besorgt. Der Konflikt sei nicht politisch, sondern persönlich.\n",
            "Georg Lamprecht",
        ),
        # after a fronted phrase the subject follows the verb (and 'sich')
        (
            "Die Ministerin Lena Hartwig sagte, die Reform komme im Herbst. Mit Kritik an dem "
            "Zeitplan hält sich Bürgermeister Jonas Roth zurück. Im Entwurf sei eine gute "
            "Lösung gefunden worden.\n",
            "Jonas Roth",
        ),
        (
            "Die Ministerin Lena Hartwig sagte, die Reform komme im Herbst. Trotz der sinkenden "
            "Zahlen gibt der Verband keine Entwarnung. Die Lage sei weiterhin angespannt.\n",
            "der Verband",
        ),
        # a bare plural alone before its speech verb
        (
            "Die Ministerin Lena Hartwig sagte, der Ölpreis werde sinken. Der Preis stieg am "
            "Montag dennoch stark an. Analysten verweisen auf den schwachen Dollar. Das "
            "Preisniveau sei jedoch zu hoch.\n",
            "Analysten",
        ),
        # the subject of a passive speech verb was spoken of, not the speaker
        (
            "Die Ministerin Lena Hartwig sagte, die Familie sei abgereist. Am Abend gab es dann "
            "neue Berichte. Diese Nachricht wurde nun dementiert. Es habe sich um ein "
            "Missverständnis gehandelt.\n",
            "Lena Hartwig",
        ),
        # a speech verb whose subject is no person ('berichtete … der Stadt') does not
        # replace the speaker the quotation in its sentence already has
        (
            "Das staatliche Fernsehen berichtete von „schweren Verlusten des Feindes“ bei der "
            "Eroberung der Stadt. Der Rat der Stadt sei aufgelöst worden.\n",
            "Das staatliche Fernsehen",
        ),
        # a plain number ends a sentence before an article ('mit 13. Die …')
        (
            "Die Nachrichtenagentur Xinhua bezifferte die Zahl der Toten am Freitag mit 13. Die "
            "Getöteten seien verbrannt worden.\n",
            "Die Nachrichtenagentur Xinhua",
        ),
        # a Konjunktiv II of the main clause right after a speech verb
        (
            "Im Juni stürzte eine Maschine ab. Der Untersuchungsbericht schildert nun die "
            "Fehlerkette. Techniker hätten den Hebel falsch gestellt.\n",
            "Der Untersuchungsbericht",
        ),
    ],
)
def test_de_free_indirect_speaker(extractor: Extractor, text: str, speaker: str) -> None:
    found = _free_indirect(extractor, text)
    assert len(found) == 1
    assert found[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's own guess in the singular Konjunktiv II
        "Der Astronom Jan Berg sagte, das Objekt bestehe aus Eis. Ein Teil könnte eines Tages "
        "auf die Erde fallen.\n",
        # a modal after a speech verb is as often a guess
        "Im Juni stürzte eine Maschine ab. Der Untersuchungsbericht schildert nun die "
        "Fehlerkette. Die Kosten dürften weiter steigen.\n",
        # 'ich habe', 'ich arbeite': the indicative of someone speaking without quote marks
        "Die Sängerin Mara Lind sagte, sie sei müde. Ich habe so viele Sachen gelernt und "
        "arbeite an einem neuen Album.\n",
    ],
)
def test_de_no_free_indirect(extractor: Extractor, text: str) -> None:
    assert _free_indirect(extractor, text) == []


def test_de_number_before_an_article_ends_a_sentence(extractor: Extractor) -> None:
    # '2004. Der …' ends a sentence; an ordinal ('am 7. Juni') does not
    text = (
        "Das Werk steht dort seit März 2004. Der Minister Udo Kern sagte am 7. Juni, die Firma "
        "sei ein Vorbild.\n"
    )
    quotes = quotes_of(extractor, text)
    assert [(q.speaker, q.sentence) for q in quotes] == [
        ("Udo Kern", "Der Minister Udo Kern sagte am 7. Juni, die Firma sei ein Vorbild.")
    ]


# --- direct quotations: speakers -----------------------------------------------------------


def _speakers(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.speaker_text, q.text) for q in quotes_of(extractor, text)]


def test_de_heisst_es_in_a_document_names_the_document(extractor: Extractor) -> None:
    text = (
        "Der Stadtrat hat über den Haushalt beraten. In dem Antrag heißt es wörtlich: "
        "„Die Mittel für Schulen werden verdoppelt.“\n"
    )
    assert _speakers(extractor, text) == [
        (None, "dem Antrag", "„Die Mittel für Schulen werden verdoppelt.“")
    ]


def test_de_quote_then_heisst_es_in_a_statement(extractor: Extractor) -> None:
    text = (
        "Die Partei Neue Mitte trat geschlossen auf. „Wir lassen uns nicht spalten“, "
        "heißt es in einer Erklärung der Partei.\n"
    )
    assert _speakers(extractor, text) == [
        (None, "einer Erklärung der Partei", "„Wir lassen uns nicht spalten“")
    ]


def test_de_quote_then_any_verb_and_its_subject(extractor: Extractor) -> None:
    text = (
        "Die Kandidatin Carla Wendt sprach in Bremen. „Ich trete an, um zu gewinnen“, "
        "strich Wendt in ihrer Rede heraus. Die Regierung äußerte sich nicht. "
        "„Wir verfolgen die Lage genau“, ließ ein Sprecher des Ministeriums verlauten.\n"
    )
    assert [(s, t) for _, s, t in _speakers(extractor, text)] == [
        ("Wendt", "„Ich trete an, um zu gewinnen“"),
        ("ein Sprecher des Ministeriums", "„Wir verfolgen die Lage genau“"),
    ]


def test_de_genitive_name_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Der Polizist Jonas Hartmann trat nach zehn Jahren zurück. Das Festkomitee in "
        "Lindenau würdigte damit Hartmanns Einsatz für „mehr Sicherheit im Viertel“.\n"
    )
    # the phrase before the verb is the subject, however it ends
    ((speaker, speaker_text, _),) = _speakers(extractor, text)
    assert speaker is None and speaker_text.startswith("Das Festkomitee")


def test_de_partial_quote_takes_the_verb_nearest_before_it(extractor: Extractor) -> None:
    text = (
        "Paul Berger nannte den Plan „völlig überzogen“, Trainerin Anna Voss bezeichnete "
        "ihn als „übertrieben“.\n"
    )
    assert [(s, t) for s, _, t in _speakers(extractor, text)] == [
        ("Paul Berger", "„völlig überzogen“"),
        ("Anna Voss", "„übertrieben“"),
    ]


def test_de_second_verb_after_und_shares_the_subject(extractor: Extractor) -> None:
    text = "Die Firma Lumatec bestätigte die Angaben nicht und nannte sie „reine Spekulation“.\n"
    assert _speakers(extractor, text) == [
        ("Firma Lumatec", "Die Firma Lumatec", "„reine Spekulation“")
    ]


def test_de_quoted_newspaper_name_before_colon_keeps_the_subject(extractor: Extractor) -> None:
    text = (
        "Der Vorsitzende Tom Reiners wird von der „Nordpost“ mit den Worten zitiert: "
        "„Das ist ein guter Tag für die Stadt.“\n"
    )
    assert [(s, t) for s, _, t in _speakers(extractor, text)] == [
        ("Tom Reiners", "„Das ist ein guter Tag für die Stadt.“")
    ]


# --- reported speech: who the subject is -------------------------------------------------


def _indirect(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker_text, q.speaker, q.rule)
        for q in quotes_of(extractor, text)
        if q.type == "indirect"
    ]


def test_de_demnach_is_its_own_source(extractor: Extractor) -> None:
    text = (
        "Die Kommission legte am Montag ihren Abschlussbericht vor. "
        "Demnach sind im vergangenen Jahr deutlich weniger Fähren ausgefallen als zuvor.\n"
    )
    assert _indirect(extractor, text) == [("Demnach", None, "source_adverb")]


def test_de_subject_before_the_verb_not_the_name_after_it(extractor: Extractor) -> None:
    text = (
        "Bürgermeisterin Petra Lindqvist hatte Jonas Berger gebeten, "
        "den Vorsitz des Ausschusses noch ein Jahr zu behalten.\n"
    )
    assert _indirect(extractor, text)[0][1] == "Petra Lindqvist"


def test_de_verb_of_addressing_keeps_the_phrase_before_it(extractor: Extractor) -> None:
    text = "Die Feuerwehrleute forderten die Anwohner auf, ihre Fenster geschlossen zu halten.\n"
    assert _indirect(extractor, text)[0][0] == "Die Feuerwehrleute"


def test_de_verb_of_addressing_with_pronoun_subject_after_it(extractor: Extractor) -> None:
    text = (
        "Tomas Ferrand leitet den Verein seit zehn Jahren. "
        "Die Mitglieder forderte er auf, sich an der Abstimmung zu beteiligen.\n"
    )
    assert _indirect(extractor, text)[0][:2] == ("er", "Tomas Ferrand")


def test_de_unknown_name_before_the_verb_is_the_speaker(extractor: Extractor) -> None:
    text = "Norwegen geht davon aus, dass die Fischereiquoten im Herbst sinken.\n"
    assert _indirect(extractor, text)[0][0] == "Norwegen"
    text = "Wie „Nordkurier Online“ berichtet, ist die Brücke seit Dienstag gesperrt.\n"
    assert _indirect(extractor, text)[0][0] == "„Nordkurier Online“"


def test_de_time_phrase_before_the_verb_is_no_speaker(extractor: Extractor) -> None:
    text = "Am Vormittag hatte es geheißen, die Fähre werde wegen des Sturms ausfallen.\n"
    assert _indirect(extractor, text) == [(None, None, "after_cue")]


def test_de_heisst_es_reported_names_the_document(extractor: Extractor) -> None:
    text = (
        "In dem Gutachten, das die Stadt in Auftrag gegeben hatte, heißt es, "
        "die Brücke sei nicht mehr sicher.\n"
    )
    assert _indirect(extractor, text)[0][0] == "dem Gutachten"
    text = "Die Brücke sei nicht mehr sicher, heißt es in dem Gutachten der Prüfstelle.\n"
    assert "Gutachten" in (_indirect(extractor, text)[0][0] or "")


def test_de_relative_pronoun_is_the_subject_of_its_clause(extractor: Extractor) -> None:
    text = (
        "Die Rede hielt die Ärztin Mara Selvik, die betonte, "
        "die Klinik brauche mehr Pflegekräfte.\n"
    )
    assert _indirect(extractor, text)[0][:2] == ("die", "Mara Selvik")


def test_de_passive_names_an_unknown_agent_or_its_document(extractor: Extractor) -> None:
    text = "Zudem wurde die Stadt vom VKBW aufgefordert, die Gebühren zu senken.\n"
    assert _indirect(extractor, text)[0][0] == "VKBW"
    text = "In einer Pressemitteilung des Vereins wurde gefordert, dass die Halle offen bleibe.\n"
    assert _indirect(extractor, text)[0][0] == "einer Pressemitteilung des Vereins"


# --- quoted words without a speech verb -------------------------------------------------------


def test_de_statement_after_colon_without_cue_is_a_quote(extractor: Extractor) -> None:
    text = (
        "Bäckermeister Jonas Kornfeld bleibt angesichts der Vorwürfe gelassen: „Wir haben jede "
        "Lieferung geprüft und nichts beanstanden müssen.“ Der Markt bleibt geöffnet.\n"
    )
    qs = quotes_of(extractor, text)
    assert [(q.type, q.speaker) for q in qs] == [("direct", "Jonas Kornfeld")]
    assert qs[0].text.startswith("„Wir haben jede Lieferung")


def test_de_gloss_after_colon_in_brackets_is_no_quote(extractor: Extractor) -> None:
    text = (
        "Die Zentralbank von Morland (kurz: „ZBM“) senkte den Leitzins. Der neue Bund "
        "(übersetzt: „Front für Arbeit“) protestierte.\n"
    )
    assert run(extractor, text) == []


def test_de_name_with_contracted_preposition_is_no_quote(extractor: Extractor) -> None:
    text = "In Lindenau gründete sich gestern die „Allianz zur Rettung der Wälder“ neu.\n"
    assert run(extractor, text) == []


def test_de_partial_quote_speaker_is_the_phrase_before_the_verb(extractor: Extractor) -> None:
    # German puts the subject before the finite verb: a name after it is the object
    text = "Das Nobelkomitee würdigte Jonas Berger als „einen mutigen Vordenker“.\n"
    assert _speakers(extractor, text)[0][1] == "Das Nobelkomitee"
    # a genitive belongs to the phrase before the verb; 'sie' after it is the object
    text = (
        "Die Forscherin Lea Sommer stellte eine Studie vor. Der Geschäftsführer des VDX "
        "nannte sie „fahrlässig“ und verwies auf andere Studien.\n"
    )
    assert _speakers(extractor, text)[0][1].startswith("Der Geschäftsführer")
    # a plural object before a singular verb leaves the subject after it
    text = "Die Äußerungen der Richter bezeichnete Tobias Roth als „Unsinn aus Kassel“.\n"
    assert _speakers(extractor, text)[0][0] == "Tobias Roth"


def test_de_plain_noun_phrase_before_the_verb_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Politiker anderer Parteien haben der Ministerin Lena Vogt vorgeworfen, "
        "sie habe Zahlen verheimlicht.\n"
    )
    assert _indirect(extractor, text)[0][0] == "Politiker anderer Parteien"
    # a capitalised adverb opening the sentence is no speaker
    text = "Monatelang hat die Firma Brixel bestritten, dass die Geräte unsicher seien.\n"
    assert _indirect(extractor, text)[0][0] == "die Firma Brixel"


def test_de_carried_report_takes_the_subject_of_the_speech_verb(extractor: Extractor) -> None:
    text = (
        "Anton Brenner forderte neue Regeln für Elektroautos. Seine Forderungen wurden "
        "von der Verkehrsministerin Petra Lindqvist als unrealistisch bezeichnet. "
        "Die Fahrzeuge seien dafür nicht gebaut.\n"
    )
    assert _free_indirect(extractor, text)[0][0] == "Petra Lindqvist"


# --- agency reports (dpa style) -----------------------------------------------------------


def test_de_quoted_paper_after_the_speaker_keeps_the_report(extractor: Extractor) -> None:
    found = run(
        extractor,
        "Die Lage im Hafen sei angespannt, sagte Lotsin Frauke Imhof der „Nordsee-Zeitung“.\n\n"
        "Der Stadtrat Odo Brems sagte der „Welt“, die Fähre müsse bleiben.",
    )
    assert found == [
        ("Frauke Imhof", "Die Lage im Hafen sei angespannt"),
        ("Odo Brems", "die Fähre müsse bleiben"),
    ]


def test_de_unnamed_spokesman_is_not_the_spokesman_named_later(extractor: Extractor) -> None:
    qs = quotes_of(
        extractor,
        "Ein Sprecher des Bauamts teilte mit, die Brücke werde gesperrt.\n\n"
        "Am Abend sagte Stadtsprecher Ivo Renner, die Sperrung sei richtig.",
    )
    assert [(q.speaker, q.speaker_text) for q in qs] == [
        (None, "Ein Sprecher des Bauamts"),
        ("Ivo Renner", "Ivo Renner"),
    ]


def test_de_dateline_is_not_part_of_the_report(extractor: Extractor) -> None:
    found = run(
        extractor,
        "Lüneburg (dpa/lni) - Die Ernte fällt einer Umfrage zufolge schwächer aus als im Vorjahr.",
    )
    assert [t for _, t in found] == [
        "Die Ernte fällt einer Umfrage zufolge schwächer aus als im Vorjahr"
    ]


def test_de_age_noun_and_party_epithet_name_the_subject_before(extractor: Extractor) -> None:
    qs = quotes_of(
        extractor,
        "Trainerin Jule Amsel hat ihr Team gelobt. „Das war stark“, sagte die 39-Jährige.\n\n"
        "Bürgermeister Kai Lorenz warb für den Neubau. „Wir brauchen ihn“, sagte der "
        "CDU-Politiker der Deutschen Presse-Agentur.",
    )
    assert [(q.speaker, q.speaker_text) for q in qs] == [
        ("Jule Amsel", "die 39-Jährige"),
        ("Kai Lorenz", "der CDU-Politiker"),
    ]


def test_de_age_in_words_before_a_role_names_the_subject_before(extractor: Extractor) -> None:
    # 'die 28 Jahre alte Kreisläuferin': the age written out, then a position in the team
    qs = quotes_of(
        extractor,
        "Kapitänin Wiebke Sandrock war zufrieden. „Wir sind noch nicht am Ziel“, sagte die "
        "28 Jahre alte Kreisläuferin.",
    )
    assert [(q.speaker, q.text) for q in qs] == [
        ("Wiebke Sandrock", "„Wir sind noch nicht am Ziel“")
    ]
    found = run(
        extractor,
        "Trainer Ole Brinkhaus lobte die Abwehr. „Das war erstklassig“, sagte der "
        "54 Jahre alte Coach.",
    )
    assert found == [("Ole Brinkhaus", "„Das war erstklassig“")]


# --- speech acts summed up ('reported') -------------------------------------------------


def _reported(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    """(speaker mention, statement) of each speech act summed up."""
    return [(q.speaker_text, q.text) for q in quotes_of(extractor, text) if q.type == "reported"]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Die Gewerkschaft fordert höhere Löhne für die Pflegekräfte.\n",
            "Die Gewerkschaft",
            "Die Gewerkschaft fordert höhere Löhne für die Pflegekräfte",
        ),
        (
            "Bürgermeisterin Greta Holm sprach von einem guten Tag für die Stadt.\n",
            "Greta Holm",
            "Bürgermeisterin Greta Holm sprach von einem guten Tag für die Stadt",
        ),
        (
            "Der Verband warf dem Hersteller Täuschung der Kunden vor.\n",
            "Der Verband",
            "Der Verband warf dem Hersteller Täuschung der Kunden vor",
        ),
        (
            "Trainer Milo Sander bezeichnete die Niederlage als verdient.\n",
            "Milo Sander",
            "Trainer Milo Sander bezeichnete die Niederlage als verdient",
        ),
    ],
)
def test_de_speech_act_summed_up_is_reported(
    extractor: Extractor, text: str, speaker: str, statement: str
) -> None:
    assert _reported(extractor, text) == [(speaker, statement)]


def test_de_speech_act_needs_its_word_and_no_quotation(extractor: Extractor) -> None:
    for text in (
        # 'sprach mit' is a meeting, 'sprach sich für … aus' a stance
        "Bürgermeisterin Greta Holm sprach am Montag mit den Anwohnern.\n",
        "Bürgermeisterin Greta Holm sprach sich für den Neubau aus.\n",
        # a quoted word makes the sentence a quotation of its own
        "Trainer Milo Sander bezeichnete die Niederlage als „verdient“.\n",
        # verbs whose plain sentences are seldom reports stay out
        "Die Polizei bestätigte den Einsatz am Hafen.\n",
    ):
        assert _reported(extractor, text) == [], text


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        # a noun phrase no lexicon knows, right before or after the verb, is its subject
        (
            "Am Hafen brannte eine Halle. Passanten berichteten von dichtem Rauch über dem Dach.\n",
            "Passanten",
            "Passanten berichteten von dichtem Rauch über dem Dach",
        ),
        (
            "Der Hafen ist alt. Seit Monaten fordert der örtliche Fischereiverband eine neue Mauer.\n",
            "der örtliche Fischereiverband",
            "Seit Monaten fordert der örtliche Fischereiverband eine neue Mauer",
        ),
        # the subject by the clause's structure, not the name after the verb
        (
            "Die Staatsanwälte werfen Jan Berg Betrug vor.\n",
            "Die Staatsanwälte",
            "Die Staatsanwälte werfen Jan Berg Betrug vor",
        ),
        # verbs with the particle that closes their clause
        (
            "Die Feuerwehr geht von einem technischen Defekt aus.\n",
            "Die Feuerwehr",
            "Die Feuerwehr geht von einem technischen Defekt aus",
        ),
        (
            "Der Ministerpräsident forderte die Bürger zur Ruhe auf.\n",
            "Der Ministerpräsident",
            "Der Ministerpräsident forderte die Bürger zur Ruhe auf",
        ),
        (
            "Die Versicherung beziffert den Schaden auf zwei Millionen Euro.\n",
            "Die Versicherung",
            "Die Versicherung beziffert den Schaden auf zwei Millionen Euro",
        ),
    ],
)
def test_de_speech_act_subjects_and_particles(
    extractor: Extractor, text: str, speaker: str, statement: str
) -> None:
    assert _reported(extractor, text) == [(speaker, statement)]


def test_de_speech_act_not_another_verb(extractor: Extractor) -> None:
    for text in (
        # 'vor' is a preposition here, not the particle of 'warf … vor'
        "Die Werferin Anna Roth warf den Speer weit vor die Linie.\n",
        # 'forderte … an' is another verb; 'forderte … auf' would be a speech act
        "Der Gouverneur Tom Hale forderte die Nationalgarde an.\n",
        # the toll of a disaster, not a demand
        "Der Sturm forderte nach Behördenangaben 14 Menschenleben.\n",
        # 'sich nennen' is a name
        "Der Sänger, der sich selbst einen Poeten nannte, kam aus Bremen.\n",
    ):
        assert _reported(extractor, text) == [], text


def test_de_regular_konjunktiv_i_carries_the_report(extractor: Extractor) -> None:
    # 'verbringe', 'suche', 'plane' are in no word list: the 3sg Konjunktiv I of any verb
    # ends in -e, and after a subject that opens the sentence it is the verb
    text = (
        "Die Firmen würden durch neue Pflichten gelähmt, erklärte Verbandschef Olaf Brenner. "
        "Ein kleiner Bäckereibetrieb verbringe inzwischen viele Stunden mit Formularen. "
        "Brenner suche nun das Gespräch mit der Ministerin. Derzeit plane man eine Anhörung.\n"
    )
    found = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert found[1:] == [
        (
            "Olaf Brenner",
            "Ein kleiner Bäckereibetrieb verbringe inzwischen viele Stunden mit Formularen",
        ),
        ("Olaf Brenner", "Brenner suche nun das Gespräch mit der Ministerin"),
        ("Olaf Brenner", "Derzeit plane man eine Anhörung"),
    ]


def test_de_regular_konjunktiv_needs_a_third_person_subject(extractor: Extractor) -> None:
    # 'Ich lehne sie ab' is the first person with an object, 'die große Koalition' an
    # adjective: no report carries on
    text = (
        "Die Steuer sei falsch, sagte die Abgeordnete Vera Lind. Ich lehne sie folglich ab. "
        "Die große Koalition plante eine neue Abgabe.\n"
    )
    assert [q.text for q in quotes_of(extractor, text)] == ["Die Steuer sei falsch"]


def test_de_heisst_es_in_a_document_with_a_dated_participle(extractor: Extractor) -> None:
    # 'einer am Montag vorgestellten Umfrage': the date belongs to the participle, the
    # phrase goes on to its noun
    text = (
        "Nur wenige Betriebe hätten höhere Ausgaben geplant, heißt es in einer am Montag "
        "vorgestellten Umfrage des Handwerksverbands.\n"
    )
    assert _indirect(extractor, text)[0][0] == (
        "einer am Montag vorgestellten Umfrage des Handwerksverbands"
    )


# --- German names and lassen-cues -------------------------------------------------------


def test_de_surname_that_ends_like_an_organisation_is_kept(extractor: Extractor) -> None:
    text = (
        "Prozess in Kassel\n\n"
        "Kassel (dpa) - Oberstaatsanwältin Renate Lindstadt sprach von einem Skandal. "
        "„Hier wurde systematisch betrogen“, sagte sie vor Gericht."
    )
    assert ("Renate Lindstadt", "„Hier wurde systematisch betrogen“") in run(extractor, text)


def test_de_name_after_an_owners_role_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Niederlage im Pokal\n\n"
        "Erfurt (dpa) - Der FC Erfurt hat den SV Borkenau mit 3:0 geschlagen. Borkenaus "
        "Coach Till Wegmeyer räumte ein, sein Team sei chancenlos gewesen. Das Spiel war "
        "früh entschieden."
    )
    quotes = quotes_of(extractor, text)
    assert [(q.speaker, q.role) for q in quotes] == [("Till Wegmeyer", "Borkenaus Coach")]


def test_de_given_name_alone_after_the_full_name(extractor: Extractor) -> None:
    text = (
        "Junger Forscher ausgezeichnet\n\n"
        "Bremen (dpa) - Der Schüler Kerem Aydoğdu hat den Landeswettbewerb gewonnen. "
        "„Ich kann es noch gar nicht glauben“, sagte Kerem nach der Siegerehrung."
    )
    assert run(extractor, text) == [("Kerem Aydoğdu", "„Ich kann es noch gar nicht glauben“")]


def test_de_lassen_with_a_speech_verb_infinitive_is_a_cue(extractor: Extractor) -> None:
    text = (
        "Prozess in Köln\n\n"
        "Köln (dpa) - Der frühere Bankdirektor Heinz Albers hat die Vorwürfe zurückgewiesen. "
        "„Ich habe niemanden getäuscht“, ließ der 61-Jährige am Dienstag über seinen Anwalt "
        "vor dem Landgericht Köln erklären. Das Gericht will im März entscheiden."
    )
    quotes = quotes_of(extractor, text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Heinz Albers", "ließ … erklären")]


def test_de_outer_cue_owns_a_konjunktiv_sentence_with_a_dass_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Streit um Kosten\n\n"
        "München (dpa) - Der bayerische Ministerpräsident Anton Brandlmaier (CSU) wies die "
        "Kritik zurück. Die Kommunen hätten stets betont, dass sie zu Gesprächen bereit "
        "seien, sagte er der Zeitung. Das Wetter war schön."
    )
    assert run(extractor, text) == [
        (
            "Anton Brandlmaier",
            "Die Kommunen hätten stets betont, dass sie zu Gesprächen bereit seien",
        )
    ]


# --- which quoted passages are someone's words (detection) -------------------------------


def _quoted(extractor: Extractor, text: str) -> list[str]:
    """The passages in quote marks reported as someone's words."""
    return [q.text for q in quotes_of(extractor, text) if q.type in ("direct", "partial")]


def test_de_chanted_slogans_are_quotes_of_the_marchers(extractor: Extractor) -> None:
    text = (
        "Am Abend zogen die Demonstranten vor das Rathaus und skandierten Parolen wie "
        "zum Beispiel „Stoppt den Neubau“ oder „Der Park bleibt – jetzt und immer“.\n"
    )
    assert [(t, q) for _, t, q in _speakers(extractor, text)] == [
        ("die Demonstranten", "„Stoppt den Neubau“"),
        ("die Demonstranten", "„Der Park bleibt – jetzt und immer“"),
    ]
    text = (
        "Am Abend versammelten sich Tausende Menschen, die immer wieder skandierten: "
        "„Gebt uns unsere Stimmen zurück!“\n"
    )
    assert [t for _, t, _ in _speakers(extractor, text)] == ["die"]


def test_de_characterised_as_is_an_evaluation(extractor: Extractor) -> None:
    text = "Die Ministerin Anna Falk charakterisierte den Plan als ein „Beispiel schlechter Politik“.\n"
    assert [(s, q) for s, _, q in _speakers(extractor, text)] == [
        ("Anna Falk", "„Beispiel schlechter Politik“")
    ]


def test_de_one_word_after_sprach_von_or_als_is_a_quote(extractor: Extractor) -> None:
    text = "Die Kurse fielen stark. Händler sprachen in diesem Zusammenhang von „Panikverkäufen“.\n"
    assert [(t, q) for _, t, q in _speakers(extractor, text)] == [("Händler", "„Panikverkäufen“")]
    text = "Das Magazin Trendblick bezeichnete die Firma im Jahr 2010 als „Schattenbank“.\n"
    assert [q for _, _, q in _speakers(extractor, text)] == ["„Schattenbank“"]
    # but not a term after another verb: 'gilt als „…“'
    text = "Der Vorfall wurde mit Stufe 1 bewertet und gilt damit nicht als „Störfall“.\n"
    assert _speakers(extractor, text) == []


def test_de_capitalised_words_called_as_are_an_evaluation(extractor: Extractor) -> None:
    text = "In den Medien war der Vertrag schon als „Geschäft des Jahrzehnts“ bezeichnet worden.\n"
    assert [(t, q) for _, t, q in _speakers(extractor, text)] == [
        ("den Medien", "„Geschäft des Jahrzehnts“")
    ]


def test_de_short_statement_after_mit_den_worten(extractor: Extractor) -> None:
    text = "Die Sprecherin Eva Lenz versuchte mit den Worten zu beruhigen: „Alles ist sicher“.\n"
    assert [(s, q) for s, _, q in _speakers(extractor, text)] == [
        ("Eva Lenz", "„Alles ist sicher“")
    ]


def test_de_statement_after_a_colon_in_a_document(extractor: Extractor) -> None:
    text = (
        "Die Stadtverwaltung gab am Montag eine Stellungnahme ab. Darin steht unter anderem: "
        "„Wir bedauern den Vorfall und prüfen alle Abläufe.“\n"
    )
    assert [t for _, t, _ in _speakers(extractor, text)] == ["eine Stellungnahme"]
    text = (
        "Derzeit steht in dem Entwurf für das neue Gesetz noch der Satz: „Die Daten sind "
        "nach einem Jahr zu löschen.“\n"
    )
    assert [t for _, t, _ in _speakers(extractor, text)] == ["dem Entwurf"]


def test_de_source_phrase_without_a_person_names_the_source(extractor: Extractor) -> None:
    text = (
        "Die Themen der Schau sind nach Angaben des künstlerischen Leiters „die Stadt, das "
        "Wasser und die Zeit“.\n"
    )
    assert [t for _, t, _ in _speakers(extractor, text)] == ["Angaben des künstlerischen Leiters"]
    # a name inside the source phrase is no quotation
    text = "Laut einem Test des Magazins „Rad und Weg“ gibt es derzeit 40 Modelle.\n"
    assert _quoted(extractor, text) == []


# --- German reported speech: cues in any mood, closing 'wie'-clauses, 'Dies gab … bekannt' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing wie-clause attributes its sentence, with an adverb or an apposition
        (
            "Die Firma wird 300 Stellen streichen, wie Anna Roth gestern mitteilte.",
            [("Anna Roth", "Die Firma wird 300 Stellen streichen")],
        ),
        (
            "Die Werft wird im Herbst schließen, wie Anna Roth, Chefin der Gewerkschaft, betonte.",
            [("Anna Roth", "Die Werft wird im Herbst schließen")],
        ),
        # after 'sagte X,' or 'meinte nun,' the main clause is the report, whatever its mood
        (
            "Bei ihrem Besuch in Wien sagte Petra Lindqvist, die Regierung hielt sich an alle "
            "Zusagen.",
            [("Petra Lindqvist", "die Regierung hielt sich an alle Zusagen")],
        ),
        (
            "Ein Polizeisprecher meinte nun, der Täter „wollte sich nicht stellen“.",
            [("Ein Polizeisprecher", "der Täter „wollte sich nicht stellen“")],
        ),
        (
            "Der Sprecher teilte mit, 200 Mitarbeiter sollen entlassen werden.",
            [("Der Sprecher", "200 Mitarbeiter sollen entlassen werden")],
        ),
        # a dass-clause that opens unquoted is a report around its quoted fragment
        (
            "Jana Berg gab an, dass ihr Mandant „große Sorgen hatte“.",
            [("Jana Berg", "dass ihr Mandant „große Sorgen hatte“")],
        ),
        (
            "Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei nicht zuständig.",
            [("Die Wahlkommission", "das Gericht sei nicht zuständig")],
        ),
        # the clause opens after a name in apposition
        (
            "Am Montag meldete der Sender, Radio Alpha, dass die Sendung eingestellt wird.",
            [("der Sender", "dass die Sendung eingestellt wird")],
        ),
        # a closing 'so X' owns a report that opens unquoted, and a hyphenated role
        (
            "Die Wachleute hätten „ohne jede Warnung geschossen“, so Kerstin Adler.",
            [("Kerstin Adler", "Die Wachleute hätten „ohne jede Warnung geschossen“")],
        ),
        (
            "Die Streiks sollen über Ostern ruhen, so verdi-Sprecher Lars Brandt.",
            [("Lars Brandt", "Die Streiks sollen über Ostern ruhen")],
        ),
        # '…, so der Sender' is no clause reported by the verb before it
        (
            "Man habe den Ursprung der Störung im Ausland festgestellt, so der Sender.",
            [("der Sender", "Man habe den Ursprung der Störung im Ausland festgestellt")],
        ),
        # 'Dies gab X bekannt' with a plain noun as subject right after the verb
        (
            "Das Festival beginnt am Freitag mit einem Konzert am See. Dies gab das "
            "Organisationsteam gestern in Bonn bekannt.",
            [("das Organisationsteam", "Das Festival beginnt am Freitag mit einem Konzert am See")],
        ),
    ],
)
def test_de_reported_speech_cues(extractor: Extractor, text: str, expected: list) -> None:
    assert indirect_of(extractor, "Titel\n\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eine „Eins zu Eins“-Begegnung mit dem Minister sei nicht geplant, sagte Eva Roth.\n",
        "Das habe er laut „nachrichten.example.de“ bestritten, sagte Eva Roth.\n",
        "Der wissenschaftliche Name der Art lautet „Rana montana“, sagte Eva Roth.\n",
        "„Rote Wand“ habe in seinen Liedern gehetzt, sagte die Richterin Eva Roth.\n",
        "Die „Kampagne für ein freies Land“ berichtete über einen Marsch von 300 Menschen.\n",
        "Die „Messe für neue Musik“ – auch „Festival der Töne“ – findet seit 1998 statt.\n",
    ],
)
def test_de_quoted_names_by_their_use_are_no_quotes(extractor: Extractor, text: str) -> None:
    assert _quoted(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 'wie sehr …' is no attribution, nor a Konjunktiv 'Dieses stelle …' a confirmation
        "Die Entscheidung bleibt den Nutzern überlassen, wie sehr sie die Neuerungen "
        "willkommen heißen.",
        "Die Lage im Land bleibt angespannt. Dieses stelle eine Gefahr für die Nachbarn dar.",
        # an apposition after 'sagte Roth,' is no reported clause
        "Bei der Feier betonte Anna Roth, die Chefin der Halle, die Bedeutung der Helfer.",
    ],
)
def test_de_no_reported_speech(extractor: Extractor, text: str) -> None:
    assert indirect_of(extractor, "Titel\n\n" + text) == []


# --- who a direct quotation belongs to ---------------------------------------------------


def _direct(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker, q.speaker_text, q.text)
        for q in quotes_of(extractor, text)
        if q.type in ("direct", "partial")
    ]


def test_de_the_object_of_zitieren_said_the_words(extractor: Extractor) -> None:
    text = (
        "Die Lokalzeitung zitiert einen Anwohner mit den Worten: "
        "„Das Wasser stand plötzlich im Keller.“\n"
    )
    assert _direct(extractor, text) == [
        (None, "einen Anwohner", "„Das Wasser stand plötzlich im Keller.“")
    ]
    text = "„Wir bauen die Brücke neu“, zitiert die „Nordpost“ Jonas Brandt in einem Bericht.\n"
    # the quoted paper's name between the verb and the person is no quotation
    assert _direct(extractor, text) == [
        ("Jonas Brandt", "Jonas Brandt", "„Wir bauen die Brücke neu“")
    ]


def test_de_a_quoted_paper_after_the_verb_wrote_it(extractor: Extractor) -> None:
    text = "„Das ist ein schwarzer Tag für die Region“, schreibt „Die Zeit“.\n"
    assert _direct(extractor, text) == [
        ("„Die Zeit“", "„Die Zeit“", "„Das ist ein schwarzer Tag für die Region“")
    ]


def test_de_und_fuegt_hinzu_shares_the_subject_of_the_sentence(extractor: Extractor) -> None:
    text = (
        "Die Forscherin Lena Vogt erklärt das Ergebnis so: „Die Proben sind älter als "
        "gedacht“, und fügt hinzu: „Das überrascht uns alle.“\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Lena Vogt", "Lena Vogt"]


def test_de_short_cue_sentence_with_a_period_introduces_the_quote(extractor: Extractor) -> None:
    text = (
        "Eine Sprecherin bestätigte den Einsatz. Sie fügte hinzu. "
        "„Wir werden einige Gebiete räumen.“\n"
    )
    quotes = [q for q in quotes_of(extractor, text) if q.type == "direct"]
    assert [(q.speaker_text, q.speaker_start) for q in quotes] == [("Sie", text.index("Sie"))]


def test_de_statement_standing_alone_belongs_to_the_subject_before(extractor: Extractor) -> None:
    text = (
        "Europapolitik: Die SPD will am Kurs der Erweiterung festhalten. „Wir wollen ein "
        "Europa, auf das man sich verlassen kann.“\n\n"
        "„Wer die Verträge in Frage stellt, gefährdet den Frieden.“\n"
    )
    assert [(s, t) for s, t, _ in _direct(extractor, text)] == [
        ("SPD", "Die SPD"),
        ("SPD", "Die SPD"),
    ]
    # a new paragraph is no sentence before
    text = "Die SPD will am Kurs festhalten.\n\n„Wir wollen ein verlässliches Europa.“\n"
    assert [(s, t) for s, t, _ in _direct(extractor, text)] == [(None, None)]


def test_de_source_phrase_with_a_document_owns_a_quoted_term(extractor: Extractor) -> None:
    text = (
        "Der Grund für den Ablass in 9.150 Metern Höhe waren dem Bericht zufolge nicht näher "
        "bezeichnete „technische Probleme“, die zur Rückkehr zwangen.\n"
    )
    assert _direct(extractor, text) == [(None, "dem Bericht", "„technische Probleme“")]


def test_de_a_word_after_a_number_is_no_name(extractor: Extractor) -> None:
    text = (
        "Die Behörde veröffentlicht seit fünf Jahren Aufrufe im Amtsblatt. In 300 Metern "
        "Höhe kreiste ein Hubschrauber.\n"
    )
    names = [p.name for p in extractor.extract(article_from_text(text, "t.txt")).people]
    assert "Jahren Aufrufe" not in names and "Metern Höhe" not in names


def test_de_place_genitive_after_a_role_is_no_surname(extractor: Extractor) -> None:
    text = (
        "Die Regierung in Tonga schwieg. Lia Fenn erklärte, dass jeder künftige Präsident "
        "Tongas die Verfassung achten müsse. Sie nannte die Wahl „einen Schritt nach vorn“.\n"
    )
    names = [p.name for p in extractor.extract(article_from_text(text, "t.txt")).people]
    assert "Tongas" not in names
    assert [s for s, _, _ in _direct(extractor, text)] == ["Lia Fenn"]


def test_de_subject_with_an_apposition_before_the_verb(extractor: Extractor) -> None:
    text = (
        "John Key reiste ab. Tonga trauert. Das Staatsoberhaupt Tongas, die Königin Ana "
        "Lolo, bat Premierminister Key, ihre „tiefe Anteilnahme“ zu übermitteln.\n"
    )
    # not the Premierminister right after the verb: the one phrase before it
    assert [s for s, _, _ in _direct(extractor, text)] == ["Ana Lolo"]
    text = "Der Vizepräsident des OK, Wolfgang Niersbach, zeigte sich „sehr glücklich“.\n"
    assert [s for s, _, _ in _direct(extractor, text)] == ["Wolfgang Niersbach"]


def test_de_unknown_body_with_adjectives_opens_the_sentence(extractor: Extractor) -> None:
    text = (
        "Das staatliche Fernsehen berichtete von „schweren Verlusten des Feindes“ bei der "
        "Eroberung der Stadt durch die Armee.\n"
    )
    assert [t for _, t, _ in _direct(extractor, text)] == ["Das staatliche Fernsehen"]


def test_de_colon_without_verb_the_clause_opener_speaks(extractor: Extractor) -> None:
    text = (
        "Iwan Demjanjuk steht vor Gericht. Der Ermittler, der als wichtiger Zeuge gilt, "
        "will nach dem Abschluss des Falls Demjanjuk seine Arbeit einstellen: "
        "„Was Größeres kommt nicht nach!“\n"
    )
    assert [t for _, t, _ in _direct(extractor, text)] == ["Der Ermittler"]
    text = (
        "Das Fazit von Sandra Boser nach fünf Jahren Gemeinschaftsschule überrascht nicht: "
        "„Die Zahlen zeigen, dass die Qualität stimmt.“\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Sandra Boser"]


def test_de_statement_in_brackets_after_a_person(extractor: Extractor) -> None:
    text = (
        "Viele gratulierten, so der Regierungschef Berlusconi, der Leiter der Behörde, "
        "Mohammed ElBaradei („Mir fällt niemand ein, der das mehr verdient hätte.“), und "
        "der Ministerpräsident Jens Stoltenberg.\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Mohammed ElBaradei"]


# --- round 3 on fresh styles: APA, business, Bundestag, science, culture, social media -------


def test_de_platform_x_ends_the_sentence(extractor: Extractor) -> None:
    # 'X.' after 'Plattform' or 'auf' is the platform, not an initial ('George W. Bush')
    text = (
        "Festivalchef Dirk Lanzer wies das zurück. „Niemand hat etwas verboten“, schrieb "
        "Lanzer auf der Plattform X. Es sei nur um Technik gegangen.\n"
    )
    assert [(q.speaker, q.type) for q in quotes_of(extractor, text)] == [
        ("Dirk Lanzer", "direct"),
        ("Dirk Lanzer", "free_indirect"),
    ]


def test_de_place_or_medium_between_the_verb_and_its_clause(extractor: Extractor) -> None:
    text = "Der Innenminister Gerd Pichler sagte im ORF, die Kontrollen schadeten dem Handel.\n"
    assert indirect_of(extractor, text) == [("Gerd Pichler", "die Kontrollen schadeten dem Handel")]


def test_de_one_quoted_word_after_an_article_or_before_the_particle(
    extractor: Extractor,
) -> None:
    text = "Die Partei Rote Liste sprach von einem „Wahlkampfmanöver“.\n"
    assert _quoted(extractor, text) == ["„Wahlkampfmanöver“"]
    text = "Der Abgeordnete Kurt Wendler warf der Regierung „Staatsversagen“ vor.\n"
    assert _direct(extractor, text) == [("Kurt Wendler", "Kurt Wendler", "„Staatsversagen“")]


def test_de_zu_infinitive_opening_with_zur_is_reported(extractor: Extractor) -> None:
    text = "Die Präsidentin Hanne Sörby ermahnte ihn, zur Sache zu sprechen.\n"
    assert indirect_of(extractor, text) == [("Hanne Sörby", "zur Sache zu sprechen")]
    # a plain phrase with 'zur' after the comma stays the reporter's
    text = "Der Minister Jan Holm lobte die Helfer, zur Freude der Anwohner.\n"
    assert indirect_of(extractor, text) == []


def test_de_age_noun_used_again_later_is_the_same_person(extractor: Extractor) -> None:
    text = (
        "Die Pflegerin Renate Ohlsen hat im Lotto gewonnen. Die 52-Jährige arbeitet weiter. "
        "Ihr Mann Klaus Ohlsen hat gekündigt. Ihr sei das Spenden wichtig gewesen, sagt die "
        "52-Jährige.\n"
    )
    found = [(q.speaker, q.speaker_text) for q in quotes_of(extractor, text)]
    assert found == [("Renate Ohlsen", "die 52-Jährige")]


def test_de_possessive_source_phrase_names_its_owner(extractor: Extractor) -> None:
    text = (
        "Der Analyst Peter Nowacki lobte den Schritt. Nach seiner Einschätzung könnten weitere "
        "Einschnitte folgen.\n"
    )
    found = [
        (q.speaker, q.speaker_text) for q in quotes_of(extractor, text) if q.type == "indirect"
    ]
    assert found == [("Peter Nowacki", "seiner Einschätzung")]


def test_de_colon_statement_with_its_own_subject_is_no_continuation(
    extractor: Extractor,
) -> None:
    text = (
        "„Sie verschieben die Rechnung“, rief der Abgeordnete Rainer Tiedke. Aus den Reihen "
        "der FDP kam der Zwischenruf: „Sie haben doch nichts investiert!“\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Rainer Tiedke", "FDP"]


def test_de_single_guillemets_at_the_top_level(extractor: Extractor) -> None:
    text = "Der Autor Henrik Solvang sagte: ›Ich bin zufrieden.‹\n"
    assert _direct(extractor, text) == [
        ("Henrik Solvang", "Henrik Solvang", "›Ich bin zufrieden.‹")
    ]
    # nested in »…« they stay inside; arrows between words open nothing
    text = "»Als mein Verleger sagte: ›Das liest keiner‹, schrieb ich weiter«, erzählte Henrik Solvang.\n"
    assert [t for _, _, t in _direct(extractor, text)] == [
        "»Als mein Verleger sagte: ›Das liest keiner‹, schrieb ich weiter«"
    ]
    assert _quoted(extractor, "Startseite › Kultur › Bühne\n") == []


def test_de_quotation_opening_the_text_after_a_headline(extractor: Extractor) -> None:
    # the headline's last word is no noun the quotation names
    text = "Streit um das Theater\n\n„Ich habe weitergemacht“, erzählte der Autor Henrik Solvang.\n"
    assert _direct(extractor, text) == [
        ("Henrik Solvang", "Henrik Solvang", "„Ich habe weitergemacht“")
    ]


def test_de_year_then_full_stop_ends_the_sentence(extractor: Extractor) -> None:
    text = (
        "Laut Stadtwerk stammen die Bauten aus der Zeit vor 1970. Viele Fenster seien nie "
        "erneuert worden, teilte das Unternehmen mit.\n"
    )
    assert indirect_of(extractor, text) == [
        ("Stadtwerk", "stammen die Bauten aus der Zeit vor 1970."),
        ("das Unternehmen", "Viele Fenster seien nie erneuert worden"),
    ]


def test_de_speech_verb_in_konjunktiv_is_part_of_the_report(extractor: Extractor) -> None:
    # 'verspreche' is no attribution by the reporter: the sentence goes on reporting Wagner
    text = (
        "Die Pläne seien „reine Show“, sagte der Abgeordnete Florian Wagner. Seit Jahren "
        "verspreche die Stadtregierung Sanierungen, umgesetzt werde aber kaum etwas.\n"
    )
    found = [(q.speaker, q.text) for q in quotes_of(extractor, text) if q.type != "partial"]
    assert found[-1] == (
        "Florian Wagner",
        "Seit Jahren verspreche die Stadtregierung Sanierungen, umgesetzt werde aber kaum etwas",
    )


def test_de_profession_epithet_describes_the_subject_before(extractor: Extractor) -> None:
    text = (
        "„Viele Gletscher verschwinden“, sagt Studienleiterin Corinna Aebli. Die Forscherin "
        "betont jedoch, dass jedes Zehntelgrad zähle.\n"
    )
    assert [(q.speaker, q.speaker_text) for q in quotes_of(extractor, text)] == [
        ("Corinna Aebli", "Corinna Aebli"),
        ("Corinna Aebli", "Die Forscherin"),
    ]


def test_de_organisation_noun_points_back_to_the_named_one(extractor: Extractor) -> None:
    text = (
        "Die Nachrichtenagentur Nordpress meldete Unruhen. „Es gibt viele Verletzte“, schrieb "
        "die Agentur.\n"
    )
    assert _direct(extractor, text) == [("Nordpress", "die Agentur", "„Es gibt viele Verletzte“")]


def test_de_hiess_es_darin_names_the_text_before(extractor: Extractor) -> None:
    text = (
        "In einer Aussendung kritisierte die Arbeiterkammer die Pläne. Die Quote müsse "
        "verdoppelt werden, hieß es darin.\n"
    )
    assert indirect_of(extractor, text) == [
        ("einer Aussendung", "Die Quote müsse verdoppelt werden")
    ]


def test_de_verb_of_a_later_main_clause_does_not_attribute(extractor: Extractor) -> None:
    text = (
        "Der Senator Jan Olsen lobte die Idee. Allerdings sei das heutige Verfahren „veraltet“, "
        "denn es könne durch sogenannte Sonderfonds, kurz „Töpfe“ genannt, umgangen werden.\n"
    )
    # not the noun before the verb of the next clause ('genannt'): the senator's report
    assert [(s, q) for s, _, q in _direct(extractor, text)] == [("Jan Olsen", "„veraltet“")]


def test_de_inverted_cue_after_a_comma_names_the_speaker(extractor: Extractor) -> None:
    text = (
        "Die Präsidentin Mara Lind besuchte das Lager. Sie sei „zutiefst erschüttert“ über "
        "das Unglück, sagte die Präsidentin, ihre „Gedanken sind bei den Familien“.\n"
    )
    got = [(t, q) for _, t, q in _direct(extractor, text)]
    assert got == [
        ("die Präsidentin", "„zutiefst erschüttert“"),
        ("die Präsidentin", "„Gedanken sind bei den Familien“"),
    ]
    # a comma closing an apposition before the verb is no inverted clause
    text = (
        "Der frühere Senator, Henning Roth (SPD), warnte die CDU vor einem „populistischen "
        "Wahlkampf“.\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Henning Roth"]


def test_de_full_name_in_the_genitive_is_the_same_person(extractor: Extractor) -> None:
    text = (
        "Die Abgeordnete Swenja Hartwig trat zurück. Die Fraktion wollte über die Absetzung "
        "Swenja Hartwigs beraten. In einer Erklärung erklärte die Fraktion zum Rücktritt "
        "Hartwigs, sie nehme die Entscheidung „zur Kenntnis“.\n"
    )
    names = [p.name for p in extractor.extract(article_from_text(text, "t.txt")).people]
    assert "Swenja Hartwigs" not in names
    assert [t for _, t, _ in _direct(extractor, text)] == ["die Fraktion"]


def test_de_a_year_ends_its_sentence(extractor: Extractor) -> None:
    text = (
        "Ministerin Eva Roth verglich die Lage mit der Zeit vor 1933. Dabei griff sie den "
        "Präsidenten Omar Tal an: „Wer so redet, kann keine Nachsicht erwarten.“\n"
    )
    quotes = [q for q in quotes_of(extractor, text) if q.type == "direct"]
    assert [(q.speaker_text, q.speaker_start) for q in quotes] == [("sie", text.index("sie den"))]


def test_de_a_quote_whose_verb_names_nobody_takes_the_report_around_it(
    extractor: Extractor,
) -> None:
    text = (
        "Die Fraktionschefin Renate Kühn nahm den Bericht zum Anlass für einen Appell. Kühn "
        "sagte, es müsse Schluss sein mit dem Zögern. Es drohe „eine Erwärmung um sechs Grad, "
        "die nur durch schnelles Handeln abgewendet werden kann“.\n"
    )
    got = [(s, q) for s, _, q in _direct(extractor, text) if "Erwärmung" in q]
    assert got and got[0][0] == "Renate Kühn"


def test_de_a_single_quoted_noun_in_a_report_is_a_term(extractor: Extractor) -> None:
    text = (
        "Der Physiker Jan Olsen hat lange geforscht. Die Grundlage der Technik seien "
        "„Plasmawellen“, eine Entdeckung aus dem Jahr 1942.\n"
    )
    assert not [q for _, _, q in _direct(extractor, text) if q == "„Plasmawellen“"]


def test_de_nach_eigenen_angaben_is_the_subjects_own_account(extractor: Extractor) -> None:
    text = (
        "Der Bruder des Ministers, Georg Maier, war nach eigenem Bekunden lange eingeweiht. "
        "Der Rücktritt sei ein „natürlicher Vorgang“.\n"
    )
    got = [(q.speaker, q.speaker_text) for q in quotes_of(extractor, text)]
    # the phrase stays the mention (as annotators mark it), but it names Georg Maier
    assert got and all(g == ("Georg Maier", "eigenem Bekunden") for g in got)


def test_de_the_source_nearest_the_quote_scopes_it(extractor: Extractor) -> None:
    text = (
        "Nach Angaben des Landesamtes handelt es sich um eine neue Art der Werbung, die "
        "jedoch nach Bewertung der Staatsanwaltschaft „keinen Anlass für strafrechtliche "
        "Ermittlungen“ gibt.\n"
    )
    assert [t for _, t, q in _direct(extractor, text)] == ["der Staatsanwaltschaft"]


def test_de_letztere_is_the_person_named_last(extractor: Extractor) -> None:
    text = (
        "Vor dem Käfig standen der Sänger Tom Berg und die Moderatorin Nina Sommer. „Das Leid "
        "der Tiere geht weiter“, so letztere.\n"
    )
    assert [(s, t) for s, t, _ in _direct(extractor, text)] == [("Nina Sommer", "letztere")]


def test_de_a_time_after_a_name_is_not_its_surname(extractor: Extractor) -> None:
    text = (
        "Auf der Konferenz hat der Chefentwickler Kevin Lorenz Anfang April neue Pläne "
        "vorgestellt. „Das wird das größte Update aller Zeiten“, zitiert die „Technikwoche“ "
        "Lorenz in einem Bericht.\n"
    )
    names = [p.name for p in extractor.extract(article_from_text(text, "t.txt")).people]
    assert "Kevin Lorenz" in names
    assert [s for s, _, _ in _direct(extractor, text)] == ["Kevin Lorenz"]


def test_de_mit_diesen_worten_then_the_subject_after_the_verb(extractor: Extractor) -> None:
    text = (
        "Der Trainer Marco Sella kehrt zurück. Er war früher in Rom tätig. „Guten Tag, da bin "
        "ich wieder“, mit diesen Worten meldete er sich auf der Pressekonferenz zurück.\n"
    )
    quotes = [q for q in quotes_of(extractor, text) if q.type == "direct"]
    assert [(q.speaker, q.speaker_start) for q in quotes] == [
        ("Marco Sella", text.index("er sich"))
    ]


def test_de_subject_with_a_chain_of_appositions_before_the_verb(extractor: Extractor) -> None:
    text = (
        "Der Gewerkschafter Hans Kolbe ist tot. Der Vorsitzende der Gewerkschaft ver.di, "
        "Nachfolgerin der ÖTV, Frank Bsirske, würdigte Kolbe heute als „eine große "
        "Persönlichkeit“.\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Frank Bsirske"]


def test_de_von_quote_sprechen_then_the_subject_after_the_verb(extractor: Extractor) -> None:
    text = (
        "Von „absichtlicher“ oder „bewusster Täuschung“ sprechen Medienberichte heute im "
        "Zusammenhang mit der Arbeit des früheren Ministers Karl Brenner.\n"
    )
    assert [t for _, t, _ in _direct(extractor, text)] == ["Medienberichte", "Medienberichte"]


def test_de_a_source_past_a_colon_does_not_reach_back(extractor: Extractor) -> None:
    text = (
        "Zwar hatte Verteidiger Jonas Haller betont, der Angeklagte sei nicht „gefährlich“, "
        "doch die Richterin blieb hart: Eine mildere Strafe sei nicht vermittelbar, „wenn "
        "jemand betrunken einen Radfahrer anfährt“, so Richterin Ute Brand.\n"
    )
    assert [s for s, _, _ in _direct(extractor, text)] == ["Jonas Haller", "Ute Brand"]


def test_de_phrase_ending_in_a_name_before_the_verb_is_that_person(
    extractor: Extractor,
) -> None:
    text = "Hamburgs neuer Polizeichef Jan Berger warnte vor „gefährlichen Zuständen“ am Hafen.\n"
    assert _direct(extractor, text) == [("Jan Berger", "Jan Berger", "„gefährlichen Zuständen“")]
    # a name after a preposition is no subject
    text = "Zusammen mit Ministerin Eva Roth spricht Jan Berg von einem „Neuanfang“ für alle.\n"
    got = _direct(extractor, text)
    assert [t for _, _, t in got] == ["„Neuanfang“"] and got[0][0] != "Eva Roth"


# --- round 4 on fresh styles: Spiegel, FAZ, court, football, study, profile, feature -------


def test_de_description_looks_past_quotation_sentences(extractor: Extractor) -> None:
    # 'der 44-Jährige' and 'die Psychologin': the subject before the quotations, also
    # across one sentence that names nobody
    text = (
        "„Wir waren zu passiv“, sagte Trainer Holger Franke. „Das muss besser werden.“ Die "
        "Abwehr sei „zu weit weg“ gewesen, kritisierte der 44-Jährige.\n\n"
        "Projektleiterin Carla Neumeister sagte: „Viele Kinder schlafen zu wenig.“ Rund zehn "
        "Prozent seien betroffen. Eltern müssten handeln, so die Psychologin.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text) if q.type == "indirect"]
    assert got == [
        ("Holger Franke", "Die Abwehr sei „zu weit weg“ gewesen"),
        ("Carla Neumeister", "Eltern müssten handeln"),
    ]


def test_de_description_stops_at_a_new_unnamed_subject(extractor: Extractor) -> None:
    text = (
        "Die Anwältin Petra Kranz beantragte eine Pause.\n\n"
        "Eine Zeugin schilderte den Abend. Der Mann sei ruhig gewesen, sagte die 70-Jährige.\n"
    )
    got = [(q.speaker, q.speaker_text) for q in quotes_of(extractor, text) if q.type == "indirect"]
    assert got == [(None, "die 70-Jährige")]


def test_de_role_nobody_holds_describes_the_subject_before(extractor: Extractor) -> None:
    text = (
        "Kapitän Timo Brandl sprach von einem Rückschlag. Man habe gezeigt, dass die "
        "Mannschaft Moral habe, sagte der Mittelfeldspieler.\n"
    )
    assert [q.speaker for q in quotes_of(extractor, text) if q.type == "indirect"] == [
        "Timo Brandl"
    ]


def test_de_epithet_after_a_pronoun_subject(extractor: Extractor) -> None:
    text = (
        "Bürgermeisterin Hanna Lott (SPD) regiert seit 2019. Sie joggt jeden Morgen. Ein "
        "Urlaub sei nicht geplant, erzählt die SPD-Politikerin.\n"
    )
    assert [q.speaker for q in quotes_of(extractor, text) if q.type == "indirect"] == ["Hanna Lott"]


def test_de_feminine_role_is_not_the_man_with_the_masculine_one(extractor: Extractor) -> None:
    text = (
        "Wirtschaftsministerin Eva Lindner und Umweltminister Jan Brockmann streiten. "
        "„Das geht so nicht“, sagt die Ministerin.\n"
    )
    assert run(extractor, text) == [("Eva Lindner", "„Das geht so nicht“")]


def test_de_next_sentence_points_back_at_the_quotation(extractor: Extractor) -> None:
    text = (
        "Der Imker Olaf Wendt klagt über den Winter. „Wir verlieren jedes Jahr Völker.“ Das "
        "sagt Mira Kessel vom Bienenverband. Die Forscherin sammelt Daten.\n\n"
        "Sein Nachbar Jonas Reiter hat aufgegeben. „Es lohnt sich nicht mehr.“ Der 40-Jährige "
        "sagt das ohne Groll.\n"
    )
    assert run(extractor, text) == [
        ("Mira Kessel", "„Wir verlieren jedes Jahr Völker.“"),
        ("Jonas Reiter", "„Es lohnt sich nicht mehr.“"),
    ]


def test_de_quotation_opening_a_paragraph_then_its_speaker(extractor: Extractor) -> None:
    text = (
        "Die letzten Bäcker\n\n"
        "„Früher gab es hier fünf Bäckereien.“ Karl Ostermann steht in seiner Backstube und "
        "knetet Teig.\n"
    )
    assert run(extractor, text) == [("Karl Ostermann", "„Früher gab es hier fünf Bäckereien.“")]


def test_de_colon_announces_reported_speech_of_the_clause_subject(extractor: Extractor) -> None:
    text = (
        "„Wir brauchen das Geld“, sagte Kämmerer Ralf Seidl. Stadträtin Helga Brunner hielt "
        "dagegen: Andere Städte hätten gute Erfahrungen gemacht.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text) if q.type != "direct"]
    assert got == [("Helga Brunner", "Andere Städte hätten gute Erfahrungen gemacht")]


def test_de_outer_cue_with_a_name_after_it_owns_the_sentence(extractor: Extractor) -> None:
    text = (
        "Betriebsrat Uwe Pfeiffer war enttäuscht. Noch im Mai habe der Vorstand zugesichert, "
        "dass das Werk bleibe, sagte Pfeiffer.\n"
    )
    assert [(q.speaker, q.text) for q in quotes_of(extractor, text)] == [
        ("Uwe Pfeiffer", "Noch im Mai habe der Vorstand zugesichert, dass das Werk bleibe")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Fälle nehmen zu. Ältere sollten sich impfen lassen, empfiehlt die "
            "Impfkommission.\n",
            [("die Impfkommission", "Ältere sollten sich impfen lassen")],
        ),
        (
            "Die Fälle nehmen zu. Eltern sollten den Impfpass prüfen, rät der Berufsverband.\n",
            [("der Berufsverband", "Eltern sollten den Impfpass prüfen")],
        ),
        (
            "Richter Bernd Kohl machte deutlich, dass das Gericht die Aussage prüfen werde.\n",
            [("Bernd Kohl", "dass das Gericht die Aussage prüfen werde")],
        ),
        (
            "Dalberg widersprach. Man könne nicht alles verschieben, sagte er am Abend in der "
            "ARD-Sendung „Abendrunde“.\n",
            [("er", "Man könne nicht alles verschieben")],
        ),
    ],
)
def test_de_round4_report_cues(extractor: Extractor, text: str, expected: list) -> None:
    assert indirect_of(extractor, text) == expected


def test_de_laut_in_the_attribution_of_a_quotation_is_no_report(extractor: Extractor) -> None:
    text = (
        "„Wir haben damit gerechnet“, sagte Präsident Mikko Laine dem Sender Yle laut einer "
        "Übersetzung der Agentur STT.\n"
    )
    assert [(q.type, q.speaker) for q in quotes_of(extractor, text)] == [("direct", "Mikko Laine")]


def test_de_interview_credit_line_is_no_answer(extractor: Extractor) -> None:
    text = (
        "Die Forscherin Ute Falk über Züge\n\n"
        "SZ: Frau Falk, warum sind die Züge so spät?\n\n"
        "Falk: Das Netz ist zu alt.\n\n"
        "SZ: Was hilft?\n\n"
        "Falk: Geld, über viele Jahre.\n\n"
        "Interview: Moritz Lehner\n"
    )
    assert [(q.speaker, q.text) for q in quotes_of(extractor, text)] == [
        ("Ute Falk", "Das Netz ist zu alt."),
        ("Ute Falk", "Geld, über viele Jahre."),
    ]


def test_de_organisation_name_before_its_head(extractor: Extractor) -> None:
    text = "Die Zahlen steigen. „Das ist gefährlich“, warnt das Robert Koch-Institut.\n"
    assert _direct(extractor, text) == [
        ("Robert Koch-Institut", "das Robert Koch-Institut", "„Das ist gefährlich“")
    ]


# --- round 5: ten fresh articles ---------------------------------------------------------


def test_de_participle_inside_a_report_before_sagte_x(extractor: Extractor) -> None:
    text = (
        "Die Juristin Karla Wendt wies die Kritik zurück. Man habe für die nächste Runde ein "
        "Angebot angekündigt, sagte die Juristin.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text) if q.type == "indirect"]
    assert got == [("Karla Wendt", "Man habe für die nächste Runde ein Angebot angekündigt")]


def test_de_relative_clause_after_the_speaker_is_no_report(extractor: Extractor) -> None:
    text = "„Es hat laut gekracht“, berichtete eine Passantin, die hinter dem Bus stand.\n"
    assert [q.text for q in quotes_of(extractor, text)] == ["„Es hat laut gekracht“"]


def test_de_paper_in_an_interview_is_no_quotation(extractor: Extractor) -> None:
    text = "Nora Lenz sagte in einem Interview mit dem „Tagesboten“, niemand werde entlassen.\n"
    assert run(extractor, text) == [("Nora Lenz", "niemand werde entlassen")]


@pytest.mark.parametrize(
    "description", ["Die Sozialdemokratin", "Die Italienerin", "Die Französin"]
)
def test_de_party_and_nationality_describe_the_subject_before(
    extractor: Extractor, description: str
) -> None:
    text = (
        f"Spitzenkandidatin Greta Voss sprach vor Anhängern. {description} kündigte an, "
        "Gespräche mit allen Parteien zu führen.\n"
    )
    assert [q.speaker for q in quotes_of(extractor, text) if q.type == "indirect"] == ["Greta Voss"]


def test_de_description_after_an_inverted_pronoun_subject(extractor: Extractor) -> None:
    text = (
        "Produzent Olaf Brink verteidigte die Pause. „Sie hat viel gearbeitet“, sagte er der "
        "dpa. Sie habe sich die Auszeit verdient. Ein Album sei fast fertig, verriet der "
        "Musiker.\n"
    )
    got = [q.speaker for q in quotes_of(extractor, text) if q.text.startswith("Ein Album")]
    assert got == ["Olaf Brink"]


def test_de_pronoun_after_an_unnamed_subject_is_not_the_named_one(
    extractor: Extractor,
) -> None:
    text = (
        "Die Verhandlungsführerin Jana Rook nannte den Streik „maßlos“. Eine Krankenpflegerin, "
        "die am Bahnhof wartete, zeigte Verständnis. „Die verdienen zu wenig“, sagte sie.\n"
    )
    assert run(extractor, text) == [
        ("Jana Rook", "„maßlos“"),
        (None, "„Die verdienen zu wenig“"),
    ]


def test_de_das_teilte_x_mit_leaves_the_dateline_out(extractor: Extractor) -> None:
    text = (
        "Kiel (dpa) - Die Werft Nordhaven will 300 Stellen streichen. Das teilte das "
        "Unternehmen am Montag mit.\n"
    )
    got = [q.text for q in quotes_of(extractor, text)]
    assert got == ["Die Werft Nordhaven will 300 Stellen streichen"]


def test_de_hiess_es_reports_an_indicative_clause(extractor: Extractor) -> None:
    text = (
        "Die Gewerkschaft kritisierte die Dienstpläne. Viele Fahrer arbeiten an der Grenze, "
        "hieß es in einer Mitteilung.\n"
    )
    assert [q.text for q in quotes_of(extractor, text)] == ["Viele Fahrer arbeiten an der Grenze"]
    # 'das heißt' explains; nobody speaks
    assert quotes_of(extractor, "Das heißt, wir müssen sparen.\n") == []


def test_de_nach_angaben_in_a_quotes_attribution_reports_nothing(extractor: Extractor) -> None:
    text = (
        "„Europa muss handeln“, sagte Präsident Jean Roux nach Angaben seines Büros. Eine "
        "Lösung sei nicht in Sicht.\n"
    )
    assert run(extractor, text) == [
        ("Jean Roux", "„Europa muss handeln“"),
        ("Jean Roux", "Eine Lösung sei nicht in Sicht"),
    ]


def test_de_vorsteherin_is_a_role_before_the_name(extractor: Extractor) -> None:
    text = "«Wir bauen neue Wege», sagte Bauvorsteherin Regula Tschudin am Dienstag.\n"
    assert run(extractor, text) == [("Regula Tschudin", "«Wir bauen neue Wege»")]


def test_de_angreifer_describes_the_subject_before(extractor: Extractor) -> None:
    text = (
        "Der Stürmer Paolo Brenner wechselt wohl. Brenner selbst hielt sich bedeckt. "
        "„Ich spiele einfach weiter“, sagte der Angreifer.\n"
    )
    assert run(extractor, text) == [("Paolo Brenner", "„Ich spiele einfach weiter“")]


def test_de_quote_closed_in_the_next_paragraph_without_reopening(extractor: Extractor) -> None:
    text = (
        "Die Klägerin Jana Voss zeigte sich erleichtert.\n\n"
        "„Wir hatten recht. Das Gericht hat es bestätigt.\n\n"
        "Jetzt muss die Regierung handeln“, sagte die 41-Jährige.\n"
    )
    got = run(extractor, text)
    assert len(got) == 1 and got[0][0] == "Jana Voss"
    assert got[0][1].startswith("„Wir hatten recht.") and got[0][1].endswith("handeln“")


def test_de_one_sentence_paragraph_introduces_the_quote_after_it(extractor: Extractor) -> None:
    text = (
        "Streit im Studio\n\n"
        "Die Ökonomin Dr. Judith Maurer widersprach beiden.\n\n"
        "„Die Zahlen sprechen eine andere Sprache. Da stimmt etwas nicht.“\n"
    )
    assert run(extractor, text) == [
        ("Judith Maurer", "„Die Zahlen sprechen eine andere Sprache. Da stimmt etwas nicht.“")
    ]


def test_de_lowercase_quoted_magazine_name_is_no_quote(extractor: Extractor) -> None:
    text = "Der Verein soll zehn Millionen fordern.\n\nAuch der „kicker“ bestätigt das Interesse.\n"
    assert not [q for q in quotes_of(extractor, text) if "kicker" in q.text]


def test_de_auf_die_frage_ob_is_the_reporters_question(extractor: Extractor) -> None:
    text = "Auf die Frage, ob das Geld reiche, antwortete Ministerin Eva Lorenz knapp.\n"
    assert quotes_of(extractor, text) == []


def test_de_more_konjunktiv_forms_carry_a_report_on(extractor: Extractor) -> None:
    text = (
        "„Das reicht nicht“, sagte Verbandschef Tom Achterberg. Eine starre Frist ohne "
        "Ausnahmen genüge nicht. Die Stadt hinke anderen Städten hinterher.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Tom Achterberg"] * 3


def test_de_nationals_describe_the_subject_before(extractor: Extractor) -> None:
    text = (
        "Trainer Rui Mendes haderte mit dem Schiedsrichter. Es habe ein klares Foul gegeben, "
        "sagte der Portugiese.\n\n"
        "Innenministerin Vera Huber kündigte Härte an. „Wer blockiert, begeht eine Straftat“, "
        "sagte die Bayerin.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Rui Mendes", "Vera Huber"]


def test_de_mit_diesen_worten_in_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "Der Minister Karl Brandt verteidigte das Gesetz. Oppositionschef Jan Roth hielt "
        "dagegen.\n\n"
        "„Wir bleiben hier, bis das Gesetz fällt.“ Mit diesen Worten verabschiedete sich Roth "
        "am Abend von den Demonstranten.\n"
    )
    assert run(extractor, text) == [("Jan Roth", "„Wir bleiben hier, bis das Gesetz fällt.“")]


def test_de_auf_die_frage_eines_journalisten_is_no_konjunktiv_report(
    extractor: Extractor,
) -> None:
    text = (
        "Regierungssprecher Paul Weber sagte, die Lage sei ernst. Auf die Frage eines "
        "Journalisten, ob der Kanzler verärgert sei, antwortete Weber ausweichend.\n"
    )
    assert [t for _, t in run(extractor, text)] == ["die Lage sei ernst"]


def test_de_a_vorstand_with_a_name_is_a_board_member(extractor: Extractor) -> None:
    text = (
        "Der Kaufmännische Vorstand der Klinik, Ralf Gerstner, bedauerte den Streik. "
        "„Wir bleiben gesprächsbereit.“\n\n"
        "Finanzvorstand Eva Kluge sagte, das Angebot sei fair.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Ralf Gerstner", "Eva Kluge"]


def test_de_management_is_a_speaking_body(extractor: Extractor) -> None:
    text = (
        "Der Sänger Falk Morgen hat seine Tournee abgesagt. Grund seien gesundheitliche "
        "Probleme, teilte sein Management am Donnerstag mit.\n"
    )
    got = quotes_of(extractor, text)
    assert [(q.speaker, q.text) for q in got] == [(None, "Grund seien gesundheitliche Probleme")]


def test_de_entfalle_carries_a_report_on(extractor: Extractor) -> None:
    text = (
        "Die Sprecherin Anna Lorenz sagte, das Paket umfasse 17 Milliarden Euro. Ein Drittel "
        "davon entfalle auf Subventionen.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Anna Lorenz", "Anna Lorenz"]


def test_de_wollte_wissen_asks_a_question(extractor: Extractor) -> None:
    text = (
        "Sprecher Paul Weber sagte, die Lage sei ernst. Ob die Kürzungen noch verhandelbar "
        "seien, wollte eine Korrespondentin wissen.\n"
    )
    got = quotes_of(extractor, text)
    assert [q.text for q in got] == [
        "die Lage sei ernst",
        "Ob die Kürzungen noch verhandelbar seien",
    ]
    assert got[1].speaker is None and got[1].speaker_text == "eine Korrespondentin"


def test_de_nationality_dane_points_back(extractor: Extractor) -> None:
    text = (
        "Trainer Sören Lindqvist war enttäuscht. Sein Team habe zu viele Chancen vergeben, "
        "sagte der Däne.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Sören Lindqvist"]


def test_de_planerin_is_the_stadtplanerin_named_before(extractor: Extractor) -> None:
    text = (
        "Die Stadtplanerin Ilse Brucker kritisiert die Pläne. Brucker überzeugt das nicht. "
        "„Wir haben lange genug gewartet“, sagt die Planerin.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Ilse Brucker"]


def test_de_headline_quote_takes_the_speaker_of_its_repeat_in_the_body(
    extractor: Extractor,
) -> None:
    text = (
        "Neue Brücke: „Wir bauen am falschen Ort“\n\n"
        "Die Ingenieurin Maren Tolksdorf hält nichts von dem Entwurf. „Wir bauen am falschen "
        "Ort“, sagt Tolksdorf.\n"
    )
    got = run(extractor, text)
    assert [s for s, _ in got] == ["Maren Tolksdorf"]


def test_de_konjunktiv_sentences_keep_the_speaker_for_a_later_epithet(
    extractor: Extractor,
) -> None:
    text = (
        "Fraktionschefin Hilde Marquardt sagte, der Park sei unverzichtbar. Familien "
        "müssten einen Ort haben. Wenn der Park verschwinde, fehle der Stadt ein Treffpunkt. "
        "„Wir geben den Park nicht auf“, sagte die CDU-Politikerin.\n"
    )
    assert [s for s, _ in run(extractor, text)] == ["Hilde Marquardt"] * 4


def test_de_subject_with_relative_clause_is_no_report(extractor: Extractor) -> None:
    text = (
        "Bahnchefin Vera Lomann sagte, das Ziel sei erreichbar. Die Managerin, die im "
        "Sommer von einer Reederei gekommen war, räumte Fehler ein. Man habe zu wenig "
        "investiert.\n"
    )
    got = run(extractor, text)
    assert [t for _, t in got] == ["das Ziel sei erreichbar", "Man habe zu wenig investiert"]
    assert [s for s, _ in got] == ["Vera Lomann"] * 2


def test_de_short_first_part_of_a_split_quote_is_kept(extractor: Extractor) -> None:
    text = (
        "Minister Otto Pfeil will nicht sparen. „Bei der Rente“, sagte Pfeil, „wird es "
        "keine Kürzungen geben.“\n"
    )
    assert run(extractor, text) == [
        ("Otto Pfeil", "„Bei der Rente“"),
        ("Otto Pfeil", "„wird es keine Kürzungen geben.“"),
    ]


# --- roles shown next to the speaker ----------------------------------------------------


def speaker_roles(extractor: Extractor, text: str) -> dict[str | None, str | None]:
    return {q.speaker: q.role for q in quotes_of(extractor, text)}


def test_de_role_keeps_the_place_in_the_genitive(extractor: Extractor) -> None:
    text = (
        "„Wir bleiben hart“, sagte Bayerns Innenminister Karl Obermoser am Montag. "
        "„Wir müssen reden“, sagte Hamburgs neuer Polizeichef Sven Kruppa. "
        "Auch Brandls langjähriger Gitarrist Timo Weckerle meldete sich: „Er kommt zurück.“\n"
    )
    assert speaker_roles(extractor, text) == {
        "Karl Obermoser": "Bayerns Innenminister",
        "Sven Kruppa": "Hamburgs neuer Polizeichef",
        "Timo Weckerle": "Brandls langjähriger Gitarrist",
    }


def test_de_role_keeps_its_adjective_in_the_form_after_a_name(extractor: Extractor) -> None:
    text = (
        "„Das ist nicht hinnehmbar“, sagte der österreichische Innenminister Gerold Pfanzagl. "
        "„Das Urteil ist rechtskräftig“, sagte die Vorsitzende Richterin Anke Lohmeyer. "
        "„Das Paket ist unseriös“, sagte der haushaltspolitische Sprecher der Grünen, Jan Voss.\n"
    )
    assert speaker_roles(extractor, text) == {
        "Gerold Pfanzagl": "österreichischer Innenminister",
        "Anke Lohmeyer": "Vorsitzende Richterin",
        "Jan Voss": "haushaltspolitischer Sprecher der Grünen",
    }


def test_de_role_before_two_titles_and_in_the_dative(extractor: Extractor) -> None:
    text = (
        "„Die Werte sind alarmierend“, sagte Projektleiterin Prof. Dr. Ute Marwitz. "
        "Ein Ratgeber stammt von dem Psychologen Tilman Haberecht. "
        "„Geld allein macht nicht glücklich“, sagte Haberecht.\n"
    )
    assert speaker_roles(extractor, text) == {
        "Ute Marwitz": "Projektleiterin",
        "Tilman Haberecht": "Psychologe",
    }


def test_de_role_words_for_party_staff_and_occupations(extractor: Extractor) -> None:
    text = (
        "„Wir sparen“, sagte Finanzvorständin Ilka Brandes. "
        "„Das reicht nicht“, sagte CDU-Fraktionsvize Udo Kemmer. "
        "„Die Mieten steigen“, sagte Verbandsobfrau Gerlinde Aigner. "
        "„Ich friere“, sagte die Rentnerin Hedwig Polster. "
        "„Wir streiken“, rief Verdi-Sekretärin Nora Quast.\n"
    )
    assert speaker_roles(extractor, text) == {
        "Ilka Brandes": "Finanzvorständin",
        "Udo Kemmer": "CDU-Fraktionsvize",
        "Gerlinde Aigner": "Verbandsobfrau",
        "Hedwig Polster": "Rentnerin",
        "Nora Quast": "Verdi-Sekretärin",
    }


def test_de_apposition_role_is_no_clause(extractor: Extractor) -> None:
    text = (
        "„Wir klagen“, sagte Anton Weissgerber, der frühere Präsident des Vereins. "
        "„Ich war es nicht“, sagte Bernd Kahlert, hat aber inzwischen einen Rechtsanwalt.\n"
    )
    assert speaker_roles(extractor, text) == {
        "Anton Weissgerber": "früherer Präsident des Vereins",
        "Bernd Kahlert": None,
    }


def test_de_apposition_after_role_with_multiword_organisation(extractor: Extractor) -> None:
    # 'sagte die Chefin der IG Metall, Sabine Roth, am Montag': the name in apposition
    # after a role whose genitive is a name of several words (or an acronym) is the speaker
    text = (
        "Der Streit geht weiter. „Das Angebot ist zu klein“, sagte die Bezirksleiterin der "
        "IG Metall, Sabine Wendtland, am Montag in Kassel. „Wir sind bereit.“ "
        "„Wir warten ab“, sagte der Sprecher der Deutschen Bahn, Jens Ortwein, in Berlin."
    )
    got = run(extractor, text)
    assert ("Sabine Wendtland", "„Das Angebot ist zu klein“") in got
    assert ("Jens Ortwein", "„Wir warten ab“") in got


def test_de_report_in_headline_is_not_a_quotation(extractor: Extractor) -> None:
    # a headline sums up the story: 'Verdi droht mit Warnstreiks' there is no report, but
    # the same words in the body are
    text = (
        "Tarifrunde: Verdi droht mit Warnstreiks\n\n"
        "Kassel - Der Streit geht weiter. Die Gewerkschaft droht mit Warnstreiks."
    )
    got = run(extractor, text)
    assert all("Tarifrunde" not in t for _, t in got)
    assert any(t.startswith("Die Gewerkschaft droht") for _, t in got)


def spoken(extractor: Extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Quotation text -> (speaker, speaker mention as written)."""
    return {q.text: (q.speaker, q.speaker_text) for q in quotes_of(extractor, text)}


def test_de_sie_with_a_plural_verb_is_they(extractor: Extractor) -> None:
    # 'Sie stellten … dar', '„…“, sagten sie': a plural verb makes 'sie' 'they', not the
    # woman named before; a singular verb keeps her
    text = (
        "Die Ministerin Anna Roth sprach am Montag in Bonn. Ihre Sprecher und andere "
        "Mitarbeiter erklärten danach, die Rede sei kein Kurswechsel. Sie stellten nur eine "
        "„Klarstellung“ der Linie dar.\n\n"
        "Die Forscher Jan Hell und Eva Berg sahen das anders. „Das ist falsch“, sagten sie.\n\n"
        "Anna Roth lobte die Reform. Sie sprach von einem „großen Schritt“."
    )
    got = spoken(extractor, text)
    assert got["„Klarstellung“"] == (None, "Ihre Sprecher und andere Mitarbeiter")
    assert got["„Das ist falsch“"] == (None, "Die Forscher Jan Hell und Eva Berg")
    assert got["„großen Schritt“"] == ("Anna Roth", "Sie")


def test_de_plural_sie_points_at_the_plural_subject_before(extractor: Extractor) -> None:
    # a plural 'sie' stands for the plural subject of its own or the sentence before:
    # 'Zwei Richter', 'Die Gewerkschaften', 'Experten'; no such subject leaves 'sie'
    text = (
        "Zwei Richter am Landgericht Kornbach widersprachen dem Urteil. Der Beschluss "
        "verletze die Verfassung, schrieben sie.\n\n"
        "Die Gewerkschaften lehnten den Entwurf am Dienstag ab. Sie forderten, der Lohn "
        "müsse steigen.\n\n"
        "Ihre Bedenken richten sich gegen die Frist. Sie nannten sie einen „faulen Trick“.\n\n"
        "Nach dem Treffen in Lindau verlangen sie, die Förderung müsse bleiben."
    )
    recs = quotes_of(extractor, text)
    got = {q.text: (q.speaker, q.speaker_text) for q in recs}
    assert got["Der Beschluss verletze die Verfassung"] == (
        None,
        "Zwei Richter am Landgericht Kornbach",
    )
    assert got["der Lohn müsse steigen"] == (None, "Die Gewerkschaften")
    assert got["„faulen Trick“"] == (None, "Sie")
    assert got["die Förderung müsse bleiben"] == (None, "sie")
    q = next(q for q in recs if q.speaker_text == "Die Gewerkschaften")
    assert text[q.speaker_start : q.speaker_end] == "Die Gewerkschaften"


def test_de_heisst_es_in_a_relative_clause_is_the_antecedent(extractor: Extractor) -> None:
    # '…, in denen es … heißt, dass …': the texts the relative clause points back to speak,
    # not the subject of the main clause (past the verb particle 'auf')
    text = (
        "Der Minister Karl Ebner griff damit den Tenor der Staatsmedien auf, in denen es zu "
        "dem Streit auch heißt, dass die Opposition nur ein „Papiertiger“ sei."
    )
    got = spoken(extractor, text)
    assert got["„Papiertiger“"] == (None, "den Tenor der Staatsmedien")
    assert all(speaker != "Karl Ebner" for speaker, _ in got.values())


def test_de_demonstrative_speech_noun_in_the_next_sentence(extractor: Extractor) -> None:
    # 'Von diesem Versprechen des damaligen Bürgermeisters X …', 'Diese Worte der
    # Ministerin …': the owner named by the next sentence said it
    text = (
        "Der Bau der Brücke, der 2001 unter Führung der Firma Nordbau beschlossen wurde, "
        "sollte „den Wohlstand der ganzen Region“ sichern. Von diesem Versprechen des "
        "damaligen Bürgermeisters Karl Ebner ist wenig geblieben.\n\n"
        "„Wir schaffen das bis Weihnachten.“ Diese Worte der Ministerin Anna Roth sorgten "
        "für Spott."
    )
    got = spoken(extractor, text)
    assert got["„den Wohlstand der ganzen Region“"][0] == "Karl Ebner"
    assert got["„Wir schaffen das bis Weihnachten.“"][0] == "Anna Roth"


def test_de_passive_without_agent_names_nobody(extractor: Extractor) -> None:
    # what was described is never the speaker: a passive with no agent, or 'hieß es' with
    # no text named, keeps the quotation but names no one; an agent still speaks
    text = (
        "Die Wolken, die als „bedrohlich“ beschrieben wurden, zogen nach Osten.\n\n"
        "Über die Details war man sich nicht einig, hieß es, sicher sei jedoch, dass in der "
        "Pflege „händeringend“ Fachkräfte gesucht würden.\n\n"
        "Die Pläne wurden von der Ministerin Anna Roth als „Unsinn“ bezeichnet."
    )
    got = spoken(extractor, text)
    assert got["„bedrohlich“"] == (None, None)
    assert got["„händeringend“"] == (None, None)
    assert got["„Unsinn“"][0] == "Anna Roth"


def test_de_passive_source_with_a_web_address(extractor: Extractor) -> None:
    # 'In einem Bericht von ndr.de werden … als „…“ bezeichnet': the report is the source,
    # and the Konjunktiv sentences after it carry it on
    text = (
        "Der Sprecher Jan Roth sagte, die Lage sei ruhig.\n\n"
        "In einem Bericht von ndr.de werden die Vorkehrungen als „extrem“ bezeichnet. "
        "Mehrere Tausend Beamte seien im Einsatz gewesen."
    )
    quotes = quotes_of(extractor, text)
    extrem = next(q for q in quotes if q.text == "„extrem“")
    assert extrem.speaker_text == "einem Bericht von ndr.de"
    carried = next(q for q in quotes if q.text.startswith("Mehrere Tausend"))
    assert (carried.speaker, carried.speaker_text) == (None, "einem Bericht von ndr.de")


def test_de_von_phrase_then_a_body_no_lexicon_knows(extractor: Extractor) -> None:
    # 'Von einem „…“ spricht der Gesetzentwurf, wenn Daten „…“': the subject after the
    # verb, for the quotation in the wenn-clause too
    text = (
        "Von einem „schweren Eingriff in die Privatsphäre“ spricht der Gesetzentwurf, wenn "
        "Daten „gezielt gesammelt und ausgewertet werden“."
    )
    got = spoken(extractor, text)
    assert got["„gezielt gesammelt und ausgewertet werden“"] == (None, "der Gesetzentwurf")


def test_de_relative_pronoun_subject_speaks_for_its_antecedent(extractor: Extractor) -> None:
    # '…, die die Gefahr einer „…“ beschwören': the body the relative clause is about, not
    # the main clause's subject; with a subject of its own the clause keeps it
    text = (
        "Der Präsident unterstützt eine scharfe Rhetorik des Verbandes der Kriegsveteranen, "
        "die die Gefahr einer „Invasion durch Fremde“ beschwören.\n\n"
        "Die Rede, die der Minister Karl Ebner als „Unsinn“ bezeichnete, war kurz."
    )
    got = spoken(extractor, text)
    assert got["„Invasion durch Fremde“"][1] == "des Verbandes der Kriegsveteranen"
    assert got["„Unsinn“"][0] == "Karl Ebner"


def test_de_statement_right_before_an_attributed_one(extractor: Extractor) -> None:
    # '„…“ „…“, so die Vorwürfe der Anwältin': nothing between the two, so both are hers
    text = (
        "Der Richter Karl Ebner schweigt. Die Anwältin nennt das einen Skandal. „Das hätte "
        "nicht passieren dürfen.“ „Hätte der Richter gehandelt, wäre das Unglück nicht "
        "passiert“, so die Vorwürfe der Anwältin."
    )
    got = spoken(extractor, text)
    assert got["„Das hätte nicht passieren dürfen.“"][1] == "der Anwältin"
    assert got["„Hätte der Richter gehandelt, wäre das Unglück nicht passiert“"][1] == (
        "der Anwältin"
    )


def test_de_clause_after_a_speech_noun_with_an_owner(extractor: Extractor) -> None:
    # 'Auf den Vorwurf der Opposition, es handele sich um einen „…“, entgegnete X': the
    # owner's words, not X's; 'X ist der Meinung, dass …' (no owner) stays X's
    text = (
        "Auf den Vorwurf der Opposition, es handele sich um einen „Wahlkampftrick“, "
        "entgegnete der Minister Jan Roth, das sei falsch.\n\n"
        "Der Minister bestritt die Behauptung des Abgeordneten Karl Ebner, dass die Lage "
        "„außer Kontrolle“ sei.\n\n"
        "Die Richterin Eva Berg ist der Meinung, dass die Klage „unbegründet“ sei."
    )
    got = spoken(extractor, text)
    assert got["„Wahlkampftrick“"] == (None, "den Vorwurf der Opposition")
    assert got["„außer Kontrolle“"][0] == "Karl Ebner"
    assert got["„unbegründet“"][0] == "Eva Berg"


# --- round 10: court, company, council, sport and science reports ------------------------


def records(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.type, q.speaker, q.speaker_text, q.text) for q in quotes_of(extractor, text)]


def test_de_let_speak_closes_the_inner_report(extractor: Extractor) -> None:
    # 'Er habe nicht bemerkt, dass …, ließ der 44-Jährige über seinen Verteidiger erklären':
    # the closing 'ließ X erklären' reports the whole clause, not 'bemerkt, dass …'
    text = (
        "Der Angeklagte Paul Wiesner räumte den Unfall ein. Er habe aber nicht bemerkt, dass "
        "die Frau gestürzt sei, ließ der 44-Jährige über seinen Verteidiger erklären. Hätte er "
        "es gesehen, hätte er sofort angehalten."
    )
    got = run(extractor, text)
    assert ("Paul Wiesner", "Er habe aber nicht bemerkt, dass die Frau gestürzt sei") in got
    assert ("Paul Wiesner", "Hätte er es gesehen, hätte er sofort angehalten") in got


def test_de_witness_is_a_role_but_not_in_flugzeuge(extractor: Extractor) -> None:
    text = (
        "Ein Zeuge meldete sich bei der Polizei. Der Wagen sei nicht gebremst worden, sagte "
        "der Zeuge. Die Flugzeuge seien zu laut gewesen, sagte die Zeugin. Die Flugzeuge "
        "landeten. Es sei spät gewesen, sagten die Flugzeuge."
    )
    roles = [(q.speaker_text, q.role) for q in quotes_of(extractor, text)]
    assert ("der Zeuge", "Zeuge") in roles
    assert ("die Zeugin", "Zeugin") in roles
    assert ("die Flugzeuge", None) in roles


def test_de_number_before_a_function_word_ends_the_sentence(extractor: Extractor) -> None:
    # 'an der Stelle 70. Bei …': an ordinal is never followed by a preposition
    text = (
        "Ein Gutachter erklärte, der Wagen sei zu schnell gewesen. Erlaubt seien an der Stelle "
        "70. Bei angepasster Geschwindigkeit wäre der Unfall vermeidbar gewesen, sagte der "
        "Sachverständige. Der Prozess beginnt am 3. Mai."
    )
    texts = [t for _, t in run(extractor, text)]
    assert "Erlaubt seien an der Stelle 70." in texts
    assert "Bei angepasster Geschwindigkeit wäre der Unfall vermeidbar gewesen" in texts


def test_de_no_speaker_after_the_verb_means_no_closing_attribution(
    extractor: Extractor,
) -> None:
    # 'Schulen, die das ausprobiert hätten, berichteten von wacheren Schülern': the nouns
    # after 'von' are no speaker, and with none after the verb its subject is before the
    # comma; the sentence carries the expert's report on
    text = (
        "Der Präsident der Gesellschaft, Bernd Kühlwein, forderte einen späteren Schulbeginn. "
        "Ein späterer Beginn würde vielen helfen, sagte er. Schulen, die das ausprobiert "
        "hätten, berichteten von wacheren und besser gelaunten Schülern. „Der Körper tickt "
        "einfach anders.“"
    )
    got = records(extractor, text)
    assert (
        "free_indirect",
        "Bernd Kühlwein",
        "er",
        "Schulen, die das ausprobiert hätten, berichteten von wacheren und besser gelaunten "
        "Schülern",
    ) in got
    assert ("direct", "Bernd Kühlwein", "er", "„Der Körper tickt einfach anders.“") in got


def test_de_preterite_looking_konjunktiv_between_reports(extractor: Extractor) -> None:
    # 'Viele Jugendliche schauten noch nach Mitternacht auf den Bildschirm': a general claim
    # in what looks like the preterite, between two parts of one report, is Konjunktiv II
    text = (
        "„Das Handy raubt den Schlaf“, sagte die Forscherin Hanna Vogel. Viele Jugendliche "
        "schauten noch nach Mitternacht auf den Bildschirm. Das Licht bremse die Müdigkeit.\n\n"
        "Die Polizei sei vor Ort, sagte der Sprecher Max Ruland. Sirenen heulten, Hubschrauber "
        "kreuzten über der Stadt. Die Lage sei unklar."
    )
    got = run(extractor, text)
    assert (
        "Hanna Vogel",
        "Viele Jugendliche schauten noch nach Mitternacht auf den Bildschirm",
    ) in got
    assert all(not t.startswith("Sirenen") for _, t in got)


def test_de_konjunktiv_ii_of_strong_verbs_and_subject_with_preposition(
    extractor: Extractor,
) -> None:
    # 'entstünden', 'bräche' are Konjunktiv II; 'Die Umstellung auf Elektroautos
    # verschärfe …' is a Konjunktiv I after a subject with a prepositional phrase
    text = (
        "Die Zufahrt sei schon heute überlastet, sagte Stadtrat Karl Gruber. Wenn dort Wohnungen "
        "entstünden, bräche der Verkehr zusammen.\n\n"
        "Viele Zulieferer stünden unter Druck, sagte der Experte Stefan Lohr. Die Umstellung auf "
        "Elektroautos verschärfe die Lage."
    )
    got = run(extractor, text)
    assert ("Karl Gruber", "Wenn dort Wohnungen entstünden, bräche der Verkehr zusammen") in got
    assert ("Stefan Lohr", "Die Umstellung auf Elektroautos verschärfe die Lage") in got


def test_de_role_opening_a_sentence_passes_on_to_an_epithet(extractor: Extractor) -> None:
    # 'Der Fraktionschef wies den Vorwurf zurück. …, sagte der Freie-Wähler-Politiker.'
    text = (
        "Der Fraktionschef der Freien Wähler, Manfred Gleixner, verteidigte die Vertagung.\n\n"
        "Die SPD-Fraktionsvorsitzende Gudrun Maidl warf beiden Seiten Wahlkampf vor. „Hier "
        "geht es um Menschen“, sagte sie.\n\n"
        "Der Fraktionschef wies den Vorwurf zurück. Mit Wahlkampf habe die Vertagung nichts zu "
        "tun, sagte der Freie-Wähler-Politiker."
    )
    got = run(extractor, text)
    assert ("Manfred Gleixner", "Mit Wahlkampf habe die Vertagung nichts zu tun") in got


def test_de_goalkeeper_synonym_and_answer_to_a_question(extractor: Extractor) -> None:
    # 'der Schlussmann' is the goalkeeper named before; 'antwortete der Zeuge' after the
    # lawyer's question is not the lawyer
    text = (
        "Torhüter Philipp Sander hielt lange. Beim Ausgleich sei ihm die Sicht verdeckt "
        "gewesen, erklärte der Schlussmann.\n\n"
        "Rechtsanwalt Uwe Kallner hakte nach. Ob er den Mann wirklich erkannt habe, wollte er "
        "wissen. „Ich bin mir sicher“, antwortete der Zeuge."
    )
    got = run(extractor, text)
    assert ("Philipp Sander", "Beim Ausgleich sei ihm die Sicht verdeckt gewesen") in got
    assert ("Uwe Kallner", "„Ich bin mir sicher“") not in got
    assert (None, "„Ich bin mir sicher“") in got


# --- German round 11: Swiss wire copy, press review, parliament, ticker, police ---------


def test_de_swiss_given_names_and_a_woman_named_by_her_city(extractor: Extractor) -> None:
    # 'Urs' and 'Livia' are given names; 'die Zürcherin' is the woman just named
    text = (
        "Bern (SDA) - Die Vorlage ist umstritten. Verkehrsministerin Petra Amsler verteidigte "
        "sie.\n\n"
        "Skeptisch zeigte sich FDP-Ständerat Urs Kälin (SZ). Der Bund solle sich heraushalten, "
        "sagte er.\n\n"
        "Ein Abbau sei falsch, sagte Livia Moser vom Mieterverband. Sie verwies auf eine Studie. "
        "„Die Mieten steigen seit Jahren“, sagte die Zürcherin."
    )
    got = run(extractor, text)
    assert ("Urs Kälin", "Der Bund solle sich heraushalten") in got
    assert ("Livia Moser", "„Die Mieten steigen seit Jahren“") in got


def test_de_article_gives_the_sex_of_a_unisex_name(extractor: Extractor) -> None:
    # 'Merle' is given to both sexes; 'Die Abgeordnete' makes her a woman, so 'sagte sie'
    # is not the minister before her
    text = (
        "Die Ministerin Anna Vogt wies die Vorwürfe zurück. „Das stimmt nicht“, sagte sie.\n\n"
        "Die Grünen-Abgeordnete Merle Tews forderte mehr Busse. „Ein Bus steht den ganzen Tag "
        "im Depot“, sagte sie."
    )
    got = run(extractor, text)
    assert ("Merle Tews", "„Ein Bus steht den ganzen Tag im Depot“") in got


def test_de_spoke_of_a_quoted_phrase_with_a_genitive(extractor: Extractor) -> None:
    # capitalised words with 'der' look like a name, but a name takes no 'einem'
    text = (
        "Hannover – Der Landtag stritt über Schulbusse. Der Abgeordnete Dieter Rahn sprach von "
        "einem „Totalversagen der Landesregierung“."
    )
    got = run(extractor, text)
    assert ("Dieter Rahn", "„Totalversagen der Landesregierung“") in got


def test_de_press_review_papers_speak(extractor: Extractor) -> None:
    # a quoted paper opening a clause before a colon, also after 'die in X erscheinende';
    # a lowercase quoted name; 'das Blatt' and 'die Zeitung' point back to the last paper
    text = (
        "Berlin (dpa) - Die Kommentatoren sind sich uneins. Eine Auswahl:\n\n"
        "Die „Nordpost“ sieht vor allem die Handwerker in der Pflicht: „Das schönste Programm "
        "nützt nichts ohne Termine.“\n\n"
        "Die in Kassel erscheinende „Hessische Rundschau“ erinnert an die Wende: „Viele haben "
        "damals schon einmal modernisiert.“\n\n"
        "Die „woz“ zieht ein gemischtes Fazit. Für das Klima sei der Kompromiss zu wenig. "
        "„Manchmal ist das Mögliche besser als das Richtige“, schreibt das Blatt.\n\n"
        "Die „Westküsten Zeitung“ warnt vor Erwartungen. Die Zahl der Anträge werde nicht über "
        "Nacht steigen, meint die Zeitung."
    )
    got = run(extractor, text)
    assert ("„Nordpost“", "„Das schönste Programm nützt nichts ohne Termine.“") in got
    assert ("„Hessische Rundschau“", "„Viele haben damals schon einmal modernisiert.“") in got
    assert ("„woz“", "Für das Klima sei der Kompromiss zu wenig") in got
    assert ("„woz“", "„Manchmal ist das Mögliche besser als das Richtige“") in got
    assert (
        "„Westküsten Zeitung“",
        "Die Zahl der Anträge werde nicht über Nacht steigen",
    ) in got


def test_de_report_after_a_quote_given_to_the_subject_before(extractor: Extractor) -> None:
    # the quotation has no speech verb: its speaker is the subject of the sentence before,
    # and the Konjunktiv sentence right after it is hers too
    text = (
        "Hohenfels – Hacker legten die Stadt lahm.\n\n"
        "18.05 Uhr: Bürgermeisterin Daniela Wirth wendet sich in einer Videobotschaft an die "
        "Bürger. „Ich weiß, dass viele vor verschlossenen Türen standen. Dafür bitte ich um "
        "Entschuldigung.“ Die Verwaltung arbeite mit Hochdruck an einer Lösung."
    )
    got = run(extractor, text)
    assert ("Daniela Wirth", "Die Verwaltung arbeite mit Hochdruck an einer Lösung") in got


def test_de_heisst_es_bei_after_a_timestamp(extractor: Extractor) -> None:
    # '13.15 Uhr: Beim Rechenzentrum, das …, heißt es, …': the body after 'beim' opens the
    # clause behind the timestamp, though a relative clause stands between
    text = (
        "Hohenfels – Hacker legten die Stadt lahm.\n\n"
        "13.15 Uhr: Beim Rechenzentrum Südwest, das die IT der Stadt betreut, heißt es, man "
        "habe den Angriff um 6.40 Uhr bemerkt."
    )
    got = {q.text: q.speaker_text for q in quotes_of(extractor, text)}
    assert got["man habe den Angriff um 6.40 Uhr bemerkt"] == "Rechenzentrum"


def test_de_own_account_and_a_bare_plural_subject(extractor: Extractor) -> None:
    # 'nach eigenen Angaben von einem Knall geweckt': 'von' names no further source;
    # 'Umweltverbände forderten strengere Regeln': the bare plural before its verb speaks
    text = (
        "Heilbronn – Es brannte im Keller. Eine Anwohnerin wurde nach eigenen Angaben von "
        "einem lauten Knall geweckt.\n\n"
        "Umweltverbände forderten derweil strengere Regeln für den Flugverkehr. Zahlen "
        "nannten sie nicht."
    )
    got = {q.text: q.speaker_text for q in quotes_of(extractor, text)}
    assert "eigenen Angaben" in got.values()
    assert got["Umweltverbände forderten derweil strengere Regeln für den Flugverkehr"] == (
        "Umweltverbände"
    )
    assert got.get("Zahlen nannten sie nicht") != "Zahlen"  # the object fronted


# --- reported speech (Indirect): sources, nouns of saying, clause ends --------------------


def reports(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    """(speaker_text, text) of every report (indirect, free_indirect)."""
    return [
        (q.speaker_text, q.text)
        for q in quotes_of(extractor, text)
        if q.type in ("indirect", "free_indirect")
    ]


def test_de_source_after_laut_stops_at_its_name(extractor: Extractor) -> None:
    # an acronym is a noun: 'laut NDR deutsche Staatsbürger' names NDR, not the citizens
    text = (
        "Die Konten wurden gesperrt. Alle sind laut NDR deutsche Staatsbürger, die meisten "
        "hätten eine zweite Staatsbürgerschaft.\n"
    )
    got = reports(extractor, text)
    assert got and got[0][0] == "NDR"


def test_de_source_before_zufolge_leaves_out_the_verb(extractor: Extractor) -> None:
    # 'Sie stammen Berichten zufolge …': 'stammen' is the verb, not an adjective
    text = "Die Männer wurden festgenommen. Sie stammen Berichten zufolge aus Hamburg.\n"
    got = reports(extractor, text)
    assert got and {s for s, _ in got} == {"Berichten"}


def test_de_model_designation_ends_a_sentence(extractor: Extractor) -> None:
    text = (
        "Der Absturz betraf einen Hubschrauber vom Typ Mi-8. Der Pilot habe noch versucht "
        "zu landen, sagte ein Sprecher.\n"
    )
    got = reports(extractor, text)
    assert ("ein Sprecher", "Der Pilot habe noch versucht zu landen") in got


def test_de_fronted_als_phrase_subject_after_the_verb(extractor: Extractor) -> None:
    text = (
        "Als Gründe für die niedrigen Zahlen führt der Bericht schwere Mängel im "
        "Rechtssystem an, für die ein schlechtes Gesetz verantwortlich sei.\n"
    )
    got = reports(extractor, text)
    assert ("der Bericht", "für die ein schlechtes Gesetz verantwortlich sei") in got


def test_de_zu_clause_after_a_noun_is_no_relative_clause(extractor: Extractor) -> None:
    text = "Die Partei beschloss am Sonntag, der Koalition beizutreten.\n"
    assert reports(extractor, text) == [("Die Partei", "der Koalition beizutreten")]


def test_de_frames_result_and_thesis(extractor: Extractor) -> None:
    text = (
        "Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.\n\n"
        "Der Forscher stellte die These auf, dass die Stadt zu klein ist.\n"
    )
    got = reports(extractor, text)
    assert ("Die Experten", "dass es keine Beweise gebe") in got
    assert ("Der Forscher", "dass die Stadt zu klein ist") in got


def test_de_more_speech_verbs_and_frames(extractor: Extractor) -> None:
    text = (
        "Aus dem Bericht geht hervor, dass die Kosten stiegen.\n\n"
        "Der Trainer ist zuversichtlich, dass das Team gewinnt.\n\n"
        "Die Klausel besagt, dass der Käufer zahlen muss.\n\n"
        "Der Verein erwähnte auch, dass er einen Trainer suche.\n"
    )
    got = [t for _, t in reports(extractor, text)]
    assert got == [
        "dass die Kosten stiegen",
        "dass das Team gewinnt",
        "dass der Käufer zahlen muss",
        "dass er einen Trainer suche",
    ]


def test_de_nach_a_plan_or_draft_is_a_source(extractor: Extractor) -> None:
    text = "Nach dem Gesetzentwurf sollen die Gemeinden mehr Geld erhalten.\n"
    got = reports(extractor, text)
    assert got == [("dem Gesetzentwurf", "sollen die Gemeinden mehr Geld erhalten")]


def test_de_relative_source_nach_denen(extractor: Extractor) -> None:
    text = (
        "Es gibt auch Gerüchte, nach denen der Sänger schwer krank war.\n\n"
        "Er sieht Parallelen zu dem Brand im Jahr 2007, nach dem das Werk stillgelegt "
        "worden war.\n"
    )
    got = reports(extractor, text)
    assert ("denen", "der Sänger schwer krank war") in got
    assert not any("stillgelegt" in t for _, t in got)  # 'nach dem' after an event: a time


def test_de_clause_after_a_noun_of_saying(extractor: Extractor) -> None:
    text = (
        "Das Wetter war schlecht.\n\n"
        "Von dem Minister liegt nur die Äußerung vor, er werde sich später äußern.\n\n"
        "Die Fans reagierten auf die Forderung des Trainers Max Roth, das Stadion zu "
        "verlassen.\n\n"
        "Nach der Rede, die er hielt, gingen alle.\n"
    )
    got = reports(extractor, text)
    assert ("dem Minister", "er werde sich später äußern") in got
    assert ("Max Roth", "das Stadion zu verlassen") in got
    assert len(got) == 2


def test_de_quoted_name_in_the_speakers_apposition(extractor: Extractor) -> None:
    text = (
        "Der Pilot wurde verletzt. Sie seien jedoch außer Lebensgefahr, sagte Mark Olsen, "
        "der Sprecher der „Aktion Sauber“.\n"
    )
    assert ("Mark Olsen", "Sie seien jedoch außer Lebensgefahr") in reports(extractor, text)


def test_de_report_ends_before_the_next_clause(extractor: Extractor) -> None:
    text = (
        "Er glaubt, dass das Team stärker geworden sei: „Wir haben viel gelernt.“\n\n"
        "Der Minister sagte, Europa brauche die Briten und fügte hinzu: „Das ist klar.“\n\n"
        "Hieß es zunächst, dass die Fahrgäste schuld seien, wird nun gezahlt.\n"
    )
    got = [t for _, t in reports(extractor, text)]
    assert "dass das Team stärker geworden sei" in got
    assert "Europa brauche die Briten" in got
    assert "dass die Fahrgäste schuld seien" in got


def test_de_second_speaker_after_doch(extractor: Extractor) -> None:
    text = (
        "Der Präsident sagte, der Minister sei tot, doch ein Sprecher der UN erklärte, den "
        "Tod nicht bestätigen zu können.\n"
    )
    got = reports(extractor, text)
    assert ("Der Präsident", "der Minister sei tot") in got
    assert ("ein Sprecher der UN", "den Tod nicht bestätigen zu können") in got


def test_de_attribution_inside_the_statement(extractor: Extractor) -> None:
    text = (
        "Das Wetter war gut. Der Präsident sei, so der Sprecher, schuld daran, dass die Lage "
        "eskaliert sei.\n\n"
        "Die Reform, sagte der Minister, werde viel Geld kosten.\n\n"
        "Die Lage sei ernst, sagte Eva Roth, Ministerin für Umwelt.\n"
    )
    got = reports(extractor, text)
    assert ("der Sprecher", "Der Präsident sei") in got
    assert ("der Sprecher", "schuld daran, dass die Lage eskaliert sei") in got
    assert ("der Minister", "Die Reform") in got
    assert ("der Minister", "werde viel Geld kosten") in got
    assert ("Eva Roth", "Die Lage sei ernst") in got
    assert not any("Ministerin" in t for _, t in got)


# --- German round 12 ----------------------------------------------------------------------


def test_de_age_and_role_describe_the_one_person_without_a_role(extractor: Extractor) -> None:
    text = (
        "Mira Falkenrath dreht ihren ersten Film\n\n"
        "Berlin - Lange wollte Mira Falkenrath keinen Film über ihre Familie drehen. Ihr "
        "Vater, der Maler Otto Brenning, war dagegen. Am Freitag war die Premiere.\n\n"
        "„Ich habe lange gezögert“, sagt die 48-jährige Regisseurin. Den Film nennt sie "
        "heute „einen späten Brief“.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Mira Falkenrath", "„Ich habe lange gezögert“") in got
    assert ("Mira Falkenrath", "„einen späten Brief“") in got


def test_de_role_of_nobody_with_two_roleless_people_stays_open(extractor: Extractor) -> None:
    text = (
        "Premiere in Hamburg\n\n"
        "Hamburg - Mira Falkenrath und Lena Brenning kamen zur Premiere. Der Saal war "
        "voll.\n\n"
        "„Ich habe lange gezögert“, sagt die 48-jährige Regisseurin.\n"
    )
    assert [q.speaker for q in quotes_of(extractor, text)] == [None]


def test_de_shared_surname_alone_is_the_headline_person(extractor: Extractor) -> None:
    text = (
        "Mira Falkenrath verfilmt das Buch ihrer Mutter\n\n"
        "Berlin - Der Roman der Schriftstellerin Hedwig Falkenrath erschien 1990.\n\n"
        "Falkenrath nimmt die Kritik gelassen. „Wer lachen will, soll das Buch lesen“, "
        "sagt sie.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert got == [("Mira Falkenrath", "„Wer lachen will, soll das Buch lesen“")]


def test_de_konjunktiv_sentence_with_its_own_pronoun_and_verb(extractor: Extractor) -> None:
    text = (
        "Im Saal saß auch der Dichter Arno Weidlich. Seine Freundin Ilse Kramm habe den Film "
        "nie sehen wollen, erzählte er. Sie habe immer gesagt, ihr Buch sei fertig. Er "
        "glaube aber, sie wäre heute stolz gewesen. „Sie hätte gelacht.“\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Ilse Kramm", "ihr Buch sei fertig") in got
    assert ("Arno Weidlich", "Er glaube aber, sie wäre heute stolz gewesen") in got
    assert ("Arno Weidlich", "„Sie hätte gelacht.“") in got


def test_de_colon_after_a_konjunktiv_clause_carries_the_report(extractor: Extractor) -> None:
    text = (
        "Die Regisseurin Mira Falkenrath lobt ihre Hauptdarstellerin. Jana Roth habe eine "
        "seltene Gabe: Sie könne still sein, ohne leer zu wirken. Dass der Film so ruhig "
        "erzählt wird, sei auch ihr Verdienst. „Jana hält jede Großaufnahme aus.“\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert (
        "Mira Falkenrath",
        "Jana Roth habe eine seltene Gabe: Sie könne still sein, ohne leer zu wirken",
    ) in got
    assert (
        "Mira Falkenrath",
        "Dass der Film so ruhig erzählt wird, sei auch ihr Verdienst",
    ) in got
    assert ("Mira Falkenrath", "„Jana hält jede Großaufnahme aus.“") in got


def test_de_relative_clause_after_a_quoted_paper(extractor: Extractor) -> None:
    text = (
        "Die Kritik war geteilt. Freundlicher urteilte die „Kieler Rundschau“, die von "
        "einem „stillen Meisterwerk“ sprach.\n"
    )
    got = [(q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert got == [("die „Kieler Rundschau“", "„stillen Meisterwerk“")]


def test_de_interview_question_label_in_capitals_and_a_report_in_a_question(
    extractor: Extractor,
) -> None:
    text = (
        "„Wir haben das unterschätzt“\n\n"
        "Die Psychologin Vera Lindqvist forscht in Greifswald über Einsamkeit.\n\n"
        "ZEIT ONLINE: Frau Lindqvist, Sie sprechen von einer Krise. Ist das übertrieben?\n\n"
        "Lindqvist: Nein. Die Zahlen sind eindeutig.\n\n"
        "ZEIT ONLINE: Der Soziologe Tim Barkow hat geschrieben, die Debatte sei eine Mode.\n\n"
        "Lindqvist: Da irrt er. Der Anstieg ist klar.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text) if q.speaker is not None]
    assert got == [
        ("Vera Lindqvist", "Nein. Die Zahlen sind eindeutig."),
        ("Tim Barkow", "die Debatte sei eine Mode"),
        ("Vera Lindqvist", "Da irrt er. Der Anstieg ist klar."),
    ]


def test_de_quoted_nickname_between_given_name_and_surname(extractor: Extractor) -> None:
    text = (
        "Lerchenau glich durch einen Elfmeter von Kapitän Florian „Flo“ Brackmann aus.\n\n"
        "Flo Brackmann lobte die Mannschaft. „Wir haben nie aufgegeben“, meinte der "
        "Kapitän.\n"
    )
    got = run(extractor, text)
    assert got == [("Florian Brackmann", "„Wir haben nie aufgegeben“")]


def test_de_age_nouns_tell_two_brothers_apart(extractor: Extractor) -> None:
    text = (
        "Der Sieger war Timo Arndsen. Sein Bruder Lukas Arndsen hatte zuvor getroffen.\n\n"
        "„Das ist bitter für mich“, sagte der 29-Jährige.\n\n"
        "Dann traf der jüngere Arndsen zweimal. „Ich habe einfach geschossen“, meinte der "
        "22-Jährige.\n"
    )
    got = run(extractor, text)
    assert got == [
        ("Lukas Arndsen", "„Das ist bitter für mich“"),
        ("Timo Arndsen", "„Ich habe einfach geschossen“"),
    ]


def test_de_apposition_with_von_before_wuerdigte_x_als(extractor: Extractor) -> None:
    text = (
        "Der Schauspieler Bertram Ohlsen ist tot.\n\n"
        "Der Intendant vom Stadttheater Kelbra, Wiebke Sandmann, würdigte Ohlsen als "
        "„Seele des Hauses“.\n\n"
        "Die Leiterin des Archivs, Hanna Thiel, würdigte Ohlsen als „Gedächtnis der Bühne“.\n"
    )
    got = run(extractor, text)
    assert got == [
        ("Wiebke Sandmann", "„Seele des Hauses“"),
        ("Hanna Thiel", "„Gedächtnis der Bühne“"),
    ]


def test_de_words_on_a_banner_after_a_colon_are_not_a_quote(extractor: Extractor) -> None:
    text = "Die Fans zeigten ein Spruchband: „Gebt nie auf, Kelbra!“ Der Trainer schwieg.\n"
    assert run(extractor, text) == []


def test_de_tag_inside_a_report_and_short_indicative_report(extractor: Extractor) -> None:
    text = (
        "Ihr Partner Jens Möllering arbeitet als Koch. Er sei stolz auf sie, sagt "
        "Möllering, auch wenn er sie kaum sehe.\n\n"
        "Sie streiten oft, sagt er, aber nie lange.\n"
    )
    got = run(extractor, text)
    assert ("Jens Möllering", "Er sei stolz auf sie") in got
    assert ("Jens Möllering", "Sie streiten oft") in got


def test_de_speech_verb_under_a_modal_with_a_question_is_no_report(
    extractor: Extractor,
) -> None:
    text = (
        "Verbandschef Arno Kessling warnte vor den Folgen. Wer Dünger verbiete, müsse auch "
        "sagen, wie die Felder bestellt werden sollten.\n\n"
        "„Wir stehen zu ihr“, sagte Sportchef Olaf Brinkhus. Man werde in Ruhe analysieren, "
        "was schiefgelaufen sei.\n"
    )
    got = run(extractor, text)
    assert (
        "Arno Kessling",
        "Wer Dünger verbiete, müsse auch sagen, wie die Felder bestellt werden sollten",
    ) in got
    assert ("Olaf Brinkhus", "Man werde in Ruhe analysieren, was schiefgelaufen sei") in got


def test_de_nach_source_with_a_name_in_apposition_and_a_bare_source(
    extractor: Extractor,
) -> None:
    text = (
        "Der Wolf ist zurück. Die Nähe des Tieres stellt nach Angaben des Sprechers des "
        "Kreises, Malte Iversen, ein Risiko dar.\n\n"
        "Eine Sprecherin der Reederei Kalmar sagte, der Hafen sei zu teuer. Das Terminal "
        "werde sich nach den jüngsten Berechnungen erst in 30 Jahren rechnen.\n"
    )
    got = [(q.speaker, q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert ("Malte Iversen", "Malte Iversen", "ein Risiko dar") in got
    last = [g for g in got if g[2].startswith("Das Terminal")]
    assert last and last[0][1].startswith("Eine Sprecherin der Reederei")


def test_de_partial_quote_far_after_its_verb_in_one_clause(extractor: Extractor) -> None:
    text = (
        "Der Minister Pawel Sorokin nannte das Verhalten der Firma ein Beispiel für die "
        "„Unzuverlässigkeit westlicher Partner“.\n"
    )
    assert run(extractor, text) == [("Pawel Sorokin", "„Unzuverlässigkeit westlicher Partner“")]


def test_de_no_report_from_pointer_relative_clause_or_frame_noun(extractor: Extractor) -> None:
    text = (
        "Der Sänger Ole Brandt ist am Montag gestorben. Das teilte der Verlag unter Berufung "
        "auf die Familie mit.\n\n"
        "Politiker, die ausweichend antworteten, unterbrach sie ohne Zögern.\n\n"
        "Das Institut warnte vor Keimen. Allein in Sachsen gehe man von 300 Todesfällen aus, "
        "die auf resistente Erreger zurückzuführen seien.\n"
    )
    got = [(q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert not any(t.startswith("Das teilte") for _, t in got)
    assert not any("unterbrach" in t for _, t in got)
    assert not any(t.startswith("die auf resistente") for _, t in got)


# --- subjects, roles and reports on the training split's patterns ------------------------


def test_de_subject_after_a_fronted_clause(extractor: Extractor) -> None:
    text = (
        "Warum die Wahl auf diesen Fall fiel, begründete das Sondertribunal mit dem Hinweis, "
        "dass die Beweislage dort am besten sei.\n\n"
        "Da es keine gültige Verordnung gibt, hat der Gerichtshof entschieden, dass alle "
        "Anlagen abgeschaltet werden müssen.\n\n"
        "Der Politiker Tom Berger war in der Stadt. Die Anhänger, die sich auf dem Platz "
        "versammelten, warnte er, die Organisatoren verfolgten eigene Ziele.\n"
    )
    got = reports(extractor, text)
    assert ("das Sondertribunal", "dass die Beweislage dort am besten sei") in got
    assert ("der Gerichtshof", "dass alle Anlagen abgeschaltet werden müssen") in got
    assert ("er", "die Organisatoren verfolgten eigene Ziele") in got
    speakers = {q.text: q.speaker for q in quotes_of(extractor, text)}
    assert speakers["die Organisatoren verfolgten eigene Ziele"] == "Tom Berger"


def test_de_apposition_names_the_subject(extractor: Extractor) -> None:
    text = (
        "Der neue Bischof der Diözese Lindau, Karl Huber hat Papst Benedikt XVI. gebeten, "
        "seine Ernennung zurückzunehmen.\n\n"
        "Der Sprecher der Fraktion im Landtag, Jan Roth, hat den Minister Peter Wolf "
        "aufgefordert, sein Amt niederzulegen.\n\n"
        "Das Kinderhilfswerk UNICEF rief Russland auf, das Verbot nicht durchzusetzen.\n"
    )
    got = reports(extractor, text)
    assert ("Karl Huber", "seine Ernennung zurückzunehmen") in got
    assert ("Jan Roth", "sein Amt niederzulegen") in got
    assert ("Das Kinderhilfswerk UNICEF", "das Verbot nicht durchzusetzen") in got


def test_de_epithet_for_the_only_woman_named(extractor: Extractor) -> None:
    text = (
        "Die Creme von Anna Glas wird im Fernsehen verkauft. Nach dem schlechten Test hat die "
        "Schauspielerin Klage beim Landgericht eingereicht. Durch die Veröffentlichung seien "
        "hohe Umsatzeinbußen entstanden.\n"
    )
    q = [q for q in quotes_of(extractor, text) if q.type == "free_indirect"]
    assert [(x.speaker, x.speaker_text) for x in q] == [("Anna Glas", "die Schauspielerin")]


def test_de_quotation_opening_in_lowercase_goes_on_the_sentence(extractor: Extractor) -> None:
    text = (
        "Der Papst ist zurückgetreten. Später sagte Bundeskanzlerin Eva Lorenz vor der Presse, "
        "Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“.\n"
    )
    q = [q for q in quotes_of(extractor, text) if q.type == "partial"]
    assert [(x.speaker, x.text) for x in q] == [
        ("Eva Lorenz", "„ist und bleibt einer der bedeutendsten Denker“")
    ]


def test_de_possessive_before_a_colon(extractor: Extractor) -> None:
    text = (
        "Horst Keller sprach über den Wahlkampf. Die Kritik an Paul Kirchner wollte er damals "
        "nicht äußern. Seine Meinung zu Kirchner: „Ich dachte, es darf doch nicht wahr sein.“\n"
    )
    assert run(extractor, text) == [("Horst Keller", "„Ich dachte, es darf doch nicht wahr sein.“")]


def test_de_opinion_with_fuer(extractor: Extractor) -> None:
    text = (
        "Der Bischof trat zurück. Volker Brandt sagte, das sei eine verpasste Chance.\n\n"
        "Für den Theologen Hans Kling sei der Rücktritt „aus vielen Gründen verständlich“.\n\n"
        "Für die Kinder sei gesorgt, hieß es.\n"
    )
    got = [
        (q.speaker, q.type)
        for q in quotes_of(extractor, text)
        if "Kling" in q.text or "Gründen" in q.text
    ]
    assert got == [("Hans Kling", "free_indirect"), ("Hans Kling", "partial")]
    assert not any(
        q.speaker == "Hans Kling" for q in quotes_of(extractor, text) if "Kinder" in q.text
    )


def test_de_second_speaker_with_inverted_tag(extractor: Extractor) -> None:
    text = (
        "Das teilten die beiden Sängerinnen mit. Während Anna Berg erklärte, sehr aufgeregt zu "
        "sein, „größer wird es nicht“, räumte Eva Roth ein, seit dem Auftritt ihrer Mutter "
        "davon geträumt zu haben.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Anna Berg", "sehr aufgeregt zu sein, „größer wird es nicht“") in got
    assert ("Anna Berg", "„größer wird es nicht“") in got
    assert ("Eva Roth", "seit dem Auftritt ihrer Mutter davon geträumt zu haben") in got


def test_de_pronoun_not_a_name_in_its_own_clause(extractor: Extractor) -> None:
    text = "Anton Weber kam am Montag an. Über Paul Kirchner sagte er, der Mann sei klug.\n"
    assert ("Anton Weber", "der Mann sei klug") in run(extractor, text)


def test_de_lowercase_age_noun_speaks(extractor: Extractor) -> None:
    text = (
        "Der Hausbesitzer machte widersprüchliche Aussagen. Am Montag sagte der 81-jährige in "
        "einem Interview, dass die Maus sofort tot gewesen sei. Der 81-jährige Mann blieb "
        "unverletzt.\n"
    )
    assert reports(extractor, text) == [("der 81-jährige", "dass die Maus sofort tot gewesen sei")]


def test_de_owner_of_the_words_before_a_colon(extractor: Extractor) -> None:
    text = (
        "Anna Roth und Peter Müller stritten. Roth sagte: „Das ist falsch.“ Die knappe Antwort "
        "Müllers fiel deutlich aus: „Dazu sage ich nichts.“\n"
    )
    assert run(extractor, text) == [
        ("Anna Roth", "„Das ist falsch.“"),
        ("Peter Müller", "„Dazu sage ich nichts.“"),
    ]


def test_de_fragen_sich_after_a_question(extractor: Extractor) -> None:
    text = (
        "Der Markt wächst. „Wozu sollte das gut sein?“ fragen sich Experten.\n\n"
        "Fragen stellen sich viele Bürger, wenn sie die Rechnung sehen.\n"
    )
    got = [(q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert got == [("Experten", "„Wozu sollte das gut sein?“")]


def test_de_bare_plural_after_the_verb_carries_the_report(extractor: Extractor) -> None:
    text = (
        "Der Ölpreis stieg stark an. Auch auf Spekulationen und den derzeit schwachen Dollar "
        "verweisen Analysten. Das Preisniveau sei jedoch zu hoch.\n"
    )
    assert reports(extractor, text) == [("Analysten", "Das Preisniveau sei jedoch zu hoch")]


def test_de_subject_with_contrast_adverb_before_address_verb(extractor: Extractor) -> None:
    text = (
        "Die Entscheidung fiel am Montag. Die Kampagne des Senators dagegen warf Tom Baker, "
        "nachdem dessen Entscheidung bekannt wurde, vor, er habe damit gezeigt, nur ein "
        "„typischer Politiker“ zu sein.\n"
    )
    got = [(q.speaker_text, q.type) for q in quotes_of(extractor, text)]
    assert got == [
        ("Die Kampagne des Senators", "indirect"),
        ("Die Kampagne des Senators", "partial"),
    ]


def test_de_owner_adjective_role_name_takes_the_report_over(extractor: Extractor) -> None:
    text = (
        "Das Gericht erklärte, die Klage sei unbegründet. Die Richter berieten lange.\n\n"
        "Berlins Regierender Bürgermeister Klaus Weber (SPD) bedauerte die Entscheidung des "
        "Gerichts. Damals seien Fehler gemacht worden.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text) if q.type == "free_indirect"]
    assert got == [("Klaus Weber", "Damals seien Fehler gemacht worden")]


def test_de_relative_clause_quotation_names_the_phrase_before_the_comma(
    extractor: Extractor,
) -> None:
    text = (
        "Die Kammer kritisierte dafür scharf die Medien, die „häufig falsch“ berichtet hätten.\n\n"
        "In der Zeitung erschien ein Kommentar, der die Entscheidung als „nicht nachvollziehbar“ "
        "bezeichnet.\n"
    )
    got = [
        (q.speaker, q.speaker_text, q.text)
        for q in quotes_of(extractor, text)
        if q.type == "partial"
    ]
    assert got == [
        (None, "die Medien", "„häufig falsch“"),
        (None, "ein Kommentar", "„nicht nachvollziehbar“"),
    ]


def test_de_frame_with_its_clause_in_quote_marks(extractor: Extractor) -> None:
    text = (
        "Die Verteidigung sprach lange. Das Gericht kam damit zu dem Ergebnis, „dass keine "
        "tragfähige Grundlage für eine Verurteilung besteht.“\n"
    )
    got = [(q.speaker_text, q.type) for q in quotes_of(extractor, text)]
    assert got == [("Das Gericht", "partial")]


def test_de_plural_auxiliary_has_no_single_person_for_subject(extractor: Extractor) -> None:
    text = (
        "Einige der bekanntesten Ärzte im ganzen Land haben Ministerin Eva Roth gestern in "
        "einem offenen Brief geschrieben, dass die Reform gestoppt werden müsse.\n"
    )
    assert reports(extractor, text) == [
        (
            "Einige der bekanntesten Ärzte im ganzen Land",
            "dass die Reform gestoppt werden müsse",
        )
    ]


def test_de_subject_right_after_the_auxiliary_in_a_closing_tag(extractor: Extractor) -> None:
    text = (
        "Es drohe ein Wettrüsten, hatte Anton Weber bei seinem Treffen mit dem Präsidenten "
        "Boris Lenz in Moskau gewarnt.\n"
    )
    assert reports(extractor, text) == [("Anton Weber", "Es drohe ein Wettrüsten")]


# --- German round 14 (court, tabloid, Austrian politics, tech news) ------------------


def test_de_plan_with_soll_werden_opening_a_paragraph_is_no_report(extractor: Extractor) -> None:
    text = (
        "Die Gewerkschaftschefin Petra Olsberg sagte, die Löhne müssten steigen. Man werde "
        "hart verhandeln.\n\n"
        "Die Gespräche sollen am 3. Mai in Kassel fortgesetzt werden.\n\n"
        "Der Förster Jonas Eberle sagte, der Wolf sei gefährlich geworden. Er habe schon "
        "drei Schafe gerissen.\n\n"
        "Deshalb soll das Tier so rasch wie möglich eingefangen werden.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert not any("fortgesetzt" in t for _, t in got)
    assert ("Jonas Eberle", "Deshalb soll das Tier so rasch wie möglich eingefangen werden") in got


def test_de_verraten_reports_without_konjunktiv(extractor: Extractor) -> None:
    text = "Ein neues Auto soll es werden, verriet die Gewinnerin Anja Roloff.\n"
    got = [(q.speaker, q.type, q.text) for q in quotes_of(extractor, text)]
    assert got == [("Anja Roloff", "indirect", "Ein neues Auto soll es werden")]


def test_de_austrian_orten_introduces_partial_quote(extractor: Extractor) -> None:
    text = "Oppositionschef Klaus Wimmer ortet ein „Versagen auf ganzer Linie“.\n"
    assert run(extractor, text) == [("Klaus Wimmer", "„Versagen auf ganzer Linie“")]


def test_de_konjunktiv_ii_plural_daechten_carries_report(extractor: Extractor) -> None:
    text = (
        "„Wir sind am Ende“, so die Betriebsrätin Jana Kulmer. Viele dächten schon ans Kündigen.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Jana Kulmer", "Viele dächten schon ans Kündigen") in got


def test_de_first_name_with_age_in_brackets_is_a_person(extractor: Extractor) -> None:
    text = (
        "Großer Jubel in Bochum\n\n"
        "Tanja M. (39) aus Bochum hat im Lotto gewonnen. Nachbarin Ilse Borchert (71) sagt: "
        "„Das gönne ich ihr.“\n\n"
        "Tanja hat es allen erzählt. „Ich platze vor Stolz!“, gesteht sie.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Tanja M.", "„Ich platze vor Stolz!“") in got


def test_de_report_before_tag_with_quoted_continuation(extractor: Extractor) -> None:
    text = (
        "Die Ministerin Gerda Lanz will weiter verhandeln. Ein Kompromiss sei denkbar, sagte "
        "sie am Abend im Radio, „aber nicht zu jedem Preis“.\n"
    )
    got = [(q.speaker, q.type, q.text) for q in quotes_of(extractor, text)]
    assert ("Gerda Lanz", "indirect", "Ein Kompromiss sei denkbar") in got
    assert ("Gerda Lanz", "partial", "„aber nicht zu jedem Preis“") in got


def test_de_plural_judges_are_not_the_presiding_judge(extractor: Extractor) -> None:
    text = (
        "Die Richterin Paula Stern verlas das Urteil. Die Richter stellten fest, dass das "
        "Gesetz nichtig sei. Zwei Richter widersprachen. Der Staat habe einen weiten "
        "Spielraum, schrieben sie.\n"
    )
    got = [(q.speaker, q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert (None, "Die Richter", "dass das Gesetz nichtig sei") in got
    # the plural 'sie' is the two judges of the sentence before
    assert (None, "Zwei Richter", "Der Staat habe einen weiten Spielraum") in got


def test_de_report_goes_on_after_tag_with_aber(extractor: Extractor) -> None:
    # '…, sagte der Mann, aber …': the tag closes with a comma and the report goes on
    text = (
        "Hagel über dem Dorf\n\n"
        "Ein Bauer kehrte am Morgen Glas vom Hof. Die Kasse zahle den Schaden, sagte der "
        "Mann, aber die alten Briefe seien verloren.\n"
    )
    got = [(q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert ("der Mann", "Die Kasse zahle den Schaden") in got
    assert ("der Mann", "aber die alten Briefe seien verloren") in got


def test_de_participle_before_sein_is_no_speech_verb(extractor: Extractor) -> None:
    # 'Versichert sei er': 'insured', not 'assured'; the tag after the comma speaks
    text = (
        "Hagel über dem Dorf\n\n"
        "Ein Bauer kehrte am Morgen Glas vom Hof. Versichert sei er immerhin, sagte der "
        "Landwirt, aber die Ernte sei verloren.\n"
    )
    got = [(q.speaker_text, q.text) for q in quotes_of(extractor, text)]
    assert ("der Landwirt", "Versichert sei er immerhin") in got
    assert all(s == "der Landwirt" for s, _ in got)


def test_de_relative_clause_after_age_noun_is_no_report(extractor: Extractor) -> None:
    text = (
        "Hagel über dem Dorf\n\n"
        "„Es klang wie Steine auf dem Blech“, sagte die 71-Jährige, die ihren Namen nicht "
        "nennen mochte.\n"
    )
    got = [(q.type, q.text) for q in quotes_of(extractor, text)]
    assert got == [("direct", "„Es klang wie Steine auf dem Blech“")]


def test_de_weak_verb_in_konjunktiv_carries_the_report_on(extractor: Extractor) -> None:
    # 'Europa habe gezeigt, dass …' is the speaker's report, not Europe's
    text = (
        "Sonde am Ziel\n\n"
        "Die Direktorin Wiebke Harms sprach von einem Erfolg. Die Agentur habe gezeigt, dass "
        "sie eine solche Mission allein stemmen könne. „Wir spielen jetzt in der ersten Liga.“\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Wiebke Harms", "„Wir spielen jetzt in der ersten Liga.“") in got
    assert all(s == "Wiebke Harms" for s, _ in got)


def test_de_fronted_fuer_names_whom_the_age_noun_describes(extractor: Extractor) -> None:
    text = (
        "Sonde am Ziel\n\n"
        "„Das war knapp“, sagte die Ingenieurin Wiebke Harms.\n\n"
        "Für Harms beginnt nun die eigentliche Arbeit. Am Montag sollen die Messungen starten. "
        "Sie habe seit Tagen kaum geschlafen, gestand die 44-Jährige.\n"
    )
    got = [(q.speaker, q.text) for q in quotes_of(extractor, text)]
    assert ("Wiebke Harms", "Sie habe seit Tagen kaum geschlafen") in got


def test_de_place_dateline_without_agency_is_trimmed(extractor: Extractor) -> None:
    # 'Darmstadt - …' opening the paragraph, told and then attributed ('Das bestätigte …')
    text = (
        "Sonde am Ziel\n\n"
        "Kassel - Die Sonde ist nach acht Monaten in eine Bahn um die Venus eingeschwenkt. "
        "Das bestätigte die Weltraumagentur ESA am Montag.\n"
    )
    got = [q.text for q in quotes_of(extractor, text)]
    assert got == ["Die Sonde ist nach acht Monaten in eine Bahn um die Venus eingeschwenkt"]
