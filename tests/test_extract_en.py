"""English extraction: what a careful human annotator would mark in short news texts.

All articles here are invented for these tests (people, places and events are made up).
"""

from __future__ import annotations

import pytest

from bot.extract import Extractor
from bot.ingest import article_from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def extract(extractor: Extractor, text: str):
    return extractor.extract(article_from_text(text, "t.txt"))


def quotes(extractor: Extractor, text: str):
    return sorted(extract(extractor, text).quotes, key=lambda q: (q.start, q.end))


def pairs(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(extractor, text)]


def triples(extractor: Extractor, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.type, q.text) for q in quotes(extractor, text)]


# --- 1. direct quotations: marks, splits, length -------------------------------------------


def test_en_straight_double_quotes(extractor: Extractor) -> None:
    text = (
        "Mayor Helen Park opened the new library on Monday. "
        '"This building belongs to everyone in Eastbrook," Park said.\n'
    )
    assert triples(extractor, text) == [
        ("Helen Park", "direct", '"This building belongs to everyone in Eastbrook,"')
    ]


def test_en_curly_double_quotes_with_nested_single_quotes(extractor: Extractor) -> None:
    text = (
        "Shop owner Omar Haddad reopened his bakery on Tuesday. "
        "“The sign on the door said ‘closed for good’, and I almost believed it,” "
        "Haddad said.\n"
    )
    assert triples(extractor, text) == [
        (
            "Omar Haddad",
            "direct",
            "“The sign on the door said ‘closed for good’, and I almost believed it,”",
        )
    ]


def test_en_straight_quotes_with_nested_straight_single_quotes(extractor: Extractor) -> None:
    text = (
        "Coach Laura Finch spoke after the match in Dunmore. "
        "\"The referee kept shouting 'play on', so we played on,\" Finch said.\n"
    )
    assert triples(extractor, text) == [
        ("Laura Finch", "direct", "\"The referee kept shouting 'play on', so we played on,\"")
    ]


def test_en_quote_split_by_attribution_gives_two_records_same_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Senator Ann Lee visited the port of Kessing on Friday. "
        '"Trade is growing," she said, "but the roads are not."\n'
    )
    assert triples(extractor, text) == [
        ("Ann Lee", "direct", '"Trade is growing,"'),
        ("Ann Lee", "direct", '"but the roads are not."'),
    ]


def test_en_quote_of_several_sentences_is_one_record(extractor: Extractor) -> None:
    text = (
        "Engineer Paul Grant inspected the Ashford bridge on Wednesday. "
        '"The bridge is open. We tested it twice. It is safe," said Grant.\n'
    )
    assert triples(extractor, text) == [
        ("Paul Grant", "direct", '"The bridge is open. We tested it twice. It is safe,"')
    ]


def test_en_multi_paragraph_quote_is_one_record(extractor: Extractor) -> None:
    text = (
        "Coach Maria Santos was pleased with her team. She said: "
        '"We fought hard all season and never gave up.\n\n'
        '"In the end, it paid off."\n'
    )
    assert triples(extractor, text) == [
        (
            "Maria Santos",
            "direct",
            '"We fought hard all season and never gave up.\n\n"In the end, it paid off."',
        )
    ]


def test_en_quoted_question_with_asked_after(extractor: Extractor) -> None:
    text = (
        "Union leader Sarah Quinn criticised the timing of the vote in Millbrook. "
        '"Why now?" asked Quinn.\n'
    )
    assert triples(extractor, text) == [("Sarah Quinn", "direct", '"Why now?"')]


# --- 2. attribution forms -------------------------------------------------------------------


def test_en_quote_then_name_said(extractor: Extractor) -> None:
    text = '"The road will reopen in May," Karen Webb said.\n'
    assert pairs(extractor, text) == [("Karen Webb", '"The road will reopen in May,"')]


def test_en_quote_then_said_name(extractor: Extractor) -> None:
    text = '"The road will reopen in May," said Karen Webb.\n'
    assert pairs(extractor, text) == [("Karen Webb", '"The road will reopen in May,"')]


def test_en_quote_then_he_said(extractor: Extractor) -> None:
    text = (
        "Harbour master James Doyle closed the port of Kessing on Sunday. "
        '"The storm is too strong for the ferries," he said.\n'
    )
    assert pairs(extractor, text) == [("James Doyle", '"The storm is too strong for the ferries,"')]


def test_en_name_said_colon_then_quote(extractor: Extractor) -> None:
    text = 'Karen Webb said: "The road will reopen in May."\n'
    assert triples(extractor, text) == [("Karen Webb", "direct", '"The road will reopen in May."')]


def test_en_name_told_reporters_colon_then_quote(extractor: Extractor) -> None:
    text = 'Karen Webb told reporters: "The road will reopen in May."\n'
    assert triples(extractor, text) == [("Karen Webb", "direct", '"The road will reopen in May."')]


def test_en_quote_then_the_minister_told_reporters(extractor: Extractor) -> None:
    text = (
        "Finance Minister Raj Patel presented the budget in Eastbrook on Tuesday. "
        '"There will be no new taxes this year," the minister told reporters.\n'
    )
    assert triples(extractor, text) == [
        ("Raj Patel", "direct", '"There will be no new taxes this year,"')
    ]


def test_en_said_name_with_apposition_role(extractor: Extractor) -> None:
    text = '"We will not close the pool," said Jane Doe, the city\'s mayor.\n'
    qs = quotes(extractor, text)
    assert [(q.speaker, q.speaker_text, q.text) for q in qs] == [
        ("Jane Doe", "Jane Doe", '"We will not close the pool,"')
    ]


# --- 3. partial quotes ------------------------------------------------------------------------


def test_en_partial_quote_in_reporter_sentence(extractor: Extractor) -> None:
    text = 'Senator Ann Lee called the plan "a disaster" on Tuesday.\n'
    assert triples(extractor, text) == [("Ann Lee", "partial", '"a disaster"')]


# --- 4. reported speech -----------------------------------------------------------------------


def test_en_indirect_said_that_clause(extractor: Extractor) -> None:
    text = "Mayor Tom Reid said that the plan was dead.\n"
    assert triples(extractor, text) == [("Tom Reid", "indirect", "that the plan was dead")]


def test_en_indirect_said_clause_without_that(extractor: Extractor) -> None:
    text = "Mayor Tom Reid said the plan was dead.\n"
    assert triples(extractor, text) == [("Tom Reid", "indirect", "the plan was dead")]


def test_en_indirect_clause_then_name_said(extractor: Extractor) -> None:
    text = "Mayor Tom Reid visited the harbour on Monday. The plan is dead, Reid said.\n"
    assert triples(extractor, text) == [("Tom Reid", "indirect", "The plan is dead")]


# --- 5. source phrases ------------------------------------------------------------------------


def test_en_according_to_name_before_clause(extractor: Extractor) -> None:
    text = "According to Senator Ann Lee, the vote will take place in June.\n"
    assert triples(extractor, text) == [("Ann Lee", "indirect", "the vote will take place in June")]


def test_en_name_told_reporters_that_clause(extractor: Extractor) -> None:
    text = "Finance Minister Raj Patel told reporters that the budget was balanced.\n"
    assert triples(extractor, text) == [("Raj Patel", "indirect", "that the budget was balanced")]


# --- 6. speakers ------------------------------------------------------------------------------


def test_en_speaker_with_title_senator(extractor: Extractor) -> None:
    text = 'Senator Ann Lee said: "The bill is fair to farmers."\n'
    qs = quotes(extractor, text)
    assert [(q.speaker, q.role, q.text) for q in qs] == [
        ("Ann Lee", "Senator", '"The bill is fair to farmers."')
    ]


def test_en_said_after_quote_with_title_before_name(extractor: Extractor) -> None:
    text = '"The bus lanes stay," said Mayor Tom Reid.\n'
    qs = quotes(extractor, text)
    assert [(q.speaker, q.role, q.text) for q in qs] == [
        ("Tom Reid", "Mayor", '"The bus lanes stay,"')
    ]


def test_en_organisation_speaker_in_statement(extractor: Extractor) -> None:
    text = '"Bread prices will stay stable," the ministry said in a statement.\n'
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.type, q.text) for q in qs] == [
        ("the ministry", "direct", '"Bread prices will stay stable,"')
    ]


def test_en_anonymous_source_police_spokesman(extractor: Extractor) -> None:
    text = (
        "Two men were arrested after a break-in at a jeweller's in Dunmore. "
        '"Both suspects are in custody," a police spokesman said.\n'
    )
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.type, q.text) for q in qs] == [
        ("a police spokesman", "direct", '"Both suspects are in custody,"')
    ]


def test_en_pronouns_he_and_she_go_to_the_right_person(extractor: Extractor) -> None:
    text = (
        "Governor David Moss and Senator Laura Finch met in Kessing on Friday. "
        '"We made real progress," he said. '
        '"We made none at all," she said.\n'
    )
    assert pairs(extractor, text) == [
        ("David Moss", '"We made real progress,"'),
        ("Laura Finch", '"We made none at all,"'),
    ]


def test_en_role_noun_the_senator_resolves_to_person(extractor: Extractor) -> None:
    text = (
        "Senator Ann Lee and Mayor Tom Reid toured the flooded district of Ashford. "
        '"The bill will pay for new dikes," the senator said.\n'
    )
    assert pairs(extractor, text) == [("Ann Lee", '"The bill will pay for new dikes,"')]


def test_en_full_name_and_surname_are_one_person(extractor: Extractor) -> None:
    text = (
        "Senator Ann Lee visited the port of Kessing on Friday. "
        '"Trade is growing," Lee said. '
        '"We need a second pier," Lee added.\n'
    )
    ex = extract(extractor, text)
    lee = [p for p in ex.people if "Lee" in p.name]
    assert [p.name for p in lee] == ["Ann Lee"]
    assert "Lee" in lee[0].aliases
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Ann Lee", '"Trade is growing,"'),
        ("Ann Lee", '"We need a second pier,"'),
    ]


# --- 7. quote marks that are not quotations --------------------------------------------------


def test_en_newspaper_title_is_not_a_quote(extractor: Extractor) -> None:
    text = (
        "The closure of the Ashford bridge was first reported by the "
        '"Riverside Gazette" on Sunday.\n'
    )
    assert not any("Riverside Gazette" in q.text for q in quotes(extractor, text))


def test_en_film_title_is_not_a_quote(extractor: Extractor) -> None:
    text = 'The film "Blue Harbor" opened at the Kessing festival on Saturday.\n'
    assert not any("Blue Harbor" in q.text for q in quotes(extractor, text))


def test_en_book_title_is_not_a_quote(extractor: Extractor) -> None:
    text = 'Her first book, "Salt and Stone", sold 40,000 copies in Eastbrook alone.\n'
    assert not any("Salt and Stone" in q.text for q in quotes(extractor, text))


def test_en_so_called_term_is_not_a_quote(extractor: Extractor) -> None:
    text = 'The council will vote on the so-called "green deal" next month.\n'
    assert not any("green deal" in q.text for q in quotes(extractor, text))


def test_en_scare_quoted_word_without_speech_verb_is_not_a_quote(
    extractor: Extractor,
) -> None:
    text = 'The council\'s "reform" has cost the town of Dunmore two million pounds.\n'
    assert not any("reform" in q.text for q in quotes(extractor, text))


# --- 8. offsets -------------------------------------------------------------------------------

OFFSET_ARTICLE = """Council fight over bus lanes

Mayor Tom Reid defended the new bus lanes on Monday. "The buses are faster now," Reid said. "Nobody wants to go back."

Senator Ann Lee called the lanes "a gift to nobody". She said the shops on Hill Street had lost customers.

“We will count the passengers,” the mayor told reporters, “and then we will decide.”

According to Lee, the lanes cost 3 million pounds. "The ministry must pay," said Lee.
"""


def test_en_offsets_of_text_and_speaker_point_into_the_article(extractor: Extractor) -> None:
    ex = extract(extractor, OFFSET_ARTICLE)
    assert ex.quotes
    for q in ex.quotes:
        assert OFFSET_ARTICLE[q.start : q.end] == q.text
        if q.speaker is not None:
            assert q.speaker_text is not None
        if q.speaker_text is not None:
            assert OFFSET_ARTICLE[q.speaker_start : q.speaker_end] == q.speaker_text


# --- longer articles --------------------------------------------------------------------------

BRIDGE_ARTICLE = """Bridge repairs to close Main Street for a month

Mayor Helen Park announced on Monday that Main Street will close for a month from June 3. "The bridge is older than any of us," Park said at a news conference. "We cannot put this off any longer."

Shop owners were less pleased. Omar Haddad, who runs a bakery on the street, said the closure would cost him half his customers. "People will simply drive to the mall," he said.

According to Park, the work will cost 4.2 million dollars. Park called the price "fair for a bridge that carries 20,000 cars a day".

"We will keep one footpath open," she told reporters, "so nobody has to walk around the river."

The closure was first reported by the "Riverside Gazette".
"""


def test_en_article_bridge_repairs_two_speakers_mixed_forms(extractor: Extractor) -> None:
    assert triples(extractor, BRIDGE_ARTICLE) == [
        ("Helen Park", "indirect", "that Main Street will close for a month from June 3"),
        ("Helen Park", "direct", '"The bridge is older than any of us,"'),
        ("Helen Park", "direct", '"We cannot put this off any longer."'),
        ("Omar Haddad", "indirect", "the closure would cost him half his customers"),
        ("Omar Haddad", "direct", '"People will simply drive to the mall,"'),
        ("Helen Park", "indirect", "the work will cost 4.2 million dollars"),
        ("Helen Park", "partial", '"fair for a bridge that carries 20,000 cars a day"'),
        ("Helen Park", "direct", '"We will keep one footpath open,"'),
        ("Helen Park", "direct", '"so nobody has to walk around the river."'),
    ]


WATER_ARTICLE = """Farmers protest new water rules

Agriculture Minister David Moss defended the new water rules on Thursday as hundreds of farmers gathered outside parliament in Eastbrook. "Every farm will get its fair share," Moss told reporters. "Nobody is being left behind."

Union leader Sarah Quinn said the rules had been written without asking a single farmer. "Who decided this, and when?" asked Quinn. She called the consultation "a sham".

The minister said that talks with the farmers' union would start next week. "My door is open," he said.

Quinn was not convinced. "We have heard that before," she said.
"""


def test_en_article_water_rules_minister_and_union_leader(extractor: Extractor) -> None:
    assert triples(extractor, WATER_ARTICLE) == [
        ("David Moss", "direct", '"Every farm will get its fair share,"'),
        ("David Moss", "direct", '"Nobody is being left behind."'),
        ("Sarah Quinn", "indirect", "the rules had been written without asking a single farmer"),
        ("Sarah Quinn", "direct", '"Who decided this, and when?"'),
        ("Sarah Quinn", "partial", '"a sham"'),
        ("David Moss", "indirect", "that talks with the farmers' union would start next week"),
        ("David Moss", "direct", '"My door is open,"'),
        ("Sarah Quinn", "direct", '"We have heard that before,"'),
    ]


FIRE_ARTICLE = """Fire destroys furniture warehouse in Millbrook

A fire destroyed a furniture warehouse in Millbrook early on Saturday. Nobody was hurt, according to fire chief Victor Hale. "The building was empty when the alarm went off," Hale said. "My crews kept the flames away from the houses next door."

"We saw flames coming out of the roof," said Nina Brooks, a neighbour who called the fire service. "It was over in an hour."

The owner, Paul Grant, told reporters that he would rebuild the warehouse by the spring. "Thirty people work here, and I will not let them down," Grant said.

"We are treating the fire as an accident for now," a police spokesman said.
"""


def test_en_article_warehouse_fire_three_speakers_and_anonymous_source(
    extractor: Extractor,
) -> None:
    qs = quotes(extractor, FIRE_ARTICLE)
    assert [(q.speaker, q.type, q.text) for q in qs] == [
        ("Victor Hale", "indirect", "Nobody was hurt"),
        ("Victor Hale", "direct", '"The building was empty when the alarm went off,"'),
        (
            "Victor Hale",
            "direct",
            '"My crews kept the flames away from the houses next door."',
        ),
        ("Nina Brooks", "direct", '"We saw flames coming out of the roof,"'),
        ("Nina Brooks", "direct", '"It was over in an hour."'),
        ("Paul Grant", "indirect", "that he would rebuild the warehouse by the spring"),
        ("Paul Grant", "direct", '"Thirty people work here, and I will not let them down,"'),
        (None, "direct", '"We are treating the fire as an accident for now,"'),
    ]
    assert qs[-1].speaker_text == "a police spokesman"


def test_en_apposition_before_called_is_not_a_report(extractor: Extractor) -> None:
    text = 'Councilman Mark Delaney, who voted against the plan, called it "a gold-plated toy."\n'
    assert triples(extractor, text) == [("Mark Delaney", "partial", '"a gold-plated toy."')]


def test_en_possessive_organisation_is_the_source(extractor: Extractor) -> None:
    text = "According to the city's transport department, the line will carry 12,000 people.\n"
    qs = quotes(extractor, text)
    assert [(q.speaker, q.type, q.text) for q in qs] == [
        ("city's transport department", "indirect", "the line will carry 12,000 people")
    ]


def test_en_report_stops_at_but(extractor: Extractor) -> None:
    text = "Residents said they feared noise at night, but officials said trams would stop.\n"
    # the officials' own report after the 'but' is a second record
    assert [q.text for q in quotes(extractor, text)] == [
        "they feared noise at night",
        "trams would stop",
    ]


STORM_ARTICLE = """Storm leaves thousands without power

BRIGHTON, England — A powerful storm cut power to 40,000 homes on Sunday, officials said.

"Our crews worked through the night," said Priya Shah, a spokeswoman for South Grid.

Local politician Oliver Grant criticised the response. He told the BBC that residents had waited too long.

The Met Office warned that more rain was expected on Tuesday.
"""


def test_en_dateline_is_not_part_of_the_report(extractor: Extractor) -> None:
    first = quotes(extractor, STORM_ARTICLE)[0]
    assert first.text == "A powerful storm cut power to 40,000 homes on Sunday"


def test_en_apposition_gives_the_role(extractor: Extractor) -> None:
    shah = [q for q in quotes(extractor, STORM_ARTICLE) if q.speaker == "Priya Shah"]
    assert [(q.role, q.text) for q in shah] == [
        ("spokeswoman for South Grid", '"Our crews worked through the night,"')
    ]


def test_en_told_someone_that(extractor: Extractor) -> None:
    assert ("Oliver Grant", "indirect", "that residents had waited too long") in triples(
        extractor, STORM_ARTICLE
    )


def test_en_organisation_name_before_its_head(extractor: Extractor) -> None:
    assert ("Met Office", "indirect", "that more rain was expected on Tuesday") in triples(
        extractor, STORM_ARTICLE
    )


UNION_ARTICLE = """Union rejects pay offer

LONDON - The rail union on Wednesday rejected the pay offer, raising the prospect of a strike.

General secretary Mick Lynch said the offer was "nowhere near good enough" and accused ministers of delay.

Transport Secretary Louise Haigh said she was disappointed.

A spokesperson for the Rail Delivery Group, which represents the companies, said talks would continue.
"""


def test_en_realistic_union_article(extractor: Extractor) -> None:
    got = [(q.speaker, q.role, q.type, q.text) for q in quotes(extractor, UNION_ARTICLE)]
    assert got == [
        # 'and accused ministers of delay' is his next act, told by the reporter
        ("Mick Lynch", "General secretary", "indirect", 'the offer was "nowhere near good enough"'),
        ("Mick Lynch", "General secretary", "partial", '"nowhere near good enough"'),
        ("Louise Haigh", "Transport Secretary", "indirect", "she was disappointed"),
        (None, "spokesperson", "indirect", "talks would continue"),
    ]


def test_en_passive_subject_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Flooding closed the bridge on Sunday. Residents were told that the water was safe "
        "to drink. Mayor Helen Park visited the site. She was quoted as saying that the "
        "repairs would take a week."
    )
    got = {q.text: (q.speaker, q.speaker_text) for q in quotes(extractor, text)}
    assert got == {
        "that the water was safe to drink": (None, None),
        "that the repairs would take a week": ("Helen Park", "She"),
    }


def test_en_participle_reports_what_follows_for_the_subject(extractor: Extractor) -> None:
    text = (
        "Finance minister Paul Grant welcomed the ruling, saying it showed the courts were "
        'independent. "Families are still struggling," said Labour spokesperson Rita Kaur, '
        "adding that the government had no plan for growth."
    )
    got = [(q.speaker, q.type, q.text) for q in quotes(extractor, text)]
    assert ("Paul Grant", "indirect", "it showed the courts were independent") in got
    assert ("Rita Kaur", "indirect", "that the government had no plan for growth") in got
    assert not any(q.text.startswith("Finance minister") for q in quotes(extractor, text))


def test_en_inverted_attribution_is_not_a_report(extractor: Extractor) -> None:
    text = '"It has been a nightmare," said Tom Reyes, 54, a fisherman from Bath.'
    assert pairs(extractor, text) == [("Tom Reyes", '"It has been a nightmare,"')]


def test_en_told_an_addressee_then_the_clause(extractor: Extractor) -> None:
    text = (
        "Governor Helen Marsh told a news conference the bank would act if prices rose. "
        "Ellison told reporters he would ask for federal aid."
    )
    got = {q.text for q in quotes(extractor, text)}
    assert got == {"the bank would act if prices rose", "he would ask for federal aid"}


def test_en_clause_ends_before_though(extractor: Extractor) -> None:
    text = (
        "The National Weather Service said another storm could arrive by Friday, though "
        "forecasters cautioned that its track remained uncertain."
    )
    got = [(q.speaker, q.text) for q in quotes(extractor, text)]
    assert got[0] == ("National Weather Service", "another storm could arrive by Friday")


def test_en_she_takes_a_person_of_either_gender(extractor: Extractor) -> None:
    text = (
        '"We have never seen water this high," said Commissioner Dana Whitfield. She added '
        "that detours would remain in place through the weekend."
    )
    got = [(q.speaker, q.text) for q in quotes(extractor, text)]
    assert got[-1] == ("Dana Whitfield", "that detours would remain in place through the weekend")


def test_en_report_after_a_quotation_in_the_same_sentence(extractor: Extractor) -> None:
    text = (
        '"Families are still struggling with the cost of living," said Labour spokesperson '
        'Rita Kaur, adding that the government had "no plan" for growth.'
    )
    got = [(q.speaker, q.type, q.text) for q in quotes(extractor, text)]
    assert ("Rita Kaur", "indirect", 'that the government had "no plan" for growth') in got


def test_en_partial_quote_takes_the_verb_nearest_before_it(extractor: Extractor) -> None:
    text = (
        'In the morning Tom Hale called the plan "reckless" and later coach Ann Moss '
        'described it as "a mistake".'
    )
    got = [(q.speaker, q.text) for q in quotes(extractor, text)]
    assert got[-1] == ("Ann Moss", '"a mistake"')


def test_en_quoted_paper_name_before_a_colon_keeps_the_subject(extractor: Extractor) -> None:
    text = 'Mayor Tom Reiners told the "Harbor Post" on Monday: "This is a good day for the city."'
    got = [(q.speaker, q.rule, q.text) for q in quotes(extractor, text)]
    assert got == [("Tom Reiners", "colon", '"This is a good day for the city."')]


def test_en_single_quotes_british_style(extractor: Extractor) -> None:
    text = (
        "Residents of Fenby have complained about the new parking rules.\n\n"
        "'It is a disgrace,' said Moira Tate, 66. 'The council's wardens don't care.'\n\n"
        "Councillor Ian Rook described the rules as 'entirely fair'.\n\n"
        "He said: 'We listened to the drivers' complaints before we acted.'\n"
    )
    assert triples(extractor, text) == [
        ("Moira Tate", "direct", "'It is a disgrace,'"),
        ("Moira Tate", "direct", "'The council's wardens don't care.'"),
        ("Ian Rook", "partial", "'entirely fair'"),
        ("Ian Rook", "direct", "'We listened to the drivers' complaints before we acted.'"),
    ]


def test_en_curly_single_quotes_over_a_paragraph_break(extractor: Extractor) -> None:
    text = (
        "Harbour master Colin Webb closed the port at Skelby on Friday.\n\n"
        "‘The swell is too high for any boat,’ Webb said. ‘We will look again tomorrow.\n\n"
        "‘Nobody should be on the water until then.’\n"
    )
    assert triples(extractor, text) == [
        ("Colin Webb", "direct", "‘The swell is too high for any boat,’"),
        (
            "Colin Webb",
            "direct",
            "‘We will look again tomorrow.\n\n‘Nobody should be on the water until then.’",
        ),
    ]


def test_en_apostrophes_are_not_single_quotes(extractor: Extractor) -> None:
    text = (
        "Fans' chants filled the ground in Dorley, where the '90s side was honoured. "
        "Captain Rhys Doyle said the players' families had come too.\n"
    )
    assert [q.type for q in quotes(extractor, text)] == ["indirect"]


def test_en_interview_answers_belong_to_the_interviewee(extractor: Extractor) -> None:
    text = (
        "A painter of storms: an interview with Ines Farrow\n\n"
        "Ines Farrow, 41, opens her first exhibition in Calder this week.\n\n"
        "Q: Why storms?\n\n"
        "A: I grew up by the sea. My father told me stories about the wrecks.\n\n"
        "Q: What comes next?\n\n"
        "A: I will not say anything about it yet.\n"
    )
    assert pairs(extractor, text) == [
        ("Ines Farrow", "I grew up by the sea. My father told me stories about the wrecks."),
        ("Ines Farrow", "I will not say anything about it yet."),
    ]


def test_en_said_the_role_comma_name_after_quote(extractor: Extractor) -> None:
    text = (
        "The Wexham clinic has closed two wards.\n\n"
        "“We have no beds left,” said the clinic’s medical director, Dr Ravi Sethi. "
        "“Please stay at home if you can.”\n"
    )
    assert triples(extractor, text) == [
        ("Ravi Sethi", "direct", "“We have no beds left,”"),
        ("Ravi Sethi", "direct", "“Please stay at home if you can.”"),
    ]


def test_en_role_and_name_apposition_before_said_after_quote(extractor: Extractor) -> None:
    text = (
        "The Ferris Institute published its survey of nurses on Monday.\n\n"
        '"Nurses are leaving faster than we can train them," the institute\'s '
        'research director, Helen Dowd, said. "Something has to change."\n'
    )
    assert triples(extractor, text) == [
        ("Helen Dowd", "direct", '"Nurses are leaving faster than we can train them,"'),
        ("Helen Dowd", "direct", '"Something has to change."'),
    ]


def test_en_he_in_a_new_sentence_is_the_last_subject(extractor: Extractor) -> None:
    text = (
        "Prosecutor Alan Hirst said Cole had forged the invoices. "
        "He told the court the scheme ran for five years.\n"
    )
    assert pairs(extractor, text) == [
        ("Alan Hirst", "Cole had forged the invoices"),
        ("Alan Hirst", "the scheme ran for five years"),
    ]


def test_en_fronted_participle_cue_gives_way_to_the_main_verb(extractor: Extractor) -> None:
    text = (
        "Senator Paul Brand met union leaders in Harwick on Tuesday. "
        "Asked whether he would back the strike, Brand said he needed more time.\n\n"
        "Officers were called to the Harwick depot after reports of a fire, police said.\n"
    )
    assert [(q.speaker or q.speaker_text, q.text) for q in quotes(extractor, text)] == [
        ("Paul Brand", "he needed more time"),
        ("police", "Officers were called to the Harwick depot after reports of a fire"),
    ]


def test_en_report_after_a_time_adverbial_or_a_number(extractor: Extractor) -> None:
    text = (
        "Toy maker Brindle Toys said on Thursday it would close its plant in Ashby, "
        "about a third of its capacity.\n\n"
        "A spokeswoman for the port, Jean Allard, said 12 ships were waiting.\n"
    )
    assert pairs(extractor, text) == [
        ("Brindle Toys", "it would close its plant in Ashby, about a third of its capacity"),
        ("Jean Allard", "12 ships were waiting"),
    ]


def test_en_report_ending_in_a_partial_quote_is_indirect_too(extractor: Extractor) -> None:
    text = (
        'The lead author, Prof Nina Carr, said the results were "deeply worrying".\n\n'
        'Asked about the delay, she replied: "We need more data."\n'
    )
    assert triples(extractor, text) == [
        ("Nina Carr", "indirect", 'the results were "deeply worrying"'),
        ("Nina Carr", "partial", '"deeply worrying"'),
        ("Nina Carr", "direct", '"We need more data."'),
    ]


def test_en_lowercase_subject_phrase_is_the_speaker_text(extractor: Extractor) -> None:
    text = (
        "The Merrow plant closed on Friday. The company said most of the staff would move. "
        "Analysts said the closure had been expected. "
        "A source familiar with the talks said a buyer had been found. "
        "A witness, who did not want to be named, said the gates were locked.\n"
    )
    assert [q.speaker_text for q in quotes(extractor, text)] == [
        "The company",
        "Analysts",
        "A source familiar with the talks",
        "A witness",
    ]


def test_en_british_court_roles(extractor: Extractor) -> None:
    text = (
        "Tom Varley, 44, admitted theft at Dunford Crown Court.\n\n"
        "His barrister, Anne Cole, said her client was deeply ashamed.\n"
    )
    assert [(q.speaker, q.role) for q in quotes(extractor, text)] == [("Anne Cole", "barrister")]


def test_en_cue_verb_with_an_object_is_not_a_report(extractor: Extractor) -> None:
    text = (
        "Lena Fisk denied the charges at Marlow Crown Court on Monday. "
        "Her co-accused, Daniel Rudd, admitted that he had driven the van.\n"
    )
    assert pairs(extractor, text) == [("Daniel Rudd", "that he had driven the van")]


def test_en_statement_after_colon_without_cue_is_a_quote(extractor: Extractor) -> None:
    text = (
        'Baker Tom Harlow stayed calm about the complaints: "We checked every delivery '
        'and found nothing wrong." The shop remains open.\n'
    )
    assert [(q.type, q.speaker) for q in quotes(extractor, text)] == [("direct", "Tom Harlow")]


# --- 3. second batch of invented articles: appositions, titles, cue look-alikes ------------


def test_en_subject_with_apposition_before_a_verb_with_an_object_is_not_a_report(
    extractor: Extractor,
) -> None:
    text = (
        "The port's operations manager, Colin Tate, rejected the complaint on Friday. "
        "Iris Vane, a reporter for the local paper, read out a letter from a dock worker."
    )
    assert [q for q in pairs(extractor, text) if "manager" in q[1] or "reporter" in q[1]] == []


def test_en_said_clause_with_its_own_verb_runs_past_the_comma(extractor: Extractor) -> None:
    text = "The registrar, Olu Bakare, said attendance had reached 74 percent, the best in years."
    assert pairs(extractor, text) == [
        ("Olu Bakare", "attendance had reached 74 percent, the best in years")
    ]


def test_en_title_after_a_role_word_is_not_a_given_name(extractor: Extractor) -> None:
    text = (
        "The survey was led by retired engineer Dr Anil Menon, who moved here in 1990. "
        'Menon said the cliff was moving. "It shifted a metre in March," he said.'
    )
    assert {q.speaker for q in quotes(extractor, text)} == {"Anil Menon"}


def test_en_double_barrelled_surname_is_not_a_relative(extractor: Extractor) -> None:
    text = (
        "Ruth Adebayo-Clarke, a retired judge, has died aged 90.\n\n"
        "Her nephew, Simon Clarke, said she had been ill for months.\n\n"
        "Adebayo-Clarke sat on the bench for thirty years. "
        "In a 2010 lecture, she said the courts were too slow."
    )
    assert pairs(extractor, text) == [
        ("Simon Clarke", "she had been ill for months"),
        ("Ruth Adebayo-Clarke", "the courts were too slow"),
    ]


def test_en_cue_look_alikes_are_not_reports(extractor: Extractor) -> None:
    text = (
        "Reviewers tested the so-called smart kettle, which needs an app to boil water. "
        "With all 40 wards reporting, Tanaka held a lead of 300 votes. "
        "Borvia on Friday recalled its envoy from Kessel, sharply raising tensions. "
        "In their report, the inspectors called for more staff."
    )
    assert pairs(extractor, text) == []


def test_en_message_read_out_belongs_to_its_writer(extractor: Extractor) -> None:
    text = (
        "Chief Obinna Eze could not attend. In a letter read out at the dinner, "
        "Eze wrote that the club had changed his life."
    )
    assert pairs(extractor, text) == [("Obinna Eze", "that the club had changed his life")]


def test_en_name_in_apposition_to_a_role_and_she_after_it(extractor: Extractor) -> None:
    text = (
        "Marion Shaw, 80, watched the water rise. "
        "The region's housing minister, Eluned Pryse, said 200 homes were flooded. "
        "She insisted that the new walls had held."
    )
    assert pairs(extractor, text) == [
        ("Eluned Pryse", "200 homes were flooded"),
        ("Eluned Pryse", "that the new walls had held"),
    ]


def test_en_he_after_an_unnamed_subject_is_not_the_last_named_man(extractor: Extractor) -> None:
    text = (
        "Prime Minister Anton Wessel addressed parliament. "
        "A senior official, speaking on condition of anonymity, said the talks had stalled. "
        "A new round was possible in May, he said."
    )
    assert [q.speaker for q in quotes(extractor, text)] == [None, None]


def test_en_fr_is_a_title(extractor: Extractor) -> None:
    text = (
        "Mina Holt runs the shop. The village's priest, Fr Declan Shea, kept quiet. "
        "Still, he admitted that the row had hurt the parish."
    )
    assert pairs(extractor, text) == [("Declan Shea", "that the row had hurt the parish")]


def test_en_told_magazine_in_an_interview_is_no_report(extractor: Extractor) -> None:
    text = (
        '"I was exhausted," Nadia Ferro told Harper\'s Bazaar in an interview published '
        'on Friday. "I needed to stop."'
    )
    assert [q.type for q in quotes(extractor, text)] == ["direct", "direct"]


def test_en_indefinite_compound_role_is_someone_new(extractor: Extractor) -> None:
    text = (
        "The board's executive director, Colm Averill, said the audit was routine. "
        "A former deputy director, who asked not to be named, said the audit was rushed."
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Colm Averill", None]


def test_en_sports_position_before_a_name(extractor: Extractor) -> None:
    text = (
        "Wide receiver Koby Marsh had scored early, and running back Tevin Oakes "
        "added a second touchdown. Marsh said the offense had found its rhythm. "
        '"We kept it simple," he said.'
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Koby Marsh", "Koby Marsh"]


def test_en_added_with_a_plain_object_is_no_report(extractor: Extractor) -> None:
    text = "Striker Lena Oduro scored twice, and Mia Caskey added a third goal in stoppage time."
    assert quotes(extractor, text) == []


def test_en_the_object_of_quoted_said_the_words(extractor: Extractor) -> None:
    text = '"We have no suspects yet," the Harbour Gazette quoted Inspector Ruth Alder as saying.'
    assert [(q.speaker, q.text) for q in quotes(extractor, text)] == [
        ("Ruth Alder", '"We have no suspects yet,"')
    ]
    text = 'The Harbour Gazette quoted a police spokesman as saying: "We have no suspects yet."'
    assert [q.speaker_text for q in quotes(extractor, text)] == ["a police spokesman"]


# --- 4. fourth batch: wire, markets, court, sports, science, features -----------------------


def test_en_question_quote_then_name_asked_is_attributed(extractor: Extractor) -> None:
    text = (
        "Coach Gemma Lowry was furious in Halton. "
        '"How was that not a penalty?" Lowry asked. "I still cannot see it."\n'
    )
    assert pairs(extractor, text) == [
        ("Gemma Lowry", '"How was that not a penalty?"'),
        ("Gemma Lowry", '"I still cannot see it."'),
    ]


def test_en_report_keeps_its_quoted_end_past_a_comma(extractor: Extractor) -> None:
    text = (
        "Prosecutor Mia Arden told the court that the funds had been "
        '"taken, week after week, while nurses went unpaid".\n'
    )
    assert triples(extractor, text) == [
        (
            "Mia Arden",
            "indirect",
            'that the funds had been "taken, week after week, while nurses went unpaid"',
        ),
        ("Mia Arden", "partial", '"taken, week after week, while nurses went unpaid"'),
    ]


def test_en_said_clause_and_that_clause_are_one_report(extractor: Extractor) -> None:
    text = (
        "Sheriff Dale Whitby said deputies had knocked on every door and that most "
        "residents had left, though some ranchers stayed.\n"
    )
    assert pairs(extractor, text) == [
        ("Dale Whitby", "deputies had knocked on every door and that most residents had left")
    ]


def test_en_participle_with_a_plain_object_is_no_report(extractor: Extractor) -> None:
    text = (
        "Shares in Tarrow Mining fell 9% after it cut its forecast, blaming lower prices "
        "and a strike at its main mine. Anyone with information should call 101, "
        "quoting reference 4471.\n"
    )
    assert quotes(extractor, text) == []


def test_en_inverted_attribution_with_a_relative_clause_is_no_report(
    extractor: Extractor,
) -> None:
    text = (
        '"Why buy before May?" asked Tomas Werner, a fund manager at Greyfield, which '
        "holds a stake in the firm. The plan is dead, said Ana Ruiz on Tuesday.\n"
    )
    assert triples(extractor, text) == [
        ("Tomas Werner", "direct", '"Why buy before May?"'),
        ("Ana Ruiz", "indirect", "The plan is dead"),
    ]


def test_en_she_after_a_role_with_of_phrase_and_title(extractor: Extractor) -> None:
    text = (
        "Colin Pryor, 58, was jailed on Friday. The charity's chair of trustees, "
        'Dr Leonie Marsh, said staff were hurt. "We trusted him," she wrote.\n'
    )
    got = [(q.speaker, q.role, q.text) for q in quotes(extractor, text)]
    assert got == [
        ("Leonie Marsh", "chair of trustees", "staff were hurt"),
        ("Leonie Marsh", "chair of trustees", '"We trusted him,"'),
    ]


def test_en_verb_after_an_apposition_is_no_role(extractor: Extractor) -> None:
    text = (
        "The leader of the Civic Party, Bastian Rolle, accused her of buying votes. "
        "Chief financial officer Ruth Callow said the firm had no debt. "
        "Labour's shadow chancellor, Rhoda Dunne, said the plan was unfunded.\n"
    )
    assert [(q.speaker, q.role) for q in quotes(extractor, text)] == [
        ("Ruth Callow", "Chief financial officer"),
        ("Rhoda Dunne", "shadow chancellor"),
    ]
    people = {p.name: p.roles for p in extract(extractor, text).people}
    assert people["Bastian Rolle"] == ["leader of the Civic Party"]


def test_en_cue_with_an_object_after_a_name_is_no_report(extractor: Extractor) -> None:
    text = (
        "Gareth Pell, 58, of Hadley Road, Kelby, admitted fraud at Norbury Crown Court. "
        "The woman's son, Derek Hollis, said his mother had been shaken.\n"
    )
    assert pairs(extractor, text) == [("Derek Hollis", "his mother had been shaken")]


def test_en_no_report_after_a_comma_without_a_clause_or_after_a_fronted_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Dr Iain Raff describes her as stubborn, generous and impossible to argue with. "
        "When I ask whether she misses the work, Agnes Moloney is quiet for a long time.\n"
    )
    assert quotes(extractor, text) == []


def test_en_fronted_asked_about_with_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "Asked about Jamal Oseni, who has started only two games since joining, "
        "manager Steve Baird said the striker was frustrated.\n"
    )
    assert pairs(extractor, text) == [("Steve Baird", "the striker was frustrated")]


def test_en_speaker_of_a_subordinate_clause(extractor: Extractor) -> None:
    text = (
        "A border deal collapsed on Wednesday after Senator Ann Lyle said she would not "
        "support it. Prices rose because traders said supplies were short.\n"
    )
    got = [(q.speaker, q.speaker_text, q.text) for q in quotes(extractor, text)]
    assert got == [
        ("Ann Lyle", "Ann Lyle", "she would not support it"),
        (None, "traders", "supplies were short"),
    ]


def test_en_another_kind_of_minister_is_someone_else(extractor: Extractor) -> None:
    text = (
        "Prime Minister Elodie Farrant won the vote. The subsidies that her own finance "
        'minister described as "unaffordable" remain. The prime minister said talks would '
        "go on.\n"
    )
    assert [q.speaker for q in quotes(extractor, text)] == [None, "Elodie Farrant"]


def test_en_subject_before_the_verb_not_the_person_after_it(extractor: Extractor) -> None:
    text = (
        "Harcourt's allies privately describe Rhoda Dunne as \"the most cautious "
        'chancellor in a generation". Critics have accused Mayor Tom Hale of '
        '"wasting money".\n'
    )
    got = [(q.speaker, q.speaker_text) for q in quotes(extractor, text)]
    assert got == [(None, "Harcourt's allies"), (None, "Critics")]


def test_en_organisation_names_with_of_and_for(extractor: Extractor) -> None:
    text = (
        "The Institute for Fiscal Studies said the savings were small. "
        "The White House said the president would sign the bill. "
        "Analysts at Dunmere Securities said in a note that the cuts would save money.\n"
    )
    got = [(q.speaker, q.speaker_text) for q in quotes(extractor, text)]
    assert got == [
        ("Institute for Fiscal Studies", "The Institute for Fiscal Studies"),
        ("White House", "The White House"),
        (None, "Analysts at Dunmere Securities"),
    ]


def test_en_according_to_at_the_end_and_an_indefinite_source(extractor: Extractor) -> None:
    text = (
        "The blaze had burned 12,000 acres by Tuesday, according to the Forest Service. "
        "According to a filing with the Dublin exchange, Carey bought 500 shares. "
        "Senator Joan Petra said she would call a vote, according to two aides.\n"
    )
    got = [(q.speaker, q.text) for q in quotes(extractor, text)]
    assert got == [
        ("Forest Service", "The blaze had burned 12,000 acres by Tuesday"),
        (None, "Carey bought 500 shares"),
        ("Joan Petra", "she would call a vote"),
    ]


def test_en_title_in_apposition_and_a_report_with_told_inside(extractor: Extractor) -> None:
    text = (
        'Rosalind Acker was an engineer. In her 1994 memoir, "Spans", she wrote that she '
        'had been told at university that engineering was "no place for a girl".\n'
    )
    assert triples(extractor, text) == [
        (
            "Rosalind Acker",
            "indirect",
            'that she had been told at university that engineering was "no place for a girl"',
        ),
        ("Rosalind Acker", "partial", '"no place for a girl"'),
    ]


def test_en_partial_quote_after_who_said_is_the_antecedent(extractor: Extractor) -> None:
    text = (
        "The death was confirmed by her daughter, Miriam Lowe, who said her mother had "
        'been "sketching until the last week".\n'
    )
    assert {q.speaker for q in quotes(extractor, text)} == {"Miriam Lowe"}


def test_en_as_clause_after_said_is_the_reporters(extractor: Extractor) -> None:
    text = (
        "Brenwick Air will cut 1,200 jobs, the airline said on Tuesday, as higher fuel "
        "costs squeezed margins.\n"
    )
    assert [q.text for q in quotes(extractor, text)] == ["Brenwick Air will cut 1,200 jobs"]


def test_en_plural_noun_after_a_question_quote_is_nobody_named(extractor: Extractor) -> None:
    text = '"Is this the end?" Reporters asked. "We will win!" Fans chanted outside.\n'
    got = [(q.speaker, q.speaker_text) for q in quotes(extractor, text)]
    assert got == [(None, "Reporters"), (None, "Fans")]


def test_en_parenthetical_cue_after_a_fronted_if_clause(extractor: Extractor) -> None:
    text = (
        "Finance minister Hal Brody met bankers on Monday. "
        "If the talks fail, the minister warned, prices could rise further.\n"
    )
    assert pairs(extractor, text) == [("Hal Brody", "prices could rise further")]


def test_en_citing_evidence_is_no_source(extractor: Extractor) -> None:
    text = "Mayor Hal Brody welcomed the figures, citing data that showed exports had recovered.\n"
    assert quotes(extractor, text) == []


# --- 5. fifth batch: Australian, Canadian and Indian outlets, tech, health, Q&A ------------


def test_en_surname_alone_after_a_full_name_found_in_speaker_position(
    extractor: Extractor,
) -> None:
    text = (
        '"Deleting is not pausing," said Rosa Hallqvist, head of a privacy group.\n\n'
        "Hallqvist said her group would go to court.\n"
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Rosa Hallqvist", "Rosa Hallqvist"]


def test_en_unknown_given_name_in_apposition_takes_she(extractor: Extractor) -> None:
    text = (
        "Farmer Siobhan Keane has sold her cattle. “We are broke,” Ms Keane said.\n\n"
        "But the member for Yarrow, Kerry Abbot, said the aid came too late.\n\n"
        "“He waited until the paddocks were bare,” she said.\n"
    )
    assert [q.speaker for q in quotes(extractor, text)] == [
        "Siobhan Keane",
        "Kerry Abbot",
        "Kerry Abbot",
    ]


def test_en_unknown_name_before_a_role_apposition(extractor: Extractor) -> None:
    text = (
        "Dr Helen Marr urged parents to act. Brianne Kowal, a mother of three in Selby, "
        'said she was unsure. "I want to decide myself," she said.\n'
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Brianne Kowal", "Brianne Kowal"]


def test_en_relative_named_in_apposition_gives_the_gender(extractor: Extractor) -> None:
    text = (
        "Her coach, Lars Ekberg, said she had earned her rest. Her younger brother, Chidi, "
        'posted a photo. "Proudest brother alive," he wrote. Their sister, Ceri Ward-Lloyd, '
        'sent flowers. "She deserved it," she said.\n'
    )
    assert [q.speaker for q in quotes(extractor, text)] == [
        "Lars Ekberg",
        "Chidi",
        "Ceri Ward-Lloyd",
    ]


def test_en_typographic_and_plain_apostrophe_are_one_name(extractor: Extractor) -> None:
    text = (
        "Opposition leader Francis D'Costa welcomed the decision. "
        "“The bill was written for builders,” Mr. D’Costa said.\n"
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Francis D'Costa"]


def test_en_organisation_name_with_and(extractor: Extractor) -> None:
    text = "Dorset Fire and Rescue Service said crews had carried out 40 rescues.\n"
    assert [q.speaker for q in quotes(extractor, text)] == ["Dorset Fire and Rescue Service"]


def test_en_the_agency_and_it_are_the_organisation_named_before(extractor: Extractor) -> None:
    text = (
        "The Data Safety Commission confirmed on Tuesday that it had opened an inquiry. "
        'In a statement, it said it was "moving urgently". Cases rose in May, the commission said. '
        "The firm, Clearwell Services, said that it had done nothing wrong.\n"
    )
    got = [(q.speaker, q.text) for q in quotes(extractor, text)]
    assert got == [
        ("Data Safety Commission", "that it had opened an inquiry"),
        ("Data Safety Commission", 'it was "moving urgently"'),
        ("Data Safety Commission", '"moving urgently"'),
        ("Data Safety Commission", "Cases rose in May"),
        ("Clearwell Services", "that it had done nothing wrong"),
    ]


def test_en_name_inside_the_subjects_prepositional_phrase_does_not_speak(
    extractor: Extractor,
) -> None:
    text = (
        "Farmers in southern New Carrow say they are running out of water. "
        "Allies of Mr Lowe privately admit that his position is weak.\n"
    )
    got = [(q.speaker, q.speaker_text) for q in quotes(extractor, text)]
    assert got == [(None, "Farmers in southern New Carrow"), (None, "Allies of Mr Lowe")]


def test_en_interview_with_names_in_capitals_as_labels(extractor: Extractor) -> None:
    text = (
        "Lucia Ferro runs the Dunmore Theatre. She spoke to our correspondent Ben Hatch.\n\n"
        "BEN HATCH: What was the lockdown like?\n\n"
        "LUCIA FERRO: Terrifying. We had no audience at all.\n\n"
        "HATCH: Did the staff keep their jobs?\n\n"
        "FERRO: Every one of them.\n\n"
        "HATCH: What comes next?\n\n"
        "FERRO: A new play in October.\n"
    )
    assert pairs(extractor, text) == [
        ("Lucia Ferro", "Terrifying. We had no audience at all."),
        ("Lucia Ferro", "Every one of them."),
        ("Lucia Ferro", "A new play in October."),
    ]


def test_en_fronted_clause_before_a_verb_is_no_statement(extractor: Extractor) -> None:
    text = (
        "As the club turns 100, she spoke to our reporter. "
        "Asked whether she would ever return, she laughed.\n"
    )
    assert quotes(extractor, text) == []


def test_en_second_verb_of_the_subject_ends_the_report(extractor: Extractor) -> None:
    text = (
        "A spokesperson for the firm said the pause would apply everywhere and declined to "
        "say more. Dr Ana Marsh said the worries were understandable but warned that the "
        "disease was dangerous.\n"
    )
    assert pairs(extractor, text) == [
        (None, "the pause would apply everywhere"),
        ("Ana Marsh", "the worries were understandable"),
        ("Ana Marsh", "that the disease was dangerous"),
    ]


def test_en_aside_between_the_verb_and_its_clause(extractor: Extractor) -> None:
    text = "Treasurer Anita Sorn conceded, however, that a tax rise could not be ruled out.\n"
    assert pairs(extractor, text) == [("Anita Sorn", "that a tax rise could not be ruled out")]


def test_en_subject_of_the_first_verb_before_and_said(extractor: Extractor) -> None:
    text = (
        "Jessica Harlow won the seat. Party leader Dan Oyero, speaking in Perth, "
        "congratulated Harlow and said the result was a win for hard work.\n"
    )
    assert pairs(extractor, text) == [("Dan Oyero", "the result was a win for hard work")]


def test_en_long_organisation_name_before_said_and_a_title_of_several_words(
    extractor: Extractor,
) -> None:
    text = (
        "OTTAWA — Canada recorded 212 cases this year, the Public Health Agency of Canada "
        'said on Friday. "It spreads fast," Chief Public Health Officer Dr. Helen Marra said.\n'
    )
    assert [q.speaker for q in quotes(extractor, text)] == [
        "Public Health Agency of Canada",
        "Helen Marra",
    ]


def test_en_per_cent_is_no_source(extractor: Extractor) -> None:
    text = "Critics point to Regina, where a similar project ran 40 per cent over budget.\n"
    assert quotes(extractor, text) == []


def test_en_the_age_noun_is_the_person_just_named(extractor: Extractor) -> None:
    text = (
        "Sprinter Adaeze Okafor-Reyes retired on Thursday. The 31-year-old, who won two "
        "silvers, said in an interview that her body had had enough.\n"
    )
    assert pairs(extractor, text) == [("Adaeze Okafor-Reyes", "that her body had had enough")]


def test_en_cm_in_an_indian_headline_is_a_role(extractor: Extractor) -> None:
    text = '"We will not sell the beaches": CM rejects coastal bill\n\nPANAJI: The bill died.\n'
    assert [(q.speaker, q.speaker_text) for q in quotes(extractor, text)] == [(None, "CM")]


# --- 6. sixth batch: radio, markets, crime, film, EU, school board, aviation, war, sport,
# royal, science, a hearing ---------------------------------------------------------------


def test_en_first_name_alone_is_the_person_named_in_full(extractor: Extractor) -> None:
    text = (
        "Rancher Wade Colton runs 300 cows with his daughter, Kaylee. "
        '"We sell at a loss," Kaylee said. "We will rebuild," Wade said.\n\n'
        'The restorer, Dame Harriet Vane, met the donors. "They were kind," Dame Harriet said.\n'
    )
    assert [q.speaker for q in quotes(extractor, text)] == [
        "Kaylee",
        "Wade Colton",
        "Harriet Vane",
    ]


def test_en_the_latter_and_the_former_are_the_last_pair_named(extractor: Extractor) -> None:
    text = (
        "Director Callum Rees and actor Nora Bashe met again in Cardiff.\n\n"
        '"We were stubborn," the latter said.\n\n'
        'The former nodded: "She is right."\n\n'
        "The former minister said the film was long.\n"
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Nora Bashe", "Callum Rees", None]


def test_en_fronted_asked_before_a_clause_without_speech_is_no_report(
    extractor: Extractor,
) -> None:
    text = "Asked about the feud, Callum Rees and Nora Bashe both smiled.\n"
    assert quotes(extractor, text) == []


def test_en_partial_quote_inside_a_report_is_the_reporters_speaker(
    extractor: Extractor,
) -> None:
    text = (
        'Jonah Fell of Caskett Securities said the cuts were "overdue but sensible". '
        'The farm group Agrivo said the cap was "blunt but fair", while its member union '
        "said it would protest in Lyon.\n"
    )
    got = [(q.speaker or q.speaker_text, q.text) for q in quotes(extractor, text)]
    assert got == [
        ("Jonah Fell", 'the cuts were "overdue but sensible"'),
        ("Jonah Fell", '"overdue but sensible"'),
        ("Agrivo", 'the cap was "blunt but fair"'),
        ("Agrivo", '"blunt but fair"'),
        ("member union", "it would protest in Lyon"),
    ]


def test_en_quote_paragraph_named_by_the_sentence_after_it(extractor: Extractor) -> None:
    text = (
        'Inspector Mark Rudd said: "This was senseless."\n\n'
        '"He was the kindest boy on the street."\n\n'
        "Those were the words of Ruth Bell, 68, who lives next door.\n\n"
        '"Nobody was in danger."\n\n'
        "So said the airline's chief operating officer, Neil Garr, in a video.\n"
    )
    assert pairs(extractor, text) == [
        ("Mark Rudd", '"This was senseless."'),
        ("Ruth Bell", '"He was the kindest boy on the street."'),
        ("Neil Garr", '"Nobody was in danger."'),
    ]


def test_en_role_word_before_an_organisation_word_and_relative_clauses_are_no_roles(
    extractor: Extractor,
) -> None:
    text = (
        '"We have few tents," said Hana Ruzo, who runs the refugee camp at Tel Amra. '
        "The United Nations refugee agency said it was alarmed. "
        "Rebel forces said they held the town.\n"
    )
    got = [(q.speaker, q.role) for q in quotes(extractor, text)]
    assert got == [
        ("Hana Ruzo", None),
        ("United Nations refugee agency", None),
        ("Rebel forces", None),
    ]


def test_en_relative_clause_between_the_speaker_and_said(extractor: Extractor) -> None:
    text = (
        '"The town is ours," a commander, who gave his name only as Ismail, said in a '
        "video posted online. He said his men had taken the bridge.\n\n"
        '"We are hiding," one woman said. She asked that her name not be used. '
        '"We had no warning," a farmer, who lost his barn, said.\n'
    )
    got = [(q.speaker, q.speaker_text, q.text) for q in quotes(extractor, text)]
    assert got[:3] == [
        ("Ismail", "Ismail", '"The town is ours,"'),
        ("Ismail", "He", "his men had taken the bridge"),
        (None, "one woman", '"We are hiding,"'),
    ]
    assert got[-1] == (None, "a farmer", '"We had no warning,"')
    assert not any(q.text.startswith("in a video") for q in quotes(extractor, text))
    assert all(q.speaker is None for q in quotes(extractor, text)[2:])


def test_en_report_ends_before_a_claim_apposition_and_that_before_a_comma(
    extractor: Extractor,
) -> None:
    text = (
        "Rebel forces said they had taken the town after three days, a claim the army "
        "denied. The Federal Aviation Administration disputed that, saying in a statement "
        "that staffing had caused few delays.\n"
    )
    assert [q.text for q in quotes(extractor, text)] == [
        "they had taken the town after three days",
        "that staffing had caused few delays",
    ]


def test_en_organisation_names_with_unit_trust_and_a_possessive(extractor: Extractor) -> None:
    text = (
        "The Air Accident Investigation Unit said it had opened an inquiry. "
        "The charity Alzheimer's Research UK said the study was useful. "
        "The supporters' trust welcomed the deal but said the club needed a defender.\n"
    )
    got = [(q.speaker, q.speaker_text) for q in quotes(extractor, text)]
    assert got == [
        ("Air Accident Investigation Unit", "The Air Accident Investigation Unit"),
        ("Alzheimer's Research UK", "Alzheimer's Research UK"),
        (None, "trust"),
    ]


def test_en_object_it_is_no_speaker_and_a_participle_takes_the_opening_subject(
    extractor: Extractor,
) -> None:
    text = (
        'The film opened in Venice, where critics called it "haunting". '
        "The family of a boy stabbed in Leeds urged witnesses to come forward, saying "
        '"someone knows who did this". The family of the victim thanked the police, saying '
        "they had worked hard.\n"
    )
    got = [q.speaker_text for q in quotes(extractor, text)]
    assert got == ["critics", "The family of a boy", "The family of the victim"]


def test_en_the_king_is_one_person_and_not_someone_called_king(extractor: Extractor) -> None:
    text = (
        "The King reopened the abbey library on Thursday. "
        'Speaking to donors, the King said the library was "a treasure". '
        '"Come back often," he said. Martin King, a donor, said the day was fine.\n'
    )
    assert [q.speaker for q in quotes(extractor, text)] == [
        "King",
        "King",
        "King",
        "Martin King",
    ]


def test_en_roles_of_several_words_before_and_after_a_name(extractor: Extractor) -> None:
    text = (
        '"We cut jobs," chief executive Pia Oost said. '
        '"We closed two schools," board president Dana Whit said. '
        '"A refund was offered," replied Mark Holl, the chief executive of Crest Air. '
        "The farmer whose field was hit, Declan Mor, said he had found metal.\n"
    )
    assert [q.role for q in quotes(extractor, text)] == [
        "chief executive",
        "board president",
        "chief executive of Crest Air",
        "farmer",
    ]


def test_en_weekday_is_not_part_of_an_organisation_and_shirt_slogans_are_no_quotes(
    extractor: Extractor,
) -> None:
    text = (
        "The European Parliament on Wednesday voted for the cap, a move that supporters "
        'said would help small farms. Parents wore shirts that read "Save Maple Grove."\n'
    )
    got = [(q.speaker, q.text) for q in quotes(extractor, text)]
    assert all(s != "European Parliament on Wednesday" for s, _ in got)
    assert not any("Maple Grove" in t for _, t in got)


def test_en_given_names_with_accents_match_their_folded_spelling(extractor: Extractor) -> None:
    text = (
        "A school in Galway has banned phones.\n\n"
        '"I expected a revolt," said the principal, Siobhán Kehoe.\n\n'
        "Kehoe said the yard was louder than before."
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Siobhán Kehoe", "Siobhán Kehoe"]


def test_en_surname_with_particles_after_a_doubtful_given_name(extractor: Extractor) -> None:
    text = (
        "Former champion Rose van der Heide lost in the second round on Thursday.\n\n"
        '"I did not feel the ball today," van der Heide told reporters.\n\n'
        "Van der Heide said she would take a few weeks off."
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Rose van der Heide"] * 2


def test_en_the_frenchman_and_the_teenager_are_the_people_so_described(
    extractor: Extractor,
) -> None:
    text = (
        "The Frenchman Luc Abadie beat Tom Keane in five sets.\n\n"
        "Keane said his shoulder was fine.\n\n"
        '"I was lucky," the Frenchman said.\n\n'
        "Nina Holt, 17, said she had nearly gone home.\n\n"
        '"Now I will stay a little longer," the teenager said.'
    )
    assert [s for s, _ in pairs(extractor, text)] == [
        "Tom Keane",
        "Luc Abadie",
        "Nina Holt",
        "Nina Holt",
    ]


def test_en_long_role_and_particle_name_between_quote_and_verb(extractor: Extractor) -> None:
    text = (
        "The group said it now expected lower sales.\n\n"
        '"The third quarter was tougher than we planned for," the company\'s chief financial '
        'officer, Marcus de la Rosa, told analysts on a call. "Volumes softened in August."'
    )
    assert [s for s, _ in pairs(extractor, text)][1:] == ["Marcus de la Rosa"] * 2


def test_en_name_in_a_fronted_phrase_with_a_participle_does_not_speak(
    extractor: Extractor,
) -> None:
    text = (
        "In a statement read to the court by prosecutor Anna Whitby, the victim's husband, "
        "Robert Moss, said his family had been broken.\n"
    )
    assert pairs(extractor, text) == [("Robert Moss", "his family had been broken")]


def test_en_hyphenated_given_name_and_an_age_before_a_given_name(extractor: Extractor) -> None:
    text = (
        "The head of hardware, Mei-Lin Chao, showed the glasses. "
        '"You look at the person," she said.\n\n'
        "Another parent, Aoife Byrne, backed the ban. Her daughter, 11-year-old Orla, said "
        "she missed her phone at first.\n"
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Mei-Lin Chao", "Orla"]


def test_en_quote_ending_a_sentence_inside_a_report_ends_the_sentence(
    extractor: Extractor,
) -> None:
    text = (
        'The trust said its wards were "stretched but well prepared." He said staff had '
        "worked through the night.\n"
    )
    texts = [q.text for q in quotes(extractor, text) if q.type == "indirect"]
    assert texts == [
        'its wards were "stretched but well prepared."',
        "staff had worked through the night",
    ]


# --- round 8: roles that describe someone already named ------------------------------------


def test_en_party_modifier_before_role_finds_the_named_mp(extractor: Extractor) -> None:
    text = (
        "The local MP, Owen Tallis, said he had written to the council. "
        "The Green MP said the town deserved a proper bus service."
    )
    assert pairs(extractor, text)[-1] == ("Owen Tallis", "the town deserved a proper bus service")


def test_en_role_nobody_holds_describes_the_previous_subject(extractor: Extractor) -> None:
    text = (
        "Sen. Ilsa Farrow of Vermont said the bill would fail. "
        '"I will not vote for it," the senator said.'
    )
    assert pairs(extractor, text)[-1] == ("Ilsa Farrow", '"I will not vote for it,"')


def test_en_unknown_spokesman_is_not_the_previous_subject(extractor: Extractor) -> None:
    text = (
        "Mayor Rhona Vell opened the bridge on Monday. "
        '"The road will close at night," the spokesman said.'
    )
    assert pairs(extractor, text)[-1][0] is None


def test_en_cllr_is_a_title(extractor: Extractor) -> None:
    text = "Cllr Doreen Makepeace said the library would stay open."
    assert pairs(extractor, text) == [("Doreen Makepeace", "the library would stay open")]


def test_en_he_after_epithet_is_the_person_it_describes(extractor: Extractor) -> None:
    text = (
        "The Frenchman Yves Carrel beat Tom Aldine in five sets. "
        "Aldine said his shoulder had not hurt. "
        'Asked about the final, the Frenchman smiled. "I have lost to him twice," he said.'
    )
    assert pairs(extractor, text)[-1] == ("Yves Carrel", '"I have lost to him twice,"')


def test_en_he_is_the_reporter_not_the_man_in_the_report(extractor: Extractor) -> None:
    text = (
        "Coach Piet Marlow spoke after the game. "
        "Marlow confirmed that defender Luca Venn would miss a month. "
        '"It is a big loss," he said.'
    )
    assert pairs(extractor, text)[-1] == ("Piet Marlow", '"It is a big loss,"')


def test_en_role_speaker_counts_for_a_later_pronoun(extractor: Extractor) -> None:
    text = (
        "Chairman Colin Ruddock said last week that he would stay. "
        "Captain Jordan Pell admitted the display was poor. "
        '"We gave away two goals," the midfielder said. He added that the squad had met.'
    )
    assert pairs(extractor, text)[-1] == ("Jordan Pell", "that the squad had met")


def test_en_role_subject_then_he_said(extractor: Extractor) -> None:
    text = (
        "Opposition leader Cllr Graham Pettit said the plan was rushed. "
        "The Conservative councillor warned that parents would struggle. "
        '"Try fitting three weeks of rubbish in one bin," he said.'
    )
    assert pairs(extractor, text)[-1][0] == "Graham Pettit"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Danish Refugee Council said aid workers faced danger.", "Danish Refugee Council"),
        (
            "The Queen's Vale Hospitals NHS Trust said the ward would reopen.",
            "Queen's Vale Hospitals NHS Trust",
        ),
        ("Latvia's government said it would study the text.", "Latvia's government"),
        ("Norway's foreign ministry said it would study the text.", "Norway's foreign ministry"),
    ],
)
def test_en_organisation_names_stay_whole(extractor: Extractor, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(extractor, text)] == [speaker]


def test_en_hospital_trust_is_the_trust_named_before(extractor: Extractor) -> None:
    text = (
        "The Eastgate Hospitals NHS Trust said the ward was full. "
        "The hospital trust said the ward would reopen on Monday."
    )
    got = [(q.speaker, q.speaker_text) for q in quotes(extractor, text)]
    assert got[-1] == ("Eastgate Hospitals NHS Trust", "The hospital trust")


def test_en_called_after_comma_names_a_thing(extractor: Extractor) -> None:
    text = (
        "Vantor Labs showed its first headset on Tuesday. "
        "The headset, called Vantor Eye, will go on sale in March, the company said."
    )
    assert [q.speaker for q in quotes(extractor, text)] != ["Vantor Eye"]
    assert all(not q.text.startswith("will go on sale") for q in quotes(extractor, text))


def test_en_short_name_of_a_company_named_in_full(extractor: Extractor) -> None:
    text = (
        "OSLO — Fjordway Logistics cut 300 jobs on Monday. "
        "Fjordway said the cuts were needed to stay competitive."
    )
    assert pairs(extractor, text)[-1] == (
        "Fjordway Logistics",
        "the cuts were needed to stay competitive",
    )


def test_en_relative_clause_name_is_not_the_subject(extractor: Extractor) -> None:
    text = (
        "Singer Mara Quill gave evidence on Thursday. "
        "Quill, 31, who sued Dennis Harrow in 2022, said he controlled her accounts."
    )
    assert pairs(extractor, text)[-1] == ("Mara Quill", "he controlled her accounts")


def test_en_owner_of_spokesperson_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Dennis Harrow denies the claims. "
        "Harrow's spokesperson said he looked forward to clearing his name."
    )
    assert pairs(extractor, text)[-1][0] is None


# --- English round 9 --------------------------------------------------------------------


def test_en_role_word_given_name_after_a_role(extractor: Extractor) -> None:
    text = (
        "Wexley Rovers lost again on Saturday. "
        "Former Rovers striker Dean Hollin told the paper that the squad had been "
        '"badly built."'
    )
    assert quotes(extractor, text)[0].speaker == "Dean Hollin"


def test_en_statement_from_the_club_after_the_quote(extractor: Extractor) -> None:
    text = (
        "Wexley Rovers have sacked their manager after ten games without a win.\n\n"
        '"We thank him for everything he has given this club," read a statement from the '
        "club."
    )
    q = quotes(extractor, text)[0]
    assert (q.speaker, q.speaker_text) == ("Wexley Rovers", "the club")


def test_en_according_to_a_statement_from_an_organisation(extractor: Extractor) -> None:
    text = (
        "Flooding hit the valley overnight. "
        "Forty schools have closed, according to a statement from Dunmere Council."
    )
    assert pairs(extractor, text)[-1] == ("Dunmere Council", "Forty schools have closed")


def test_en_the_council_is_the_council_named_before(extractor: Extractor) -> None:
    text = (
        "Forty schools have closed, according to Dunmere Council. "
        "The council says staff are checking every building for storm damage."
    )
    assert pairs(extractor, text)[-1] == (
        "Dunmere Council",
        "staff are checking every building for storm damage",
    )


def test_en_firm_name_with_ampersand_is_not_a_surname(extractor: Extractor) -> None:
    text = "Stocks fell. Analysts at Pell & Garrow said the slide had further to run."
    q = quotes(extractor, text)[-1]
    assert q.speaker is None
    assert q.speaker_text == "Analysts at Pell & Garrow"


def test_en_according_to_after_a_quotation_is_its_attribution(extractor: Extractor) -> None:
    text = (
        "Copper slipped on Friday. "
        '"Demand from builders is fading fast," according to Ana Ruiz, an analyst at '
        "Ostmark Metals Research."
    )
    assert triples(extractor, text) == [
        ("Ana Ruiz", "direct", '"Demand from builders is fading fast,"')
    ]


def test_en_report_opening_before_a_comma_set_attribution(extractor: Extractor) -> None:
    text = (
        "Trader Tom Ashby was calm about the fall. "
        "The dip, he said, was a pause after a long rally."
    )
    recs = [(s, t) for s, t in pairs(extractor, text)]
    assert ("Tom Ashby", "The dip") in recs


def test_en_that_of_a_verb_inside_the_report(extractor: Extractor) -> None:
    text = (
        "MP Kiran Dutt spoke in the debate. "
        "Dutt says ministers were warned repeatedly that the dams were unsafe."
    )
    assert pairs(extractor, text)[-1] == (
        "Kiran Dutt",
        "ministers were warned repeatedly that the dams were unsafe",
    )


def test_en_report_inside_a_report_keeps_its_subject(extractor: Extractor) -> None:
    text = (
        "A barn burned down on Tuesday. "
        "Chief Ray Ondo said investigators believed the fire started in a shed, possibly "
        "from a faulty heater."
    )
    assert pairs(extractor, text)[-1] == (
        "Ray Ondo",
        "investigators believed the fire started in a shed, possibly from a faulty heater",
    )


# --- roles shown next to the speaker ---------------------------------------------------


def speaker_roles(extractor: Extractor, text: str) -> dict[str | None, str | None]:
    return {q.speaker: q.role for q in quotes(extractor, text)}


def test_en_abbreviated_office_titles_are_roles(extractor: Extractor) -> None:
    text = (
        'Sen. Harlan Medford, R-Utah, said the bill was dead. "It is over," he said.\n\n'
        'Rep. Dana Kowalski said she would vote for it. "We need this," she said.\n\n'
        "Cllr Rhian Pugh, cabinet member for housing, said the plan would go ahead.\n\n"
        'The vote passed. Coun. Marc Giroux, who voted against, said it was "a gift".\n'
    )
    assert speaker_roles(extractor, text) == {
        "Harlan Medford": "Senator",
        "Dana Kowalski": "Representative",
        "Rhian Pugh": "Councillor",
        "Marc Giroux": "Councillor",
    }


def test_en_office_before_a_rank_and_capitalised_words_whole(extractor: Extractor) -> None:
    text = (
        "Committee chair Councillor Anwen Tudor said the vote was close.\n\n"
        '"The effect was large," co-author Professor Desmond Achike said.\n\n'
        "Athletics Norway chief executive Britt Solheim said the team would travel.\n\n"
        '"Stay home," Chief Public Health Officer Dr. Yvette Laroche told reporters.\n\n'
        "UN Secretary-General spokesperson Matti Aaltonen said donors must act.\n\n"
        "Her long-time coach, Piet Jansen, said he had seen it coming.\n"
    )
    assert speaker_roles(extractor, text) == {
        "Anwen Tudor": "Committee chair",
        "Desmond Achike": "co-author",
        "Britt Solheim": "Athletics Norway chief executive",
        "Yvette Laroche": "Chief Public Health Officer",
        "Matti Aaltonen": "UN Secretary-General spokesperson",
        "Piet Jansen": "long-time coach",
    }


def test_en_role_before_the_comma_keeps_its_capitalised_words(extractor: Extractor) -> None:
    text = (
        "Her Dutch counterpart, Joost Verhagen, said a deal was close.\n\n"
        "The state's Water Minister, Callum Pryde, said the money would flow.\n\n"
        "Its vice-president, Dr Ngozi Eze, said the figures were a scandal.\n\n"
        "Another passenger, Declan Furlong, said the crew had been calm.\n\n"
        "The farmers' leader, Henri Lacoste, said the deal would not last.\n"
    )
    assert speaker_roles(extractor, text) == {
        "Joost Verhagen": "Dutch counterpart",
        "Callum Pryde": "Water Minister",
        "Ngozi Eze": "vice-president",
        "Declan Furlong": "passenger",
        "Henri Lacoste": "leader",
    }


def test_en_office_before_the_comma_wins_over_a_rank(extractor: Extractor) -> None:
    text = (
        "The trust's chairman, Professor Alun Rees, said the cottage would be saved.\n\n"
        "Valdor's defence minister, General Omar Keskin, said the town had not fallen.\n\n"
        'Her younger brother, Obi, also a sprinter, wrote: "Proud of you."\n'
    )
    assert speaker_roles(extractor, text) == {
        "Alun Rees": "chairman",
        "Omar Keskin": "defence minister",
        "Obi": "younger brother",
    }


def test_en_apposition_after_an_age_and_an_owner(extractor: Extractor) -> None:
    text = (
        '"It shook," said Ciara Fahy, 34, a nurse from Galway.\n\n'
        '"These are children," said Amara Sow, the World Food Programme\'s director of '
        "emergencies.\n\n"
        "Dr Tobias Wrenn, a neurologist at King's College London, said the study was robust.\n\n"
        "Her son, Gareth, said the nurses had been kind.\n\n"
        "Dr Hilda Marsh, the trust's medical director, said the beds were full.\n\n"
        "Sprinter Adaeze Obi announced her retirement on Thursday.\n"
    )
    roles = speaker_roles(extractor, text)
    assert roles["Ciara Fahy"] == "nurse"
    assert roles["Amara Sow"] == "World Food Programme's director"
    assert roles["Tobias Wrenn"] == "neurologist at King's College London"
    assert roles["Gareth"] == "son"
    assert roles["Hilda Marsh"] == "medical director"


def test_en_role_stops_at_the_headline(extractor: Extractor) -> None:
    text = (
        "Obi retires after Olympic heartbreak\n\n"
        "Sprinter Adaeze Obi announced her retirement on Thursday. "
        '"I am done," she said.\n'
    )
    assert speaker_roles(extractor, text) == {"Adaeze Obi": "Sprinter"}


# --- round 10: held-out articles --------------------------------------------------------


def test_en_hyphenated_particle_surname_repeated(extractor: Extractor) -> None:
    text = (
        "Qatari energy minister Omar al-Haddadi said on Monday the plant would reopen. "
        '"We are ready," al-Haddadi told reporters. "Demand is strong," said Al-Haddadi.'
    )
    got = pairs(extractor, text)
    assert len(got) == 3
    assert all(speaker == "Omar al-Haddadi" for speaker, _ in got)


def test_en_council_member_is_a_role(extractor: Extractor) -> None:
    text = (
        "Council member Jarell Voss, who represents the ward, said the pool must stay open. "
        '"Families rely on it," Voss said.'
    )
    got = pairs(extractor, text)
    assert len(got) == 2
    assert all(speaker == "Jarell Voss" for speaker, _ in got)


# --- round 11: held-out articles --------------------------------------------------------


@pytest.mark.parametrize(
    "dateline", ["PORT ELLERY (AP) —", "NEW HAVERFORD, March 3 (Reuters) —", "DUNMORE —"]
)
def test_en_dateline_of_several_words_is_no_subject(extractor: Extractor, dateline: str) -> None:
    text = (
        f"{dateline} The Harbor Transit Authority on Friday raised bus fares, saying its "
        "fuel costs had risen by a third since January."
    )
    assert triples(extractor, text) == [
        (
            "Harbor Transit Authority",
            "indirect",
            "its fuel costs had risen by a third since January",
        )
    ]


def test_en_pronoun_after_role_in_speech_tag_is_that_role_holder(extractor: Extractor) -> None:
    text = (
        "Judge Mirela Castaing told the court that Pruett had lied to his partners.\n\n"
        "His lawyer, Dana Okoro, said her client had been ill for years.\n\n"
        "Passing sentence, the judge said she accepted that he was ashamed.\n\n"
        "“You knew exactly what you were doing,” she told him."
    )
    got = pairs(extractor, text)
    assert got[-1] == ("Mirela Castaing", "“You knew exactly what you were doing,”")
    assert got[-2][0] == "Mirela Castaing"


def test_en_title_and_double_barrelled_surname_is_the_person_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "The dispute grew when Harriet Vance-Okoro, the MP for Elmbridge North, wrote to "
        "the minister.\n\nMrs Vance-Okoro insisted she was not against new homes. "
        "Dr Ian Okoro said the roads were full."
    )
    assert pairs(extractor, text) == [
        ("Harriet Vance-Okoro", "she was not against new homes"),
        ("Ian Okoro", "the roads were full"),
    ]


@pytest.mark.parametrize(
    "tag",
    [
        "the union's president, Carla Menendez, said at a briefing after the vote",
        "Carla Menendez, the union's president, said on Friday",
        "the president, Carla Menendez, said",
    ],
)
def test_en_closing_tag_with_role_and_name_in_apposition(extractor: Extractor, tag: str) -> None:
    text = (
        "Dock strike ends.\n\n"
        f"Workers, including crane drivers and pilots, would return on Monday, {tag}."
    )
    assert pairs(extractor, text) == [
        ("Carla Menendez", "Workers, including crane drivers and pilots, would return on Monday")
    ]


def test_en_said_then_a_place_adverbial_reports_nothing(extractor: Extractor) -> None:
    text = (
        "Dock strike ends.\n\nThe strike is over, Carla Menendez said at a briefing after the vote."
    )
    assert pairs(extractor, text) == [("Carla Menendez", "The strike is over")]


def test_en_subject_in_apposition_before_a_verb_is_no_report(extractor: Extractor) -> None:
    text = (
        "Sprinter wins.\n\nHer older sister, Adaeze, also a sprinter, posted a photo of the "
        "two of them online. Organisers said about 9,000 people watched the final."
    )
    assert pairs(extractor, text) == [(None, "about 9,000 people watched the final")]


def test_en_title_after_author_of_is_no_quotation(extractor: Extractor) -> None:
    text = (
        "Forests shrink.\n\n"
        '"The canopy has been thinning for a decade," said Ostrowski-Lund, the author of '
        '"Green Ledger: Timber and Power in the North," adding that logging permits had '
        "doubled since 2019."
    )
    assert pairs(extractor, text) == [
        ("Ostrowski-Lund", '"The canopy has been thinning for a decade,"'),
        ("Ostrowski-Lund", "that logging permits had doubled since 2019"),
    ]


def test_en_that_after_an_infinitive_and_its_object_is_a_relative_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Coffee growers cut exports.\n\nGrowers in the Keravan valley agreed on Monday to "
        "cut exports by a tenth, hoping to halt a price slide that has wiped out two years of "
        "profits. Their chairman, Ivo Daskal, explained to the committee that stocks were full."
    )
    assert pairs(extractor, text) == [("Ivo Daskal", "that stocks were full")]


def test_en_the_reporters_own_i_reports_nothing(extractor: Extractor) -> None:
    text = (
        "The last ferry.\n\n"
        '"Why me?" Harlow asked, when I told him a magazine wanted to write about the ferry. '
        "Olive Harlow said her husband had run the boat for forty years."
    )
    got = pairs(extractor, text)
    assert ("Olive Harlow", "her husband had run the boat for forty years") in got
    assert all("magazine" not in t for _, t in got)


def test_en_according_to_a_plan_or_a_measure_is_no_source(extractor: Extractor) -> None:
    text = (
        "Harbour dredging.\n\nThe dredging went according to plan last week. "
        "Berths will be shared according to the size of each fleet. "
        "The harbour will reopen in May, according to the port authority."
    )
    assert [t for _, t in pairs(extractor, text)] == ["The harbour will reopen in May"]


def test_en_museum_and_library_are_organisations(extractor: Extractor) -> None:
    text = (
        "Roof trouble.\n\nThe Grayfield Museum on Monday closed two wings, saying its roof "
        "had failed an inspection. The Dunmore Library said it would open on Sundays."
    )
    assert pairs(extractor, text) == [
        ("Grayfield Museum", "its roof had failed an inspection"),
        ("Dunmore Library", "it would open on Sundays"),
    ]


def test_en_insertion_between_commas_inside_a_reported_clause(extractor: Extractor) -> None:
    text = (
        "Fishing talks.\n\nA delegate said quotas for some members, including Peru and "
        "Ghana, would be cut next year. Sheriff Dana Whitlow said deputies arrived at dawn "
        "and found two men, both in their forties, with minor injuries."
    )
    assert pairs(extractor, text) == [
        (None, "quotas for some members, including Peru and Ghana, would be cut next year"),
        (
            "Dana Whitlow",
            "deputies arrived at dawn and found two men, both in their forties, with minor injuries",
        ),
    ]


def test_en_cue_in_relative_clause_before_the_main_speech_verb(extractor: Extractor) -> None:
    text = (
        "Pool closes.\n\nCouncillor Rhona Beattie, who has argued for selling the site, "
        "said the pool was a drain on the budget."
    )
    assert pairs(extractor, text) == [("Rhona Beattie", "the pool was a drain on the budget")]


def test_en_organisation_name_with_plural_owner_apostrophe(extractor: Extractor) -> None:
    text = (
        "Port strike.\n\nThe Coastal Dock Workers' Union, which has 9,000 members, said the "
        "strike would start on Monday."
    )
    assert pairs(extractor, text) == [
        ("Coastal Dock Workers' Union", "the strike would start on Monday")
    ]


# --- round 12: nameless sources, press conferences, wire and sports styles -----------------


def spk(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.speaker_text, q.text) for q in quotes(extractor, text)]


def test_en_nameless_source_mention_runs_through_its_organisation(extractor: Extractor) -> None:
    text = (
        "Bank branch closes.\n\nA spokesperson for Marrowick Bank said the branch would close "
        "in June. A spokeswoman for the Department of Transport told reporters the road "
        "would reopen on Friday. A lawyer for Nadia Ferrow said the claim was baseless."
    )
    assert spk(extractor, text) == [
        (None, "A spokesperson for Marrowick Bank", "the branch would close in June"),
        (None, "A spokeswoman for the Department of Transport", "the road would reopen on Friday"),
        (None, "A lawyer", "the claim was baseless"),
    ]


def test_en_pronoun_after_nameless_spokesman_carries_the_mention(extractor: Extractor) -> None:
    text = (
        "Convoy attacked.\n\nA military spokesman said the convoy was hit near the border. "
        'He said two soldiers were wounded. "We are still counting the vehicles," he said.'
    )
    assert spk(extractor, text) == [
        (None, "A military spokesman", "the convoy was hit near the border"),
        (None, "A military spokesman", "two soldiers were wounded"),
        (None, "A military spokesman", '"We are still counting the vehicles,"'),
    ]


def test_en_pronoun_tag_is_not_the_person_named_inside_its_report(extractor: Extractor) -> None:
    text = (
        "Visit planned.\n\nA spokeswoman for the Minister for Rural Affairs said the minister "
        'would visit Tarrow next week. The minister, Fiona Kessley, was "deeply troubled", '
        "she said."
    )
    got = spk(extractor, text)
    assert got[0][:2] == (None, "A spokeswoman for the Minister for Rural Affairs")
    assert [g[:2] for g in got[1:] if g[2].startswith("The minister")] == [
        (None, "A spokeswoman for the Minister for Rural Affairs")
    ]


def test_en_answer_after_reporters_question_is_the_officials(extractor: Extractor) -> None:
    text = (
        "Transit chief questioned.\n\nTransit chief Helga Morrow faced reporters on Monday. "
        'A television reporter pressed her: "Will you resign?" "That is for the board to '
        'decide," she said. Near the end, a reporter asked if she had a message for riders. '
        '"Check the app," she said.'
    )
    got = pairs(extractor, text)
    assert ("Helga Morrow", '"That is for the board to decide,"') in got
    assert ("Helga Morrow", '"Check the app,"') in got
    assert all(t != "Near the end" for _, t in got)


def test_en_fronted_question_is_not_the_answer(extractor: Extractor) -> None:
    text = (
        "Signals.\n\nTransit chief Helga Morrow spoke on Monday. Asked whether the union had "
        "warned about staffing, she said the authority had hired 60 technicians. Asked about "
        "the budget, which had been cut twice, she laughed."
    )
    assert pairs(extractor, text) == [
        ("Helga Morrow", "the authority had hired 60 technicians"),
    ]


def test_en_indian_honorifics_before_names(extractor: Extractor) -> None:
    text = (
        "Relief funds.\n\nUnion Minister Shri Anand Trivedi said the funds would be released "
        "on Monday. Minister of State Smt. Lalita Rao said the camps were full. Trivedi said "
        "more teams would come."
    )
    assert [s for s, _ in pairs(extractor, text)] == [
        "Anand Trivedi",
        "Lalita Rao",
        "Anand Trivedi",
    ]


def test_en_capitalised_role_chain_before_a_name(extractor: Extractor) -> None:
    text = (
        "Floods.\n\nKerala Chief Minister Ravi Pillai thanked the Centre for the aid but "
        "said the state would need more."
    )
    assert spk(extractor, text) == [("Ravi Pillai", "Ravi Pillai", "the state would need more")]


def test_en_quoted_nickname_inside_a_name(extractor: Extractor) -> None:
    text = (
        'Derby.\n\nStriker Tom "The Hammer" Reeve scored twice. "It was easy," Reeve said. '
        'Coach Lyle Barton said his captain, prop Sam "Tank" Veikune, had been taken to hospital.'
    )
    assert pairs(extractor, text) == [
        ("Tom Reeve", '"It was easy,"'),
        ("Lyle Barton", 'his captain, prop Sam "Tank" Veikune, had been taken to hospital'),
    ]


def test_en_present_tense_belief_verbs_take_a_clause(extractor: Extractor) -> None:
    text = (
        "Derby.\n\nCoach Lyle Barton reckons his side is still miles off its best. Barton "
        "admits the defence was poor. Barton insists his job is safe."
    )
    assert pairs(extractor, text) == [
        ("Lyle Barton", "his side is still miles off its best"),
        ("Lyle Barton", "the defence was poor"),
        ("Lyle Barton", "his job is safe"),
    ]


def test_en_unlisted_given_name_before_surname_named_with_title(extractor: Extractor) -> None:
    text = (
        'Tenants.\n\n"This is a victory," said Oriel Pelling, who leads the tenants\' group. '
        "Ms. Pelling said most families had never received the notices."
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Oriel Pelling", "Oriel Pelling"]


def test_en_title_case_headline_and_organisation_in_apposition(extractor: Extractor) -> None:
    text = (
        "Tenants Win a Reprieve as Landlord Pauses Evictions\n\nThe landlord, Brackwell "
        "Property Partners, said in a statement that it would review its records."
    )
    assert pairs(extractor, text) == [
        ("Brackwell Property Partners", "that it would review its records")
    ]


def test_en_pronoun_after_generic_subject_keeps_the_one_just_named(extractor: Extractor) -> None:
    text = (
        "Floods.\n\nOpposition leader Debu Borkar said the embankments were weak. A senior "
        "official, who did not wish to be named, said repairs would start soon. Congress MP "
        'Gaurav Sahu demanded a national calamity declaration. "What else do you need to '
        'see?" he asked.'
    )
    assert pairs(extractor, text)[-1] == ("Gaurav Sahu", '"What else do you need to see?"')


# --- organisation names with a plural owner; a capitalised owner before adjectives -------


def test_en_role_with_plural_possessive_organisation(extractor: Extractor) -> None:
    text = (
        '"Nobody here has had a pay rise since the crash," said Tomas Brevik, general '
        "secretary of the Millers' Union. He said talks would resume on Friday."
    )
    found = quotes(extractor, text)
    assert found[0].speaker == "Tomas Brevik"
    assert found[0].role == "general secretary of the Millers' Union"


def test_en_role_after_capitalised_owner_and_adjective(extractor: Extractor) -> None:
    text = (
        '"We will not sign this treaty," said Oona Kettleby, the Alliance\'s foreign policy '
        "spokeswoman, on Tuesday."
    )
    found = quotes(extractor, text)
    assert found[0].speaker == "Oona Kettleby"
    assert found[0].role == "Alliance's foreign policy spokeswoman"


# --- round 13: markets wire, social media, science, obituary ------------------------------


def test_en_tag_after_a_clause_closes_the_report_before_it(extractor: Extractor) -> None:
    text = (
        "Talks.\n\nBrisco Foods is in advanced talks to buy the snack maker Vellum, two people "
        "familiar with the matter said, in what would be its largest deal in years.\n\n"
        "A deal could be announced as soon as Friday, one of the people said, asking not to "
        "be identified because the talks are private."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.text) for q in qs] == [
        (
            "two people familiar with the matter",
            "Brisco Foods is in advanced talks to buy the snack maker Vellum",
        ),
        ("one of the people", "A deal could be announced as soon as Friday"),
    ]


def test_en_nothing_said_yet_is_no_report(extractor: Extractor) -> None:
    text = (
        "Race.\n\nThe governor is running for the seat held by Senator Hal Dorsey, who has "
        "not yet said whether he will run again."
    )
    assert pairs(extractor, text) == []


def test_en_the_company_after_its_name_behind_the_same_noun(extractor: Extractor) -> None:
    text = (
        "Row.\n\nA chef has accused the food delivery company Dishwise of hiding fees. "
        'Dishwise replied within hours. "All fees are shown before checkout," the company '
        "wrote."
    )
    assert pairs(extractor, text) == [("Dishwise", '"All fees are shown before checkout,"')]


def test_en_the_company_is_the_name_opening_the_story(extractor: Extractor) -> None:
    text = (
        "Kettlebright Appliances recalls 90,000 kettles\n\nKettlebright Appliances is "
        "recalling 90,000 kettles after reports that the handles can crack, the company said "
        "on Monday.\n\nThe company said owners should stop using the kettles at once."
    )
    assert pairs(extractor, text) == [
        (
            "Kettlebright Appliances",
            "Kettlebright Appliances is recalling 90,000 kettles after reports that the "
            "handles can crack",
        ),
        ("Kettlebright Appliances", "owners should stop using the kettles at once"),
    ]


def test_en_organisation_named_before_its_description(extractor: Extractor) -> None:
    text = (
        "Fees.\n\nConsumer groups joined in. Fair Basket, a consumer advocacy charity, said "
        "the fees could breach new rules."
    )
    assert pairs(extractor, text) == [("Fair Basket", "the fees could breach new rules")]


def test_en_participle_report_belongs_to_the_main_subject(extractor: Extractor) -> None:
    text = (
        "Study.\n\nThe authors acknowledged the limitation in their paper, writing that "
        "differences between households may explain part of the link."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.text) for q in qs] == [
        ("The authors", "that differences between households may explain part of the link")
    ]


def test_en_report_stops_at_a_closing_tag(extractor: Extractor) -> None:
    text = (
        "Vote.\n\nHalvorsen Capital, which owns 5% of the company, said it would vote against "
        "the deal, a person familiar with its thinking said."
    )
    assert pairs(extractor, text) == [("Halvorsen Capital", "it would vote against the deal")]


def test_en_plural_role_with_modifiers_in_a_closing_tag(extractor: Extractor) -> None:
    text = (
        "Rates.\n\nThe central bank is expected to hold rates, economists polled by Reuters said."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.text) for q in qs] == [
        ("economists polled by Reuters", "The central bank is expected to hold rates")
    ]


def test_en_according_to_source_with_apposition(extractor: Extractor) -> None:
    text = (
        "Nuts.\n\nAccording to Dr. Samuel Price, a cardiologist who was not involved in the "
        "research, the findings were encouraging but preliminary."
    )
    assert pairs(extractor, text) == [
        ("Samuel Price", "the findings were encouraging but preliminary")
    ]


def test_en_shared_surname_alone_is_the_obituary_subject(extractor: Extractor) -> None:
    text = (
        "Irene Castell dies at 84\n\nIrene Castell, who ran the village bakery for half a "
        "century, died on Tuesday. Her son, Peter Castell, said she had worked until she was "
        '80. "Mum never took a holiday," Peter said.\n\nCastell often joked that she had '
        "flour in her veins."
    )
    assert [s for s, _ in pairs(extractor, text)] == [
        "Peter Castell",
        "Peter Castell",
        "Irene Castell",
    ]


def test_en_pronoun_in_tag_is_not_the_one_named_before_it(extractor: Extractor) -> None:
    text = (
        'Storm.\n\nTom Pascoe, 89, fished with Walter Ferris for years. "He was the best," '
        "Pascoe said.\n\nWalter Ferris, he said, stayed on the radio for eleven hours until a "
        "lifeboat reached the trawler."
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Tom Pascoe", "Tom Pascoe"]


def test_en_inverted_tag_with_nameless_sources(extractor: Extractor) -> None:
    text = (
        "Sale.\n\nThe bank is weighing a sale of its insurance arm, said the people, who asked "
        "not to be identified discussing private information."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.text) for q in qs] == [
        ("the people", "The bank is weighing a sale of its insurance arm")
    ]


def test_en_bare_weekday_and_interview_after_said_is_no_report(extractor: Extractor) -> None:
    text = (
        'Rates.\n\n"The Fed is not going to rescue anyone," Carla Mendez, chief investment '
        "officer at Pellham Advisors, said Tuesday in an interview with Bloomberg Television."
    )
    assert pairs(extractor, text) == [("Carla Mendez", '"The Fed is not going to rescue anyone,"')]


def test_en_citing_a_reason_is_no_source(extractor: Extractor) -> None:
    text = (
        "Targets.\n\nStrategists at Goldbridge raised their target for the index to 5,800, "
        "citing stronger earnings. The army has withdrawn from the town, citing officials."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker_text, q.text) for q in qs] == [
        ("officials", "The army has withdrawn from the town")
    ]


# --- round 14: conflict report, White House, keynote, magistrates, live blog ----------------


def test_en_first_name_alone_with_age_or_withheld_surname(extractor: Extractor) -> None:
    text = (
        "Market.\n\nFatima, 41, who asked that her surname not be used, said she had been "
        'buying rice when the first shell landed. "I ran with my son," she said.\n\n'
        "Layla, who asked that only her first name be used, said her brother was missing."
    )
    assert [(s, t[:12]) for s, t in pairs(extractor, text)] == [
        ("Fatima", "she had been"),
        ("Fatima", '"I ran with '),
        ("Layla", "her brother "),
    ]


def test_en_anonymity_request_is_no_report(extractor: Extractor) -> None:
    text = (
        'Shelling.\n\n"We sleep in the basement," one man said. He asked that his name not be '
        "used for fear of reprisals."
    )
    assert [t for _, t in pairs(extractor, text)] == ['"We sleep in the basement,"']


def test_en_name_given_in_relative_clause_names_a_report_speaker(extractor: Extractor) -> None:
    text = (
        "Front.\n\nA commander of the Ostbridge militia, who gave his name only as Abu Samir, "
        'told reporters there were no fighters in the village. "This is a farm," he said.'
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Abu Samir", "Abu Samir"]


def test_en_said_with_a_quantity_before_a_list(extractor: Extractor) -> None:
    text = (
        "Siege.\n\nThe agency said more than 40,000 people remained in the town with little "
        "food, fuel or water. Police said many roads were closed, some of them for days."
    )
    assert [t for _, t in pairs(extractor, text)] == [
        "more than 40,000 people remained in the town with little food, fuel or water",
        "many roads were closed, some of them for days",
    ]


def test_en_organisation_before_possessive_description(extractor: Extractor) -> None:
    text = (
        "Rail.\n\nThe Association of Bus Operators, the industry's main lobbying group, said "
        "in a statement that the new rules would cost $2 billion a year."
    )
    assert [s for s, _ in pairs(extractor, text)] == ["Association of Bus Operators"]


def test_en_subject_with_relative_clause_before_verb_is_no_statement(
    extractor: Extractor,
) -> None:
    text = (
        "Unions.\n\nFarm unions, which backed the governor in the last election, cheered the "
        "Capitol decision. The plan, which was drafted in May, is dead, said Tom Reyes."
    )
    assert pairs(extractor, text) == [("Tom Reyes", "The plan, which was drafted in May, is dead")]


def test_en_thing_called_a_quoted_name_is_no_speech(extractor: Extractor) -> None:
    text = (
        'Launch.\n\nPellcom unveiled a tablet called the "Vela Slate" and a new assistant, '
        '"Nova", as the company tries to win back customers it lost last year. A giant screen '
        'behind the stage read "Dream bigger."'
    )
    assert pairs(extractor, text) == []


def test_en_third_level_quote_inside_single_marks(extractor: Extractor) -> None:
    text = (
        'Call.\n\n"I asked what it would take," Senator Ana Ruiz said. "He said, \'I told '
        'them "no" in March.\' That was the end of the call."\n\n“She said, ‘They told me '
        "“wait” again.’ So we waited,” said Senator Ana Ruiz."
    )
    assert [(s, t[-10:]) for s, t in pairs(extractor, text)] == [
        ("Ana Ruiz", 'uld take,"'),
        ("Ana Ruiz", 'the call."'),
        ("Ana Ruiz", "e waited,”"),
    ]


def test_en_capitalised_owner_before_nameless_spokesperson(extractor: Extractor) -> None:
    text = (
        'Storm.\n\nA Northgrid Power spokesperson said: "We expect most homes to be '
        'reconnected by tonight."'
    )
    assert [q.speaker_text for q in quotes(extractor, text)] == ["A Northgrid Power spokesperson"]


def test_en_first_name_with_age_in_apposition(extractor: Extractor) -> None:
    text = (
        "Camp.\n\nNour, a 19-year-old nursing student, said the clinic had been damaged. "
        "Kelsham, a 700-year-old market town, lies on the river."
    )
    assert pairs(extractor, text) == [("Nour", "the clinic had been damaged")]


def test_en_addressee_after_told_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Camp.\n\nResidents told Al Jazeera that troops had blocked ambulances for hours. "
        "Witnesses told Al Jazeera soldiers had fired into the air."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker, q.speaker_text, q.text) for q in qs] == [
        (None, "Residents", "that troops had blocked ambulances for hours"),
        (None, "Witnesses", "soldiers had fired into the air"),
    ]


def test_en_anonymous_subject_before_speaking_clause(extractor: Extractor) -> None:
    text = (
        "Bill.\n\nTwo Republican aides, speaking on condition of anonymity because they were "
        "not authorized to discuss the talks, said leaders would wait until January."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker, q.speaker_text) for q in qs] == [(None, "Two Republican aides")]


def test_en_police_rank_before_an_ambiguous_given_name(extractor: Extractor) -> None:
    text = 'Court.\n\nPC Dean Walsh of Aldergate Police said: "This was entirely preventable."'
    assert [s for s, _ in pairs(extractor, text)] == ["Dean Walsh"]


def test_en_admitted_a_charge_with_a_when_clause_is_no_report(extractor: Extractor) -> None:
    text = (
        "Court.\n\nKyle Marsden, 31, admitted causing serious injury by dangerous driving "
        "when he appeared before magistrates. He admitted the plan had failed when it was "
        "tested."
    )
    assert [t for _, t in pairs(extractor, text)] == ["the plan had failed when it was tested"]


def test_en_statement_before_tag_and_participle_after_it(extractor: Extractor) -> None:
    text = (
        "Delay.\n\nThe headset will ship next spring, chief executive Lena Okafor said on "
        "Wednesday, admitting that the software was not ready. The authors acknowledged the "
        "limit, writing that more work was needed."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker or q.speaker_text, q.text) for q in qs] == [
        ("Lena Okafor", "The headset will ship next spring"),
        ("Lena Okafor", "that the software was not ready"),
        ("The authors", "that more work was needed"),
    ]


def test_en_live_blog_name_before_a_colon_is_no_speaker(extractor: Extractor) -> None:
    text = "Floods live: 'The water came up so fast' as river peaks\n\nThe river peaked overnight."
    assert pairs(extractor, text) == [(None, "'The water came up so fast'")]


# --- round 15: translated politics, a school board, a think-tank report ---------------------


def test_en_told_after_an_apposition_never_inverts(extractor: Extractor) -> None:
    text = (
        "Reform.\n\nJörg Albrecht, an economist, told broadcaster ZDF on Thursday that the "
        'reform was "long overdue".'
    )
    assert pairs(extractor, text)[0] == ("Jörg Albrecht", 'that the reform was "long overdue"')


def test_en_subject_before_a_which_clause(extractor: Extractor) -> None:
    text = (
        "Leak.\n\nHarlow Mining, which Tom Baker founded in 1990, said in a statement that it "
        "regretted the leak. Northgrid, which runs the network in the north, said in a "
        "statement that it broadly agreed with the findings."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker, q.speaker_text) for q in qs] == [
        ("Harlow Mining", "Harlow Mining"),
        ("Northgrid", "Northgrid"),
    ]


def test_en_spokesperson_for_a_named_minister_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "Grid.\n\nA spokesperson for Energy Minister Graham Pettifer said the government was on "
        "track. Finance Minister Till Grabowski declined to comment, but a spokeswoman for his "
        "ministry said he would present a plan next week."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker, q.speaker_text) for q in qs] == [
        (None, "A spokesperson"),
        (None, "a spokeswoman"),
    ]


def test_en_name_himself_before_a_participle_clause(extractor: Extractor) -> None:
    text = (
        "Grid.\n\nMinister Graham Pettifer was in Leeds. Pettifer himself, speaking on a visit "
        "to a substation, said he welcomed the debate."
    )
    assert pairs(extractor, text) == [("Graham Pettifer", "he welcomed the debate")]


def test_en_name_in_apposition_accuses_someone_of_a_quoted_phrase(extractor: Extractor) -> None:
    text = (
        "Budget.\n\nHenrike Vollmer spoke first. The party's parliamentary leader, Friedrich "
        'Wendland, accused Vollmer of "breaking her word to voters".'
    )
    assert pairs(extractor, text) == [("Friedrich Wendland", '"breaking her word to voters"')]


def test_en_capitalised_surname_ending_in_a_role_is_a_name(extractor: Extractor) -> None:
    text = (
        "Budget.\n\nFriedrich Wendland was angry. Anton Reisinger was blunter. He said the plan "
        "was dead."
    )
    assert pairs(extractor, text) == [("Anton Reisinger", "the plan was dead")]


def test_en_doubtful_given_name_before_an_age_opens_a_name(extractor: Extractor) -> None:
    text = (
        "School.\n\nParents spoke. Ray Dombrowski, 67, of East Hadley, who attended the school "
        "in the 1960s, said he had watched it grow."
    )
    assert pairs(extractor, text) == [("Ray Dombrowski", "he had watched it grow")]


def test_en_not_said_what_and_a_noun_beside_the_clause_are_no_reports(
    extractor: Extractor,
) -> None:
    text = (
        "School.\n\nThe district has not said what it will do with the building. She proposed "
        "leasing part of it to the library, an idea the board rejected."
    )
    assert pairs(extractor, text) == []


# --- round 16: a one-word company, a health briefing, a celebrity, a labour dispute ---------


def test_en_one_word_company_before_its_verb_is_an_organisation(extractor: Extractor) -> None:
    text = (
        "Chips.\n\nBraskel said on Monday that it would close two plants. Ostrava, which makes "
        "sensors for carmakers, said it had paused hiring. Engineers said they were worried. "
        "Management said it would talk to the unions, and the management of the plant agreed. "
        "Kowalczyk said he would resign. Nobody said when the plants would reopen."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker, q.speaker_text) for q in qs][:4] == [
        ("Braskel", "Braskel"),
        ("Ostrava", "Ostrava"),
        (None, "Engineers"),
        (None, "Management"),
    ]
    assert "Nobody" not in {q.speaker for q in qs}
    assert "Kowalczyk" not in {p.name for p in extract(extractor, text).people if p.kind == "org"}


def test_en_affiliation_after_a_name_is_the_role(extractor: Extractor) -> None:
    text = (
        'Shares.\n\n"The story keeps slipping," said Greta Solberg of Fjordvik Bank. "It is an '
        'industry-wide slowdown," said Tom Rayner at Castlemere Partners. Lars Holm of the OECD '
        'said growth would pick up. "We will wait," said Ed Farrow of Leeds.'
    )
    assert [(q.speaker, q.role) for q in quotes(extractor, text)] == [
        ("Greta Solberg", "of Fjordvik Bank"),
        ("Tom Rayner", "at Castlemere Partners"),
        ("Lars Holm", "of the OECD"),
        ("Ed Farrow", None),
    ]


def test_en_byline_role_names_no_one_on_the_next_line(extractor: Extractor) -> None:
    text = (
        "Plant delayed\n\nBy Nora Keel, Business Reporter\n\nBraskel, the Danish pump maker, "
        "said on Monday that it would delay its new plant."
    )
    qs = quotes(extractor, text)
    assert [(q.speaker, q.role) for q in qs] == [("Braskel", None)]


def test_en_auxiliary_is_not_part_of_a_plain_subject(extractor: Extractor) -> None:
    text = "Port.\n\nShipping lines have warned that a strike could delay deliveries."
    assert [q.speaker_text for q in quotes(extractor, text)] == ["Shipping lines"]


def test_en_role_that_is_a_given_name_before_an_age_is_the_name(extractor: Extractor) -> None:
    text = (
        'Port.\n\nWorkers gathered at the gate. "My rent has gone up," said Dean, 51, a crane '
        "operator. The dean of the college, 61, said he was proud."
    )
    assert [q.speaker for q in quotes(extractor, text)][0] == "Dean"


def test_en_apposed_name_with_a_plural_owner(extractor: Extractor) -> None:
    text = (
        "Vaccines.\n\nThe Parents' Choice Network, a campaign group, said in a statement that "
        "families should not be pressured."
    )
    assert [q.speaker for q in quotes(extractor, text)] == ["Parents' Choice Network"]


def test_en_that_after_a_directive_infinitive_is_no_report(extractor: Extractor) -> None:
    text = (
        "Flu.\n\nFlu cases have doubled this month, the health board said on Friday, as doctors "
        "urged families to check that their vaccinations are up to date. Brokers at Denholm "
        "Capital wrote in a note to clients that the impact would be small."
    )
    assert [(q.speaker_text, q.text) for q in quotes(extractor, text)] == [
        ("the health board", "Flu cases have doubled this month"),
        ("Brokers at Denholm Capital", "that the impact would be small"),
    ]


def test_en_as_clause_with_its_own_object_is_no_tag(extractor: Extractor) -> None:
    text = (
        "Rates.\n\nPrices will rise, as the bank warned on Monday. Water use has fallen, as "
        "councils asked residents to save water."
    )
    assert pairs(extractor, text) == [(None, "Prices will rise")]
